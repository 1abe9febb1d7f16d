/**
 * Excel pivot tables pasted as values (a TCD, "tableau croisé dynamique"), read by Excel's own
 * words: `Row Labels` / `Étiquettes de lignes` heads the row labels, `Sum of X` / `Somme de X`
 * names the value field (X must be an amount), `Column Labels` / `Étiquettes de colonnes` sits on
 * the row above a cross-tab's header, `Grand Total` / `Total général` is a total column and a total
 * row, never counted. Four layouts, each proven from the data and said in a note:
 * - months alone (`Jan-25` … | Sum of X): one line per month;
 * - compact (a month row, then its PCG accounts below it): the accounts take the month above, whose
 *   row holds their sum (a subtotal, no line);
 * - cross-tab (months in rows, PCG accounts or segments in columns): one line per month and column,
 *   like a balance by month (month-columns.ts) turned round; the Grand Total column equals each
 *   row's sum;
 * - tabular without repeated labels (`Mois | Compte | Somme de X`, the month on its group's first
 *   row only, closed by `Total janv. 2025` equal to the group's sum): the blank rows take the month.
 */
import { cellText, isBlank } from "../../cells";
import { diag, DIAG, type DiagSpec } from "../../diagnostics";
import { detectMapping } from "../../fields";
import { newAmountOut, readAmount, type AmountOut } from "../../money";
import { normalizeText } from "../../text";
import {
  rowNumberOf,
  type CellValue,
  type Diagnostic,
  type MappingOverrides,
  type RawTable,
} from "../../types";
import { isMonthLabel } from "./month-labels";

/** The date column the row labels give. */
export const PIVOT_MONTH = "Mois (étiquette du TCD)";
/** The amount column the value field gives. */
export const PIVOT_AMOUNT = "Valeur (champ du TCD)";
/** The account column the labels (rows or columns) give. */
export const PIVOT_ACCOUNT = "Compte (étiquette du TCD)";
/** The segment column the column labels give. */
export const PIVOT_SEGMENT = "Segment (étiquette du TCD)";

/** A pivot table read as lines: the table, the mapping that reads it, and the note saying so. */
export interface PivotReading {
  table: RawTable;
  mapping: MappingOverrides;
  note: Diagnostic;
}

/** Excel's row-labels header, English and French. */
const ROW_LABELS = /^(?:row labels|etiquettes de lignes)$/;
/** Excel's grand total, English and French. */
const GRAND_TOTAL = /^(?:grand total|total general)$/;
/** Excel's value field: "Sum of Net Sales", "Somme de Solde"; the field's name after it. */
const VALUE_FIELD = /^\s*(?:sum of|somme de)\s+(.+?)\s*$/i;
/** The value field on the row above a cross-tab, before Excel's "Column Labels". */
const VALUE_TITLE = /^\s*(?:sum of|somme de)\s+(.+?)(?:\s+(?:column labels|[ée]tiquettes de colonnes))?\s*$/i;
/** A PCG account: class 1 to 7, three digits or more. */
const ACCOUNT = /^[1-7]\d{2,}$/;

/**
 * The pivot table read as lines; null for any other table, or when the user chose the date or the
 * amount (`chosen`: the user's own choices among `overrides`, userChoices).
 */
export function pivotTable(
  table: RawTable,
  overrides: MappingOverrides | undefined,
  chosen: MappingOverrides | undefined,
): PivotReading | null {
  if (chosen?.date !== undefined || chosen?.amount !== undefined) return null;
  return rowLabelsPivot(table, overrides) ?? tabularPivot(table, overrides);
}

/** The overrides that still name a column of the reading's headers (or no column), the others dropped. */
function keptOverrides(
  overrides: MappingOverrides | undefined,
  headers: readonly string[],
): MappingOverrides {
  const out: MappingOverrides = {};
  for (const [k, v] of Object.entries(overrides ?? {}) as [
    keyof MappingOverrides,
    MappingOverrides[keyof MappingOverrides],
  ][])
    if (v === null || (typeof v === "string" && headers.includes(v))) out[k] = v;
  return out;
}

/** Whether a value field's name is money: an amount, a credit or debit, a balance ("Solde"). */
function isMoneyField(name: string): boolean {
  const m = detectMapping([name]).mapping;
  if (m.amount !== undefined || m.credit !== undefined || m.debit !== undefined) return true;
  return /^(?:solde|balance)\b/.test(normalizeText(name));
}

