/**
 * An invoice-status column (Odoo "Status", Zoho "Invoice Status", "Statut", "État"): an invoice
 * cancelled, voided or still a draft was never issued, so its lines are not sales. Proven from the
 * column: every value must be an invoice's status (a CRM's "Actif / Résilié" or a delivery status is
 * something else: the column is then not read, and a note says why). A cancelled invoice whose credit
 * note is in the file (the same amount, negative) was issued: both stay lines and cancel out.
 * The rows set apart get one warning per status value with its count and first row. A CRM's deal
 * stage (a won stage among its values) is read likewise: deals not won are no sales.
 */
import { cellText, isBlank } from "../../cells";
import { diag, DIAG } from "../../diagnostics";
import { normalizeText } from "../../text";
import { KINDS, rowNumberOf, type Diagnostic, type Mapping, type RawTable } from "../../types";
import type { EngineResult } from "../result";
import { lineContribution } from "../lines";
import { perValueWarnings } from "./per-value";

/**
 * Status values of invoices never issued, and true for a draft (which never has a credit note). Not
 * "abandonnée" (Dolibarr): an issued invoice left unpaid is a sale. Xero's statuses (DRAFT,
 * SUBMITTED for approval, DELETED, AUTHORISED, PAID, VOIDED): only AUTHORISED and PAID were issued.
 */
const NOT_ISSUED: ReadonlyMap<string, boolean> = new Map(
  (
    [
      ["Annulée", false],
      ["Annulé", false],
      ["Cancelled", false],
      ["Canceled", false],
      ["Cancel", false],
      ["Void", false],
      ["Voided", false],
      ["Brouillon", true],
      // Dolibarr's long label of a draft, and its short "À valider".
      ["Brouillon (à valider)", true],
      ["À valider", true],
      ["Draft", true],
      ["Submitted", true],
      ["Awaiting approval", true],
      // NetSuite's invoices awaiting approval, or refused by the approver: never issued.
      ["Pending approval", true],
      ["Rejected", true],
      // An e-invoice rejected by the platform (non-compliant): to be issued again.
      ["Rejetée", true],
      ["Deleted", true],
      ["Supprimée", true],
      // A payment that failed (Stripe, WooCommerce): no sale took place.
      ["Failed", false],
      ["Payment failed", false],
      ["Échoué", false],
      ["Échouée", false],
      ["Échec", false],
      ["Échec de paiement", false],
      ["Erreur de paiement", false],
      ["Paiement refusé", false],
      // A card payment refused, expired or never completed (Stancer, Mollie, Stripe).
      ["Refused", false],
      ["Refusé", false],
      ["Refusée", false],
      ["Expired", false],
      ["Expiré", false],
      ["Expirée", false],
      ["Incomplete", false],
      // Authorised, not captured yet: no payment taken.
      ["Uncaptured", true],
      // A cash-flow tool's forecast (Agicap, Fygr): no sale yet.
      ["Prévisionnel", true],
      ["Prévisionnelle", true],
      ["Prévu", true],
      ["Forecast", true],
      ["Planned", true],
      // An invoice scheduled to be sent later (FreeAgent, invoicing tools): not issued yet.
      ["Scheduled", true],
      ["Programmée", true],
      ["Planifiée", true],
      // An order not paid yet (WooCommerce "pending", PrestaShop's awaiting cheque or transfer): no
      // invoice is issued before the payment.
      ["Pending", true],
      ["Pending payment", true],
      // WooCommerce's French "pending payment" (its "on-hold", "En attente", is counted as issued).
      ["Attente paiement", true],
      ["En attente paiement", true],
      ["Checkout draft", true],
      ["Trash", true],
      // WooCommerce's status slugs, and PayPal's denied payment.
      ["wc-pending", true],
      ["wc-checkout-draft", true],
      ["wc-cancelled", false],
      ["wc-failed", false],
      ["Denied", false],
      ["En attente du paiement par chèque", true],
      ["En attente de paiement par virement bancaire", true],
      ["En attente du paiement par virement bancaire", true],
      ["En attente de paiement à la livraison", true],
      ["En attente de paiement par chèque", true],
      ["En attente de virement bancaire", true],
      ["En attente du virement bancaire", true],
      // PrestaShop's other waits for a payment (EN labels) and its order on backorder not paid yet.
      ["Awaiting check payment", true],
      ["Awaiting cheque payment", true],
      ["Awaiting bank wire payment", true],
      ["Awaiting Cash On Delivery validation", true],
      ["En attente de réapprovisionnement (non payé)", true],
      ["On backorder (not paid)", true],
      ["Payment error", false],
      // Odoo's sale orders: a quotation, sent or not, is no sale yet (Odoo 16+: Quotation, Quotation
      // Sent; FR Devis, Devis envoyé).
      ["Quotation", true],
      ["Quotation sent", true],
      ["Devis", true],
      ["Devis envoyé", true],
      // Booking.com's reservations (extranet export): a reservation cancelled was never a stay sold.
      ["cancelled_by_guest", false],
      ["cancelled_by_hotel", false],
      ["cancelled_by_property", false],
      // Mirakl's order states (Fnac Darty, Leroy Merlin, Conforama: a closed list, EN and FR): an order
      // not yet accepted by the shop, or accepted but not debited, is no sale yet.
      ["Waiting acceptance", true],
      ["En attente d'acceptation", true],
      ["Waiting debit", true],
      ["Waiting debit payment", true],
      ["En attente de débit", true],
      ["Staging", true],
      // A quote or an order not invoiced yet (MYOB's Quote / Order sales, FR Devis / Commande).
      ["Quote", true],
      ["Order", true],
      ["Commande", true],
      // A point of sale's sale not completed (Lightspeed X-Series): a lay-by (layaway) being paid
      // off, a sale parked or saved for later. Once completed (LAYBY_CLOSED), it is a sale.
      ["Layby", true],
      ["Lay-by", true],
      ["Layaway", true],
      ["Parked", true],
      ["Saved", true],
    ] as const
  ).map(([status, draft]): [string, boolean] => [normalizeText(status), draft]),
);

