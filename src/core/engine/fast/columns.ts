/**
 * The fast path's column readers (issue 12): each amount column read to integer cents by a parser
 * chosen once per column (its decimal mark and whether the data proved it), the date column to
 * months through memos. A cell these readers cannot settle without a diagnostic or an exact Decimal
 * gives NaN / -1: the engine then runs the straightforward path on the row.
 */
import { lastYearTwoDigit, readMonth, type DateOrder } from "../../dates";
import type { MappingResult } from "../../fields";
import { newAmountOut, numberToCents, readAmount } from "../../money";
import type { CellValue } from "../../types";
import { cellKey } from "../../cells";
import { directionSign, numericSens, sensSign } from "../directions";
import type { AmountColumns } from "../amounts/types";
import { swappedMonth } from "../evidence/swapped-dates";

/** Serials below this get their month memoised (same bound as the straightforward path). */
export const SERIAL_MEMO = 100_000;

/** Cents of one cell, or NaN when the row must take the straightforward path. */
type CentsParser = (v: CellValue) => number;

/**
 * The parser of one amount column: numbers to cents directly, texts by the shared amount reader with
 * the column's mark. NaN for what the straightforward path diagnoses or keeps exact (more than two
 * decimals, a currency, an ambiguous text in a column whose data did not prove its mark, unreadable).
 */
function columnParser(cells: AmountColumns, col: number, emptyIsZero: boolean): CentsParser {
  const sep = cells.sepOf(col);
  const proven = cells.isProven(col);
  const out = newAmountOut();
  const text = (v: CellValue): number => {
    if (!readAmount(v, sep, out)) return emptyIsZero && out.error === "empty" ? 0 : NaN;
    if (out.exact !== null || out.currency !== "" || (out.ambiguous && !proven)) return NaN;
    return out.cents;
  };
  const scale = cells.scaleOf(col);
  // Kept small (texts in `text`) so that V8 inlines it in the hot loop.
  if (scale === 1) return (v) => (typeof v === "number" ? numberToCents(v) : text(v));
  // A column in thousands (k€), or negated (a journal's): whole cents while safe, else the straightforward path.
  return (v) => {
    // + 0: a zero negated (a journal's reading) is 0, not -0.
    const cents = (typeof v === "number" ? numberToCents(v) : text(v)) * scale + 0;
    return Number.isSafeInteger(cents) ? cents : NaN;
  };
}

/** A row's base amount in cents, or NaN when the row must take the straightforward path. */
export type RowCents = (row: readonly CellValue[]) => number;

/**
 * The base-amount reader of the layouts the fast path reads (one amount column, or debit and
 * credit), built once from the columns' marks; null for the others (Montant/Sens, quantity × price,
 * per-line deductions, every amount exact): the caller then runs the straightforward path on every row.
 */
export function fastAmounts(
  info: MappingResult,
  cells: AmountColumns,
  hasDeductions: boolean,
): { read: RowCents; signed: boolean } | null {
  // A Net read by the side of its gross (net-sides.ts): the straightforward path.
  if (cells.allExact || hasDeductions || cells.netSides) return null;
  const map = info.mapping;
  if (info.layout === "debit_credit") {
    const d = map.debit as number;
    const c = map.credit as number;
    const debit = columnParser(cells, d, true);
    const credit = columnParser(cells, c, true);
    const read: RowCents = (row) => {
      const x = debit(row[d]);
      const y = credit(row[c]);
      // Both sides filled: the straightforward path diagnoses it.
      return x !== 0 && y !== 0 ? NaN : y - x;
    };
    return { read, signed: true };
  }
  if (info.layout === "amount_direction")
    return montantSens(cells, map.amount as number, map.direction as number);
  // Quantity × price, and a TTC amount read less its VAT: the straightforward path.
  if (info.layout === "quantity_price" || cells.lessVat || cells.lessRate || cells.lessTips) return null;
  if (cells.plusShipping !== undefined || cells.lessCollected !== undefined) return null;
  const col = (map.amount ?? map.net_amount) as number;
  const parse = columnParser(cells, col, false);
  return { read: (row) => parse(row[col]), signed: false };
}

/**
 * Montant + Sens (FEC): the amount signed by its direction. NaN, for the straightforward path, on a
 * negative Montant, an unreadable Sens, or a numeric one (+1/-1) until the straightforward path has
 * diagnosed the first (once per table, where it appears).
 */
function montantSens(
  cells: AmountColumns,
  amountCol: number,
  directionCol: number,
): { read: RowCents; signed: boolean } {
  const parse = columnParser(cells, amountCol, false);
  const convention = cells.sensConvention;
  // Sens value → its sign (NaN unreadable), times 2 when numeric (+1/-1): |memo| 2 means numeric.
  const memo = new Map<CellValue, number>();
  const signOf = (v: CellValue): number => {
    let m = memo.get(v);
    if (m === undefined) {
      const t = cellKey(v).toUpperCase();
      // Sage's 0/1 (proven by a "0") and SAP's posting keys need no note; +1/-1 gets its note once, on the straightforward path.
      m =
        convention !== "dc"
          ? sensSign(t, convention) || NaN
          : (directionSign(t) || NaN) * (numericSens(t) ? 2 : 1);
      if (memo.size < 1_000) memo.set(v, m);
    }
    if (m === 2 || m === -2) return cells.numericSensSeen ? m / 2 : NaN;
    return m;
  };
  // SAP writes credits negative: the sign repeats the direction, the magnitude is read.
  const signedLike = cells.signedLikeDirection;
  const read: RowCents = (row) => {
    const a = parse(row[amountCol]);
    return a < 0 ? (signedLike ? -signOf(row[directionCol]) * a : NaN) : signOf(row[directionCol]) * a;
  };
  return { read, signed: true };
}

/**
 * The month (yyyymm) of a date cell, or -1 when the straightforward path must read the row (a date
 * it diagnoses or counts: unreadable, blank, two-digit year). Serials and date texts are memoised.
 */
export function fastMonths(
  order: DateOrder,
  date1904: boolean,
  serialMonths: Int32Array,
  swapped = false,
): (v: CellValue) => number {
  const texts = new Map<string, number>();
  // The first sight of a value, and values not memoised: read, remembered when they can be.
  const read = (dv: CellValue): number => {
    if (typeof dv === "number" && dv >= 1 && dv < SERIAL_MEMO) {
      const d = dv | 0;
      return (serialMonths[d] = swapped ? swappedMonth(d, date1904) : readMonth(d, order, date1904));
    }
    const month = readMonth(dv, order, date1904);
    const known = lastYearTwoDigit() ? -1 : month;
    if (typeof dv === "string") texts.set(dv, known);
    return known;
  };
  // Kept small (first sights in `read`) so that V8 inlines it in the hot loop.
  return (dv) => {
    if (typeof dv === "number") {
      if (dv >= 1 && dv < SERIAL_MEMO) {
        const month = serialMonths[dv | 0];
        if (month !== 0) return month;
      }
    } else if (typeof dv === "string") {
      const known = texts.get(dv);
      if (known !== undefined) return known;
    }
    return read(dv);
  };
}
