/**
 * Order-line exports (fields.ts invoicedLines, evidence/order-lines.ts): only what was invoiced is a
 * sale. Expected figures are the accountant's.
 */
import { compute } from "../../../src/core/engine";
import { table } from "./chunking";

describe("invoiced quantities", () => {
  it("reads the invoiced quantity × PU beside the ordered one, the ordered Subtotal unread", () => {
    // 4 × 389 + 20 × 45.90 + 0 × 34.99 = 1 556 + 918 = 2 474 (the Subtotal ordered: 4 982.95).
    const t = table(
      [
        "Order Reference",
        "Order Date",
        "Customer",
        "Quantity",
        "Delivered Quantity",
        "Invoiced Quantity",
        "Unit Price",
        "Subtotal",
      ],
      [
        ["S00001", "2025-01-13 10:00:00", "Menuiserie Leroy", "10.00", "4.00", "4.00", "389.00", "3890.00"],
        ["S00002", "2025-01-14 11:00:00", "Hôtel du Lac", "20.00", "20.00", "20.00", "45.90", "918.00"],
        ["S00003", "2025-01-21 09:30:00", "Cabinet Lambert", "5.00", "0.00", "0.00", "34.99", "174.95"],
      ],
    );
    const r = compute(t);
    expect(r.totals.caop.toFixed(2)).toBe("2474.00");
    expect(r.diagnostics.map((d) => d.code)).toContain("order_lines_invoiced");
  });

  it("leaves an invoice's lines with an invoiced and a free quantity as they are (Montant HT read)", () => {
    // A wholesaler's invoice: 48 billed + 2 free, Montant HT 374.40; 6 billed + 6 free, 20.18. 394.58.
    const t = table(
      [
        "Date",
        "N° facture",
        "Client",
        "Désignation",
        "Qté facturée",
        "Qté gratuite",
        "PU HT",
        "Remise %",
        "Montant HT",
      ],
      [
        [
          "18/03/2025",
          "FA1",
          "Pharmacie Saint-Jean",
          "Doliprane 1000 mg",
          "48",
          "2",
          "7,80",
          "0,00",
          "374,40",
        ],
        ["05/03/2025", "FA2", "Pharmacie Saint-Jean", "Spasfon 30 cp", "6", "6", "3,45", "2,50", "20,18"],
      ],
    );
    const r = compute(t);
    expect(r.totals.caop.toFixed(2)).toBe("394.58");
    expect(r.diagnostics.map((d) => d.code)).not.toContain("order_lines_invoiced");
  });
});
