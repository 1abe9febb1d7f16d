/**
 * Documents that are no sale in a document-type column (SPEC 2.1): a quote, a pro-forma, an order,
 * a delivery note. Listed beside the invoices by Sellsy, Axonaut or EBP's document lists, their
 * amounts are offers or shipments, not revenue (the invoice, when there is one, is the sale). Their
 * rows are set apart, never counted; one warning per value with its count and first row.
 */
import { cellText } from "../../cells";
import { diag, DIAG } from "../../diagnostics";
import { NOT_SALE_DOCUMENTS } from "../../rules";
import { normalizeText } from "../../text";
import { rowNumberOf, type Diagnostic, type Mapping, type RawTable } from "../../types";

const NOT_SALES: ReadonlySet<string> = new Set(NOT_SALE_DOCUMENTS.map(normalizeText));

/** The rows of documents that are no sale and their warnings; null without a document-type column or such a row. */
export function notSaleRows(
  table: RawTable,
  map: Mapping,
): { rows: Set<number>; diagnostics: Diagnostic[] } | null {
  const col = map.doc_type;
  if (col === undefined) return null;
  const rows = new Set<number>();
  const byValue = new Map<string, { row: number; value: string; count: number }>();
  const memo = new Map<string, boolean>();
  for (let i = 0; i < table.rows.length; i++) {
    const value = cellText(table.rows[i]?.[col]);
    if (value === "") continue;
    let no = memo.get(value);
    if (no === undefined) {
      no = NOT_SALES.has(normalizeText(value));
      if (memo.size < 1_000) memo.set(value, no);
    }
    if (!no) continue;
    rows.add(i);
    const key = normalizeText(value);
    const first = byValue.get(key);
    if (first) first.count++;
    else byValue.set(key, { row: rowNumberOf(table, i), value, count: 1 });
  }
  if (rows.size === 0) return null;
  const column = table.headers[col] ?? "";
  const diagnostics = [...byValue.values()].map((f) =>
    diag(DIAG.documentNotSale, { row: f.row, column, value: f.value, args: { count: f.count } }),
  );
  return { rows, diagnostics };
}
