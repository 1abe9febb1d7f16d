/**
 * Arguments as Excel hands them to custom functions, turned into the core's vocabulary: cells
 * (numbers, texts, booleans, date serials, empties as "" / null, error values, data-type objects)
 * become CellValue; a range with its header row becomes a RawTable with the sheet's row numbers.
 */
import { cellText, isBlank, isCellError } from "../core/cells";
import type { CellError, CellValue, RawTable } from "../core/types";
import { FunctionError, invalid, isExcelErrorCode, type ExcelErrorCode } from "./errors";
import { ARG_NAMES, message, type ArgName } from "./messages";

/** Errors Excel accepts back from a custom function; others (#NAME?, #REF!) are returned as #VALUE!. */
const RETURNABLE: ReadonlySet<string> = new Set(["#VALUE!", "#N/A", "#DIV/0!", "#NUM!", "#NULL!"]);

/** Error-code names some hosts use instead of the error text (Excel.ErrorCellValueType). */
const ERROR_TYPE_TEXT: Readonly<Record<string, string>> = {
  Value: "#VALUE!",
  NotAvailable: "#N/A",
  Div0: "#DIV/0!",
  Num: "#NUM!",
  Null: "#NULL!",
  Name: "#NAME?",
  Ref: "#REF!",
  Busy: "#BUSY!",
  Calc: "#CALC!",
  Connect: "#CONNECT!",
  Spill: "#SPILL!",
  Field: "#FIELD!",
  Blocked: "#BLOCKED!",
  GettingData: "#GETTING_DATA",
};

/**
 * One cell as the core reads it. Plain values pass through; error values (CustomFunctions.Error,
 * `{ type: "Error" }` data types, `{ error }`) become `{ error: "#N/A" }`; other data types give
 * their basic value (a formatted number is its number).
 */
export function normalizeCell(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  const t = typeof v;
  if (t === "string" || t === "number" || t === "boolean") return v as string | number | boolean;
  if (v instanceof Date) return v;
  if (t !== "object") return String(v);
  const o = v as Record<string, unknown>;
  if (typeof o.error === "string") return { error: o.error };
  if (typeof o.code === "string" && o.code.startsWith("#")) return { error: o.code };
  if (o.type === "Error" || typeof o.errorType === "string") {
    if (typeof o.basicValue === "string" && o.basicValue.startsWith("#")) return { error: o.basicValue };
    const name = typeof o.errorType === "string" ? ERROR_TYPE_TEXT[o.errorType] : undefined;
    return { error: name ?? "#VALUE!" };
  }
  if ("basicValue" in o) return normalizeCell(o.basicValue);
  if (typeof o.text === "string") return o.text;
  return { error: "#VALUE!" };
}

/** True for an argument the user left out: missing, an empty cell ("" or null). */
export function isOmitted(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/** A scalar argument as a cell value; an error value stops the call with that error (as Excel does). */
export function scalarArg(v: unknown, arg: ArgName): CellValue {
  // Excel passes a one-cell matrix for a scalar in some hosts: take its only cell.
  const cell = normalizeCell(
    Array.isArray(v) && v.length === 1 && Array.isArray(v[0]) && v[0].length === 1 ? v[0][0] : v,
  );
  if (isCellError(cell)) throw argError(cell, arg);
  return cell;
}

/** The Excel error an argument holding an error value gives back (same error when Excel allows it). */
export function argError(cell: CellError, arg: ArgName): FunctionError {
  const code: ExcelErrorCode =
    RETURNABLE.has(cell.error) && isExcelErrorCode(cell.error) ? cell.error : "#VALUE!";
  return new FunctionError(code, message("arg_error", { arg: ARG_NAMES[arg], value: cell.error }));
}

/** An optional text argument (field, value, kind): trimmed text, or null when left out. */
export function textArg(v: unknown, arg: ArgName): string | null {
  if (isOmitted(v)) return null;
  const cell = scalarArg(v, arg);
  if (isBlank(cell)) return null;
  if (typeof cell === "boolean") throw invalid("bad_text", { arg: ARG_NAMES[arg], value: cellText(cell) });
  return cellText(cell).trim();
}

/**
 * Top row number of a range address as `invocation.parameterAddresses` gives it
 * ("Ventes!A1:H5000", "'Mes ventes'!$B$3:$F$90", "Feuil1!A:H" → 1), or null when unknown.
 */
export function topRowOf(address: string | undefined | null): number | null {
  if (typeof address !== "string" || address === "") return null;
  const bang = address.lastIndexOf("!");
  const ref = (bang >= 0 ? address.slice(bang + 1) : address).split(":")[0].replace(/\$/g, "");
  const m = /^[A-Za-z]{0,3}(\d*)$/.exec(ref);
  if (m === null) return null;
  return m[1] === "" ? 1 : Number(m[1]);
}

/** A row that holds nothing but empty cells as some hosts pass them ("", null, or 0). */
function isEmptyRow(row: readonly unknown[]): boolean {
  for (let j = 0; j < row.length; j++) {
    const c = row[j];
    if (c !== "" && c !== null && c !== undefined && c !== 0) return false;
  }
  return true;
}

const NO_CELLS: CellValue[] = [];

/**
 * A range with its header row as the engine's RawTable. Cells are normalised in place (the array is
 * the call's own copy); rows keep the sheet's numbering when the range address is known. Rows of
 * empty cells are blank rows, also where a host passes empty cells as 0 (no sales line is all zeros:
 * its date would be serial 0).
 */
export function tableArg(v: unknown, address: string | undefined, arg: ArgName = "table"): RawTable {
  if (!Array.isArray(v) || v.length === 0 || !Array.isArray(v[0])) {
    throw invalid("not_a_table", { arg: ARG_NAMES[arg] });
  }
  const matrix = v as unknown[][];
  for (let i = 0; i < matrix.length; i++) {
    const row = matrix[i];
    if (!Array.isArray(row)) throw invalid("not_a_table", { arg: ARG_NAMES[arg] });
    if (i > 0 && isEmptyRow(row)) {
      matrix[i] = NO_CELLS;
      continue;
    }
    for (let j = 0; j < row.length; j++) {
      const c = row[j];
      // Fast path: plain values are already CellValue.
      if (c !== null && typeof c === "object" && !(c instanceof Date)) row[j] = normalizeCell(c);
    }
  }
  const headers = (matrix[0] as CellValue[]).map((h) => (h === 0 ? "" : cellText(h).trim()));
  const top = topRowOf(address);
  return {
    headers,
    rows: matrix.slice(1) as CellValue[][],
    firstRow: top === null ? 2 : top + 1,
    source: typeof address === "string" && address !== "" ? address : ARG_NAMES[arg].fr,
  };
}

/** All cells of a range or scalar argument, row by row (CAOP.NET takes numbers or ranges). */
export function cellsOf(v: unknown): CellValue[] {
  if (!Array.isArray(v)) return [normalizeCell(v)];
  const out: CellValue[] = [];
  for (const row of v) {
    if (Array.isArray(row)) for (const c of row) out.push(normalizeCell(c));
    else out.push(normalizeCell(row));
  }
  return out;
}
