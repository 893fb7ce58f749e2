import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "@/lib/export/csv";
import { formatEventDate, formatPartialDate } from "@/lib/util/dates";
import { formatPercent, formatUsdShort } from "@/lib/util/format";

describe("CSV", () => {
  it("quotes per RFC 4180 and ends lines with CRLF", () => {
    expect(toCsv(["a", "b"], [["x,y", 'say "hi"'], [1, null]])).toBe('a,b\r\n"x,y","say ""hi"""\r\n1,\r\n');
  });
  it("neutralises cells a spreadsheet would run as formulas, but not plain numbers", () => {
    expect(csvCell("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvCell("+1 555")).toBe("'+1 555");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\tx")).toBe("'\tx");
    expect(csvCell("-135598000")).toBe("-135598000");
    expect(csvCell(-12.5)).toBe("-12.5");
    expect(csvCell("-$10,000")).toBe(`"'-$10,000"`);
  });
});

describe("calendar dates never shift with the time zone", () => {
  it("shows 1965-05-03 as 3 May 1965 (tests run in America/Los_Angeles)", () => {
    expect(process.env.TZ).toBe("America/Los_Angeles");
    expect(formatPartialDate("1965-05-03")).toBe("3 May 1965");
    expect(formatPartialDate("1994-05")).toBe("May 1994");
    expect(formatEventDate({ start: "1960", end: "1963", precision: "approximate", label: "early 1960s" })).toBe("early 1960s");
  });
});

describe("money", () => {
  it("formats short amounts", () => {
    expect(formatUsdShort(409_600_000)).toBe("$409.6M");
    expect(formatUsdShort(1_180_000_000)).toBe("$1.18B");
    expect(formatUsdShort(992_000)).toBe("$992,000");
    expect(formatUsdShort(null)).toBe("no data");
    // 1970-75 military: (1,179,747,000 - 1,180,000,000) / 1,180,000,000 = -0.0214%
    expect(formatPercent(-0.0214)).toBe("-0.02%");
    expect(formatPercent(29.62)).toBe("+29.6%");
  });
});
