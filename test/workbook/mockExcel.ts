/**
 * A mock of the part of Excel's JavaScript API the Office host uses, for tests without Excel.
 * It counts `context.sync()` calls and the payload of each request, makes loaded properties
 * readable only after a sync (like Office.js), and enters values the way Excel's grid does: a
 * string starting with "=" becomes a formula, "+", "-" or "@" too (flagged unsafe), a number-like
 * string becomes a number, a leading apostrophe keeps the rest as text.
 */
import { colLetter, colNumber } from "../../src/sheet/a1";

/** One cell of the mock grid. */
export interface MockCell {
  value: string | number | boolean | null;
  formula?: string;
  /** True when a string the host wrote was turned into a formula by Excel's entry rules. */
  unsafe?: boolean;
  numberFormat?: string;
  hyperlink?: { documentReference?: string; textToDisplay?: string };
}

export interface MockChart {
  type: string;
  title: { text: string };
  series: { name: string; values?: string; categories?: string }[];
  plotVisibleOnly: boolean;
  position?: [string, string];
  deleted: boolean;
}

/** A sheet of the mock workbook. */
export class MockSheetState {
  cells = new Map<string, MockCell>();
  merges: string[] = [];
  conditionalFormats: { range: string; type: string; rule: unknown; format: unknown }[] = [];
  validations: { range: string; rule: unknown; prompt?: unknown }[] = [];
  charts: MockChart[] = [];
  notes: { cell: string; text: string }[] = [];
  hiddenColumns = new Set<number>();
  hiddenRows = new Set<number>();
  columnWidths = new Map<number, number>();
  frozen: string | null = null;
  printArea: string | null = null;
  tabColor = "";
  /** Excel.SheetVisibility: "Visible", "Hidden" or "VeryHidden" (ExcelApi 1.1). */
  visibility = "Visible";
  /** Handlers added through Worksheet.onChanged (ExcelApi 1.7). */
  changed: (() => Promise<void> | void)[] = [];
  constructor(public name: string) {}

  get(row: number, col: number): MockCell | undefined {
    return this.cells.get(`${row},${col}`);
  }
}

const MAX_ROWS = 1048576;
const MAX_COLS = 16384;

/**
 * Excel on the web limits each request and each response to 5 MB; over it a sync fails with
 * `RequestPayloadSizeLimitExceeded` / `ResponsePayloadSizeLimitExceeded` ("This error only occurs in
 * Excel on the web": https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling,
 * limits: https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins).
 * The mock counts 5,000,000 bytes, the strict reading of "5 MB".
 */
export const PAYLOAD_LIMIT = 5_000_000;

/** "Total number of characters that a cell can contain: 32,767" (Excel specifications and limits). */
export const CELL_TEXT_LIMIT = 32_767;

/** Parses "B5", "B5:D9", "J:J", "4:4" into 0-based row/col and size. */
function parseAddress(address: string): { r: number; c: number; h: number; w: number } {
  const a = address.replace(/\$/g, "").replace(/^.*!/, "");
  const [p, q = p] = a.split(":");
  const cell = (s: string): { row: number | null; col: number | null } => {
    const m = /^([A-Z]*)(\d*)$/i.exec(s);
    if (!m) throw new Error(`InvalidArgument: address ${address}`);
    return { col: m[1] ? colNumber(m[1]) : null, row: m[2] ? Number(m[2]) : null };
  };
  const x = cell(p);
  const y = cell(q);
  const r1 = x.row ?? 1;
  const r2 = y.row ?? MAX_ROWS;
  const c1 = x.col ?? 1;
  const c2 = y.col ?? MAX_COLS;
  return {
    r: Math.min(r1, r2) - 1,
    c: Math.min(c1, c2) - 1,
    h: Math.abs(r2 - r1) + 1,
    w: Math.abs(c2 - c1) + 1,
  };
}

const NUMBER_LIKE = /^\s*[-+]?(\d+([.,]\d+)?|\d{1,3}([ ,]\d{3})+([.,]\d+)?)\s*%?\s*$/;

