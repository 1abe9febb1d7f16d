import { cellText, isBlank } from "../../cells";
import { diag, DIAG } from "../../diagnostics";
import { htOfTtc } from "../../money";
import { collectedIn } from "../evidence/collected";
import { vatRateOf } from "../evidence/vat-column";
import type { CellValue, Diagnostic, Mapping } from "../../types";
import { exactOf, type AmountCells } from "./cells";
import type { BaseReader } from "./types";

/**
 * One amount column (gross, or net when there is no gross). A gross column that cannot be read
 * beside a readable net one: the net is the known amount of the ignored line.
 */
export function singleAmount(cells: AmountCells, map: Mapping): BaseReader {
  const col = (map.amount ?? map.net_amount) as number;
  const netCol = map.amount !== undefined && map.net_amount !== undefined ? map.net_amount : undefined;
  // An amount proven TTC by the VAT column beside it is read less that VAT (evidence/vat-column.ts).
  const vatCol = cells.lessVat ? map.vat_amount : undefined;
  // An amount headed TTC beside a VAT rate column: HT = TTC / (1 + rate), to the cent (vat-column.ts).
  const rateCol = cells.lessRate ? map.vat_rate : undefined;
  // A total beside a tip column: the tips are taken off first (evidence/tips.ts).
  const tipCol = cells.lessTips ? map.tip_amount : undefined;
  // A gross beside what the platform collects for others: read less it (evidence/collected.ts).
  const collectedCol = cells.lessCollected;
  // Net sales beside the shipping billed: read with it (evidence/shipping.ts).
  const shipCol = cells.plusShipping;
  // An invoice's or an order's shipping written on each of its lines: added on its first line only.
  const shipRepeated = cells.reading.plusShipping?.repeated;
  // A further column billed beside the shipping (Amazon's gift wrap credits): added likewise.
  const wrapCol = cells.reading.plusShipping?.also;
  // A credit note written in its own column ("Montant avoir HT") leaves the invoice amount empty.
  const deductionCols = [map.discount_amount, map.rebate_amount, map.return_amount].filter(
    (c): c is number => c !== undefined,
  );
  return (row, rowNumber, diagnostics) => {
    cells.line.signed = false;
    // Only when it says something: an empty amount beside a zero deduction is still an empty amount.
    const onlyDeduction =
      deductionCols.length > 0 &&
      isBlank(row[col]) &&
      deductionCols.some((c) => cells.readExact(row[c], c)?.isZero() === false);
    if (!cells.one(row, col, rowNumber, diagnostics, onlyDeduction)) {
      const net = netCol !== undefined ? cells.readExact(row[netCol], netCol) : null;
      return net === null ? false : cells.lost(diagnostics, net);
    }
    cells.setBase(cells.out.cents, cells.out.exact); // no copy: this runs once per line
    if (tipCol !== undefined && !withPart(cells, tipCol, row, rowNumber, diagnostics)) return false;
    if (
      collectedCol !== undefined &&
      collectedIn(row[collectedCol]) &&
      !withPart(cells, collectedCol, row, rowNumber, diagnostics)
    )
      return false;
    if (
      shipCol !== undefined &&
      shippingIn(row[shipCol]) &&
      shipRepeated?.has(rowNumber) !== true &&
      !withPart(cells, shipCol, row, rowNumber, diagnostics, true)
    )
      return false;
    if (
      wrapCol !== undefined &&
      shippingIn(row[wrapCol]) &&
      !withPart(cells, wrapCol, row, rowNumber, diagnostics, true)
    )
      return false;
    if (rateCol !== undefined) return lessRate(cells, rateCol, row, rowNumber, diagnostics);
    return vatCol === undefined || withPart(cells, vatCol, row, rowNumber, diagnostics);
  };
}

/**
 * The line's amount with the part in column `col`: less it, in magnitude (its VAT, its tip: a credit
 * note's −120 with 20 of VAT is −100), or plus it as written (`plus`: the shipping billed beside net
 * sales; a refund of shipping is negative). An empty part is 0.
 */
function withPart(
  cells: AmountCells,
  col: number,
  row: readonly CellValue[],
  rowNumber: number,
  diagnostics: Diagnostic[],
  plus = false,
): boolean {
  const line = cells.line;
  const whole = exactOf({ cents: line.baseCents, exact: line.baseExact });
  if (!cells.one(row, col, rowNumber, diagnostics, true)) return cells.lost(diagnostics, whole);
  const part = exactOf(cells.take());
  if (plus) cells.setBaseDecimal(whole.plus(part));
  else cells.setBaseDecimal(whole.isNegative() ? whole.plus(part.abs()) : whole.minus(part.abs()));
  return true;
}

/** A shipping cell saying none: dashes alone (eBay's "--", "—"). */
const NO_SHIPPING = /^\s*[-–—]{1,2}\s*$/;

/** Whether a shipping cell holds money to add (not a dash). */
function shippingIn(v: CellValue): boolean {
  return !(typeof v === "string" && NO_SHIPPING.test(v));
}

/** A TTC amount less its VAT at the line's rate: HT = TTC / (1 + rate), rounded to the cent (half away from zero). */
export function lessRate(
  cells: AmountCells,
  col: number,
  row: readonly CellValue[],
  rowNumber: number,
  diagnostics: Diagnostic[],
): boolean {
  const line = cells.line;
  const ttc = exactOf({ cents: line.baseCents, exact: line.baseExact });
  const rate = vatRateOf(row[col], cells.sepOf(col));
  if (rate === null) {
    const value = cellText(row[col]);
    diagnostics.push(diag(DIAG.vatRateUnreadable, { row: rowNumber, column: cells.header(col), value }));
    return cells.lost(diagnostics, ttc);
  }
  cells.setBaseDecimal(htOfTtc(ttc, rate));
  return true;
}