/**
 * "En attente de paiement": WooCommerce's French order not paid yet (no invoice issued), but an
 * invoice sent and not paid yet in an invoicing tool (Tiime, Sellsy). Issued beside statuses only
 * invoices have (INVOICE_ONLY) and none only orders have (ORDER_ONLY), else not issued.
 */
const PENDING_PAYMENT = normalizeText("En attente de paiement");

/**
 * Odoo's confirmed sale orders (Sales Order, and Locked once done; FR Bon de commande, Verrouillé):
 * counted at their value, as a shop's order paid; said (confirmedOrdersNote), since an order may be
 * invoiced later or in part.
 */
const CONFIRMED_ORDERS = ["Sales order", "Locked", "Bon de commande", "Verrouillé"];

/** Statuses only orders have (a shop's: completed, processing, shipped, failed): a column of orders. */
const ORDER_ONLY: ReadonlySet<string> = new Set(
  [
    "Terminée",
    "Terminé",
    "Completed",
    "Processing",
    "En cours de traitement",
    "Expédiée",
    "Expédié",
    "Shipped",
    "Livrée",
    "Livré",
    "Delivered",
    "Fulfilled",
    "Paiement accepté",
    "Échouée",
    "Échoué",
    "Failed",
    "On hold",
    // PrestaShop's and Odoo's order states (EN and FR).
    "Payment accepted",
    "Préparation en cours",
    "Processing in progress",
    ...CONFIRMED_ORDERS,
  ].map(normalizeText),
);

