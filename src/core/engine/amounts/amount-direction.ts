import { cellKey, cellText } from "../../cells";
import { diag, DIAG } from "../../diagnostics";
import type { CellValue, Mapping } from "../../types";
import type { AmountCells } from "./cells";
import type { BaseReader } from "./types";

/** FEC "Sens": D/Débit/-1 → −1, C/Crédit/+1 → +1, anything else 0. */
function directionSign(v: CellValue): number {
  const t = cellKey(v).toUpperCase();
  if (t === "C" || t === "CREDIT" || t === "CRÉDIT" || t === "+1" || t === "1") return 1;
  if (t === "D" || t === "DEBIT" || t === "DÉBIT" || t === "-1") return -1;
  return 0;
}

/** Montant + Sens (FEC): the magnitude signed by the direction column; an unreadable direction is diagnosed. */
export function amountDirection(cells: AmountCells, map: Mapping): BaseReader {
  const amountCol = map.amount as number;
  const directionCol = map.direction as number;
  return (row, rowNumber, diagnostics) => {
    cells.line.signed = true;
    if (!cells.one(row, amountCol, rowNumber, diagnostics, false)) return false;
    const a = cells.take();
    const dirCell = row[directionCol];
    const sign = directionSign(dirCell);
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
    if (a.exact === null) cells.setBase(sign * Math.abs(a.cents), null);
    else cells.setBase(0, a.exact.abs().times(sign));
    return true;
  };
}
