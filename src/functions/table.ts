/**
 * The engine run behind every table function: the range becomes a RawTable, the workbook's settings
 * become engine options (the confirmed mapping only when the range's headers match it), and a line
 * the engine had to leave out becomes the function's #VALUE! error naming its row, column and value.
 */
import { compute, type EngineOptions, type EngineResult } from "../core/engine";
import { EngineError } from "../core/errors";
import { FIELD_LABELS } from "../core/fields";
import { engineOptions, type CaopSettings } from "../core/settings";
import { normalizeText } from "../core/text";
import type { Diagnostic, FieldId, MappingOverrides, RawTable } from "../core/types";
import type { FunctionContext } from "./context";
import { FunctionError, invalid } from "./errors";
import { headerList } from "./field";
import { tableArg } from "./input";
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
  const name = (lang: "fr" | "en"): string =>
    missing.map((f) => (FIELD_LABELS[f] ? `${FIELD_LABELS[f][lang]} (${f})` : f)).join(", ");
  return invalid("missing_column", {
    columns: { fr: name("fr"), en: name("en") },
    headers: headerList(headers),
  });
}

/** Runs the engine on a range argument; throws the first unusable line as #VALUE!. */
export function computeRange(
  range: unknown,
  address: string | undefined,
  ctx: FunctionContext,
): EngineResult {
  const table = tableArg(range, address);
  let result: EngineResult;
  try {
    result = compute(table, optionsFor(table, ctx.settings, ctx.date1904));
  } catch (e) {
    if (e instanceof EngineError && e.code === "missing_column") throw missingColumn(e, table.headers);
    throw e;
  }
  const error = lineError(result.diagnostics);
  if (error) throw error;
  return result;
}
