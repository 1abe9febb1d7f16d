/**
 * Documents that are no sale in a document-type column (SPEC 2.1): a quote, a pro-forma, an order,
 * a delivery note. Listed beside the invoices by Sellsy, Axonaut or EBP's document lists, their
 * amounts are offers or shipments, not revenue (the invoice, when there is one, is the sale). Their
 * rows are set apart, never counted; one warning per value with its count and first row.
 */
import { cellText } from "../../cells";
import { DIAG } from "../../diagnostics";
import { NOT_SALE_DOCUMENTS } from "../../rules";
import { normalizeText } from "../../text";
import type { Diagnostic, Mapping, RawTable } from "../../types";
import { perValueWarnings } from "./per-value";

const NOT_SALES: ReadonlySet<string> = new Set(NOT_SALE_DOCUMENTS.map(normalizeText));

/** The rows of documents that are no sale and their warnings; null without a document-type column or such a row. */
export function notSaleRows(
  table: RawTable,
  map: Mapping,
): { rows: Set<number>; diagnostics: Diagnostic[] } | null {
  const col = map.doc_type;
  if (col === undefined) return null;
  const rows = new Set<number>();
  const memo = new Map<string, boolean>();
  for (let i = 0; i < table.rows.length; i++) {
    const value = cellText(table.rows[i]?.[col]);
    if (value === "") continue;
    let no = memo.get(value);
    if (no === undefined) {
      no = NOT_SALES.has(normalizeText(value));
      if (memo.size < 1_000) memo.set(value, no);
    }
    if (no) rows.add(i);
  }
  if (rows.size === 0) return null;
  return { rows, diagnostics: perValueWarnings(table, col, rows, DIAG.documentNotSale) };
}
