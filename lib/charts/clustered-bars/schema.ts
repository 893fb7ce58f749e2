// The clustered model (charts 5 and 6) as /charts/<slug>.json carries it, checked before the live face draws it: a
// colour token outside the palette or a value of the wrong kind is an error in words, never a wrong drawing.
import { z } from "../../util/zod";
import { PALETTE, type ColorVar } from "../palette";
import type { ClusteredModel } from "./derive";

const colorVar = z.custom<ColorVar>((v) => typeof v === "string" && Object.hasOwn(PALETTE.light, v), "a colour of the chart palette");

export const clusteredModelSchema = z.object({
  title: z.string(),
  description: z.string(),
  categories: z.array(z.string()),
  shortCategories: z.array(z.string()),
  unit: z.enum(["usd", "usd-per-person", "share"]),
  series: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      colorVar,
      highlight: z.boolean(),
      pale: z.boolean().optional(),
      values: z.array(z.number().nullable()),
      basis: z.string().optional(),
      source: z.string().optional(),
    }),
  ),
}) satisfies z.ZodType<ClusteredModel>;
