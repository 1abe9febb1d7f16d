/**
 * The ExcelJS host: applies plans to an .xlsx workbook (the CLI's output file). Product sheets are
 * marked with a defined name (`_CAOP.dashboard` → 'Tableau de bord CA OP'!$A$1) that follows them;
 * settings live in a very hidden sheet. Strings are always written as text cells, never formulas.
 * ExcelJS cannot write charts: save() adds the plans' charts as DrawingML parts afterwards (xlsx-chart.ts).
 * Links to other sheets are HYPERLINK formulas (ExcelJS's internal cell links are written as external ones).
 */
import ExcelJS from "exceljs";
import { parseSettings, settingsJson, type CaopSettings } from "../core/settings";
import type { CellValue, RawTable } from "../core/types";
import { colLetter, parseRange, qualified } from "../sheet/a1";
import { keyOfMark, markName, SHEET_NAMES } from "../sheet/names";
import { joinSettingsChunks, settingsChunks } from "../sheet/settings-cells";
import type { PlanMessage, SheetPlan, WorkbookPlan } from "../sheet/plan";
import { abortError, checkPlan, planCells, sheetCells } from "./guard";
import { tableFromGrid } from "./grid";
import type { ApplyOptions, ApplyResult, ReadTableOptions, SheetInfo, WorkbookPort } from "../sheet/port";
import { fromExcel, toExcel, writeSheet } from "./xlsx-write";
import { addChartsToFile } from "./xlsx-chart";
import { ReadError } from "./readers/read-error";
import { cellValue, worksheetTable } from "./readers/xlsx";
import { withRelativeTargets } from "./readers/part-targets";

/** Options of the file host. */
export interface XlsxHostOptions {
  /** Write the engine's values as the formulas' cached results (default true; tests turn it off so LibreOffice must compute). */
  cacheValues?: boolean;
}

/**
 * A whole sheet's table as the file reader reads it (readers/xlsx.ts: totals, hidden rows, format
 * currencies…), so that `caop dashboard` on an .xlsx reads what `caop compute` reads; its source
 * the sheet's range, as tableFromGrid names it. Null for an empty sheet (the grid reading says it).
 */
function sheetTable(wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet): RawTable | null {
  try {
    const { table, span } = worksheetTable(wb, ws, ws.name, true);
    const range = `${colLetter(span.firstCol)}${span.headerRow}:${colLetter(span.lastCol)}${Math.max(span.lastRow, span.headerRow)}`;
    const read: RawTable = { ...table, source: `${ws.name}!${range}` };
    // As the grid reading: the flag only for a 1904 workbook.
    if (read.date1904 !== true) delete read.date1904;
    return read;
  } catch (e) {
    if (e instanceof ReadError && e.code === "empty_sheet") return null;
    throw e;
  }
}

/** A WorkbookPort over an ExcelJS workbook. */
export class XlsxHost implements WorkbookPort {
  readonly workbook: ExcelJS.Workbook;
  private readonly cacheValues: boolean;
  /** The plans applied since the file was opened, by sheet name: their charts are added on save. */
  private readonly applied = new Map<string, SheetPlan>();

  constructor(workbook: ExcelJS.Workbook, options: XlsxHostOptions = {}) {
    this.workbook = workbook;
    this.cacheValues = options.cacheValues ?? true;
  }

  /** Opens an .xlsx file (CLI: Node's file API imported when called, as addChartsToFile does). */
  static async load(path: string, options?: XlsxHostOptions): Promise<XlsxHost> {
    const wb = new ExcelJS.Workbook();
    const fs: typeof import("node:fs/promises") = await import(/* webpackIgnore: true */ "node:fs/promises");
    // Absolute part targets (openpyxl's) made relative first: ExcelJS finds only those.
    const bytes = await withRelativeTargets(new Uint8Array(await fs.readFile(path)));
    await wb.xlsx.load(bytes as unknown as Parameters<typeof wb.xlsx.load>[0]);
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

  /** Writes the workbook to a file, then the charts of the product sheets (ExcelJS writes none). */
  async save(path: string): Promise<void> {
    await this.workbook.xlsx.writeFile(path);
    const sheets = [...this.applied.values()].filter((p) => this.workbook.getWorksheet(p.name) !== undefined);
    await addChartsToFile(path, sheets);
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
    if (!opts.address) {
      const whole = sheetTable(this.workbook, ws);
      if (whole !== null) return whole;
    }
    const date1904 = Boolean((this.workbook.properties as { date1904?: boolean }).date1904);
    const r = opts.address ? parseRange(opts.address) : { r1: 1, c1: 1, r2: ws.rowCount, c2: ws.columnCount };
    const r2 = Math.min(r.r2, Math.max(ws.rowCount, r.r1));
    const values: CellValue[][] = [];
    for (let row = r.r1; row <= r2; row++) {
      const src = ws.getRow(row);
      const line: CellValue[] = [];
      for (let c = r.c1; c <= r.c2; c++) line.push(fromExcel(cellValue(src.getCell(c)), date1904));
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
      writeSheet(ws, p, this.cacheValues);
      if (action !== "tag") this.applied.set(p.name, p);
      done += sheetCells(p);
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

  /** True when the workbook holds a settings sheet. */
  hasSettings(): boolean {
    return this.workbook.getWorksheet(SHEET_NAMES.settings) !== undefined;
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