/** Statuses only invoices have (an invoice sent, paid or overdue): a column of invoices. */
const INVOICE_ONLY: ReadonlySet<string> = new Set(
  [
    "Envoyée",
    "Envoyé",
    "Sent",
    "Payée",
    "Payé",
    "Paid",
    "Impayée",
    "Unpaid",
    "En retard",
    "Overdue",
    "Partiellement payée",
    "Partiellement réglée",
    // Zoho Books writes its statuses as one word: PartiallyPaid.
    "PartiallyPaid",
    "Partially paid",
    "Paid in full",
    "Payment due",
    "Validée (à payer)",
    "Payée (partiellement)",
    "Émise",
    "Validée",
    "Acquittée",
    "Réglée",
    "Soldée",
  ].map(normalizeText),
);

/** The other statuses of an invoice (issued): with NOT_ISSUED, the values a status column may hold. */
const ISSUED: ReadonlySet<string> = new Set(
  [
    "Payée",
    "Payé",
    // Booking.com's reservation kept (extranet export: `ok`, beside `cancelled_by_guest`).
    "ok",
    "Acquittée",
    "Acquitté",
    "À régler",
    "A régler",
    "À payer",
    "A payer",
    "Non réglée",
    "Non réglé",
    "Partiellement réglée",
    "Réglée partiellement",
    "Payée partiellement",
    "En attente de règlement",
    "En cours",
    "Partiellement payée",
    "Impayée",
    "Non payée",
    "En retard",
    "En attente",
    "À venir",
    "A venir",
    "Envoyée",
    "Émise",
    "Validée",
    "Comptabilisée",
    "Comptabilisé",
    "Validé",
    "Envoyé",
    "Émis",
    "Soldé",
    "Réglé",
    "Lettré",
    "Clôturé",
    "Archivé",
    "Lettrée",
    "Soldée",
    "Réglée",
    "Ouverte",
    "Clôturée",
    "Archivée",
    "Abandonnée",
    // Dolibarr's long labels (État de la facture): validated, payment started, closed unpaid or
    // partly paid, a credit note refunded or turned into a discount ("Traité").
    "Validée (à payer)",
    "Réglement commencé",
    "Règlement commencé",
    "Fermée (impayée)",
    "Fermée",
    "Payée (partiellement)",
    "Traité",
    "Remboursé ou converti en réduction",
    // Sellsy's and Pennylane's.
    "Paiement partiel",
    "Partiellement payé",
    "En litige",
    "Relancée",
    "Paid",
    "Partially paid",
    "Not paid",
    "Unpaid",
    "In payment",
    "Overdue",
    "Due",
    "Sent",
    "Viewed",
    "Open",
    "Posted",
    "Closed",
    "Deposited",
    "Reversed",
    "Issued",
    "Approved",
    "Authorised",
    "Authorized",
    "Awaiting payment",
    "Part paid",
    // Chargebee's (Payment Due, Not Paid, Posted) and NetSuite's (Paid In Full); Pennylane's English.
    "Payment due",
    "Paid in full",
    // NetSuite's credit memo applied to its invoices, and its cash sale not yet deposited.
    "Fully applied",
    "Not deposited",
    "Upcoming",
    "Late",
    "Uncollectible",
    "Written off",
    "Irrécouvrable",
    "Créance irrécouvrable",
    "Terminée",
    "Terminé",
    "Finalisée",
    "Finalisé",
    "Completed",
    "Complete",
    "Finalized",
    "Finalised",
    "Succeeded",
    // A payment taken (SumUp, Stancer).
    "Successful",
    "Success",
    "Captured",
    "Réussi",
    "Réussie",
    "Encaissée",
    "Encaissé",
    "Commencée",
    "Commencé",
    "Réalisé",
    "Réalisée",
    "Actual",
    "Paiement accepté",
    "Expédié",
    "Expédiée",
    "Livré",
    "Livrée",
    // Orders paid and being handled (WooCommerce, PrestaShop, Shopify) and FreshBooks' invoice states.
    "Processing",
    "On hold",
    "Shipped",
    "Delivered",
    "Fulfilled",
    "En cours",
    "En cours de traitement",
    "En cours de préparation",
    "En cours de livraison",
    "Paiement à distance accepté",
    "En attente de réapprovisionnement",
    "wc-processing",
    "wc-on-hold",
    "wc-completed",
    "Partial",
    "Auto-paid",
    "Disputed",
    "Retry",
    // Zoho Books' invoice partly paid (one word); PrestaShop's order states (1.6 and 1.7+, EN).
    "PartiallyPaid",
    "Préparation en cours",
    "Processing in progress",
    "Payment accepted",
    "Remote payment accepted",
    "En attente de réapprovisionnement (payé)",
    "On backorder (paid)",
    // Mirakl's order states after acceptance (EN and FR): shipping, shipped, received, to collect, an
    // incident open on it (the refund, if any, is its own column).
    "Shipping",
    "Received",
    "Reçue",
    "Reçu",
    "To collect",
    "Incident open",
    "Incident ouvert",
    "Incident closed",
    // A chargeback or a refund receipt (SumUp, Lightspeed K-Series): its own negative line.
    "Chargeback",
    "Refund",
    // Lightspeed X-Series: a lay-by completed, a sale on account (and paid since).
    "Layby closed",
    "On account",
    "On account closed",
    ...CONFIRMED_ORDERS,
  ].map(normalizeText),
);