/** What Excel's grid makes of a value typed or written through range.values / range.formulas. */
export function enter(v: unknown): MockCell | undefined {
  if (v === "" || v === null || v === undefined) return undefined;
  if (typeof v === "number" || typeof v === "boolean") return { value: v };
  const s = String(v);
  if (s.startsWith("'")) return { value: s.slice(1) };
  if (s.startsWith("=")) return { value: null, formula: s };
  if (/^[+\-@]/.test(s) && !NUMBER_LIKE.test(s)) return { value: null, formula: s, unsafe: true };
  if (NUMBER_LIKE.test(s)) return { value: Number(s.replace(/[ %]/g, "").replace(",", ".")), unsafe: true };
  return { value: s };
}

/** The mock Excel: state, counters, and `run` / `isSetSupported` for the Office host. */
export class MockExcel {
  sheets: MockSheetState[] = [];
  names = new Map<string, { sheet: string; address: string; visible: boolean }>();
  settings = new Map<string, string>();
  active = "";
  syncs = 0;
  /** Payload (bytes) of each request sent by a sync. */
  requests: number[] = [];
  suspendCalls = 0;
  /** The user's selection: a sheet and its areas (more than one: a multi-area selection, Ctrl+click). */
  selection: { sheet: string; areas: string[] } = { sheet: "", areas: ["A1"] };
  /** Calculation types requested through application.calculate, in order, once synced. */
  calculations: string[] = [];
  pending = 0;
  /** Bytes of one request or response before a sync fails (Excel on the web); Infinity: desktop. */
  payloadLimit = PAYLOAD_LIMIT;
  /** Largest response (bytes) a sync returned. */
  largestResponse = 0;
  /** Payload errors raised by syncs, in order. */
  rejected: string[] = [];
  /** onChanged handlers to fire after the current sync. */
  changes: (() => Promise<void> | void)[] = [];
  /** Highest ExcelApi version supported. */
  constructor(public maxVersion = "1.18") {}

  addSheet(
    name: string,
    rows: readonly (readonly (string | number | boolean | null)[])[] = [],
  ): MockSheetState {
    const s = new MockSheetState(name);
    rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null && v !== "") s.cells.set(`${r + 1},${c + 1}`, { value: v });
      }),
    );
    this.sheets.push(s);
    return s;
  }

  sheet(name: string): MockSheetState | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  isSetSupported = (name: string, version: string): boolean => {
    if (name !== "ExcelApi") return false;
    const [a, b] = version.split(".").map(Number);
    const [x, y] = this.maxVersion.split(".").map(Number);
    return a < x || (a === x && b <= y);
  };

  run = async <T>(fn: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const ctx = new MockContext(this);
    const out = await fn(ctx as unknown as Excel.RequestContext);
    if (this.pending > 0) await ctx.sync();
    return out;
  };

  /** Records queued payload. */
  queue(bytes: number): void {
    this.pending += bytes;
  }
}

/** Objects whose properties are readable only after load + sync. */
class Loadable {
  protected loaded = false;
  protected requested = false;
  /** Properties asked for by load(). */
  protected props = "";
  constructor(protected readonly ctx: MockContext) {}
  load(props?: string | string[]): this {
    this.requested = true;
    this.props += "," + (Array.isArray(props) ? props.join(",") : (props ?? ""));
    this.ctx.toLoad.push(this);
    this.ctx.excel.queue(40);
    return this;
  }
  markLoaded(): void {
    if (this.requested) this.loaded = true;
  }
  /** Bytes the loaded properties take in the response. */
  responseBytes(): number {
    return 40;
  }
  protected need(prop: string): void {
    if (!this.loaded) throw new Error(`PropertyNotLoaded: ${prop} (load + sync first)`);
  }
}

/** Excel.CalculationType values (https://learn.microsoft.com/javascript/api/excel/excel.calculationtype). */
const CALCULATION_TYPES = new Set(["Recalculate", "Full", "FullRebuild"]);

