/**
 * Hand-written XML of a streamed data sheet's plain rows: the `<row>` elements ExcelJS's streaming
 * writer would write for rows of plain values (text, numbers, booleans, errors) with the plan's
 * formats, byte for byte (same cell order, spans, style ids, escaping), without ExcelJS's per-cell
 * objects, style lookups and XML builder: a million-line sheet is written in seconds. Rows holding
 * anything else (formulas, links, dates, notes, heights, merges) go through ExcelJS as before.
 */
import ExcelJS from "exceljs";
import type { PlanCell, PlanStyle } from "../sheet/plan";
import { isFormula, isLink } from "../sheet/plan";
import { StyleCache } from "./xlsx-write";

/** A plain value ExcelJS would write as is: null (no value), text, number, boolean or an error. */
export type PlainValue = string | number | boolean | { error: string } | null;

/** A format of the data plan over a rectangle (1-based rows and columns). */
export interface RowFormat {
  numberFormat?: string;
  style?: PlanStyle;
  r1: number;
  r2: number;
  c1: number;
  c2: number;
}

/** The parts of ExcelJS's streaming workbook and worksheet this writer reaches (untyped in its .d.ts). */
interface StyleRegistry {
  addStyleModel(model: Partial<ExcelJS.Style>, cellType: ExcelJS.ValueType): number;
}

/** ExcelJS's cell type of a plain value (its styles depend on it: numbers get the General format). */
function valueType(v: PlainValue): ExcelJS.ValueType {
  if (v === null) return ExcelJS.ValueType.Null;
  if (typeof v === "string") return ExcelJS.ValueType.String;
  if (typeof v === "number") return ExcelJS.ValueType.Number;
  if (typeof v === "boolean") return ExcelJS.ValueType.Boolean;
  return ExcelJS.ValueType.Error;
}

/** The plain value of a plan cell, or undefined when it is a formula or a link (ExcelJS writes those). */
export function plainOfPlanCell(c: PlanCell): PlainValue | undefined {
  if (isFormula(c) || isLink(c)) return undefined;
  return c;
}

/** True when ExcelJS's utils.xmlEncode changes this character (an entity, or a control character it drops). */
function special(c: number): boolean {
  return c < 32
    ? c !== 9 && c !== 10 && c !== 13
    : c === 34 || c === 38 || c === 39 || c === 60 || c === 62 || c === 127;
}

/** Text escaped as ExcelJS escapes it (utils.xmlEncode: entities, control characters dropped). */
export function xmlText(text: string): string {
  let i = 0;
  while (i < text.length && !special(text.charCodeAt(i))) i++;
  if (i === text.length) return text;
  let out = text.slice(0, i);
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!special(c)) out += text[i];
    else if (c === 34) out += "&quot;";
    else if (c === 38) out += "&amp;";
    else if (c === 39) out += "&apos;";
    else if (c === 60) out += "&lt;";
    else if (c === 62) out += "&gt;";
  }
  return out;
}

/** A cell's opening up to its row number (`<c r="AB`) by 1-based column, as bytes, built once per column. */
class ColumnNames {
  private readonly names: Uint8Array[] = [];

  get(col: number): Uint8Array {
    let b = this.names[col];
    if (b === undefined) {
      let s = "";
      for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
      b = ascii(`<c r="${s}`);
      this.names[col] = b;
    }
    return b;
  }
}

/** ExcelJS's value types, 0 to 10: the index of a cell type in a band's style-id table. */
const TYPES = 11;

/** ASCII text as a plain Uint8Array (never a Buffer: the byte loops stay monomorphic). */
function ascii(s: string): Uint8Array {
  const b = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i);
  return b;
}

/** What follows a cell's style, by kind: empty, number, text, boolean, error. */
const KINDS = ['"/>', '"><v>', '" t="str"><v>', '" t="b"><v>', '" t="e"><v>'];
const [EMPTY, NUMBER, TEXT, BOOLEAN, ERROR] = [0, 1, 2, 3, 4];

