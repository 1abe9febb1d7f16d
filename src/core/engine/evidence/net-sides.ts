/**
 * A `Net` column beside Debit / Credit columns that hold the gross (Sage 50 UK's audit trail: `Net |
 * Tax | … | Debit | Credit`, the sides the customer's, an invoice's Net + Tax on the debit, a credit
 * note's on the credit): the sides are not the sale's, its Net is. The data proves it (a side holding
 * Net + Tax with some tax); the sale's side is the one its invoices' (or the other of its credit
 * notes') gross sits on, else the ledger's (credit). Evidence is data, merged across chunks.
 */
import { cellKey, cellText } from "../../cells";
import { diag, DIAG } from "../../diagnostics";
import { centsToDecimal, newAmountOut, readAmount, type AmountOut, type DecimalSep } from "../../money";
import { CREDIT_NOTE_DOCUMENTS, NOT_NATURE_DOCUMENTS } from "../../rules";
import { normalizeText } from "../../text";
import { rowNumberOf, type Diagnostic, type Mapping, type RawTable } from "../../types";
import type Decimal from "decimal.js";
import { mergeEvidence, type Evidence, type NetSidesFacts, type Reading } from "./columns";

/** How the Net beside the sides is read. */
export type NetSidesReading = NonNullable<Reading["netSides"]>;

const INVOICES: ReadonlySet<string> = new Set(NOT_NATURE_DOCUMENTS.map(normalizeText));
const CREDITS: ReadonlySet<string> = new Set(CREDIT_NOTE_DOCUMENTS.map(normalizeText));

/** `ev` with the Net-beside-sides facts of the table's rows, in a debit / credit layout with a Net and a tax. */
export function withNetSidesEvidence(
  ev: Evidence,
  table: RawTable,
  map: Mapping,
  marks: Reading["decimal"],
): Evidence {
  const facts = map.debit === undefined ? undefined : netSidesFacts(table, map, marks);
  return facts === undefined ? ev : mergeEvidence(ev, { columns: {}, netSides: facts });
}

/** The facts of the table's rows, when it has a Net, a tax and both sides (else undefined). */
function netSidesFacts(
  table: RawTable,
  map: Mapping,
  marks: Record<string, { mark: DecimalSep }>,
): NetSidesFacts | undefined {
  const cols = [map.amount, map.vat_amount, map.debit, map.credit];
  if (cols.some((c) => c === undefined)) return undefined;
  const [n, t, d, c] = cols as number[];
  const outs = cols.map(() => newAmountOut());
  const sep = (k: number): DecimalSep => marks[table.headers[k] ?? ""]?.mark ?? ",";
  const facts: NetSidesFacts = {};
  for (let i = 0; i < table.rows.length; i++) {
    const row = table.rows[i];
    if (!row) continue;
    const [net, tax, debit, credit] = [n, t, d, c].map((k, j) => valueOf(row[k], sep(k), outs[j]));
    if (net === null || tax === null || tax.isZero() || debit === null || credit === null) continue;
    const side = credit.minus(debit);
    const proof = { row: rowNumberOf(table, i), value: cellText(row[n]) };
    if (!side.abs().equals(net.abs().plus(tax.abs()))) {
      facts.other ??= proof;
      continue;
    }
    facts.gross ??= proof;
    const doc = map.doc_type === undefined ? "" : normalizeText(cellKey(row[map.doc_type]));
    const invoice = INVOICES.has(doc);
    if (!invoice && !CREDITS.has(doc)) continue;
    // An invoice on the debit, or a credit note on the credit: the sale's side is the debit.
    if (side.isNegative() === invoice) facts.saleDebit ??= proof;
    else facts.saleCredit ??= proof;
  }
  return facts;
}

/** A cell's exact value (empty is 0), or null when unreadable. */
function valueOf(v: unknown, sep: DecimalSep, out: AmountOut): Decimal | null {
  if (v === null || v === undefined || (typeof v === "string" && v.trim() === "")) return centsToDecimal(0);
  if (!readAmount(v as string, sep, out)) return null;
  return out.exact ?? centsToDecimal(out.cents);
}

/** The Net's reading from the facts, with its note; undefined when no row proves it or one contradicts it. */
export function netSidesReading(
  table: RawTable,
  map: Mapping,
  facts: NetSidesFacts | undefined,
  diagnostics: Diagnostic[],
): NetSidesReading | undefined {
  if (facts?.gross === undefined || facts.other !== undefined || map.amount === undefined) return undefined;
  const saleSide = facts.saleDebit !== undefined && facts.saleCredit === undefined ? "debit" : "credit";
  const column = table.headers[map.amount] ?? "";
  const sides = `${table.headers[map.debit ?? -1] ?? ""} / ${table.headers[map.credit ?? -1] ?? ""}`;
  const args = { sides, tax: table.headers[map.vat_amount ?? -1] ?? "", side: saleSide };
  diagnostics.push(diag(DIAG.netBesideSides, { ...facts.gross, column, args }));
  return { column, saleSide, proof: facts.gross };
}
