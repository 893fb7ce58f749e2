// scripts/page-weight.mjs on a document written here, whose parts are counted by hand.
import { describe, expect, it } from "vitest";
import { htmlParts, payloadParts } from "../scripts/page-weight.mjs";

const TABLE = '<table data-testid="t1"><tr><td>1</td></tr></table>'; // 51 bytes
const PICTURE = '<picture><img src="/c.svg" alt="Bars"></picture>'; // 48 bytes, of which alt="Bars" is 10
const PAYLOAD = 'self.__next_f.push([1,"0:[\\"$\\",\\"figure\\",null,{\\"id\\":\\"aid-figure\\",\\"children\\":\\"$L1\\"}]\\n1:[\\"$\\",\\"p\\",null,{\\"children\\":\\"caption\\"}]\\n"])';
const HTML = `<html><head><title>x</title></head><body><figure id="aid-figure"><h3>T</h3>${PICTURE}${TABLE}</figure><p>é</p><script>${PAYLOAD}</script></body></html>`;

describe("scripts/page-weight.mjs", () => {
  it("counts every byte of the document once, under the innermost part that holds it", () => {
    const parts = Object.fromEntries(htmlParts(HTML).map((p) => [p.part, p.bytes]));
    expect(Object.values(parts).reduce((a, b) => a + b, 0)).toBe(Buffer.byteLength(HTML));
    expect(parts["table: t1"]).toBe(51);
    expect(parts["text alternatives (alt)"]).toBe(10);
    expect(parts["charts' first paint (<picture> of chart files)"]).toBe(48 - 10);
    expect(parts["<head> (meta, preloads, stylesheet links)"]).toBe("<head><title>x</title></head>".length);
    expect(parts["inline RSC payload"]).toBe(`<script>${PAYLOAD}</script>`.length);
    // the figure's own markup: <figure id="aid-figure"> (24) + <h3>T</h3> (10) + </figure> (9)
    expect(parts["figure aid-figure: head, disclosures, legend, actions"]).toBe(43);
    // "é" is two bytes in UTF-8: <html><body><p>é</p></body></html> = 6 + 6 + 3 + 2 + 4 + 7 + 7
    expect(parts["other page text and markup"]).toBe(35);
  });

  it("gives a payload row to the figure whose marker it holds, and a row it refers to the same part", () => {
    const parts = Object.fromEntries(payloadParts(HTML).map((p) => [p.part, p.bytes]));
    // row 0 holds the marker; row 1 is referred to from inside it ("$L1"): both are the figure's
    expect(Object.keys(parts)).toEqual(["aid-figure"]);
    const row0 = '0:["$","figure",null,{"id":"aid-figure","children":"$L1"}]';
    const row1 = '1:["$","p",null,{"children":"caption"}]';
    expect(parts["aid-figure"]).toBe(row0.length + 1 + row1.length + 1);
  });
});