/** Excel.Application: calculate (ExcelApi 1.1) and suspendApiCalculationUntilNextSync (1.6). */
class MockApplication {
  queued: string[] = [];
  constructor(private readonly excel: MockExcel) {}
  suspendApiCalculationUntilNextSync(): void {
    this.excel.suspendCalls++;
    this.excel.queue(40);
  }
  calculate(type: string): void {
    if (!CALCULATION_TYPES.has(type)) throw new Error(`InvalidArgument: calculationType ${type}`);
    this.queued.push(type);
    this.excel.queue(40);
  }
}

class MockContext {
  toLoad: Loadable[] = [];
  /** An error a queued command raises at the next sync (Office.js reports failures on sync). */
  failure: Error | null = null;
  workbook: MockWorkbookApi;
  application: MockApplication;
  constructor(readonly excel: MockExcel) {
    this.application = new MockApplication(excel);
    this.workbook = new MockWorkbookApi(this);
  }
  async sync(): Promise<void> {
    // Queued commands run on sync, as in Office.js: a calculate never synced never happens.
    if (this.failure) {
      const e = this.failure;
      this.failure = null;
      this.excel.pending = 0;
      throw e;
    }
    if (this.excel.pending > this.excel.payloadLimit) {
      this.excel.pending = 0;
      this.toLoad = [];
      this.excel.rejected.push("RequestPayloadSizeLimitExceeded");
      throw new MockOfficeError(
        "RequestPayloadSizeLimitExceeded",
        "The request payload size has exceeded the limit.",
      );
    }
    const response = this.toLoad.reduce((n, l) => n + l.responseBytes(), 0);
    if (response > this.excel.payloadLimit) {
      this.excel.pending = 0;
      this.toLoad = [];
      this.excel.rejected.push("ResponsePayloadSizeLimitExceeded");
      throw new MockOfficeError(
        "ResponsePayloadSizeLimitExceeded",
        "The response payload size has exceeded the limit.",
      );
    }
    this.excel.largestResponse = Math.max(this.excel.largestResponse, response);
    this.excel.calculations.push(...this.application.queued);
    this.application.queued = [];
    this.excel.syncs++;
    this.excel.requests.push(this.excel.pending);
    this.excel.pending = 0;
    for (const l of this.toLoad) l.markLoaded();
    this.toLoad = [];
    for (const fire of this.excel.changes.splice(0)) await fire();
  }
}

class MockWorkbookApi {
  worksheets: MockWorksheets;
  names: MockNames;
  settings: MockSettings;
  /** Workbook.application (ExcelApi 1.1), the same object as context.application. */
  application: MockApplication;
  constructor(private readonly ctx: MockContext) {
    this.application = ctx.application;
    this.worksheets = new MockWorksheets(ctx);
    this.names = new MockNames(ctx);
    this.settings = new MockSettings(ctx);
  }
  /**
   * The selected single range. "If there are multiple ranges selected, this method will throw an
   * error" (https://learn.microsoft.com/javascript/api/excel/excel.workbook#excel-excel-workbook-getselectedrange-member(1)):
   * queued, so it arrives on the next sync, like every Office.js failure.
   */
  getSelectedRange(): { address: string; load(props?: string | string[]): void } {
    const sel = this.ctx.excel.selection;
    if (sel.areas.length > 1) {
      this.ctx.failure = new MockOfficeError(
        "InvalidSelection",
        "The current selection is invalid for this operation.",
      );
    }
    const sheet = /^[A-Za-z0-9_]+$/.test(sel.sheet) ? sel.sheet : `'${sel.sheet.replace(/'/g, "''")}'`;
    this.ctx.excel.queue(40);
    return { address: `${sheet}!${sel.areas[0]}`, load: () => undefined };
  }
}

/** An Office.js error with its code (the code for a multi-area getSelectedRange is not documented: callers must not rely on it). */
export class MockOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

