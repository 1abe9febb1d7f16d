/**
 * The task pane's state and actions, framework-free: one Session per open pane. React subscribes to
 * it (useSyncExternalStore); tests drive it directly. Every workbook access goes through the host's
 * port, every number comes from the core engine, every plan from the dashboard builders.
 */
import { format, formatBoth } from "../../i18n";
import { compute, type EngineResult } from "../../core/engine";
import { EngineError } from "../../core/errors";
import { detectMapping, isJournalLayout } from "../../core/fields";
import type { RuleSet } from "../../core/rules";
import { engineOptions, type CaopSettings } from "../../core/settings";
import type { I18nText, Lang, ManualDecision, MappingOverrides } from "../../core/types";
import { generateDashboard, generateQc, type GenerateOptions, type Generated } from "../../app/generate";
import type { DashboardModel } from "../../dashboard/model";
import type { PlanMessage } from "../../sheet/plan";
import { locateTable, type LocatedTable } from "../../dashboard/tagging";
import { PlanRefused } from "../../workbook/guard";
import type { Progress, SheetInfo } from "../../sheet/port";
import type { TaskpaneHost } from "../host";
import { checklistMonth, manualTicks, withTick, type CheckId } from "./checklist";
import {
  confirmedMapping,
  mappingView,
  movedFields,
  withOverride,
  type MappingView,
  type MovedField,
  UNMAP,
} from "./mapping";
import { decisionKey, withDecision } from "./review";
import { stamped } from "./rules";
import { initialSource, loadSource, withSource, type SourceChoice } from "./source";
import { writeTagging } from "../../app/tagging";
import { isCancel, yieldToUi } from "../../app/yield";
import { importTable, importTarget, type ImportTable } from "../../app/import";
import { tableFromGrid } from "../../workbook/grid";
import type { FileRead, FileSummary, PaneFile } from "../files/read";

/** The steps of the pane (SPEC 7). */
export const STEPS = ["source", "mapping", "tagging", "dashboard", "checklist"] as const;
export type Step = (typeof STEPS)[number];

/** A long operation under way. */
export interface Busy {
  task: "load" | "compute" | "tag" | "dashboard" | "qc" | "save";
  progress: Progress | null;
  /** Present when the operation can be cancelled. */
  cancel?: () => void;
}

/** A message for the user, in both languages. */
export interface Notice {
  level: "success" | "info" | "warning" | "error";
  text: I18nText;
}

export interface SessionState {
  step: Step;
  settings: CaopSettings | null;
  sheets: SheetInfo[];
  source: SourceChoice | null;
  located: LocatedTable | null;
  /** Mapping being edited (overrides not yet confirmed). */
  draft: MappingOverrides;
  mapping: MappingView | null;
  /** Fields that lost their column to the user's last choice (said in the mapping step). */
  moved: MovedField[];
  mappingConfirmed: boolean;
  result: EngineResult | null;
  /** Why the engine cannot compute with the current mapping (missing column, two currencies…). */
  computeError: I18nText | null;
  /** The product's columns were written from the current result. */
  tagged: boolean;
  dashboard: { sheet: string; model: DashboardModel; result: EngineResult; messages: PlanMessage[] } | null;
  qc: { sheet: string; quarter: string; sample: number } | null;
  busy: Busy | null;
  notice: Notice | null;
  manualChecks: Partial<Record<CheckId, boolean>>;
  /** The file last opened from the pane: its figures, and the sheet its lines were imported into. */
  file: (FileSummary & { sheet?: string }) | null;
}

const INITIAL: SessionState = {
  step: "source",
  settings: null,
  sheets: [],
  source: null,
  located: null,
  draft: {},
  mapping: null,
  moved: [],
  mappingConfirmed: false,
  result: null,
  computeError: null,
  tagged: false,
  dashboard: null,
  qc: null,
  busy: null,
  notice: null,
  manualChecks: {},
  file: null,
};

