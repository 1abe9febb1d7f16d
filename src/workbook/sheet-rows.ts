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

// The characters ExcelJS's utils.xmlEncode replaces or drops (control characters included on purpose).
// eslint-disable-next-line no-control-regex
const XML_SPECIAL = /[<>&'"\x7F\x00-\x08\x0B-\x0C\x0E-\x1F]/;

/** Text escaped as ExcelJS escapes it (utils.xmlEncode: entities, control characters dropped). */
export function xmlText(text: string): string {
  if (!XML_SPECIAL.test(text)) return text;
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    switch (c) {
      case 34:
        out += "&quot;";
        break;
      case 38:
        out += "&amp;";
        break;
      case 39:
        out += "&apos;";
        break;
      case 60:
        out += "&lt;";
        break;
      case 62:
        out += "&gt;";
        break;
      default:
        if (c === 127 || (c <= 31 && (c <= 8 || (c >= 11 && c !== 13)))) break;
        out += text[i];
    }
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

/**
 * Builds the XML of plain rows. Cells are given column by column in increasing order through
 * `cell`, then `end` gives the `<row>` element (empty when the row holds no value: ExcelJS skips it).
 */
export class PlainRowXml {
  private readonly columns = new ColumnNames();
  /** Style id per "format indices|cell type" key, asked of ExcelJS's style registry once each. */
  private readonly styleIds = new Map<string, number>();
  private readonly styles: StyleRegistry;
  private parts: string[] = [];
  private min = 0;
  private max = 0;
  private hasValue = false;

  constructor(
    workbook: ExcelJS.stream.xlsx.WorkbookWriter,
    private readonly formats: readonly RowFormat[],
  ) {
    this.styles = (workbook as unknown as { styles: StyleRegistry }).styles;
  }

  /** Adds the cell of row `r`, column `col` (increasing within the row), as ExcelJS would write it. */
  cell(r: number, col: number, v: PlainValue): void {
    if (this.min === 0) this.min = col;
    this.max = col;
    const s = this.styleId(r, col, v);
    if (v === null && s === 0) return;
    const ref = this.columns.get(col) + r;
    const sAttr = s ? ` s="${s}"` : "";
    if (v === null) {
      this.parts.push(`<c r="${ref}"${sAttr}/>`);
      return;
    }
    this.hasValue = true;
    if (typeof v === "number") this.parts.push(`<c r="${ref}"${sAttr}><v>${v}</v></c>`);
    else if (typeof v === "string") this.parts.push(`<c r="${ref}"${sAttr} t="str"><v>${xmlText(v)}</v></c>`);
    else if (typeof v === "boolean")
      this.parts.push(`<c r="${ref}"${sAttr} t="b"><v>${v ? "1" : "0"}</v></c>`);
    else this.parts.push(`<c r="${ref}"${sAttr} t="e"><v>${xmlText(v.error)}</v></c>`);
  }

  /** The `<row>` element of the cells given since the last call ("" when none holds a value). */
  end(r: number): string {
    const xml = this.hasValue
      ? `<row r="${r}" spans="${this.min}:${this.max}" x14ac:dyDescent="0.25">${this.parts.join("")}</row>`
      : "";
    this.parts = [];
    this.min = 0;
    this.max = 0;
    this.hasValue = false;
    return xml;
  }

  /** The style id ExcelJS gives this cell: the plan's formats covering it, applied in order. */
  private styleId(r: number, col: number, v: PlainValue): number {
    const type = valueType(v);
    let key = "";
    for (let k = 0; k < this.formats.length; k++) {
      const f = this.formats[k];
      if (r >= f.r1 && r <= f.r2 && col >= f.c1 && col <= f.c2) key += `${k},`;
    }
    key += `|${type}`;
    let id = this.styleIds.get(key);
    if (id === undefined) {
      id = this.styles.addStyleModel(this.styleModel(r, col), type);
      this.styleIds.set(key, id);
    }
    return id;
  }

  /** The style a fresh ExcelJS cell ends with once the formats covering it are applied. */
  private styleModel(r: number, col: number): Partial<ExcelJS.Style> {
    const cell = {} as Partial<ExcelJS.Style>;
    const styles = new StyleCache();
    for (const f of this.formats) {
      if (r < f.r1 || r > f.r2 || col < f.c1 || col > f.c2) continue;
      if (f.numberFormat) cell.numFmt = f.numberFormat;
      if (f.style) styles.apply(cell as ExcelJS.Cell, f.style);
    }
    return cell;
  }
}
