import type { Mapping } from "../../types";
import { exactOf, type AmountCells } from "./cells";
import type { BaseReader } from "./types";

/** Debit and credit columns: the signed amount is credit − debit (an empty side is zero). */
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
    return true;
  };
}