/** A user-facing text for any error an action may meet. */
export function errorText(e: unknown): I18nText {
  if (e instanceof EngineError || e instanceof PlanRefused) return { fr: e.fr, en: e.en };
  // Host errors that carry their message in both languages (e.g. the pane's SelectionError).
  const own = e as { fr?: unknown; en?: unknown } | null;
  if (e instanceof Error && typeof own?.fr === "string" && typeof own.en === "string")
    return { fr: own.fr, en: own.en };
  const msg = e instanceof Error ? e.message : String(e);
  return formatBoth("error", { message: msg });
}

const CANCELLED: I18nText = formatBoth("cancelled");

/** A count in a language's digit grouping ("12 345" / "12,345"). */
function count(n: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === "fr" ? "fr-FR" : "en-GB").format(n);
}

/** "ventes.csv: 26 rows imported into the new sheet …", in both languages. */
function fileImported(f: FileSummary, sheet: string): I18nText {
  const text = (lang: Lang): string =>
    format(lang, "file_imported", { file: f.name, lines: count(f.lines, lang), count: f.lines, sheet });
  return { fr: text("fr"), en: text("en") };
}

/** Why the file's lines cannot be a sheet, and what to do, in both languages. */
function fileTooLarge(f: FileSummary): I18nText {
  const text = (lang: Lang): string =>
    format(lang, "file_too_large", {
      file: f.name,
      lines: count(f.lines, lang),
      columns: count(f.columns, lang),
      max_rows: count(f.limit?.maxRows ?? 0, lang),
      max_columns: count(f.limit?.maxColumns ?? 0, lang),
    });
  return { fr: text("fr"), en: text("en") };
}

/** The sheet a generation shows: the one its plan activates, else the last one it wrote. */
function shownSheet(g: Generated<unknown>): string {
  return g.plan.activate ?? g.applied.sheets[g.applied.sheets.length - 1]?.name ?? "";
}

export class Session {
  private state: SessionState = INITIAL;
  private readonly listeners = new Set<() => void>();
  private controller: AbortController | null = null;
  private writes: Promise<void> = Promise.resolve();

  /** The pane's language: the sheets the session writes are written in it. */
  lang: Lang = "fr";

  constructor(readonly host: TaskpaneHost) {}

  /** Sets the language the next sheets are written in (the pane's). */
  setLang(lang: Lang): void {
    this.lang = lang;
  }

  /** Current state (a new object after every change). */
  getState = (): SessionState => this.state;

  /** Subscribes to changes; returns the unsubscribe function. */
  subscribe = (fn: () => void): (() => void) => {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  };

  private set(patch: Partial<SessionState>): void {
    this.state = { ...this.state, ...patch };
    for (const fn of this.listeners) fn();
  }

  private get settings(): CaopSettings {
    if (!this.state.settings) throw new Error("settings not loaded");
    return this.state.settings;
  }

  /** Runs an action with a busy marker; errors become a notice, never an unhandled rejection. */
  private async run(
    task: Busy["task"],
    fn: (signal: AbortSignal) => Promise<void>,
    cancellable = false,
  ): Promise<void> {
    const controller = new AbortController();
    this.controller = controller;
    this.set({
      busy: { task, progress: null, ...(cancellable ? { cancel: () => controller.abort() } : {}) },
      notice: null,
    });
    try {
      await yieldToUi();
      await fn(controller.signal);
    } catch (e) {
      this.set({
        notice: isCancel(e) ? { level: "info", text: CANCELLED } : { level: "error", text: errorText(e) },
      });
    } finally {
      if (this.controller === controller) this.controller = null;
      this.set({ busy: null });
    }
  }

  private progress = (p: Progress): void => {
    if (this.state.busy) this.set({ busy: { ...this.state.busy, progress: p } });
  };

