/**
 * An order-line export's line stage (Divalto's or Cegid's "Statut ligne": Facturée / Livrée / En
 * commande / Annulée; Odoo's sale.order.line "Invoice Status": Fully Invoiced / To Invoice / Nothing
 * to Invoice): only what was invoiced is a sale. Proven from the column: every value is a line's
 * stage and one at least is a stage only an order line has ("En commande", "To Invoice"), so an
 * invoice's own status column ("Payée", "Livrée") is never read so. Lines not invoiced (ordered,
 * delivered, cancelled) are set apart, one warning per stage with its count and first row.
 */
import { cellText, isBlank } from "../../cells";
import { DIAG } from "../../diagnostics";
import { normalizeText } from "../../text";
import type { Diagnostic, RawTable } from "../../types";
import { perValueWarnings } from "./per-value";

/** Stages of an order line: true when the line was invoiced (the sale), false when not (yet). */
const LINE_STAGES: ReadonlyMap<string, boolean> = new Map(
  (
    [
      ["Facturée", true],
      ["Facturé", true],
      ["Fully Invoiced", true],
      ["Invoiced", true],
      // Odoo: invoiced, more delivered than ordered (an upsell to invoice): the invoiced part is billed.
      ["Upselling Opportunity", true],
      ["Livrée", false],
      ["Livré", false],
      ["Delivered", false],
      ["En commande", false],
      ["Commandée", false],
      ["Commandé", false],
      ["En cours", false],
      ["À livrer", false],
      ["À facturer", false],
      ["Non facturée", false],
      ["Non facturé", false],
      ["Reliquat", false],
      ["Annulée", false],
      ["Annulé", false],
      ["Cancelled", false],
      ["To Invoice", false],
      ["Nothing to Invoice", false],
      ["No", false],
    ] as const
  ).map(([stage, invoiced]): [string, boolean] => [normalizeText(stage), invoiced]),
);

/** Stages only an order line has: one proves the column a line's stage, not an invoice's status. */
const ORDER_LINE_ONLY: ReadonlySet<string> = new Set(
  [
    "En commande",
    "À facturer",
    "Non facturée",
    "Non facturé",
    "Reliquat",
    "To Invoice",
    "Nothing to Invoice",
  ].map(normalizeText),
);

/** A header naming a line's or an invoice's status ("Statut ligne", "Invoice Status", "État"). */
const STAGE_HEADER = /\b(?:statut|status|etat|state)\b/;

/** The rows of an order line not invoiced and their warnings. */
export interface NotInvoicedRows {
  rows: Set<number>;
  diagnostics: Diagnostic[];
  /** The header of the column proven a line's stage (for the next chunks: lineStagesPrior). */
  header: string;
}

/**
 * The stage column's values read (stage → invoiced?), or null when a value is no line stage or none
 * is an order line's own (unless `proven` by an earlier chunk).
 */
function stagesOf(table: RawTable, col: number, proven: boolean): Map<number, boolean> | null {
  const out = new Map<number, boolean>();
  let orderOnly = false;
  for (let i = 0; i < table.rows.length; i++) {
    const v = table.rows[i]?.[col];
    if (isBlank(v) || table.notLines?.has(i)) continue;
    const n = normalizeText(cellText(v));
    const invoiced = LINE_STAGES.get(n);
    if (invoiced === undefined) return null;
    orderOnly ||= ORDER_LINE_ONLY.has(n);
    out.set(i, invoiced);
  }
  return orderOnly || proven ? out : null;
}

/**
 * The rows of an order-line export whose line stage says not invoiced (ordered, delivered,
 * cancelled): no sale. Null without a column proven a line's stage, here or by an earlier chunk
 * (`prior`, its header: a later chunk may hold only "Facturée" and "Livrée").
 */
export function notInvoicedRows(table: RawTable, prior?: string): NotInvoicedRows | null {
  for (let col = 0; col < table.headers.length; col++) {
    const header = table.headers[col] ?? "";
    if (!STAGE_HEADER.test(normalizeText(header))) continue;
    const stages = stagesOf(table, col, header === prior);
    if (stages === null) continue;
    const rows = [...stages].filter(([, invoiced]) => !invoiced).map(([i]) => i);
    const diagnostics = perValueWarnings(table, col, rows, DIAG.lineNotInvoiced);
    return { rows: new Set(rows), diagnostics, header };
  }
  return null;
}