/**
 * Issued invoices refunded since: beside a refund column the refund is its return; without one the
 * sale is counted and said (the refund counts only when the export lists it as a line of its own).
 */
const REFUNDED: ReadonlySet<string> = new Set(
  [
    "Refunded",
    "wc-refunded",
    "Partially refunded",
    "Remboursée",
    "Remboursé",
    "Partiellement remboursée",
    // PrestaShop's partial refund.
    "Remboursement partiel",
    "Partial refund",
  ].map(normalizeText),
);

/**
 * A CRM's won stage (HubSpot's "Closed won", FR "Conclue gagnée"; Salesforce's "Closed Won", FR
 * "Fermée gagnée"; Pipedrive's status "Won"). A status column holding one is a deal stage: only won
 * deals were sold; lost ones and those still in the pipeline (any other stage, a company's own
 * names too) are no sales.
 */
const WON_STAGES: ReadonlySet<string> = new Set(
  [
    "Closed won",
    "Won",
    "Deal won",
    "Conclue gagnée",
    "Conclu gagné",
    "Fermée gagnée",
    "Fermé gagné",
    "Gagnée",
    "Gagné",
    "Affaire gagnée",
  ].map(normalizeText),
);

/**
 * A stage a deal not won goes through (lost, open pipeline): with a won one, it proves the column a
 * CRM's stages. A training firm's "Stage" of courses ("Stage gagné", "Stage Excel") has none.
 */
const PIPELINE =
  /\b(?:lost|perdue?s?|closed|fermee?|conclue?|prospect\w*|qualif\w*|negoc\w*|negotiation|proposal|proposition|appointment|rendez vous|decision|contract sent|devis envoye|nouveau|new|open|ouverte?)\b/;

/** A CRM's stage column by its header: "Deal Stage", "Stage", "Étape de vente", "Phase de la transaction". */
const STAGE_HEADER = /\b(?:stage|etape|phase)\b/;

/**
 * The rows of deals not won when the column holds a won stage (WON_STAGES), with one warning per
 * stage; null when no value says won and no earlier chunk proved it (`prior`): the column is then
 * read as invoice statuses.
 */
function dealsNotWon(table: RawTable, col: number, prior: boolean): StatusRows | null {
  const won = new Map<string, boolean>();
  const rows: number[] = [];
  for (let i = 0; i < table.rows.length; i++) {
    const v = table.rows[i]?.[col];
    if (isBlank(v) || table.notLines?.has(i)) continue;
    const text = cellText(v);
    let yes = won.get(text);
    if (yes === undefined) {
      yes = WON_STAGES.has(normalizeText(text));
      if (won.size < 1_000) won.set(text, yes);
    }
    if (!yes) rows.push(i);
  }
  if (
    !prior &&
    (![...won.values()].some(Boolean) || ![...won.keys()].some((v) => PIPELINE.test(normalizeText(v))))
  )
    return null;
  const diagnostics = perValueWarnings(table, col, rows, DIAG.dealNotWon);
  return { rows: new Set(rows), diagnostics, deals: true };
}

