/**
 * The ExcelJS host: applies plans to an .xlsx workbook (the CLI's output file). Product sheets are
 * marked with a defined name (`_CAOP.dashboard` → 'Tableau de bord CA OP'!$A$1) that follows them;
 * settings live in a very hidden sheet. Strings are always written as text cells, never formulas.
 * ExcelJS cannot write charts: the chart of a plan is reported as not rendered (the Office host draws it).
 * Links to other sheets are HYPERLINK formulas (ExcelJS's internal cell links are written as external ones).
 */
import { formatBoth } from "../i18n";
import ExcelJS from "exceljs";
import { parseSettings, settingsJson, type CaopSettings } from "../core/settings";
import type { CellValue, RawTable } from "../core/types";
import { parseRange, qualified } from "../sheet/a1";
import { keyOfMark, markName, SHEET_NAMES } from "../sheet/names";
import { joinSettingsChunks, settingsChunks } from "../sheet/settings-cells";
import {
  isFormula,
  isLink,
  type PlanMessage,
  type PlanStyle,
  type SheetPlan,
  type WorkbookPlan,
} from "../sheet/plan";
import { abortError, checkPlan, planCells } from "./guard";
import { tableFromGrid } from "./grid";
import type { ApplyOptions, ApplyResult, ReadTableOptions, SheetInfo, WorkbookPort } from "../sheet/port";
import { dateToSerial } from "./readers/xlsx";

/** Options of the file host. */
export interface XlsxHostOptions {
  /** Write the engine's values as the formulas' cached results (default true; tests turn it off so LibreOffice must compute). */
  cacheValues?: boolean;
}

/** A WorkbookPort over an ExcelJS workbook. */
export class XlsxHost implements WorkbookPort {
  readonly workbook: ExcelJS.Workbook;
  private readonly cacheValues: boolean;

  constructor(workbook: ExcelJS.Workbook, options: XlsxHostOptions = {}) {
    this.workbook = workbook;
    this.cacheValues = options.cacheValues ?? true;
  }

