// A drawn table's columns as the page's payload carries them (lib/export/drawn/packed-columns.ts): whatever the
// packing, the leaf reads back exactly the CSV's values, in order.
import { describe, expect, it } from "vitest";
import { decodeIndexes, encodeIndexes, indexWidth, packColumn, unpackColumn } from "@/lib/export/drawn/packed-columns";

describe("packed columns", () => {
  it("read back every value, whether a column packs as a dictionary or stays plain", () => {
    const repeated = Array.from({ length: 40 }, (_, i) => ["complete", "partial", "no data", null][i % 4]);
    const distinct = Array.from({ length: 40 }, (_, i) => `event ${i}`);
    const numbers = [1955, 1234567, null, -3.25, 0, true];
    const packed = packColumn(repeated);
    expect(Array.isArray(packed)).toBe(false);
    expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(repeated).length);
    for (const col of [repeated, distinct, numbers, [], ["\\", '"', "'"]]) expect(unpackColumn(packColumn(col))).toEqual(col);
    expect(unpackColumn(packColumn([undefined, "a"]))).toEqual([null, "a"]);
  });

  it("name up to 87 things in one character and more in two, never a character the page would escape", () => {
    expect([indexWidth(87), indexWidth(88)]).toEqual([1, 2]);
    const many = Array.from({ length: 300 }, (_, i) => i);
    for (const width of [1, 2]) {
      const some = width === 1 ? many.slice(0, 87) : many;
      const s = encodeIndexes(some, width);
      expect(s).toHaveLength(some.length * width);
      expect(s).not.toMatch(/["\\$&<>]/);
      expect(decodeIndexes(s, width)).toEqual(some);
    }
  });
});