class MockWorksheets extends Loadable {
  get items(): MockWorksheet[] {
    this.need("worksheets.items");
    return this.ctx.excel.sheets.map((s) => new MockWorksheet(this.ctx, s));
  }
  getItem(name: string): MockWorksheet {
    const s = this.ctx.excel.sheet(name);
    if (!s) throw new Error(`ItemNotFound: worksheet ${name}`);
    return new MockWorksheet(this.ctx, s);
  }
  /** WorksheetCollection.getItemOrNullObject (ExcelApi 1.4): isNullObject readable after a sync. */
  getItemOrNullObject(name: string): MockWorksheet {
    this.ctx.excel.queue(40 + name.length);
    const s = this.ctx.excel.sheet(name);
    if (s) return new MockWorksheet(this.ctx, s);
    const ghost = new MockWorksheet(this.ctx, new MockSheetState(name));
    ghost.isNullObject = true;
    return ghost;
  }
  add(name: string): MockWorksheet {
    if (this.ctx.excel.sheet(name)) throw new Error(`ItemAlreadyExists: ${name}`);
    this.ctx.excel.queue(60 + name.length);
    return new MockWorksheet(this.ctx, this.ctx.excel.addSheet(name));
  }
}

class MockNames extends Loadable {
  get items(): { name: string; value: string }[] {
    this.need("names.items");
    return [...this.ctx.excel.names].map(([name, n]) => ({
      name,
      value: n.sheet ? `'${n.sheet.replace(/'/g, "''")}'!${n.address}` : "#REF!",
    }));
  }
  add(name: string, ref: MockRange): { visible: boolean } {
    if (this.ctx.excel.names.has(name)) throw new Error(`ItemAlreadyExists: name ${name}`);
    this.ctx.excel.queue(80 + name.length);
    const entry = { sheet: ref.sheet.name, address: ref.address, visible: true };
    this.ctx.excel.names.set(name, entry);
    return entry;
  }
  getItem(name: string): { delete(): void } {
    return { delete: () => void this.ctx.excel.names.delete(name) };
  }
}

class MockSettings {
  constructor(private readonly ctx: MockContext) {}
  getItemOrNullObject(key: string): { load(): void; isNullObject: boolean; value: string; delete(): void } {
    const v = this.ctx.excel.settings.get(key);
    return {
      load: () => undefined,
      isNullObject: v === undefined,
      value: v ?? "",
      delete: () => {
        this.ctx.excel.queue(40);
        this.ctx.excel.settings.delete(key);
      },
    };
  }
  add(key: string, value: string): void {
    this.ctx.excel.queue(value.length + key.length);
    this.ctx.excel.settings.set(key, value);
  }
}

class MockChartsApi extends Loadable {
  constructor(
    ctx: MockContext,
    private readonly sheet: MockSheetState,
  ) {
    super(ctx);
  }
  get items(): { name: string; delete(): void }[] {
    this.need("charts.items");
    return this.sheet.charts
      .filter((c) => !c.deleted)
      .map((c, i) => ({ name: `Graphique ${i + 1}`, delete: () => void (c.deleted = true) }));
  }
  add(type: string, source: MockRange, _by: string): unknown {
    this.ctx.excel.queue(200);
    const chart: MockChart = {
      type,
      title: { text: "" },
      series: [{ name: "", values: source.address }],
      plotVisibleOnly: true,
      deleted: false,
    };
    this.sheet.charts.push(chart);
    const seriesApi = (s: MockChart["series"][number]) => ({
      set name(v: string) {
        s.name = v;
      },
      get name() {
        return s.name;
      },
      setValues: (r: MockRange) => void (s.values = r.address),
      setXAxisValues: (r: MockRange) => void (s.categories = r.address),
    });
    return {
      title: chart.title,
      set plotVisibleOnly(v: boolean) {
        chart.plotVisibleOnly = v;
      },
      series: {
        getItemAt: (i: number) => seriesApi(chart.series[i]),
        add: (name: string) => {
          const s = { name };
          chart.series.push(s);
          return seriesApi(s);
        },
      },
      setPosition: (a: string, b: string) => void (chart.position = [a, b]),
    };
  }
}