  /** Opens an .xlsx file. */
  static async load(path: string, options?: XlsxHostOptions): Promise<XlsxHost> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    return new XlsxHost(wb, options);
  }

  /** A new workbook holding a table (header on row 1) in a sheet: the copy of CSV/FEC data. */
  static fromTable(table: RawTable, sheetName: string, options?: XlsxHostOptions): XlsxHost {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet(sheetName);
    ws.addRow(table.headers);
    for (const row of table.rows) ws.addRow(row.map(toExcel));
    ws.getRow(1).font = { bold: true };
    ws.views = [{ state: "frozen", ySplit: 1 }];
    return new XlsxHost(wb, options);
  }

  /** Writes the workbook to a file. */
  async save(path: string): Promise<void> {
    await this.workbook.xlsx.writeFile(path);
  }

  async listSheets(): Promise<SheetInfo[]> {
    const marks = this.marks();
    return this.workbook.worksheets
      .filter((ws) => ws.name !== SHEET_NAMES.settings)
      .map((ws) => {
        const key = marks.get(ws.name.toLowerCase());
        return key ? { name: ws.name, productKey: key } : { name: ws.name };
      });
  }

  /** Product marks: sheet name (lower case) → product key, from the defined names. */
  private marks(): Map<string, string> {
    const out = new Map<string, string>();
    const model = this.workbook.definedNames.model as { name: string; ranges: string[] }[];
    for (const d of model) {
      const key = keyOfMark(d.name);
      if (!key) continue;
      for (const r of d.ranges) {
        const bang = r.lastIndexOf("!");
        if (bang < 0) continue;
        let sheet = r.slice(0, bang);
        if (sheet.startsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
        out.set(sheet.toLowerCase(), key);
      }
    }
    return out;
  }

  async readTable(opts: ReadTableOptions = {}): Promise<RawTable> {
    const sheets = await this.listSheets();
    const name = opts.sheet ?? (sheets.find((s) => !s.productKey) ?? sheets[0])?.name;
    const ws = name === undefined ? undefined : this.workbook.getWorksheet(name);
    if (!ws) throw new Error(`feuille introuvable : ${opts.sheet ?? "(aucune)"}`);
    const date1904 = Boolean((this.workbook.properties as { date1904?: boolean }).date1904);
    const r = opts.address ? parseRange(opts.address) : { r1: 1, c1: 1, r2: ws.rowCount, c2: ws.columnCount };
    const r2 = Math.min(r.r2, Math.max(ws.rowCount, r.r1));
    const values: CellValue[][] = [];
    for (let row = r.r1; row <= r2; row++) {
      const src = ws.getRow(row);
      const line: CellValue[] = [];
      for (let c = r.c1; c <= r.c2; c++) line.push(fromExcel(src.getCell(c).value, date1904));
      values.push(line);
    }
    const t = tableFromGrid(values, { sheet: ws.name, row: r.r1, col: r.c1 });
    return date1904 ? { ...t, date1904 } : t;
  }

  async applyPlan(plan: WorkbookPlan, opts: ApplyOptions = {}): Promise<ApplyResult> {
    const actions = checkPlan(plan, await this.listSheets());
    const messages: PlanMessage[] = [];
    const total = planCells(plan);
    let done = 0;
    for (const { plan: p, action } of actions) {
      if (opts.signal?.aborted) throw abortError();
      let ws: ExcelJS.Worksheet;
      if (action === "tag") {
        ws = this.workbook.getWorksheet(p.name) as ExcelJS.Worksheet;
        clearOwned(ws, p);
      } else {
        const old = this.workbook.getWorksheet(p.name);
        const orderNo = old ? (old as unknown as { orderNo: number }).orderNo : undefined;
        if (old) this.workbook.removeWorksheet(old.id);
        ws = this.workbook.addWorksheet(p.name);
        if (orderNo !== undefined) (ws as unknown as { orderNo: number }).orderNo = orderNo;
        this.workbook.definedNames.add(qualified(p.name, "$A$1"), markName(p.key));
      }
      this.writeSheet(ws, p);
      if (p.charts.length > 0) {
        messages.push({
          level: "info",
          code: "chart_not_rendered",
          ...formatBoth("chart_not_rendered", { title: p.charts[0].title }),
        });
      }
      done += p.blocks.reduce((n, b) => n + b.cells.reduce((m, row) => m + row.length, 0), 0);
      opts.onProgress?.({ done, total, code: "progress_writing", args: { sheet: p.name } });
    }
    this.workbook.calcProperties = { ...this.workbook.calcProperties, fullCalcOnLoad: true };
    if (plan.activate) {
      const i = this.workbook.worksheets.findIndex((w) => w.name === plan.activate);
      if (i >= 0)
        this.workbook.views = [
          { activeTab: i, firstSheet: 0, visibility: "visible" } as ExcelJS.WorkbookView,
        ];
    }
    return { sheets: plan.sheets.map((p) => ({ key: p.key, name: p.name })), messages };
  }

  private writeSheet(ws: ExcelJS.Worksheet, p: SheetPlan): void {
    for (const b of p.blocks) {
      for (let i = 0; i < b.cells.length; i++) {
        const row = ws.getRow(b.row + i);
        const cells = b.cells[i];
        for (let j = 0; j < cells.length; j++) {
          const c = cells[j];
          const cell = row.getCell(b.col + j);
          if (isFormula(c)) {
            const formula = c.formula.startsWith("=") ? c.formula.slice(1) : c.formula;
            cell.value = (
              this.cacheValues && c.value !== undefined ? { formula, result: c.value } : { formula }
            ) as ExcelJS.CellFormulaValue;
          } else if (isLink(c)) {
            // A HYPERLINK formula, not a cell hyperlink: ExcelJS writes internal cell links as external
            // relationships (exceljs issues #749, #3027); HYPERLINK("#Sheet!A1") works in Excel and LibreOffice.
            const target = `#${qualified(c.link.sheet, c.link.cell)}`.replace(/"/g, '""');
            cell.value = {
              formula: `HYPERLINK("${target}","${c.text.replace(/"/g, '""')}")`,
              result: c.text,
            } as ExcelJS.CellFormulaValue;
            cell.font = { color: { argb: "FF0563C1" }, underline: true };
          } else cell.value = c;
        }
      }
    }
    const styles = new StyleCache();
    for (const f of p.formats) {
      const r = parseRange(f.range);
      for (let row = r.r1; row <= r.r2; row++) {
        const wr = ws.getRow(row);
        for (let c = r.c1; c <= r.c2; c++) {
          const cell = wr.getCell(c);
          if (f.numberFormat) cell.numFmt = f.numberFormat;
          if (f.style) styles.apply(cell, f.style);
        }
      }
    }
    for (const m of p.merges) ws.mergeCells(m);
    for (const c of p.columns) {
      const col = ws.getColumn(c.col);
      if (c.width !== undefined) col.width = c.width;
      if (c.hidden !== undefined) col.hidden = c.hidden;
    }
    for (const h of p.rowHeights) ws.getRow(h.row).height = h.height;
    if (p.freeze) {
      ws.views = [{ state: "frozen", xSplit: p.freeze.cols, ySplit: p.freeze.rows }];
    }
    p.conditionalFormats.forEach((cf, k) => {
      const style = dxf(cf.style);
      const rule: ExcelJS.ConditionalFormattingRule =
        cf.rule.type === "cellIs"
          ? {
              type: "cellIs",
              operator: cf.rule.operator,
              formulae: cf.rule.values.map(String),
              style,
              priority: k + 1,
            }
          : { type: "expression", formulae: [cf.rule.formula], style, priority: k + 1 };
      ws.addConditionalFormatting({ ref: cf.range, rules: [rule] });
    });
    for (const v of p.validations) {
      const r = parseRange(v.range);
      for (let row = r.r1; row <= r.r2; row++) {
        for (let c = r.c1; c <= r.c2; c++) {
          ws.getCell(row, c).dataValidation = {
            type: "list",
            allowBlank: true,
            formulae: [`"${v.list.join(",")}"`],
            showInputMessage: v.prompt !== undefined,
            prompt: v.prompt,
            showErrorMessage: true,
            error: `Valeurs possibles : ${v.list.join(", ")}`,
          };
        }
      }
    }
    for (const n of p.notes) ws.getCell(n.cell).note = n.text;
    if (p.print) {
      ws.pageSetup = {
        ...ws.pageSetup,
        orientation: p.print.orientation,
        fitToPage: true,
        fitToWidth: p.print.fitToWidth,
        fitToHeight: p.print.fitToHeight,
        paperSize: 9,
        printArea: p.print.printArea,
        printTitlesRow: p.print.printTitleRows,
      };
    }
    if (p.tabColor) ws.properties.tabColor = { argb: argb(p.tabColor) };
  }

  async loadSettings(): Promise<CaopSettings> {
    const ws = this.workbook.getWorksheet(SHEET_NAMES.settings);
    if (!ws) return parseSettings(null);
    const cells: unknown[] = [];
    for (let r = 1; r <= ws.rowCount; r++) cells.push(ws.getCell(r, 1).value);
    return parseSettings(joinSettingsChunks(cells));
  }

  async saveSettings(s: CaopSettings): Promise<void> {
    const old = this.workbook.getWorksheet(SHEET_NAMES.settings);
    if (old) this.workbook.removeWorksheet(old.id);
    const ws = this.workbook.addWorksheet(SHEET_NAMES.settings, { state: "veryHidden" });
    settingsChunks(settingsJson(s)).forEach((piece, r) => (ws.getCell(r + 1, 1).value = piece));
  }
}

/** An ExcelJS value from a table cell (errors as error values, the rest as is). */
function toExcel(v: CellValue): ExcelJS.CellValue {
  if (v === undefined) return null;
  if (typeof v === "object" && v !== null && !(v instanceof Date))
    return { error: v.error } as ExcelJS.CellErrorValue;
  return v;
}

/** A table cell from an ExcelJS value: dates as serials (like Office.js), formulas as their result. */
function fromExcel(v: ExcelJS.CellValue, date1904: boolean): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return dateToSerial(v, date1904);
  if ("error" in v) return { error: String(v.error) };
  if ("richText" in v) return v.richText.map((r) => r.text).join("");
  if ("formula" in v || "sharedFormula" in v) {
    const r = (v as { result?: ExcelJS.CellValue }).result;
    return r === undefined ? null : fromExcel(r, date1904);
  }
  if ("hyperlink" in v) return typeof v.text === "string" ? v.text : "";
  return null;
}

