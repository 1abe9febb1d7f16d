/**
 * An invoice-status column (Odoo "Status", Zoho "Invoice Status", "Statut", "État"): an invoice
 * cancelled, voided or still a draft was never issued, so its lines are not sales. Those rows are
 * set apart (never counted), one warning per status value with its count and first row; any other
 * value (posted, paid, overdue, sent…) leaves the line as it is.
 */
import { cellText } from "../../cells";
import { diag, DIAG } from "../../diagnostics";
import { normalizeText } from "../../text";
import type { Diagnostic, Mapping, RawTable } from "../../types";

/**
 * Status values of invoices never issued, as normalizeText writes them (accents dropped, lower case).
 * Not "abandonnée" (Dolibarr): an issued invoice left unpaid is still a sale, its loss a charge.
 */
const NOT_ISSUED: ReadonlySet<string> = new Set([
  "annulee",
  "annule",
  "annulation",
  "brouillon",
  "cancelled",
  "canceled",
  "cancel",
  "void",
  "voided",
  "draft",
]);

/** The rows of invoices never issued, and a warning per status value. */
export interface StatusRows {
  rows: Set<number>;
  diagnostics: Diagnostic[];
}

/** The rows whose status says the invoice was never issued; null without a status column or such a row. */
export function notIssuedRows(table: RawTable, map: Mapping): StatusRows | null {
  const col = map.status;
  if (col === undefined) return null;
  const rows = new Set<number>();
  const byValue = new Map<string, { row: number; value: string; count: number }>();
  const seen = new Map<string, boolean>();
  for (let i = 0; i < table.rows.length; i++) {
    const v = table.rows[i]?.[col];
    if (typeof v !== "string" || v === "") continue;
    let out = seen.get(v);
    if (out === undefined) {
      out = NOT_ISSUED.has(normalizeText(v));
      if (seen.size < 1_000) seen.set(v, out);
    }
    if (!out) continue;
    rows.add(i);
    const key = normalizeText(v);
    const first = byValue.get(key);
    if (first) first.count++;
    else
      byValue.set(key, {
        row: table.rowNumbers ? table.rowNumbers[i] : table.firstRow + i,
        value: cellText(v),
        count: 1,
      });
  }
  if (rows.size === 0) return null;
  const column = table.headers[col] ?? "";
  const diagnostics = [...byValue.values()].map((f) =>
    diag(DIAG.statusNotIssued, { row: f.row, column, value: f.value, args: { count: f.count } }),
  );
  return { rows, diagnostics };
}
