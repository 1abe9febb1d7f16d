/**
 * A refund column beside an amount read net of its deductions (WooCommerce's `Order Refund Amount`
 * beside its `Order Total Amount`, after the cart discount): is the refund in the amount? A row whose
 * refund equals its amount proves it is not (an order refunded whole keeps its total; a total after
 * its refund would be 0); a row whose refund exceeds its amount proves it is. Evidence is data (the
 * first proving row), merged across chunks like every other fact.
 */
import { cellText } from "../../cells";
import { diag, DIAG } from "../../diagnostics";
import { magnitudeCents, newAmountOut, readAmount, type DecimalSep } from "../../money";
import { rowNumberOf, type Diagnostic, type Mapping, type RawTable } from "../../types";
import { mergeEvidence, type Evidence, type Reading } from "./columns";

/** `ev` with the refund facts of the table's rows (amounts read with each column's decimal mark). */
export function withRefundEvidence(
  ev: Evidence,
  table: RawTable,
  map: Mapping,
  marks: Reading["decimal"],
): Evidence {
  const a = map.amount;
  const r = map.return_amount;
  // Every table and chunk is looked at, whatever an earlier one proved: a row refunded over its
  // amount anywhere contradicts the reading (its rows in any order give the same).
  if (a === undefined || r === undefined || (ev.refundWhole !== undefined && ev.refundOver !== undefined))
    return ev;
  const sep = (c: number): DecimalSep => marks[table.headers[c] ?? ""]?.mark ?? ",";
  const amount = newAmountOut();
  const refund = newAmountOut();
  const facts: Evidence = { columns: {} };
  for (let i = 0; i < table.rows.length && !(facts.refundWhole && facts.refundOver); i++) {
    const row = table.rows[i];
    if (row === undefined || !readAmount(row[r], sep(r), refund) || !readAmount(row[a], sep(a), amount))
      continue;
    const back = magnitudeCents(refund);
    const total = magnitudeCents(amount);
    if (back === 0) continue;
    const proof = { row: rowNumberOf(table, i), value: cellText(row[a]) };
    if (back === total) facts.refundWhole ??= proof;
    else if (back > total) facts.refundOver ??= proof;
  }
  return mergeEvidence(ev, facts);
}

/**
 * The refund kept out of an amount read net (not headed so: "Ventes nettes" is after its returns),
 * proven by a row refunded whole and contradicted by none, with its note; undefined otherwise.
 */
export function refundReading(
  table: RawTable,
  map: Mapping,
  ev: Evidence,
  reading: Reading,
  diagnostics: Diagnostic[],
): Reading["refundOutside"] {
  const a = map.amount;
  const r = map.return_amount;
  const proof = ev.refundWhole;
  if (a === undefined || r === undefined || proof === undefined || ev.refundOver !== undefined)
    return undefined;
  if (reading.amount?.is !== "net" || reading.amount.by === "header") return undefined;
  const column = table.headers[a] ?? "";
  const refund = table.headers[r] ?? "";
  diagnostics.push(diag(DIAG.refundOutsideAmount, { ...proof, column, args: { refund } }));
  return { column, refund, proof };
}
