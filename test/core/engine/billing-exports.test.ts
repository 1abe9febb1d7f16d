/**
 * Invoicing, billing and ERP exports as they come out (round 24a): their tax, net-of-tax, euro and
 * credit-note columns under the software's own names. Expected figures are the accountant's, written
 * from each file before the code read it.
 */
import { computeChunks } from "../../../src/core/chunks";
import { compute } from "../../../src/core/engine";
import { detectMapping } from "../../../src/core/fields";
import { source, split, table } from "./chunking";

const caop = (t: ReturnType<typeof table>): string => compute(t).totals.caop.toFixed(2);
const codes = (t: ReturnType<typeof table>): string[] => compute(t).diagnostics.map((d) => d.code);

describe("tax columns under the billing software's names", () => {
  it("Chargebee's Amount with its Tax: read before tax", () => {
    // 120 − 20, 240 − 40, 60 − 10: 350.
    const t = table(
      ["Invoice Number", "Invoice Date", "Status", "Currency", "Amount", "Tax"],
      [
        ["1", "2025-01-10", "Paid", "EUR", "120.00", "20.00"],
        ["2", "2025-01-11", "Paid", "EUR", "240.00", "40.00"],
        ["3", "2025-02-12", "Paid", "EUR", "60.00", "10.00"],
      ],
    );
    expect(caop(t)).toBe("350.00");
    expect(codes(t)).toContain("amount_includes_vat");
  });

  it("PayPal's French activity: Brut less its Montant de la taxe", () => {
    // (120 − 20) + (60 − 10): 150; the fee is a charge, not a deduction.
    const t = table(
      ["Date", "Nom", "Type", "État", "Devise", "Brut", "Frais", "Net", "Montant de la taxe"],
      [
        [
          "15/01/2025",
          "Jean",
          "Paiement Express Checkout",
          "Terminé",
          "EUR",
          "120,00",
          "-3,83",
          "116,17",
          "20,00",
        ],
        [
          "22/01/2025",
          "Luc",
          "Paiement Express Checkout",
          "Terminé",
          "EUR",
          "60,00",
          "-2,09",
          "57,91",
          "10,00",
        ],
      ],
    );
    expect(caop(t)).toBe("150.00");
  });

  it("Stripe's Total beside its Tax, and a till's Total | TVA: read before tax", () => {
    // 120 − 20 + 240 − 40: 300.
    const stripe = table(
      ["id", "Status", "Date (UTC)", "Tax", "Total", "Currency"],
      [
        ["in_1", "paid", "2025-01-10 10:00:00", "20.00", "120.00", "eur"],
        ["in_2", "paid", "2025-01-12 10:00:00", "40.00", "240.00", "eur"],
      ],
    );
    expect(caop(stripe)).toBe("300.00");
    // 12.00 with 2.00 VAT, 60.00 with 10.00: 10 + 50 = 60.
    const till = table(
      ["Date", "Numéro de reçu", "Produit", "Total", "TVA"],
      [
        ["10/01/2025", "R1", "Café", "12,00", "2,00"],
        ["11/01/2025", "R2", "Repas", "60,00", "10,00"],
      ],
    );
    expect(caop(till)).toBe("60.00");
    // A Total with no tax column says nothing of its tax: still refused.
    expect(detectMapping(["Date", "Client", "Total"]).missing).toEqual(["amount"]);
    // "Tax Code" is no tax amount.
    expect(detectMapping(["Date", "Amount", "Tax Code"]).mapping.vat_amount).toBeUndefined();
  });

  it("Odoo's signed columns Taxes signées | Total signé: the credit note negative, read before tax", () => {
    // 1 200 − 200 + 550 − 50 − (120 − 20): 1 400.
    const t = table(
      ["Numéro", "Date de facturation", "Taxes signées", "Total signé", "Statut"],
      [
        ["FAC/1", "15/01/2025", "200,00", "1 200,00", "Comptabilisé"],
        ["FAC/2", "22/01/2025", "50,00", "550,00", "Comptabilisé"],
        ["RFAC/1", "28/01/2025", "-20,00", "-120,00", "Comptabilisé"],
      ],
    );
    expect(caop(t)).toBe("1400.00");
  });
});