class MockWorksheet extends Loadable {
  charts: MockChartsApi;
  freezePanes: {
    freezeAt(r: MockRange): void;
    freezeRows(n: number): void;
    freezeColumns(n: number): void;
    unfreeze(): void;
  };
  pageLayout: {
    orientation: string;
    zoom: unknown;
    setPrintArea(a: string): void;
    setPrintTitleRows(a: string): void;
  };
  notes: { add(cell: string, text: string): void };
  isNullObject = false;
  onChanged: { add(handler: () => Promise<void> | void): void };
  constructor(
    ctx: MockContext,
    readonly state: MockSheetState,
  ) {
    super(ctx);
    this.onChanged = { add: (h) => void state.changed.push(h) };
    this.charts = new MockChartsApi(ctx, state);
    this.freezePanes = {
      freezeAt: (r) => void (state.frozen = r.address),
      freezeRows: (n) => void (state.frozen = `rows:${n}`),
      freezeColumns: (n) => void (state.frozen = `cols:${n}`),
      unfreeze: () => void (state.frozen = null),
    };
    this.pageLayout = {
      orientation: "Portrait",
      zoom: {},
      setPrintArea: (a) => void (state.printArea = a),
      setPrintTitleRows: () => undefined,
    };
    this.notes = {
      add: (cell, text) => {
        ctx.excel.queue(text.length + 40);
        state.notes.push({ cell, text });
      },
    };
  }
  get name(): string {
    return this.state.name;
  }
  set tabColor(c: string) {
    this.state.tabColor = c;
  }
  /** Worksheet.visibility (Excel.SheetVisibility, ExcelApi 1.1). */
  get visibility(): string {
    this.need("visibility");
    return this.state.visibility;
  }
  set visibility(v: string) {
    if (!["Visible", "Hidden", "VeryHidden"].includes(v)) throw new Error(`InvalidArgument: visibility ${v}`);
    this.ctx.excel.queue(30);
    this.state.visibility = v;
  }
  getRange(address?: string): MockRange {
    const a = address ? parseAddress(address) : { r: 0, c: 0, h: MAX_ROWS, w: MAX_COLS };
    return new MockRange(this.ctx, this.state, a.r, a.c, a.h, a.w);
  }
  getRangeByIndexes(r: number, c: number, h: number, w: number): MockRange {
    return new MockRange(this.ctx, this.state, r, c, h, w);
  }
  getUsedRangeOrNullObject(_valuesOnly?: boolean): MockRange {
    let r2 = 0;
    let c2 = 0;
    let r1 = Infinity;
    let c1 = Infinity;
    for (const [k, cell] of this.state.cells) {
      if (cell.value === null && !cell.formula) continue;
      const [r, c] = k.split(",").map(Number);
      r1 = Math.min(r1, r);
      c1 = Math.min(c1, c);
      r2 = Math.max(r2, r);
      c2 = Math.max(c2, c);
    }
    if (r2 === 0) return MockRange.nullObject(this.ctx, this.state);
    return new MockRange(this.ctx, this.state, r1 - 1, c1 - 1, r2 - r1 + 1, c2 - c1 + 1);
  }
  activate(): void {
    this.ctx.excel.active = this.state.name;
  }
}

