/** Invoice-status column (evidence/invoice-status.ts): cancelled, void and draft invoices are not sales. */
import { computeChunks } from "../../../src/core/chunks";
import { compute } from "../../../src/core/engine";
import { detectMapping } from "../../../src/core/fields";
import type { CellValue, RawTable } from "../../../src/core/types";
import { source, split } from "./chunking";

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

  it("counts a Dolibarr replacement invoice, not the abandoned invoice it replaces; an abandoned invoice written off stays a sale", () => {
    // Dolibarr: FA-0002 (Lefèvre, 1 500) closed "Abandonnée" and replaced by FA-R001 (1 500);
    // FA-0003 (Gibert, 900) replaced by FA-R002 at a corrected 850; FA-0004 (Durand, 300)
    // abandoned unpaid with no replacement (a bad debt: still a sale).
    // CA OP = 2 000 + 1 500 + 850 + 300 = 4 650 (not 6 050 with the replaced ones).
    const headers = ["Réf.", "Type", "Date facturation", "Tiers", "Montant HT", "État"];
    const rows: CellValue[][] = [
      ["FA-0001", "Facture standard", "02/01/2025", "Gibert", "2 000,00", "Payée"],
      ["FA-0002", "Facture standard", "08/01/2025", "Lefèvre", "1 500,00", "Abandonnée"],
      ["FA-R001", "Facture de remplacement", "10/01/2025", "Lefèvre", "1 500,00", "Payée"],
      ["FA-0003", "Facture standard", "03/02/2025", "Gibert", "900,00", "Abandonnée"],
      ["FA-0004", "Facture standard", "04/02/2025", "Durand", "300,00", "Abandonnée"],
      ["FA-R002", "Facture de remplacement", "05/02/2025", "Gibert", "850,00", "Payée"],
    ];
    const r = compute(table(headers, rows));
    expect(r.totals.caop.toFixed(2)).toBe("4650.00");
    expect(r.months.map((m) => [m.period, m.totals.caop.toFixed(2)])).toEqual([
      ["2025-01", "3500.00"],
      ["2025-02", "1150.00"],
    ]);
    const said = r.diagnostics.filter((d) => d.code === "status_replaced");
    expect(said.map((d) => [d.row, d.value, d.args?.count, d.severity])).toEqual([
      [3, "Abandonnée", 2, "warning"],
    ]);
    // Without the type column nothing says which invoice replaces which: all are counted.
    const untyped = compute(
      table(
        headers.filter((h) => h !== "Type"),
        rows.map((row) => row.filter((_, k) => k !== 1)),
      ),
    );
    expect(untyped.totals.caop.toFixed(2)).toBe("7050.00");
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
    // Without a refund column and with no refund line in the table, a sale "Refunded" in full and its
    // refund cancel out: 120 (Paid) only, said; the failed payment is still no sale.
    const alone = compute(
      table(
        ["Date", "Amount", "Status"],
        rows.map(([d, a, , s]) => [d, a, s]),
      ),
    );
    expect(alone.totals.caop.toFixed(2)).toBe("120.00");
    expect(said(alone, "status_refunded")).toEqual([[3, "Status", "Refunded", 1]]);
    expect(said(alone, "status_not_issued")).toEqual([[4, "Status", "Failed", 1]]);
    expect(alone.diagnostics.find((d) => d.code === "status_refunded")?.severity).toBe("warning");
    // Refunded in part: the refund's amount is unknown: counted (120 + 120), said.
    const partly = compute(
      table(
        ["Date", "Amount", "Status"],
        [rows[0], ["2025-01-06", "120.00", "", "Partially refunded"]].map(([d, a, , s]) => [d, a, s]),
      ),
    );
    expect(partly.totals.caop.toFixed(2)).toBe("240.00");
    expect(said(partly, "status_refunded_counted")).toEqual([[3, "Status", "Partially refunded", 1]]);
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
    expect(sumup.diagnostics.map((d) => d.code)).not.toContain("status_refunded");
  });

  it("read in chunks, a refunded sale whose refund line is in another chunk is taken off once (review)", async () => {
    // 24 + 18 (refunded) − 18 (its refund line) + 30 = 54, whatever the chunks.
    const t = table(
      ["Date", "Type de transaction", "Statut", "Montant total"],
      [
        ["02/01/2025 09:14", "Vente", "Réussie", "24,00"],
        ["03/01/2025 10:20", "Vente", "Remboursée", "18,00"],
        ["04/01/2025 11:00", "Vente", "Réussie", "30,00"],
        ["05/01/2025 10:45", "Remboursement", "Réussie", "-18,00"],
      ],
    );
    expect(compute(t).totals.caop.toFixed(2)).toBe("54.00");
    for (const sizes of [[1], [2], [3]]) {
      const r = await computeChunks(source(split(t, sizes)));
      expect([sizes, r.totals.caop.toFixed(2)]).toEqual([sizes, "54.00"]);
    }
  });

  it("SumUp's transactions report: a sale 'Remboursée' with no refund line is not counted, tips and the payout after fees are no sales", () => {
    // Montant total = TTC + tip. Sales: 60,00 TTC (10,00 VAT) → 50,00 HT; 36,00 TTC with a 2,00 tip
    // and 5,67 VAT → 36 − 2 − 5,67 = 28,33 HT; 24,00 TTC (4,00 VAT) refunded in full → 0.
    // CA OP = 50,00 + 28,33 = 78,33 (the payout "Montant net versé" is the money less SumUp's fees).
    const r = compute(
      table(
        [
          "Date",
          "Statut",
          "Description",
          "Montant total",
          "Pourboire",
          "Montant TVA",
          "Frais",
          "Montant net versé",
        ],
        [
          ["10/01/2025 15:46", "Réussie", "Coupe + brushing", "60,00", "0,00", "10,00", "1,05", "58,95"],
          ["11/01/2025 10:12", "Réussie", "Coupe", "36,00", "2,00", "5,67", "0,63", "35,37"],
          ["12/01/2025 18:01", "Remboursée", "Coupe", "24,00", "0,00", "4,00", "0,42", "23,58"],
        ],
      ),
    );
    expect(r.totals.caop.toFixed(2)).toBe("78.33");
    expect([r.mapping.amount, r.mapping.net_amount]).toEqual([3, undefined]);
    // A hand sheet's "Montant versé" alone is its amount.
    expect(detectMapping(["Date", "Client", "Montant versé"]).mapping.amount).toBe(2);
    expect(said(r, "status_refunded")).toEqual([[4, "Statut", "Remboursée", 1]]);
  });

  it("an unknown status beside cancelled ones: a warning that names both, not a quiet note", () => {
    // As many unknown rows as known ones: the column is not read, its cancelled row counted, said.
    const r = compute(
      table(
        ["Date", "Montant HT", "Statut"],
        [
          ["05/01/2025", "1000,00", "Payée"],
          ["06/01/2025", "2000,00", "Annulée"],
          ["07/01/2025", "500,00", "En cours de recouvrement"],
          ["08/01/2025", "300,00", "Mise en demeure"],
        ],
      ),
    );
    expect(r.totals.caop.toFixed(2)).toBe("3800.00");
    const d = r.diagnostics.find((x) => x.code === "status_unread_counted");
    expect([d?.row, d?.value, d?.args]).toEqual([
      4,
      "En cours de recouvrement",
      { count: 1, example: "Annulée", exampleRow: 3 },
    ]);
    expect(d?.messageEn).toContain('"Annulée"');
  });

  it("a column of mostly known statuses stays read: each unknown value counted and said", () => {
    const r = compute(
      table(
        ["Date", "Montant HT", "Statut"],
        [
          ["05/01/2025", "1000,00", "Payée"],
          ["06/01/2025", "2000,00", "Annulée"],
          ["07/01/2025", "500,00", "En cours de recouvrement"],
          ["08/01/2025", "200,00", "Payée"],
          ["09/01/2025", "100,00", "En cours de recouvrement"],
        ],
      ),
    );
    expect(r.totals.caop.toFixed(2)).toBe("1800.00");
    expect(said(r, "status_not_issued")).toEqual([[3, "Statut", "Annulée", 1]]);
    expect(said(r, "status_unknown_counted")).toEqual([[4, "Statut", "En cours de recouvrement", 2]]);
    expect(r.diagnostics.map((x) => x.code)).not.toContain("status_unread_counted");
  });

  it("reads Mirakl's order states, SumUp's chargeback, Lightspeed's lay-by and Square's 'Transaction Status'", () => {
    const states = (values: string[], header = "Status") =>
      compute(
        table(
          ["Date", "Amount", header],
          values.map((v, k) => [
            `2025-03-${String(k + 1).padStart(2, "0")}`,
            k === 1 ? "-10.00" : "100.00",
            v,
          ]),
        ),
      );
    const mirakl = states([
      "CLOSED",
      "REFUNDED",
      "RECEIVED",
      "SHIPPED",
      "REFUSED",
      "CANCELED",
      "WAITING_ACCEPTANCE",
    ]);
    expect(said(mirakl, "status_not_issued").map((d) => d[2])).toEqual([
      "REFUSED",
      "CANCELED",
      "WAITING_ACCEPTANCE",
    ]);
    const fr = states(["Clôturée", "Remboursée", "Reçue", "Expédiée", "Refusée", "En attente d'acceptation"]);
    expect(said(fr, "status_not_issued").map((d) => d[2])).toEqual(["Refusée", "En attente d'acceptation"]);
    const sumup = states(["Successful", "Chargeback", "Failed"]);
    expect(sumup.totals.caop.toFixed(2)).toBe("90.00");
    const lightspeed = states(["CLOSED", "refund", "LAYBY", "VOIDED", "LAYBY_CLOSED"]);
    expect(said(lightspeed, "status_not_issued").map((d) => d[2])).toEqual(["LAYBY", "VOIDED"]);
    expect(detectMapping(["Date", "Net Sales", "Transaction Status"]).mapping.status).toBe(2);
  });

  it("reads MYOB's one-letter Sale Status (I invoice, O order, Q quote) only under its own header", () => {
    const myob = (header: string) =>
      compute(
        table(
          ["Date", "Amount", header],
          [
            ["6/01/2025", "128.00", "I"],
            ["22/01/2025", "320.00", "Q"],
            ["3/02/2025", "96.00", "O"],
          ],
        ),
      );
    const r = myob("Sale Status");
    expect(r.totals.caop.toFixed(2)).toBe("128.00");
    expect(said(r, "status_not_issued").map((d) => d[2])).toEqual(["Q", "O"]);
    // Under another header, letters are no statuses: the column is not read, all counted.
    expect(myob("Status").totals.caop.toFixed(2)).toBe("544.00");
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

  it("reads WooCommerce's French order states: 'Attente paiement' is not paid, 'En attente' (on hold) is counted", () => {
    const r = compute(
      table(
        ["N° de commande", "Date de commande", "État de la commande", "Total ligne"],
        [
          ["3000", "04/02/2025", "Terminée", "259,00"],
          ["3001", "05/02/2025", "En cours", "100,00"],
          ["3002", "06/02/2025", "En attente", "40,00"],
          ["3003", "07/02/2025", "Attente paiement", "70,00"],
          ["3004", "08/02/2025", "Échouée", "30,00"],
        ],
      ),
    );
    // 259 + 100 + 40: the column is read (every state known), the unpaid and failed orders set apart.
    expect(r.totals.caop.toFixed(2)).toBe("399.00");
    expect(r.diagnostics.filter((d) => d.code === "status_not_issued").map((d) => d.value)).toEqual([
      "Attente paiement",
      "Échouée",
    ]);
  });

  const setApart = (r: ReturnType<typeof compute>) =>
    r.diagnostics.filter((d) => d.code === "status_not_issued").map((d) => [d.value, d.row, d.args?.count]);
  const unread = (r: ReturnType<typeof compute>) =>
    r.diagnostics.filter((d) => d.code === "status_not_invoice" || d.code === "status_unread_counted");

  it("reads Dolibarr's draft 'Brouillon (à valider)' as a draft", () => {
    const r = compute(
      table(
        ["Réf.", "Date facturation", "Tiers", "Montant HT", "État"],
        [
          ["FA2501-0001", "15/01/2025", "Dupont", "1 000,00", "Payée"],
          ["FA2501-0002", "22/01/2025", "Martin", "500,00", "Impayée"],
          ["(PROV12)", "28/01/2025", "Roux", "300,00", "Brouillon (à valider)"],
          ["FA2501-0003", "29/01/2025", "Roux", "200,00", "Validée (à payer)"],
          ["FA2501-0004", "30/01/2025", "Roux", "100,00", "Payée (partiellement)"],
        ],
      ),
    );
    // 1 000 + 500 + 200 + 100: the draft (300) was never issued.
    expect(r.totals.caop.toFixed(2)).toBe("1800.00");
    expect(setApart(r)).toEqual([["Brouillon (à valider)", 4, 1]]);
    expect(unread(r)).toEqual([]);
  });

  it("reads Chargebee's invoice statuses: voided and pending invoices are not sales", () => {
    const r = compute(
      table(
        ["Invoice Number", "Invoice Date", "Status", "Currency", "Amount"],
        [
          ["1", "10-Jan-2025 10:00", "Paid", "EUR", "100.00"],
          ["2", "11-Jan-2025 10:00", "Payment Due", "EUR", "200.00"],
          ["3", "12-Jan-2025 10:00", "Voided", "EUR", "50.00"],
          ["4", "13-Jan-2025 10:00", "Pending", "EUR", "30.00"],
          ["5", "14-Jan-2025 10:00", "Not Paid", "EUR", "70.00"],
          ["6", "15-Jan-2025 10:00", "Posted", "EUR", "40.00"],
        ],
      ),
    );
    // 100 + 200 + 70 + 40 = 410: the voided invoice (50) and the pending one, not closed yet (30), apart.
    expect(r.totals.caop.toFixed(2)).toBe("410.00");
    expect(setApart(r)).toEqual([
      ["Voided", 4, 1],
      ["Pending", 5, 1],
    ]);
  });

  it("reads NetSuite's invoice statuses: voided, pending approval and rejected invoices are not sales", () => {
    const r = compute(
      table(
        ["Date", "Type", "Document Number", "Status", "Amount"],
        [
          ["1/10/2025", "Invoice", "INV1", "Paid In Full", "1,000.00"],
          ["1/12/2025", "Invoice", "INV2", "Open", "500.00"],
          ["1/20/2025", "Invoice", "INV3", "Voided", "300.00"],
          ["1/21/2025", "Invoice", "INV4", "Pending Approval", "250.00"],
          ["1/22/2025", "Invoice", "INV5", "Rejected", "80.00"],
        ],
      ),
    );
    // 1 000 + 500 = 1 500.
    expect(r.totals.caop.toFixed(2)).toBe("1500.00");
    expect(setApart(r).map((x) => x[0])).toEqual(["Voided", "Pending Approval", "Rejected"]);
  });

  it("reads NetSuite's credit memos 'Fully Applied'; a Dolibarr credit note 'Remboursée' is no refunded sale", () => {
    const ns = compute(
      table(
        ["Date", "Type", "Document Number", "Status", "Amount"],
        [
          ["1/10/2025", "Invoice", "INV1", "Paid In Full", "1,000.00"],
          ["1/12/2025", "Credit Memo", "CM1", "Fully Applied", "-100.00"],
          ["1/20/2025", "Invoice", "INV3", "Voided", "300.00"],
        ],
      ),
    );
    // 1 000 − 100 = 900: the status column is read (Voided set apart).
    expect(ns.totals.caop.toFixed(2)).toBe("900.00");
    expect(unread(ns)).toEqual([]);
    const dolibarr = compute(
      table(
        ["Réf.", "Type", "Date facturation", "Montant HT", "État"],
        [
          ["FA2501-0001", "Facture standard", "15/01/2025", "1 000,00", "Payée"],
          ["AV2501-0001", "Facture avoir", "20/01/2025", "-200,00", "Remboursée"],
        ],
      ),
    );
    // 1 000 − 200 = 800; the credit note refunded to the customer is the return itself: nothing to warn of.
    expect(dolibarr.totals.caop.toFixed(2)).toBe("800.00");
    expect(dolibarr.diagnostics.map((d) => d.code)).not.toContain("status_refunded_counted");
  });

  it("reads Stripe's and Pennylane's invoice statuses", () => {
    const stripe = compute(
      table(
        ["id", "Date (UTC)", "Status", "Amount Due"],
        [
          ["in_1", "2025-01-05 10:00", "paid", "100.00"],
          ["in_2", "2025-01-06 10:00", "open", "60.00"],
          ["in_3", "2025-01-07 10:00", "void", "40.00"],
          ["in_4", "2025-01-08 10:00", "uncollectible", "25.00"],
          ["in_5", "2025-01-09 10:00", "draft", "15.00"],
        ],
      ),
    );
    // 100 + 60 + 25: an uncollectible invoice was issued (its loss is a charge); void and draft were not.
    expect(stripe.totals.caop.toFixed(2)).toBe("185.00");
    const pennylane = compute(
      table(
        ["Numéro", "Date", "Client", "Montant HT", "Statut"],
        [
          ["F-1", "05/01/2025", "A", "1000,00", "Payée"],
          ["F-2", "06/01/2025", "B", "400,00", "En retard"],
          ["F-3", "07/01/2025", "C", "300,00", "À venir"],
          ["F-4", "08/01/2025", "D", "200,00", "Annulée"],
          ["F-5", "09/01/2025", "E", "100,00", "Brouillon"],
          ["F-6", "10/01/2025", "E", "50,00", "Paiement partiel"],
        ],
      ),
    );
    // 1 000 + 400 + 300 + 50 = 1 750.
    expect(pennylane.totals.caop.toFixed(2)).toBe("1750.00");
    expect(unread(pennylane)).toEqual([]);
  });

  it("reads Zoho Books' one-word 'PartiallyPaid': the column stays read, void and draft invoices are not sales", () => {
    const r = compute(
      table(
        ["Invoice Date", "Invoice Number", "Invoice Status", "Customer Name", "Item Total"],
        [
          ["2025-01-14", "INV-000001", "Paid", "Decathlon SE", "1000.00"],
          ["2025-01-20", "INV-000002", "PartiallyPaid", "Hôtel du Parc", "400.00"],
          ["2025-02-03", "INV-000003", "Void", "Michelin SCA", "700.00"],
          ["2025-03-11", "INV-000004", "Draft", "Orange Business", "300.00"],
          ["2025-03-12", "INV-000005", "Overdue", "SNCF", "200.00"],
          ["2025-03-13", "INV-000006", "Sent", "SNCF", "100.00"],
          ["2025-03-14", "INV-000007", "Unpaid", "SNCF", "50.00"],
        ],
      ),
    );
    // Issued: 1 000 + 400 (partly paid) + 200 + 100 + 50 = 1 750; Void 700 and Draft 300 never issued.
    expect(r.totals.caop.toFixed(2)).toBe("1750.00");
    expect(unread(r)).toEqual([]);
    expect(setApart(r)).toEqual([
      ["Void", 4, 1],
      ["Draft", 5, 1],
    ]);
  });

  it("reads Odoo's sale order states: quotations and cancelled orders are no sales, confirmed orders are, said", () => {
    const headers = ["Order Reference", "Order Date", "Customer", "Subtotal", "Status"];
    const en = compute(
      table(headers, [
        ["S00001", "2025-01-15", "Garage Bonnet", "6245.00", "Quotation Sent"],
        ["S00002", "2025-01-16", "Lycée Jean Moulin", "34.99", "Quotation"],
        ["S00003", "2025-01-17", "Cabinet Lambert", "449.50", "Cancelled"],
        ["S00004", "2025-01-18", "Restaurant Le Carnot", "1249.00", "Sales Order"],
        ["S00005", "2025-01-19", "Garage Bonnet", "89.90", "Locked"],
      ]),
    );
    const fr = compute(
      table(headers, [
        ["S00001", "2025-01-15", "Garage Bonnet", "6245.00", "Devis envoyé"],
        ["S00002", "2025-01-16", "Lycée Jean Moulin", "34.99", "Devis"],
        ["S00003", "2025-01-17", "Cabinet Lambert", "449.50", "Annulé"],
        ["S00004", "2025-01-18", "Restaurant Le Carnot", "1249.00", "Bon de commande"],
        ["S00005", "2025-01-19", "Garage Bonnet", "89.90", "Verrouillé"],
      ]),
    );
    // Confirmed orders only: 1 249.00 + 89.90 = 1 338.90.
    for (const r of [en, fr]) {
      expect(r.totals.caop.toFixed(2)).toBe("1338.90");
      expect(unread(r)).toEqual([]);
      expect(setApart(r).map((s) => s[1])).toEqual([2, 3, 4]);
      const said = r.diagnostics.filter((d) => d.code === "status_order_counted");
      expect(said.map((d) => [d.row, d.column, d.severity])).toEqual([
        [5, "Status", "info"],
        [6, "Status", "info"],
      ]);
    }
  });

  it("reads PrestaShop's standard states: 'Préparation en cours' keeps the column read", () => {
    const r = compute(
      table(
        ["ID", "Référence", "Client", "Total HT", "État", "Date"],
        [
          ["1001", "XKBKNABJK", "Julie Martin", "100,00", "Préparation en cours", "13/01/2025"],
          ["1002", "OHSATSERP", "Paul Durand", "50,00", "Livré", "14/01/2025"],
          ["1003", "WKLMNPQRS", "Anne Petit", "80,00", "Annulé", "15/01/2025"],
          [
            "1004",
            "AAAABBBBC",
            "Marc Roy",
            "70,00",
            "En attente de réapprovisionnement (non payé)",
            "16/01/2025",
          ],
          ["1005", "AAAABBBBD", "Léa Roy", "60,00", "En attente de réapprovisionnement (payé)", "17/01/2025"],
          ["1006", "AAAABBBBE", "Jean Roy", "40,00", "Paiement à distance accepté", "18/01/2025"],
          ["1007", "AAAABBBBF", "Eve Roy", "30,00", "Erreur de paiement", "19/01/2025"],
        ],
      ),
    );
    // 100 (being prepared) + 50 + 60 (backorder, paid) + 40 = 250; cancelled, not paid, payment error out.
    expect(r.totals.caop.toFixed(2)).toBe("250.00");
    expect(unread(r)).toEqual([]);
    expect(setApart(r).map((s) => s[1])).toEqual([4, 5, 8]);
  });
});