describe("a subtotal beside a discount column, with the invoice's Total and Tax (Stripe)", () => {
  it("reads the Total less its tax, after the discount, with a note; the void invoice set apart", () => {
    // in_1: 120 − 20 = 100; in_2: (200 − 20 discount) = 180 (216 − 36); in_3 void: 280.
    const t = table(
      ["id", "Status", "Date (UTC)", "Subtotal", "Total Discount Amount", "Tax", "Total", "Currency"],
      [
        ["in_1", "paid", "2025-01-10 10:00:00", "100.00", "0.00", "20.00", "120.00", "eur"],
        ["in_2", "paid", "2025-01-12 10:00:00", "200.00", "20.00", "36.00", "216.00", "eur"],
        ["in_3", "void", "2025-01-14 10:00:00", "50.00", "0.00", "10.00", "60.00", "eur"],
      ],
    );
    expect(caop(t)).toBe("280.00");
    const note = compute(t).diagnostics.find((d) => d.code === "subtotal_beside_total");
    expect(note?.messageEn).toContain('the sale is read from "Total"');
    // Without a tax column, which side of the discount the subtotal is stays unknown: refused.
    expect(detectMapping(["Date", "Subtotal", "Discount Amount", "Total"]).missing).toEqual(["amount"]);
  });
});

describe("net-of-tax and company-currency columns", () => {
  it("NetSuite's Amount (Net of Tax) beside its Amount with tax, or alone", () => {
    // 1 000 + 500 − 100: 1 400.
    const rows = [
      ["1/10/2025", "Invoice", "INV1", "1,200.00", "1,000.00"],
      ["1/12/2025", "Invoice", "INV2", "600.00", "500.00"],
      ["1/20/2025", "Credit Memo", "CM1", "-120.00", "-100.00"],
    ];
    const both = table(["Date", "Type", "Document Number", "Amount", "Amount (Net of Tax)"], rows);
    expect(caop(both)).toBe("1400.00");
    const alone = table(
      ["Date", "Type", "Document Number", "Amount (Net of Tax)"],
      rows.map((r) => [r[0], r[1], r[2], r[4]]),
    );
    expect(caop(alone)).toBe("1400.00");
  });

  it("Business Central's posted invoice lines: Line Amount Excl. VAT, after the line's discount", () => {
    // 2 × 100 less 10 % = 180, and 500: 680.
    const t = table(
      [
        "Document No.",
        "Posting Date",
        "Type",
        "Description",
        "Quantity",
        "Unit Price Excl. VAT",
        "Line Discount %",
        "Line Amount Excl. VAT",
      ],
      [
        ["PSI1", "15/01/2025", "Item", "Chaise", "2", "100,00", "10", "180,00"],
        ["PSI1", "15/01/2025", "Resource", "Consultant", "1", "500,00", "0", "500,00"],
      ],
    );
    expect(caop(t)).toBe("680.00");
    // Beside the invoice discount and BC's Amount (after both discounts): the Amount is read.
    // 810 − 40.50 = 769.50, and 480 − 24 = 456: 1 225.50.
    const both = table(
      ["Document No.", "Posting Date", "Quantity", "Line Amount Excl. VAT", "Inv. Discount Amount", "Amount"],
      [
        ["103001", "10/01/2025", "2", "810", "40.5", "769.5"],
        ["103001", "10/01/2025", "4", "480", "24", "456"],
      ],
    );
    expect(caop(both)).toBe("1225.50");
  });

  it("the euro column beside each invoice's own currency (Devise | Montant HT | Montant HT (EUR))", () => {
    // 1 000 + 923.40 (the USD invoice in euros) + 500: 2 423.40.
    const t = table(
      ["Numéro de facture", "Date de facturation", "Devise", "Montant HT", "Montant HT (EUR)"],
      [
        ["F1", "15/01/2025", "EUR", "1 000,00", "1 000,00"],
        ["F2", "22/01/2025", "USD", "1 000,00", "923,40"],
        ["F3", "28/01/2025", "EUR", "500,00", "500,00"],
      ],
    );
    expect(caop(t)).toBe("2423.40");
  });

  it("a CRM's won deals are dated by their Close Date, not their Fiscal Period", () => {
    const m = detectMapping(["Opportunity Name", "Stage", "Close Date", "Amount", "Fiscal Period"]);
    expect(m.mapping.date).toBe(2);
  });
});

