/**
 * Value fields of a profitability report (SAP CO-PA KE24 / KE30 line items): each line holds its
 * revenue (`Chiffre d'affaires`, `Revenue`) and each deduction in a column of its own (`Remise client`,
 * `Remise quantitative`, `Customer Discount`, `Rebates`), beside a cash discount (`Escompte`, `Cash
 * Discount`: a financial charge, 665 in the PCG) and the cost of sales. The mapping names one column
 * per deduction kind; a further column whose header names a deduction of a kind is read as well (its
 * kind from its header, its cells as money), and the reading is said. A cash discount column is never
 * a deduction: it is said not read.
 *
 * Proven from the headers: two or more deduction columns beside one amount are measures side by side,
 * so the revenue beside them is before them (gross): a net amount would hold them already, and no
 * report writes a net beside several deductions without a gross. Each such reading has its note.
 */
import { cellText, isBlank } from "../../cells";
import { diag, DIAG } from "../../diagnostics";
import { containsPhrase, normalizeText } from "../../text";
import { CASH_DISCOUNT_WORDS } from "../../fields";
import { rowNumberOf, type Diagnostic, type Mapping, type RawTable } from "../../types";

/** Index of a deduction kind in a line's per-line deductions: 0 discount, 1 rebate, 2 return. */
export type DeductionSlot = 0 | 1 | 2;

/** A further deduction column: its index, its header and its kind's slot. */
export interface ValueField {
  col: number;
  header: string;
  slot: DeductionSlot;
}

/** The mapped per-line deduction fields, in slot order. */
const MAPPED = ["discount_amount", "rebate_amount", "return_amount"] as const;

/** Words of a deduction column's header, by slot (FR and EN, normalized). */
const DEDUCTION_WORDS: readonly (readonly string[])[] = [
  ["remise", "remises", "discount", "discounts", "reduction", "reductions"],
  ["rabais", "ristourne", "ristournes", "rebate", "rebates"],
  ["retour", "retours", "return", "returns", "avoir", "avoirs"],
];

/**
 * Headers that name something else than a deduction's money: its rate, code, type, name, reason,
 * date, or the tax on it (Amazon's "taxes sur les rabais promotionnels").
 */
const NOT_MONEY_WORDS: readonly string[] = [
  "taxe",
  "taxes",
  "tax",
  "tva",
  "vat",
  "taux",
  "rate",
  "pourcentage",
  "percent",
  "pct",
  "code",
  "codes",
  "type",
  "nom",
  "name",
  "libelle",
  "description",
  "motif",
  "reason",
  "raison",
  "compte",
  "account",
  "date",
  "id",
  "numero",
  "number",
  "no",
  "qte",
  "quantite",
  "quantity",
  "lineitem",
  "item",
  "ligne",
  "line",
  "fee",
  "fees",
  "frais",
  "commission",
  // A flag or a setting about the deduction ("Is Discount Before Tax", "Discount Type", "Niveau remise").
  "is",
  "before",
  "after",
  "avant",
  "apres",
  "level",
  "niveau",
  "mode",
];

/** Words of a revenue value field ("Chiffre d'affaires", "Revenue", "Ventes"): the measure its deductions are taken off. */
const REVENUE_WORDS: readonly string[] = [
  "ventes",
  "vente",
  "sales",
  "ca",
  "chiffre d affaires",
  "revenue",
  "revenues",
  "turnover",
];

/** Whether a header names revenue (a value field's), not an invoice's or an item's amount. */
export function isRevenueHeader(header: string): boolean {
  const h = normalizeText(header);
  return REVENUE_WORDS.some((w) => containsPhrase(h, w));
}

/**
 * The further deduction columns beside a revenue amount and at least one mapped deduction column:
 * unmapped columns whose header names a deduction kind and nothing else (its rate, code, a flag).
 */
export function deductionValueFields(headers: readonly string[], map: Mapping): ValueField[] {
  if (map.amount === undefined || !MAPPED.some((f) => map[f] !== undefined)) return [];
  if (!isRevenueHeader(String(headers[map.amount] ?? ""))) return [];
  const mapped = new Set(Object.values(map));
  const out: ValueField[] = [];
  headers.forEach((raw, col) => {
    if (mapped.has(col) || String(raw ?? "").includes("%")) return;
    const h = normalizeText(String(raw ?? ""));
    if (CASH_DISCOUNT_WORDS.some((w) => containsPhrase(h, w))) return;
    if (NOT_MONEY_WORDS.some((w) => containsPhrase(h, w))) return;
    const slot = DEDUCTION_WORDS.findIndex((words) => words.some((w) => containsPhrase(h, w)));
    if (slot >= 0) out.push({ col, header: String(raw), slot: slot as DeductionSlot });
  });
  return out;
}

/** The number of deduction columns read beside the amount: the mapped ones and the further ones. */
export function deductionColumnCount(headers: readonly string[], map: Mapping): number {
  return MAPPED.filter((f) => map[f] !== undefined).length + deductionValueFields(headers, map).length;
}

/** The notes of a value-field reading: each further deduction column and each cash discount column not read. */
export function valueFieldNotes(table: RawTable, map: Mapping, diagnostics: Diagnostic[]): void {
  if (map.amount === undefined) return;
  for (const f of deductionValueFields(table.headers, map)) {
    const proof = firstFilled(table, f.col);
    const spec = [DIAG.valueFieldDiscount, DIAG.valueFieldRebate, DIAG.valueFieldReturn][f.slot];
    const amount = table.headers[map.amount] ?? "";
    diagnostics.push(
      diag(spec, { row: proof.row, column: f.header, value: proof.value, args: { revenue: amount } }),
    );
  }
  const mapped = new Set(Object.values(map));
  table.headers.forEach((raw, col) => {
    const h = normalizeText(String(raw ?? ""));
    if (mapped.has(col) || !CASH_DISCOUNT_WORDS.some((w) => containsPhrase(h, w))) return;
    const proof = firstFilled(table, col);
    diagnostics.push(
      diag(DIAG.cashDiscountUnread, { row: proof.row, column: String(raw), value: proof.value }),
    );
  });
}

/** The first cell of column `col` holding something other than zero (else row 0, ""): the example said. */
function firstFilled(table: RawTable, col: number): { row: number; value: string } {
  for (let i = 0; i < table.rows.length; i++) {
    const cell = table.rows[i]?.[col];
    if (isBlank(cell)) continue;
    const value = cellText(cell);
    if (/[1-9]/.test(value)) return { row: rowNumberOf(table, i), value };
  }
  return { row: 0, value: "" };
}
