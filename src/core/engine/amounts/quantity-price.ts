import type { Mapping } from "../../types";
import { exactOf, type AmountCells } from "./cells";
import type { BaseReader } from "./types";

/** Quantity × unit price, computed exactly; in cents when the product has at most two decimals. */
export function quantityPrice(cells: AmountCells, map: Mapping): BaseReader {
  const quantityCol = map.quantity as number;
  const priceCol = map.unit_price as number;
  return (row, rowNumber, diagnostics) => {
    cells.line.signed = false;
    if (!cells.one(row, quantityCol, rowNumber, diagnostics, false)) return false;
    const q = exactOf(cells.take());
    if (!cells.one(row, priceCol, rowNumber, diagnostics, false)) return false;
    const p = exactOf(cells.take());
    const product = q.times(p);
    if (!cells.allExact && product.decimalPlaces() <= 2 && product.abs().lessThan(1e13))
      cells.setBase(product.times(100).toNumber(), null);
    else cells.setBase(0, product);
    return true;
  };
}
