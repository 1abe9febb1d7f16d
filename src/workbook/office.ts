/**
 * The Office.js host: applies plans inside Excel. Writes are queued in batches and synced only when
 * a request would pass ~4 MB (Excel on the web refuses requests over ~5 MB) and once at the end, so
 * the number of `context.sync()` calls does not grow with months or segments: 1 to read the sheet
 * list, 1 to read the charts of sheets being refreshed, then one per 4 MB of payload. Optional
 * features are used only when their requirement set is supported (conditional formats, charts,
 * data validation, suspended calculation…); what cannot be rendered is reported, never fails.
 */
import { format } from "../i18n";
import { parseSettings, settingsJson, type CaopSettings } from "../core/settings";
import type { CellValue, RawTable } from "../core/types";
import { a1, colLetter, parseRange, qualified, splitQualified } from "../sheet/a1";
import { keyOfMark, markName } from "../sheet/names";
import {
  isFormula,
  isLink,
  type PlanCell,
  type PlanMessage,
  type PlanStyle,
  type SheetPlan,
  type WorkbookPlan,
} from "../sheet/plan";
import { abortError, checkPlan, planCells, sheetCells } from "./guard";
import { readSettingsJson, SETTINGS_SHEET, writeSettingsJson } from "./office-settings";
import { tableFromGrid } from "./grid";
import type { ApplyOptions, ApplyResult, ReadTableOptions, SheetInfo, WorkbookPort } from "../sheet/port";

/** What the host needs from Office: Excel.run and the requirement-set check (injected for tests). */
export interface OfficeDeps {
  run<T>(fn: (ctx: Excel.RequestContext) => Promise<T>): Promise<T>;
  isSetSupported(name: string, version: string): boolean;
  /** Payload budget of one request before a sync (default 4 MB, under Excel on the web's ~5 MB). */
  maxRequestBytes?: number;
  /** Cells read per request when reading a table (default 200 000). */
  readChunkCells?: number;
}

/** The ExcelApi version each optional feature needs. */
export const REQUIREMENTS = {
  marks: "1.4",
  settings: "1.4",
  suspendCalculation: "1.6",
  conditionalFormats: "1.6",
  hyperlinks: "1.7",
  freezePanes: "1.7",
  tabColor: "1.7",
  charts: "1.7",
  chartHiddenData: "1.8",
  dataValidation: "1.8",
  print: "1.9",
  notes: "1.18",
} as const;
type Feature = keyof typeof REQUIREMENTS;

/** French and English names of the features, for "not available" messages. */
const FEATURE_NAMES: Record<Feature, [string, string]> = {
  marks: ["marquage des feuilles CA OP", "CA OP sheet marks"],
  settings: ["réglages du classeur", "workbook settings"],
  suspendCalculation: ["suspension du calcul", "suspended calculation"],
  conditionalFormats: ["mise en forme conditionnelle", "conditional formatting"],
  hyperlinks: ["liens hypertexte de cellule", "cell hyperlinks"],
  freezePanes: ["volets figés", "frozen panes"],
  tabColor: ["couleur d'onglet", "tab colour"],
  charts: ["graphique", "chart"],
  chartHiddenData: ["données masquées dans les graphiques", "hidden data in charts"],
  dataValidation: ["validation des données", "data validation"],
  print: ["mise en page d'impression", "print layout"],
  notes: ["notes de cellule", "cell notes"],
};

const MAX_ROWS = 1048576;
const DEFAULT_BUDGET = 4 * 1000 * 1000;
/** Rows of the first read chunk, whose size tells how many rows fit the next ones. */
const FIRST_READ_ROWS = 256;

/** True for Excel on the web's payload errors (request or response over its ~5 MB limit). */
function isPayloadError(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return code === "RequestPayloadSizeLimitExceeded" || code === "ResponsePayloadSizeLimitExceeded";
}

