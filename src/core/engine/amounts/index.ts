/**
 * Amounts by layout: one base reader per amount layout (single amount, debit/credit, Montant/Sens,
 * quantity × price), then the per-line deductions step (gross/net with deductions) when the table has one.
 */
import type { MappingResult } from "../../fields";
import type { RawTable } from "../../types";
import type { Reading } from "../evidence/columns";
import { amountDirection } from "./amount-direction";
import { AmountCells } from "./cells";
import { deductionValueFields } from "../evidence/value-fields";
import { debitCredit } from "./debit-credit";
import { perLineDeductions } from "./deductions";
import { quantityPrice } from "./quantity-price";
import { singleAmount } from "./single";
import type { AmountReader, BaseReader, LineAmount } from "./types";

export type { AmountReader, LineAmount } from "./types";

/** The amount reader of a table's layout. `allExact`: every amount as a Decimal (after a cents overflow). */
export function createAmountReader(
  table: RawTable,
  info: MappingResult,
  reading: Reading,
  allExact: boolean,
  /** Row numbers whose invoice discount repeats their invoice's, not counted again (invoice-discounts.ts). */
  repeatedDiscounts: ReadonlySet<number> = new Set(),
): AmountReader {
  const cells = new AmountCells(table, reading, allExact);
  const map = info.mapping;
  const base: BaseReader =
    info.layout === "debit_credit"
      ? debitCredit(cells, map)
      : info.layout === "amount_direction"
        ? amountDirection(cells, map)
        : info.layout === "quantity_price"
          ? quantityPrice(cells, map)
          : singleAmount(cells, map);
  const more = deductionValueFields(table.headers, map);
  const deductions = perLineDeductions(cells, map, repeatedDiscounts, info.adjustedTotal, more);
  const line = cells.line;
  return {
    cells,
    hasDeductions: deductions !== null,
    get lostAmount() {
      return cells.lostAmount;
    },
    probe(row, rowNumber): LineAmount | null {
      const seen = cells.numericSensSeen;
      const amt = this.read(row, rowNumber, []);
      cells.numericSensSeen = seen;
      return amt;
    },
    read(row, rowNumber, diagnostics): LineAmount | null {
      cells.lostAmount = null;
      line.currency = "";
      line.perLine[0] = line.perLine[1] = line.perLine[2] = null;
      if (!base(row, rowNumber, diagnostics)) return null;
      if (deductions !== null && !deductions(row, rowNumber, diagnostics)) return null;
      return line;
    },
  };
}
