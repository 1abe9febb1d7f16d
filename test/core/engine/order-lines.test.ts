/**
 * Order-line exports (fields.ts invoicedLines, evidence/order-lines.ts): only what was invoiced is a
 * sale. Expected figures are the accountant's.
 */
import { computeChunks } from "../../../src/core/chunks";
import { compute } from "../../../src/core/engine";
import { source, split, table } from "./chunking";

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

describe("line stages", () => {
  it("read in chunks: a later chunk of Facturée and Livrée lines only reads the stage the first proved (review)", async () => {
    // Facturée 778 + 459 = 1 237; Livrée 367.20 and 500, En commande 69.98: no sales.
    const t = table(
      ["N° commande", "Date", "Client", "Désignation", "Qté", "PU HT", "Montant HT", "Statut ligne"],
      [
        ["CC1", "13/03/2025", "Leroy", "Table chêne", "2", "389,00", "778,00", "Facturée"],
        ["CC2", "20/03/2025", "Hôtel du Lac", "Lampe LED", "2", "34,99", "69,98", "En commande"],
        ["CC1", "13/03/2025", "Leroy", "Chaise hêtre", "8", "45,90", "367,20", "Livrée"],
        ["CC4", "03/04/2025", "Camping", "Chaise hêtre", "10", "45,90", "459,00", "Facturée"],
        ["CC5", "04/04/2025", "Petit", "Bureau", "1", "500,00", "500,00", "Livrée"],
      ],
    );
    expect(compute(t).totals.caop.toFixed(2)).toBe("1237.00");
    for (const sizes of [[2], [3], [1, 1]]) {
      const r = await computeChunks(source(split(t, sizes)));
      expect([sizes, r.totals.caop.toFixed(2)]).toEqual([sizes, "1237.00"]);
    }
  });
});
