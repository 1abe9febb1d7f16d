/**
 * The streaming file host of `caop dashboard` on a CSV/FEC file: the data stays as the reader's
 * table, plans are kept as plain data, and save() writes the .xlsx with ExcelJS's streaming
 * WorkbookWriter: the data sheet row by row (plain rows as UTF-8 bytes by sheet-rows.ts, fed to the
 * zip as they are written, with back-pressure, so neither ExcelJS cells nor the sheet's XML pile
 * up), then the product sheets with their charts (xlsx-chart.ts parts, added as the zip is written),
 * their marks (defined names) and the very hidden settings sheet. Same parts as
 * XlsxHost.fromTable + save, in bounded memory.
 */
import ExcelJS from "exceljs";
import { parseSettings, settingsJson, type CaopSettings } from "../core/settings";
import type { CellValue, RawTable } from "../core/types";
import { parseCell, parseRange, qualified } from "../sheet/a1";
import { markName, SHEET_NAMES } from "../sheet/names";
import type { PlanMessage, SheetPlan, WorkbookPlan } from "../sheet/plan";
import type { ApplyOptions, ApplyResult, ReadTableOptions, SheetInfo, WorkbookPort } from "../sheet/port";
import { settingsChunks } from "../sheet/settings-cells";
import { tableFromGrid } from "./grid";
import { abortError, checkPlan, planCells, sheetCells } from "./guard";
import type { XlsxHostOptions } from "./xlsx";
import { PlainRowXml, plainOfPlanCell, type PlainValue, type RowFormat } from "./sheet-rows";
import {
  fromExcel,
  listValidation,
  setPlanCell,
  sheetOptions,
  StyleCache,
  toExcel,
  writeSheet,
  writeSheetLevel,
} from "./xlsx-write";
import { sheetChartParts } from "./xlsx-chart";

/**
 * Bytes of row XML handed to the sheet's stream at once; the writer then yields to the event loop
 * so the zip (deflate runs on libuv's thread pool) works while the next rows are built.
 */
const BYTES_PER_WRITE = 1 << 20;
/** Rows through ExcelJS between two waits for the zip. */
const ROWS_PER_YIELD = 5000;
/** Bytes the zip may hold unread before the writer waits for it to drain (back-pressure). */
const MAX_UNREAD = 1 << 22;

/** Options of StreamXlsxHost. */
export interface StreamXlsxOptions extends XlsxHostOptions {
  /** Every data row through ExcelJS, none as hand-written XML: the reference the fast path is tested against. */
  excelJsRows?: boolean;
}

/** A WorkbookPort over a table read from a file, written to .xlsx by streaming. */
export class StreamXlsxHost implements WorkbookPort {
  private readonly cacheValues: boolean;
  private readonly excelJsRows: boolean;
  private dataPlan: SheetPlan | undefined;
  private readonly products: SheetPlan[] = [];
  private settings: CaopSettings | undefined;
  private activate: string | undefined;

  constructor(
    private readonly table: RawTable,
    /** Name of the data sheet holding the table (header on row 1). */
    readonly dataSheet: string,
    options: StreamXlsxOptions = {},
  ) {
    this.cacheValues = options.cacheValues ?? true;
    this.excelJsRows = options.excelJsRows ?? false;
  }

  /** True once settings were saved (a fresh table has none). */
  hasSettings(): boolean {
    return this.settings !== undefined;
  }

  async listSheets(): Promise<SheetInfo[]> {
    return [{ name: this.dataSheet }, ...this.products.map((p) => ({ name: p.name, productKey: p.key }))];
  }

  async readTable(opts: ReadTableOptions = {}): Promise<RawTable> {
    if (opts.sheet !== undefined && opts.sheet.toLowerCase() !== this.dataSheet.toLowerCase())
      throw new Error(`feuille introuvable : ${opts.sheet}`);
    // The values XlsxHost would read back from the ExcelJS copy: dates as serials, errors as copies.
    const same = (v: CellValue): boolean => v === null || (typeof v !== "object" && v !== undefined);
    const width = this.table.rows.reduce((w, r) => Math.max(w, r.length), this.table.headers.length);
    const r = opts.address
      ? parseRange(opts.address)
      : { r1: 1, c1: 1, r2: this.table.rows.length + 1, c2: width };
    const grid: CellValue[][] = [];
    for (let row = r.r1; row <= Math.min(r.r2, this.table.rows.length + 1); row++) {
      const src: readonly CellValue[] = row === 1 ? this.table.headers : this.table.rows[row - 2];
      const part = r.c1 === 1 && src.length <= r.c2 ? src : src.slice(r.c1 - 1, r.c2);
      grid.push(part.every(same) ? (part as CellValue[]) : part.map((v) => fromExcel(toExcel(v), false)));
    }
    return tableFromGrid(grid, { sheet: this.dataSheet, row: r.r1, col: r.c1 });
  }

