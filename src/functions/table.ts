/**
 * The engine run behind every table function: the range becomes a RawTable, the workbook's settings
 * become engine options (the confirmed mapping only when the range's headers match it), and a line
 * the engine had to leave out becomes the function's #VALUE! error naming its row, column and value.
 * Results are memoised per settings version, date system, address and exact range values, so twelve
 * monthly =CAOP(range;"2025-0m") cells on one range cost one computation (issue 10, item 8).
 */
import { compute, type EngineOptions, type EngineResult } from "../core/engine";
import { EngineError } from "../core/errors";
import { fieldNames } from "../core/fields";
import { engineOptions, type CaopSettings } from "../core/settings";
import { normalizeText } from "../core/text";
import type { CellValue, Diagnostic, FieldId, MappingOverrides, RawTable } from "../core/types";
import type { FunctionContext } from "./context";
import { FunctionError, invalid } from "./errors";
import { headerList } from "./field";
import { normalizeCell, tableArg } from "./input";
import { MESSAGES, message, type MessageId } from "./messages";

/**
 * The confirmed mapping when every header it names is in this range, else undefined (another table:
 * auto-detection decides). Index overrides only apply together with matching header texts.
 */
export function mappingFor(
  headers: readonly string[],
  mapping: MappingOverrides,
): MappingOverrides | undefined {
  const entries = Object.entries(mapping).filter(([, v]) => v !== undefined && v !== "");
  if (entries.length === 0) return undefined;
  const present = new Set(headers.map((h) => normalizeText(h)));
  const named = entries.filter(([, v]) => typeof v === "string");
  if (named.length === 0) return undefined;
  const matches = named.every(([, v]) => present.has(normalizeText(String(v))));
  return matches ? mapping : undefined;
}

/** Engine options of a call: the workbook's settings applied to this range. */
export function optionsFor(table: RawTable, settings: CaopSettings, date1904: boolean): EngineOptions {
  const base = engineOptions(settings);
  return { ...base, mapping: mappingFor(table.headers, settings.mapping), date1904 };
}

/** The first line the engine could not use, as an Excel error (with the count of further ones). */
export function lineError(diagnostics: readonly Diagnostic[]): FunctionError | null {
  const errors = diagnostics.filter((d) => d.severity === "error" && d.row > 0);
  if (errors.length === 0) return null;
  const d = errors[0];
  const own =
    d.code in MESSAGES
      ? message(d.code as MessageId, { row: d.row, column: d.column, value: d.value })
      : null;
  const text = own ?? { fr: d.message, en: d.messageEn };
  if (errors.length === 1) return new FunctionError("#VALUE!", text);
  return new FunctionError("#VALUE!", message("more_rows", { message: text, count: errors.length - 1 }));
}

/** A missing required column named as users know it ("Montant (amount)"), with the headers found. */
function missingColumn(e: EngineError, headers: readonly string[]): FunctionError {
  const missing = (Array.isArray(e.details.missing) ? e.details.missing : []) as FieldId[];
  return invalid("missing_column", {
    columns: { fr: fieldNames(missing, "fr"), en: fieldNames(missing, "en") },
    headers: headerList(headers),
  });
}

/** One memoised engine run: what it was computed from (a copy of the range as Excel passed it) and its result. */
interface MemoEntry {
  settings: CaopSettings;
  date1904: boolean;
  address: string | undefined;
  /** The range's rows, header row included, copied before tableArg normalised them. */
  raw: unknown[][];
  result: EngineResult;
}

let memo: MemoEntry[] = [];
let memoSize = 4;
let engineRunCount = 0;

/** How many times the engine ran for the functions (tests and the bench count computations). */
export function engineRuns(): number {
  return engineRunCount;
}

/** Sets how many results are kept (0 turns memoisation off: the bench measures both) and empties it. */
export function setMemoSize(entries: number): void {
  memoSize = entries;
  memo = [];
}

/** Same cell value: primitives by value, dates by time, error values by their code. */
function sameValue(a: CellValue, b: CellValue): boolean {
  if (a === b) return true;
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (a !== null && b !== null && typeof a === "object" && typeof b === "object")
    return "error" in a && "error" in b && a.error === b.error;
  return false;
}

/** Same cell as Excel passed it: objects (dates, error and rich values, new with each call) compared as read. */
function sameCell(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object") return false;
  return sameValue(normalizeCell(a), normalizeCell(b));
}

/**
 * True when the range holds exactly the values the entry was computed from (every cell compared: a
 * changed cell misses). Compared before tableArg, so a memo hit reads the range once.
 */
function sameValues(e: MemoEntry, range: readonly unknown[]): boolean {
  if (e.raw.length !== range.length) return false;
  for (let i = 0; i < range.length; i++) {
    const x = e.raw[i];
    const y = range[i];
    if (!Array.isArray(y) || x.length !== y.length) return false;
    for (let j = 0; j < x.length; j++) {
      const a = x[j];
      const b: unknown = y[j];
      if (a !== b && !sameCell(a, b)) return false;
    }
  }
  return true;
}

/** The memoised result for this range under these settings, or undefined. */
function remembered(
  range: unknown,
  address: string | undefined,
  ctx: FunctionContext,
): EngineResult | undefined {
  if (!Array.isArray(range)) return undefined;
  const hit = memo.find(
    (e) =>
      e.settings === ctx.settings &&
      e.date1904 === ctx.date1904 &&
      e.address === address &&
      sameValues(e, range),
  );
  return hit?.result;
}

/** Keeps a result with the copy of the range it came from (Excel may reuse or change the arrays). */
function remember(
  raw: unknown[][],
  address: string | undefined,
  ctx: FunctionContext,
  result: EngineResult,
): void {
  memo = [{ settings: ctx.settings, date1904: ctx.date1904, address, raw, result }, ...memo].slice(
    0,
    memoSize,
  );
}

/** A copy of a range's rows as Excel passed them, or null when nothing is memoised or it is no table. */
function rawCopy(range: unknown): unknown[][] | null {
  if (memoSize <= 0 || !Array.isArray(range) || !range.every((r) => Array.isArray(r))) return null;
  return (range as unknown[][]).map((r) => r.slice());
}

/** Runs the engine on a range argument (or reuses the same run); throws the first unusable line as #VALUE!. */
export function computeRange(
  range: unknown,
  address: string | undefined,
  ctx: FunctionContext,
): EngineResult {
  let result = remembered(range, address, ctx);
  if (result === undefined) {
    // Copied before tableArg normalises the cells in place.
    const raw = rawCopy(range);
    const table = tableArg(range, address);
    try {
      engineRunCount++;
      result = compute(table, optionsFor(table, ctx.settings, ctx.date1904));
    } catch (e) {
      if (e instanceof EngineError && e.code === "missing_column") throw missingColumn(e, table.headers);
      throw e;
    }
    if (raw !== null) remember(raw, address, ctx, result);
  }
  const error = lineError(result.diagnostics);
  if (error) throw error;
  return result;
}
