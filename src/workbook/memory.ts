/**
 * An in-memory workbook host: sheets as 2-D grids, formulas kept as text beside the value the
 * engine computed for them. Used by tests and by the browser playground (no Excel needed).
 */
import { parseSettings, settingsJson, type CaopSettings } from "../core/settings";
import type { CellValue, RawTable } from "../core/types";
import { parseRange } from "../sheet/a1";
import { SHEET_NAMES } from "../sheet/names";
import { joinSettingsChunks, settingsChunks } from "../sheet/settings-cells";
import {
  isFormula,
  isLink,
  type ChartSpec,
  type ColumnOp,
  type ConditionalFormat,
  type NoteSpec,
  type PlanStyle,
  type PrintSetup,
  type SheetPlan,
  type ValidationSpec,
  type WorkbookPlan,
} from "../sheet/plan";
import { abortError, checkPlan, planCells, sheetCells } from "./guard";
import { tableFromGrid } from "./grid";
import type { ApplyOptions, ApplyResult, ReadTableOptions, SheetInfo, WorkbookPort } from "../sheet/port";

/** One cell of a memory sheet. `formula` is the invariant formula text; `value` what it shows. */
export interface MemoryCell {
  value: CellValue;
  formula?: string;
  numberFormat?: string;
  style?: PlanStyle;
  link?: { sheet: string; cell: string };
}

/** One sheet: a grid (rows of cells, 0-based) and what the plans set on it. */
export interface MemorySheet {
  name: string;
  productKey?: string;
  grid: (MemoryCell | undefined)[][];
  merges: string[];
  columns: Map<number, ColumnOp>;
  rowHeights: Map<number, number>;
  /** Rows hidden from view and print (helper rows). */
  hiddenRows: Set<number>;
  freeze?: { rows: number; cols: number };
  conditionalFormats: ConditionalFormat[];
  charts: ChartSpec[];
  validations: ValidationSpec[];
  notes: NoteSpec[];
  print?: PrintSetup;
  tabColor?: string;
  /** "veryHidden": the settings sheet, which the user never sees (Excel's SheetVisibility). */
  visibility?: "visible" | "veryHidden";
}

function newSheet(name: string, productKey?: string): MemorySheet {
  return {
    name,
    productKey,
    grid: [],
    merges: [],
    columns: new Map(),
    rowHeights: new Map(),
    hiddenRows: new Set(),
    conditionalFormats: [],
    charts: [],
    validations: [],
    notes: [],
  };
}

/** The in-memory workbook; implements the WorkbookPort. */
export class MemoryWorkbook implements WorkbookPort {
  readonly sheets: MemorySheet[] = [];
  active?: string;

  /**
   * The settings JSON, kept like every host keeps it: column A of the very hidden sheet
   * `_caop_settings`, in pieces a cell can hold (src/sheet/settings-cells.ts). null: none saved.
   */
  get settingsJson(): string | null {
    const s = this.sheet(SHEET_NAMES.settings);
    return s ? joinSettingsChunks(s.grid.map((row) => row?.[0]?.value)) : null;
  }

  set settingsJson(json: string | null) {
    const i = this.sheets.findIndex((x) => x.name === SHEET_NAMES.settings);
    if (i >= 0) this.sheets.splice(i, 1);
    if (json === null) return;
    const s = newSheet(SHEET_NAMES.settings);
    s.visibility = "veryHidden";
    settingsChunks(json).forEach((piece, r) => setCell(s, r + 1, 1, { value: piece }));
    this.sheets.push(s);
  }

  /** Sheets the user sees and the port lists (not the settings sheet). */
  private visibleSheets(): MemorySheet[] {
    return this.sheets.filter((s) => s.visibility !== "veryHidden");
  }

  /** A workbook holding one data sheet with a header row and rows, from A1. */
  static fromRows(
    name: string,
    headers: readonly string[],
    rows: readonly (readonly CellValue[])[],
  ): MemoryWorkbook {
    const wb = new MemoryWorkbook();
    wb.addSheet(name, [headers as CellValue[], ...(rows as CellValue[][])]);
    return wb;
  }

  /** Adds a user sheet with values from A1 (a user sheet: no product mark). */
  addSheet(name: string, values: readonly (readonly CellValue[])[] = []): MemorySheet {
    const s = newSheet(name);
    values.forEach((row, r) => row.forEach((v, c) => setCell(s, r + 1, c + 1, { value: v })));
    this.sheets.push(s);
    return s;
  }

  /** A sheet by name (case-insensitive), or undefined. */
  sheet(name: string): MemorySheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  /** A cell by sheet and A1 address (undefined when empty). */
  cell(sheet: string, address: string): MemoryCell | undefined {
    const s = this.sheet(sheet);
    if (!s) return undefined;
    const { r1, c1 } = parseRange(address);
    return s.grid[r1 - 1]?.[c1 - 1];
  }

  /** Sets a value as a user would type it (tests: typing an Objectif). */
  setValue(sheet: string, address: string, value: CellValue): void {
    const s = this.sheet(sheet);
    if (!s) throw new Error(`feuille introuvable : ${sheet}`);
    const { r1, c1 } = parseRange(address);
    const old = s.grid[r1 - 1]?.[c1 - 1];
    setCell(s, r1, c1, { ...old, value, formula: undefined });
  }

