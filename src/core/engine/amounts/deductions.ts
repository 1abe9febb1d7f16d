/**
 * Per-line deduction columns (discount, rebate, return amounts) beside the base: read after it,
 * then the gross derived from a net (net + deductions), or a given net checked against gross − deductions.
 */
import Decimal from "decimal.js";
import { cellText, isBlank } from "../../cells";
import { diag, DIAG } from "../../diagnostics";
import { centsToDecimal, htOfTtc, toCent, toDecimalString } from "../../money";
import type { CellValue, Diagnostic, Mapping } from "../../types";
import { isRateHeader, perUnitDiscount, readRate } from "../evidence/columns";
import type { ValueField } from "../evidence/value-fields";
import { vatRateOf } from "../evidence/vat-column";
import { exactOf, type AmountCells, type CellAmount } from "./cells";
import type { BaseReader } from "./types";

const DEDUCTION_FIELDS = ["discount_amount", "rebate_amount", "return_amount"] as const;

/**
 * The deductions step of a line, or null when the table has no deduction column. `repeated`: the
 * row numbers whose invoice discount repeats their invoice's (counted on its first line only).
 */
export function perLineDeductions(
  cells: AmountCells,
  map: Mapping,
  repeated: ReadonlySet<number>,
  /** The column of the order's total after a refund, when filled (Etsy's Adjusted Order Total). */
  adjustedCol?: number,
  /** Further deduction columns (CO-PA value fields, value-fields.ts): each added to its kind's. */
  more: readonly ValueField[] = [],
): BaseReader | null {
  const perLineCols = DEDUCTION_FIELDS.map((f) => map[f]);
  const invoiceCol = map.invoice_discount;
  const adjusted = adjustedCol !== undefined && map.amount !== undefined ? adjustedCol : undefined;
  if (!perLineCols.some((c) => c !== undefined) && invoiceCol === undefined && adjusted === undefined)
    return null;
  const moreDeductions = valueFieldsReader(cells, more);
  const line = cells.line;
  // A net amount (header, data, or not provable without a unit price) is never reduced again.
  const amountIsNet = cells.reading.amount?.is === "net";
  const netOnly = (map.amount === undefined && map.net_amount !== undefined) || amountIsNet;
  const grossAndNet = map.amount !== undefined && map.net_amount !== undefined;
  const rate = cells.reading.discount?.as === "rate" ? discountRate(cells, map, amountIsNet) : null;
  // An amount proven TTC (read less its VAT): the money discounted or refunded is TTC too, taken off
  // at the line's rate (a discount read as a rate is already of the amount read HT).
  const ttcCol = cells.reading.vat?.is === "ttc" ? map.amount : undefined;
  // An amount headed TTC read at its VAT rate (vat-column.ts): its discount in money is TTC too.
  const rateCol = cells.lessRate && map.amount !== undefined ? map.vat_rate : undefined;
  // Refunds proven outside a net amount (an order's total refunded whole), or an adjusted total's:
  // taken off, never added back.
  const refundOutside = cells.reading.refundOutside !== undefined || adjusted !== undefined;
  return (row, rowNumber, diagnostics) => {
    for (let k = 0; k < 3; k++) {
      const c = perLineCols[k];
      if (c === undefined || isBlank(row[c])) continue;
      if (k === 0 && perUnit(cells, c, map.quantity, row)) continue;
      if (k === 0 && rate !== null) {
        if (!rate(row, rowNumber, diagnostics)) return false;
        continue;
      }
      if (k === 0 && netOnly && cells.readExact(row[c], c) === null) {
        unreadableBesideNet(cells, c, map, row, rowNumber, diagnostics);
        continue;
      }
      if (!cells.one(row, c, rowNumber, diagnostics, true)) {
        // The line's gross is known: it goes with the diagnostic and into the ignored total.
        return cells.lost(diagnostics, line.baseExact ?? centsToDecimal(line.baseCents));
      }
      line.perLine[k] = cells.take();
      if (ttcCol !== undefined) lessVatAtRate(cells, k, ttcCol, row);
      else if (k === 0 && rateCol !== undefined) discountTtcAtRate(cells, map, rateCol, netOnly, row);
    }
    if (!moreDeductions(row, rowNumber, diagnostics)) return false;
    if (adjusted !== undefined && !isBlank(row[adjusted])) {
      if (!adjustedRefund(cells, map.amount as number, adjusted, row, rowNumber, diagnostics)) return false;
      if (ttcCol !== undefined) lessVatAtRate(cells, 2, ttcCol, row);
    }
    // Only a net column and deduction columns: the gross is net + deductions (in magnitude: a
    // credit note's −90 net with a 10 discount is a −100 gross).
    if (netOnly) {
      let g = line.baseExact ?? centsToDecimal(line.baseCents);
      const neg = g.isNegative();
      line.perLine.forEach((d, k) => {
        if (d === null || (k === 2 && refundOutside)) return;
        const m = (d.exact ?? centsToDecimal(d.cents)).abs();
        g = neg ? g.minus(m) : g.plus(m);
      });
      if (line.baseExact === null && g.decimalPlaces() <= 2 && !cells.allExact)
        cells.setBase(g.times(100).toNumber(), null);
      else cells.setBase(0, g);
    }
    // The invoice's discount, on its first line only: never in a net line's own amount (added after
    // its gross is found), always in a net column beside the gross (checked with it).
    const counted = invoiceCol === undefined || isBlank(row[invoiceCol]) || repeated.has(rowNumber);
    if (!counted && !invoiceDiscount(cells, invoiceCol, row, rowNumber, diagnostics)) return false;
    if (grossAndNet) checkNet(cells, map.net_amount as number, row, rowNumber, diagnostics);
    return true;
  };
}

