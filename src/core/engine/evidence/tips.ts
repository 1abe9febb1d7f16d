/**
 * Tips beside an amount that includes them: a card terminal's or a till's "Montant total" / "Total
 * Amount" holds the sale and the customer's tip (SumUp, Square, a hairdresser's till), and the tip,
 * handed to the staff, is not the business's revenue. An amount headed total beside a tip column is
 * read less the tip (and less its VAT, a VAT column beside it), with a note; an amount named otherwise
 * ("Montant HT", "Subtotal") is the sale alone, read as written.
 */
import { isBlank } from "../../cells";
import { diag, DIAG } from "../../diagnostics";
import { magnitudeCents, newAmountOut, readAmount, type DecimalSep } from "../../money";
import { normalizeText } from "../../text";
import type { CellValue, Diagnostic, Mapping, RawTable } from "../../types";
import type { Reading } from "./columns";

/**
 * Headers of a total that holds the tips (SumUp's "Montant total" and "Total Amount", Square's "Total
 * Collected"); not "Total HT" nor "Total des ventes", nor a plain "Total" (beside "Total encaissé").
 */
const TOTAL =
  /^(?:montant total(?: ttc| encaisse)?|total amount|amount total|total collected|total paid|total encaisse|montant encaisse)$/;

/** The tip column whose tips the amount includes, or undefined. */
export function tipsIncluded(table: RawTable, map: Mapping): number | undefined {
  const a = map.amount;
  const t = map.tip_amount;
  if (a === undefined || t === undefined || map.net_amount !== undefined) return undefined;
  if (!TOTAL.test(normalizeText(table.headers[a] ?? ""))) return undefined;
  return holdsTips(table, a, t) ? t : undefined;
}

/** The reading of an amount that includes the tips beside it, with its note; undefined otherwise. */
export function tipsReading(
  table: RawTable,
  map: Mapping,
  t: number | undefined,
  diagnostics: Diagnostic[],
): Reading["lessTips"] {
  if (t === undefined) return undefined;
  const column = table.headers[map.amount as number] ?? "";
  const tips = table.headers[t] ?? "";
  diagnostics.push(diag(DIAG.amountLessTips, { row: 0, column, value: column, args: { tips } }));
  return { column, tips };
}

/**
 * Whether a column holds tips of the amounts beside it: each a number smaller than its line's amount
 * (a "TIP" column of payment-slip numbers, or of words, is no tip).
 */
function holdsTips(table: RawTable, amountCol: number, tipCol: number): boolean {
  const tip = newAmountOut();
  const amount = newAmountOut();
  for (const row of table.rows) {
    const v = row[tipCol];
    if (isBlank(v)) continue;
    if (!readAmount(v, markOf(v), tip)) return false;
    const t = magnitudeCents(tip);
    if (t === 0 || !readAmount(row[amountCol], markOf(row[amountCol]), amount)) continue;
    if (t >= magnitudeCents(amount)) return false;
  }
  return true;
}

/** A text's decimal mark, good enough to compare magnitudes: "." when it has a dot and no comma. */
function markOf(v: CellValue): DecimalSep {
  return typeof v === "string" && v.includes(".") && !v.includes(",") ? "." : ",";
}
