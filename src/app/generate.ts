/**
 * Generating the dashboard or the QC sheet through any WorkbookPort (memory, ExcelJS file, Office):
 * read the data and the settings, drop the product's own columns, compute with the engine, read
 * what the user typed on the previous sheets (Objectif, QC verdicts), build the plan, apply it.
 * The ribbon button, the task pane and the CLI all call these two functions.
 */
import { cellText } from "../core/cells";
import type { EngineResult } from "../core/engine";
import { centsToDecimal, newAmountOut, readAmount } from "../core/money";
import type { CaopSettings } from "../core/settings";
import type { CellValue, Lang, RawTable } from "../core/types";
import { CATALOGUES } from "../i18n";
import type { ApplyOptions, ApplyResult, SheetInfo, WorkbookPort } from "../sheet/port";
import { range } from "../sheet/a1";
import { runJob, type DashboardJob, type GenerationJob, type JobOutput, type QcJob } from "./job";
import { DASH } from "../dashboard/dashboard";
import type { DashboardModel } from "../dashboard/model";
import type { PlanMessage, WorkbookPlan } from "../sheet/plan";
import { QC_ROWS, type QcModel, type Verdict } from "../dashboard/qc";
import { locateTable, type LocatedTable } from "../dashboard/tagging";

/** Options of a generation. */
export interface GenerateOptions extends ApplyOptions {
  /** Settings to use (default: the workbook's). */
  settings?: CaopSettings;
  /** Data sheet (default: settings.source, else the first sheet the product did not create). */
  sheet?: string;
  now?: Date;
  /** Language of the sheets' headers, labels, alerts and audit block (default fr); formulas are the same. */
  lang?: Lang;
}

/** What a generation did. */
export interface Generated<M> {
  result: EngineResult;
  model: M;
  plan: WorkbookPlan;
  applied: ApplyResult;
  /** Settings, plan and host messages together (invalid stored rules, clashes, what the host cannot render). */
  messages: PlanMessage[];
}

/** The data sheet: the explicit one, the settings' one, or the first sheet that is not a product sheet. */
export function dataSheetName(
  sheets: readonly SheetInfo[],
  settings: CaopSettings,
  explicit?: string,
): string {
  const name =
    explicit ??
    settings.source?.sheet ??
    sheets.find((s) => !s.productKey || s.productKey === "data" || s.productKey.startsWith("data:"))?.name;
  if (!name) throw new Error("aucune feuille de données dans le classeur");
  return name;
}

/** The data sheet's name and its table as read through the port (with the product's columns). */
async function readRaw(
  port: WorkbookPort,
  settings: CaopSettings,
  sheets: readonly SheetInfo[],
  explicit?: string,
): Promise<{ sheet: string; table: RawTable }> {
  const sheet = dataSheetName(sheets, settings, explicit);
  const address =
    explicit === undefined || explicit === settings.source?.sheet ? settings.source?.address : undefined;
  return { sheet, table: await port.readTable(address ? { sheet, address } : { sheet }) };
}

/** Reads the data table through the port, without the product's columns, with its layout. */
export async function readData(
  port: WorkbookPort,
  settings: CaopSettings,
  sheets: readonly SheetInfo[],
  explicit?: string,
): Promise<LocatedTable> {
  const { sheet, table } = await readRaw(port, settings, sheets, explicit);
  return locateTable(table, sheet);
}

/** A number the user typed (a number, or a text like "900 000" / "900 000,00 €"); null otherwise. */
export function typedNumber(v: CellValue): number | null {
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v !== "string" || v.trim() === "") return null;
  const out = newAmountOut();
  if (!readAmount(v, ",", out)) return null;
  return (out.exact ?? centsToDecimal(out.cents)).toNumber();
}

/** The column of a header written in any language (`pick` gives its text in one catalogue); -1 when absent. */
function headerIn(headers: readonly string[], pick: (lang: Lang) => string): number {
  for (const lang of ["fr", "en"] as const) {
    const i = headers.indexOf(pick(lang));
    if (i >= 0) return i;
  }
  return -1;
}

/**
 * Objectif values of an existing dashboard sheet, by month key (columns found by their headers, in
 * whichever language the sheet was written).
 */
export async function readObjectives(port: WorkbookPort, sheet: string): Promise<Map<number, number>> {
  const t = await port.readTable({
    sheet,
    address: range(DASH.headerRow, 1, DASH.headerRow + 12, DASH.helper.yoyToDate),
  });
  const target = headerIn(t.headers, (l) => CATALOGUES[l].dashboard.headers[DASH.col.target - 1]);
  const key = headerIn(t.headers, (l) => CATALOGUES[l].dashboard.helperHeaders[0]);
  const out = new Map<number, number>();
  if (target < 0 || key < 0) return out;
  for (const row of t.rows) {
    const k = typedNumber(row[key] ?? null);
    const v = typedNumber(row[target] ?? null);
    if (k !== null && v !== null) out.set(k, v);
  }
  return out;
}

