/** The OP flag column of one table: its convention, and each cell as the classifier should see it. */
import { BoundedCache } from "../cache";
import { cellText, isBlank, isCellError } from "../cells";
import { opFlagConvention, readOpFlag, type OpFlagConvention, type OpFlagReading } from "../classify";
import { diag, DIAG } from "../diagnostics";
import type { RuleSet } from "../rules";
import type { CellValue, Diagnostic } from "../types";

/** The OP flag column's convention: forced, or read from its values ("none" when it has none). */
export function flagColumnConvention(
  rows: readonly (readonly CellValue[])[],
  col: number | undefined,
  words: RuleSet["opFlag"],
  forced: OpFlagConvention | undefined,
): OpFlagConvention | "none" {
  if (col === undefined) return "none";
  if (forced) return forced;
  const values = rows.map((r) => r?.[col]);
  if (values.every((v) => isBlank(v) || isCellError(v))) return "none";
  return opFlagConvention(values, words);
}

/**
 * OP flag cell → the value the classifier sees: "non" for an empty cell under the "X / empty"
 * convention, undefined for an error cell; values in neither word list are diagnosed.
 */
export function opFlagCells(
  words: RuleSet["opFlag"],
  emptyIsNo: boolean,
  column: string,
  diagnostics: Diagnostic[],
): (v: CellValue, rowNumber: number) => CellValue {
  const readings = new BoundedCache<string, OpFlagReading>(20_000);
  return (v, rowNumber) => {
    if (isBlank(v)) return emptyIsNo ? "non" : v;
    if (isCellError(v)) return undefined;
    const key = typeof v === "string" ? v : cellText(v) + typeof v;
    let reading = readings.get(key);
    if (reading === undefined) readings.set(key, (reading = readOpFlag(v, words)));
    if (reading === "unknown") {
      diagnostics.push(diag(DIAG.opFlagUnknown, { row: rowNumber, column, value: cellText(v) }));
    }
    return v;
  };
}
