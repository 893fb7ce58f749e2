// The settings table (lib/view/settings.ts) drives the URL: every value of every setting goes into a link and comes
// back the same, and a bad value gets a 400 naming the parameter and every value the table allows.
import { describe, expect, it } from "vitest";
import { chartFileEndpoint } from "@/lib/api/chart-files";
import { CHART_SLUGS } from "@/lib/charts/registry";
import { AID_VIEW_KEYS, DEFAULT_VIEW, parseView, SETTINGS, serializeView, settingApplies, settingLabel, VIEW_KEYS, type ViewKey, type ViewState } from "@/lib/view";
import { viewSchema } from "@/lib/view/schema";
import * as aid from "@/app/api/aid/route";
import { expect400, get } from "./api-helpers";
import { realDataset } from "./helpers";
import { API_DOCS } from "@/lib/pages/api-docs";

/** Every value a setting can take: each of a list's values, a list's values alone and all together; a range's ends
 * and middle. */
function valuesOf(key: ViewKey): ViewState[ViewKey][] {
  const s = SETTINGS[key];
  if (s.kind === "enum") return [...s.values];
  if (s.kind === "list") return [...s.values.map((v) => s.canonical([v])), s.canonical(s.values)];
  return [s.min, Math.round((s.min + s.max) / 2), s.max];
}

/** A view in which every setting applies (constant dollars, per-year averages), with `key` set to `value`. */
function viewWith(key: ViewKey, value: ViewState[ViewKey]): ViewState {
  return { ...DEFAULT_VIEW, dollars: "constant", measure: "per-year", [key]: value };
}

const badValue = (key: ViewKey) => (SETTINGS[key].kind === "int" ? String(SETTINGS[key].min - 1) : "nope");
const quoted = (values: readonly string[]) => values.map((v) => `"${v}"`).join(", ");

describe("the settings table", () => {
  it("round-trips every value of every setting through the URL, written only when it is not the default", () => {
    let checked = 0;
    for (const key of VIEW_KEYS) {
      for (const value of valuesOf(key)) {
        const view = viewWith(key, value);
        const qs = serializeView(view);
        const back = parseView(new URLSearchParams(qs));
        expect(back.issues, `${key}=${String(value)}`).toEqual([]);
        expect(serializeView(back.view)).toBe(qs);
        expect(back.view[key], qs).toEqual(settingApplies(key, view) ? value : DEFAULT_VIEW[key]);
        const written = new URLSearchParams(qs).get(key);
        expect(written, qs).toBe(String(value) === String(DEFAULT_VIEW[key]) || !settingApplies(key, view) ? null : String(value));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(VIEW_KEYS.length * 2);
  });

  it("gives the defaults, the zod schema and the labels from one entry per setting", () => {
    expect(Object.keys(DEFAULT_VIEW)).toEqual([...VIEW_KEYS]);
    expect(viewSchema.parse({})).toEqual(DEFAULT_VIEW);
    for (const key of VIEW_KEYS) {
      const s = SETTINGS[key];
      expect(settingLabel(key)).toBe(s.where ? `${s.label} (${s.where})` : s.label);
      for (const value of valuesOf(key)) expect(viewSchema.parse({ [key]: value })[key]).toEqual(value);
      if (s.kind !== "int") for (const v of s.values) expect((s.words as Record<string, string>)[v], `${key}=${v} has words`).toMatch(/\S/);
      for (const chart of s.charts) expect(CHART_SLUGS, `${key} names a chart`).toContain(chart);
    }
    expect(settingLabel("colour")).toBe("an unknown setting");
  });

  it("answers a bad value of any setting with a 400 naming the parameter and the allowed values", async () => {
    const ds = realDataset();
    for (const key of VIEW_KEYS) {
      const s = SETTINGS[key];
      const allowed = s.kind === "int" ? `a whole number from ${s.min} to ${s.max}` : quoted(s.values);
      const qs = `${key}=${badValue(key)}`;
      const res = await chartFileEndpoint(ds, new Request(`http://localhost/charts/aid-by-period.json?${qs}`), "aid-by-period.json", "http://localhost");
      await expect400(res, key, new RegExp(allowed.replace(/[()]/g, "\\$&")));
      if ((AID_VIEW_KEYS as readonly string[]).includes(key)) await expect400(get(aid, `?${qs}`), key, new RegExp(allowed));
    }
  });
});

describe("the API's documentation on /data", () => {
  it("lists each view setting's values from the table, the default marked", () => {
    const aidParams = API_DOCS.find((e) => e.path === "/api/aid")!.params;
    const groupBy = aidParams.find((p) => p.name === "groupBy")!.allowed;
    // every grouping once, in the table's order, "decade" (the default) marked
    expect(groupBy).toBe("year, decade (default), seed-period, relations-phase, span");
    expect(groupBy.split(", ").map((v) => v.replace(" (default)", ""))).toEqual([...SETTINGS.groupBy.values]);
    expect(aidParams.find((p) => p.name === "measure, averageOver")!.allowed).toBe("total (default), per-year; years-with-records (default), every-year");
  });
});
