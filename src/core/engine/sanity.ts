/**
 * Sign sanity (SPEC 2.2): a negative CA OP for the file or for a month, or sale lines mostly
 * negative (or debits), is most likely an export whose sign convention is the reverse of the one
 * read. The figure is never flipped silently: one `sign_convention` warning names the likely
 * convention and how to change it. Called once per result: by `compute`, and by `computeChunks`
 * on the merged result (the chunks' own warnings are dropped there).
 */
import { diag, DIAG } from "../diagnostics";
import { toDecimalString } from "../money";
import type { Diagnostic } from "../types";
import type { Class73Lines, EngineResult } from "./result";
import Decimal from "decimal.js";
import { lineContribution } from "./lines";

/** Months listed by name in the warning; the others are counted. */
const MONTHS_NAMED = 3;

/** The symptoms as message arguments, or null when the signs look right. */
function symptoms(r: EngineResult): Record<string, string | number> | null {
  const caop = r.totals.caop;
  const negativeFile = caop.isNegative() && !caop.isZero();
  const months = r.months.filter((m) => m.totals.caop.isNegative() && !m.totals.caop.isZero());
  const s = r.saleSigns ?? { positive: 0, negative: 0 };
  const mostlyNegative = s.negative > s.positive;
  if (!negativeFile && months.length === 0 && !mostlyNegative) return null;
  // Each month with its own CA OP: "2025-02 (-230.00)" (the file's CA OP is said apart).
  const named = months.slice(0, MONTHS_NAMED).map((m) => `${m.period} (${toDecimalString(m.totals.caop)})`);
  if (months.length > MONTHS_NAMED) named.push(`+${months.length - MONTHS_NAMED}`);
  return {
    caop: toDecimalString(caop),
    months: named.length > 0 ? named.join(", ") : "–",
    negative: s.negative,
    count: s.negative,
    total: s.negative + s.positive,
    /**
     * 1 when most sale lines say the convention is reversed (or, with no sale line read, the file's
     * CA OP); 0 when the sales are positive and deductions outweigh them (a month's credit notes,
     * lines to review left out in strict mode): the signs are right, those lines are to check.
     */
    file:
      mostlyNegative || (negativeFile && s.positive + s.negative === 0 && r.saleSigns === undefined) ? 1 : 0,
  };
}

/** The sign_convention warning of a result, or null when its signs look right. */
export function signSanity(r: EngineResult): Diagnostic | null {
  const args = symptoms(r);
  if (args === null) return null;
  const map = r.mapping;
  const header = (c: number | undefined): string => (c === undefined ? "" : (r.table.headers[c] ?? ""));
  const value = String(args.caop);
  // Only some months negative, the file and most sale lines positive: a month's credit notes, not the convention.
  if (args.file === 0) {
    return diag(DIAG.signConventionMonths, {
      row: 0,
      column: header(map.amount ?? map.net_amount ?? map.credit),
      value,
      args,
    });
  }
  if (r.mappingInfo.layout === "debit_credit") {
    const debit = header(map.debit);
    const credit = header(map.credit);
    return diag(DIAG.signConventionDebitCredit, {
      row: 0,
      column: `${debit} / ${credit}`,
      value,
      args: { ...args, debit, credit },
    });
  }
  return diag(DIAG.signConvention, { row: 0, column: header(map.amount ?? map.net_amount), value, args });
}

/**
 * The no_revenue_line warning: every line was read as not revenue by its account (CA OP 0), as when
 * the account column holds customer accounts (411…) in a sales journal; null otherwise.
 */
export function noRevenueLine(r: EngineResult): Diagnostic | null {
  const nr = r.diagnostics.find((d) => d.code === DIAG.notRevenue.code);
  if (nr === undefined || r.totals.lines > 0 || r.mapping.account === undefined) return null;
  // A foreign chart read as the PCG has its own warning and way out (account-chart.ts).
  if (r.diagnostics.some((d) => d.code === DIAG.accountNotPcg.code)) return null;
  const column = r.table.headers[r.mapping.account] ?? "";
  return diag(DIAG.noRevenueLine, { row: 0, column, value: nr.value, amount: nr.amount, args: nr.args });
}