/** The value field a header names ("Sum of Net Amount" → "Net Amount") when it is money, else null. */
function moneyField(header: string, pattern: RegExp): string | null {
  const m = pattern.exec(header);
  return m !== null && isMoneyField(m[1]) ? m[1] : null;
}

/** Whether a cell is Excel's grand total label. */
function isGrandTotal(v: CellValue): boolean {
  return typeof v === "string" && GRAND_TOTAL.test(normalizeText(v));
}

/**
 * Whether a row label is a month with its year ("janv. 2025", "Jan-25") or a date (Excel's month
 * grouping, which the readers give as a serial: a day 1 of a month between 1990 and 2100).
 */
function isMonthRow(v: CellValue, date1904 = false): boolean {
  if (v instanceof Date) return true;
  if (typeof v === "number") return isFirstOfMonth(v, date1904);
  return typeof v === "string" && isMonthLabel(v) && /\d{2}\s*$/.test(v);
}

/** Whether a number is an Excel date serial of a month's first day (1990–2100). */
function isFirstOfMonth(serial: number, date1904: boolean): boolean {
  if (!Number.isInteger(serial)) return false;
  const days = serial + (date1904 ? 1462 : 0);
  if (days < 32874 || days > 73051) return false;
  return new Date(Date.UTC(1899, 11, 30) + days * 86_400_000).getUTCDate() === 1;
}

/** The month of a date serial, yyyy-mm. */
function serialMonth(serial: number, date1904: boolean): string {
  const days = serial + (date1904 ? 1462 : 0);
  return new Date(Date.UTC(1899, 11, 30) + days * 86_400_000).toISOString().slice(0, 7);
}

/** Whether a cell is a PCG account number. */
function isAccount(v: CellValue): boolean {
  return (typeof v === "string" || typeof v === "number") && ACCOUNT.test(cellText(v).trim());
}

/** A cell's amount in cents: 0 when blank, null when it is no amount. */
function centsOf(v: CellValue, out: AmountOut): number | null {
  if (isBlank(v)) return 0;
  if (!readAmount(v, ",", out)) return null;
  return out.exact !== null ? Math.round(out.exact.toNumber() * 100) : out.cents;
}

/** The reading's table, built like month-columns.ts's: the source's rows kept by number. */
function built(t: RawTable, headers: string[], rows: CellValue[][], nums: number[]): RawTable {
  const out: RawTable = { headers, rows, rowNumbers: nums, firstRow: t.firstRow, source: t.source };
  return { ...out, titles: t.titles, sheet: t.sheet, date1904: t.date1904 };
}

/** The note of a reading: its row (of the source), column, value and the arguments of its text. */
function noteOf(
  spec: DiagSpec,
  t: RawTable,
  i: number,
  column: string,
  args: Record<string, string | number>,
): Diagnostic {
  const v = i < 0 ? "" : t.rows[i]?.[t.headers.indexOf(column)];
  // A month grouped by date, given as a serial: said as its month (2025-01).
  const value = typeof v === "number" ? serialMonth(v, t.date1904 === true) : cellText(v);
  return diag(spec, { row: i < 0 ? 0 : rowNumberOf(t, i), column, value, args });
}

/** A pivot headed `Row Labels` / `Étiquettes de lignes`: one value column, or a cross-tab. */
function rowLabelsPivot(t: RawTable, overrides: MappingOverrides | undefined): PivotReading | null {
  const l = t.headers.findIndex((h) => cellText(h).trim() !== "");
  if (l < 0 || !ROW_LABELS.test(normalizeText(t.headers[l]))) return null;
  const cols = t.headers.flatMap((h, c) => (c > l && cellText(h).trim() !== "" ? [c] : []));
  if (cols.length === 1) {
    const field = moneyField(t.headers[cols[0]], VALUE_FIELD);
    return field === null ? null : singleValue(t, l, cols[0], overrides);
  }
  const field = (t.titles ?? []).map((s) => moneyField(s, VALUE_TITLE)).find((f) => f !== null);
  return cols.length >= 2 && field !== undefined && field !== null
    ? crossTab(t, l, cols, field, overrides)
    : null;
}