  async applyPlan(plan: WorkbookPlan, opts: ApplyOptions = {}): Promise<ApplyResult> {
    const actions = checkPlan(plan, await this.listSheets());
    const messages: PlanMessage[] = [];
    const total = planCells(plan);
    let done = 0;
    for (const { plan: p } of actions) {
      if (opts.signal?.aborted) throw abortError();
      if (p.name === this.dataSheet) this.dataPlan = p;
      else {
        const i = this.products.findIndex((x) => x.name === p.name);
        if (i >= 0) this.products[i] = p;
        else this.products.push(p);
      }
      done += sheetCells(p);
      opts.onProgress?.({ done, total, code: "progress_writing", args: { sheet: p.name } });
    }
    if (plan.activate) this.activate = plan.activate;
    return { sheets: plan.sheets.map((p) => ({ key: p.key, name: p.name })), messages };
  }

  async loadSettings(): Promise<CaopSettings> {
    return parseSettings(this.settings ? settingsJson(this.settings) : null);
  }

  async saveSettings(s: CaopSettings): Promise<void> {
    this.settings = s;
  }

  /** Streams the workbook to a file: data sheet, product sheets with their marks, settings. */
  async save(path: string): Promise<void> {
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
      filename: path,
      useStyles: true,
      useSharedStrings: true,
      // Fast deflate: level 1 saves about a quarter of the write time for a file ~5 % larger.
      // Output chunks of 256 KB: a few hundred writes to the file instead of thousands.
      zip: { zlib: { level: 1, chunkSize: 1 << 18 } },
    });
    const zip = new ZipTap(wb);
    // The data sheet's strings are written in their cells (t="str", as SheetJS does): a shared-string
    // table of a million distinct texts would be held in memory and serialised as one string at the end.
    const dataOptions: Partial<ExcelJS.AddWorksheetOptions> & { useSharedStrings: boolean } = {
      useSharedStrings: false,
      views: [{ state: "frozen", ySplit: 1 }],
      ...(this.dataPlan ? sheetOptions(this.dataPlan) : {}),
    };
    const data = wb.addWorksheet(this.dataSheet, dataOptions);
    await streamDataSheet(wb, data, this.table, this.dataPlan, this.cacheValues, this.excelJsRows);
    data.commit();
    for (const p of this.products) {
      const charted = p.charts.length > 0 ? zip.hold(wb) : 0;
      const ws = wb.addWorksheet(p.name, sheetOptions(p));
      writeSheet(ws, p, this.cacheValues, true);
      ws.commit();
      if (charted) zip.addCharts(charted, ws.id, p);
      wb.definedNames.add(qualified(p.name, "$A$1"), markName(p.key));
    }
    if (this.settings) {
      const ws = wb.addWorksheet(SHEET_NAMES.settings, { state: "veryHidden" });
      settingsChunks(settingsJson(this.settings)).forEach((piece, r) => (ws.getCell(r + 1, 1).value = piece));
      ws.commit();
    }
    const names = [this.dataSheet, ...this.products.map((p) => p.name)];
    const active = this.activate === undefined ? -1 : names.indexOf(this.activate);
    if (active >= 0)
      wb.views = [{ activeTab: active, firstSheet: 0, visibility: "visible" } as ExcelJS.WorkbookView];
    await wb.commit();
  }
}

/** What ExcelJS's streaming writer hands its zip (archiver): a text, a buffer or a stream. */
type ZipSource = string | Buffer | { read(): Buffer | null };

/**
 * The streaming writer's zip seen at its append calls. It asks Excel to recalculate on open, like
 * XlsxHost (the streaming writer writes an empty calcPr). It adds the charts while the file is
 * written (ExcelJS writes none): a chart sheet's XML and relationships, a few kilobytes, are held
 * back until the sheet is committed, then appended with its `<drawing>` beside the chart parts and
 * listed in [Content_Types].xml — the parts addChartsToXlsx would give, without reading the
 * written file back.
 */