/** Counts the payload queued since the last sync and syncs before it would pass the budget. */
class Batch {
  bytes = 0;
  syncs = 0;
  constructor(
    private readonly ctx: Excel.RequestContext,
    private readonly budget: number,
    private readonly suspend: boolean,
    private readonly signal?: AbortSignal,
  ) {
    this.begin();
  }

  private begin(): void {
    if (this.suspend) this.ctx.application.suspendApiCalculationUntilNextSync();
  }

  /** Makes room for `bytes` more in the current request (syncing first when it would not fit). */
  async reserve(bytes: number): Promise<void> {
    if (this.bytes > 0 && this.bytes + bytes > this.budget) await this.flush();
    this.bytes += bytes;
  }

  async flush(): Promise<void> {
    if (this.signal?.aborted) throw abortError();
    await this.ctx.sync();
    this.syncs++;
    this.bytes = 0;
    this.begin();
  }
}

/** A plan cell as Office's `range.formulas` takes it: text always quote-prefixed so it never becomes a formula. */
export function officeCell(c: PlanCell): string | number | boolean {
  if (c === null) return "";
  if (isFormula(c)) return c.formula;
  if (isLink(c)) return c.text === "" ? "" : "'" + c.text;
  if (typeof c === "string") return c === "" ? "" : "'" + c;
  return c;
}

/** UTF-8 size of a value once serialised in a request (what the 5 MB limit counts). */
export function sizeOf(v: unknown): number {
  const s = JSON.stringify(v);
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) n += c >= 0x800 ? (c >= 0xd800 && c <= 0xdfff ? 1 : 2) : 1;
  }
  return n;
}

/** Column width in points from Excel character units. */
function points(chars: number): number {
  return Math.round(chars * 5.6 + 4);
}

const ALIGN: Record<NonNullable<PlanStyle["hAlign"]>, "Left" | "Center" | "Right"> = {
  left: "Left",
  center: "Center",
  right: "Right",
};
const VALIGN: Record<NonNullable<PlanStyle["vAlign"]>, "Top" | "Center" | "Bottom"> = {
  top: "Top",
  middle: "Center",
  bottom: "Bottom",
};
const EDGE = { top: "EdgeTop", bottom: "EdgeBottom", left: "EdgeLeft", right: "EdgeRight" } as const;
const OPERATOR = {
  lessThan: "LessThan",
  greaterThan: "GreaterThan",
  equal: "EqualTo",
  between: "Between",
} as const;

/** The Excel host. */
export class OfficeHost implements WorkbookPort {
  /** Syncs made by the last applyPlan (for tests and benchmarks). */
  lastSyncs = 0;
  private readonly deps: OfficeDeps;

  constructor(deps: OfficeDeps) {
    this.deps = deps;
  }

  private has(f: Feature): boolean {
    return this.deps.isSetSupported("ExcelApi", REQUIREMENTS[f]);
  }

  async listSheets(): Promise<SheetInfo[]> {
    return this.deps.run(async (ctx) => {
      const { sheets } = await this.readSheets(ctx);
      return sheets;
    });
  }

  /** Sheet names and product marks, in one sync. */
  private async readSheets(
    ctx: Excel.RequestContext,
  ): Promise<{ sheets: SheetInfo[]; marks: Map<string, string>; staleMarks: string[] }> {
    const wss = ctx.workbook.worksheets;
    wss.load("items/name");
    const names = this.has("marks") ? ctx.workbook.names : null;
    names?.load("items/name,items/value");
    await ctx.sync();
    const marks = new Map<string, string>();
    const staleMarks: string[] = [];
    const existing = new Set(wss.items.map((w) => w.name.toLowerCase()));
    for (const n of names?.items ?? []) {
      const key = keyOfMark(n.name);
      if (!key) continue;
      const ref = splitQualified(String(n.value ?? "").replace(/^=/, ""));
      if (ref.sheet && existing.has(ref.sheet.toLowerCase())) marks.set(ref.sheet.toLowerCase(), key);
      else staleMarks.push(n.name);
    }
    const sheets = wss.items
      .filter((w) => w.name !== SETTINGS_SHEET)
      .map((w) => {
        const key = marks.get(w.name.toLowerCase());
        return key ? { name: w.name, productKey: key } : { name: w.name };
      });
    return { sheets, marks, staleMarks };
  }