  async listSheets(): Promise<SheetInfo[]> {
    return this.visibleSheets().map((s) =>
      s.productKey ? { name: s.name, productKey: s.productKey } : { name: s.name },
    );
  }

  async readTable(opts: ReadTableOptions = {}): Promise<RawTable> {
    const s = opts.sheet
      ? this.sheet(opts.sheet)
      : (this.visibleSheets().find((x) => !x.productKey) ?? this.visibleSheets()[0]);
    if (!s) throw new Error(`feuille introuvable : ${opts.sheet ?? "(aucune)"}`);
    const r = opts.address
      ? parseRange(opts.address)
      : {
          r1: 1,
          c1: 1,
          r2: Math.max(1, s.grid.length),
          c2: gridWidth(s.grid),
        };
    const values: CellValue[][] = [];
    const last = Math.min(r.r2, Math.max(r.r1, s.grid.length));
    for (let row = r.r1; row <= last; row++) {
      const line: CellValue[] = [];
      for (let c = r.c1; c <= r.c2; c++) line.push(s.grid[row - 1]?.[c - 1]?.value ?? null);
      values.push(line);
    }
    return tableFromGrid(values, { sheet: s.name, row: r.r1, col: r.c1 });
  }

  async applyPlan(plan: WorkbookPlan, opts: ApplyOptions = {}): Promise<ApplyResult> {
    const actions = checkPlan(plan, await this.listSheets());
    const total = planCells(plan);
    let done = 0;
    for (const { plan: p, action } of actions) {
      if (opts.signal?.aborted) throw abortError();
      let s: MemorySheet;
      if (action === "tag") {
        s = this.sheet(p.name) as MemorySheet;
        clearOwned(s, p);
      } else {
        s = newSheet(p.name, p.key);
        const i = this.sheets.findIndex((x) => x.name.toLowerCase() === p.name.toLowerCase());
        if (i >= 0) this.sheets[i] = s;
        else this.sheets.push(s);
      }
      writeSheet(s, p);
      done += sheetCells(p);
      opts.onProgress?.({ done, total, code: "progress_writing", args: { sheet: p.name } });
    }
    if (plan.activate) this.active = plan.activate;
    return { sheets: plan.sheets.map((p) => ({ key: p.key, name: p.name })), messages: [] };
  }

  async loadSettings(): Promise<CaopSettings> {
    return parseSettings(this.settingsJson);
  }

  async saveSettings(s: CaopSettings): Promise<void> {
    this.settingsJson = settingsJson(s);
  }
}

/** Widest row of a grid, at least 1; blank rows are holes in the array (map and spread skip them). */
function gridWidth(grid: MemorySheet["grid"]): number {
  let w = 1;
  for (let r = 0; r < grid.length; r++) w = Math.max(w, grid[r]?.length ?? 0);
  return w;
}

function setCell(s: MemorySheet, row: number, col: number, cell: MemoryCell | undefined): void {
  const r = (s.grid[row - 1] ??= []);
  r[col - 1] = cell;
}

/** Empties the product's columns of a data sheet from the plan's first owned row down. */
function clearOwned(s: MemorySheet, p: SheetPlan): void {
  const from = p.ownedFromRow ?? 1;
  for (let r = from; r <= s.grid.length; r++) {
    for (const c of p.ownedColumns ?? []) if (s.grid[r - 1]?.[c - 1]) setCell(s, r, c, undefined);
  }
}

function forRange(address: string, fn: (row: number, col: number) => void): void {
  const r = parseRange(address);
  for (let row = r.r1; row <= r.r2; row++) for (let c = r.c1; c <= r.c2; c++) fn(row, c);
}

/** Writes a sheet plan into a memory sheet: values (strings stay text), formulas with their values, formats. */
function writeSheet(s: MemorySheet, p: SheetPlan): void {
  for (const b of p.blocks) {
    b.cells.forEach((row, i) =>
      row.forEach((c, j) => {
        const r = b.row + i;
        const col = b.col + j;
        const old = s.grid[r - 1]?.[col - 1];
        if (isFormula(c)) setCell(s, r, col, { ...old, value: c.value ?? null, formula: c.formula });
        else if (isLink(c)) setCell(s, r, col, { ...old, value: c.text, link: c.link, formula: undefined });
        else setCell(s, r, col, { ...old, value: c, formula: undefined });
      }),
    );
  }
  for (const f of p.formats) {
    forRange(f.range, (r, c) => {
      const old = s.grid[r - 1]?.[c - 1] ?? { value: null };
      setCell(s, r, c, {
        ...old,
        numberFormat: f.numberFormat ?? old.numberFormat,
        style: f.style ? { ...old.style, ...f.style } : old.style,
      });
    });
  }
  s.merges.push(...p.merges);
  for (const c of p.columns) s.columns.set(c.col, { ...s.columns.get(c.col), ...c });
  for (const h of p.rowHeights) s.rowHeights.set(h.row, h.height);
  for (const r of p.hiddenRows) s.hiddenRows.add(r);
  if (p.freeze) s.freeze = p.freeze;
  s.conditionalFormats.push(...p.conditionalFormats);
  s.charts.push(...p.charts);
  s.validations.push(...p.validations);
  for (const n of p.notes) {
    s.notes = s.notes.filter((x) => x.cell !== n.cell);
    s.notes.push(n);
  }
  if (p.print) s.print = p.print;
  if (p.tabColor) s.tabColor = p.tabColor;
}
