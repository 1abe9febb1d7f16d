/**
 * Money a platform collects for others inside its gross: the taxe de séjour Booking.com's payouts
 * hold in their `Montant brut` (collected for the commune), the tax eBay collects as the marketplace
 * (`eBay collected tax`, in its `Gross transaction amount`; in French `Taxe collectée par eBay`, in its
 * `Montant brut de la transaction`), Booking.com Payments' English statement its `City tax` in its
 * `Final amount`. No revenue of the seller (SPEC 2.1): the gross is read less that column, with a
 * note naming the first row holding some. So is a till's receipt total less the gift cards sold in
 * it (Zettle's `Total (EUR) | VAT (EUR) | … | Gift card (EUR)`): money held until the card is used,
 * no sale (SPEC 2.1).
 */
import { cellText } from "../../cells";
import { diag, DIAG } from "../../diagnostics";
import { normalizeText } from "../../text";
import { rowNumberOf, type CellValue, type Diagnostic, type Mapping, type RawTable } from "../../types";
import type { Reading } from "./columns";

/** A platform's gross that holds what it collects for others (Booking.com Payments' EN `Final amount`). */
const GROSS = /^(?:montant brut|gross transaction amount|montant brut de la transaction|final amount)$/;
/** What the platform collects for others beside that gross. */
const COLLECTED = /^(?:taxes? de sejour|city tax|tourist tax|ebay collected tax|taxe collectee par ebay)$/;
/** A receipt's total, with or without its currency ("Total", "Total (EUR)"; not "Total TTC"). */
const TOTAL = /^total(?: (?:eur|usd|gbp|chf|cad|aud|nzd|sek|nok|dkk|pln))?$/;
/** The gift cards sold on a receipt beside its total. */
const GIFT_CARDS = /^(?:gift cards?|cartes? cadeaux?)(?: [a-z]{3})?$/;
/**
 * A till's payment methods: beside them a gift-card column is one more tender (a card spent, the
 * sale made now: part of the total), not the cards sold. Words anywhere in a header ("Carte bleue",
 * "Règlement CB", "Chèques vacances", "Liquide", "Ticket resto").
 */
const TENDER_WORDS =
  /\b(?:especes|liquide|cash|cb|carte bleue|carte bancaire|cartes bancaires|card|cards|cheques?|checks?|tickets?|titres? restaurant|amex|visa|mastercard|reglements?|paiements?|payments?|virements?|tender)\b/;

/** A cell saying none: dashes alone (eBay's "--"). */
const NONE = /^\s*[-–—]{1,2}\s*$/;

/** A column about the payment, not its money ("Payment method", "Mode de règlement", "Date de paiement"). */
const ABOUT_PAYMENT = /\b(?:methods?|modes?|moyens?|types?|dates?|status|statut|ref|reference|id|numero)\b/;

/** Whether a header names a payment method's money (not the gift cards' own column). */
function isTender(h: string): boolean {
  return !GIFT_CARDS.test(h) && TENDER_WORDS.test(h) && !ABOUT_PAYMENT.test(h);
}

/** Whether a collected cell holds money to take off (not a dash). */
export function collectedIn(v: CellValue): boolean {
  return !(typeof v === "string" && NONE.test(v));
}

/**
 * The reading of a gross less the money collected for others beside it, with its note; undefined
 * without such a column. Decided by the headers alone, the same for every chunk.
 */
export function collectedReading(
  table: RawTable,
  map: Mapping,
  diagnostics: Diagnostic[],
): Reading["lessCollected"] {
  const amount = normalizeText(table.headers[map.amount ?? -1] ?? "");
  const gift = TOTAL.test(amount);
  if (map.amount === undefined || !(GROSS.test(amount) || gift)) return undefined;
  if (gift && table.headers.some((h) => isTender(normalizeText(h ?? "")))) return undefined;
  const held = gift ? GIFT_CARDS : COLLECTED;
  const mapped = new Set(Object.values(map));
  const col = table.headers.findIndex((h, i) => !mapped.has(i) && held.test(normalizeText(h ?? "")));
  if (col < 0) return undefined;
  const column = table.headers[map.amount] ?? "";
  const collected = table.headers[col] ?? "";
  const first = table.rows.findIndex(
    (r) => /[1-9]/.test(cellText(r?.[col])) && collectedIn(r?.[col] ?? null),
  );
  const at =
    first < 0
      ? { row: 0, column, value: column }
      : { row: rowNumberOf(table, first), column: collected, value: cellText(table.rows[first]?.[col]) };
  const spec = gift ? DIAG.amountLessGiftCards : DIAG.amountLessCollected;
  diagnostics.push(diag(spec, { ...at, args: { gross: column, collected } }));
  return { column, collected, col };
}
