/**
 * The settings a workbook carries (stored in the workbook, not the browser): mapping, rules,
 * manual decisions and dashboard choices. Shared by task pane, custom functions, ribbon and CLI.
 */
import type { AlertSettings } from "./alerts";
import { DEFAULT_ALERT_SETTINGS } from "./alerts";
import type { EngineOptions } from "./engine";
import type { RuleSet } from "./rules";
import type { Decisions, Lang, MappingOverrides } from "./types";

export interface CaopSettings {
  /** Schema version of this object. */
  version: 1;
  /** Where the data is: sheet name and address ("Ventes!A1:H5000"), when chosen in the task pane. */
  source?: { sheet: string; address?: string };
  /** Columns confirmed by the user (header text per field). */
  mapping: MappingOverrides;
  /** The user's rule set; undefined = built-in rules. */
  rules?: RuleSet;
  decisions: Decisions;
  strict: boolean;
  locale: Lang;
  /** First month of the fiscal year, 1..12. */
  fiscalYearStartMonth: number;
  /** Fiscal year shown on the dashboard (calendar year it starts in); undefined = latest in data. */
  year?: number;
  segmentField: string;
  alerts: AlertSettings;
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
  return { mapping: s.mapping, rules: s.rules, decisions: s.decisions, strict: s.strict, locale: s.locale };
}

/** Reads settings saved as JSON, filling what is missing with defaults (older or hand-edited saves). */
export function parseSettings(json: string | null | undefined): CaopSettings {
  const base = defaultSettings();
  if (!json) return base;
  try {
    const raw = JSON.parse(json) as Partial<CaopSettings>;
    return {
      ...base,
      ...raw,
      version: 1,
      mapping: { ...(raw.mapping ?? {}) },
      decisions: { ...(raw.decisions ?? {}) },
      alerts: { ...base.alerts, ...(raw.alerts ?? {}) },
    };
  } catch {
    return base;
  }
}
