// The API's CSV of /api/aid and chart 1's table (/charts/aid-by-period.csv, the figure's "Download CSV") are two
// tables of one set of numbers: the API's is the data's record (every period, its coverage, notes and known zeros),
// the chart's is what the bars draw. Where they carry the same data they use the same column name, and a shared
// column holds the same value in every row (docs/api.md lists which columns are shared and which are each one's own).
import { describe, expect, it } from "vitest";
import { aidEndpoint } from "@/lib/api/endpoints";
import { chartFileEndpoint } from "@/lib/api/chart-files";
import { parseCsv } from "./csv-read";
import { realDataset } from "./helpers";

const ORIGIN = "https://aid.example";
async function csv(answer: Response | Promise<Response>): Promise<{ header: string[]; rows: Record<string, string>[] }> {
  const res = await answer;
  expect(res.status).toBe(200);
  const text = await res.text();
  return { header: text.slice(0, text.indexOf("\r\n")).split(","), rows: parseCsv(text) };
}
const api = (qs: string) => csv(aidEndpoint(realDataset(), new Request(`${ORIGIN}/api/aid?${qs ? `${qs}&` : ""}format=csv`)));
const chart = (qs: string) => csv(chartFileEndpoint(realDataset(), new Request(`${ORIGIN}/charts/aid-by-period.csv${qs ? `?${qs}` : ""}`), "aid-by-period.csv", ORIGIN));

/** The columns both tables carry, as documented in docs/api.md ("The API's CSV and chart 1's table"). */
export const SHARED_AID_COLUMNS = ["from_fy", "to_fy", "status", "economic_usd", "military_usd", "total_usd", "dollars", "base_year", "measure", "divisor_years", "divisor", "coverage", "precision", "source_ids"];

describe("/api/aid?format=csv and /charts/aid-by-period.csv share their columns where the data are the same", () => {
  const views = ["", "groupBy=year&dollars=constant&base=2000", "groupBy=relations-phase&measure=per-year", "groupBy=seed-period&from=1960&to=1999", "measure=per-year&averageOver=every-year"];
  for (const qs of views)
    it(`one row per period and the same values in every shared column: ${qs || "the default view"}`, async () => {
      const [a, c] = await Promise.all([api(qs), chart(qs)]);
      for (const col of SHARED_AID_COLUMNS) {
        expect(a.header, `API: ${col}`).toContain(col);
        expect(c.header, `chart: ${col}`).toContain(col);
      }
      expect(c.rows.length).toBe(a.rows.length);
      // every column the two share by name (the listed ones, and a part such as unsplit_usd where the chart draws it)
      const both = c.header.filter((h) => h !== "period" && a.header.includes(h));
      expect(both).toEqual(expect.arrayContaining(SHARED_AID_COLUMNS));
      a.rows.forEach((r, i) => {
        // the chart labels a bar by its period, starred when only some of its years have records
        expect(c.rows[i].period.replace(/\*$/, ""), `row ${i}`).toBe(r.period);
        for (const col of both) expect(c.rows[i][col], `${col}, ${r.period}`).toBe(r[col]);
      });
    });

  it("each table names a column once, in the seed series too (its stated totals are not the bar's total)", async () => {
    for (const qs of ["", "series=seed&groupBy=seed-period", "split=programme", "split=form"]) {
      const [a, c] = await Promise.all([api(qs), chart(qs)]);
      expect(new Set(a.header).size, `API ${qs}`).toBe(a.header.length);
      expect(new Set(c.header).size, `chart ${qs}: ${c.header.join(",")}`).toBe(c.header.length);
    }
  });

  it("a hand-checked row: the 1970s in nominal dollars, the same in both", async () => {
    const [a, c] = await Promise.all([api(""), chart("")]);
    const a70 = a.rows.find((r) => r.period === "1970s")!;
    const c70 = c.rows.find((r) => r.period.startsWith("1970s"))!;
    // 652,004,000 economic + 1,179,747,000 military = 1,831,751,000 (the share table's 1970s row on the page)
    for (const r of [a70, c70]) expect([r.economic_usd, r.military_usd, r.total_usd]).toEqual(["652004000", "1179747000", "1831751000"]);
  });
});
