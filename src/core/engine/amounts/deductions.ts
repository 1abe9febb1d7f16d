/**
 * Per-line deduction columns (discount, rebate, return amounts) beside the base: read after it,
 * then the gross derived from a net (net + deductions), or a given net checked against gross − deductions.
 */
import { cellText, isBlank } from "../../cells";
import { diag, DIAG } from "../../diagnostics";
import { centsToDecimal, toDecimalString } from "../../money";
import type { CellValue, Diagnostic, Mapping } from "../../types";
import type { AmountCells } from "./cells";
import type { BaseReader } from "./types";

const DEDUCTION_FIELDS = ["discount_amount", "rebate_amount", "return_amount"] as const;

/** The deductions step of a line, or null when the table has no deduction column. */
export function perLineDeductions(cells: AmountCells, map: Mapping): BaseReader | null {
  const perLineCols = DEDUCTION_FIELDS.map((f) => map[f]);
  if (!perLineCols.some((c) => c !== undefined)) return null;
  const line = cells.line;
  const netOnly = map.amount === undefined && map.net_amount !== undefined;
  const grossAndNet = map.amount !== undefined && map.net_amount !== undefined;
  return (row, rowNumber, diagnostics) => {
    for (let k = 0; k < 3; k++) {
      const c = perLineCols[k];
      if (c === undefined || isBlank(row[c])) continue;
      if (!cells.one(row, c, rowNumber, diagnostics, true)) {
        // The line's gross is known: it goes with the diagnostic and into the ignored total.
        return cells.lost(diagnostics, line.baseExact ?? centsToDecimal(line.baseCents));
      }
      line.perLine[k] = cells.take();
    }
    // Only a net column and deduction columns: the gross is net + deductions.
    if (netOnly) {
      let g = line.baseExact ?? centsToDecimal(line.baseCents);
      for (const d of line.perLine) if (d) g = g.plus((d.exact ?? centsToDecimal(d.cents)).abs());
      if (line.baseExact === null && g.decimalPlaces() <= 2 && !cells.allExact)
        cells.setBase(g.times(100).toNumber(), null);
      else cells.setBase(0, g);
    } else if (grossAndNet) {
      checkNet(cells, map.net_amount as number, row, rowNumber, diagnostics);
    }
    return true;
  };
}

/** A net column beside gross and deductions: warns when it is not gross − deductions. */
function checkNet(
  cells: AmountCells,
  c: number,
  row: readonly CellValue[],
  rowNumber: number,
  diagnostics: Diagnostic[],
): void {
  const v = row[c];
  const net = cells.readExact(v);
  if (net === null) return;
  const expected = cells.line.netDecimal();
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
