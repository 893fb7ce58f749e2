// A small scan of JSON text that JSON.parse does not give: where (as a record/field path) a position lies, and which
// object keys are given twice (JSON.parse silently keeps the last). Used to say exactly where a data file is wrong.
type Frame = { kind: "object"; keys: Set<string>; key: string | null; expectKey: boolean } | { kind: "array"; index: number };

interface JsonScan {
  /** the first character that cannot start a JSON value or token (NaN, Infinity, undefined, a stray word), if any */
  invalidAt: number | null;
  /** the path (keys and indices) open at `stopAt`, or at the end of the text */
  path: (string | number)[];
  duplicates: { path: (string | number)[]; key: string }[];
  /** the text stops inside a string or with an object or array still open: it was cut off */
  endsOpen: boolean;
}

function currentPath(stack: Frame[]): (string | number)[] {
  const out: (string | number)[] = [];
  for (const f of stack) {
    if (f.kind === "array") out.push(f.index);
    else if (f.key !== null) out.push(f.key);
  }
  return out;
}

export function scanJson(text: string, stopAt = text.length): JsonScan {
  const stack: Frame[] = [];
  const duplicates: JsonScan["duplicates"] = [];
  let invalidAt: number | null = null;
  let inString = false;
  let i = 0;
  const end = Math.min(stopAt, text.length);
  while (i < end) {
    const c = text[i];
    if (c === '"') {
      let j = i + 1;
      let s = "";
      while (j < text.length && text[j] !== '"') {
        if (text[j] === "\\") {
          s += text.slice(j, j + 2);
          j += 2;
        } else s += text[j++];
      }
      inString = j >= text.length;
      const top = stack[stack.length - 1];
      if (top?.kind === "object" && top.expectKey) {
        let key = s;
        try {
          key = JSON.parse(`"${s}"`) as string;
        } catch {
          /* keep the raw text */
        }
        if (top.keys.has(key)) duplicates.push({ path: currentPath(stack.slice(0, -1)), key });
        top.keys.add(key);
        top.key = key;
        top.expectKey = false;
      }
      i = j + 1;
      continue;
    }
    const top = stack[stack.length - 1];
    if (c === "{") stack.push({ kind: "object", keys: new Set(), key: null, expectKey: true });
    else if (c === "[") stack.push({ kind: "array", index: 0 });
    else if (c === "}" || c === "]") stack.pop();
    else if (c === ",") {
      if (top?.kind === "array") top.index += 1;
      else if (top?.kind === "object") top.expectKey = true;
    } else if (/[A-Za-z_$]/.test(c)) {
      const word = /^[A-Za-z_$][\w$]*/.exec(text.slice(i, i + 40))?.[0] ?? c;
      if (!["true", "false", "null"].includes(word) && !/^[eE]\d*$/.test(word)) {
        if (invalidAt === null && stopAt === text.length) return { path: currentPath(stack), duplicates, invalidAt: i, endsOpen: false };
        invalidAt ??= i;
      }
      i += word.length;
      continue;
    }
    i += 1;
  }
  return { path: currentPath(stack), duplicates, invalidAt, endsOpen: inString || stack.length > 0 };
}

/** The character offset JSON.parse names in its message ("... at position 123" or "line L column C"). */
export function errorPosition(message: string, text: string): number | null {
  const pos = /position (\d+)/.exec(message);
  if (pos) return Number(pos[1]);
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (!lc) return null;
  const lines = text.split("\n");
  return lines.slice(0, Number(lc[1]) - 1).reduce((a, l) => a + l.length + 1, 0) + Number(lc[2]) - 1;
}