/** The rows of invoices never issued, their warnings, and the note of a column not read. */
export interface StatusRows {
  rows: Set<number>;
  diagnostics: Diagnostic[];
  /** True when the column was read as a CRM's deal stages (carried to the next chunks). */
  deals?: boolean;
  /** True when the table lists refunds as lines of their own (carried to the next chunks). */
  refundLines?: boolean;
}

/**
 * MYOB AccountRight's one-letter sale statuses under its own "Sale Status" header: I an invoice
 * (issued), O an order and Q a quote (never issued; drafts, no credit note).
 */
const MYOB_SALE_STATUS: ReadonlyMap<string, boolean | null> = new Map([
  ["i", null],
  ["o", true],
  ["q", true],
]);

/** MYOB's status header: its one-letter codes are read only under it. */
const MYOB_STATUS_HEADER = normalizeText("Sale Status");

/** A status value's reading: not issued (draft?), null when issued or refunded, undefined when unknown. */
function statusKind(n: string, myob: boolean): boolean | null | undefined {
  if (myob) return MYOB_SALE_STATUS.get(n);
  return NOT_ISSUED.get(n) ?? (ISSUED.has(n) || REFUNDED.has(n) ? null : undefined);
}

/** The not-issued rows of a status column read (row → draft?), and the rows of values it does not know (counted, said). */
interface ScannedStatuses {
  found: Map<number, boolean>;
  unknown: number[];
}

/**
 * The status column's not-issued rows (row → draft?). A value that is no invoice status leaves the
 * column unread (a note, or a warning when it holds not-issued values then counted), unless the
 * column's rows are mostly known statuses, an issued one among them: the column is then read, and
 * the rows of each unknown value are counted and said. Rows that are not lines (a quote's
 * "Accepté") are not looked at.
 */
function scanStatuses(table: RawTable, col: number, idCol?: number): ScannedStatuses | Diagnostic {
  const found = new Map<number, boolean>();
  const seen = new Map<string, boolean | null>();
  const myob = normalizeText(table.headers[col] ?? "") === MYOB_STATUS_HEADER;
  let unknown: { row: number; value: string } | null = null;
  const unknownRows: number[] = [];
  let known = 0;
  let issued = false;
  // Rows "en attente de paiement", and whether the column holds statuses only invoices, or orders, have.
  const pending: number[] = [];
  let invoices = false;
  let orders = false;
  for (let i = 0; i < table.rows.length; i++) {
    const v = table.rows[i]?.[col];
    if (isBlank(v) || table.notLines?.has(i)) continue;
    const text = cellText(v);
    let kind = seen.get(text);
    if (kind === undefined) {
      const n = normalizeText(text);
      invoices ||= INVOICE_ONLY.has(n);
      orders ||= ORDER_ONLY.has(n) || n.startsWith("wc ");
      if (n === PENDING_PAYMENT) {
        pending.push(i);
        known++;
        continue;
      }
      kind = statusKind(n, myob);
      if (kind === undefined) {
        unknown ??= { row: rowNumberOf(table, i), value: text };
        unknownRows.push(i);
        continue;
      }
      if (seen.size < 1_000) seen.set(text, kind);
    }
    known++;
    issued ||= kind === null;
    if (kind !== null) found.set(i, kind);
  }
  // An order awaiting payment is no invoice yet: set apart, in row order. A list of invoices by its
  // numbers' header ("N° facture") with only that status holds invoices sent and unpaid.
  const numbers = numbersOf(table, idCol);
  invoices ||= numbers === "invoices";
  orders ||= numbers === "orders";
  if ((orders || !invoices) && pending.length > 0) {
    for (const i of pending) found.set(i, true);
    sortByRow(found);
  }
  if (unknown === null) return { found, unknown: [] };
  const column = table.headers[col] ?? "";
  if (found.size === 0) return diag(DIAG.statusNotInvoice, { column, ...unknown });
  // Mostly known statuses, issued ones among them: a status column with a few values it does not know.
  if (issued && known > unknownRows.length) return { found, unknown: unknownRows };
  // Rows were added in order: the first is the smallest (no spread of a map that may be large).
  const first = found.keys().next().value as number;
  const example = cellText(table.rows[first][col]);
  return diag(DIAG.statusUnreadCounted, {
    column,
    ...unknown,
    args: { count: found.size, example, exampleRow: rowNumberOf(table, first) },
  });
}

