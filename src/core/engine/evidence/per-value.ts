/**
 * One warning per value of the rows a column's value set apart (a status "Annulée", a document type
 * "Devis"): its first row and its count, values compared as normalizeText reads them.
 */
import { cellText } from "../../cells";
import { diag, type DiagSpec } from "../../diagnostics";
import { normalizeText } from "../../text";
import { rowNumberOf, type Diagnostic, type RawTable } from "../../types";

/** The `spec` diagnostics of `rows` (in order) by their value in `col`. */
export function perValueWarnings(
  table: RawTable,
  col: number,
  rows: Iterable<number>,
  spec: DiagSpec,
): Diagnostic[] {
  const byValue = new Map<string, { row: number; value: string; count: number }>();
  for (const i of rows) {
    const value = cellText(table.rows[i]?.[col]);
    const key = normalizeText(value);
    const first = byValue.get(key);
    if (first) first.count++;
    else byValue.set(key, { row: rowNumberOf(table, i), value, count: 1 });
  }
  const column = table.headers[col] ?? "";
  return [...byValue.values()].map((f) =>
    diag(spec, { row: f.row, column, value: f.value, args: { count: f.count } }),
  );
}