/** A line of the reading: its cells and the source's row number. */
interface Lines {
  rows: CellValue[][];
  nums: number[];
}

/**
 * One value column: every row label a month (months alone), or month rows each followed by its
 * accounts (compact, the month row their sum). The grand total, when there, equals the lines' sum.
 */
function singleValue(
  t: RawTable,
  l: number,
  v: number,
  overrides: MappingOverrides | undefined,
): PivotReading | null {
  const out = newAmountOut();
  const lines: Lines = { rows: [], nums: [] };
  const months: { i: number; cents: number; sum: number; count: number }[] = [];
  let accounts = 0;
  let total: { i: number; cents: number } | null = null;
  let sum = 0;
  for (let i = 0; i < t.rows.length; i++) {
    const row = t.rows[i] ?? [];
    const label = row[l];
    const cents = centsOf(row[v], out);
    if (isBlank(label) && isBlank(row[v])) continue;
    if (cents === null || total !== null) return null;
    if (isGrandTotal(label)) total = { i, cents };
    else if (isMonthRow(label, t.date1904)) months.push({ i, cents, sum: 0, count: 0 });
    else if (isAccount(label) && months.length > 0) {
      const m = months[months.length - 1];
      m.sum += cents;
      m.count++;
      accounts++;
      lines.rows.push([t.rows[m.i]?.[l] ?? null, label, row[v]]);
      lines.nums.push(rowNumberOf(t, i));
    } else return null;
  }
  if (accounts === 0) {
    if (months.length < 2) return null;
    for (const m of months) {
      sum += m.cents;
      lines.rows.push([t.rows[m.i]?.[l] ?? null, t.rows[m.i]?.[v] ?? null]);
      lines.nums.push(rowNumberOf(t, m.i));
    }
  } else {
    // Compact: each month row is the sum of the accounts under it (a subtotal, no line).
    if (months.some((m) => m.count === 0 || Math.abs(m.cents - m.sum) > 0)) return null;
    sum = months.reduce((s, m) => s + m.sum, 0);
  }
  if (total !== null && total.cents !== sum) return null;
  const field = t.headers[v];
  const first = months[0].i;
  const args = {
    count: months.length,
    field,
    total: total === null ? "-" : cellText(t.rows[total.i]?.[l]),
    accounts,
  };
  if (accounts === 0) {
    const table = built(t, [PIVOT_MONTH, PIVOT_AMOUNT], lines.rows, lines.nums);
    const note = noteOf(DIAG.pivotMonths, t, first, t.headers[l], args);
    const mapping = { ...keptOverrides(overrides, table.headers), date: PIVOT_MONTH, amount: PIVOT_AMOUNT };
    return { table, mapping, note };
  }
  const table = built(t, [PIVOT_MONTH, PIVOT_ACCOUNT, PIVOT_AMOUNT], lines.rows, lines.nums);
  const note = noteOf(DIAG.pivotCompact, t, first, t.headers[l], args);
  const kept = keptOverrides(overrides, table.headers);
  const mapping = { ...kept, date: PIVOT_MONTH, account: PIVOT_ACCOUNT, amount: PIVOT_AMOUNT };
  return { table, mapping, note };
}

/**
 * A cross-tab: month rows, PCG accounts or segments in columns, a Grand Total column equal to each
 * row's sum (never read) and a Grand Total row (never read). One line per month and column.
 */
