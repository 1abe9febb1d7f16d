import { toCent } from "../../money";
import type { Mapping } from "../../types";
import { exactOf, type AmountCells } from "./cells";
import { lessRate } from "./single";
import type { BaseReader } from "./types";

/**
 * Quantity × unit price, rounded to the cent half away from zero as every invoicing software writes
 * a line (12,500 kg × 8,37 = 104,625 is invoiced 104,63), said once (amount_rounded_per_line); a
 * price headed TTC beside a VAT rate column is then read HT at the line's rate.
 */
export function quantityPrice(cells: AmountCells, map: Mapping): BaseReader {
  const quantityCol = map.quantity as number;
  const priceCol = map.unit_price as number;
  const rateCol = cells.lessRate ? map.vat_rate : undefined;
  return (row, rowNumber, diagnostics) => {
    cells.line.signed = false;
    if (!cells.one(row, quantityCol, rowNumber, diagnostics, false)) return false;
    const q = exactOf(cells.take());
    if (!cells.one(row, priceCol, rowNumber, diagnostics, false)) return false;
    const p = exactOf(cells.take());
    const product = q.times(p);
    if (!cells.allExact && product.decimalPlaces() <= 2 && product.abs().lessThan(1e13))
      cells.setBase(product.times(100).toNumber(), null);
    else {
      const rounded = toCent(product);
      cells.rounded(rowNumber, priceCol, product, rounded);
      cells.setBaseDecimal(rounded);
    }
    // A price headed TTC beside a VAT rate (a till's `PU TTC`): the line HT = TTC / (1 + rate).
    return rateCol === undefined || lessRate(cells, rateCol, row, rowNumber, diagnostics);
  };
}