  /**
   * Opens the pane: stored settings, the sheets, the stored or first data sheet read, once the pane
   * is shown (host.shown: nothing is read while the shared runtime's page is hidden).
   */
  async init(): Promise<void> {
    await this.host.shown?.();
    await this.run("load", async () => {
      const settings = await this.host.port.loadSettings();
      const sheets = await this.host.port.listSheets();
      const source = initialSource(settings, sheets);
      this.set({
        settings,
        sheets,
        source,
        draft: { ...settings.mapping },
        mappingConfirmed: Object.keys(settings.mapping).length > 0,
      });
      if (source) await this.read(source);
    });
  }

  /** Goes to a step. */
  go(step: Step): void {
    this.set({ step, notice: null });
  }

  /** Reads another source (sheet or range). */
  async chooseSource(choice: SourceChoice): Promise<void> {
    await this.run("load", async () => {
      this.set({ sheets: await this.host.port.listSheets() });
      await this.read(choice);
    });
  }

  /**
   * Takes the workbook's selection as the source, when the host can tell it. Reading the selection
   * runs inside run(): a selection Excel refuses (several areas) becomes a notice, never a silent
   * rejection.
   */
  async useSelection(): Promise<void> {
    let sel: SourceChoice | null = null;
    await this.run("load", async () => {
      sel = this.host.selection ? await this.host.selection() : null;
      if (!sel) {
        this.set({
          notice: { level: "warning", text: formatBoth("no_selection") },
        });
      }
    });
    if (sel) await this.chooseSource(sel);
  }

  /**
   * Opens a file (FEC .txt, .csv, .xlsx): read and computed off the main thread (host.readFile, else
   * in chunks here), its CA OP shown, its lines imported into a new sheet when they fit one (never
   * an existing sheet), which becomes the source: mapping, tagging and the dashboard work as usual.
   */
  async openFile(file: PaneFile): Promise<void> {
    await this.run(
      "load",
      async (signal) => {
        const reader = this.host.readFile ?? (await import("../files/read")).readOnMainThread;
        const wanted = file.name.replace(/\.[^.]+$/, "");
        const target = importTarget(await this.host.port.listSheets(), wanted);
        const compute = {
          sheet: target.name,
          options: engineOptions(this.settings),
          draft: this.state.draft,
        };
        const read = await reader(file, { signal, onProgress: this.progress, compute });
        const { summary, table } = read;
        this.set({ file: summary });
        if (!table) {
          this.set({ notice: { level: "warning", text: fileTooLarge(summary) } });
          return;
        }
        const { sheet } = await importTable(this.host.port, table, wanted, {
          signal,
          onProgress: this.progress,
          target,
        });
        this.set({ file: { ...summary, sheet }, sheets: await this.host.port.listSheets() });
        await this.useImported(sheet, table, read);
        this.set({ notice: { level: "success", text: fileImported(summary, sheet) } });
      },
      true,
    );
  }

  /**
   * The imported lines as the source, without reading back from the workbook what was just written
   * (in Excel that would be as many requests again): the same table the sheet gives (tableFromGrid).
   */
  private async useImported(sheet: string, table: ImportTable, read: FileRead): Promise<void> {
    const located =
      read.located ??
      locateTable(tableFromGrid([table.headers, ...table.rows], { sheet, row: 1, col: 1 }), sheet);
    this.set({ source: { sheet }, located, tagged: false, dashboard: null });
    await yieldToUi();
    const result = read.result;
    // Computed with the file (in the worker): only the mapping view is built here; else compute now.
    if (!result || !this.state.settings) {
      this.recompute();
      return;
    }
    const mapping = mappingView(located.table.headers, this.state.draft);
    const manualChecks = manualTicks(this.settings, checklistMonth(result));
    this.set({ mapping, result, computeError: null, manualChecks });
  }

  private async read(choice: SourceChoice): Promise<void> {
    const located = await loadSource(this.host.port, this.settings, choice, this.state.sheets);
    this.set({ source: choice, located, tagged: false, dashboard: null });
    await yieldToUi();
    this.recompute();
  }