/** What the number column's header (or, without one, a number-like header) says it numbers: invoices ("N° facture"), orders ("N° commande"). */
function numbersOf(table: RawTable, idCol: number | undefined): "invoices" | "orders" | null {
  const named = idCol === undefined ? table.headers : [table.headers[idCol] ?? ""];
  const hs = named.map((h) => normalizeText(h)).filter((h) => NUMBER_HEADER.test(h) || idCol !== undefined);
  if (hs.some((h) => /\b(?:factures?|invoices?)\b/.test(h))) return "invoices";
  return hs.some((h) => /\b(?:commandes?|orders?)\b/.test(h)) ? "orders" : null;
}

/** A header numbering documents ("N° commande", "Numéro de facture", "Order ID", "Invoice number"). */
const NUMBER_HEADER = /^(?:n|no|num|numero|ref|reference)\b|\b(?:number|no|id|num)$/;

/** Puts a map keyed by row index back in row order (its first key is then the first row). */
function sortByRow(m: Map<number, boolean>): void {
  const entries = [...m].sort((a, b) => a[0] - b[0]);
  m.clear();
  for (const [k, v] of entries) m.set(k, v);
}

/**
 * The rows whose status says the invoice was never issued, from the engine's first pass over the
 * table with them (`result`: their amounts pair a cancelled invoice with its credit note); null
 * without a status column or such a row. `priors`: what earlier chunks proved (a deal stage column, refund lines).
 */
export function notIssuedRows(
  result: EngineResult,
  table: RawTable,
  map: Mapping,
  priors: { dealStagesPrior?: boolean; refundLinesPrior?: boolean } = {},
): StatusRows | null {
  const dealsPrior = priors.dealStagesPrior === true;
  const refundLinesPrior = priors.refundLinesPrior === true;
  const col = map.status;
  if (col === undefined) return null;
  // Only a column headed as a stage ("Deal Stage", "Étape", "Phase de la transaction"): a "Gagné"
  // among an invoice's statuses is no deal won.
  const stages = STAGE_HEADER.test(normalizeText(table.headers[col] ?? ""));
  const deals = stages ? dealsNotWon(table, col, dealsPrior) : null;
  if (deals !== null) return deals;
  const scanned = scanStatuses(table, col, map.id);
  if (!("found" in scanned)) return { rows: new Set(), diagnostics: [scanned] };
  const { found } = scanned;
  const unknown = perValueWarnings(table, col, scanned.unknown, DIAG.statusUnknownCounted);
  const client = map.client;
  const customer = (i: number): string =>
    client === undefined ? "" : cellText(table.rows[i]?.[client]).trim();
  const refunded =
    map.return_amount === undefined ? refundedRows(result, table, col, customer, refundLinesPrior) : NO_ROWS;
  const replaced = replacedInvoices(result, table, col, map.kind, customer);
  const orders = confirmedOrderRows(table, col);
  const any =
    found.size +
    replaced.length +
    refunded.rows.size +
    refunded.diagnostics.length +
    orders.length +
    unknown.length;
  if (any === 0) return refunded.refundLines === true ? { ...NO_ROWS, refundLines: true } : null;
  const credited = creditedCancellations(result, found, customer);
  const notIssued = [...found.keys()].filter((i) => !credited.has(i));
  return {
    ...(refunded.refundLines === true ? { refundLines: true } : {}),
    rows: new Set([...notIssued, ...replaced, ...refunded.rows]),
    diagnostics: [
      ...perValueWarnings(table, col, notIssued, DIAG.statusNotIssued),
      ...perValueWarnings(table, col, replaced, DIAG.statusReplaced),
      ...refunded.diagnostics,
      ...perValueWarnings(table, col, orders, DIAG.statusOrderCounted),
      ...unknown,
    ],
  };
}