  async readTable(opts: ReadTableOptions = {}): Promise<RawTable> {
    return this.deps.run(async (ctx) => {
      let sheetName = opts.sheet;
      if (!sheetName) {
        const { sheets } = await this.readSheets(ctx);
        sheetName = (sheets.find((s) => !s.productKey) ?? sheets[0])?.name;
        if (!sheetName) throw new Error("classeur sans feuille");
      }
      const ws = ctx.workbook.worksheets.getItem(sheetName);
      const used = ws.getUsedRangeOrNullObject(true);
      const area = opts.address ? ws.getRange(opts.address).getIntersectionOrNullObject(used) : used;
      area.load("rowIndex,columnIndex,rowCount,columnCount");
      await ctx.sync();
      const origin = opts.address ? parseRange(opts.address) : { r1: 1, c1: 1 };
      if (area.isNullObject) return tableFromGrid([], { sheet: sheetName, row: origin.r1, col: origin.c1 });
      const values = await this.readRows(ctx, ws, area);
      return tableFromGrid(values, { sheet: sheetName, row: area.rowIndex + 1, col: area.columnIndex + 1 });
    });
  }

  /**
   * The values of a used range, read in row chunks sized from measured bytes: the first chunk is
   * small, the next ones fill about half the response budget at the bytes per row seen so far
   * (long labels make few rows). A chunk Excel on the web still refuses
   * (`ResponsePayloadSizeLimitExceeded` / `RequestPayloadSizeLimitExceeded`,
   * https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling)
   * is halved and read again, down to one row.
   */
  private async readRows(
    ctx: Excel.RequestContext,
    ws: Excel.Worksheet,
    area: Excel.Range,
  ): Promise<CellValue[][]> {
    const budget = (this.deps.maxRequestBytes ?? DEFAULT_BUDGET) / 2;
    const maxRows = Math.max(
      1,
      Math.floor((this.deps.readChunkCells ?? 200_000) / Math.max(1, area.columnCount)),
    );
    let rows = Math.min(maxRows, FIRST_READ_ROWS);
    let bytes = 0;
    const values: CellValue[][] = [];
    for (let r = 0; r < area.rowCount;) {
      const h = Math.min(rows, area.rowCount - r);
      const part = ws.getRangeByIndexes(area.rowIndex + r, area.columnIndex, h, area.columnCount);
      part.load("values");
      try {
        await ctx.sync();
      } catch (e) {
        if (!isPayloadError(e) || h === 1) throw e;
        rows = Math.max(1, Math.floor(h / 2));
        continue;
      }
      bytes += sizeOf(part.values);
      for (const row of part.values) values.push(row.map(fromOffice));
      r += h;
      rows = Math.max(1, Math.min(maxRows, Math.floor(budget / Math.max(1, bytes / r))));
    }
    return values;
  }

