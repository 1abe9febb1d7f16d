/**
 * Tips beside an amount that includes them: a card terminal's or a till's "Montant total" / "Total
 * Amount" holds the sale and the customer's tip (SumUp, Square, a hairdresser's till), and the tip,
 * handed to the staff, is not the business's revenue. An amount headed total beside a tip column is
 * read less the tip (and less its VAT, a VAT column beside it), with a note; an amount named otherwise
 * ("Montant HT", "Subtotal") is the sale alone, read as written.
 */
import { diag, DIAG } from "../../diagnostics";
import { normalizeText } from "../../text";
import type { Diagnostic, Mapping, RawTable } from "../../types";
import type { Reading } from "./columns";

/** A header naming a total ("Montant total", "Total Amount", "Total TTC"). */
const TOTAL = /\btotal\b/;
/** A header saying it leaves the tips out ("Total HT (hors pourboires)"). */
const WITHOUT_TIPS = /\b(?:hors|sans|excl\w*|without|net of|less) (?:les )?(?:pourboires?|tips?|gratuity)\b/;

/** The tip column whose tips the amount includes, or undefined. */
export function tipsIncluded(table: RawTable, map: Mapping): number | undefined {
  const a = map.amount;
  const t = map.tip_amount;
  if (a === undefined || t === undefined || map.net_amount !== undefined) return undefined;
  const header = normalizeText(table.headers[a] ?? "");
  return TOTAL.test(header) && !WITHOUT_TIPS.test(header) ? t : undefined;
}

/** The reading of an amount that includes the tips beside it, with its note; undefined otherwise. */
export function tipsReading(table: RawTable, map: Mapping, diagnostics: Diagnostic[]): Reading["lessTips"] {
  const t = tipsIncluded(table, map);
  if (t === undefined) return undefined;
  const column = table.headers[map.amount as number] ?? "";
  const tips = table.headers[t] ?? "";
  diagnostics.push(diag(DIAG.amountLessTips, { row: 0, column, value: column, args: { tips } }));
  return { column, tips };
}