describe("a list of credit notes alone (Chargebee's credit notes export)", () => {
  // Two credit notes written positive with their tax: −(120 − 20) − (60 − 10) = −150.
  const t = table(
    [
      "Credit Note Id",
      "Reference Invoice Id",
      "Date",
      "Type",
      "Status",
      "Currency",
      "Amount",
      "Tax",
      "Amount Refunded",
    ],
    [
      // The first credit note paid back to the customer: its refund is that credit note, not another.
      ["CN-1", "1001", "2025-01-10", "Refundable", "Refunded", "EUR", "120.00", "20.00", "120.00"],
      ["CN-2", "1002", "2025-01-15", "Adjustment", "Adjusted", "EUR", "60.00", "10.00", "0.00"],
    ],
  );

  it("is read by its number column as credit notes: subtracted, said", async () => {
    expect(caop(t)).toBe("-150.00");
    const said = compute(t).diagnostics.find((d) => d.code === "credit_note_section_read");
    expect(said?.messageEn).toContain('number column "Credit Note Id"');
    // The same in chunks.
    const chunked = await computeChunks(source(split(t, [1])));
    expect(chunked.totals.caop.toFixed(2)).toBe("-150.00");
  });

  it("never takes a credit note's number for an amount; an invoice list stays sales", () => {
    expect(detectMapping(t.headers).mapping.id).toBe(0);
    const invoices = table(
      ["N° facture", "Date", "Client", "Montant HT"],
      [["FA-1", "10/01/2025", "Dupont", "100,00"]],
    );
    expect(caop(invoices)).toBe("100.00");
  });
});

describe("Zoho Books' credit notes export (round 25a)", () => {
  // Credit notes written positive, an account column of names ("Sales"): CN-1 100 and CN-2 50
  // subtract, CN-3 void and CN-4 draft were never issued. CA OP = −100 − 50 = −150.
  const t = table(
    [
      "Credit Note Date",
      "CreditNote Number",
      "Credit Note Status",
      "Customer Name",
      "Currency Code",
      "Reference#",
      "Item Name",
      "Item Total",
      "Account",
    ],
    [
      [
        "2025-01-14",
        "CN-00001",
        "Closed",
        "Decathlon SE",
        "EUR",
        "INV-000699",
        "Extra user seat",
        "100.00",
        "Sales",
      ],
      [
        "2025-02-03",
        "CN-00002",
        "Open",
        "Hôtel du Parc",
        "EUR",
        "INV-000672",
        "Extra user seat",
        "50.00",
        "Sales",
      ],
      ["2025-02-04", "CN-00003", "Void", "SNCF", "EUR", "INV-000673", "Extra user seat", "70.00", "Sales"],
      ["2025-02-05", "CN-00004", "Draft", "SNCF", "EUR", "INV-000674", "Extra user seat", "30.00", "Sales"],
    ],
  );

  it("takes 'Credit Note Date' as the date and 'CreditNote Number' as credit notes' numbers: subtracted, said", () => {
    const m = detectMapping(t.headers).mapping;
    expect([m.date, m.id, m.status, m.credit]).toEqual([0, 1, 2, undefined]);
    const r = compute(t);
    expect(r.totals.caop.toFixed(2)).toBe("-150.00");
    const said = r.diagnostics.find((d) => d.code === "credit_note_section_read");
    expect(said?.messageEn).toContain('number column "CreditNote Number"');
  });
});

describe("a builder's progress invoices kept cumulative (round 24b)", () => {
  it("never reads the contract's value nor a running total as a line's sale: refused, not summed", () => {
    // Cumulative 20 000, 50 000, 80 000 on a 100 000 contract: summing either column is wrong
    // (300 000 or 150 000), so the amount is missing.
    expect(
      detectMapping([
        "Chantier",
        "Client",
        "N° situation",
        "Date situation",
        "Montant marché HT",
        "Cumul travaux HT",
      ]).missing,
    ).toEqual(["amount"]);
    expect(detectMapping(["Chantier", "Date", "Marché HT", "Cumul facturé HT"]).missing).toEqual(["amount"]);
    // A situation's own amount beside them is read.
    const m = detectMapping(["Chantier", "Date", "Montant marché HT", "Cumul HT", "Montant HT"]);
    expect(m.mapping.amount).toBe(4);
  });
});

