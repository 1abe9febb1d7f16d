/**
 * Kits printed as their parent line and their component lines (evidence/kit-components.ts): the
 * amounts prove which carries the sale. Components adding up to their priced parent detail it (not
 * counted again); a parent at 0 leaves its priced components the sale; components adding up to
 * something else prove nothing (all counted, said). Expected figures are the accountant's.
 */
import { computeChunks } from "../../../src/core/chunks";
import { compute } from "../../../src/core/engine";
import { toJson } from "../../../src/core/report";
import { source, split, table } from "./chunking";

const SAGE = [
  "Type document",
  "N° pièce",
  "Date",
  "Référence article",
  "Type ligne",
  "Désignation",
  "Quantité",
  "P.U. HT",
  "Montant HT",
];

// FA1: a table 389 and a kit 2 × 499 = 998, its components 2 × 299 + 8 × 50 = 598 + 400 = 998 (detail).
// FA2: the kit at 0, its components priced 299 + 4 × 50 = 499 (they carry the sale).
// CA OP = 389 + 998 + 0 + 299 + 200 = 1 886 (January 1 387, February 499).
const sage = table(SAGE, [
  ["Facture", "FA1", "13/01/2025", "TAB-120", "Article", "Table chêne 120x80", "1", "389,00", "389,00"],
  ["Facture", "FA1", "13/01/2025", "KIT-SALON", "Nomenclature", "Kit salon jardin", "2", "499,00", "998,00"],
  ["Facture", "FA1", "13/01/2025", "TAB-JAR", "Composant", "Table de jardin alu", "2", "299,00", "598,00"],
  ["Facture", "FA1", "13/01/2025", "CHA-JAR", "Composant", "Chaise de jardin alu", "8", "50,00", "400,00"],
  ["Facture", "FA2", "03/02/2025", "KIT-SALON", "Nomenclature", "Kit salon jardin", "1", "0,00", "0,00"],
  ["Facture", "FA2", "03/02/2025", "TAB-JAR", "Composant", "Table de jardin alu", "1", "299,00", "299,00"],
  ["Facture", "FA2", "03/02/2025", "CHA-JAR", "Composant", "Chaise de jardin alu", "4", "50,00", "200,00"],
]);

const PARENT = [
  "Date",
  "N° facture",
  "Client",
  "Article parent",
  "Article",
  "Désignation",
  "Qté",
  "PU HT",
  "Montant HT",
];

describe("kit component lines", () => {
  it("counts a priced kit once, its components detailing it, and components of a kit at 0", async () => {
    for (const r of [compute(sage), await computeChunks(source(split(sage, [4])))]) {
      expect(r.totals.caop.toFixed(2)).toBe("1886.00");
      expect(toJson(r, "en").months.map((m) => [m.period, m.caop])).toEqual([
        ["2025-01", "1387.00"],
        ["2025-02", "499.00"],
      ]);
      const d = r.diagnostics.find((x) => x.code === "kit_components");
      expect(d).toMatchObject({ row: 4, column: "Type ligne", value: "Composant" });
      expect(d?.messageEn).toContain("2 kit component line(s)");
    }
  });

  it("reads an Article parent column naming the kit line above", () => {
    // Pack 599 = 349 + 199 + 51 (detail), then a lamp 2 × 34,99. CA OP = 599 + 69,98 = 668,98.
    const t = table(PARENT, [
      [
        "13/01/2025",
        "FA1",
        "Cabinet Lambert",
        "",
        "KIT-BUREAU",
        "Pack bureau complet",
        "1",
        "599,00",
        "599,00",
      ],
      [
        "13/01/2025",
        "FA1",
        "Cabinet Lambert",
        "KIT-BUREAU",
        "BUR-140",
        "Bureau 140 cm",
        "1",
        "349,00",
        "349,00",
      ],
      ["13/01/2025", "FA1", "Cabinet Lambert", "KIT-BUREAU", "FAU-ERGO", "Fauteuil", "1", "199,00", "199,00"],
      ["13/01/2025", "FA1", "Cabinet Lambert", "KIT-BUREAU", "LAM-LED", "Lampe LED", "1", "51,00", "51,00"],
      ["20/01/2025", "FA2", "Hôtel du Lac", "", "LAM-LED", "Lampe LED bureau", "2", "34,99", "69,98"],
    ]);
    const r = compute(t);
    expect(r.totals.caop.toFixed(2)).toBe("668.98");
    expect(r.diagnostics.map((d) => d.code)).toContain("kit_components");
  });

  it("counts components that do not add up to their kit's price, and says so", () => {
    // Kit 499, its components 299 + 4 × 45 = 479: nothing proves which carries the sale.
    // Counted as written: 499 + 299 + 180 = 978.
    const t = table(SAGE, [
      [
        "Facture",
        "FA1",
        "13/01/2025",
        "KIT-SALON",
        "Nomenclature",
        "Kit salon jardin",
        "1",
        "499,00",
        "499,00",
      ],
      [
        "Facture",
        "FA1",
        "13/01/2025",
        "TAB-JAR",
        "Composant",
        "Table de jardin alu",
        "1",
        "299,00",
        "299,00",
      ],
      [
        "Facture",
        "FA1",
        "13/01/2025",
        "CHA-JAR",
        "Composant",
        "Chaise de jardin alu",
        "4",
        "45,00",
        "180,00",
      ],
    ]);
    const r = compute(t);
    expect(r.totals.caop.toFixed(2)).toBe("978.00");
    const d = r.diagnostics.find((x) => x.code === "kit_components_counted");
    expect(d).toMatchObject({ row: 2, column: "Type ligne", value: "Nomenclature" });
    expect(d?.messageEn).toContain("add up to 479.00, not its price 499.00");
  });

  it("does not read a parent column naming no line above as a kit (a shop's variations)", () => {
    // A mug 12, then two T-shirts of parent TSHIRT 20 + 20 (no TSHIRT row): all sales, 52.
    const t = table(
      ["Order Date", "Order ID", "Item Name", "Parent SKU", "Quantity", "Line Total"],
      [
        ["2025-01-13", "7001", "Mug", "", "1", "12.00"],
        ["2025-01-13", "7001", "T-shirt M", "TSHIRT", "1", "20.00"],
        ["2025-01-13", "7001", "T-shirt L", "TSHIRT", "1", "20.00"],
      ],
    );
    const r = compute(t);
    expect(r.totals.caop.toFixed(2)).toBe("52.00");
    expect(r.diagnostics.map((d) => d.code)).not.toContain("kit_components");
  });
});
