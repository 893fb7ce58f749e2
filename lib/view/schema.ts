// The zod schema of a view, with its defaults, built from the settings table (./settings.ts): what a view read from
// outside (a deck file, a saved link) must be. Kept apart from the rest of lib/view so the page's scripts do not load zod.
import { z } from "../util/zod";
import { SETTINGS, VIEW_KEYS, type ViewKey, type ViewState } from "./settings";

function fieldOf(key: ViewKey): z.ZodType {
  const s = SETTINGS[key];
  switch (s.kind) {
    case "enum":
      return z.enum(s.values).default(s.default);
    case "int": {
      const n = z.number().int().min(s.min).max(s.max);
      return "nullable" in s ? n.nullable().default(null) : n.default(s.default);
    }
    case "list":
      return z
        .array(z.enum(s.values))
        .transform((list) => s.canonical(list))
        .default(() => [...s.default]);
  }
}

const shape = Object.fromEntries(VIEW_KEYS.map((k) => [k, fieldOf(k)])) as Record<ViewKey, z.ZodType>;

export const viewSchema = z.object(shape) as z.ZodType<ViewState, Partial<ViewState>>;

export type { ViewState };
