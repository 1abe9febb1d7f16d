/**
 * What a custom function knows about where it runs: the user's language, the workbook's settings
 * (mapping, rules, decisions… stored in the workbook by the task pane), the date system, and whether
 * Excel takes formatted numbers back. Read through small seams so tests (and the task pane, in the
 * shared runtime) can set them; Office globals are only touched here, and only when present.
 */
import { parseSettings, type CaopSettings } from "../core/settings";
import type { Lang } from "../core/types";

/** Key of the settings in the workbook (`Office.context.document.settings`), as JSON text. */
export const SETTINGS_KEY = "caop.settings";

/** Everything a function call needs from its host. */
export interface FunctionContext {
  lang: Lang;
  settings: CaopSettings;
  /** The workbook counts dates from 1904 (old Mac workbooks). */
  date1904: boolean;
  /** Excel takes data types back from custom functions (CustomFunctionsRuntime 1.4): formatted %. */
  formattedNumbers: boolean;
}

/** The few Office members read here, typed loosely: the functions also run where Office is absent. */
interface OfficeLike {
  context?: {
    displayLanguage?: string;
    document?: { settings?: { get(name: string): unknown } };
    requirements?: { isSetSupported(name: string, minVersion?: string): boolean };
  };
}

function office(): OfficeLike | undefined {
  return (globalThis as { Office?: OfficeLike }).Office;
}

/** User's language: Office's display language when known ("fr-FR" → fr, any other → en), else French. */
export function officeLanguage(): Lang {
  const tag = office()?.context?.displayLanguage;
  if (typeof tag !== "string" || tag === "") return "fr";
  return tag.toLowerCase().startsWith("fr") ? "fr" : "en";
}

/** The settings JSON last read through the Excel API (undefined: not read; null: none saved). */
let excelSettingsJson: string | null | undefined;

/** Records the settings JSON read from the workbook through the Excel API (see host.ts). */
export function setWorkbookSettingsJson(json: string | null | undefined): void {
  excelSettingsJson = json;
}

/**
 * Settings saved in the workbook by the task pane, or null when there are none (or Office is
 * absent): the copy read through the Excel API (kept fresh on onSettingsChanged), else Office's
 * document settings (the same per-workbook store, as loaded when the add-in started).
 */
export function workbookSettings(): CaopSettings | null {
  if (excelSettingsJson !== undefined)
    return excelSettingsJson === null ? null : parseSettings(excelSettingsJson);
  try {
    const raw = office()?.context?.document?.settings?.get(SETTINGS_KEY);
    if (raw === null || raw === undefined) return null;
    return parseSettings(typeof raw === "string" ? raw : JSON.stringify(raw));
  } catch {
    return null;
  }
}

/** True when the host has a requirement set (false outside Office). */
export function hostSupports(name: string, minVersion: string): boolean {
  try {
    return office()?.context?.requirements?.isSetSupported(name, minVersion) === true;
  } catch {
    return false;
  }
}

interface Overrides {
  lang?: Lang | null;
  settings?: (() => CaopSettings | null) | null;
  date1904?: boolean | null;
  formattedNumbers?: boolean | null;
}

let overrides: Overrides = {};

/**
 * Replaces parts of the context (tests; the task pane may point the functions at its own settings
 * store). `null` restores the host's own value.
 */
export function setFunctionContext(next: Overrides): void {
  overrides = { ...overrides, ...next };
}

/** Forgets every override and the settings read from Excel (tests). */
export function resetFunctionContext(): void {
  overrides = {};
  excelSettingsJson = undefined;
}

/** The context of one call, read fresh each time (the task pane may have changed the settings). */
export function currentContext(): FunctionContext {
  const settings = (overrides.settings ?? workbookSettings)() ?? parseSettings(null);
  return {
    lang: overrides.lang ?? officeLanguage(),
    settings,
    date1904: overrides.date1904 ?? false,
    formattedNumbers: overrides.formattedNumbers ?? hostSupports("CustomFunctionsRuntime", "1.4"),
  };
}
