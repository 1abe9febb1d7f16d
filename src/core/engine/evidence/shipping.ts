/**
 * Shipping billed beside a shop's net sales: Shopify's and Square's sales reports ("Sales over
 * time": `Gross sales | Discounts | Returns | Net sales | Shipping | Taxes | Total sales`) give the
 * products' net sales and the shipping charged to customers apart. Shipping billed is revenue
 * (PCG 7085, SPEC 2.1), so a net sales amount beside a shipping column is read with it, with a note.
 * Only beside these net sales headers: an invoice's or an order's total already holds its shipping.
 */
import { diag, DIAG } from "../../diagnostics";
import { normalizeText } from "../../text";
import type { Diagnostic, Mapping, RawTable } from "../../types";
import type { Reading } from "./columns";

/**
 * The shop reports' net sales, which leave the shipping out (Amazon's transactions: its product
 * sales; PrestaShop's orders: `Total produits HT` beside `Frais de port HT`).
 */
const NET_SALES = /^(?:net sales|ventes nettes|ventes de produits|product sales|total produits(?: ht)?)$/;
/** The shop reports' shipping charged to customers (Amazon's "crédits d'expédition", "shipping credits"). */
const SHIPPING =
  /^(?:shipping|expedition|frais d expedition|shipping charges|frais de livraison|credits d expedition|shipping credits|frais de port(?: ht)?)$/;

/** The shipping column added to the net sales amount, or undefined. */
export function shippingBilled(table: RawTable, map: Mapping): number | undefined {
  const net = [map.amount, map.net_amount].some(
    (c) => c !== undefined && NET_SALES.test(normalizeText(table.headers[c] ?? "")),
  );
  if (!net) return undefined;
  const mapped = new Set(Object.values(map));
  const col = table.headers.findIndex((h, i) => !mapped.has(i) && SHIPPING.test(normalizeText(h ?? "")));
  // Decided by the headers alone, the same for every chunk of a streamed file (a chunk whose
  // shipping is all blank reads as the others).
  return col >= 0 ? col : undefined;
}

/** The reading of net sales with their shipping, with its note; undefined without one. */
export function shippingReading(
  table: RawTable,
  map: Mapping,
  diagnostics: Diagnostic[],
): Reading["plusShipping"] {
  const col = shippingBilled(table, map);
  if (col === undefined) return undefined;
  const column = table.headers[(map.amount ?? map.net_amount) as number] ?? "";
  const shipping = table.headers[col] ?? "";
  diagnostics.push(diag(DIAG.amountPlusShipping, { row: 0, column, value: column, args: { shipping } }));
  return { column, shipping, col };
}
