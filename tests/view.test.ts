import { describe, expect, it } from "vitest";
import { CPI_FIRST_YEAR, CPI_LAST_YEAR, DATA_FIRST_FY, DATA_LAST_FY, DEFAULT_VIEW, aidApiQuery, canonicalViews, isCanonicalSegment, parseView, rewriteTarget, serializeView, viewFromSegment, viewSegment } from "@/lib/view";
import { viewTitle } from "@/lib/view/title";
import { viewSchema } from "@/lib/view/schema";
import { realDataset } from "./helpers";

const parse = (qs: string) => parseView(new URLSearchParams(qs));

describe("view state in the URL", () => {
  it("keeps the data facts it checks against equal to data/", () => {
    const ds = realDataset();
    expect([DATA_FIRST_FY, DATA_LAST_FY]).toEqual([ds.annual.rows[0].fiscalYear, ds.annual.rows.at(-1)!.fiscalYear]);
    expect([CPI_FIRST_YEAR, CPI_LAST_YEAR]).toEqual([ds.cpi.rows[0].year, ds.cpi.rows.at(-1)!.year]);
  });

  it("the zod schema's defaults are the default view, and it refuses what a URL could not say", () => {
    expect(viewSchema.parse({})).toEqual(DEFAULT_VIEW);
    expect(viewSchema.safeParse({ from: 1954 }).success).toBe(false);
    expect(viewSchema.safeParse({ groupBy: "week" }).success).toBe(false);
    expect(viewSchema.parse({ groupBy: "year", base: 2000 })).toMatchObject({ groupBy: "year", base: 2000, to: 2024 });
  });

  it("the default view is the empty query, and defaults are dropped", () => {
    expect(serializeView(DEFAULT_VIEW)).toBe("");
    expect(parse("")).toEqual({ view: DEFAULT_VIEW, issues: [] });
    expect(serializeView(parse("dollars=nominal&groupBy=decade").view)).toBe("");
  });

  it("round-trips every setting in a fixed order", () => {
    const qs = "groupBy=year&split=programme&from=1960&to=1980&dollars=constant&base=2000&measure=per-year&share=absolute&compare=dollars";
    const { view, issues } = parse(qs);
    expect(issues).toEqual([]);
    expect(view).toMatchObject({ groupBy: "year", split: "programme", from: 1960, to: 1980, dollars: "constant", base: 2000, measure: "per-year", share: "absolute", compare: "dollars" });
    expect(serializeView(view)).toBe(qs);
    expect(serializeView(parse("measure=per-year&groupBy=year").view)).toBe("groupBy=year&measure=per-year");
  });

  it("switching to the seed series and back keeps the annual grouping and split", () => {
    const annual = parse("groupBy=year&split=programme").view;
    const seed = { ...annual, series: "seed" as const };
    expect(serializeView(seed)).toBe("series=seed");
    expect(aidApiQuery(seed)).not.toContain("groupBy");
    expect(serializeView({ ...seed, series: "annual" })).toBe("groupBy=year&split=programme");
  });

  it("the seed series has only its own periods and kinds", () => {
    expect(serializeView({ ...DEFAULT_VIEW, series: "seed", groupBy: "year", split: "form" })).toBe("series=seed");
    expect(parse("series=seed&groupBy=year").issues[0].param).toBe("groupBy");
  });

  it("ignores the tracking parameters that shared links pick up", () => {
    expect(parse("groupBy=year&utm_source=newsletter&fbclid=abc")).toEqual({ view: { ...DEFAULT_VIEW, groupBy: "year" }, issues: [] });
    expect(rewriteTarget(new URLSearchParams("utm_medium=email"), "system")).toBe("/v/system/default");
  });

  it("a broken link drops what it cannot read and says what was wrong", () => {
    for (const qs of ["groupBy=week", "from=1800", "base=2000", "zoom=3", "from=1960&from=1970"]) {
      const r = parse(qs);
      expect(r.view, qs).toEqual(DEFAULT_VIEW);
      expect(r.issues.length, qs).toBeGreaterThan(0);
    }
  });

  it("a broken link keeps the settings that were valid", () => {
    expect(parse("base=1800&dollars=constant")).toEqual({ view: { ...DEFAULT_VIEW, dollars: "constant" }, issues: [expect.objectContaining({ param: "base" })] });
    expect(parse("groupBy=week&from=1970&zoom=2").view).toEqual({ ...DEFAULT_VIEW, from: 1970 });
    expect(parse("groupBy=week&from=1970&zoom=2").issues.map((i) => i.param).sort()).toEqual(["groupBy", "zoom"]);
    // from after to: from is the setting dropped, to is kept
    expect(parse("from=2000&to=1990").view).toEqual({ ...DEFAULT_VIEW, to: 1990 });
    // a rule that only breaks once the other settings are read: base with dollars that could not be read
    expect(parse("dollars=gold&base=2000")).toMatchObject({ view: DEFAULT_VIEW, issues: [{ param: "dollars" }, { param: "base" }] });
    expect(rewriteTarget(new URLSearchParams("base=1800&dollars=constant"), "system")).toBe("/r/system/broken~base~dollars.constant");
    expect(viewFromSegment("broken~base~dollars.constant")).toEqual({ view: { ...DEFAULT_VIEW, dollars: "constant" }, broken: true, badParams: ["base"] });
    expect(viewFromSegment("broken~base~dollars.nominal")).toBeNull();
    expect(viewFromSegment("broken~base~broken~from")).toBeNull();
  });

  it("asks /api/aid for exactly the view's bars", () => {
    // only what differs from the API's defaults, in one order, so equal requests share one cache entry
    expect(aidApiQuery(parse("groupBy=year&dollars=constant&base=2000").view)).toBe("groupBy=year&dollars=constant&base=2000");
    expect(aidApiQuery(parse("share=absolute&compare=dollars").view)).toBe("");
    expect(aidApiQuery(parse("split=programme&to=2000").view, { forceKindSplit: true })).toBe("to=2000");
  });
});