  /** Engine result and mapping view from the table, the draft mapping and the settings. */
  private recompute(): void {
    const { located, draft } = this.state;
    if (!located) return;
    const mapping = mappingView(located.table.headers, draft);
    const overrides = mapping.problem ? confirmedMapping(mapping, located.table.headers) : draft;
    try {
      const result = compute(located.table, { ...engineOptions(this.settings), mapping: overrides });
      const manualChecks = manualTicks(this.settings, checklistMonth(result));
      this.set({ mapping, result, computeError: null, manualChecks });
    } catch (e) {
      this.set({ mapping, result: null, computeError: errorText(e) });
    }
  }

  /** The user picks a column for a field (UNMAP = none, null = back to the detection). */
  setField(field: keyof MappingOverrides, header: string | typeof UNMAP | null): void {
    const before = this.state.mapping;
    this.set({
      draft: withOverride(this.state.draft, field, header),
      mappingConfirmed: false,
      tagged: false,
    });
    this.recompute();
    const { mapping, located } = this.state;
    const moved =
      before && mapping && located && header !== null && header !== UNMAP
        ? movedFields(before, mapping, field, located.table.headers)
        : [];
    this.set({ moved });
  }

  /** Confirms the mapping: stored in the workbook with the source, shared with functions and ribbon. */
  async confirmMapping(): Promise<void> {
    const { located, mapping, source } = this.state;
    if (!located || !mapping || !source) return;
    const stored = confirmedMapping(mapping, located.table.headers);
    // Whether the source is a journal: CAOP.ISOP / CAOP.REASON then read account names as the engine does.
    const journal = isJournalLayout(detectMapping(located.table.headers, stored).layout);
    await this.save({ ...withSource(this.settings, source), mapping: stored, journal });
    this.set({ draft: stored, mappingConfirmed: true, moved: [], step: "tagging" });
    this.recompute();
  }

  /**
   * Settings take effect at once (the next change builds on them) and are written to the workbook
   * in order, one write after the other.
   */
  private save(settings: CaopSettings): Promise<void> {
    this.set({ settings });
    const write = this.writes.then(() => this.host.port.saveSettings(settings));
    this.writes = write.catch(() => undefined);
    return write;
  }

  /** Writes OP / Motif / Contribution CA OP / Mois CA OP beside the data, in slices, with progress. */
  async tag(): Promise<void> {
    await this.run(
      "tag",
      async (signal) => {
        await this.retag(signal);
        this.set({ notice: { level: "success", text: formatBoth("lines_tagged") } });
      },
      true,
    );
  }

  /** Writes the tags of the current result (recomputed on every change of data, mapping or settings). */
  private async retag(signal?: AbortSignal): Promise<void> {
    const { located, result } = this.state;
    if (!located || !result) throw new Error(this.state.computeError?.fr ?? "rien à marquer");
    await writeTagging(this.host.port, result, located.layout, {
      signal,
      onProgress: this.progress,
      lang: this.lang,
    });
    this.set({ tagged: true, dashboard: null });
  }

  /** Settings changed by the user (decisions, rules, strict mode): stored, recomputed, re-tagged if tagged. */
  private async change(settings: CaopSettings): Promise<void> {
    await this.run("save", async () => {
      const wasTagged = this.state.tagged;
      await this.save(settings);
      this.set({ dashboard: null });
      this.recompute();
      if (wasTagged) await this.retag();
    });
  }

  /** One-click decision on a line (by engine line index): kept as a manual decision. */
  async decide(index: number, decision: ManualDecision): Promise<void> {
    const { result } = this.state;
    if (!result) return;
    await this.change(withDecision(this.settings, decisionKey(result, index), decision));
  }