function crossTab(
  t: RawTable,
  l: number,
  cols: readonly number[],
  field: string,
  overrides: MappingOverrides | undefined,
): PivotReading | null {
  const last = cols[cols.length - 1];
  const totalCol = isGrandTotal(t.headers[last]) ? last : -1;
  const keys = cols.filter((c) => c !== totalCol);
  if (keys.length === 0 || keys.some((c) => isGrandTotal(t.headers[c]) || isMonthLabel(t.headers[c])))
    return null;
  const byAccount = keys.every((c) => isAccount(t.headers[c]));
  const out = newAmountOut();
  const lines: Lines = { rows: [], nums: [] };
  let months = 0;
  let first = -1;
  for (let i = 0; i < t.rows.length; i++) {
    const row = t.rows[i] ?? [];
    const label = row[l];
    if (isGrandTotal(label)) continue;
    if (isBlank(label) && cols.every((c) => isBlank(row[c]))) continue;
    if (!isMonthRow(label, t.date1904)) return null;
    let sum = 0;
    for (const c of keys) {
      const cents = centsOf(row[c], out);
      if (cents === null) return null;
      sum += cents;
      if (cents === 0) continue;
      lines.rows.push([label, t.headers[c], row[c]]);
      lines.nums.push(rowNumberOf(t, i));
    }
    if (totalCol >= 0 && centsOf(row[totalCol], out) !== sum) return null;
    months++;
    if (first < 0) first = i;
  }
  if (months === 0) return null;
  const key = byAccount ? PIVOT_ACCOUNT : PIVOT_SEGMENT;
  const table = built(t, [PIVOT_MONTH, key, PIVOT_AMOUNT], lines.rows, lines.nums);
  const named = keys.map((c) => t.headers[c]).join(", ");
  const args = { count: months, field, columns: named, total: totalCol < 0 ? "-" : t.headers[totalCol] };
  const note = noteOf(byAccount ? DIAG.pivotAccounts : DIAG.pivotSegments, t, first, t.headers[l], args);
  const kept = keptOverrides(overrides, table.headers);
  const mapping = byAccount
    ? { ...kept, date: PIVOT_MONTH, account: PIVOT_ACCOUNT, amount: PIVOT_AMOUNT }
    : { ...kept, date: PIVOT_MONTH, segment: PIVOT_SEGMENT, amount: PIVOT_AMOUNT };
  return { table, mapping, note };
}

/** A group of a tabular pivot: its month row, its amount's sum so far, the rows it filled. */
interface Group {
  i: number;
  label: string;
  sum: number;
  filled: number;
}

/** The month a "Total janv. 2025" / "janv. 2025 Total" row closes, normalized; null for another text. */
function closedMonth(v: CellValue): string | null {
  if (typeof v !== "string") return null;
  const m = /^\s*total\s+(.+?)\s*$/i.exec(v) ?? /^\s*(.+?)\s+total\s*$/i.exec(v);
  return m !== null && isMonthLabel(m[1]) ? normalizeText(m[1]) : null;
}

/**
 * A tabular pivot without repeated item labels (`Mois | Compte | Somme de X`): the month on each
 * group's first row, blank below it, and a `Total <month>` row equal to the group's sum. The blank
 * rows take the group's month; the total rows (and the grand total) are set apart.
 */
function tabularPivot(t: RawTable, overrides: MappingOverrides | undefined): PivotReading | null {
  const found = detectMapping(t.headers, overrides).mapping;
  const { date, amount } = found;
  if (date === undefined || amount === undefined) return null;
  if (moneyField(t.headers[amount], VALUE_FIELD) === null) return null;
  const out = newAmountOut();
  const rows: CellValue[][] = [];
  const nums: number[] = [];
  let group: Group | null = null;
  let filled = 0;
  let totals = 0;
  let example = -1;
  for (let i = 0; i < t.rows.length; i++) {
    const row = t.rows[i] ?? [];
    const d = row[date];
    const cents = centsOf(row[amount], out);
    if (cents === null) return null;
    if (isGrandTotal(d)) continue;
    const closes = closedMonth(d);
    if (closes !== null) {
      // The total closes its own month's group, whose sum it is: proven, it is no line.
      if (group === null || group.label !== closes || group.sum !== cents) return null;
      totals++;
      if (group.filled > 0 && example < 0) example = i;
      group = null;
      continue;
    }
    if (isBlank(d)) {
      if (group === null) return null;
      group.sum += cents;
      group.filled++;
      filled++;
      rows.push(row.map((c, k) => (k === date ? (t.rows[group?.i ?? i]?.[date] ?? null) : c)));
      nums.push(rowNumberOf(t, i));
      continue;
    }
    if (!isMonthRow(d, t.date1904) || group !== null) return null;
    group = { i, label: normalizeText(cellText(d)), sum: cents, filled: 0 };
    rows.push(row);
    nums.push(rowNumberOf(t, i));
  }
  if (filled === 0 || group !== null || example < 0) return null;
  const args = { filled, totals, field: t.headers[amount] };
  const note = noteOf(DIAG.pivotTabular, t, example, t.headers[date], args);
  return { table: built(t, t.headers, rows, nums), mapping: { ...overrides }, note };
}
