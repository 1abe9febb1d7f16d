/**
 * The functions' side of Office startup: every call settles through `guarded`, which first waits
 * for one ready promise (the workbook's date system, 1900 or 1904, and the settings the task pane
 * saved in its very hidden sheet), so an early call never computes with 1900 dates or no mapping.
 * Settings stay fresh through the pane (publishSettings, same shared runtime) and the settings
 * sheet's onChanged (co-authoring).
 */
import type { Lang } from "../core/types";
import {
  currentContext,
  hostSupports,
  setFunctionContext,
  setWorkbookSettingsJson,
  type FunctionContext,
} from "./context";
import { readSettingsJson as readWorkbookSettingsJson, SETTINGS_SHEET } from "../workbook/office-settings";
import { toExcelError } from "./errors";

/** How long a call waits for Office at most before computing with what is known (never pending forever). */
export const READY_TIMEOUT_MS = 20_000;

/** Settles when the date system and the settings are read (at once outside Office). */
let ready: Promise<void> = Promise.resolve();

/** The promise every call waits for: the date system and settings are known when it settles. */
export function functionsReady(): Promise<void> {
  return ready;
}

/**
 * Runs one function body with the call's context once the host is ready; whatever it throws
 * becomes the Excel error with its message in the user's language. Always settles: the ready
 * promise never rejects and is bounded by READY_TIMEOUT_MS.
 */
export async function guarded<T>(body: (ctx: FunctionContext) => T): Promise<T> {
  await ready;
  let lang: Lang = "fr";
  try {
    const ctx = currentContext();
    lang = ctx.lang;
    return body(ctx);
  } catch (e) {
    throw toExcelError(e, lang);
  }
}

/** True when the workbook uses the 1904 date system: DATE(1904;1;1) is 0 there, 1462 in 1900. */
export async function readDate1904(): Promise<boolean> {
  if (typeof Excel === "undefined" || !hostSupports("ExcelApi", "1.2")) return false;
  return Excel.run(async (context) => {
    const r = context.workbook.functions.date(1904, 1, 1);
    r.load("value");
    await context.sync();
    return r.value === 0;
  });
}

/**
 * The settings JSON saved in the workbook, null when none: the very hidden sheet every host shares
 * (src/workbook/office-settings.ts), or the add-in settings of an older version (read, not moved:
 * the pane moves them when it opens).
 */
export async function readSettingsJson(): Promise<string | null> {
  return Excel.run((context) => readWorkbookSettingsJson(context, false));
}

/**
 * Reads the settings now, and again whenever the settings sheet changes (a co-author's pane saved):
 * `Worksheet.onChanged`, ExcelApi 1.7,
 * https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-onchanged-member.
 * The pane of this runtime publishes its own saves directly (publishSettings).
 */
export async function followSettings(): Promise<void> {
  if (typeof Excel === "undefined" || !hostSupports("ExcelApi", "1.4")) return;
  setWorkbookSettingsJson(await readSettingsJson());
  if (!hostSupports("ExcelApi", "1.7")) return;
  await Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItemOrNullObject(SETTINGS_SHEET);
    await context.sync();
    if (ws.isNullObject) return;
    ws.onChanged.add(async () => {
      setWorkbookSettingsJson(await readSettingsJson().catch(() => undefined));
    });
    await context.sync();
  });
}

/** A promise that settles with the given one, or after `ms` at the latest (never rejects). */
function bounded(p: Promise<unknown>, ms: number): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
    (timer as { unref?: () => void }).unref?.();
  });
  return Promise.race([p.then(() => undefined), late])
    .catch(() => undefined)
    .finally(() => clearTimeout(timer));
}

/**
 * Starts what the functions need from Office (nothing outside Office: tests, Node). Calls made
 * before it settles wait for it (functionsReady), so they use the workbook's date system and settings.
 */
export function startFunctionsHost(): Promise<void> {
  const office = (globalThis as { Office?: { onReady?: () => Promise<unknown> } }).Office;
  if (typeof office?.onReady !== "function") return (ready = Promise.resolve());
  const started = office
    .onReady()
    .then(() =>
      Promise.all([
        readDate1904()
          .then((date1904) => setFunctionContext({ date1904 }))
          .catch(() => undefined),
        followSettings().catch(() => undefined),
      ]),
    )
    .then(() => undefined)
    .catch(() => undefined);
  ready = bounded(started, READY_TIMEOUT_MS);
  return ready;
}

/**
 * Asks Excel to recalculate every formula, so each cell of CAOP, CAOP.VAR, CAOP.ALERTS… is computed
 * again with new settings: custom functions are not volatile and Excel recalculates a cell only
 * when its inputs change. `CalculationType.full` "will mark all cells as dirty and then recalculate
 * them" (ExcelApi 1.1): https://learn.microsoft.com/javascript/api/excel/excel.calculationtype and
 * https://learn.microsoft.com/javascript/api/excel/excel.application#excel-excel-application-calculate-member(1)
 */
export async function recalculateFunctions(): Promise<void> {
  if (typeof Excel === "undefined") return;
  await Excel.run(async (context) => {
    context.workbook.application.calculate("Full");
    await context.sync();
  });
}

/**
 * The pane saved settings in the workbook: the functions use them from their next call (settings
 * bus of the shared runtime) and Excel recalculates their cells. A recalculation failure is
 * returned to the caller (the settings are already saved and published).
 */
export async function publishSettings(json: string): Promise<void> {
  setWorkbookSettingsJson(json);
  await recalculateFunctions();
}