describe("NetSuite's transaction types", () => {
  it("reads Cash Sale as a sale, Cash Refund as a return, a Customer Deposit beside its customer's invoice as money received", () => {
    // Invoice 1 000 + cash sale 500 − cash refund 100; Acme's 300 deposit pays its invoice: 1 400.
    const t = table(
      ["Date", "Type", "Document Number", "Customer", "Amount (Net of Tax)"],
      [
        ["1/10/2025", "Invoice", "INV1", "Acme", "1,000.00"],
        ["1/12/2025", "Cash Sale", "CS1", "Beta", "500.00"],
        ["1/14/2025", "Cash Refund", "CR1", "Beta", "100.00"],
        ["1/15/2025", "Customer Deposit", "DEP1", "Acme", "300.00"],
      ],
    );
    expect(caop(t)).toBe("1400.00");
  });
});

describe("Amazon's transaction reports (FR and EN, round 23)", () => {
  it("reads the product sales with the shipping credits, dated with their time zone", () => {
    // 30 + 40 of products, 5 of shipping on the second order, a 2 promotional rebate: 73; the
    // transfer and the fees are no sales.
    const fr = table(
      [
        "date/heure",
        "type",
        "sku",
        "description",
        "quantité",
        "ventes de produits",
        "taxes sur la vente des produits",
        "crédits d'expédition",
        "crédits sur l'emballage cadeau",
        "Rabais promotionnels",
        "frais de vente",
        "autre",
        "total",
      ],
      [
        [
          "5 janv. 2025 10:12:01 UTC",
          "Commande",
          "S1",
          "Gourde",
          "1",
          "30,00",
          "6,00",
          "0",
          "0",
          "0",
          "-4,50",
          "0",
          "31,50",
        ],
        [
          "20 févr. 2025 21:26:52 UTC",
          "Commande",
          "S1",
          "Gourde",
          "1",
          "40,00",
          "8,00",
          "5,00",
          "0",
          "-2,00",
          "-6,00",
          "0",
          "45,00",
        ],
        [
          "26 févr. 2025 06:54:34 UTC",
          "Transfert",
          "",
          "Vers le compte",
          "",
          "0",
          "0",
          "0",
          "0",
          "0",
          "0",
          "-70,00",
          "-70,00",
        ],
      ],
    );
    expect(caop(fr)).toBe("73.00");
    expect(codes(fr)).toContain("amount_plus_shipping");
    const en = table(
      [
        "date/time",
        "type",
        "sku",
        "description",
        "quantity",
        "product sales",
        "product sales tax",
        "shipping credits",
        "gift wrap credits",
        "selling fees",
        "other",
        "total",
      ],
      [
        [
          "Jan 5, 2025 1:02:03 AM PST",
          "Order",
          "S1",
          "Bottle",
          "1",
          "30.00",
          "6.00",
          "0",
          "0",
          "-4.50",
          "0",
          "31.50",
        ],
        [
          "Feb 2, 2025 1:02:03 AM PST",
          "Order",
          "S1",
          "Bottle",
          "1",
          "40.00",
          "8.00",
          "5.00",
          "0",
          "-6.00",
          "0",
          "47.00",
        ],
      ],
    );
    expect(caop(en)).toBe("75.00");
    expect(detectMapping(en.headers).mapping.credit).toBeUndefined();
  });

  it("reads the gift wrap credits billed to the buyer with the sales, like the shipping credits", () => {
    // 59.97 + 5.99 of shipping + 4.99 of gift wrap; a refund of 19.99 with its 3.99 of gift wrap: 46.97.
    const us = table(
      [
        "date/time",
        "type",
        "product sales",
        "shipping credits",
        "gift wrap credits",
        "giftwrap credits tax",
        "total",
      ],
      [
        ["Feb 2, 2025 8:00:14 AM PST", "Order", "59.97", "5.99", "4.99", "0.40", "49.43"],
        ["Feb 9, 2025 8:00:14 AM PST", "Refund", "-19.99", "0", "-3.99", "-0.32", "-20.00"],
      ],
    );
    expect(caop(us)).toBe("46.97");
    expect(codes(us)).toContain("amount_plus_gift_wrap");
  });
});

