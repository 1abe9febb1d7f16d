/**
 * The CSV record splitter over bytes (UTF-8 or a single-byte encoding): the records CsvScanner
 * (scan.ts) gives on the decoded text, without decoding the file first. Separators, quotes and
 * line breaks are ASCII, and in UTF-8 an ASCII byte is never part of another character, so fields
 * split on bytes are the fields split on text; each field is decoded on its own. A value repeated
 * in its column (dates, accounts, labels, segments, clients) is found by a hash computed while
 * scanning and compared byte by byte: it costs no new string. Property-tested against
 * tokenize-reference.ts on random texts cut at random byte offsets.
 */
import { MAX_DISTINCT, type Tokenized } from "./scan";

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/** Open-addressing slots per column (a power of two, twice MAX_DISTINCT). */
const SLOTS = 8192;

/** Decodes bytes[from, to) into the field's text; `ascii` when every byte is below 0x80. */
export type FieldDecoder = (bytes: Uint8Array, from: number, to: number, ascii: boolean) => string;

/**
 * Splits bytes into records exactly as CsvScanner splits their decoded text, interning unquoted
 * fields column by column across calls (one scanner per file).
 */
export class ByteCsvScanner {
  private readonly sep: number;
  private readonly columns: ColumnValues[] = [];
  /** The fields of the record being read (copied out at its end: rows are exact-size arrays). */
  private readonly row: string[] = [];
  /** Fields of the record being read so far. */
  private count = 0;

  /**
   * `utf8` tells that the bytes are UTF-8 (short fields with two-byte characters, such as a no-break
   * space in an amount, are then decoded here; otherwise only ASCII ones).
   */
  constructor(
    separator: string,
    private readonly decode: FieldDecoder,
    private readonly utf8 = false,
  ) {
    this.sep = separator.charCodeAt(0);
  }

  /**
   * Records of bytes[start, n): see `tokenize` for `final`, `end` and `openQuote` (`end` is a byte
   * offset). Bytes at n and after are not looked at.
   */
  scan(b: Uint8Array, start: number, n: number, final: boolean): Tokenized {
    const sep = this.sep;
    const records: string[][] = [];
    let unterminatedRecord = -1;
    this.count = 0;
    let recordStart = start;
    let i = start;
    if (i >= n) return tokenized(records, unterminatedRecord, n);
    for (;;) {
      if (b[i] === QUOTE) {
        const q = this.quotedField(b, i, n, final);
        if (q < 0) return waiting(records, unterminatedRecord, recordStart, q === OPEN);
        if (this.unterminated) unterminatedRecord = records.length;
        i = q;
      } else {
        i = this.unquotedField(b, i, n);
      }
      if (i >= n) {
        if (!final) return tokenized(records, unterminatedRecord, recordStart);
        records.push(this.fields());
        break;
      }
      const c = b[i];
      if (c === sep) {
        i++;
        if (i >= n) {
          if (!final) return tokenized(records, unterminatedRecord, recordStart);
          this.put("");
          records.push(this.fields());
          break;
        }
        continue;
      }
      if (!final && c === CR && i + 1 === n) return tokenized(records, unterminatedRecord, recordStart);
      records.push(this.fields());
      this.count = 0;
      i += c === CR && i + 1 < n && b[i + 1] === LF ? 2 : 1;
      recordStart = i;
      if (i >= n) break;
    }
    return tokenized(records, unterminatedRecord, n);
  }

  /** A CR ended the last lines() bytes: an LF starting the next ones is the second half of a CRLF. */
  private skipLF = false;

  /**
   * The FEC lines of bytes[0, n), each split at the separator (quotes are text here, as
   * line.split(separator) has them): the lines LineSplitter gives on the decoded text (a CR ending
   * the bytes ends its line; an LF starting the next bytes is then skipped), `end` where the line
   * not ended yet starts. With `final`, the last line too (empty after a last line break).
   */
  lines(b: Uint8Array, n: number, final: boolean): { records: string[][]; end: number } {
    const sep = this.sep;
    const records: string[][] = [];
    let i = 0;
    if (this.skipLF && n > 0) {
      this.skipLF = false;
      if (b[0] === LF) i = 1;
    }
    let lineStart = i;
    this.count = 0;
    for (;;) {
      // At the start of a field.
      if (i >= n) {
        if (!final) return { records, end: lineStart };
        this.put("");
        records.push(this.fields());
        return { records, end: n };
      }
      i = this.unquotedField(b, i, n);
      if (i >= n) {
        if (!final) return { records, end: lineStart };
        records.push(this.fields());
        return { records, end: n };
      }
      const c = b[i++];
      if (c === sep) continue;
      records.push(this.fields());
      this.count = 0;
      if (c === CR) {
        if (i < n && b[i] === LF) i++;
        else if (i === n && !final) this.skipLF = true;
      }
      lineStart = i;
      if (i >= n && !final) return { records, end: n };
    }
  }

