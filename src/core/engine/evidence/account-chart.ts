/**
 * Whether the account column speaks the French chart of accounts (PCG, SPEC 2.1 step 3). A foreign
 * chart ("4000 Sales", "7000 Interest Income") read as PCG puts sales outside class 7 and drops them
 * as not revenue. The data proves it when lines read as not revenue carry an account whose own
 * words say revenue: one warning then names the column, an example row and the way out.
 */
import { cellText } from "../../cells";
import { REVENUE_ACCOUNT_NAMES } from "../../rules/account-names";
import { diag, DIAG } from "../../diagnostics";
import { containsPhrase, normalizeText } from "../../text";
import type { CellValue, Diagnostic } from "../../types";
import { LINE_NOT_REVENUE, type EngineResult } from "../result";

/** Words that make an account name about something else than revenue ("TVA collectée sur ventes", "Cost of Sales"). */
const NOT_REVENUE_WORDS = [
  "tva",
  "vat",
  "tax",
  "taxe",
  "client",
  "clients",
  "customer",
  "customers",
  "receivable",
  "payable",
  "cost",
  "costs",
  "cout",
  "couts",
  "achat",
  "achats",
  "purchase",
  "purchases",
];

/** Whether an account cell's own words say revenue. */
export function saysRevenue(text: string): boolean {
  const n = normalizeText(text);
  return (
    REVENUE_ACCOUNT_NAMES.some((w) => containsPhrase(n, w)) &&
    !NOT_REVENUE_WORDS.some((w) => containsPhrase(n, w))
  );
}

/** A line read as not revenue whose account's own words say revenue: the warning's example. */
export interface ChartExample {
  row: number;
  value: string;
  /** The line's label (a sale on account 71…, the Moroccan chart). */
  label?: string;
}

/**
 * The first not-revenue line (in row order) whose account says revenue, noted by the engine as it
 * reads each line, while the row is at hand (a second pass over scattered rows costs more than the
 * check). `saysRevenue` runs once per distinct account cell.
 */
export class ChartWatch {
  example: ChartExample | null = null;
  /** The first line on account 71… (PCG: stored production) whose label says a sale: the Moroccan chart. */
  salesOn71: ChartExample | null = null;
  private readonly seen = new Map<CellValue, boolean>();

  /** Notes a line the account kept out of CA OP as PCG 71 (stored production) against its label's sale. */
  saleOverruled(ruleId: string, scope: string, account: string, label: string, rowNumber: number): void {
    if (this.salesOn71 === null && ruleId === STORED_PRODUCTION && scope === "op")
      this.salesOn71 = { row: rowNumber, value: account, label };
  }

  /** Notes a not-revenue line's account cell (row number as the user sees it). */
  notRevenue(v: CellValue, rowNumber: number): void {
    if (this.example !== null) return;
    let revenue = this.seen.get(v);
    if (revenue === undefined) {
      revenue = saysRevenue(cellText(v));
      if (this.seen.size < 10_000) this.seen.set(v, revenue);
    }
    if (revenue) this.example = { row: rowNumber, value: cellText(v) };
  }
}

/**
 * The account_not_pcg warning of a result (the first such line as example), or null when none names
 * revenue. `found` is the engine's ChartWatch example when it watched the lines (no second pass).
 */
export function accountChartCheck(r: EngineResult, found?: ChartExample | null): Diagnostic | null {
  const col = r.mapping.account;
  if (col === undefined) return null;
  const { table } = r;
  const example = found !== undefined ? found : firstExample(r, col);
  if (example === null) return null;
  return diag(DIAG.accountNotPcg, {
    row: 0,
    column: table.headers[col] ?? "",
    value: table.headers[col] ?? "",
    args: { example: example.value, example_row: example.row },
  });
}

/** The PCG rule of class 71, stored production, where the Moroccan chart (CGNC) books its sales (711, 712). */
const STORED_PRODUCTION = "pcg-71";

/**
 * The account_chart_cgnc warning: lines on account 71… whose labels say a sale. In the PCG, 71 is
 * stored production, never sold; in Morocco's chart (CGNC) 711 and 712 are its sales. Null when none.
 */
export function cgncCheck(r: EngineResult, found: ChartExample | null): Diagnostic | null {
  const col = r.mapping.account;
  if (col === undefined || found === null) return null;
  const column = r.table.headers[col] ?? "";
  return diag(DIAG.accountChartCgnc, {
    row: 0,
    column,
    value: column,
    args: { example: found.value, example_row: found.row, label: found.label ?? "" },
  });
}

/** The first not-revenue line whose account says revenue, by a pass over the result's lines. */
function firstExample(r: EngineResult, col: number): ChartExample | null {
  const { lines, table } = r;
  const watch = new ChartWatch();
  for (let i = 0; i < lines.count && watch.example === null; i++)
    if (lines.scope[i] === LINE_NOT_REVENUE) watch.notRevenue(table.rows[i]?.[col], lines.rowNumber[i]);
  return watch.example;
}