  /** Withdraws the manual decision of a line. */
  async undecide(index: number): Promise<void> {
    const { result } = this.state;
    if (!result) return;
    await this.change(withDecision(this.settings, decisionKey(result, index), null));
  }

  /** Saves an edited rule set (the caller checked it with ruleProblems). */
  async saveRules(rules: RuleSet): Promise<void> {
    await this.change({ ...this.settings, rules: stamped(rules) });
  }

  /** Back to the built-in rules. */
  async resetRules(): Promise<void> {
    await this.change({ ...this.settings, rules: undefined });
  }

  /** Amounts debit positive (a ledger's credits written negative): read negated; off, the data decides. */
  async setDebitPositive(on: boolean): Promise<void> {
    await this.change({ ...this.settings, signs: on ? "debit_positive" : undefined });
  }

  /** Strict mode: lines to review are excluded instead of counted. */
  async setStrict(strict: boolean): Promise<void> {
    await this.change({ ...this.settings, strict });
  }

  /** Dashboard choices (fiscal year, start month, segment field, alerts), stored at once. */
  async setDashboardOptions(
    patch: Partial<Pick<CaopSettings, "year" | "fiscalYearStartMonth" | "segmentField" | "alerts">>,
  ): Promise<void> {
    await this.save({ ...this.settings, ...patch });
    this.set({ dashboard: null });
  }

  /** Generates or refreshes the dashboard (and tagging, detail sheets), with progress and cancel. */
  async generate(): Promise<void> {
    await this.run(
      "dashboard",
      async (signal) => {
        const opts = this.generateOptions(signal);
        const g = this.host.generator
          ? await this.host.generator.dashboard(this.host.port, opts)
          : await generateDashboard(this.host.port, opts);
        const sheet = shownSheet(g);
        this.set({
          dashboard: { sheet, model: g.model, result: g.result, messages: g.messages },
          tagged: true,
          sheets: await this.host.port.listSheets(),
          notice: {
            level: "success",
            text: formatBoth("dashboard_generated", { sheet }),
          },
        });
        if (this.host.activate && sheet) await this.host.activate(sheet);
      },
      true,
    );
  }

  /** Generates the quarter's quality-control sheet (5 % sample, verdicts kept). */
  async generateQc(quarter: string): Promise<void> {
    await this.run(
      "qc",
      async (signal) => {
        const opts = this.generateOptions(signal);
        const g = this.host.generator
          ? await this.host.generator.qc(this.host.port, quarter, opts)
          : await generateQc(this.host.port, quarter, opts);
        const sheet = shownSheet(g);
        this.set({
          qc: { sheet, quarter, sample: g.model.sample.length },
          sheets: await this.host.port.listSheets(),
          notice: {
            level: "success",
            text: formatBoth("qc_generated", { sheet }),
          },
        });
        if (this.host.activate && sheet) await this.host.activate(sheet);
      },
      true,
    );
  }

  /** Options of a generation: the settings with the chosen data sheet, cancel, progress and clock. */
  private generateOptions(signal: AbortSignal): GenerateOptions {
    const settings = this.state.source ? withSource(this.settings, this.state.source) : this.settings;
    return { settings, signal, onProgress: this.progress, now: this.host.now?.(), lang: this.lang };
  }

  /** Cancels the operation under way (tagging between slices, generation inside the host). */
  cancel(): void {
    this.controller?.abort();
  }

  /** Ticks or unticks a checklist step by hand: kept in the workbook for the month being closed. */
  setCheck(id: CheckId, done: boolean): void {
    this.set({ manualChecks: { ...this.state.manualChecks, [id]: done } });
    const month = checklistMonth(this.state.result);
    if (!month || !this.state.settings) return;
    this.save(withTick(this.settings, month, id, done)).catch((e: unknown) =>
      this.set({ notice: { level: "error", text: errorText(e) } }),
    );
  }

  /** Closes the notice. */
  dismiss(): void {
    this.set({ notice: null });
  }
}