  /** The record's fields as an exact-size array. */
  private fields(): string[] {
    return this.row.slice(0, this.count);
  }

  private put(field: string): void {
    this.row[this.count++] = field;
  }

  /** Reads the unquoted field at i into the row (interned while its column repeats); returns its end. */
  private unquotedField(b: Uint8Array, i: number, n: number): number {
    const sep = this.sep;
    const col = this.count;
    while (this.columns.length <= col) this.columns.push(new ColumnValues());
    const values = this.columns[col];
    let k = i;
    let high = 0;
    if (values.full) {
      for (; k < n; k++) {
        const c = b[k];
        if (c === sep || c === LF || c === CR) break;
        high |= c;
      }
      this.put(k === i ? "" : (shortText(b, i, k, this.utf8) ?? this.decode(b, i, k, high < 0x80)));
      return k;
    }
    let h = 0;
    for (; k < n; k++) {
      const c = b[k];
      if (c === sep || c === LF || c === CR) break;
      // Kept to 30 bits: a small integer for V8 (no number boxed per field).
      h = (Math.imul(h, 31) + c) & 0x3fffffff;
    }
    if (k === i) {
      this.put("");
      return k;
    }
    const found = values.find(b, i, k, h);
    if (found !== null) {
      this.put(found);
      return k;
    }
    const s = shortText(b, i, k, this.utf8) ?? this.decode(b, i, k, isAscii(b, i, k));
    values.add(b, i, k, h, s);
    this.put(s);
    return k;
  }

  /** Set by quotedField: the quote it read is never closed (final text only). */
  private unterminated = false;

  /**
   * Reads the quoted field at i into the row as `tokenize` reads it (`""` escapes, text after the
   * closing quote kept up to the separator); returns where it ends, or, when the bytes are not final
   * and the field may go on, OPEN (no closing quote yet) or WAIT (a last quote that may be half of "").
   */
  private quotedField(b: Uint8Array, i: number, n: number, final: boolean): number {
    const sep = this.sep;
    let j = i + 1;
    let escaped = false;
    let close = -1;
    for (;;) {
      let q = b.indexOf(QUOTE, j);
      if (q >= n) q = -1;
      if (q < 0) break;
      if (q + 1 < n && b[q + 1] === QUOTE) {
        escaped = true;
        j = q + 2;
        continue;
      }
      close = q;
      break;
    }
    if (!final && (close < 0 || close === n - 1)) return close < 0 ? OPEN : WAIT;
    const to = close < 0 ? n : close;
    let next = close < 0 ? n : close + 1;
    let field = this.decode(b, i + 1, to, isAscii(b, i + 1, to));
    if (escaped) field = field.replace(/""/g, '"');
    // Text after the closing quote up to the separator is kept as written (lenient, like Excel).
    let k = next;
    while (k < n) {
      const c = b[k];
      if (c === sep || c === LF || c === CR) break;
      k++;
    }
    if (k > next) field += this.decode(b, next, k, isAscii(b, next, k));
    next = k;
    this.unterminated = close < 0;
    this.put(field);
    return next;
  }
}

/** quotedField: no closing quote yet. */
const OPEN = -1;
/** quotedField: a last quote that may be the first half of "". */
const WAIT = -2;

/** scan's answer (one allocation site for all its returns: V8 keeps its feedback). */
function tokenized(records: string[][], unterminatedRecord: number, end: number): Tokenized {
  return { records, unterminatedRecord, end };
}

/** scan's answer when a quoted field may go on: `openQuote` when no closing quote is read yet. */
function waiting(
  records: string[][],
  unterminatedRecord: number,
  end: number,
  openQuote: boolean,
): Tokenized {
  return { records, unterminatedRecord, end, openQuote };
}

/** The first slot tried for a hash (its high bits mixed into the low ones). */
function slotOf(h: number): number {
  return (h ^ (h >> 13)) & (SLOTS - 1);
}

/** Fields up to this many bytes may be decoded by shortText. */
const SHORT = 12;

/** The character codes of a short field (at most SHORT of them), reused from field to field. */
const CODES = new Uint16Array(SHORT);

/**
 * The text of bytes[from, to) when short and made of ASCII bytes (and, in UTF-8, of valid two-byte
 * characters), else null (the field decoder reads it): cheaper than a call into the runtime for
 * each field of a column of distinct values (amounts, invoice numbers). The string is made by one
 * String.fromCharCode call (fromCodes), not one concatenation per character.
 */
function shortText(b: Uint8Array, from: number, to: number, utf8: boolean): string | null {
  if (to - from > SHORT) return null;
  let n = 0;
  for (let k = from; k < to; k++) {
    const c = b[k];
    if (c < 0x80) {
      CODES[n++] = c;
      continue;
    }
    if (!utf8 || c < 0xc2 || c > 0xdf || k + 1 >= to) return null;
    const d = b[++k];
    if ((d & 0xc0) !== 0x80) return null;
    CODES[n++] = ((c & 0x1f) << 6) | (d & 0x3f);
  }
  return fromCodes(n);
}