  async applyPlan(plan: WorkbookPlan, opts: ApplyOptions = {}): Promise<ApplyResult> {
    return this.deps.run(async (ctx) => {
      const messages: PlanMessage[] = [];
      const missing = new Set<Feature>();
      const can = (f: Feature): boolean => {
        if (this.has(f)) return true;
        if (!missing.has(f)) {
          missing.add(f);
          const [fr, en] = FEATURE_NAMES[f];
          messages.push({
            level: "info",
            code: `unsupported_${f}`,
            fr: format("fr", "unsupported_feature", { feature: fr, version: REQUIREMENTS[f] }),
            en: format("en", "unsupported_feature", { feature: en, version: REQUIREMENTS[f] }),
          });
        }
        return false;
      };
      let syncs = 0;
      const { sheets, staleMarks } = await this.readSheets(ctx);
      syncs++;
      const actions = checkPlan(plan, sheets);
      const wss = ctx.workbook.worksheets;

      // Charts of the sheets being refreshed must be loaded to be deleted: one more sync.
      const charts = new Map<string, Excel.ChartCollection>();
      for (const a of actions) {
        if (a.action !== "replace") continue;
        const c = wss.getItem(a.plan.name).charts;
        c.load("items/name");
        charts.set(a.plan.name, c);
      }
      if (charts.size > 0) {
        await ctx.sync();
        syncs++;
      }

      const batch = new Batch(
        ctx,
        this.deps.maxRequestBytes ?? DEFAULT_BUDGET,
        this.has("suspendCalculation"),
        opts.signal,
      );
      for (const stale of staleMarks) ctx.workbook.names.getItem(stale).delete();
      const total = planCells(plan);
      let done = 0;
      for (const { plan: p, action } of actions) {
        if (opts.signal?.aborted) throw abortError();
        let ws: Excel.Worksheet;
        if (action === "create") {
          ws = wss.add(p.name);
          if (can("marks")) {
            const name = ctx.workbook.names.add(markName(p.key), ws.getRange("A1"));
            name.visible = false;
          }
        } else {
          ws = wss.getItem(p.name);
          if (action === "replace") this.clearSheet(ws, charts.get(p.name));
          else clearOwned(ws, p);
        }
        // Progress inside a sheet too, after each request-sized chunk of values (a data sheet of
        // 100,000 rows is most of the work): the pane's bar moves on instead of jumping at the end.
        const before = done;
        const tick = (cells: number): void =>
          opts.onProgress?.({
            done: before + cells,
            total,
            code: "progress_writing",
            args: { sheet: p.name },
          });
        await this.writeSheet(ws, p, batch, can, tick);
        done += sheetCells(p);
        opts.onProgress?.({ done, total, code: "progress_writing", args: { sheet: p.name } });
      }
      if (plan.activate) wss.getItem(plan.activate).activate();
      await batch.flush();
      this.lastSyncs = syncs + batch.syncs;
      return { sheets: plan.sheets.map((p) => ({ key: p.key, name: p.name })), messages };
    });
  }

  /** Empties a product sheet in place (user formulas pointing at it keep working). */
  private clearSheet(ws: Excel.Worksheet, charts: Excel.ChartCollection | undefined): void {
    const all = ws.getRange();
    if (this.has("conditionalFormats")) all.conditionalFormats.clearAll();
    if (this.has("dataValidation")) all.dataValidation.clear();
    all.unmerge();
    all.clear("All");
    all.columnHidden = false;
    all.rowHidden = false;
    if (this.has("freezePanes")) ws.freezePanes.unfreeze();
    for (const c of charts?.items ?? []) c.delete();
  }

  /** Writes one sheet's plan: values and links, then layout, rules, charts, notes and print setup. */
  private async writeSheet(
    ws: Excel.Worksheet,
    p: SheetPlan,
    batch: Batch,
    can: (f: Feature) => boolean,
    tick?: (cells: number) => void,
  ): Promise<void> {
    await this.writeValues(ws, p, batch, can, tick);
    await this.writeLayout(ws, p, batch, can);
    await this.writeRules(ws, p, batch, can);
    await this.writeCharts(ws, p, batch, can);
    await this.writeNotesAndPrint(ws, p, batch, can);
  }

