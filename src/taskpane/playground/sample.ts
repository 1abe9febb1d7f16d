/**
 * The playground's bundled sample: a realistic French sales ledger of a furniture and textile maker
 * over 15 months (January 2024 – March 2025), as Excel gives it (date serials, numbers): several
 * segments, salespeople, clients and products, 709 deductions (remises, rabais, avoirs), one line of
 * every excluded reason under both charts of accounts, lines to review and one #N/A amount.
 * Deterministic: the same rows every time (the e2e test recomputes them with the engine).
 */
import { ymdToSerial } from "../../core/dates";
import { mulberry32 } from "../../core/qc";
import type { CellValue } from "../../core/types";

/** Headers of the sample's sales sheet, as a French ERP export names them. */
export const SAMPLE_HEADERS = [
  "Date pièce",
  "N° pièce",
  "Compte",
  "Libellé",
  "Segment",
  "Commercial",
  "Client",
  "Produit",
  "Montant HT",
] as const;

/** Name of the sample's data sheet. */
export const SAMPLE_SHEET = "Ventes";

/** Segments with their products, sales account, typical label and base amount of a line (euros). */
const SEGMENTS = [
  {
    name: "Mobilier",
    account: "701000",
    label: "Vente mobilier",
    products: ["Canapé Lin", "Table chêne", "Bibliothèque"],
    base: 4200,
  },
  {
    name: "Textile",
    account: "701100",
    label: "Vente textile",
    products: ["Rideaux velours", "Linge de lit"],
    base: 1800,
  },
  {
    name: "Services",
    account: "706000",
    label: "Prestation pose",
    products: ["Pose cuisine", "Maintenance"],
    base: 950,
  },
  {
    name: "Logiciels",
    account: "706500",
    label: "Abonnement logiciel",
    products: ["Licence atelier", "Formation"],
    base: 600,
  },
] as const;

const SALESPEOPLE = ["Claire Martin", "Hugo Bernard", "Inès Petit", "Julien Roux"] as const;
const CLIENTS = [
  "Dupont SARL",
  "Atelier Morel",
  "Café des Arts",
  "Hôtel Bellevue",
  "Lycée Jean-Moulin",
  "Mairie de Bron",
  "Boutique Lémanique",
] as const;

/** Lines outside CA OP or to review: one of every excluded reason (both charts), on fixed dates. */
const SPECIAL_LINES: readonly {
  y: number;
  m: number;
  d: number;
  account: string;
  label: string;
  amount: number;
}[] = [
  { y: 2024, m: 3, d: 12, account: "775000", label: "Cession terrain Villeurbanne", amount: 250000 },
  { y: 2025, m: 2, d: 14, account: "757100", label: "Cession machine de découpe", amount: 18500 },
  { y: 2024, m: 4, d: 20, account: "740000", label: "Subvention région Auvergne-Rhône-Alpes", amount: 35000 },
  { y: 2025, m: 1, d: 30, account: "758700", label: "Indemnité assurance dégât des eaux", amount: 7420.5 },
  { y: 2024, m: 5, d: 15, account: "761000", label: "Intérêts compte à terme", amount: 1234.56 },
  { y: 2024, m: 11, d: 29, account: "766000", label: "Gains de change USD", amount: 312.4 },
  { y: 2024, m: 9, d: 27, account: "771800", label: "Produit exceptionnel litige fournisseur", amount: 9800 },
  { y: 2024, m: 12, d: 31, account: "699000", label: "Crédit d'impôt recherche CIR 2023", amount: 42000 },
  { y: 2024, m: 6, d: 30, account: "781500", label: "Reprise sur provisions clients douteux", amount: 5600 },
  { y: 2024, m: 7, d: 18, account: "708800", label: "Refacturation frais de transport", amount: 2500 },
  { y: 2024, m: 10, d: 8, account: "708800", label: "Refacturation frais d'emballage", amount: 640 },
  { y: 2025, m: 3, d: 6, account: "708800", label: "Refacturation frais de déplacement", amount: 1180 },
];

/** Deductions booked each month on 709 (kind from the label), amounts in euros as % of sales. */
const DEDUCTIONS = [
  { label: "Remise fidélité", rate: 0.03 },
  { label: "Rabais défaut d'aspect", rate: 0.01 },
  { label: "Avoir retour marchandise", rate: 0.015 },
] as const;

