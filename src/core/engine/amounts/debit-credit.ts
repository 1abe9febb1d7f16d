import { cellText } from "../../cells";
import { diag, DIAG } from "../../diagnostics";
import { toDecimalString } from "../../money";
import type Decimal from "decimal.js";
import type { CellValue, Diagnostic, Mapping } from "../../types";
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
  const sides = cells.reading.netSides;
  return (row, rowNumber, diagnostics) => {
    cells.line.signed = true;
    if (!cells.one(row, debitCol, rowNumber, diagnostics, true)) return false;
    const debit = cells.take();
    if (!cells.one(row, creditCol, rowNumber, diagnostics, true)) return false;
    const credit = cells.take();
    if (sides !== undefined) {
      const side = exactOf(credit).minus(exactOf(debit));
      return netBySide(cells, map.amount as number, sides.saleSide, side, row, rowNumber, diagnostics);
    }
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

/**
 * A Net beside sides holding its gross (Sage 50 UK's audit trail): the Net's magnitude, positive on
 * the sales' side, negative on the other; a line with neither side filled counts its Net as written.
 */
function netBySide(
  cells: AmountCells,
  netCol: number,
  saleSide: "debit" | "credit",
  side: Decimal,
  row: readonly CellValue[],
  rowNumber: number,
  diagnostics: Diagnostic[],
): boolean {
  if (!cells.one(row, netCol, rowNumber, diagnostics, true)) return false;
  const net = exactOf(cells.take());
  const sign = side.isNegative() === (saleSide === "debit") ? 1 : -1;
  cells.setBaseDecimal(side.isZero() ? net : net.abs().times(sign));
  return true;
}

/** True when a side holds a non-zero amount (hot path: no Decimal for cents). */
function nonZero(a: CellAmount): boolean {
  return a.exact === null ? a.cents !== 0 : !a.exact.isZero();
}
