/**
 * The CSV record splitter as it was before CsvScanner (src/workbook/readers/scan.ts) replaced it:
 * kept here as the independent reference the scanner is property-tested against.
 */
import type { Tokenized } from "../../../src/workbook/readers/scan";

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/**
 * Splits delimited text into records of fields in one pass: RFC 4180 quotes (`""` escapes, line
 * breaks inside quotes), CRLF / LF / CR, lenient on stray quotes inside unquoted fields. Fields are
 * slices of the text (no per-character concatenation). No empty record after a final line break.
 * With `final` false the text is a file's beginning: a record it may end inside of (open quote,
 * no line break yet, a CR that may be half of a CRLF) is left out and `end` says where it starts.
 */
export function tokenize(text: string, separator: string, start = 0, final = true): Tokenized {
  const sep = separator.charCodeAt(0);
  const n = text.length;
  const records: string[][] = [];
  let unterminatedRecord = -1;
  let row: string[] = [];
  let recordStart = start;
  let i = start;
  if (i >= n) return { records, unterminatedRecord, end: n };
  for (;;) {
    let field: string;
    if (text.charCodeAt(i) === QUOTE) {
      let j = i + 1;
      let escaped = false;
      let close = -1;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q < 0) break;
        if (text.charCodeAt(q + 1) === QUOTE) {
          escaped = true;
          j = q + 2;
          continue;
        }
        close = q;
        break;
      }
      if (!final && (close < 0 || close === n - 1)) {
        // No closing quote yet, or a last quote that may be the first half of "".
        return { records, unterminatedRecord, end: recordStart, openQuote: close < 0 };
      }
      if (close < 0) {
        field = text.slice(i + 1);
        unterminatedRecord = records.length;
        i = n;
      } else {
        field = text.slice(i + 1, close);
        i = close + 1;
      }
      if (escaped) field = field.replace(/""/g, '"');
      // Text after the closing quote up to the separator is kept as written (lenient, like Excel).
      const k = endOfField(text, i, sep);
      if (k > i) {
        field += text.slice(i, k);
        i = k;
      }
    } else {
      const k = endOfField(text, i, sep);
      field = text.slice(i, k);
      i = k;
    }
    row.push(field);
    if (i >= n) {
      if (!final) return { records, unterminatedRecord, end: recordStart };
      records.push(row);
      break;
    }
    const c = text.charCodeAt(i);
    if (c === sep) {
      i++;
      if (i >= n) {
        if (!final) return { records, unterminatedRecord, end: recordStart };
        row.push("");
        records.push(row);
        break;
      }
      continue;
    }
    if (!final && c === CR && i + 1 === n) return { records, unterminatedRecord, end: recordStart };
    records.push(row);
    row = [];
    i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
    recordStart = i;
    if (i >= n) break;
  }
  return { records, unterminatedRecord, end: n };
}

/** Index of the separator or line break that ends the unquoted field starting at `i`. */
function endOfField(text: string, i: number, sep: number): number {
  const n = text.length;
  let k = i;
  while (k < n) {
    const c = text.charCodeAt(k);
    if (c === sep || c === LF || c === CR) break;
    k++;
  }
  return k;
}