/** Rounds euros to cents exactly (integer cents, then back to a 2-decimal number). */
function euros(x: number): number {
  return Math.round(x * 100) / 100;
}

/** The sample's rows (without the header): 15 months of sales, deductions and special lines. */
export function sampleRows(): CellValue[][] {
  const rnd = mulberry32(20250331);
  const out: { serial: number; year: number; row: CellValue[] }[] = [];
  const push = (
    y: number,
    m: number,
    d: number,
    account: string,
    label: string,
    seg: string,
    who: string,
    client: string,
    product: string,
    amount: CellValue,
  ): void => {
    const serial = ymdToSerial(y, m, d, false);
    out.push({ serial, year: y, row: [serial, "", account, label, seg, who, client, product, amount] });
  };
  for (let k = 0; k < 15; k++) {
    const y = 2024 + Math.floor(k / 12);
    const m = (k % 12) + 1;
    let monthSales = 0;
    SEGMENTS.forEach((seg, s) => {
      // Textile falls three months running at the end (the dashboard's alert), the rest grows slowly.
      const falling = seg.name === "Textile" && k >= 12;
      const trend = falling ? [0.72, 0.52, 0.38][k - 12] : 1 + k * 0.01;
      const count = falling ? 7 : 6 + ((k + s) % 3);
      for (let i = 0; i < count; i++) {
        const amount = euros(seg.base * trend * (0.6 + rnd() * 0.8));
        monthSales += amount;
        push(
          y,
          m,
          1 + Math.floor(rnd() * 27),
          seg.account,
          seg.label,
          seg.name,
          SALESPEOPLE[(s + i + k) % SALESPEOPLE.length],
          CLIENTS[Math.floor(rnd() * CLIENTS.length)],
          seg.products[i % seg.products.length],
          amount,
        );
      }
    });
    DEDUCTIONS.forEach((ded, j) => {
      const seg = SEGMENTS[(k + j) % SEGMENTS.length];
      const amount = euros(monthSales * ded.rate * (0.8 + rnd() * 0.4));
      // Avoirs come out of the ERP negative, remises and rabais positive: the engine takes the magnitude.
      push(
        y,
        m,
        28,
        "709000",
        ded.label,
        seg.name,
        SALESPEOPLE[(k + j) % SALESPEOPLE.length],
        CLIENTS[(k + j) % CLIENTS.length],
        seg.products[0],
        j === 2 ? -amount : amount,
      );
    });
  }
  for (const l of SPECIAL_LINES) push(l.y, l.m, l.d, l.account, l.label, "", "", "", "", l.amount);
  // An amount lost by a broken lookup in the export: diagnosed, never counted.
  push(2024, 8, 21, "706000", "Prestation pose", "Services", SALESPEOPLE[2], CLIENTS[2], "Pose cuisine", {
    error: "#N/A",
  });
  out.sort((a, b) => a.serial - b.serial);
  return out.map((o, i) => {
    o.row[1] = `FA-${o.year}-${String(i + 1).padStart(4, "0")}`;
    return o.row;
  });
}

/**
 * A large regular ledger for performance runs: `lines` rows with the sample's headers, spread over 24
 * months, 40 segments and 12 salespeople, one 709 deduction every 50 lines.
 */
export function largeSampleRows(lines: number): CellValue[][] {
  const rows: CellValue[][] = new Array(lines);
  for (let i = 0; i < lines; i++) {
    const k = i % 24;
    const deduction = i % 50 === 49;
    const cents = 10_000 + ((i * 7919) % 900_000);
    rows[i] = [
      ymdToSerial(2023 + Math.floor(k / 12), (k % 12) + 1, 1 + (i % 28), false),
      `FA-${String(i + 1).padStart(7, "0")}`,
      deduction ? "709000" : "706000",
      deduction ? "Remise commerciale" : "Prestation",
      `Segment ${String((Math.floor(i / 24) % 40) + 1).padStart(2, "0")}`,
      `Commercial ${String(((i * 7) % 12) + 1).padStart(2, "0")}`,
      `Client ${(i % 1000) + 1}`,
      `Produit ${(i % 40) + 1}`,
      (deduction ? Math.floor(cents / 10) : cents) / 100,
    ];
  }
  return rows;
}