class MockRange extends Loadable {
  isNullObject = false;
  format: Record<string, unknown>;
  conditionalFormats: { add(type: string): unknown; clearAll(): void };
  dataValidation: { rule: unknown; prompt: unknown; clear(): void };
  constructor(
    ctx: MockContext,
    readonly sheet: MockSheetState,
    readonly r: number,
    readonly c: number,
    readonly h: number,
    readonly w: number,
  ) {
    super(ctx);
    const queue = (n: number): void => ctx.excel.queue(n);
    const address = this.address;
    const contains = (a: string): boolean => this.contains(a);
    const font = {};
    const fill = {};
    this.format = {
      font: new Proxy(font, { set: (t, p, v) => (queue(30), Reflect.set(t, p, v)) }),
      fill: new Proxy(fill, { set: (t, p, v) => (queue(30), Reflect.set(t, p, v)) }),
      borders: { getItem: () => ({ style: "", color: "" }) },
      set columnWidth(v: number) {
        queue(30);
        for (let k = c + 1; k <= c + w; k++) sheet.columnWidths.set(k, v);
      },
      set rowHeight(_v: number) {
        queue(30);
      },
      horizontalAlignment: "",
      verticalAlignment: "",
      wrapText: false,
    };
    this.conditionalFormats = {
      add: (type: string) => {
        queue(120);
        const entry = { range: address, type, rule: {} as unknown, format: { font: {}, fill: {} } };
        sheet.conditionalFormats.push(entry);
        const holder = {
          set rule(v: unknown) {
            entry.rule = v;
          },
          get rule() {
            return entry.rule;
          },
          format: entry.format,
        };
        const custom = {
          rule: {
            set formula(f: string) {
              entry.rule = { formula: f };
            },
          },
          format: entry.format,
        };
        return { cellValue: holder, custom };
      },
      clearAll: () => {
        sheet.conditionalFormats = sheet.conditionalFormats.filter((f) => !contains(f.range));
      },
    };
    const validation = { range: this.address, rule: undefined as unknown, prompt: undefined as unknown };
    this.dataValidation = {
      set rule(v: unknown) {
        queue(100);
        validation.rule = v;
        sheet.validations.push(validation);
      },
      get rule() {
        return validation.rule;
      },
      set prompt(v: unknown) {
        validation.prompt = v;
      },
      get prompt() {
        return validation.prompt;
      },
      clear: () => {
        sheet.validations = sheet.validations.filter((v) => !contains(v.range));
      },
    };
  }

  static nullObject(ctx: MockContext, sheet: MockSheetState): MockRange {
    const r = new MockRange(ctx, sheet, 0, 0, 0, 0);
    r.isNullObject = true;
    return r;
  }

  get address(): string {
    return `${colLetter(this.c + 1)}${this.r + 1}:${colLetter(this.c + this.w)}${this.r + this.h}`;
  }

  /** True when an A1 range lies inside this one. */
  contains(address: string): boolean {
    const a = parseAddress(address);
    return a.r >= this.r && a.c >= this.c && a.r + a.h <= this.r + this.h && a.c + a.w <= this.c + this.w;
  }

  get rowIndex(): number {
    this.need("rowIndex");
    return this.r;
  }
  get columnIndex(): number {
    this.need("columnIndex");
    return this.c;
  }
  get rowCount(): number {
    this.need("rowCount");
    return this.h;
  }
  get columnCount(): number {
    this.need("columnCount");
    return this.w;
  }

  get values(): (string | number | boolean)[][] {
    this.need("values");
    const out: (string | number | boolean)[][] = [];
    for (let i = 0; i < this.h; i++) {
      const row: (string | number | boolean)[] = [];
      for (let j = 0; j < this.w; j++) {
        const cell = this.sheet.get(this.r + i + 1, this.c + j + 1);
        row.push(cell?.value ?? (cell?.formula ? 0 : ""));
      }
      out.push(row);
    }
    return out;
  }

