/**
 * A column headed like a VAT amount ("TVA", "VAT") that holds the lines' VAT rates (20 %, 0.2, 20,
 * "5,5%"): read as the rate, or a TTC amount beside it would be counted with its taxes. Proven from
 * the data: every value is a French VAT rate (or an exemption), and one at least cannot be the line's
 * VAT amount (written with %, or not the amount × a rate, TTC or HT). Said in a note.
 */
import Decimal from "decimal.js";
import { cellText, isBlank } from "../../cells";
import { diag, DIAG } from "../../diagnostics";
import { newAmountOut, readAmount, type DecimalSep } from "../../money";
import {
  rowNumberOf,
  type CellValue,
  type Diagnostic,
  type Mapping,
  type MappingOverrides,
  type RawTable,
} from "../../types";
import { VAT_RATES, vatRateOf } from "./vat-column";

/** The column proven to hold rates, and the first row that proves it (the same in every chunk). */
export interface VatRates {
  header: string;
  row: number;
  value: string;
}

/** Distinct texts a rate column may hold before it is taken for amounts. */
const MAX_TEXTS = 24;

/** The decimal mark a lone number text reads with: "," when it has one and no ".", else ".". */
function markOf(s: string): DecimalSep {
  return s.includes(",") && !s.includes(".") ? "," : ".";
}

/** The rate a cell holds (0 for an exemption), or null when it is no French VAT rate. */
function rateOf(v: CellValue): Decimal | null {
  const r = vatRateOf(v, typeof v === "string" ? markOf(v) : ".");
  return r !== null && (r.isZero() || VAT_RATES.some((k) => r.eq(k))) ? r : null;
}

/** Whether `v` may be the VAT of the line's amount `a` at some rate (TTC or HT), to the cent. */
function mayBeVatOf(v: CellValue, a: CellValue): boolean {
  const out = newAmountOut();
  const text = typeof v === "string" ? v : "";
  if (!readAmount(v, text === "" ? "." : markOf(text), out)) return false;
  const vat = out.exact ?? new Decimal(out.cents).div(100);
  const amountText = typeof a === "string" ? a : "";
  if (!readAmount(a, amountText === "" ? "." : markOf(amountText), out)) return true;
  const amount = (out.exact ?? new Decimal(out.cents).div(100)).abs();
  const cent = new Decimal("0.011");
  return VAT_RATES.some(
    (r) =>
      amount.times(r).minus(vat.abs()).abs().lt(cent) ||
      amount.times(r).div(new Decimal(1).plus(r)).minus(vat.abs()).abs().lt(cent),
  );
}

/**
 * The VAT amount column proven to hold rates, or null. `prior`: what an earlier chunk proved. A user's
 * own word on either VAT column wins.
 */
export function vatRatesColumn(
  table: RawTable,
  map: Mapping,
  overrides: MappingOverrides | undefined,
  prior: VatRates | undefined,
): VatRates | null {
  if (overrides !== undefined && ("vat_amount" in overrides || "vat_rate" in overrides)) return null;
  const v = map.vat_amount;
  const a = map.amount ?? map.net_amount;
  if (v === undefined || a === undefined || map.vat_rate !== undefined) return null;
  if (prior !== undefined) return prior;
  // Each distinct text read once (a rate column holds few).
  const texts = new Map<string, Decimal | null>();
  let proof: VatRates | null = null;
  for (let i = 0; i < table.rows.length; i++) {
    const row = table.rows[i];
    const cell = row?.[v];
    if (row === undefined || isBlank(cell)) continue;
    let rate: Decimal | null;
    if (typeof cell === "string") {
      const known = texts.get(cell);
      if (known === undefined && texts.size >= MAX_TEXTS) return null;
      rate = known === undefined ? rateOf(cell) : known;
      texts.set(cell, rate);
    } else rate = rateOf(cell);
    if (rate === null) return null;
    if (proof !== null) continue;
    // A 0 (an exempt line) proves nothing: it is a VAT amount as well as a rate.
    const proves =
      (typeof cell === "string" && cell.includes("%")) || (!rate.isZero() && !mayBeVatOf(cell, row[a]));
    if (proves) proof = { header: table.headers[v] ?? "", row: rowNumberOf(table, i), value: cellText(cell) };
  }
  return proof;
}

/** The mapping overrides that read the proven column as the rate and no column as the VAT amount. */
export function withVatRates(overrides: MappingOverrides | undefined, rates: VatRates): MappingOverrides {
  return { ...overrides, vat_rate: rates.header, vat_amount: null };
}

/** The note saying the column holds rates. */
export function vatRatesNote(rates: VatRates): Diagnostic {
  return diag(DIAG.vatColumnRates, { row: rates.row, column: rates.header, value: rates.value });
}
