/**
 * Errors of the custom functions and their mapping to Excel errors (`CustomFunctions.Error`) with a
 * message in the user's language. Anything thrown below a function ends up here: nothing escapes
 * as a raw exception, and nothing is left pending.
 */
/// <reference types="custom-functions-runtime" />
import type { I18nText, Lang } from "../core/types";
import { message, type MessageArgs, type MessageId } from "./messages";

/** The Excel errors the functions return: #VALUE! (bad input) and #N/A (nothing to show); others only pass through. */
export type ExcelErrorCode = "#VALUE!" | "#N/A" | "#DIV/0!" | "#NUM!" | "#NULL!" | "#NAME?" | "#REF!";

/** Excel error text → CustomFunctions.ErrorCode member name (the runtime's enum). */
const ERROR_CODE_NAMES: Readonly<Record<ExcelErrorCode, keyof typeof CustomFunctions.ErrorCode>> = {
  "#VALUE!": "invalidValue",
  "#N/A": "notAvailable",
  "#DIV/0!": "divisionByZero",
  "#NUM!": "invalidNumber",
  "#NULL!": "nullReference",
  "#NAME?": "invalidName",
  "#REF!": "invalidReference",
};

/** Errors a function may return with a custom message (Excel shows messages for these two only). */
const WITH_MESSAGE: ReadonlySet<ExcelErrorCode> = new Set<ExcelErrorCode>(["#VALUE!", "#N/A"]);

/** Longest message handed to Excel; longer ones (long header lists) are cut with an ellipsis. */
export const MAX_MESSAGE_LENGTH = 255;

/** An error a function returns on purpose: the Excel error and the message in both languages. */
export class FunctionError extends Error {
  readonly code: ExcelErrorCode;
  readonly text: I18nText;

  constructor(code: ExcelErrorCode, text: I18nText) {
    super(text.fr);
    this.name = "FunctionError";
    this.code = code;
    this.text = text;
  }
}

/** A #VALUE! error from the message table. */
export function invalid(id: MessageId, args: MessageArgs = {}): FunctionError {
  return new FunctionError("#VALUE!", message(id, args));
}

/** A #N/A error from the message table. */
export function notAvailable(id: MessageId, args: MessageArgs = {}): FunctionError {
  return new FunctionError("#N/A", message(id, args));
}

/** True for an Excel error text this module knows ("#N/A"…). */
export function isExcelErrorCode(s: string): s is ExcelErrorCode {
  return Object.prototype.hasOwnProperty.call(ERROR_CODE_NAMES, s);
}

/** The message of any thrown value in one language: core errors carry fr/en, others their message. */
export function errorText(e: unknown, lang: Lang): { code: ExcelErrorCode; text: string } {
  if (e instanceof FunctionError) return { code: e.code, text: e.text[lang] };
  if (typeof e === "object" && e !== null) {
    const o = e as { fr?: unknown; en?: unknown; message?: unknown };
    // EngineError, MappingError, PeriodError…: bilingual errors of the core.
    if (typeof o.fr === "string" && typeof o.en === "string")
      return { code: "#VALUE!", text: lang === "fr" ? o.fr : o.en };
    if (typeof o.message === "string")
      return { code: "#VALUE!", text: message("internal", { message: o.message })[lang] };
  }
  return { code: "#VALUE!", text: message("internal", { message: String(e) })[lang] };
}

/** Cuts a message to what Excel shows, on a character boundary. */
export function clip(text: string, max = MAX_MESSAGE_LENGTH): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("")}…`;
}

/**
 * The `CustomFunctions.Error` Excel shows for any thrown value, with the message in `lang`. Where the
 * runtime has no CustomFunctions.Error (CustomFunctionsRuntime 1.1, or outside Excel), a plain Error
 * carrying the message: Excel shows #VALUE!.
 */
export function toExcelError(e: unknown, lang: Lang): CustomFunctions.Error | Error {
  const { code, text } = errorText(e, lang);
  const cf = (globalThis as { CustomFunctions?: typeof CustomFunctions }).CustomFunctions;
  if (typeof cf?.Error !== "function" || cf.ErrorCode === undefined) return new Error(clip(text));
  const member = cf.ErrorCode[ERROR_CODE_NAMES[code]] ?? cf.ErrorCode.invalidValue;
  return WITH_MESSAGE.has(code) ? new cf.Error(member, clip(text)) : new cf.Error(member);
}
