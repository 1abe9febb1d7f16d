/** Generated sales tables for benchmarks: a realistic mix of accounts, kinds, segments and amount forms. */
import type { CellValue, RawTable } from "../../src/core/types";

export const BENCH_ACCOUNTS = [
  ["706000", "Prestation de services"],
  ["706100", "Abonnement mensuel"],
  ["707000", "Vente de marchandises"],
  ["701000", "Vente produits finis"],
  ["708500", "Port facturé"],
  ["709000", "Remise fidélité"],
  ["709100", "Rabais qualité"],
  ["709700", "Avoir retour client"],
  ["740000", "Subvention d'exploitation"],
  ["761000", "Intérêts créditeurs"],
  ["775000", "Cession immobilisation"],
  ["771000", "Produit exceptionnel"],
  ["791000", "Transfert de charges"],
  ["411000", "Client"],
] as const;
/** Weights: mostly sales, some deductions, a few excluded and non-revenue lines. */
const WEIGHTS = [30, 20, 20, 10, 3, 5, 2, 2, 1, 1, 1, 1, 1, 3];
export const SEGMENTS = Array.from(
  { length: 40 },
  (_, i) => `Segment ${String.fromCharCode(65 + (i % 26))}${i >= 26 ? 2 : ""}`,
);
export const PEOPLE = Array.from({ length: 50 }, (_, i) => `Commercial ${i + 1}`);
export const HEADERS = [
  "Date",
  "N° pièce",
  "Compte",
  "Libellé",
  "Segment",
  "Commercial",
  "Client",
  "Montant HT",
];

/** Deterministic PRNG so every run measures the same table. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const cumulative = WEIGHTS.map(
  (
    (s) => (w: number) =>
      (s += w)
  )(0),
);
const totalWeight = cumulative[cumulative.length - 1];

/** `n` rows × 8 columns as Excel passes them: date serials, numbers, and ~10 % French text amounts. */
export function makeTable(n: number, seed = 1): RawTable {
  const rnd = prng(seed);
  const rows: CellValue[][] = new Array(n);
  const start = 45292; // 2024-01-01
  for (let i = 0; i < n; i++) {
    const w = rnd() * totalWeight;
    let a = 0;
    while (cumulative[a] <= w) a++;
    const [account, label] = BENCH_ACCOUNTS[a];
    const cents = 1000 + Math.floor(rnd() * 5_000_000);
    const asText = rnd() < 0.1;
    const euros = Math.floor(cents / 100);
    const amount: CellValue = asText
      ? `${euros.toString().replace(/\B(?=(\d{3})+(?!\d))/g, "\u00a0")},${String(cents % 100).padStart(2, "0")}`
      : cents / 100;
    rows[i] = [
      start + Math.floor(rnd() * 730),
      `F${i}`,
      account,
      label,
      SEGMENTS[Math.floor(rnd() * SEGMENTS.length)],
      PEOPLE[Math.floor(rnd() * PEOPLE.length)],
      `Client ${Math.floor(rnd() * 2000)}`,
      amount,
    ];
  }
  return { headers: HEADERS, rows, firstRow: 2, source: "bench" };
}
