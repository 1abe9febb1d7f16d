import { cellKey, cellText } from "../../cells";
import { diag, DIAG } from "../../diagnostics";
import { toDecimalString } from "../../money";
import type { CellValue, Diagnostic, Mapping } from "../../types";
import { exactOf, type AmountCells } from "./cells";
import type { BaseReader } from "./types";

/**
 * FEC "Sens" → the sign of the line's contribution (credit − debit): credit +1, debit −1, else 0.
 *
 * `+1`/`-1`: article A47 A-1 LPF (FEC format, arrêté du 29/07/2013) lets the Debit and Credit zones
 * be replaced by Montant and Sens, and its commentary BOI-CF-IOR-60-40-20
 * (https://bofip.impots.gouv.fr/doctrine/pgp/9028-PGP, II, list of the zones, §§ 40–60) gives the
 * Sens as "D"/"C" or "+1"/"-1". The stored copies of both texts reachable here stop before the list
 * of zones, so the wording could not be quoted: we read +1 = débit and -1 = crédit, the accounting
 * convention of signed ledgers (debit positive) and the reading of the DGFiP checker's users
 * (fixture fec-sens-plus-moins-un.txt). The choice is made visible by the `sens_plus_minus_one`
 * diagnostic whenever a file uses +1/-1, so a reversed export is caught (its CA OP comes out negative,
 * which the sign_convention warning also names).
 */
export function directionSign(t: string): number {
  return DIRECTIONS[t] ?? 0;
}

/**
 * Sens values (upper case) → the sign of the contribution: the FEC's D / C and +1 / -1, the words,
 * the English ledgers' abbreviations (DR / CR, DB / CR) and SAP's S (Soll, debit) / H (Haben, credit).
 */
const DIRECTIONS: Readonly<Record<string, number>> = {
  C: 1,
  H: 1,
  HABEN: 1,
  S: -1,
  SOLL: -1,
  CR: 1,
  CRED: 1,
  CREDIT: 1,
  CRÉDIT: 1,
  "-1": 1,
  D: -1,
  DR: -1,
  DB: -1,
  DEB: -1,
  DEBIT: -1,
  DÉBIT: -1,
  "+1": -1,
  "1": -1,
};

/** The Sens values (upper case) of one sign: for the DuckDB path's SQL, from the same table. */
export function directionWords(sign: 1 | -1): string[] {
  return Object.keys(DIRECTIONS).filter((k) => DIRECTIONS[k] === sign);
}

/** Sage's direction 0/1 → the sign of the contribution (credit − debit). */
const ZERO_ONE_SIGN: Readonly<Record<string, number>> = { "0": -1, "1": 1 };

/** The sign of a Sens text under the column's convention: Sage's 0/1, else directionSign. */
export function sensSign(t: string, zeroOne: boolean): number {
  return zeroOne ? (ZERO_ONE_SIGN[t] ?? 0) : directionSign(t);
}

/** True for the numeric forms of Sens (+1 / -1 / 1). */
export function numericSens(t: string): boolean {
  return t === "+1" || t === "-1" || t === "1";
}

/**
 * Montant + Sens (FEC): the amount signed by the direction column. A negative Montant combines with
 * its Sens (−300 with C is a 300 debit), diagnosed; an unreadable direction is diagnosed.
 */
export function amountDirection(cells: AmountCells, map: Mapping): BaseReader {
  const amountCol = map.amount as number;
  const directionCol = map.direction as number;
  // Sage writes the direction 0/1 (0 = débit, 1 = crédit); a "0" in the column proves it (evidence).
  const zeroOne = cells.zeroOneSens;
  return (row, rowNumber, diagnostics) => {
    cells.line.signed = true;
    if (!cells.one(row, amountCol, rowNumber, diagnostics, false)) return false;
    const a = cells.take();
    const dirCell = row[directionCol];
    const t = cellKey(dirCell).toUpperCase();
    const sign = sensSign(t, zeroOne);
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
    if (!zeroOne && !cells.numericSensSeen && numericSens(t)) {
      cells.numericSensSeen = true;
      diagnostics.push(
        diag(DIAG.sensPlusMinusOne, { row: 0, column: cells.header(directionCol), value: "+1/-1" }),
      );
    }
    const negative = a.exact === null ? a.cents < 0 : a.exact.isNegative() && !a.exact.isZero();
    if (negative) negativeMontant(cells, row[amountCol], dirCell, sign, rowNumber, diagnostics, amountCol);
    if (a.exact === null) cells.setBase(sign * a.cents, null);
    else cells.setBase(0, a.exact.times(sign));
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