  private write(matrix: unknown[][], what: string): void {
    if (matrix.length !== this.h || matrix.some((r) => r.length !== this.w)) {
      throw new Error(
        `InvalidArgument: ${what} is ${matrix.length}×${matrix[0]?.length} for a ${this.h}×${this.w} range`,
      );
    }
    const long = matrix
      .flat()
      .find((v) => typeof v === "string" && v.replace(/^'/, "").length > CELL_TEXT_LIMIT);
    if (long !== undefined) {
      throw new MockOfficeError("InvalidArgument", `a cell holds at most ${CELL_TEXT_LIMIT} characters`);
    }
    this.ctx.excel.queue(Buffer.byteLength(JSON.stringify(matrix), "utf8"));
    this.ctx.excel.changes.push(...this.sheet.changed);
  }

  /** A loaded range answers with its values: their JSON size counts in the response. */
  responseBytes(): number {
    if (this.isNullObject || !/\bvalues\b/.test(this.props) || this.h * this.w > 5_000_000) return 40;
    let n = 2;
    for (let i = 0; i < this.h; i++) {
      n += 3;
      for (let j = 0; j < this.w; j++) {
        const cell = this.sheet.get(this.r + i + 1, this.c + j + 1);
        const v = cell?.value ?? "";
        n += 1 + (typeof v === "string" ? Buffer.byteLength(JSON.stringify(v), "utf8") : String(v).length);
      }
    }
    return n;
  }

  set values(m: unknown[][]) {
    this.formulas = m;
  }

  set formulas(m: unknown[][]) {
    this.write(m, "formulas");
    m.forEach((row, i) =>
      row.forEach((v, j) => {
        const key = `${this.r + i + 1},${this.c + j + 1}`;
        const old = this.sheet.cells.get(key);
        const cell = enter(v);
        if (cell) this.sheet.cells.set(key, { ...cell, numberFormat: old?.numberFormat });
        else if (old) this.sheet.cells.set(key, { value: null, numberFormat: old.numberFormat });
      }),
    );
  }

  set numberFormat(m: string[][]) {
    this.write(m, "numberFormat");
    m.forEach((row, i) =>
      row.forEach((f, j) => {
        const key = `${this.r + i + 1},${this.c + j + 1}`;
        const old = this.sheet.cells.get(key) ?? { value: null };
        this.sheet.cells.set(key, { ...old, numberFormat: f });
      }),
    );
  }

  set hyperlink(h: { documentReference?: string; textToDisplay?: string }) {
    this.ctx.excel.queue(JSON.stringify(h).length);
    const key = `${this.r + 1},${this.c + 1}`;
    const old = this.sheet.cells.get(key) ?? { value: null };
    this.sheet.cells.set(key, { ...old, hyperlink: h, value: h.textToDisplay ?? old.value });
  }

  set columnHidden(v: boolean) {
    this.ctx.excel.queue(30);
    if (this.w >= MAX_COLS) {
      if (!v) this.sheet.hiddenColumns.clear();
      return;
    }
    for (let c = this.c + 1; c <= this.c + this.w; c++) {
      if (v) this.sheet.hiddenColumns.add(c);
      else this.sheet.hiddenColumns.delete(c);
    }
  }

  /**
   * Range.rowHidden (ExcelApi 1.2): true hides every row of the range, false shows them again
   * (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-rowhidden-member).
   */
  set rowHidden(v: boolean) {
    this.ctx.excel.queue(30);
    if (this.h >= MAX_ROWS) {
      if (!v) this.sheet.hiddenRows.clear();
      return;
    }
    for (let r = this.r + 1; r <= this.r + this.h; r++) {
      if (v) this.sheet.hiddenRows.add(r);
      else this.sheet.hiddenRows.delete(r);
    }
  }

  merge(_across?: boolean): void {
    this.ctx.excel.queue(40);
    this.sheet.merges.push(this.address);
  }

  unmerge(): void {
    this.sheet.merges = this.sheet.merges.filter((m) => !this.contains(m));
  }

  clear(applyTo?: string): void {
    this.ctx.excel.queue(40);
    for (const [k, cell] of [...this.sheet.cells]) {
      const [r, c] = k.split(",").map(Number);
      if (r - 1 < this.r || r - 1 >= this.r + this.h || c - 1 < this.c || c - 1 >= this.c + this.w) continue;
      if (applyTo === "Contents") this.sheet.cells.set(k, { value: null, numberFormat: cell.numberFormat });
      else this.sheet.cells.delete(k);
    }
    if (applyTo !== "Contents") this.sheet.notes = this.sheet.notes.filter((n) => !this.contains(n.cell));
  }

  getIntersectionOrNullObject(other: MockRange): MockRange {
    if (other.isNullObject) return MockRange.nullObject(this.ctx, this.sheet);
    const r1 = Math.max(this.r, other.r);
    const c1 = Math.max(this.c, other.c);
    const r2 = Math.min(this.r + this.h, other.r + other.h);
    const c2 = Math.min(this.c + this.w, other.c + other.w);
    if (r2 <= r1 || c2 <= c1) return MockRange.nullObject(this.ctx, this.sheet);
    return new MockRange(this.ctx, this.sheet, r1, c1, r2 - r1, c2 - c1);
  }
}
