import { cellKey, cellText } from "../../cells";
import { diag, DIAG } from "../../diagnostics";
import { toDecimalString } from "../../money";
import type { CellValue, Diagnostic, Mapping } from "../../types";
import { exactOf, type AmountCells } from "./cells";
import type { BaseReader } from "./types";
import { numericSens, sensSign } from "../directions";

/**
 * Montant + Sens (FEC): the amount signed by the direction column. A negative Montant combines with
 * its Sens (−300 with C is a 300 debit), diagnosed; an unreadable direction is diagnosed.
 */
export function amountDirection(cells: AmountCells, map: Mapping): BaseReader {
  const amountCol = map.amount as number;
  const directionCol = map.direction as number;
  // Sage writes the direction 0/1 (0 = débit, 1 = crédit), proven by a "0"; SAP its posting keys (evidence).
  const convention = cells.sensConvention;
  // Every credit negative, every debit positive (SAP): the sign only repeats the direction.
  const signedLike = cells.reading.signedLikeDirection !== undefined;
  return (row, rowNumber, diagnostics) => {
    cells.line.signed = true;
    if (!cells.one(row, amountCol, rowNumber, diagnostics, false)) return false;
    const a = cells.take();
    const dirCell = row[directionCol];
    const t = cellKey(dirCell).toUpperCase();
    const sign = sensSign(t, convention);
    if (sign === 0) {
      diagnostics.push(
        diag(DIAG.directionUnreadable, {
          row: rowNumber,
          column: cells.header(directionCol),
          value: cellText(dirCell),
        }),
      );
      return false;
    }
    if (convention === "dc" && !cells.numericSensSeen && numericSens(t)) {
      cells.numericSensSeen = true;
      diagnostics.push(
        diag(DIAG.sensPlusMinusOne, { row: 0, column: cells.header(directionCol), value: "+1/-1" }),
      );
    }
    const negative = a.exact === null ? a.cents < 0 : a.exact.isNegative() && !a.exact.isZero();
    if (negative && !signedLike)
      negativeMontant(cells, row[amountCol], dirCell, sign, rowNumber, diagnostics, amountCol);
    const s = signedLike && negative ? -sign : sign;
    if (a.exact === null) cells.setBase(s * a.cents, null);
    else cells.setBase(0, a.exact.times(s));
    return true;
  };
}

/** Diagnoses a negative Montant: which side it ends on, for how much. */
function negativeMontant(
  cells: AmountCells,
  amountCell: CellValue,
  dirCell: CellValue,
  sign: number,
  rowNumber: number,
  diagnostics: Diagnostic[],
  amountCol: number,
): void {
  const magnitude = exactOf(cells.take()).abs();
  // A negative amount flips its side: with C (sign +1) it is a debit, with D a credit.
  const debit = sign > 0;
  diagnostics.push(
    diag(debit ? DIAG.montantSensNegativeDebit : DIAG.montantSensNegativeCredit, {
      row: rowNumber,
      column: cells.header(amountCol),
      value: cellText(amountCell),
      amount: toDecimalString(magnitude),
      args: { sens: cellText(dirCell) },
    }),
  );
}
