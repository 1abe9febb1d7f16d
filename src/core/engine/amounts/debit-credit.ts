import { cellText } from "../../cells";
import { diag, DIAG } from "../../diagnostics";
import { toDecimalString } from "../../money";
import type { Mapping } from "../../types";
import { exactOf, type AmountCells, type CellAmount } from "./cells";
import type { BaseReader } from "./types";

/**
 * Debit and credit columns: the signed amount is credit − debit, used as is (SPEC 2.2: a 709 debit
 * is already negative, and its deduction total − Σ contributions is positive). An empty side is
 * zero; a line with both sides filled counts at its net, with a `debit_and_credit` diagnostic.
 */
export function debitCredit(cells: AmountCells, map: Mapping): BaseReader {
  const debitCol = map.debit as number;
  const creditCol = map.credit as number;
  return (row, rowNumber, diagnostics) => {
    cells.line.signed = true;
    if (!cells.one(row, debitCol, rowNumber, diagnostics, true)) return false;
    const debit = cells.take();
    if (!cells.one(row, creditCol, rowNumber, diagnostics, true)) return false;
    const credit = cells.take();
    if (debit.exact === null && credit.exact === null) cells.setBase(credit.cents - debit.cents, null);
    else cells.setBase(0, exactOf(credit).minus(exactOf(debit)));
    if (nonZero(debit) && nonZero(credit)) {
      const d = row[debitCol];
      const c = row[creditCol];
      diagnostics.push(
        diag(DIAG.debitAndCredit, {
          row: rowNumber,
          column: `${cells.header(debitCol)} / ${cells.header(creditCol)}`,
          value: `${cellText(d)} / ${cellText(c)}`,
          amount: toDecimalString(exactOf(credit).minus(exactOf(debit))),
        }),
      );
    }
    return true;
  };
}

/** True when a side holds a non-zero amount (hot path: no Decimal for cents). */
function nonZero(a: CellAmount): boolean {
  return a.exact === null ? a.cents !== 0 : !a.exact.isZero();
}