/** Bytes of the XML written more than once a row. */
const BYTES = {
  rowOpen: ascii('<row r="'),
  spans: ascii('" spans="'),
  colon: ascii(":"),
  rowHead: ascii('" x14ac:dyDescent="0.25">'),
  rowClose: ascii("</row>"),
  cellClose: ascii("</v></c>"),
};

/**
 * A growing byte buffer of UTF-8 XML: constant pieces, integers, numbers and escaped texts written
 * straight as bytes, without building a string per cell (a million rows make ~600 MB of XML).
 */
export class XmlBytes {
  // Grows to hold a write's worth of rows (xlsx-stream.ts takes them every megabyte).
  private buf = new Uint8Array(1 << 16);
  /** Bytes written so far. */
  length = 0;

  /** Makes room for n more bytes. */
  private room(n: number): void {
    if (this.length + n <= this.buf.length) return;
    const bigger = new Uint8Array(Math.max(this.buf.length * 2, this.length + n));
    bigger.set(this.buf.subarray(0, this.length));
    this.buf = bigger;
  }

  /** A copy of the bytes written so far; the buffer is emptied for reuse. */
  take(): Buffer {
    const out = Buffer.allocUnsafe(this.length);
    out.set(this.buf.subarray(0, this.length));
    this.length = 0;
    return out;
  }

  /** Appends the first n bytes of b (all by default). */
  bytes(b: Uint8Array, n = b.length): void {
    this.room(n);
    const { buf } = this;
    let at = this.length;
    for (let i = 0; i < n; i++) buf[at++] = b[i];
    this.length = at;
  }

  /** Appends a non-negative integer below 2^53 in decimal (as `${n}` writes it). */
  uint(n: number): void {
    this.room(16);
    if (n < 10) {
      this.buf[this.length++] = 48 + n;
      return;
    }
    let digits = 0;
    for (let m = n; m >= 1; m = Math.floor(m / 10)) digits++;
    let at = this.length + digits;
    this.length = at;
    for (let m = n; m >= 1; m = Math.floor(m / 10)) this.buf[--at] = 48 + (m % 10);
  }

  /** Appends a number as `${v}` writes it (integers digit by digit, the rest through String). */
  number(v: number): void {
    if (Number.isSafeInteger(v)) {
      if (v < 0) {
        this.room(1);
        this.buf[this.length++] = 45;
        this.uint(-v);
      } else this.uint(v);
      return;
    }
    // Amounts in cents (12.5, -3.07): digit by digit. Below 10^15 cents the decimal has at most 15
    // significant digits, so it is the one shortest string that reads back as v: `${v}` itself.
    const c = Math.round(v * 100);
    if (c / 100 === v && Math.abs(c) < 1e15) {
      const abs = Math.abs(c);
      const cents = abs % 100;
      this.room(1);
      if (c < 0) this.buf[this.length++] = 45;
      this.uint(Math.floor(abs / 100));
      this.room(3);
      this.buf[this.length++] = 46;
      this.buf[this.length++] = 48 + Math.floor(cents / 10);
      if (cents % 10 !== 0) this.buf[this.length++] = 48 + (cents % 10);
      return;
    }
    const s = String(v);
    this.room(s.length);
    const { buf } = this;
    let at = this.length;
    for (let i = 0; i < s.length; i++) buf[at++] = s.charCodeAt(i);
    this.length = at;
  }

