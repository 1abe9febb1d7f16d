/**
 * A payment account's statement (PayPal) says each movement's side in a column of its own ("Impact sur
 * le solde", "Balance Impact"): a payment debited from the account is the holder paying someone (a
 * purchase under the same "Paiement Express Checkout" type as a sale), never a sale nor a return. Such
 * a line, read as a sale and negative, is set apart, said once per type with its count; a refund
 * (classified a return) keeps its reading.
 */
import { BoundedCache } from "../../cache";
import { cellText } from "../../cells";
import { DIAG } from "../../diagnostics";
import { normalizeText } from "../../text";
import type { Diagnostic, Mapping, RawTable } from "../../types";
import type { EngineResult } from "../result";
import { lineClassification, lineContribution } from "../lines";
import { perValueWarnings } from "./per-value";

/** Headers of the side column, and its debit word (normalizeText). */
const SIDE_HEADERS: ReadonlySet<string> = new Set(["impact sur le solde", "balance impact"]);
const DEBIT: ReadonlySet<string> = new Set(["debit"]);

/** The debited payments read as negative sales, and their warnings per type; null when none. */
export function debitPayments(
  result: EngineResult,
  table: RawTable,
  map: Mapping,
): { rows: Set<number>; diagnostics: Diagnostic[] } | null {
  const side = table.headers.findIndex((h) => SIDE_HEADERS.has(normalizeText(String(h ?? ""))));
  if (side < 0) return null;
  const rows = new Set<number>();
  // Each side's text read once (a column of two values).
  const debits = new BoundedCache<string, boolean>(100);
  for (let i = 0; i < table.rows.length; i++) {
    const text = cellText(table.rows[i]?.[side]);
    let debit = debits.get(text);
    if (debit === undefined) debits.set(text, (debit = DEBIT.has(normalizeText(text))));
    if (!debit) continue;
    const c = lineClassification(result, i);
    const sale = c !== null && c.kind === "sale" && (c.scope === "op" || c.scope === "to_review");
    if (!sale || !lineContribution(result, i).isNegative()) continue;
    rows.add(i);
  }
  if (rows.size === 0) return null;
  const col = map.kind ?? map.doc_type ?? map.label ?? side;
  return { rows, diagnostics: perValueWarnings(table, col, [...rows], DIAG.debitPayments) };
}