describe("view titles", () => {
  it("say what a shared view shows", () => {
    expect(viewTitle(parse("groupBy=year&from=1970&to=1975&dollars=constant&base=2000&measure=per-year").view)).toBe(
      "US aid to Cambodia by fiscal year, FY1970-1975, constant 2000 dollars, per year",
    );
    expect(viewTitle(parse("series=seed").view)).toBe("The seed article's figures for US aid to Cambodia, FY1955-2024, current dollars");
  });
});

describe("view paths behind the proxy", () => {
  it("serves / as is for the default view and system theme, and rewrites everything else", () => {
    expect(rewriteTarget(new URLSearchParams(""), "system")).toBeNull();
    expect(rewriteTarget(new URLSearchParams(""), "dark")).toBe("/v/dark/default");
    // one setting changed: a canonical view, built once and kept (/v); anything else is rendered per request (/r)
    expect(rewriteTarget(new URLSearchParams("groupBy=year"), "system")).toBe("/v/system/groupBy.year");
    expect(rewriteTarget(new URLSearchParams("groupBy=year&dollars=constant"), "system")).toBe("/r/system/groupBy.year~dollars.constant");
    expect(rewriteTarget(new URLSearchParams("from=1970"), "dark")).toBe("/r/dark/from.1970");
    expect(rewriteTarget(new URLSearchParams("groupBy=nope"), "light")).toBe("/r/light/broken~groupBy");
    expect(rewriteTarget(new URLSearchParams("zoom=2&from=1800&colour=red"), "system")).toBe("/r/system/broken~from~other");
  });

  it("keeps a small, fixed set of canonical views", () => {
    const segments = canonicalViews().map(viewSegment);
    expect(segments).toHaveLength(12);
    expect(new Set(segments).size).toBe(12);
    expect(segments).toContain("default");
    expect(segments.every((s) => s === "default" || !s.includes("~"))).toBe(true);
    expect(isCanonicalSegment("share.absolute")).toBe(true);
    expect(isCanonicalSegment("share.absolute~compare.dollars")).toBe(false);
  });

  it("accepts only canonical segments, so each view is cached once", () => {
    const seg = viewSegment(parse("to=2000&groupBy=year").view);
    expect(seg).toBe("groupBy.year~to.2000");
    expect(viewFromSegment(seg)?.view).toMatchObject({ groupBy: "year", to: 2000 });
    expect(viewFromSegment("to.2000~groupBy.year")).toBeNull();
    expect(viewFromSegment("groupBy.decade")).toBeNull();
    expect(viewFromSegment("../etc")).toBeNull();
    expect(viewFromSegment("broken~from~other")).toEqual({ view: DEFAULT_VIEW, broken: true, badParams: ["from", "other"] });
    expect(viewFromSegment("broken~other~from")).toBeNull();
    expect(viewFromSegment("broken~evil")).toBeNull();
  });
});
