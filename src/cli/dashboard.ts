/**
 * `caop dashboard FILE -o OUT.xlsx [--year 2025] [--segment-field segment]`: writes a copy of the
 * data with its CA OP columns, the dashboard and its detail sheets. An .xlsx input keeps all its
 * sheets (the data sheet gains only the product's columns); a CSV/FEC input becomes a "Données" sheet.
 */
import { extname } from "node:path";
import { mappingOf } from "./args";
import { errorLine, type Io } from "./io";
import { defaultSettings, type CaopSettings } from "../core/settings";
import { formatMoneyFr } from "../core/money";
import { monthName } from "../core/periods";
import { generateDashboard, type GenerateOptions } from "../app/generate";
import { SHEET_NAMES } from "../sheet/names";
import { readableSheet, sheetsReadTogether, toDateSheet } from "../workbook/readers/xlsx";
import { formatBoth } from "../i18n";
import type { PlanMessage } from "../sheet/plan";
import { readTableStreamed } from "../workbook/readers";
import { XlsxHost, type XlsxHostOptions } from "../workbook/xlsx";
import { StreamXlsxHost } from "../workbook/xlsx-stream";
import type { WorkbookPort } from "../sheet/port";
import type { Lang } from "../core/types";

/** Arguments of the dashboard and qc subcommands (filled by the CLI parser). */
export interface ToolArgs {
  file: string;
  out: string;
  sheet?: string;
  map?: Record<string, string>;
  year?: number;
  segmentField?: string;
  quarter?: string;
  strict?: boolean;
  /** Language of the sheets' headers, labels, alerts and audit block and of the messages (--lang, default fr). */
  lang?: Lang;
}

/** Where the CLI prints. */
export type ToolIo = Io;

/** A workbook host the CLI saves to a file: XlsxHost (an .xlsx input) or StreamXlsxHost (CSV/FEC). */
export type FileHost = WorkbookPort & { save(path: string): Promise<void>; hasSettings(): boolean };

/**
 * Opens the input as a workbook host: an .xlsx as is (in memory), any other file as a "Données"
 * sheet written by streaming (a million lines fit: no ExcelJS cell per data cell is kept).
 */
export async function openInput(
  args: ToolArgs,
  options?: XlsxHostOptions,
): Promise<{ host: FileHost; sheet?: string; notes?: PlanMessage[] }> {
  const ext = extname(args.file).toLowerCase();
  if (ext === ".xlsx" || ext === ".xlsm") {
    const host = await XlsxHost.load(args.file, options);
    if (args.sheet !== undefined || host.hasSettings()) return { host, sheet: args.sheet };
    // The sheet `caop compute` reads (the first with a date and an amount, summaries aside).
    const wb = host.workbook;
    const date1904 = wb.properties?.date1904 === true;
    const mapping = mappingOf(args.map ?? {});
    const chosen = readableSheet(wb, date1904, { mapping }, args.file);
    // Year-to-date sheets: `compute` reads the most complete one, and so does the dashboard.
    const toDate = toDateSheet(wb, chosen, args.file);
    if (toDate !== null) return { host, sheet: toDate.ws.name };
    // A workbook kept one period a sheet: `compute` reads them all, the dashboard builds on one (said).
    const others = sheetsReadTogether(wb, chosen, args.file).filter((ws) => ws !== chosen.ws);
    const notes: PlanMessage[] =
      others.length === 0
        ? []
        : [
            {
              level: "warning",
              code: "dashboard_period_sheets",
              ...formatBoth("dashboard_period_sheets", {
                sheet: chosen.ws.name,
                others: others.map((ws) => ws.name).join(", "),
              }),
            },
          ];
    return { host, sheet: chosen.ws.name, notes };
  }
  // Read through the streaming reader: repeated values interned, half the memory of a whole-file read.
  const table = await readTableStreamed(args.file, { sheet: args.sheet, mapping: mappingOf(args.map ?? {}) });
  return { host: new StreamXlsxHost(table, SHEET_NAMES.data, options), sheet: SHEET_NAMES.data };
}

/** The workbook's settings with the command line's choices on top. */
export async function settingsFor(host: FileHost, args: ToolArgs): Promise<CaopSettings> {
  const base = host.hasSettings() ? await host.loadSettings() : defaultSettings();
  return {
    ...base,
    mapping: { ...base.mapping, ...mappingOf(args.map ?? {}) },
    strict: args.strict ?? base.strict,
    year: args.year ?? base.year,
    segmentField: args.segmentField ?? base.segmentField,
  };
}

/** Prints plan and host messages (clashes, charts not rendered) in a language (default fr). */
export function printMessages(messages: readonly PlanMessage[], io: ToolIo, lang: Lang = "fr"): void {
  const warning = lang === "fr" ? "attention : " : "warning: ";
  for (const m of messages) io.stderr(`caop : ${m.level === "warning" ? warning : ""}${m[lang]}\n`);
}

/**
 * The common run of `dashboard` and `qc`: open the input, generate sheets with the settings, save a
 * copy, print what was written; 0 on success, 2 with one line on stderr otherwise.
 */
export async function runTool<
  G extends { plan: { sheets: { name: string }[] }; messages: readonly PlanMessage[] },
>(
  args: ToolArgs,
  io: ToolIo,
  options: XlsxHostOptions & GenerateOptions,
  generate: (
    host: FileHost,
    opts: GenerateOptions & { settings: CaopSettings; sheet?: string },
  ) => Promise<G>,
  report: (g: G) => string,
): Promise<number> {
  try {
    if (!args.out) throw new Error("fichier de sortie manquant (-o SORTIE.xlsx)");
    const { host, sheet, notes } = await openInput(args, options);
    const settings = await settingsFor(host, args);
    const g = await generate(host, { lang: args.lang ?? "fr", ...options, settings, sheet });
    await host.saveSettings({ ...settings, source: { sheet: g.plan.sheets[0].name } });
    await host.save(args.out);
    io.stdout(report(g));
    printMessages([...(notes ?? []), ...g.messages], io, args.lang);
    return 0;
  } catch (e) {
    io.stderr(`caop : ${errorLine(e)}\n`);
    return 2;
  }
}

/** Runs `caop dashboard`; resolves to the exit code (0 ok, 2 unusable input). */
export async function runDashboard(
  args: ToolArgs,
  io: ToolIo,
  options: XlsxHostOptions & GenerateOptions = {},
): Promise<number> {
  return runTool(args, io, options, generateDashboard, (g) => {
    const m = g.model;
    const withData = m.months.filter((x) => x.lines > 0);
    const span =
      withData.length > 0
        ? `${monthName(withData[0].key, "fr")} – ${monthName(withData[withData.length - 1].key, "fr")}`
        : "aucun mois avec des données";
    const caop = formatMoneyFr(m.total.caop, g.result.currency);
    const tabs = g.applied.sheets.map((s) => s.name).join(", ");
    return `Tableau de bord CA OP écrit dans ${args.out} : exercice ${m.year} (${span}), CA OP à date ${caop}, ${m.alerts.length} alerte(s), onglets : ${tabs}\n`;
  });
}