/** The string of CODES[0, n), n ≤ SHORT = 12, built in one call (a call with n arguments, not an array). */
function fromCodes(n: number): string {
  const x = CODES;
  switch (n) {
    case 0:
      return "";
    case 1:
      return String.fromCharCode(x[0]);
    case 2:
      return String.fromCharCode(x[0], x[1]);
    case 3:
      return String.fromCharCode(x[0], x[1], x[2]);
    case 4:
      return String.fromCharCode(x[0], x[1], x[2], x[3]);
    case 5:
      return String.fromCharCode(x[0], x[1], x[2], x[3], x[4]);
    case 6:
      return String.fromCharCode(x[0], x[1], x[2], x[3], x[4], x[5]);
    case 7:
      return String.fromCharCode(x[0], x[1], x[2], x[3], x[4], x[5], x[6]);
    case 8:
      return String.fromCharCode(x[0], x[1], x[2], x[3], x[4], x[5], x[6], x[7]);
    case 9:
      return String.fromCharCode(x[0], x[1], x[2], x[3], x[4], x[5], x[6], x[7], x[8]);
    case 10:
      return String.fromCharCode(x[0], x[1], x[2], x[3], x[4], x[5], x[6], x[7], x[8], x[9]);
    case 11:
      return String.fromCharCode(x[0], x[1], x[2], x[3], x[4], x[5], x[6], x[7], x[8], x[9], x[10]);
    default:
      return String.fromCharCode(x[0], x[1], x[2], x[3], x[4], x[5], x[6], x[7], x[8], x[9], x[10], x[11]);
  }
}

function isAscii(b: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (b[i] >= 0x80) return false;
  return true;
}

/** One column's distinct values: an open-addressing table on the hash, values compared byte by byte. */
class ColumnValues {
  /** MAX_DISTINCT values reached: the column is no longer interned. */
  full = false;
  private readonly slots = new Int32Array(SLOTS);
  private readonly hashes = new Int32Array(MAX_DISTINCT);
  private readonly starts = new Int32Array(MAX_DISTINCT);
  private readonly lengths = new Int32Array(MAX_DISTINCT);
  private readonly strings: string[] = [];
  private arena = new Uint8Array(4096);
  private arenaView: DataView = new DataView(this.arena.buffer);
  /** The bytes last compared and a DataView on them (the reader's buffer: the same for many pieces). */
  private viewed: Uint8Array | null = null;
  private view: DataView = new DataView(new ArrayBuffer(0));
  private used = 0;

  /** The string of bytes[from, to) (hash h) when the column holds it, else null. */
  find(b: Uint8Array, from: number, to: number, h: number): string | null {
    const len = to - from;
    const slots = this.slots;
    for (let s = slotOf(h); ; s = (s + 1) & (SLOTS - 1)) {
      const v = slots[s] - 1;
      if (v < 0) return null;
      if (this.hashes[v] !== h || this.lengths[v] !== len) continue;
      if (this.equal(b, from, to, this.starts[v])) return this.strings[v];
    }
  }

  /** True when bytes[from, to) equal the arena's bytes at `at`: four bytes at a time, then one by one. */
  private equal(b: Uint8Array, from: number, to: number, at: number): boolean {
    if (b !== this.viewed) {
      this.viewed = b;
      this.view = new DataView(b.buffer, b.byteOffset, b.byteLength);
    }
    const a = this.arenaView;
    const v = this.view;
    const d = at - from;
    let k = from;
    for (; k + 4 <= to; k += 4) if (a.getInt32(k + d) !== v.getInt32(k)) return false;
    const bytes = this.arena;
    for (; k < to; k++) if (bytes[k + d] !== b[k]) return false;
    return true;
  }

  /** Adds a value not in the table; at MAX_DISTINCT values the column becomes `full` (no longer interned). */
  add(b: Uint8Array, from: number, to: number, h: number, text: string): void {
    const len = to - from;
    if (this.used + len > this.arena.length) {
      const grown = new Uint8Array(Math.max(this.arena.length * 2, this.used + len));
      grown.set(this.arena.subarray(0, this.used));
      this.arena = grown;
      this.arenaView = new DataView(grown.buffer);
    }
    this.arena.set(b.subarray(from, to), this.used);
    const v = this.strings.length;
    this.hashes[v] = h;
    this.starts[v] = this.used;
    this.lengths[v] = len;
    this.strings.push(text);
    this.used += len;
    let s = slotOf(h);
    while (this.slots[s] !== 0) s = (s + 1) & (SLOTS - 1);
    this.slots[s] = v + 1;
    if (this.strings.length >= MAX_DISTINCT) this.full = true;
  }
}
