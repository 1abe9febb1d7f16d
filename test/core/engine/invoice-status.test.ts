/** Invoice-status column (evidence/invoice-status.ts): cancelled, void and draft invoices are not sales. */
import { compute } from "../../../src/core/engine";
import { detectMapping } from "../../../src/core/fields";
import type { CellValue, RawTable } from "../../../src/core/types";

const table = (headers: string[], rows: CellValue[][]): RawTable => ({
  headers,
  rows,
  firstRow: 2,
  source: "t",
});

describe("an invoice-status column", () => {
  it("is found under its usual headers, never taking an OP flag's 'Statut OP'", () => {
    for (const h of ["Statut", "État", "Status", "Invoice Status", "Statut facture", "État de la facture"])
      expect([h, detectMapping(["Date", "Montant", h]).mapping.status]).toEqual([h, 2]);
    const m = detectMapping(["Date", "Montant", "Statut OP", "Statut"]).mapping;
    expect([m.op_flag, m.status]).toEqual([2, 3]);
  });

  it("sets apart cancelled, void and draft invoices, one warning per status with its count", () => {
    const r = compute(
      table(
        ["Date", "Libellé", "Montant HT", "Statut"],
        [
          ["05/01/2025", "Facture A", "1000,00", "Payée"],
          ["06/01/2025", "Facture B", "400,00", "Annulée"],
          ["07/01/2025", "Facture C", "250,00", "Brouillon"],
          ["08/01/2025", "Facture D", "600,00", "En retard"],
          ["09/01/2025", "Facture E", "100,00", "annulée"],
          ["10/01/2025", "Facture F", "80,00", "VOID"],
          // Dolibarr's "Abandonnée": issued, left unpaid: still a sale (the loss is a charge).
          ["11/01/2025", "Facture G", "50,00", "Abandonnée"],
        ],
      ),
    );
    expect(r.totals.caop.toFixed(2)).toBe("1650.00");
    expect(
      r.diagnostics
        .filter((d) => d.code === "status_not_issued")
        .map((d) => [d.row, d.value, d.column, d.severity, d.message.startsWith(`${d.row === 3 ? 2 : 1} `)]),
    ).toEqual([
      [3, "Annulée", "Statut", "warning", true],
      [4, "Brouillon", "Statut", "warning", true],
      [7, "VOID", "Statut", "warning", true],
    ]);
    const codes = compute(table(["Date", "Montant"], [["25/01/2025", "10"]])).diagnostics.map((d) => d.code);
    expect(codes).not.toContain("status_not_issued");
  });

  it("reads 'En attente de paiement' as an invoice sent and unpaid beside invoice statuses, an order not paid beside order statuses", () => {
    // Tiime, Sellsy: an invoice waiting for its payment was issued: 100 + 200.
    const invoices = compute(
      table(
        ["Date", "Client", "Montant HT", "Statut"],
        [
          ["05/06/2025", "A", "100,00", "Payée"],
          ["06/06/2025", "B", "200,00", "En attente de paiement"],
          ["07/06/2025", "C", "50,00", "Brouillon"],
        ],
      ),
    );
    expect(invoices.totals.caop.toFixed(2)).toBe("300.00");
    expect(invoices.diagnostics.filter((d) => d.code === "status_not_issued").map((d) => d.value)).toEqual([
      "Brouillon",
    ]);
    // WooCommerce in French: an order awaiting its payment has no invoice yet: 100 + 70.
    const orders = compute(
      table(
        ["Date", "Client", "Total HT", "Statut"],
        [
          ["05/06/2025", "A", "100,00", "Terminée"],
          ["06/06/2025", "B", "200,00", "En attente de paiement"],
          ["07/06/2025", "C", "70,00", "En cours"],
          ["08/06/2025", "D", "30,00", "En attente de paiement"],
          // WooCommerce's checkout draft, in French: an order status too.
          ["09/06/2025", "E", "55,00", "Brouillon"],
        ],
      ),
    );
    expect(orders.totals.caop.toFixed(2)).toBe("170.00");
    const set = orders.diagnostics.filter((d) => d.code === "status_not_issued");
    expect(set.map((d) => [d.row, d.value, d.args?.count])).toEqual([
      [3, "En attente de paiement", 2],
      [6, "Brouillon", 1],
    ]);
  });

  it("reads a list of invoices by its numbers' header all 'En attente de paiement' as sales; PrestaShop's bank-transfer wait as no sale", () => {
    const invoices = compute(
      table(
        ["Date facture", "N° facture", "Client", "Montant HT", "Statut"],
        [
          ["10/01/2025", "FA-001", "Dupont", "100,00", "En attente de paiement"],
          ["20/01/2025", "FA-002", "Martin", "50,00", "En attente de paiement"],
        ],
      ),
    );
    expect(invoices.totals.caop.toFixed(2)).toBe("150.00");
    const orders = compute(
      table(
        ["Date", "N° commande", "Montant HT", "État"],
        [
          ["10/01/2025", "CMD1", "100,00", "Livré"],
          ["11/01/2025", "CMD2", "50,00", "En attente de paiement par virement bancaire"],
          ["12/01/2025", "CMD3", "30,00", "Paiement accepté"],
        ],
      ),
    );
    expect(orders.totals.caop.toFixed(2)).toBe("130.00");
    // Orders by their numbers' header, paid or awaiting payment: only the paid one is a sale.
    const paid = compute(
      table(
        ["Date", "N° commande", "Montant HT", "Statut"],
        [
          ["10/01/2025", "C1", "1000,00", "Payée"],
          ["11/01/2025", "C2", "500,00", "En attente de paiement"],
        ],
      ),
    );
    expect(paid.totals.caop.toFixed(2)).toBe("1000.00");
  });

  it("reads Xero's statuses: only AUTHORISED and PAID invoices were issued", () => {
    const r = compute(
      table(
        ["InvoiceDate", "Description", "LineAmount", "Status"],
        [
          ["05/03/2025", "Kit", "900.00", "AUTHORISED"],
          ["06/03/2025", "Balls", "149.97", "PAID"],
          ["07/03/2025", "Quote", "300.00", "DRAFT"],
          ["08/03/2025", "Awaiting approval", "200.00", "SUBMITTED"],
          ["09/03/2025", "Voided", "120.00", "VOIDED"],
          ["10/03/2025", "Deleted draft", "80.00", "DELETED"],
        ],
      ),
      { mapping: { date: 0, label: 1, amount: 2, status: 3 } },
    );
    expect(r.totals.caop.toFixed(2)).toBe("1049.97");
    expect(r.diagnostics.filter((d) => d.code === "status_not_issued").map((d) => d.value)).toEqual([
      "DRAFT",
      "SUBMITTED",
      "VOIDED",
      "DELETED",
    ]);
  });

  it("reads FreeAgent's statuses: a scheduled invoice is not sent yet, a written-off one was issued", () => {
    const r = compute(
      table(
        ["Reference", "Contact", "Dated On", "Status", "Net Value"],
        [
          ["INV-031", "Hargreaves", "02/01/2025", "Paid", "3200.00"],
          ["INV-032", "Kite & Co", "16/01/2025", "Overdue", "950.00"],
          ["INV-033", "Hargreaves", "31/01/2025", "Draft", "1600.00"],
          ["INV-034", "Brightside", "14/02/2025", "Written-off", "480.00"],
          ["INV-035", "Kite & Co", "28/02/2025", "Scheduled", "950.00"],
          ["INV-036", "Orchard", "21/02/2025", "Cancelled", "300.00"],
          ["INV-037", "Orchard", "24/02/2025", "Open", "1200.00"],
        ],
      ),
    );
    expect(r.totals.caop.toFixed(2)).toBe("5830.00");
    expect(r.diagnostics.map((d) => d.code)).not.toContain("status_unread_counted");
  });

  it("is not read when a value is no invoice status (a CRM's subscription status), and says so", () => {
    const r = compute(
      table(
        ["Date", "Client", "Montant HT", "Statut"],
        [
          ["05/01/2025", "Dupont", "500,00", "Actif"],
          ["06/01/2025", "Martin", "200,00", "Annulé"],
          ["07/01/2025", "Leroy", "300,00", "Résilié"],
        ],
      ),
    );
    expect(r.totals.caop.toFixed(2)).toBe("1000.00");
    expect(
      r.diagnostics.filter((d) => d.code.startsWith("status_")).map((d) => [d.code, d.row, d.value]),
      // Its "Annulé" row is counted: what the data cannot prove is a warning to check, not a quiet note.
    ).toEqual([["status_unread_counted", 2, "Actif"]]);
    // A payment's or a delivery's status is not the invoice's.
    expect(
      detectMapping(["Date", "Montant", "Statut paiement", "Statut livraison"]).mapping.status,
    ).toBeUndefined();
  });

  it("keeps a cancelled invoice whose credit note follows for the same customer: both cancel out", () => {
    const r = compute(
      table(
        ["Date", "Type", "Client", "Montant HT", "Statut"],
        [
          ["05/01/2025", "Facture", "Dupont", "1000,00", "Annulée"],
          ["06/01/2025", "Avoir", "Dupont", "-1000,00", "Payée"],
          ["07/01/2025", "Facture", "Martin", "700,00", "Annulée"],
          ["08/01/2025", "Avoir", "Leroy", "-700,00", "Payée"],
          ["10/01/2025", "Facture", "Dupont", "2000,00", "Payée"],
        ],
      ),
    );
    // Martin's cancellation has no credit note of his: set apart; Leroy's credit note counts.
    expect(r.totals.caop.toFixed(2)).toBe("1300.00");
    expect(r.diagnostics.filter((d) => d.code === "status_not_issued").map((d) => d.row)).toEqual([4]);
  });
});