describe("readings that must not reach ordinary files (review of round 24)", () => {
  it("a journal's N° avoir filled on its credit notes alone is no list of credit notes", () => {
    // 1 000 + 500 of sales, a 200 credit note: 1 300.
    const t = table(
      ["Date", "N° avoir", "Client", "Libellé", "Montant HT"],
      [
        ["05/01/2024", "", "Dupont", "Vente", "1000,00"],
        ["06/01/2024", "", "Martin", "Vente", "500,00"],
        ["12/01/2024", "AV001", "Dupont", "Avoir sur facture", "-200,00"],
      ],
    );
    expect(caop(t)).toBe("1300.00");
  });

  it("a Gagné among invoice statuses, or a training firm's Stage of courses, is no CRM stage", () => {
    // Paid, won (a bid), late: all issued, 10 000.
    const statuses = table(
      ["Date", "Statut", "Client", "Montant HT"],
      [
        ["05/01/2024", "Payée", "Dupont", "3000,00"],
        ["06/01/2024", "Gagné", "Martin", "4000,00"],
        ["12/01/2024", "En retard", "Durand", "3000,00"],
      ],
    );
    expect(caop(statuses)).toBe("10000.00");
    // Courses: 1 000 + 500 + 700 = 2 200.
    const courses = table(
      ["Date", "Stage", "Client", "Montant HT"],
      [
        ["05/01/2024", "Stage gagné", "Dupont", "1000,00"],
        ["06/01/2024", "Gagné", "Martin", "500,00"],
        ["12/01/2024", "Stage Excel", "Durand", "700,00"],
      ],
    );
    expect(caop(courses)).toBe("2200.00");
  });

  it("an amount header saying it leaves shipping out is the amount", () => {
    expect(
      detectMapping(["Date", "Client", "Montant HT hors frais d'expédition", "Frais d'expédition"]).mapping
        .amount,
    ).toBe(2);
    expect(detectMapping(["Date", "Customer", "Net sales excl. shipping"]).mapping.amount).toBe(2);
    // A tourist tax's "Taxe" is no VAT column.
    expect(detectMapping(["Date", "Montant HT", "Taxe"]).mapping.vat_amount).toBeUndefined();
  });

  it("a refund's reading does not hang on the rows' order", () => {
    // C1 50 after a half refund, C2 90 after its discount, C3 refunded whole down to 0: 140, read
    // as written (C3's refund over its total proves the totals after their refunds).
    const rows = [
      ["05/01/2024", "C1", "0,00", "50,00", "50,00"],
      ["06/01/2024", "C2", "10,00", "90,00", "0,00"],
      ["07/01/2024", "C3", "0,00", "0,00", "80,00"],
    ];
    const headers = ["Date", "N° commande", "Remise", "Montant", "Remboursement"];
    expect(caop(table(headers, rows))).toBe("140.00");
    expect(caop(table(headers, [rows[2], rows[1], rows[0]]))).toBe("140.00");
  });

  it("a credit-note list with a negative line is signed in every chunk, as read whole", async () => {
    // Three positive lines and a negative one: signed, so the positive ones count as written (with a
    // warning): 10 + 10 + 10 − 10 = 20, whole or cut before the negative line.
    const t = table(
      ["Credit Note Id", "Date", "Customer", "Amount"],
      [
        ["CN0", "2024-01-01", "C0", "10.00"],
        ["CN1", "2024-01-02", "C1", "10.00"],
        ["CN2", "2024-01-03", "C2", "10.00"],
        ["CN3", "2024-01-04", "C3", "-10.00"],
      ],
    );
    expect(caop(t)).toBe("20.00");
    const chunked = await computeChunks(source(split(t, [2])));
    expect(chunked.totals.caop.toFixed(2)).toBe("20.00");
    expect(chunked.diagnostics.map((d) => d.code)).not.toContain("credit_note_section_read");
  });
});