const CONFIRMED: ReadonlySet<string> = new Set(CONFIRMED_ORDERS.map(normalizeText));

/** Rows of confirmed sale orders (Odoo's Sales Order, Locked): counted as sales, said once per state. */
function confirmedOrderRows(table: RawTable, col: number): number[] {
  const rows: number[] = [];
  for (let i = 0; i < table.rows.length; i++) {
    const v = table.rows[i]?.[col];
    if (isBlank(v) || table.notLines?.has(i)) continue;
    if (CONFIRMED.has(normalizeText(cellText(v)))) rows.push(i);
  }
  return rows;
}

/** No row set apart, nothing said. */
const NO_ROWS: StatusRows = { rows: new Set(), diagnostics: [] };

/** Dolibarr's status of an invoice closed unpaid ("Abandonnée"): replaced by another, or written off. */
const ABANDONED: ReadonlySet<string> = new Set(["Abandonnée", "Abandonné", "Abandoned"].map(normalizeText));

/** A document type naming an invoice that replaces another (Dolibarr's "Facture de remplacement"). */
const REPLACEMENT: ReadonlySet<string> = new Set(
  ["Facture de remplacement", "Remplacement", "Replacement invoice", "Replacement"].map(normalizeText),
);

/**
 * Abandoned invoices that a replacement invoice of the same customer replaces (Dolibarr closes the
 * replaced one "Abandonnée"): the replacement is the sale, the abandoned one is not counted again.
 * Each replacement stands for one abandoned invoice, one of the same amount first; abandoned invoices
 * left over (written off unpaid) stay sales. In row order.
 */
function replacedInvoices(
  result: EngineResult,
  table: RawTable,
  col: number,
  kindCol: number | undefined,
  customer: (i: number) => string,
): number[] {
  if (kindCol === undefined) return [];
  const abandoned = new Map<string, number[]>();
  const replacements: number[] = [];
  const { classification } = result.lines;
  for (let i = 0; i < table.rows.length; i++) {
    if (table.notLines?.has(i) || classification[i] < 0) continue;
    const row = table.rows[i];
    if (REPLACEMENT.has(normalizeText(cellText(row?.[kindCol])))) replacements.push(i);
    else if (ABANDONED.has(normalizeText(cellText(row?.[col])))) {
      const list = abandoned.get(customer(i));
      if (list) list.push(i);
      else abandoned.set(customer(i), [i]);
    }
  }
  const out: number[] = [];
  for (const r of replacements) {
    const list = abandoned.get(customer(r));
    if (list === undefined || list.length === 0) continue;
    const amount = lineContribution(result, r);
    const same = list.findIndex((i) => lineContribution(result, i).eq(amount));
    out.push(list.splice(same < 0 ? 0 : same, 1)[0]);
  }
  return out.sort((a, b) => a - b);
}

/** Statuses of a sale refunded in part only: the refund's amount is not known from the status. */
const PARTLY_REFUNDED: ReadonlySet<string> = new Set(
  ["Partially refunded", "Partiellement remboursée", "Remboursement partiel", "Partial refund"].map(
    normalizeText,
  ),
);

/**
 * Refunded sales beside no refund column: refunded in full with no refund line of theirs in the
 * table (the same amount negative, the same customer), the sale and its refund cancel out: set
 * apart, said. Whose refund is a line of its own (SumUp's "Remboursement"), they stay counted and
 * the refund line takes them back; refunded in part, they stay counted, said. A credit note refunded to its customer (Dolibarr's
 * "Remboursée" on a negative line) is the return itself.
 */