  /**
   * Appends a text escaped as xmlText escapes it, in UTF-8 as Buffer.from writes it (a lone
   * surrogate becomes U+FFFD).
   */
  text(s: string): void {
    this.room(s.length * 6);
    const { buf } = this;
    let at = this.length;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c < 0x80) {
        if (!special(c)) buf[at++] = c;
        else at = entity(buf, at, c);
      } else if (c < 0x800) {
        buf[at++] = 0xc0 | (c >> 6);
        buf[at++] = 0x80 | (c & 63);
      } else if (c >= 0xd800 && c <= 0xdfff) {
        // The pair's second half may come after control characters xmlText drops.
        let j = i + 1;
        while (j < s.length && dropped(s.charCodeAt(j))) j++;
        const d = j < s.length ? s.charCodeAt(j) : 0;
        if (c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) {
          const u = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
          buf[at++] = 0xf0 | (u >> 18);
          buf[at++] = 0x80 | ((u >> 12) & 63);
          buf[at++] = 0x80 | ((u >> 6) & 63);
          buf[at++] = 0x80 | (u & 63);
          i = j;
        } else {
          buf[at++] = 0xef;
          buf[at++] = 0xbf;
          buf[at++] = 0xbd;
        }
      } else {
        buf[at++] = 0xe0 | (c >> 12);
        buf[at++] = 0x80 | ((c >> 6) & 63);
        buf[at++] = 0x80 | (c & 63);
      }
    }
    this.length = at;
  }
}

/** True for the characters xmlText drops (control characters but tab, LF, CR). */
function dropped(c: number): boolean {
  return c < 32 ? c !== 9 && c !== 10 && c !== 13 : c === 127;
}

/** Writes the entity of a special ASCII character at `at` (control characters are dropped); the new end. */
function entity(buf: Uint8Array, at: number, c: number): number {
  const e =
    c === 34
      ? "&quot;"
      : c === 38
        ? "&amp;"
        : c === 39
          ? "&apos;"
          : c === 60
            ? "&lt;"
            : c === 62
              ? "&gt;"
              : "";
  for (let k = 0; k < e.length; k++) buf[at++] = e.charCodeAt(k);
  return at;
}

/**
 * Builds the XML of plain rows as UTF-8 bytes. Cells are given column by column in increasing
 * order through `cell`, then `end` appends the `<row>` element (nothing when the row holds no
 * value: ExcelJS skips it); `take` hands over the bytes written so far.
 */
export class PlainRowXml {
  private readonly columns = new ColumnNames();
  /** Cell middles by style id and kind (see middle). */
  private readonly middles: Uint8Array[] = [];
  /** Style-id tables per band (the set of formats whose rows cover a row), by column and cell type. */
  private readonly bands = new Map<string, number[]>();
  private readonly styles: StyleRegistry;
  /** The current row's band: its style ids (undefined: not asked yet) and formats. */
  private ids: number[] = [];
  private rowFormats: number[] = [];
  /** A row of the current band (0: none yet). */
  private bandRow = 0;
  /** The current row's cells: columns and values. */
  private readonly cols: number[] = [];
  private readonly values: PlainValue[] = [];
  private hasValue = false;
  private readonly out = new XmlBytes();
  /** The current row's number in decimal, as bytes, and their count. */
  private readonly rowDigits = new Uint8Array(16);
  private rowLength = 0;

  constructor(
    workbook: ExcelJS.stream.xlsx.WorkbookWriter,
    private readonly formats: readonly RowFormat[],
  ) {
    this.styles = (workbook as unknown as { styles: StyleRegistry }).styles;
  }

  /** Adds the cell of column `col` (increasing within the row), as ExcelJS would write it. */
  cell(col: number, v: PlainValue): void {
    this.cols.push(col);
    this.values.push(v);
    if (v !== null) this.hasValue = true;
  }

  /** Bytes of XML waiting to be taken. */
  get pending(): number {
    return this.out.length;
  }

  /** The XML written since the last call, as bytes (empty when none). */
  take(): Buffer {
    return this.out.take();
  }