  /** Values and formulas in row chunks that fit a request, then the links between sheets. */
  private async writeValues(
    ws: Excel.Worksheet,
    p: SheetPlan,
    batch: Batch,
    can: (f: Feature) => boolean,
    tick?: (cells: number) => void,
  ): Promise<void> {
    let cells = 0;
    // Values and formulas, in row chunks that fit a request.
    const links: { row: number; col: number; text: string; sheet: string; cell: string }[] = [];
    for (const b of p.blocks) {
      const width = b.cells.reduce((w, r) => Math.max(w, r.length), 0);
      if (width === 0) continue;
      let start = 0;
      let rows: (string | number | boolean)[][] = [];
      let bytes = 0;
      const budget = Math.max(1024, (this.deps.maxRequestBytes ?? DEFAULT_BUDGET) / 2);
      const put = async (): Promise<void> => {
        if (rows.length === 0) return;
        await batch.reserve(bytes);
        ws.getRangeByIndexes(b.row - 1 + start, b.col - 1, rows.length, width).formulas = rows;
        // Cells of the plan (rows as long as the plan wrote them), the unit of planCells.
        for (let i = 0; i < rows.length; i++) cells += b.cells[start + i]?.length ?? 0;
        start += rows.length;
        tick?.(cells);
        rows = [];
        bytes = 0;
      };
      for (let i = 0; i < b.cells.length; i++) {
        const src = b.cells[i];
        const row: (string | number | boolean)[] = new Array(width);
        for (let j = 0; j < width; j++) {
          const c = src[j] ?? null;
          row[j] = officeCell(c);
          if (isLink(c)) links.push({ row: b.row + i, col: b.col + j, text: c.text, ...c.link });
        }
        const size = sizeOf(row) + 1;
        if (bytes + size > budget) await put();
        rows.push(row);
        bytes += size;
      }
      await put();
    }
    for (const l of links) {
      await batch.reserve(200);
      const target = qualified(l.sheet, l.cell);
      const cell = ws.getRange(a1(l.row, l.col));
      if (can("hyperlinks")) cell.hyperlink = { documentReference: target, textToDisplay: l.text };
      else cell.formulas = [[`=HYPERLINK("#${target.replace(/"/g, '""')}","${l.text.replace(/"/g, '""')}")`]];
    }
  }

  /** Number formats (in row chunks), styles, merges, column widths, row heights, freeze panes. */
  private async writeLayout(
    ws: Excel.Worksheet,
    p: SheetPlan,
    batch: Batch,
    can: (f: Feature) => boolean,
  ): Promise<void> {
    for (const f of p.formats) {
      const r = parseRange(f.range);
      const range = ws.getRange(f.range);
      if (f.numberFormat) {
        // numberFormat takes one code per cell: sent in row chunks like values.
        const width = r.c2 - r.c1 + 1;
        const perRow = (sizeOf(f.numberFormat) + 1) * width + 2;
        const step = Math.max(1, Math.floor((this.deps.maxRequestBytes ?? DEFAULT_BUDGET) / 2 / perRow));
        for (let row = r.r1; row <= r.r2; row += step) {
          const h = Math.min(step, r.r2 - row + 1);
          await batch.reserve(perRow * h);
          ws.getRangeByIndexes(row - 1, r.c1 - 1, h, width).numberFormat = Array.from({ length: h }, () =>
            new Array<string>(width).fill(f.numberFormat as string),
          );
        }
      }
      if (f.style) {
        await batch.reserve(300);
        applyStyle(range, f.style, r.r1 !== r.r2 || r.c1 !== r.c2);
      }
    }
    for (const m of p.merges) {
      await batch.reserve(80);
      ws.getRange(m).merge(false);
    }
    for (const c of p.columns) {
      await batch.reserve(80);
      const col = ws.getRange(`${colLetter(c.col)}:${colLetter(c.col)}`);
      if (c.width !== undefined) col.format.columnWidth = points(c.width);
      if (c.hidden !== undefined) col.columnHidden = c.hidden;
    }
    for (const h of p.rowHeights) {
      await batch.reserve(80);
      ws.getRange(`${h.row}:${h.row}`).format.rowHeight = h.height;
    }
    // Range.rowHidden (ExcelApi 1.2) on whole rows; Excel does not print hidden rows.
    for (const r of p.hiddenRows) {
      await batch.reserve(60);
      ws.getRange(`${r}:${r}`).rowHidden = true;
    }
    if (p.freeze && (p.freeze.rows > 0 || p.freeze.cols > 0) && can("freezePanes")) {
      const rows = Math.max(1, p.freeze.rows);
      const cols = Math.max(1, p.freeze.cols);
      if (p.freeze.cols === 0) ws.freezePanes.freezeRows(p.freeze.rows);
      else if (p.freeze.rows === 0) ws.freezePanes.freezeColumns(p.freeze.cols);
      else ws.freezePanes.freezeAt(ws.getRange(`A1:${a1(rows, cols)}`));
    }
  }