class ZipTap {
  private readonly append: (src: ZipSource, data: { name: string }) => unknown;
  /** Streams held back by name (ExcelJS's names: "/xl/worksheets/sheet5.xml"). */
  private readonly held = new Map<string, ZipSource | null>();
  /** Chart parts added so far, and their content types. */
  private readonly added = new Set<string>();
  private readonly types: string[] = [];

  constructor(wb: ExcelJS.stream.xlsx.WorkbookWriter) {
    const zip = (wb as unknown as { zip: { append: ZipTap["append"] } }).zip;
    this.append = zip.append.bind(zip);
    zip.append = (src, data) => {
      if (this.held.has(data.name)) return void this.held.set(data.name, src);
      if (data.name === "/xl/workbook.xml" && typeof src === "string") return this.append(recalc(src), data);
      if (data.name === "[Content_Types].xml" && typeof src === "string" && this.types.length > 0)
        return this.append(src.replace("</Types>", `${this.types.join("")}</Types>`), data);
      return this.append(src, data);
    };
  }

  /** Holds back the XML and relationships of the next sheet ExcelJS adds; its id. */
  hold(wb: ExcelJS.stream.xlsx.WorkbookWriter): number {
    const id = (wb as unknown as { nextId: number }).nextId;
    this.held.set(`/xl/worksheets/sheet${id}.xml`, null);
    this.held.set(`/xl/worksheets/_rels/sheet${id}.xml.rels`, null);
    return id;
  }

  /** Appends a committed sheet's held parts with its charts, and the chart parts. */
  addCharts(id: number, wsId: number, p: SheetPlan): void {
    if (id !== wsId) throw new Error(`feuille ${p.name} : numéro ${wsId} au lieu de ${id}`);
    const text = (name: string): string => {
      const src = this.held.get(name) ?? "";
      this.held.delete(name);
      return typeof src === "string"
        ? src
        : (Buffer.isBuffer(src) ? src : (src.read() ?? "")).toString("utf8");
    };
    const sheetPath = `xl/worksheets/sheet${id}.xml`;
    const sheetXml = text(`/${sheetPath}`);
    const rels = text(`/xl/worksheets/_rels/sheet${id}.xml.rels`);
    const out = sheetChartParts(sheetPath, sheetXml, rels, p, (name) => this.added.has(name));
    this.append(out.sheetXml, { name: sheetPath });
    this.append(out.rels.xml, { name: out.rels.path });
    for (const part of out.parts) {
      this.added.add(part.path);
      this.append(part.xml, { name: part.path });
    }
    this.types.push(...out.types);
  }
}

/** The workbook part asking Excel to recalculate on open (fullCalcOnLoad added to calcPr). */
function recalc(workbookXml: string): string {
  return workbookXml.replace(/<calcPr([^>]*?)\/>/, (m, attrs: string) =>
    attrs.includes("fullCalcOnLoad") ? m : `<calcPr${attrs} fullCalcOnLoad="1"/>`,
  );
}

/** The parts of ExcelJS's StreamBuf (a worksheet's stream) the writer reaches. */
interface SheetStream {
  write(bytes: Buffer): unknown;
  uncork(): void;
  batch?: boolean;
  pipes?: Pipe[];
}

/**
 * Writes bytes of the sheet's XML. Once the zip reads the sheet, straight to the zip's stream in
 * large chunks, after whatever ExcelJS's StreamBuf still holds (uncork sends it, in order): the
 * StreamBuf would copy them into 64 KB buffers and the deflate stream take them 64 KB at a time.
 * Before that, into the StreamBuf as ExcelJS's own rows.
 */
function writeSheetBytes(ws: ExcelJS.Worksheet, bytes: Buffer): void {
  const stream = (ws as unknown as { stream: SheetStream }).stream;
  const pipes = stream.pipes ?? [];
  if (stream.batch === true && pipes.length === 1) {
    stream.uncork();
    (pipes[0] as unknown as { write(b: Buffer): boolean }).write(bytes);
  } else stream.write(bytes);
}

/** The writable state of a stream from Node or from readable-stream 2 (no writableLength there). */
interface Pipe extends NodeJS.EventEmitter {
  writableLength?: number;
  _writableState?: { length: number };
}