describe("payment statuses, refunds and a column not read (outside tests, round 9)", () => {
  const said = (r: ReturnType<typeof compute>, code: string) =>
    r.diagnostics.filter((d) => d.code === code).map((d) => [d.row, d.column, d.value, d.args?.count]);

  it("a failed payment is no sale; an uncollectible invoice is one (the loss is a charge)", () => {
    const r = compute(
      table(
        ["Date", "Description", "Amount", "Status"],
        [
          ["2025-01-05", "Pro", "120.00", "Paid"],
          ["2025-01-06", "Pro", "120.00", "Failed"],
          ["2025-01-07", "Pro", "500.00", "Irrécouvrable"],
          ["2025-01-08", "Pro", "40.00", "Completed"],
        ],
      ),
    );
    expect(r.totals.caop.toFixed(2)).toBe("660.00");
    expect(said(r, "status_not_issued")).toEqual([[3, "Status", "Failed", 1]]);
  });

  it("reads card payments' statuses (Stancer, Mollie, SumUp) and Odoo's masculine 'Comptabilisé'", () => {
    // Accountant's figure: payments taken only: 89.90 + 179.80 + 42.00 + 1 500 = 1 811.70.
    const r = compute(
      table(
        ["Date", "Description", "Amount", "Status"],
        [
          ["2025-01-05", "Box", "89.90", "captured"],
          ["2025-01-06", "Box", "89.90", "refused"],
          ["2025-01-07", "Box", "179.80", "Successful"],
          ["2025-01-08", "Box", "59.00", "expired"],
          ["2025-01-09", "Atelier", "42.00", "Success"],
          ["2025-01-10", "Box", "59.00", "uncaptured"],
          ["2025-01-11", "Facture", "1500.00", "Comptabilisé"],
        ],
      ),
    );
    expect(r.totals.caop.toFixed(2)).toBe("1811.70");
    expect(said(r, "status_not_issued").map((d) => d[2])).toEqual(["refused", "expired", "uncaptured"]);
    expect(r.diagnostics.map((d) => d.code)).not.toContain("status_unread_counted");
  });

  it("'Refunded' is an issued sale beside a refund column (Stripe's Amount Refunded is the return)", () => {
    const rows = [
      ["2025-01-05", "120.00", "0.00", "Paid"],
      ["2025-01-06", "120.00", "120.00", "Refunded"],
      ["2025-01-07", "120.00", "0.00", "Failed"],
    ];
    const r = compute(table(["Created date (UTC)", "Amount", "Amount Refunded", "Status"], rows));
    expect([r.totals.caop.toFixed(2), r.mapping.return_amount]).toEqual(["120.00", 2]);
    expect(said(r, "status_not_issued")).toEqual([[4, "Status", "Failed", 1]]);
    // Without a refund column, a "Refunded" sale is counted and said (its refund may be a line of its
    // own, SumUp's "Remboursement"); the failed payment is still no sale.
    const alone = compute(
      table(
        ["Date", "Amount", "Status"],
        rows.map(([d, a, , s]) => [d, a, s]),
      ),
    );
    expect(alone.totals.caop.toFixed(2)).toBe("240.00");
    expect(said(alone, "status_refunded_counted")).toEqual([[3, "Status", "Refunded", 1]]);
    expect(said(alone, "status_not_issued")).toEqual([[4, "Status", "Failed", 1]]);
    expect(alone.diagnostics.find((d) => d.code === "status_refunded_counted")?.severity).toBe("warning");
    // SumUp: the refund is its own line: sale and refund cancel out, the failed payment is set apart.
    const sumup = compute(
      table(
        ["Date", "Type de transaction", "Statut", "Montant total"],
        [
          ["02/01/2025 09:14", "Vente", "Réussie", "24,00"],
          ["03/01/2025 10:20", "Vente", "Remboursée", "18,00"],
          ["03/01/2025 10:45", "Remboursement", "Réussie", "-18,00"],
          ["15/01/2025 17:30", "Vente", "Échouée", "12,00"],
        ],
      ),
    );
    expect(sumup.totals.caop.toFixed(2)).toBe("24.00");
  });

  it("an unknown status beside cancelled ones: a warning that names both, not a quiet note", () => {
    const r = compute(
      table(
        ["Date", "Montant HT", "Statut"],
        [
          ["05/01/2025", "1000,00", "Payée"],
          ["06/01/2025", "2000,00", "Annulée"],
          ["07/01/2025", "500,00", "En cours de recouvrement"],
        ],
      ),
    );
    expect(r.totals.caop.toFixed(2)).toBe("3500.00");
    const d = r.diagnostics.find((x) => x.code === "status_unread_counted");
    expect([d?.row, d?.value, d?.args]).toEqual([
      4,
      "En cours de recouvrement",
      { count: 1, example: "Annulée", exampleRow: 3 },
    ]);
    expect(d?.messageEn).toContain('"Annulée"');
  });

  it("reads a shop's order states: paid and handled orders are sales, orders awaiting payment are not", () => {
    const r = compute(
      table(
        ["Order Date", "Order Number", "Order Subtotal Amount", "Order Status"],
        [
          ["2025-01-05", "1001", "100.00", "completed"],
          ["2025-01-06", "1002", "250.00", "processing"],
          ["2025-01-07", "1003", "80.00", "on-hold"],
          ["2025-01-08", "1004", "60.00", "pending"],
          ["2025-01-09", "1005", "40.00", "Pending payment"],
          ["2025-01-10", "1006", "30.00", "partial"],
          ["2025-01-11", "1007", "20.00", "wc-completed"],
          ["2025-01-12", "1008", "15.00", "wc-pending"],
        ],
      ),
    );
    // 100 + 250 + 80 + 30 + 20: the status column is read (no value unknown, WooCommerce's wc-* slugs
    // too), the three unpaid orders set apart.
    expect(r.totals.caop.toFixed(2)).toBe("480.00");
    expect(r.diagnostics.filter((d) => d.code === "status_not_issued").map((d) => [d.value, d.row])).toEqual([
      ["pending", 5],
      ["Pending payment", 6],
      ["wc-pending", 9],
    ]);
  });
});