  /** Conditional formats and data validations. */
  private async writeRules(
    ws: Excel.Worksheet,
    p: SheetPlan,
    batch: Batch,
    can: (f: Feature) => boolean,
  ): Promise<void> {
    if (p.conditionalFormats.length > 0 && can("conditionalFormats")) {
      for (const cf of p.conditionalFormats) {
        await batch.reserve(400);
        const range = ws.getRange(cf.range);
        if (cf.rule.type === "cellIs") {
          const f = range.conditionalFormats.add("CellValue");
          const [v1, v2] = cf.rule.values;
          f.cellValue.rule = {
            formula1: String(v1),
            ...(v2 !== undefined ? { formula2: String(v2) } : {}),
            operator: OPERATOR[cf.rule.operator],
          };
          applyConditionalStyle(f.cellValue.format, cf.style);
        } else {
          const f = range.conditionalFormats.add("Custom");
          f.custom.rule.formula = "=" + cf.rule.formula;
          applyConditionalStyle(f.custom.format, cf.style);
        }
      }
    }
    if (p.validations.length > 0 && can("dataValidation")) {
      for (const v of p.validations) {
        await batch.reserve(300);
        const dv = ws.getRange(v.range).dataValidation;
        dv.rule = { list: { inCellDropDown: true, source: v.list.join(",") } };
        if (v.prompt) dv.prompt = { showPrompt: true, message: v.prompt, title: "CA OP" };
      }
    }
  }

  /** Charts (N vs N-1 by month), plotting the hidden helper columns. */
  private async writeCharts(
    ws: Excel.Worksheet,
    p: SheetPlan,
    batch: Batch,
    can: (f: Feature) => boolean,
  ): Promise<void> {
    if (p.charts.length > 0 && can("charts")) {
      for (const c of p.charts) {
        await batch.reserve(600);
        const chart = ws.charts.add(
          c.type === "line" ? "Line" : "ColumnClustered",
          ws.getRange(c.series[0].values),
          "Columns",
        );
        chart.title.text = c.title;
        const first = chart.series.getItemAt(0);
        first.name = c.series[0].name;
        first.setXAxisValues(ws.getRange(c.categories));
        for (const s of c.series.slice(1)) {
          const added = chart.series.add(s.name);
          added.setValues(ws.getRange(s.values));
          added.setXAxisValues(ws.getRange(c.categories));
        }
        // The N-1 series lives in a hidden helper column: charts must plot hidden cells.
        if (can("chartHiddenData")) chart.plotVisibleOnly = false;
        const tl = parseRange(c.anchor.cell);
        chart.setPosition(c.anchor.cell, a1(tl.r1 + c.anchor.rows - 1, tl.c1 + c.anchor.cols - 1));
      }
    }
  }

