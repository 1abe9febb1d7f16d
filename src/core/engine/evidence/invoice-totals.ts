/**
 * An amount column that repeats each invoice's total on every one of its lines ("Total HT facture"
 * on a sales list by article): summed as written, an invoice of two lines counts twice. Proven from
 * the data: on every run of lines of one invoice (same number, consecutive rows) the amount is the
 * same, and the lines' quantity × unit price add up to it. Then the lines are read as quantity ×
 * unit price, with a note; repeated but without prices to prove it, a warning says so.
 */
import { cellText } from "../../cells";
import { diag, DIAG, type DiagSpec } from "../../diagnostics";
import { NO_COLUMN } from "../../fields";
import { rowNumberOf, type Diagnostic, type RawTable } from "../../types";
import { lineContribution } from "../lines";
import { entryRuns, type Run } from "./runs";
import type { EngineOptions, EngineResult } from "../result";

/**
 * The runs of two lines or more of one invoice, when each repeats one amount; DIFFER when a run's
 * amounts differ (the column holds line amounts), null when there is no such run.
 */
function repeatedRuns(table: RawTable, idCol: number, amountCol: number): Run[] | typeof DIFFER | null {
  const runs: Run[] = [];
  for (const run of entryRuns(table.rows, idCol)) {
    const amount = cellText(table.rows[run.from][amountCol]);
    for (let k = run.from + 1; k < run.to; k++)
      if (cellText(table.rows[k][amountCol]) !== amount) return DIFFER;
    if (!table.notLines?.has(run.from)) runs.push(run);
  }
  return runs.length > 0 ? runs : null;
}

/** repeatedRuns: a run of one invoice holds different amounts. */
const DIFFER = "differ";

/** True when the runs' lines, read as quantity × unit price, add up to their repeated amount (one run not zero). */
function provenByPrices(runs: readonly Run[], asWritten: EngineResult, byPrice: EngineResult): boolean {
  let some = false;
  for (const { from, to } of runs) {
    const total = lineContribution(asWritten, from);
    let sum = lineContribution(byPrice, from);
    for (let i = from + 1; i < to; i++) sum = sum.plus(lineContribution(byPrice, i));
    if (!sum.eq(total)) return false;
    some ||= !total.isZero();
  }
  return some;
}

/**
 * `r` (the table read as its mapping says), or the table read again as quantity × unit price when
 * its amount column proves to repeat each invoice's total (`prior`: an earlier chunk proved it).
 * `again` computes the table with other options.
 */
export function withInvoiceTotals(
  table: RawTable,
  options: EngineOptions,
  r: EngineResult,
  again: (o: EngineOptions) => EngineResult,
): EngineResult {
  const map = r.mapping;
  const idCol = map.id;
  const amountCol = map.amount;
  if (idCol === undefined || amountCol === undefined || r.mappingInfo.layout !== "amount") return r;
  const prior = options.invoiceTotalsPrior === true;
  const found = repeatedRuns(table, idCol, amountCol);
  // Runs that differ prove line amounts for the whole file: a chunk's repeated runs are then chance.
  if (found === DIFFER && !prior) return { ...r, invoiceRunsDiffer: true };
  const runs = found === DIFFER ? null : found;
  if (runs === null && !prior) return r;
  const column = table.headers[amountCol] ?? "";
  // The first run of the table, and how many there are (added up across chunks).
  const said = (d: DiagSpec): Diagnostic[] => {
    if (runs === null) return [];
    const first = runs[0];
    return [
      diag(d, {
        row: rowNumberOf(table, first.from),
        column,
        value: cellText(table.rows[first.from][amountCol]),
        args: { invoice: cellText(table.rows[first.from][idCol]), count: runs.length },
      }),
    ];
  };
  const unproven = (): EngineResult => ({
    ...r,
    diagnostics: [...r.diagnostics, ...said(DIAG.invoiceTotalRepeated)],
  });
  if (map.quantity === undefined || map.unit_price === undefined) return unproven();
  const byPrice = again({ ...options, mapping: { ...options.mapping, amount: NO_COLUMN } });
  if (!prior && !provenByPrices(runs ?? [], r, byPrice)) return unproven();
  return {
    ...byPrice,
    invoiceTotals: true,
    diagnostics: [...byPrice.diagnostics, ...said(DIAG.invoiceTotalLines)],
  };
}
