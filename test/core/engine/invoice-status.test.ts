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
    for (const h of ["Statut", "État", "Status", "Invoice Status", "Statut facture"])
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
    ).toEqual([["status_not_invoice", 2, "Actif"]]);
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