  /** Notes, print setup and tab colour. */
  private async writeNotesAndPrint(
    ws: Excel.Worksheet,
    p: SheetPlan,
    batch: Batch,
    can: (f: Feature) => boolean,
  ): Promise<void> {
    if (p.notes.length > 0 && can("notes")) {
      for (const n of p.notes) {
        await batch.reserve(n.text.length + 100);
        ws.notes.add(n.cell, n.text);
      }
    }
    if (p.print && can("print")) {
      await batch.reserve(300);
      ws.pageLayout.orientation = p.print.orientation === "landscape" ? "Landscape" : "Portrait";
      ws.pageLayout.zoom = {
        horizontalFitToPages: p.print.fitToWidth,
        verticalFitToPages: p.print.fitToHeight,
      };
      if (p.print.printArea) ws.pageLayout.setPrintArea(p.print.printArea);
      if (p.print.printTitleRows) {
        const [a, b] = p.print.printTitleRows.split(":");
        ws.pageLayout.setPrintTitleRows(`$${a}:$${b}`);
      }
    }
    if (p.tabColor && can("tabColor")) ws.tabColor = p.tabColor;
  }

  /** Settings from the very hidden sheet every host shares (old add-in settings moved there once). */
  async loadSettings(): Promise<CaopSettings> {
    if (!this.has("settings")) return parseSettings(null);
    return this.deps.run(async (ctx) => parseSettings(await readSettingsJson(ctx, true)));
  }

  /** Settings into the very hidden sheet, readable by the CLI, the functions and any install of the add-in. */
  async saveSettings(s: CaopSettings): Promise<void> {
    if (!this.has("settings")) throw new Error("réglages du classeur indisponibles (ExcelApi 1.4 requis)");
    await this.deps.run((ctx) => writeSettingsJson(ctx, settingsJson(s)));
  }
}

/** Empties the product's columns of a data sheet from the plan's first owned row to the last row. */
function clearOwned(ws: Excel.Worksheet, p: SheetPlan): void {
  const from = p.ownedFromRow ?? 1;
  for (const c of p.ownedColumns ?? []) {
    ws.getRangeByIndexes(from - 1, c - 1, MAX_ROWS - from + 1, 1).clear("Contents");
  }
}

/** A table cell from an Office value ("" is an empty cell; dates already come as serials). */
function fromOffice(v: unknown): CellValue {
  if (v === "" || v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "boolean") return v;
  const s = String(v);
  return /^#(N\/A|VALUE!|REF!|DIV\/0!|NUM!|NAME\?|NULL!|SPILL!|CALC!|BUSY!|GETTING_DATA)$/.test(s)
    ? { error: s }
    : s;
}

/** Applies a plan style to a range (borders inside too when the range has several cells). */
function applyStyle(range: Excel.Range, s: PlanStyle, multi: boolean): void {
  const f = range.format;
  if (s.bold !== undefined) f.font.bold = s.bold;
  if (s.italic !== undefined) f.font.italic = s.italic;
  if (s.fontSize) f.font.size = s.fontSize;
  if (s.fontColor) f.font.color = s.fontColor;
  if (s.fill) f.fill.color = s.fill;
  if (s.hAlign) f.horizontalAlignment = ALIGN[s.hAlign];
  if (s.vAlign) f.verticalAlignment = VALIGN[s.vAlign];
  if (s.wrap !== undefined) f.wrapText = s.wrap;
  if (s.border) {
    const sides: string[] = s.border.map((b) => EDGE[b]);
    if (multi && s.border.length === 4) sides.push("InsideHorizontal", "InsideVertical");
    for (const side of sides) {
      const b = f.borders.getItem(side as Excel.BorderIndex);
      b.style = "Continuous";
      b.color = "#BFBFBF";
    }
  }
}

/** Font and fill of a conditional format. */
function applyConditionalStyle(f: Excel.ConditionalRangeFormat, s: PlanStyle): void {
  if (s.fontColor) f.font.color = s.fontColor;
  if (s.bold !== undefined) f.font.bold = s.bold;
  if (s.fill) f.fill.color = s.fill;
}

/** The host over the real Office globals (task pane, ribbon command). */
export function createOfficeHost(): OfficeHost {
  return new OfficeHost({
    run: (fn) => Excel.run(fn),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
  });
}
