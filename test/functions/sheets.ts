/**
 * Ranges as Excel passes them to custom functions (header row first, dates as serials, numbers as
 * numbers, empty cells as ""), for the article's three examples and small hand-made tables.
 */

/** Excel serial (1900 system) of a calendar day. */
export function serial(y: number, m: number, d: number): number {
  return (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

/** Furniture maker: sales 4 000 000, discounts 150 000, sale of land → CA OP 3 850 000. */
export const FURNITURE: unknown[][] = [
  ["Date", "Compte", "Libellé", "Montant HT"],
  [serial(2025, 1, 15), 701000, "Ventes de meubles", 4000000],
  [serial(2025, 1, 20), 709000, "Remises accordées", 150000],
  [serial(2025, 1, 25), 775000, "Cession terrain zone industrielle", 900000],
];

/** B2B SaaS: subscriptions 450 000, subsidy 50 000 → CA OP 450 000. */
export const SAAS: unknown[][] = [
  ["Date", "Libellé", "Nature", "Montant HT"],
  [serial(2025, 3, 31), "Abonnements SaaS T1", "Vente", 450000],
  [serial(2025, 3, 31), "Subvention Bpifrance innovation", "Subvention", 50000],
];

/** Textile: 1 050 000 of which warehouse sale 150 000 and tax credit 100 000 → CA OP 800 000. */
export const TEXTILE: unknown[][] = [
  ["Date", "Compte", "Libellé", "Montant HT"],
  [serial(2025, 6, 30), 701100, "Ventes tissus", 800000],
  [serial(2025, 6, 30), 757000, "Vente entrepôt de Roubaix", 150000],
  [serial(2025, 6, 30), 747000, "Crédit d'impôt recherche (CIR)", 100000],
];

/** A deep copy (functions normalise their argument in place, as they may with Excel's own copy). */
export function copy(m: unknown[][]): unknown[][] {
  return m.map((r) => [...r]);
}

/**
 * Monthly sales by segment and salesperson: Mobilier falls 20 % then 25 % (an alert at two months),
 * Textile falls once, Services grows. Amounts in cents-exact numbers; one 709 discount line.
 */
export function segmentsTable(): unknown[][] {
  const rows: unknown[][] = [["Date", "Compte", "Libellé", "Segment", "Commercial", "Montant HT"]];
  const plan: Record<string, number[]> = {
    Mobilier: [1000, 1000, 800, 600, 600],
    Textile: [500, 500, 400, 420, 430],
    Services: [300, 330, 360, 400, 440],
  };
  const people: Record<string, string> = { Mobilier: "Alice", Textile: "Bruno", Services: "Alice" };
  for (const [segment, amounts] of Object.entries(plan)) {
    amounts.forEach((a, i) => {
      rows.push([
        serial(2025, i + 1, 10),
        701000,
        `Vente ${segment}`,
        segment,
        people[segment],
        a * 100 + 0.25,
      ]);
    });
  }
  rows.push([serial(2025, 2, 28), 709000, "Remise fin de mois", "Services", "Alice", 10.1]);
  return rows;
}