/**
 * The currency_blank warning: a currency column blank on some lines and naming another currency than
 * the euro on the others. The blank lines are read in that currency (one per computation), but a
 * blank often means the company's own currency (Business Central's LCY): the data cannot tell.
 */
export function currencyBlankBesideForeign(r: EngineResult): Diagnostic | null {
  const blank = r.currencyBlank;
  if (blank === undefined || r.currencies.length !== 1 || r.currencies[0] === "EUR") return null;
  const { count, row, column } = blank;
  return diag(DIAG.currencyBlank, { row, column, value: "", args: { count, currency: r.currencies[0] } });
}

/** A result's lines set apart by class 73 (no PCG account): how many, the first one's row, their amount. */
export function class73Lines(r: EngineResult): Class73Lines | undefined {
  // Most results have no class 73 classification: no line to look at.
  if (!r.classifications.some((c) => c?.ruleId === "pcg-73")) return undefined;
  let count = 0;
  let row = 0;
  let amount = new Decimal(0);
  for (let i = 0; i < r.lines.count; i++) {
    const c = r.lines.classification[i];
    if (c < 0 || r.classifications[c]?.ruleId !== "pcg-73") continue;
    if (count === 0) row = r.lines.rowNumber[i];
    count++;
    amount = amount.plus(lineContribution(r, i));
  }
  return count === 0 ? undefined : { count, row, amount };
}

/**
 * The class73_only warning: no line counted and lines set apart by class 73 (no PCG account): CA OP
 * 0 is never silent, since an ESSMS body's whole revenue may be there (731–733 dotations and forfaits,
 * 735 other payers; 734, the residents' price, counts); null otherwise.
 */
function class73Only(r: EngineResult, c73: Class73Lines | undefined): Diagnostic | null {
  const account = r.mapping.account;
  if (c73 === undefined || account === undefined) return null;
  const t = r.totals;
  const excluded = Object.values(t.excluded).reduce((n, x) => n + x.count, 0);
  if (t.lines > excluded || !t.caop.isZero()) return null;
  const column = r.table.headers[account] ?? "";
  const value = toDecimalString(c73.amount);
  return diag(DIAG.class73Only, { row: c73.row, column, value, args: { count: c73.count } });
}

/** Codes of the whole-result warnings (any earlier one, e.g. from chunks, replaced). */
const RESULT_CODES: ReadonlySet<string> = new Set([
  DIAG.signConvention.code,
  DIAG.noRevenueLine.code,
  DIAG.currencyBlank.code,
  DIAG.class73Only.code,
]);

/** The result with its one sign_convention, no_revenue_line and currency_blank warnings, when due. */
export function withSignSanity(r: EngineResult): EngineResult {
  const diagnostics = r.diagnostics.some((d) => RESULT_CODES.has(d.code))
    ? r.diagnostics.filter((d) => !RESULT_CODES.has(d.code))
    : r.diagnostics;
  const w = signSanity(r);
  if (w !== null) diagnostics.push(w);
  const none = noRevenueLine({ ...r, diagnostics });
  if (none !== null) diagnostics.push(none);
  const blank = currencyBlankBesideForeign(r);
  if (blank !== null) diagnostics.push(blank);
  // Lines of a chunk are dropped when chunks merge: their class 73 lines are counted before (chunks.ts).
  const class73 = r.class73 ?? class73Lines(r);
  const only73 = class73Only(r, class73);
  if (only73 !== null) diagnostics.push(only73);
  if (class73 !== r.class73) return { ...r, diagnostics, class73 };
  return diagnostics === r.diagnostics ? r : { ...r, diagnostics };
}
