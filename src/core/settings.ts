/**
 * The settings a workbook carries (stored in the workbook, not the browser): mapping, rules,
 * manual decisions and dashboard choices. Shared by task pane, custom functions, ribbon and CLI.
 */
import type { AlertSettings } from "./alerts";
import { DEFAULT_ALERT_SETTINGS } from "./alerts";
import type { EngineOptions } from "./engine";
import { validateRules, type RuleSet } from "./rules";
import type { Decisions, Diagnostic, Lang, MappingOverrides } from "./types";

export interface CaopSettings {
  /** Schema version of this object. */
  version: 1;
  /** Where the data is: sheet name and address ("Ventes!A1:H5000"), when chosen in the task pane. */
  source?: { sheet: string; address?: string };
  /** Columns confirmed by the user (header text per field). */
  mapping: MappingOverrides;
  /**
   * The source is a journal (debit/credit or amount/direction), as read when its mapping was
   * confirmed: CAOP.ISOP and CAOP.REASON then read an account written as a name ("Accounts
   * Receivable", "Interest Earned") as the engine does for that source. Undefined: not known.
   */
  journal?: boolean;
  /** The user's rule set; undefined = built-in rules. */
  rules?: RuleSet;
  decisions: Decisions;
  strict: boolean;
  /**
   * The user's word on a single signed amount (the pane's "Amounts debit positive", the CLI's
   * `--signs`): "debit_positive" reads it negated, "as_written" as it is; undefined, the data decides.
   */
  signs?: "debit_positive" | "as_written";
  locale: Lang;
  /** First month of the fiscal year, 1..12. */
  fiscalYearStartMonth: number;
  /** Fiscal year shown on the dashboard (calendar year it starts in); undefined = latest in data. */
  year?: number;
  segmentField: string;
  alerts: AlertSettings;
  /**
   * The monthly checklist's steps ticked by hand, per month closed ("2025-03" → step → ticked),
   * so the ticks outlive the pane. Undefined until the user ticks one.
   */
  checklist?: Record<string, Partial<Record<string, boolean>>>;
  /**
   * Problems found when these settings were read (a stored rule set that fails validation, replaced
   * by the built-in rules). Not saved: `settingsJson` leaves it out and `parseSettings` recomputes it.
   */
  diagnostics?: Diagnostic[];
}

/** Settings of a workbook that has none yet. */
export function defaultSettings(): CaopSettings {
  return {
    version: 1,
    mapping: {},
    decisions: {},
    strict: false,
    locale: "fr",
    fiscalYearStartMonth: 1,
    segmentField: "segment",
    alerts: { ...DEFAULT_ALERT_SETTINGS },
  };
}

/** The engine options these settings mean. */
export function engineOptions(s: CaopSettings): EngineOptions {
  return {
    mapping: s.mapping,
    mappingConfirmed: true,
    rules: s.rules,
    decisions: s.decisions,
    strict: s.strict,
    locale: s.locale,
    signs: s.signs,
  };
}

/**
 * Reads settings saved as JSON, filling what is missing with defaults (older or hand-edited saves).
 * The stored rule set is validated here, where it enters: an invalid one is replaced by the built-in
 * rules, with a `rules_invalid` diagnostic naming its problems.
 */
export function parseSettings(json: string | null | undefined): CaopSettings {
  const base = defaultSettings();
  if (!json) return base;
  let raw: Partial<CaopSettings>;
  try {
    raw = JSON.parse(json) as Partial<CaopSettings>;
  } catch {
    return base;
  }
  if (typeof raw !== "object" || raw === null) return base;
  const { diagnostics: _stale, ...saved } = raw;
  const settings: CaopSettings = {
    ...base,
    ...saved,
    version: 1,
    mapping: { ...(raw.mapping ?? {}) },
    decisions: { ...(raw.decisions ?? {}) },
    alerts: { ...base.alerts, ...(raw.alerts ?? {}) },
  };
  if (typeof raw.checklist !== "object" || raw.checklist === null) delete settings.checklist;
  if (typeof raw.journal !== "boolean") delete settings.journal;
  if (raw.signs !== "debit_positive" && raw.signs !== "as_written") delete settings.signs;
  if (settings.rules === undefined || settings.rules === null) return settings;
  const problems = validateRules(settings.rules);
  if (problems.length === 0) return settings;
  const list = (lang: "fr" | "en"): string => problems.map((p) => p[lang]).join(" ");
  return {
    ...settings,
    rules: undefined,
    diagnostics: [
      {
        row: 0,
        column: "",
        value: "",
        code: "rules_invalid",
        severity: "warning",
        message: `jeu de règles du classeur invalide, règles par défaut utilisées : ${list("fr")}`,
        messageEn: `the workbook's rule set is invalid, default rules used: ${list("en")}`,
      },
    ],
  };
}

/** The JSON a host stores for these settings (without the diagnostics found when they were read). */
export function settingsJson(s: CaopSettings): string {
  const { diagnostics: _read, ...saved } = s;
  return JSON.stringify(saved);
}
