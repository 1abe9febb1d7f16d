/**
 * The CSV record splitter (csv.ts `tokenize` and the streaming reader use it), with repeated cell
 * values interned per column; property-tested against the plain splitter it replaced
 * (test/workbook/readers/tokenize-reference.ts). A million-line export repeats its
 * dates, accounts, labels, segments and clients: one string object per distinct value instead of
 * one per cell keeps the garbage collector idle and lets the engine's Map lookups reuse each
 * string's cached hash. Columns whose values hardly repeat (amounts, invoice numbers) stop being
 * interned after a few thousand distinct values.
 */

/** Records of a delimited text, and where a quote was left open (record index, -1 if none). */
export interface Tokenized {
  records: string[][];
  unterminatedRecord: number;
  /**
   * Where the text not split into records starts: text.length, or, when the text is not final, the
   * start of the record it ends inside of (to split again with the text that follows).
   */
  end: number;
  /** The text is not final and ends inside a quoted value (no quote after it: no use splitting again). */
  openQuote?: boolean;
}

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/** Distinct values kept per column; past that the column is sliced as read (values hardly repeat). */
export const MAX_DISTINCT = 4096;
/** V8 makes slices of this length or more point into their parent string: interned values are copied. */
const SLICE_MIN_LENGTH = 13;

/**
 * Splits delimited text into records exactly as `tokenize(text, separator, start, final)` does,
 * interning unquoted fields column by column across calls (one scanner per file).
 */
export class CsvScanner {
  private readonly sep: number;
  private readonly columns = new ColumnStrings();

  constructor(separator: string) {
    this.sep = separator.charCodeAt(0);
  }

  /** Records of `text` from `start`: see `tokenize` for `final`, `end` and `openQuote`. */
  scan(text: string, start = 0, final = true): Tokenized {
    const n = text.length;
    const sep = this.sep;
    const records: string[][] = [];
    let unterminatedRecord = -1;
    let row: string[] = [];
    let recordStart = start;
    let i = start;
    if (i >= n) return { records, unterminatedRecord, end: n };
    for (;;) {
      let field: string;
      if (text.charCodeAt(i) === QUOTE) {
        const q = quotedField(text, i, final, sep);
        if (q.field === null) return { records, unterminatedRecord, end: recordStart, openQuote: q.open };
        if (q.unterminated) unterminatedRecord = records.length;
        field = q.field;
        i = q.next;
      } else {
        let k = i;
        while (k < n) {
          const c = text.charCodeAt(k);
          if (c === sep || c === LF || c === CR) break;
          k++;
        }
        field = k === i ? "" : this.cell(text, i, k, row.length);
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

  /** The unquoted value text[i, k) of column `col`, interned while its column repeats values. */
  private cell(text: string, i: number, k: number, col: number): string {
    return this.columns.intern(text.slice(i, k), col);
  }
}

/**
 * The quoted field starting at `i` as `tokenize` reads it (`""` escapes, text after the closing
 * quote kept up to the separator); field null when the text is not final and the field may go on
 * (`open`: no closing quote at all yet).
 */
function quotedField(
  text: string,
  i: number,
  final: boolean,
  sep: number,
): { field: string; next: number; unterminated: boolean } | { field: null; open: boolean } {
  const n = text.length;
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
  // No closing quote yet, or a last quote that may be the first half of "".
  if (!final && (close < 0 || close === n - 1)) return { field: null, open: close < 0 };
  let field: string;
  let next: number;
  if (close < 0) {
    field = text.slice(i + 1);
    next = n;
  } else {
    field = text.slice(i + 1, close);
    next = close + 1;
  }
  if (escaped) field = field.replace(/""/g, '"');
  // Text after the closing quote up to the separator is kept as written (lenient, like Excel).
  let k = next;
  while (k < n) {
    const c = text.charCodeAt(k);
    if (c === sep || c === LF || c === CR) break;
    k++;
  }
  if (k > next) field += text.slice(next, k);
  return { field, next: k, unterminated: close < 0 };
}

/**
 * What `line.split(separator)` gives, with repeated values interned per column across the lines of
 * one file (FEC lines: journal, dates, accounts and labels repeat on a million lines).
 */
export class FieldSplitter {
  private readonly columns = new ColumnStrings();

  /** The fields of one line. */
  split(line: string, separator: string): string[] {
    const out: string[] = [];
    let i = 0;
    for (;;) {
      const k = line.indexOf(separator, i);
      const end = k < 0 ? line.length : k;
      out.push(end === i ? "" : this.columns.intern(line.slice(i, end), out.length));
      if (k < 0) return out;
      i = k + separator.length;
    }
  }
}

/** One string object per distinct value of each column, while the column repeats its values. */
class ColumnStrings {
  private readonly columns: (Map<string, string> | null)[] = [];

  /** The interned copy of `s` in column `col` (a copy of its own when V8 would keep the parent text alive). */
  intern(s: string, col: number): string {
    let values = this.columns[col];
    if (values === null) return s;
    if (values === undefined) {
      values = new Map<string, string>();
      this.columns[col] = values;
    }
    const v = values.get(s);
    if (v !== undefined) return v;
    const own = s.length >= SLICE_MIN_LENGTH ? (" " + s).slice(1) : s;
    values.set(own, own);
    if (values.size >= MAX_DISTINCT) this.columns[col] = null;
    return own;
  }
}
