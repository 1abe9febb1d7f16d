/**
 * The functions' side of Office startup: every call settles through `guarded`; once Office is
 * ready the workbook's date system (1900 or 1904) is read a single time, and the settings the task
 * pane saves in the workbook are read and kept fresh (onSettingsChanged), so calls stay synchronous.
 */
import type { Lang } from "../core/types";
import {
  currentContext,
  hostSupports,
  setFunctionContext,
  setWorkbookSettingsJson,
  SETTINGS_KEY,
  type FunctionContext,
} from "./context";
import { toExcelError } from "./errors";

/**
 * Runs one function body with the call's context; whatever it throws becomes the Excel error with
 * its message in the user's language. Synchronous: a call never leaves a pending promise.
 */
export function guarded<T>(body: (ctx: FunctionContext) => T): T {
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

/** The settings JSON saved in the workbook (Excel.SettingCollection, ExcelApi 1.4), null when none. */
export async function readSettingsJson(): Promise<string | null> {
  return Excel.run(async (context) => {
    const item = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
    item.load("value");
    await context.sync();
    if (item.isNullObject) return null;
    return typeof item.value === "string" ? item.value : JSON.stringify(item.value);
  });
}

/** Reads the settings now and again whenever the workbook's settings change. */
export async function followSettings(): Promise<void> {
  if (typeof Excel === "undefined" || !hostSupports("ExcelApi", "1.4")) return;
  setWorkbookSettingsJson(await readSettingsJson());
  await Excel.run(async (context) => {
    context.workbook.settings.onSettingsChanged.add(async () => {
      setWorkbookSettingsJson(await readSettingsJson().catch(() => undefined));
    });
    await context.sync();
  });
}

/** Starts what the functions need from Office (nothing outside Office: tests, Node). */
export function startFunctionsHost(): Promise<void> {
  const office = (globalThis as { Office?: { onReady?: () => Promise<unknown> } }).Office;
  if (typeof office?.onReady !== "function") return Promise.resolve();
  return office
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
}
