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

/** Column letters of 1-based column numbers, computed once per column. */
class ColumnNames {
  private readonly names: string[] = [];

  get(col: number): string {
    let s = this.names[col];
    if (s === undefined) {
      s = "";
      for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
      this.names[col] = s;
    }
    return s;
  }
}

/** ExcelJS's value types, 0 to 10: the index of a cell type in a band's style-id table. */
const TYPES = 11;

/**
 * Builds the XML of plain rows. Cells are given column by column in increasing order through
 * `cell`, then `end` gives the `<row>` element (empty when the row holds no value: ExcelJS skips it).
 */
export class PlainRowXml {
  private readonly columns = new ColumnNames();
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

  /**
   * The `<row>` element of the cells given since the last call, "" when none holds a value
   * (ExcelJS skips such a row, and registers none of its styles).
   */
  end(r: number): string {
    let xml = "";
    if (this.hasValue) {
      this.startRow(r);
      const { cols, values } = this;
      for (let k = 0; k < cols.length; k++) xml += this.cellXml(r, cols[k], values[k]);
      xml = `<row r="${r}" spans="${cols[0]}:${cols[cols.length - 1]}" x14ac:dyDescent="0.25">${xml}</row>`;
    }
    this.cols.length = 0;
    this.values.length = 0;
    this.hasValue = false;
    return xml;
  }

  /** One `<c>` element as ExcelJS writes it ("" for an empty cell without style). */
  private cellXml(r: number, col: number, v: PlainValue): string {
    const s = this.styleId(col, v);
    if (v === null && s === 0) return "";
    const open = s ? `<c r="${this.columns.get(col)}${r}" s="${s}"` : `<c r="${this.columns.get(col)}${r}"`;
    if (v === null) return open + "/>";
    if (typeof v === "number") return `${open}><v>${v}</v></c>`;
    if (typeof v === "string") return `${open} t="str"><v>${xmlText(v)}</v></c>`;
    if (typeof v === "boolean") return `${open} t="b"><v>${v ? "1" : "0"}</v></c>`;
    return `${open} t="e"><v>${xmlText(v.error)}</v></c>`;
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