  /**
   * Appends the `<row>` element of the cells given since the last call; nothing when none holds a
   * value (ExcelJS skips such a row, and registers none of its styles).
   */
  end(r: number): void {
    if (this.hasValue) {
      this.startRow(r);
      const { cols, values, out } = this;
      out.bytes(BYTES.rowOpen);
      out.uint(r);
      out.bytes(BYTES.spans);
      out.uint(cols[0]);
      out.bytes(BYTES.colon);
      out.uint(cols[cols.length - 1]);
      out.bytes(BYTES.rowHead);
      this.rowLength = 0;
      for (let m = r; m >= 1; m = Math.floor(m / 10)) this.rowLength++;
      for (let m = r, at = this.rowLength; m >= 1; m = Math.floor(m / 10))
        this.rowDigits[--at] = 48 + (m % 10);
      for (let k = 0; k < cols.length; k++) this.cellXml(cols[k], values[k]);
      out.bytes(BYTES.rowClose);
    }
    this.cols.length = 0;
    this.values.length = 0;
    this.hasValue = false;
  }

  /** Appends one `<c>` element as ExcelJS writes it (nothing for an empty cell without style). */
  private cellXml(col: number, v: PlainValue): void {
    const s = this.styleId(col, v);
    if (v === null && s === 0) return;
    const { out } = this;
    out.bytes(this.columns.get(col));
    out.bytes(this.rowDigits, this.rowLength);
    if (v === null) return out.bytes(this.middle(s, EMPTY));
    if (typeof v === "number") {
      out.bytes(this.middle(s, NUMBER));
      out.number(v);
    } else if (typeof v === "string") {
      out.bytes(this.middle(s, TEXT));
      out.text(v);
    } else if (typeof v === "boolean") {
      out.bytes(this.middle(s, BOOLEAN));
      out.uint(v ? 1 : 0);
    } else {
      out.bytes(this.middle(s, ERROR));
      out.text(v.error);
    }
    out.bytes(BYTES.cellClose);
  }

  /**
   * The bytes between a cell's reference and its value: its style attribute and type, up to
   * `<v>` (or the end of an empty cell), e.g. `" s="3" t="str"><v>`; built once per style and kind.
   */
  private middle(s: number, kind: number): Uint8Array {
    const at = s * KINDS.length + kind;
    let b = this.middles[at];
    if (b === undefined) {
      b = ascii(`${s ? `" s="${s}` : ""}${KINDS[kind]}`);
      this.middles[at] = b;
    }
    return b;
  }

  /** Finds the band of row r: the formats whose rows cover it. */
  private startRow(r: number): void {
    // Consecutive rows mostly share their band: checked against the last row's formats first.
    if (this.bandRow > 0 && this.sameBand(r)) return;
    const covering: number[] = [];
    for (let k = 0; k < this.formats.length; k++) {
      const f = this.formats[k];
      if (r >= f.r1 && r <= f.r2) covering.push(k);
    }
    const key = covering.join(",");
    let ids = this.bands.get(key);
    if (ids === undefined) {
      ids = [];
      this.bands.set(key, ids);
    }
    this.ids = ids;
    this.rowFormats = covering;
    this.bandRow = r;
  }

  /** True when the formats covering row r are those covering bandRow. */
  private sameBand(r: number): boolean {
    const was = this.bandRow;
    for (const f of this.formats) {
      const now = r >= f.r1 && r <= f.r2;
      const then = was >= f.r1 && was <= f.r2;
      if (now !== then) return false;
    }
    return true;
  }

  /**
   * The style id ExcelJS gives this cell: the formats covering it applied in order, registered in
   * ExcelJS's styles the first time that combination and cell type occur (so ids come in its order).
   */
  private styleId(col: number, v: PlainValue): number {
    const type = valueType(v);
    const at = col * TYPES + type;
    let id = this.ids[at];
    if (id === undefined) {
      const cell = {} as Partial<ExcelJS.Style>;
      const styles = new StyleCache();
      for (const k of this.rowFormats) {
        const f = this.formats[k];
        if (col < f.c1 || col > f.c2) continue;
        if (f.numberFormat) cell.numFmt = f.numberFormat;
        if (f.style) styles.apply(cell as ExcelJS.Cell, f.style);
      }
      id = this.styles.addStyleModel(cell, type);
      this.ids[at] = id;
    }
    return id;
  }
}