function refundedRows(
  result: EngineResult,
  table: RawTable,
  col: number,
  customer: (i: number) => string,
  linesPrior: boolean,
): StatusRows {
  // Refunds listed as lines of their own here or in an earlier chunk (refundLines): a refunded sale
  // whose refund line this chunk does not hold may have it in another, so it stays counted, said.
  const refundLines = hasCreditLine(result);
  const full: number[] = [];
  const partly: number[] = [];
  for (let i = 0; i < table.rows.length; i++) {
    const v = table.rows[i]?.[col];
    if (isBlank(v) || table.notLines?.has(i)) continue;
    const n = normalizeText(cellText(v));
    if (!REFUNDED.has(n)) continue;
    if (result.lines.classification[i] >= 0 && lineContribution(result, i).isNegative()) continue;
    (PARTLY_REFUNDED.has(n) || result.lines.classification[i] < 0 ? partly : full).push(i);
  }
  const lined = creditedRows(result, full, customer, false);
  const unmatched = full.filter((i) => !lined.has(i));
  const listed = refundLines || linesPrior;
  const apart = listed ? [] : unmatched;
  const counted = listed ? [...partly, ...unmatched].sort((a, b) => a - b) : partly;
  return {
    rows: new Set(apart),
    diagnostics: [
      ...perValueWarnings(table, col, apart, DIAG.statusRefunded),
      ...perValueWarnings(table, col, counted, DIAG.statusRefundedCounted),
    ],
    ...(refundLines ? { refundLines } : {}),
  };
}

/** Whether the table holds a credit note's line (a negative sale or a return): refunds listed as lines. */
function hasCreditLine(result: EngineResult): boolean {
  const { classification, kind } = result.lines;
  for (let i = 0; i < result.lines.count; i++)
    if (classification[i] >= 0 && CREDIT_KINDS.has(kind[i]) && lineContribution(result, i).isNegative())
      return true;
  return false;
}

/** Kind indexes (lines.kind) of a credit note's line: a negative sale, a return; not a discount or a rebate. */
const CREDIT_KINDS = new Set([KINDS.indexOf("sale"), KINDS.indexOf("return")]);

/**
 * Cancelled invoices (not drafts) whose credit note is in the file: a later line of the opposite
 * amount. Issued then cancelled, they stay lines.
 */
function creditedCancellations(
  result: EngineResult,
  found: ReadonlyMap<number, boolean>,
  customer: (i: number) => string,
): Set<number> {
  const issued = [...found].filter(([, draft]) => !draft).map(([i]) => i);
  return creditedRows(result, issued, customer, true, found);
}

/**
 * The rows among `rows` whose credit note is in the table: a line of the opposite amount, a credit
 * note's kind (not a discount) and the same customer when there is a customer column, not itself
 * among `skip`; after the row when `later`; each credit note used once.
 */
function creditedRows(
  result: EngineResult,
  rows: readonly number[],
  customer: (i: number) => string,
  later: boolean,
  skip: ReadonlyMap<number, boolean> = new Map(),
): Set<number> {
  const { classification, kind } = result.lines;
  const credits = new Map<string, number[]>();
  for (let i = 0; i < result.lines.count; i++) {
    if (skip.has(i) || classification[i] < 0 || !CREDIT_KINDS.has(kind[i])) continue;
    const c = lineContribution(result, i);
    if (!c.isNegative()) continue;
    const key = `${c.neg().toFixed()}|${customer(i)}`;
    const list = credits.get(key);
    if (list) list.push(i);
    else credits.set(key, [i]);
  }
  const kept = new Set<number>();
  for (const i of rows) {
    if (classification[i] < 0) continue;
    const list = credits.get(`${lineContribution(result, i).toFixed()}|${customer(i)}`);
    const at = list === undefined ? -1 : later ? list.findIndex((j) => j > i) : 0;
    if (list !== undefined && at >= 0 && at < list.length) {
      list.splice(at, 1);
      kept.add(i);
    }
  }
  return kept;
}
