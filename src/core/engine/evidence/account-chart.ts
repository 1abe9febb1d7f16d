/**
 * Whether the account column speaks the French chart of accounts (PCG, SPEC 2.1 step 3). A foreign
 * chart ("4000 Sales", "7000 Interest Income") read as PCG puts sales outside class 7 and drops them
 * as not revenue. The data proves it when lines read as not revenue carry an account whose own
 * words say revenue: one warning then names the column, an example row and the way out.
 */
import { cellText } from "../../cells";
import { diag, DIAG } from "../../diagnostics";
import { containsPhrase, normalizeText } from "../../text";
import type { Diagnostic } from "../../types";
import { LINE_NOT_REVENUE, type EngineResult } from "../result";

/** Words of an account name that say revenue (FR and EN). */
const REVENUE_WORDS = [
  "sales",
  "sale",
  "revenue",
  "revenues",
  "income",
  "turnover",
  "ventes",
  "vente",
  "chiffre d'affaires",
  "produits",
];

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
function saysRevenue(text: string): boolean {
  const n = normalizeText(text);
  return (
    REVENUE_WORDS.some((w) => containsPhrase(n, w)) && !NOT_REVENUE_WORDS.some((w) => containsPhrase(n, w))
  );
}

/** The account_not_pcg warning of a result (the first such line as example), or null when none names revenue. */
export function accountChartCheck(r: EngineResult): Diagnostic | null {
  const col = r.mapping.account;
  if (col === undefined) return null;
  const { lines, table } = r;
  let example: { row: number; value: string } | null = null;
  const seen = new Map<string, boolean>();
  for (let i = 0; i < lines.count; i++) {
    if (lines.scope[i] !== LINE_NOT_REVENUE) continue;
    const text = cellText(table.rows[i]?.[col]);
    let revenue = seen.get(text);
    if (revenue === undefined) {
      revenue = saysRevenue(text);
      seen.set(text, revenue);
    }
    if (revenue) {
      example = { row: lines.rowNumber[i], value: text };
      break;
    }
  }
  if (example === null) return null;
  return diag(DIAG.accountNotPcg, {
    row: 0,
    column: table.headers[col] ?? "",
    value: table.headers[col] ?? "",
    args: { example: example.value, example_row: example.row },
  });
}
