/**
 * Odoo's invoices exported with their lines (`Number | Invoice/Bill Date | Partner | Invoice lines/Label
 * | Invoice lines/Account | Invoice lines/Subtotal`) write the invoice's own fields on its first line
 * only: each further line of the invoice leaves its number, date and partner blank. Those lines are
 * the invoice's and take its number and date (and the invoice's other fields they all leave blank: its
 * type, status, customer). Proven from the data: a line with no date and no number, but an amount and
 * a line field of its own (label, account, product), follows a dated line with a number, under at
 * least RECORDS_MIN invoices; a total row ("Total", "Sous-total") is no such line. The journals'
 * debit/credit entries are read so by account-headings.ts (entryDates).
 */
import { cellText, isBlank } from "../../cells";
import { diag, DIAG } from "../../diagnostics";
import {
  rowNumberOf,
  type CellValue,
  type Diagnostic,
  type FieldId,
  type Mapping,
  type RawTable,
} from "../../types";

/** The invoice in force at the end of a chunk (its first line), and whether its layout is proven. */
export interface RecordRun {
  row: readonly CellValue[] | null;
  proven: boolean;
}

/** How many invoices must show lines of their own below their first before their blanks are read so. */
const RECORDS_MIN = 2;

/** A total row's text ("Total", "Sous-total 706", "Grand total"): never an invoice's line. */
const TOTAL = /^\s*(?:sous[-\s]?|grand[-\s])?total\b/i;

/** An invoice's own fields, taken by its further lines when every one of them leaves it blank. */
const RECORD_FIELDS: readonly FieldId[] = [
  "doc_type",
  "kind",
  "status",
  "client",
  "currency",
  "entity",
  "salesperson",
];

/** Whether every cell of `cols` is blank. */
function allBlank(row: readonly CellValue[], cols: readonly number[]): boolean {
  return cols.every((c) => isBlank(row[c]));
}

/** The further lines of the invoices and the first line each belongs to. */
interface Found {
  rows: number[];
  from: (readonly CellValue[])[];
  records: number;
  last: readonly CellValue[] | null;
}

/** The undated, unnumbered lines under a dated, numbered one (`prior`: the invoice going on). */
function furtherLines(table: RawTable, map: Mapping, prior: RecordRun | undefined): Found {
  const [date, id, amount] = [map.date, map.id, map.amount] as number[];
  const line = [map.label, map.account, map.product].filter((c): c is number => c !== undefined);
  const found: Found = { rows: [], from: [], records: 0, last: prior?.row ?? null };
  let counted = true;
  for (let i = 0; i < table.rows.length; i++) {
    const row = table.rows[i];
    if (row === undefined || table.notLines?.has(i) === true) continue;
    if (!isBlank(row[date])) {
      found.last = isBlank(row[id]) ? null : row;
      counted = false;
      continue;
    }
    const further =
      found.last !== null &&
      isBlank(row[id]) &&
      !isBlank(row[amount]) &&
      !allBlank(row, line) &&
      !row.some((v) => typeof v === "string" && TOTAL.test(v));
    if (!further) {
      found.last = null;
      continue;
    }
    found.rows.push(i);
    found.from.push(found.last as readonly CellValue[]);
    if (!counted) found.records++;
    counted = true;
  }
  return found;
}

/**
 * The table with each invoice's further lines given its number, date and the fields they all leave
 * blank, its note, and the invoice going on at the last row; null when the layout is not proven
 * here nor by an earlier chunk (`prior`), or without a date, number and amount column.
 */
export function recordLines(
  table: RawTable,
  map: Mapping,
  prior?: RecordRun,
): { table: RawTable; diagnostics: Diagnostic[]; last: RecordRun } | null {
  const { date, id, amount } = map;
  if (date === undefined || id === undefined || amount === undefined) return null;
  if (map.debit !== undefined || map.credit !== undefined) return null;
  if ([map.label, map.account, map.product].every((c) => c === undefined)) return null;
  const found = furtherLines(table, map, prior);
  const proven = prior?.proven === true || found.records >= RECORDS_MIN;
  if (!proven) return null;
  const last = { row: found.last, proven };
  if (found.rows.length === 0) return { table, diagnostics: [], last };
  const own = RECORD_FIELDS.map((f) => map[f]).filter(
    (c): c is number => c !== undefined && found.rows.every((i) => isBlank(table.rows[i]?.[c])),
  );
  const cols = [date, id, ...own];
  const rows = table.rows.slice();
  found.rows.forEach((i, k) => {
    const copy = rows[i].slice();
    for (const c of cols) if (isBlank(copy[c])) copy[c] = found.from[k][c] ?? null;
    rows[i] = copy;
  });
  const first = found.rows[0];
  const at = {
    row: rowNumberOf(table, first),
    column: table.headers[date] ?? "",
    value: cellText(rows[first][id]),
  };
  const args = { count: found.rows.length, id: table.headers[id] ?? "" };
  return { table: { ...table, rows }, diagnostics: [diag(DIAG.recordLinesFilled, { ...at, args })], last };
}
