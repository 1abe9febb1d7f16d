/**
 * The decimal mark a single amount text proves (SPEC 2.2): the one-value reading behind each
 * column's mark evidence. Kept apart from columns.ts so the one pass over text cells
 * (text-cells.ts) reads each text once, while its row is at hand.
 */
import type { DecimalSep } from "../../money";

/** Whether the char code groups thousands inside a number ("1 234", "1'234") when a digit follows. */
function isGroupChar(code: number): boolean {
  // space, no-break space, narrow no-break space, thin space, apostrophe, right single quote, and "?"
  // (U+202F saved in Windows-1252: money.ts sepKind)
  return (
    code === 0x20 ||
    code === 0xa0 ||
    code === 0x202f ||
    code === 0x2009 ||
    code === 0x27 ||
    code === 0x2019 ||
    code === 0x3f
  );
}

/** Whether the char code is an ASCII digit. */
function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

const COMMA = 44;
const DOT = 46;

/**
 * What one amount text proves about its decimal mark: "." or ",", "ambiguous" (`1,234`: one
 * separator and 3 digits after 1–3 digits), or null (no separator, or nothing to prove).
 * Reads the first number run (digits, marks, grouping spaces between digits) in one pass over char
 * codes: this runs on every text amount of a column, so no regex and no one-char strings.
 * @example markOf("22.368") //=> "ambiguous"; markOf("261.96") //=> "."; markOf("1,234.56") //=> "."
 */
export function markOf(s: string): DecimalSep | "ambiguous" | null {
  const len = s.length;
  let start = 0;
  while (start < len && !isDigit(s.charCodeAt(start))) start++;
  if (start === len) return null;
  let commas = 0;
  let dots = 0;
  let last = -1;
  let spaced = false;
  let end = start + 1;
  for (; end < len; end++) {
    const c = s.charCodeAt(end);
    if (c === COMMA || c === DOT) {
      if (c === COMMA) commas++;
      else dots++;
      last = end - start;
    } else if (!isDigit(c)) {
      if (!isGroupChar(c) || end + 1 >= len || !isDigit(s.charCodeAt(end + 1))) break;
      spaced = true;
    }
  }
  if (commas + dots === 0) return null;
  if (commas > 0 && dots > 0) return s.charCodeAt(start + last) === COMMA ? "," : ".";
  const mark: DecimalSep = commas > 0 ? "," : ".";
  const other: DecimalSep = mark === "," ? "." : ",";
  if (commas + dots > 1) return other; // repeated: thousands groups
  if (spaced) return mark; // "1 234,5": the spaces group thousands, the one mark is decimal
  const after = end - start - last - 1;
  const before = last;
  if (after !== 3) return mark;
  if (before > 3 || s.charCodeAt(start) === 48) return mark; // a thousands group never has 4 digits nor starts with 0
  return "ambiguous";
}