describe("a CRM's deal stage (HubSpot, Salesforce): only won deals are sales", () => {
  const stages = (r: ReturnType<typeof compute>) =>
    r.diagnostics
      .filter((d) => d.code === "deal_not_won")
      .map((d) => [d.value, d.row, d.args?.count, d.severity]);

  it("HubSpot deals: Closed won counts; lost deals and open pipeline stages are set apart, each said", () => {
    const r = compute(
      table(
        ["Record ID", "Deal Name", "Deal Stage", "Close Date", "Amount", "Pipeline"],
        [
          ["1", "Deal A", "Closed won", "2025-01-10 18:59", "1000", "Sales Pipeline"],
          ["2", "Deal B", "Closed lost", "2025-01-12 10:00", "500", "Sales Pipeline"],
          ["3", "Deal C", "Appointment scheduled", "2025-01-20 10:00", "300", "Sales Pipeline"],
          ["4", "Deal D", "Closed won", "2025-02-03 10:00", "2000", "Sales Pipeline"],
          ["5", "Deal E", "Closed lost", "2025-02-04 10:00", "700", "Sales Pipeline"],
        ],
      ),
    );
    // 1 000 + 2 000 = 3 000: only the won deals were sold.
    expect(r.totals.caop.toFixed(2)).toBe("3000.00");
    expect(r.mapping.status).toBe(2);
    expect(stages(r)).toEqual([
      ["Closed lost", 3, 2, "warning"],
      ["Appointment scheduled", 4, 1, "warning"],
    ]);
  });

  it("HubSpot in French (Phase de la transaction) and Salesforce (Stage), with a company's own stage", () => {
    const fr = compute(
      table(
        [
          "ID de fiche d'informations",
          "Nom de la transaction",
          "Phase de la transaction",
          "Date de fermeture",
          "Montant",
          "Date de création",
        ],
        [
          ["16000000000", "Affaire A", "Conclue perdue", "02/01/2025 10:00", "15958,42", "03/12/2024 09:00"],
          ["16000000041", "Affaire B", "Conclue gagnée", "02/01/2025 10:00", "1370,21", "03/12/2024 09:00"],
          [
            "16000000082",
            "Affaire C",
            "Rendez-vous programmé",
            "03/01/2025 10:00",
            "500,00",
            "04/12/2024 09:00",
          ],
        ],
      ),
    );
    // 1 370,21 alone, sold on its close date (not the creation date beside it).
    expect(fr.totals.caop.toFixed(2)).toBe("1370.21");
    expect(fr.mapping.date).toBe(3);
    const sf = compute(
      table(
        ["Opportunity Name", "Stage", "Close Date", "Amount"],
        [
          ["A - Renewal", "Closed Won", "2025-01-10", "1000.00"],
          ["B - New", "Closed Lost", "2025-01-12", "500.00"],
          ["C - New", "Prospecting", "2025-01-20", "300.00"],
          ["D - New", "Negotiation/Review", "2025-01-21", "200.00"],
          ["E - New", "Demo done", "2025-01-22", "100.00"],
        ],
      ),
    );
    // 1 000 alone: every stage other than a won one is a deal not (yet) won, whatever its name.
    expect(sf.totals.caop.toFixed(2)).toBe("1000.00");
    expect(stages(sf).map((x) => x[0])).toEqual([
      "Closed Lost",
      "Prospecting",
      "Negotiation/Review",
      "Demo done",
    ]);
  });

  it("read in chunks, the won deals only in a later chunk: the same figure as the whole table", async () => {
    const t = table(
      ["Opportunity Name", "Stage", "Close Date", "Amount"],
      [
        ["A", "Prospecting", "2025-01-10", "300.00"],
        ["B", "Qualification", "2025-01-12", "500.00"],
        ["C", "Closed Won", "2025-01-20", "1000.00"],
        ["D", "Closed Lost", "2025-01-21", "200.00"],
      ],
    );
    // 1 000 alone, however the file is cut.
    for (const sizes of [[1], [2], [3]]) {
      const r = await computeChunks(source(split(t, sizes)));
      expect([sizes, r.totals.caop.toFixed(2)]).toEqual([sizes, "1000.00"]);
    }
  });

  it("a 'Stage' column with no won deal is not read as stages (a training body's course names)", () => {
    const r = compute(
      table(
        ["Date", "Stage", "Client", "Montant HT"],
        [
          ["10/01/2025", "Stage Excel avancé", "Dupont", "1200,00"],
          ["12/01/2025", "Stage management", "Martin", "800,00"],
        ],
      ),
    );
    // Both are sales: 1 200 + 800.
    expect(r.totals.caop.toFixed(2)).toBe("2000.00");
    expect(stages(r)).toEqual([]);
  });
});
