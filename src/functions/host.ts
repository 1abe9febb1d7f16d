/**
 * The functions' side of Office startup: every call settles through `guarded`, and once Office is
 * ready the workbook's date system (1900 or 1904) is read a single time.
 */
import type { Lang } from "../core/types";
import { currentContext, hostSupports, setFunctionContext, type FunctionContext } from "./context";
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

/** Starts what the functions need from Office (nothing outside Office: tests, Node). */
export function startFunctionsHost(): void {
  const office = (globalThis as { Office?: { onReady?: () => Promise<unknown> } }).Office;
  if (typeof office?.onReady !== "function") return;
  office
    .onReady()
    .then(readDate1904)
    .then((date1904) => setFunctionContext({ date1904 }))
    .catch(() => undefined);
}
