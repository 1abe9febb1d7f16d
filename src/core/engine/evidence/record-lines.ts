/**
 * Odoo's invoices exported with their lines (`Number | Invoice/Bill Date | Partner | Invoice lines/Label
 * | Invoice lines/Account | Invoice lines/Subtotal`) write the invoice's own fields on its first line
 * only: each further line of the invoice leaves its number, date and partner blank. Those lines are
 * the invoice's and take its number and date (and the invoice's other fields they all leave blank: its
 * type, status, customer). Proven from the data: a line with no date and no number, but an amount and
 * the line fields its invoice's first line fills (label, account, product), follows a dated line with a number, under at
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

/**
 * The invoice in force at the end of a chunk (its first line), carried to the next with the count of
 * invoices seen with further lines so far (the proof is the file's, not a chunk's).
 */
export interface RecordRun {
  row: readonly CellValue[] | null;
  records: number;
  /** Whether the invoice in force was counted already. */
  counted: boolean;
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

/**
 * Whether a further line fills each line field its invoice's first line fills (a label, an account):
 * an ALV subtotal row ("*", its account and amount, no text) is no invoice's line.
 */
function sameShape(row: readonly CellValue[], first: readonly CellValue[], line: readonly number[]): boolean {
  return line.every((c) => isBlank(first[c]) || !isBlank(row[c]));
}

/** The further lines of the invoices and the first line each belongs to. */
interface Found {
  rows: number[];
  from: (readonly CellValue[])[];
  records: number;
  last: readonly CellValue[] | null;
  counted: boolean;
  /** Invoices whose first row's amount is the sum of their further lines': a header, not a line. */
  headerTotals: number;
  /** Invoices of this table with further lines. */
  withLines: number;
}

/** An amount cell in cents, roughly (a comma or a dot as the decimal mark), or NaN: to compare sums. */
function roughCents(v: CellValue): number {
  if (typeof v === "number") return Math.round(v * 100);
  const t = cellText(v).replace(/[\s\u00a0\u202f€]/g, "");
  const mark = Math.max(t.lastIndexOf(","), t.lastIndexOf("."));
  const whole = mark < 0 ? t : t.slice(0, mark).replace(/[.,]/g, "") + "." + t.slice(mark + 1);
  const x = Number(whole);
  return Number.isFinite(x) ? Math.round(x * 100) : NaN;
}

/** The undated, unnumbered lines under a dated, numbered one (`prior`: the invoice going on). */
function furtherLines(table: RawTable, map: Mapping, prior: RecordRun | undefined): Found {
  const [date, id, amount] = [map.date, map.id, map.amount] as number[];
  const line = [map.label, map.account, map.product].filter((c): c is number => c !== undefined);
  const found: Found = {
    rows: [],
    from: [],
    records: prior?.records ?? 0,
    last: prior?.row ?? null,
    counted: true,
    headerTotals: 0,
    withLines: 0,
  };
  let counted = prior?.counted ?? true;
  // The invoice being read: its first row's amount and the sum of its further lines so far.
  let sum = 0;
  let lines = 0;
  const close = (): void => {
    if (lines > 0) found.withLines++;
    if (lines > 0 && found.last !== null && roughCents(found.last[amount]) === sum) found.headerTotals++;
    sum = lines = 0;
  };
  for (let i = 0; i < table.rows.length; i++) {
    const row = table.rows[i];
    if (row === undefined || table.notLines?.has(i) === true) continue;
    if (!isBlank(row[date])) {
      close();
      found.last = isBlank(row[id]) ? null : row;
      counted = false;
      continue;
    }
    const further =
      found.last !== null &&
      isBlank(row[id]) &&
      !isBlank(row[amount]) &&
      !allBlank(row, line) &&
      sameShape(row, found.last, line) &&
      !row.some((v) => typeof v === "string" && TOTAL.test(v));
    if (!further) {
      close();
      found.last = null;
      continue;
    }
    sum += roughCents(row[amount]);
    lines++;
    found.rows.push(i);
    found.from.push(found.last as readonly CellValue[]);
    if (!counted) found.records++;
    counted = true;
  }
  close();
  found.counted = counted;
  return found;
}

/**
 * The table with each invoice's further lines given its number, date and the fields they all leave
 * blank, its note, the invoice going on at the last row and whether the layout is proven (here or
 * `provenBefore`, by an earlier chunk: else the table is unchanged); null without a date, number,
 * single amount and line field column.
 */
export function recordLines(
  table: RawTable,
  map: Mapping,
  prior: RecordRun | undefined,
  provenBefore: boolean,
): { table: RawTable; diagnostics: Diagnostic[]; last: RecordRun; proven: boolean } | null {
  const { date, id, amount } = map;
  if (date === undefined || id === undefined || amount === undefined) return null;
  if (map.debit !== undefined || map.credit !== undefined) return null;
  if ([map.label, map.account, map.product].every((c) => c === undefined)) return null;
  const found = furtherLines(table, map, prior);
  // Invoices whose first row holds the sum of the lines below it (most of them: a line may equal
  // another by chance) head their lines with their total: reading the lines as further lines of a
  // first line would count each invoice twice.
  const headed = found.headerTotals * 2 >= found.withLines && found.withLines > 0;
  const proven = !headed && (provenBefore || found.records >= RECORDS_MIN);
  const last = { row: found.last, records: found.records, counted: found.counted };
  if (!proven || found.rows.length === 0) return { table, diagnostics: [], last, proven };
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
  const diagnostics = [diag(DIAG.recordLinesFilled, { ...at, args })];
  return { table: { ...table, rows }, diagnostics, last, proven };
}
