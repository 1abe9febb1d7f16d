/**
 * The fast path's column passes (issue 12): each amount column read once into a Float64Array of
 * integer cents by a parser chosen once per column (its decimal mark and whether the data proved
 * it), and the date column into an Int32Array of months. A row these parsers cannot settle without
 * a diagnostic or an exact Decimal is flagged in `slow`: the engine runs the straightforward path on it.
 */
import { lastYearTwoDigit, readMonth, type DateOrder } from "../../dates";
import type { MappingResult } from "../../fields";
import { newAmountOut, numberToCents, readAmount } from "../../money";
import type { CellValue, RawTable } from "../../types";
import type { AmountCells } from "../amounts/cells";

/** Serials below this get their month memoised (same bound as the straightforward path). */
export const SERIAL_MEMO = 100_000;

/** Cents of one cell, or NaN when the row must take the straightforward path. */
type CentsParser = (v: CellValue) => number;

/**
 * The parser of one amount column: numbers to cents directly, texts by the shared amount reader with
 * the column's mark. NaN for what the straightforward path diagnoses or keeps exact (more than two
 * decimals, a currency, an ambiguous text in a column whose data did not prove its mark, unreadable).
 */
function columnParser(cells: AmountCells, col: number, emptyIsZero: boolean): CentsParser {
  const sep = cells.sepOf(col);
  const proven = cells.isProven(col);
  const out = newAmountOut();
  return (v) => {
    if (typeof v === "number") return numberToCents(v);
    if (!readAmount(v, sep, out)) return emptyIsZero && out.error === "empty" ? 0 : NaN;
    if (out.exact !== null || out.currency !== "" || (out.ambiguous && !proven)) return NaN;
    return out.cents;
  };
}

/**
 * The base amount of every row in cents, for the layouts the fast path reads (one amount column,
 * or debit and credit); null for the others (Montant/Sens, quantity × price, per-line deductions,
 * every amount exact): the caller then runs the straightforward path on every row.
 */
export function fastAmounts(
  table: RawTable,
  info: MappingResult,
  cells: AmountCells,
  hasDeductions: boolean,
  slow: Uint8Array,
): { cents: Float64Array; signed: boolean } | null {
  if (cells.allExact || hasDeductions) return null;
  const map = info.mapping;
  const rows = table.rows;
  const n = rows.length;
  const cents = new Float64Array(n);
  if (info.layout === "debit_credit") {
    const d = map.debit as number;
    const c = map.credit as number;
    const debit = columnParser(cells, d, true);
    const credit = columnParser(cells, c, true);
    for (let i = 0; i < n; i++) {
      const row = rows[i];
      const x = row === undefined ? NaN : debit(row[d]);
      const y = row === undefined ? NaN : credit(row[c]);
      // Both sides filled: the straightforward path diagnoses it.
      if (x !== x || y !== y || (x !== 0 && y !== 0)) slow[i] = 1;
      else cents[i] = y - x;
    }
    return { cents, signed: true };
  }
  if (info.layout === "amount_direction" || info.layout === "quantity_price") return null;
  const col = (map.amount ?? map.net_amount) as number;
  const parse = columnParser(cells, col, false);
  for (let i = 0; i < n; i++) {
    const row = rows[i];
    const x = row === undefined ? NaN : parse(row[col]);
    if (x !== x) slow[i] = 1;
    else cents[i] = x;
  }
  return { cents, signed: false };
}

/**
 * The month (yyyymm) of every row not yet slow; rows whose date the straightforward path diagnoses
 * or counts (unreadable, two-digit year) become slow. Serials and date texts are memoised.
 */
export function fastMonths(
  table: RawTable,
  col: number,
  order: DateOrder,
  date1904: boolean,
  serialMonths: Int32Array,
  slow: Uint8Array,
): Int32Array {
  const rows = table.rows;
  const n = rows.length;
  const months = new Int32Array(n);
  const texts = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    if (slow[i] !== 0) continue;
    const dv = rows[i]?.[col];
    let month: number;
    if (typeof dv === "number" && dv >= 1 && dv < SERIAL_MEMO) {
      const d = dv | 0;
      month = serialMonths[d];
      if (month === 0) month = serialMonths[d] = readMonth(d, order, date1904);
    } else if (typeof dv === "string") {
      const known = texts.get(dv);
      if (known !== undefined) month = known;
      else {
        month = readMonth(dv, order, date1904);
        if (lastYearTwoDigit()) month = -1;
        texts.set(dv, month);
      }
    } else {
      month = readMonth(dv, order, date1904);
      if (lastYearTwoDigit()) month = -1;
    }
    if (month < 0) slow[i] = 1;
    else months[i] = month;
  }
  return months;
}