/**
 * The reader of the further deduction columns: each cell read as money and added to its kind's
 * deduction on the line (a blank is none). False when a cell cannot be read (diagnosed, the line lost).
 */
function valueFieldsReader(cells: AmountCells, more: readonly ValueField[]): BaseReader {
  const line = cells.line;
  return (row, rowNumber, diagnostics) => {
    for (const f of more) {
      if (isBlank(row[f.col])) continue;
      if (!cells.one(row, f.col, rowNumber, diagnostics, true))
        return cells.lost(diagnostics, line.baseExact ?? centsToDecimal(line.baseCents));
      const d = cells.take();
      const was = line.perLine[f.slot];
      line.perLine[f.slot] = was === null ? d : sumOf(cells, was, d);
    }
    return true;
  };
}

/** Two deductions of one kind on a line, added in magnitude (a signed export writes them negative). */
function sumOf(cells: AmountCells, a: CellAmount, b: CellAmount): CellAmount {
  const x = (a.exact ?? centsToDecimal(a.cents)).abs();
  const y = (b.exact ?? centsToDecimal(b.cents)).abs();
  return centsOrExact(cells, x.plus(y));
}

/**
 * Sage's discount per unit ("2,00U"): the line's discount is that amount × its quantity, exact.
 * False when the cell is no such discount or the quantity cannot be read (read otherwise).
 */
function perUnit(cells: AmountCells, c: number, q: number | undefined, row: readonly CellValue[]): boolean {
  const unit = perUnitDiscount(row[c], cells.sepOf(c));
  const qty = q === undefined || unit === null ? null : cells.readExact(row[q], q);
  if (unit === null || qty === null) return false;
  cells.line.perLine[0] = centsOrExact(cells, qty.times(unit).abs());
  return true;
}

/** A deduction in cents when it has two decimals at most (and the run is not all exact), else exact. */
function centsOrExact(cells: AmountCells, d: Decimal): { cents: number; exact: Decimal | null } {
  return d.decimalPlaces() <= 2 && !cells.allExact
    ? { cents: d.times(100).toNumber(), exact: null }
    : { cents: NaN, exact: d };
}

/**
 * A discount cell that cannot be read beside the line's net amount: the net is what was invoiced,
 * so the line counts at it (no discount broken down), and the cell is said.
 */
function unreadableBesideNet(
  cells: AmountCells,
  c: number,
  map: Mapping,
  row: readonly CellValue[],
  rowNumber: number,
  diagnostics: Diagnostic[],
): void {
  const net = cells.header((map.amount ?? map.net_amount) as number);
  const value = cellText(row[c]);
  diagnostics.push(
    diag(DIAG.discountUnreadableNet, { row: rowNumber, column: cells.header(c), value, args: { net } }),
  );
}

/**
 * A deduction written with its tax beside an amount read less its VAT (Shopify's `Refunded Amount`
 * beside `Total | Taxes`, WooCommerce's cart discount, a till's Remise): taken off before tax, at the
 * line's own rate (HT / TTC), to the cent.
 */
function lessVatAtRate(cells: AmountCells, k: number, amountCol: number, row: readonly CellValue[]): void {
  const line = cells.line;
  const written = line.perLine[k];
  const ttc = cells.readExact(row[amountCol], amountCol);
  if (written === null || ttc === null || ttc.isZero()) return;
  const ht = exactOf({ cents: line.baseCents, exact: line.baseExact });
  const r = toCent(exactOf(written).times(ht).div(ttc));
  line.perLine[k] = cells.allExact
    ? { cents: NaN, exact: r }
    : { cents: r.times(100).toNumber(), exact: null };
}