/** Empties the product's columns of a data sheet from the plan's first owned row down. */
function clearOwned(ws: ExcelJS.Worksheet, p: SheetPlan): void {
  const from = p.ownedFromRow ?? 1;
  for (let r = from; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    for (const c of p.ownedColumns ?? []) {
      const cell = row.getCell(c);
      if (cell.value !== null) cell.value = null;
    }
  }
}

function argb(hex: string): string {
  return "FF" + hex.replace("#", "").toUpperCase();
}

/** Conditional-format style (differential format) of a plan style. */
function dxf(s: PlanStyle): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = {};
  if (s.bold || s.fontColor || s.italic) {
    out.font = {
      bold: s.bold,
      italic: s.italic,
      color: s.fontColor ? { argb: argb(s.fontColor) } : undefined,
    };
  }
  if (s.fill) out.fill = { type: "pattern", pattern: "solid", bgColor: { argb: argb(s.fill) } };
  return out;
}

/** Applies plan styles to cells, merging with what the cell has, sharing style objects. */
class StyleCache {
  apply(cell: ExcelJS.Cell, s: PlanStyle): void {
    if (s.bold !== undefined || s.italic !== undefined || s.fontColor || s.fontSize) {
      cell.font = {
        ...cell.font,
        ...(s.bold !== undefined ? { bold: s.bold } : {}),
        ...(s.italic !== undefined ? { italic: s.italic } : {}),
        ...(s.fontSize ? { size: s.fontSize } : {}),
        ...(s.fontColor ? { color: { argb: argb(s.fontColor) } } : {}),
      };
    }
    if (s.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(s.fill) } };
    if (s.hAlign || s.vAlign || s.wrap !== undefined) {
      cell.alignment = {
        ...cell.alignment,
        ...(s.hAlign ? { horizontal: s.hAlign } : {}),
        ...(s.vAlign ? { vertical: s.vAlign } : {}),
        ...(s.wrap !== undefined ? { wrapText: s.wrap } : {}),
      };
    }
    if (s.border) {
      const thin: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FFBFBFBF" } };
      const b: Partial<ExcelJS.Borders> = { ...cell.border };
      for (const side of s.border) b[side] = thin;
      cell.border = b;
    }
  }
}
