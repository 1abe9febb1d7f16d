/**
 * A balance by month ("Compte | Intitulé | Janv. 2025 | … | Déc. 2025 | Total"): one row per account,
 * one column per month holding that month's balance of the account. Read as one line per account and
 * month, dated by its column's month, month after month: a whole balance's month adds up to zero, so
 * each month is an entry from which journal-sign.ts proves the sign convention (credit positive as
 * written, or debit positive read as credit − debit). Columns other than the account's (a Total
 * repeating the months) are not read. Needs an account column, no date or amount column, and two
 * month columns with their year; said in a note.
 */
import { cellText, isBlank } from "../../cells";
import { diag, DIAG } from "../../diagnostics";
import { detectMapping } from "../../fields";
import {
  rowNumberOf,
  type CellValue,
  type Diagnostic,
  type MappingOverrides,
  type RawTable,
} from "../../types";
import { isMonthLabel, isNumericMonth } from "./month-labels";

/** The date column the month headers give. */
export const MONTH_HEADER = "Mois (colonne de la balance)";
/** The amount column the month cells give. */
export const MONTH_AMOUNT = "Solde du mois (balance)";

/** A month header with its year: "Janv. 2025", "sept.-25", "Jan-25", "March 2025", "01/2025", "2025-01". */
function isMonthColumn(h: string): boolean {
  return (isMonthLabel(h) && /\d{2}\s*$/.test(h)) || isNumericMonth(h);
}

/** The balance read month by month, the mapping that reads it, and the note saying so; null for other tables. */
export function monthColumns(
  table: RawTable,
  overrides: MappingOverrides | undefined,
): { table: RawTable; mapping: MappingOverrides; note: Diagnostic } | null {
  const months = table.headers.flatMap((h, c) => (isMonthColumn(h) ? [c] : []));
  if (months.length < 2) return null;
  const found = detectMapping(table.headers, overrides).mapping;
  if (found.account === undefined || found.date !== undefined) return null;
  if (found.amount !== undefined || found.debit !== undefined || found.credit !== undefined) return null;
  // The account's own columns (account, name): every column a field names, the months apart.
  const kept = Object.values(found)
    .filter((c): c is number => c !== undefined && !months.includes(c))
    .sort((a, b) => a - b);
  const rows: CellValue[][] = [];
  const rowNumbers: number[] = [];
  for (const m of months)
    table.rows.forEach((row, i) => {
      // An account without movement that month (0,00) is no line.
      if (!row || isZero(row[m]) || isBlank(row[found.account as number])) return;
      rows.push([...kept.map((c) => row[c] ?? null), table.headers[m], row[m]]);
      rowNumbers.push(rowNumberOf(table, i));
    });
  const headers = [...kept.map((c) => table.headers[c] ?? ""), MONTH_HEADER, MONTH_AMOUNT];
  const named = months.map((c) => table.headers[c]);
  const note = diag(DIAG.balanceByMonth, {
    row: 0,
    column: named[0] ?? "",
    value: `${named[0]} … ${named[named.length - 1]}`,
    args: { count: months.length, unread: unreadColumns(table, kept, months) },
  });
  const readAs: MappingOverrides = { ...overrides, date: MONTH_HEADER, amount: MONTH_AMOUNT };
  const out: RawTable = { headers, rows, rowNumbers, firstRow: table.firstRow, source: table.source };
  return { table: { ...out, titles: table.titles, sheet: table.sheet }, mapping: readAs, note };
}

/** Whether a month's cell is empty or zero ("0,00", 0, "-"): no movement. */
function isZero(v: CellValue): boolean {
  return isBlank(v) || v === 0 || (typeof v === "string" && /^[\s0.,\-–]*$/.test(v));
}

/** The columns not read (neither the account's nor a month's), by header: "Total". */
function unreadColumns(table: RawTable, kept: readonly number[], months: readonly number[]): string {
  return (
    table.headers
      .filter((h, c) => !kept.includes(c) && !months.includes(c) && cellText(h).trim() !== "")
      .join(", ") || "-"
  );
}