/**
 * A discount written with its tax beside an amount headed TTC read at the line's VAT rate (Cegid
 * Orli's `Remise TTC`): the line's HT before and after it are each TTC / (1 + rate) to the cent, as
 * the till writes them; the discount HT is their difference. `net`: the amount is after the discount.
 */
function discountTtcAtRate(
  cells: AmountCells,
  map: Mapping,
  rateCol: number,
  net: boolean,
  row: readonly CellValue[],
): void {
  const line = cells.line;
  const written = line.perLine[0];
  const amountCol = map.amount as number;
  const ttc = cells.readExact(row[amountCol], amountCol);
  const rate = vatRateOf(row[rateCol], cells.sepOf(rateCol));
  if (written === null || ttc === null || rate === null) return;
  const d = exactOf(written).abs();
  const other = ttc.isNegative() === net ? ttc.minus(d) : ttc.plus(d);
  line.perLine[0] = centsOrExact(cells, htOfTtc(ttc, rate).minus(htOfTtc(other, rate)).abs());
}

/**
 * The refund of an order whose adjusted total is filled (Etsy's `Adjusted Order Total`, after a
 * refund): its total less the adjusted one, as written (with its tax), into the line's returns.
 */
function adjustedRefund(
  cells: AmountCells,
  amountCol: number,
  col: number,
  row: readonly CellValue[],
  rowNumber: number,
  diagnostics: Diagnostic[],
): boolean {
  const line = cells.line;
  const total = cells.readExact(row[amountCol], amountCol);
  if (!cells.one(row, col, rowNumber, diagnostics, true) || total === null)
    return cells.lost(diagnostics, line.baseExact ?? centsToDecimal(line.baseCents));
  const refund = total.minus(exactOf(cells.take()));
  line.perLine[2] =
    refund.decimalPlaces() <= 2 && !cells.allExact
      ? { cents: refund.times(100).toNumber(), exact: null }
      : { cents: NaN, exact: refund };
  return true;
}

/** Adds the invoice discount of `row` to the line's discount (after its own, if any). */
function invoiceDiscount(
  cells: AmountCells,
  c: number,
  row: readonly CellValue[],
  rowNumber: number,
  diagnostics: Diagnostic[],
): boolean {
  const line = cells.line;
  const rate = invoiceRate(cells, c, row);
  if (rate === null && !cells.one(row, c, rowNumber, diagnostics, true))
    return cells.lost(diagnostics, line.baseExact ?? centsToDecimal(line.baseCents));
  const d = rate ?? cells.take();
  const own = line.perLine[0];
  if (own === null) {
    line.perLine[0] = d;
    return true;
  }
  const sum = exactOf(own).abs().plus(exactOf(d).abs());
  line.perLine[0] =
    sum.decimalPlaces() <= 2 && !cells.allExact
      ? { cents: sum.times(100).toNumber(), exact: null }
      : { cents: NaN, exact: sum };
  return true;
}

/**
 * An invoice discount written as a rate (a header `Remise pied %`, or a cell `5 %`): the line's part of
 * it, its net less the rate rounded to the cent (1 145,20 less 5 % = 1 087,94); null when no rate.
 */
function invoiceRate(cells: AmountCells, c: number, row: readonly CellValue[]): CellAmount | null {
  const v = row[c];
  const byHeader = isRateHeader(cells.header(c));
  if (!byHeader && !(typeof v === "string" && v.includes("%"))) return null;
  const r = readRate(v, cells.sepOf(c), "percent");
  if (r === null) return null;
  const net = cells.line.netDecimal();
  const after = toCent(net.minus(net.times(r)));
  return centsOrExact(cells, net.minus(after).abs());
}

/**
 * The discount step of a rate column: deduction = rate × the line's gross, exact. The gross is the
 * amount when it is gross, else quantity × unit price; a net amount without a unit price gets no
 * deduction (gross = net / (1 − rate) is not exact; the net_amount diagnostic says so).
 */
