// A reader sorts a chart's table by a column (lib/export/drawn/sort-rows.ts): figures as numbers, dates and words as
// text with numbers inside in order, empty cells last either way, ties in the table's own order; a third press goes
// back to that order. The browser tests sort real tables: e2e/table-csv.spec.ts by pointer and keyboard,
// e2e/touch.spec.ts by tap on a phone's cards.
import { describe, expect, it } from "vitest";
import { nextSort, sortAnnouncement, sortedRows, sortKind } from "@/lib/export/drawn/sort-rows";

describe("sortedRows", () => {
  const period = ["1950s", "1960s", "1970s", "1980s", "1990s"];
  const total = [368_000_000, 139_605_000, 1_845_000_000, null, 139_605_000];
  const cols = [period, total];

  it("keeps the table's own order with no column chosen", () => {
    expect(sortedRows(cols, 5, null)).toEqual([0, 1, 2, 3, 4]);
  });

  it("sorts figures as numbers, largest first, empty last and ties in the table's order", () => {
    // 1,845,000,000 > 368,000,000 > 139,605,000 (1960s) = 139,605,000 (1990s); the 1980s have no figure
    expect(sortedRows(cols, 5, { column: 1, direction: "descending" })).toEqual([2, 0, 1, 4, 3]);
    expect(sortedRows(cols, 5, { column: 1, direction: "ascending" })).toEqual([1, 4, 0, 2, 3]);
  });

  it("sorts words with the numbers inside them in order, and ISO dates as dates", () => {
    expect(sortedRows([["FY10", "FY2", "fy1", "FY100"]], 4, { column: 0, direction: "ascending" })).toEqual([2, 1, 0, 3]);
    expect(sortedRows([["1975-04-12", "1965-05", "1969-07-02", ""]], 4, { column: 0, direction: "descending" })).toEqual([0, 2, 1, 3]);
  });
});

describe("pressing a header", () => {
  it("sorts figures largest first, then smallest first, then goes back to the table's order", () => {
    const a = nextSort(null, 3, "figures");
    expect(a).toEqual({ column: 3, direction: "descending" });
    const b = nextSort(a, 3, "figures");
    expect(b).toEqual({ column: 3, direction: "ascending" });
    expect(nextSort(b, 3, "figures")).toBeNull();
  });

  it("sorts dates earliest first and words A to Z; another column starts afresh", () => {
    expect(nextSort(null, 0, "dates")).toEqual({ column: 0, direction: "ascending" });
    expect(nextSort({ column: 0, direction: "descending" }, 2, "text")).toEqual({ column: 2, direction: "ascending" });
  });

  it("says what it did in words", () => {
    const head = ["Period", "Total"];
    expect(sortAnnouncement(head, { column: 1, direction: "descending" }, "figures")).toBe("Rows sorted by Total, largest first.");
    expect(sortAnnouncement(head, { column: 0, direction: "ascending" }, "dates")).toBe("Rows sorted by Period, earliest first.");
    expect(sortAnnouncement(head, null, "text")).toBe("Rows in the table's own order.");
  });

  it("offers no sort on a column of source numbers", () => {
    expect(sortKind("sources")).toBeNull();
    expect(sortKind("usd")).toBe("figures");
    expect(sortKind("date")).toBe("dates");
    expect(sortKind("text")).toBe("text");
  });
});