/**
 * Lets the zip take the sheet's XML written so far: yields once, then, when the zip holds more
 * than MAX_UNREAD bytes unread, waits until it has drained them (the streaming writer ignores
 * back-pressure, so without this the whole sheet would pile up in memory), at most 2 s per call.
 */
async function drained(ws: ExcelJS.Worksheet): Promise<void> {
  await new Promise<void>((resolve) => setImmediate(resolve));
  const pipes = (ws as unknown as { stream?: { pipes?: Pipe[] } }).stream?.pipes ?? [];
  for (const pipe of pipes) {
    if ((pipe.writableLength ?? pipe._writableState?.length ?? 0) <= MAX_UNREAD) continue;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(done, 2000);
      function done(): void {
        clearTimeout(timer);
        pipe.off("drain", done);
        resolve();
      }
      pipe.once("drain", done);
    });
  }
}

/**
 * Writes the data sheet row by row: the table's values (the owned columns left empty from
 * ownedFromRow, as XlsxHost clears them), the tagging plan's cells, formats and validations of the
 * row. Rows of plain values are written as XML by PlainRowXml (the same bytes as ExcelJS, a
 * fraction of the time); the header, rows ExcelJS already holds (merges, notes, heights) and rows
 * with anything else go through ExcelJS and are committed one by one. Merges, notes and row heights
 * are few and placed before the rows.
 */
async function streamDataSheet(
  wb: ExcelJS.stream.xlsx.WorkbookWriter,
  ws: ExcelJS.Worksheet,
  table: RawTable,
  p: SheetPlan | undefined,
  cacheValues: boolean,
  excelJsRows: boolean,
): Promise<void> {
  const rows = new DataRows(table, p);
  const touched = new Set<number>([1]);
  if (p) {
    writeSheetLevel(ws, p, true);
    for (const m of p.merges) {
      ws.mergeCells(m);
      const r = parseRange(m);
      for (let row = r.r1; row <= r.r2; row++) touched.add(row);
    }
    for (const h of p.rowHeights) {
      ws.getRow(h.row).height = h.height;
      touched.add(h.row);
    }
    for (const n of p.notes) {
      ws.getCell(n.cell).note = n.text;
      touched.add(parseCell(n.cell).row);
    }
    // Hidden helper rows go through ExcelJS, which writes their hidden attribute.
    for (const h of p.hiddenRows ?? []) touched.add(h);
  }
  const xml = new PlainRowXml(wb, rows.formats);
  const flush = (): void => {
    if (xml.pending > 0) writeSheetBytes(ws, xml.take());
  };
  const styles = new StyleCache();
  let excelRows = 0;
  for (let r = 1; r <= rows.last; r++) {
    const plain = excelJsRows || touched.has(r) ? null : rows.plain(r);
    if (plain) {
      for (let c = 1; c < plain.length; c++) {
        const v = plain[c];
        if (v !== undefined) xml.cell(c, v);
      }
      xml.end(r);
      if (xml.pending < BYTES_PER_WRITE) continue;
      flush();
      await drained(ws);
    } else {
      flush();
      writeExcelRow(ws.getRow(r), r, rows, styles, cacheValues);
      // Rows through ExcelJS are written to the stream at once: the zip is let drain now and then.
      if (++excelRows % ROWS_PER_YIELD === 0) await drained(ws);
    }
  }
  flush();
}

/** One row through ExcelJS (header, rows with notes, merges, formulas…), committed at once. */
function writeExcelRow(
  row: ExcelJS.Row,
  r: number,
  rows: DataRows,
  styles: StyleCache,
  cacheValues: boolean,
): void {
  const src: readonly CellValue[] | undefined = r === 1 ? rows.table.headers : rows.table.rows[r - 2];
  for (let j = 0; j < (src?.length ?? 0); j++) {
    const v = toExcel((src as readonly CellValue[])[j]);
    if (v !== null && !rows.isOwned(r, j + 1)) row.getCell(j + 1).value = v;
  }
  if (r === 1) row.font = { bold: true };
  if (rows.hidden.has(r)) row.hidden = true;
  for (const b of rows.blocks) {
    const cells = b.cells[r - b.row];
    if (cells === undefined) continue;
    for (let j = 0; j < cells.length; j++) setPlanCell(row.getCell(b.col + j), cells[j], cacheValues);
  }
  for (const f of rows.formats) {
    if (r < f.r1 || r > f.r2) continue;
    for (let c = f.c1; c <= f.c2; c++) {
      const cell = row.getCell(c);
      if (f.numberFormat) cell.numFmt = f.numberFormat;
      if (f.style) styles.apply(cell, f.style);
    }
  }
  for (const { dv, r: a } of rows.validations) {
    if (r >= a.r1 && r <= a.r2) for (let c = a.c1; c <= a.c2; c++) row.getCell(c).dataValidation = dv;
  }
  row.commit();
}