function discountRate(cells: AmountCells, map: Mapping, amountIsNet: boolean): BaseReader {
  const col = map.discount_amount as number;
  const q = map.quantity;
  const p = map.unit_price;
  const line = cells.line;
  const scale = cells.reading.discount?.scale ?? "fraction";
  // No amount column: the line is quantity × price less the rate, rounded as invoiced.
  const byPrice =
    map.amount === undefined && map.net_amount === undefined && q !== undefined && p !== undefined;
  const ttcRate = cells.lessRate ? map.vat_rate : undefined;
  return (row, rowNumber, diagnostics) => {
    const r = readRate(row[col], cells.sepOf(col), scale);
    if (r === null && amountIsNet) {
      unreadableBesideNet(cells, col, map, row, rowNumber, diagnostics);
      return true;
    }
    if (r === null) {
      diagnostics.push(
        diag(DIAG.amountUnreadable, { row: rowNumber, column: cells.header(col), value: cellText(row[col]) }),
      );
      return cells.lost(diagnostics, line.baseExact ?? centsToDecimal(line.baseCents));
    }
    let gross = line.baseExact ?? centsToDecimal(line.baseCents);
    if (amountIsNet) {
      if (q === undefined || p === undefined) return true;
      const qty = cells.readExact(row[q], q);
      const price = cells.readExact(row[p], p);
      if (qty === null || price === null) return true;
      gross = qty.times(price);
      // A net that is the gross less the rate rounded to the cent (the invoice's line): the
      // discount invoiced is gross − net, the gross then q × p exactly.
      const net = line.baseExact ?? centsToDecimal(line.baseCents);
      const exactNet = gross.minus(gross.times(r));
      if (net.equals(toCent(exactNet))) {
        line.perLine[0] = centsOrExact(cells, gross.minus(net).abs());
        return true;
      }
    }
    if (byPrice) return pricedLine(cells, q as number, p as number, r, row, rowNumber, ttcRate);
    line.perLine[0] = centsOrExact(cells, gross.times(r).abs());
    return true;
  };
}

/**
 * A line with no amount column, quantity × price less a rate: its net is q × p × (1 − r) rounded to
 * the cent as the invoice writes it (3 × 12,35 less 15 % = 31,4925, invoiced 31,49); its discount is
 * its gross (q × p, rounded) less that net.
 */
function pricedLine(
  cells: AmountCells,
  q: number,
  p: number,
  r: Decimal,
  row: readonly CellValue[],
  rowNumber: number,
  ttcRate: number | undefined,
): boolean {
  const line = cells.line;
  const gross = line.baseExact ?? centsToDecimal(line.baseCents);
  const qty = cells.readExact(row[q], q);
  const price = cells.readExact(row[p], p);
  const exact = qty === null || price === null ? gross : qty.times(price);
  const net = exact.minus(exact.times(r));
  let rounded = toCent(net);
  cells.rounded(rowNumber, p, net, rounded);
  // A price headed TTC (the base already read HT): the net HT is the net TTC at the line's rate.
  const vat = ttcRate === undefined ? null : vatRateOf(row[ttcRate], cells.sepOf(ttcRate));
  if (vat !== null) rounded = htOfTtc(rounded, vat);
  line.perLine[0] = centsOrExact(cells, gross.minus(rounded).abs());
  return true;
}

/**
 * A net column beside gross and deductions: warns when it is not gross − deductions. A discount at a
 * rate that the net column writes rounded to the cent (134.26 for 141.33 less 5 %, 134.2635) is the
 * invoice's: the line's discount is then gross − net, what was invoiced.
 */
function checkNet(
  cells: AmountCells,
  c: number,
  row: readonly CellValue[],
  rowNumber: number,
  diagnostics: Diagnostic[],
): void {
  const v = row[c];
  const written = cells.readExact(v, c);
  if (written === null) return;
  // Net sales beside the shipping billed: the gross was read with the shipping (evidence/shipping.ts).
  const ship = cells.reading.plusShipping?.repeated?.has(rowNumber) === true ? undefined : cells.plusShipping;
  const wrap = ship === undefined ? undefined : cells.reading.plusShipping?.also;
  const shipped = ship === undefined ? written : written.plus(cells.readExact(row[ship], ship) ?? 0);
  const net = wrap === undefined ? shipped : shipped.plus(cells.readExact(row[wrap], wrap) ?? 0);
  const expected = cells.line.netDecimal();
  if (cells.reading.discount?.as === "rate" && roundedTo(net, expected)) {
    const line = cells.line;
    const d = line.perLine[0];
    if (d === null) return;
    const neg = (line.baseExact ?? centsToDecimal(line.baseCents)).isNegative();
    const gap = neg ? net.minus(expected) : expected.minus(net);
    const invoiced = (d.exact ?? centsToDecimal(d.cents)).abs().plus(gap);
    line.perLine[0] =
      invoiced.decimalPlaces() <= 2 && !cells.allExact
        ? { cents: invoiced.times(100).toNumber(), exact: null }
        : { cents: NaN, exact: invoiced };
    return;
  }
  if (!net.equals(expected)) {
    diagnostics.push(
      diag(DIAG.netMismatch, {
        row: rowNumber,
        column: cells.header(c),
        value: cellText(v),
        args: { expected: toDecimalString(expected) },
      }),
    );
  }
}

/** Whether `net` (at most two decimals) is `exact` (more) rounded to the cent, half away from zero as Excel's ROUND. */
function roundedTo(net: Decimal, exact: Decimal): boolean {
  return net.decimalPlaces() <= 2 && exact.decimalPlaces() > 2 && net.equals(toCent(exact));
}
