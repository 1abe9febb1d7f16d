/**
 * An order's total beside the value of its goods before the coupon (Etsy's `Order Value | Discount
 * Amount | Shipping Discount | Shipping | Sales Tax | Order Total`): the data proves whether the
 * total is after the discount (value − discount + shipping − shipping discount + tax = total) or
 * before it, as quantity × unit price does for a line (columns.ts). The facts are the net/gross ones.
 */
import Decimal from "decimal.js";
import { cellText } from "../../cells";
import { normalizeText } from "../../text";
import { rowNumberOf, type CellValue, type Mapping, type RawTable } from "../../types";
import { exactCell, mergeEvidence, type Evidence, type Reading } from "./columns";

/** Headers of the goods' value before the discount, and of the shipping billed and its discount. */
const VALUE = ["order value", "order value incl vat", "valeur de la commande"];
const SHIPPING = ["shipping", "livraison"];
const SHIPPING_DISCOUNT = ["shipping discount", "remise livraison"];

/** `ev` with the net/gross facts an order value column proves, when the table has one. */
export function withOrderValueEvidence(
  ev: Evidence,
  table: RawTable,
  map: Mapping,
  marks: Reading["decimal"],
): Evidence {
  const norm = table.headers.map((h) => normalizeText(String(h ?? "")));
  const col = (names: readonly string[]): number | undefined => {
    const i = norm.findIndex((h) => names.includes(h));
    return i < 0 ? undefined : i;
  };
  const value = col(VALUE);
  const a = map.amount;
  const d = map.discount_amount;
  if (value === undefined || a === undefined || d === undefined || map.quantity !== undefined) return ev;
  const parts = [col(SHIPPING), map.vat_amount];
  const less = [col(SHIPPING_DISCOUNT)];
  // The value and shipping columns are no field of their own: read with the total's decimal mark.
  const mark = marks[table.headers[a] ?? ""]?.mark ?? ",";
  const read = (row: readonly CellValue[], c: number | undefined): Decimal | null =>
    c === undefined ? new Decimal(0) : exactCell(row[c], marks[table.headers[c] ?? ""]?.mark ?? mark);
  const facts: Evidence = { columns: {} };
  for (let i = 0; i < table.rows.length && !(facts.net && facts.gross); i++) {
    const row = table.rows[i];
    const total = row && read(row, a);
    const goods = row && read(row, value);
    const discount = row && read(row, d);
    if (!row || !total || !goods || !discount || discount.isZero()) continue;
    let before = goods;
    for (const c of parts) before = before.plus(read(row, c) ?? 0);
    for (const c of less) before = before.minus(read(row, c) ?? 0);
    const proof = { row: rowNumberOf(table, i), value: cellText(row[a]) };
    if (total.equals(before.minus(discount.abs()))) facts.net ??= proof;
    else if (total.equals(before)) facts.gross ??= proof;
    else facts.neither ??= proof;
  }
  return mergeEvidence(ev, facts);
}