/** The data sheet's content row by row: the table, the plan's blocks, formats and validations. */
class DataRows {
  readonly blocks: SheetPlan["blocks"];
  readonly formats: RowFormat[];
  readonly validations: { dv: ExcelJS.DataValidation; r: ReturnType<typeof parseRange> }[];
  /** Last row with anything to write. */
  readonly last: number;
  /** Helper rows hidden from view and print (plan.hiddenRows). */
  readonly hidden: ReadonlySet<number>;
  private readonly owned: Set<number>;
  private readonly ownedFrom: number;
  /** The row plain() gives, reused from row to row. */
  private readonly out: (PlainValue | undefined)[];

  constructor(
    readonly table: RawTable,
    p: SheetPlan | undefined,
  ) {
    this.owned = new Set(p?.ownedColumns ?? []);
    this.ownedFrom = p?.ownedFromRow ?? 1;
    this.blocks = p?.blocks ?? [];
    this.formats = (p?.formats ?? []).map((f) => ({
      ...parseRange(f.range),
      numberFormat: f.numberFormat,
      style: f.style,
    }));
    this.validations = (p?.validations ?? []).map((v) => ({ dv: listValidation(v), r: parseRange(v.range) }));
    this.hidden = new Set(p?.hiddenRows ?? []);
    this.last = Math.max(
      ...this.hidden,
      table.rows.length + 1,
      ...this.blocks.map((b) => b.row + b.cells.length - 1),
      ...this.formats.map((x) => x.r2),
      ...this.validations.map((x) => x.r.r2),
    );
    // A loop, not Math.max(...): a block has a million rows.
    let width = Math.max(table.headers.length, ...this.formats.map((x) => x.c2));
    for (const b of this.blocks) for (const row of b.cells) width = Math.max(width, b.col + row.length - 1);
    this.out = new Array<PlainValue | undefined>(width + 1).fill(undefined);
  }

  /** True when column `col` of row `r` is the product's and is written empty (XlsxHost clears it). */
  isOwned(r: number, col: number): boolean {
    return r >= this.ownedFrom && this.owned.has(col);
  }

  /**
   * Row r's cells by column (index 1 on): a plain value, null for a cell without value (a block's
   * empty cell, a formatted cell), undefined for no cell; null when the row needs ExcelJS (a
   * formula, a link, a date, a validation). The array is reused by the next call.
   */
  plain(r: number): (PlainValue | undefined)[] | null {
    for (const { r: a } of this.validations) if (r >= a.r1 && r <= a.r2) return null;
    const out = this.out;
    out.fill(undefined);
    const src = this.table.rows[r - 2];
    if (src !== undefined) {
      const owning = r >= this.ownedFrom && this.owned.size > 0;
      for (let j = 0; j < src.length; j++) {
        const x = src[j];
        if (x === null || x === undefined || (owning && this.owned.has(j + 1))) continue;
        // Texts, numbers and booleans as they are; an error as its copy; a date needs ExcelJS.
        if (typeof x !== "object") out[j + 1] = x;
        else if (x instanceof Date) return null;
        else out[j + 1] = toExcel(x) as PlainValue;
      }
    }
    for (const b of this.blocks) {
      const cells = b.cells[r - b.row];
      if (cells === undefined) continue;
      for (let j = 0; j < cells.length; j++) {
        const v = plainOfPlanCell(cells[j]);
        if (v === undefined) return null;
        out[b.col + j] = v;
      }
    }
    for (const f of this.formats) {
      if (r < f.r1 || r > f.r2) continue;
      for (let c = f.c1; c <= f.c2; c++) if (out[c] === undefined) out[c] = null;
    }
    return out;
  }
}
