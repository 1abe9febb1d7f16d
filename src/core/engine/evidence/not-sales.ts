/**
 * Documents that are no sale in a document-type column (SPEC 2.1): a quote, a pro-forma, an order,
 * a delivery note. Listed beside the invoices by Sellsy, Axonaut or EBP's document lists, their
 * amounts are offers or shipments, not revenue (the invoice, when there is one, is the sale). Their
 * rows are set apart, never counted; one warning per value with its count and first row.
 */
import { cellText } from "../../cells";
import { DIAG } from "../../diagnostics";
import { DEPOSIT_DOCUMENTS, NOT_SALE_DOCUMENTS } from "../../rules";
import { normalizeText } from "../../text";
import type { Diagnostic, Mapping, RawTable } from "../../types";
import { perValueWarnings } from "./per-value";

const NOT_SALES: ReadonlySet<string> = new Set(NOT_SALE_DOCUMENTS.map(normalizeText));
const DEPOSITS: ReadonlySet<string> = new Set(DEPOSIT_DOCUMENTS.map(normalizeText));

/** What a document-type value says of its rows: no sale (set apart), a deposit (counted, said), or nothing. */
type DocumentRow = "no_sale" | "deposit" | null;

/**
 * The rows of documents that are no sale and their warnings, and a warning per deposit-invoice value
 * (counted); null without a document-type column or such a row.
 */
export function notSaleRows(
  table: RawTable,
  map: Mapping,
): { rows: Set<number>; diagnostics: Diagnostic[] } | null {
  const col = map.doc_type;
  if (col === undefined) return null;
  const rows = new Set<number>();
  const deposits: number[] = [];
  const memo = new Map<string, DocumentRow>();
  for (let i = 0; i < table.rows.length; i++) {
    const value = cellText(table.rows[i]?.[col]);
    if (value === "") continue;
    let what = memo.get(value);
    if (what === undefined) {
      const n = normalizeText(value);
      what = NOT_SALES.has(n) ? "no_sale" : DEPOSITS.has(n) ? "deposit" : null;
      if (memo.size < 1_000) memo.set(value, what);
    }
    if (what === "no_sale") rows.add(i);
    else if (what === "deposit" && !table.notLines?.has(i)) deposits.push(i);
  }
  if (rows.size === 0 && deposits.length === 0) return null;
  const diagnostics = [
    ...perValueWarnings(table, col, rows, DIAG.documentNotSale),
    ...perValueWarnings(table, col, deposits, DIAG.depositInvoiceCounted),
  ];
  return { rows, diagnostics };
}