/** Verdicts and comments of an existing QC sheet, by data row number (headers in either language). */
export async function readVerdicts(port: WorkbookPort, sheet: string): Promise<Map<number, Verdict>> {
  const t = await port.readTable({ sheet, address: `A${QC_ROWS.header}:J${QC_ROWS.header + 100000}` });
  const col = (i: number): number => headerIn(t.headers, (l) => CATALOGUES[l].qc.headers[i]);
  const [line, label, verdict, comment] = [col(0), col(3), col(8), col(9)];
  const out = new Map<number, Verdict>();
  if (line < 0 || verdict < 0) return out;
  for (const row of t.rows) {
    const n = typedNumber(row[line] ?? null);
    const v = cellText(row[verdict] ?? null).trim();
    const c = comment < 0 ? "" : cellText(row[comment] ?? null);
    if (n === null || (v === "" && c === "")) continue;
    out.set(n, { verdict: v, comment: c, label: label < 0 ? "" : cellText(row[label] ?? null) });
  }
  return out;
}

/** The problems found when the settings were read (an invalid stored rule set), as messages. */
export function settingsMessages(settings: CaopSettings): PlanMessage[] {
  return (settings.diagnostics ?? []).map((d) => ({
    level: "warning",
    code: d.code,
    fr: d.message,
    en: d.messageEn,
  }));
}

/** Settings, sheets, the data sheet's name and its table as read (rows apart): what every generation starts from. */
async function readSource(port: WorkbookPort, opts: GenerateOptions) {
  const settings = opts.settings ?? (await port.loadSettings());
  const sheets = await port.listSheets();
  const { sheet, table: raw } = await readRaw(port, settings, sheets, opts.sheet);
  const { rows, ...table } = raw;
  return {
    base: { settings, sheets, sheet, table, now: opts.now ?? new Date(), lang: opts.lang ?? "fr" },
    rows,
  };
}

/** The dashboard's job and the data rows, read through the port (with the Objectif values typed on it). */
export async function dashboardJob(
  port: WorkbookPort,
  opts: GenerateOptions = {},
): Promise<{ job: DashboardJob; rows: CellValue[][] }> {
  const { base, rows } = await readSource(port, opts);
  const existing = base.sheets.find((s) => s.productKey === "dashboard");
  const objectives = existing ? await readObjectives(port, existing.name) : new Map<number, number>();
  return { job: { kind: "dashboard", ...base, objectives }, rows };
}

/** The quarter's QC job and the data rows, read through the port (with the verdicts already typed). */
export async function qcJob(
  port: WorkbookPort,
  quarter: string,
  opts: GenerateOptions = {},
): Promise<{ job: QcJob; rows: CellValue[][] }> {
  const { base, rows } = await readSource(port, opts);
  const key = `qc:${quarter.trim().toUpperCase()}`;
  const existing = base.sheets.find((s) => s.productKey === key);
  const previous = existing ? await readVerdicts(port, existing.name) : undefined;
  return { job: { kind: "qc", ...base, quarter, ...(previous ? { previous } : {}) }, rows };
}

/** Applies a job's plan and gathers the messages of the settings, the plan and the host. */
export async function applyJob<M>(
  port: WorkbookPort,
  opts: GenerateOptions,
  job: GenerationJob,
  out: JobOutput<M>,
): Promise<Generated<M>> {
  const applied = await port.applyPlan(out.plan, opts);
  return {
    result: out.result,
    model: out.model,
    plan: out.plan,
    applied,
    messages: [...settingsMessages(job.settings), ...out.plan.messages, ...applied.messages],
  };
}

/** Generates (or refreshes) the dashboard, its detail sheets and the data's CA OP columns. */
export async function generateDashboard(
  port: WorkbookPort,
  opts: GenerateOptions = {},
): Promise<Generated<DashboardModel>> {
  const { job, rows } = await dashboardJob(port, opts);
  return applyJob(port, opts, job, runJob(job, rows));
}

/** Generates (or refreshes) the quarter's QC sheet, keeping verdicts already typed. */
export async function generateQc(
  port: WorkbookPort,
  quarter: string,
  opts: GenerateOptions = {},
): Promise<Generated<QcModel>> {
  const { job, rows } = await qcJob(port, quarter, opts);
  return applyJob(port, opts, job, runJob(job, rows));
}
