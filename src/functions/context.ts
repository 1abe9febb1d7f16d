/**
 * What a custom function knows about where it runs: the user's language, the workbook's settings
 * (mapping, rules, decisions… stored in the workbook by the task pane), the date system, and whether
 * Excel takes formatted numbers back. Read through small seams so tests (and the task pane, in the
 * shared runtime) can set them; Office globals are only touched here, and only when present.
 */
import { parseSettings, type CaopSettings } from "../core/settings";
import type { Lang } from "../core/types";

/**
 * Key under which versions before the shared settings sheet kept the settings in the add-in's
 * settings (`Office.context.document.settings`): read only as a last resort, before startup has
 * read the workbook's settings sheet (src/workbook/office-settings.ts).
 */
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

/**
 * The settings bus of the shared runtime: the task pane and the functions are separate bundles on
 * one page (taskpane.html), so their module state is not shared; this one object on `globalThis`
 * is. The pane publishes what it saves (publishSettingsJson), the functions read it at once.
 */
interface SettingsBus {
  /** The settings JSON last published or read through the Excel API (undefined: none yet; null: none saved). */
  json: string | null | undefined;
  /** Bumped on every publication: memoised results of an older version are never reused. */
  version: number;
  /** The last JSON parsed and its settings, so calls share one object per version (no re-parse). */
  parsed?: { json: string; settings: CaopSettings };
}

const BUS_KEY = Symbol.for("caop.functions.settingsBus");

/** The one settings bus of this page (created on first use). */
export function settingsBus(): SettingsBus {
  const g = globalThis as unknown as Record<symbol, SettingsBus | undefined>;
  let bus = g[BUS_KEY];
  if (bus === undefined) {
    bus = { json: undefined, version: 0 };
    g[BUS_KEY] = bus;
  }
  return bus;
}

/** Records the settings JSON read from the workbook or saved by the pane; later calls use it at once. */
export function setWorkbookSettingsJson(json: string | null | undefined): void {
  const bus = settingsBus();
  if (bus.json === json) return;
  bus.json = json;
  bus.version++;
}

/** Parses settings JSON once per distinct text (every call of a recalculation shares the object). */
function parsedSettings(json: string): CaopSettings {
  const bus = settingsBus();
  if (bus.parsed?.json === json) return bus.parsed.settings;
  const settings = parseSettings(json);
  bus.parsed = { json, settings };
  return settings;
}

/**
 * Settings saved in the workbook by the task pane, or null when there are none (or Office is
 * absent): the copy on the settings bus (published by the pane on save, read through the Excel
 * API at start and on onSettingsChanged), else Office's document settings as loaded at start.
 */
export function workbookSettings(): CaopSettings | null {
  const json = settingsBus().json;
  if (json !== undefined) return json === null ? null : parsedSettings(json);
  try {
    const raw = office()?.context?.document?.settings?.get(SETTINGS_KEY);
    if (raw === null || raw === undefined) return null;
    return parsedSettings(typeof raw === "string" ? raw : JSON.stringify(raw));
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
  setWorkbookSettingsJson(undefined);
  settingsBus().parsed = undefined;
}

let defaults: CaopSettings | undefined;

/** The context of one call, read fresh each time (the task pane may have changed the settings). */
export function currentContext(): FunctionContext {
  const settings = (overrides.settings ?? workbookSettings)() ?? (defaults ??= parseSettings(null));
  return {
    lang: overrides.lang ?? officeLanguage(),
    settings,
    date1904: overrides.date1904 ?? false,
    formattedNumbers: overrides.formattedNumbers ?? hostSupports("CustomFunctionsRuntime", "1.4"),
  };
}
