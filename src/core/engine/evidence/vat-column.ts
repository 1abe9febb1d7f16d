/**
 * A VAT column beside the amount ("dont TVA", "Montant de la TVA"): does the amount include it? The
 * data says: a VAT that is the amount × r / (1 + r) for a French rate r (240 of 1 440 at 20 %) proves
 * the amount TTC, one that is the amount × r (240 of 1 200) proves it HT; the cent of rounding is
 * allowed. A TTC amount is read less its VAT (CA OP is tax-exclusive); a column proving both, or
 * neither while holding VAT, is said and the amount read as written.
 */
import { cellText, isBlank } from "../../cells";
import { diag, DIAG } from "../../diagnostics";
import { magnitudeCents, newAmountOut, readAmount, type DecimalSep } from "../../money";
import { normalizeText } from "../../text";
import Decimal from "decimal.js";
import { rowNumberOf, type CellValue, type Diagnostic, type Mapping, type RawTable } from "../../types";
import { mergeEvidence, readRate, type Evidence, type Proof, type Reading } from "./columns";

/** French VAT rates, current and past (20, 10, 5.5, 2.1; Corse 13, 0.9; DOM 8.5, 1.75; 19.6 and 7 before 2014). */
export const VAT_RATES: readonly number[] = [0.2, 0.1, 0.055, 0.021, 0.13, 0.009, 0.085, 0.0175, 0.196, 0.07];

/** A cent of rounding, in cents, plus the float noise of the products. */
const TOLERANCE = 1.000001;

/** What the VAT column proves about the amount: first rows proving TTC, HT, and a VAT proving neither. */
export type VatFacts = Pick<Evidence, "ttc" | "ht" | "vatOther" | "vatWeak">;

/** `ev` with the VAT facts of the table's rows (amounts read with each column's decimal mark). */
export function withVatEvidence(
  ev: Evidence,
  table: RawTable,
  map: Mapping,
  marks: Reading["decimal"],
  tipCol: number | undefined,
): Evidence {
  return map.vat_amount === undefined
    ? ev
    : mergeEvidence(ev, { columns: {}, ...vatEvidence(table, map, marks, tipCol) });
}

/** The VAT facts of the table's rows (amounts read with each column's decimal mark). */
function vatEvidence(
  table: RawTable,
  map: Mapping,
  marks: Reading["decimal"],
  tipCol: number | undefined,
): VatFacts {
  const a = map.amount;
  const v = map.vat_amount;
  const facts: VatFacts = {};
  if (a === undefined || v === undefined) return facts;
  const sepA: DecimalSep = marks[table.headers[a] ?? ""]?.mark ?? ",";
  const sepV: DecimalSep = marks[table.headers[v] ?? ""]?.mark ?? ",";
  const amount = newAmountOut();
  const vat = newAmountOut();
  const tip = newAmountOut();
  // A total that includes tips (`tipCol`): its VAT is the VAT of the sale alone (evidence/tips.ts).
  const sepT: DecimalSep = tipCol === undefined ? "," : (marks[table.headers[tipCol] ?? ""]?.mark ?? ",");
  const rows = table.rows;
  // Rows proving a reading (or both) and rows proving neither: a cent's window on small taxes fits a
  // French rate by chance now and then (0.38 beside 4.25 is 10 % TTC within a cent).
  let proving = 0;
  let neither = 0;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (row === undefined || !readAmount(row[v], sepV, vat) || !readAmount(row[a], sepA, amount)) continue;
    const tipped = tipCol !== undefined && readAmount(row[tipCol], sepT, tip) ? magnitudeCents(tip) : 0;
    const m = magnitudeCents(amount) - tipped;
    const t = magnitudeCents(vat);
    if (t === 0 || m === 0) continue;
    const ttc = VAT_RATES.some((r) => Math.abs(t - (m * r) / (1 + r)) <= TOLERANCE);
    const ht = VAT_RATES.some((r) => Math.abs(t - m * r) <= TOLERANCE);
    if (ttc || ht) proving++;
    else neither++;
    if (ttc === ht) {
      if (!ttc) facts.vatOther ??= proofAt(table, i, v);
      continue;
    }
    if (ttc) facts.ttc ??= proofAt(table, i, a);
    else facts.ht ??= proofAt(table, i, a);
  }
  if (neither > proving && facts.vatOther !== undefined) facts.vatWeak = facts.vatOther;
  return facts;
}

function proofAt(table: RawTable, i: number, col: number): Proof {
  return { row: rowNumberOf(table, i), value: cellText(table.rows[i]?.[col]) };
}

/**
 * The amount's reading beside a VAT column, with its diagnostic: TTC (read less the VAT, a note),
 * HT, or undefined when the data proves both or neither (a warning when the column holds VAT).
 */
export function vatReading(
  table: RawTable,
  map: Mapping,
  ev: Evidence,
  diagnostics: Diagnostic[],
  included = false,
): Reading["vat"] {
  const a = map.amount;
  const v = map.vat_amount;
  if (a === undefined || v === undefined) return undefined;
  const column = table.headers[a] ?? "";
  const vatColumn = table.headers[v] ?? "";
  // A total the export always writes with its taxes (Shopify's orders), or both headers saying so (a
  // pharmacy's `Total TTC | dont TVA` at mixed rates, whose sum no single rate proves): no row needs to.
  // The headers decide only where the data gives no clean proof (its proving row is the one said).
  const proven = ev.ttc !== undefined && ev.ht === undefined && ev.vatWeak === undefined;
  const said = included || (!proven && headersSayIncluded(column, vatColumn));
  const first = said ? table.rows.findIndex((r) => r !== undefined && !isBlank(r[a])) : -1;
  if (first >= 0) {
    const proof = { row: rowNumberOf(table, first), value: cellText(table.rows[first][a]) };
    diagnostics.push(diag(DIAG.amountIncludesVat, { ...proof, column, args: { vat: vatColumn } }));
    return { column, vat: vatColumn, is: "ttc", proof };
  }
  // A tax at no French rate: its chance matches prove nothing.
  if (ev.vatWeak !== undefined) {
    const { row, value } = ev.vatWeak;
    diagnostics.push(diag(DIAG.vatUnproven, { row, column: vatColumn, value, args: { read: column } }));
    return undefined;
  }
  if (ev.ttc && ev.ht) {
    const [x, y] = ev.ttc.row < ev.ht.row ? [ev.ttc, ev.ht] : [ev.ht, ev.ttc];
    const args = { vat: vatColumn, row1: x.row, value1: x.value };
    diagnostics.push(diag(DIAG.vatConflict, { row: y.row, column, value: y.value, args }));
    return undefined;
  }
  const proof = ev.ttc ?? ev.ht;
  if (proof !== undefined) {
    const is = ev.ttc ? "ttc" : "ht";
    if (is === "ttc")
      diagnostics.push(
        diag(DIAG.amountIncludesVat, {
          row: proof.row,
          column,
          value: proof.value,
          args: { vat: vatColumn },
        }),
      );
    return { column, vat: vatColumn, is, proof };
  }
  if (ev.vatOther !== undefined) {
    const { row, value } = ev.vatOther;
    diagnostics.push(diag(DIAG.vatUnproven, { row, column: vatColumn, value, args: { read: column } }));
  }
  return undefined;
}

/**
 * The amount headed TTC beside a VAT rate column, no VAT amount having taken its taxes off: read HT =
 * TTC / (1 + rate), to the cent per line, with its note; undefined otherwise.
 */
export function ttcRateReading(
  table: RawTable,
  map: Mapping,
  vat: Reading["vat"],
  diagnostics: Diagnostic[],
): Reading["ttcRate"] {
  // No amount column: a unit price headed TTC (a till's `PU TTC`), quantity × it read so.
  const a = map.amount ?? (map.net_amount === undefined ? map.unit_price : undefined);
  const r = map.vat_rate;
  if (a === undefined || r === undefined || vat?.is === "ttc") return undefined;
  const column = table.headers[a] ?? "";
  if (!TAX_INCLUDED.test(normalizeText(column))) return undefined;
  const rate = table.headers[r] ?? "";
  diagnostics.push(diag(DIAG.amountTtcRate, { row: 0, column, value: column, args: { rate } }));
  return { column, rate };
}

/**
 * A VAT rate cell as a fraction: "20 %", "TVA 20%" and 20 are 0.2 (a number from 1 up is in percent
 * points), 0.2 is 0.2 (a cell formatted %), 0 and an exemption ("Exo", "Exonéré", "Autoliquidation",
 * "Non applicable") are 0; null when unreadable or not within [0, 1).
 */
export function vatRateOf(v: CellValue, sep: DecimalSep): Decimal | null {
  let cell = v;
  if (typeof v === "string") {
    const n = normalizeText(v);
    if (EXEMPT.test(n)) return new Decimal(0);
    // "TVA 20%", "Taux normal 20 %": the number in the words.
    const m = /^[^\d-]*?(-?\d[\d\s.,]*%?)\s*$/.exec(v.trim());
    if (m !== null && m[1] !== v.trim()) cell = m[1];
  }
  let r = readRate(cell, sep);
  if (r === null) return null;
  if (!(typeof cell === "string" && cell.includes("%")) && r.gte(1)) r = r.div(100);
  return r.isNegative() || r.gte(1) ? null : r;
}

/** A line without VAT: exempt, reverse-charged, outside the scope, not applicable. */
const EXEMPT =
  /^(?:exo|exon\w*|exempt\w*|autoliquidation|auto liquidation|reverse charge|hors champ|non applicable|n a|na|franchise(?: en base)?(?: de tva)?|tva non applicable|sans tva|0 %?)$/;

/** A VAT column headed as the part of the amount that is tax ("dont TVA": of which VAT). */
const VAT_OF_WHICH = /^dont (?:tva|taxes?)\b/;

/** True when the amount's header says it includes taxes and the VAT column's that it is part of it. */
function headersSayIncluded(amountHeader: string, vatHeader: string): boolean {
  return TAX_INCLUDED.test(normalizeText(amountHeader)) && VAT_OF_WHICH.test(normalizeText(vatHeader));
}

/** A header saying the amount includes taxes: "Montant TTC", "Total toutes taxes", "Amount incl. VAT". */
const TAX_INCLUDED =
  /\b(?:ttc|toutes taxes|tva comprise|taxes? incl\w*|incl\w* (?:vat|tax\w*|tva)|tax inclusive)\b/;

/**
 * The amount_ttc warning when the amount column's header says it includes taxes and no VAT column
 * took them off (the user mapped it, or no HT column exists): CA OP is tax-exclusive; null otherwise.
 */
export function ttcCounted(table: RawTable, map: Mapping, vat: Reading["vat"]): Diagnostic | null {
  const a = map.amount;
  if (a === undefined || vat?.is === "ttc") return null;
  const column = table.headers[a] ?? "";
  if (!TAX_INCLUDED.test(normalizeText(column))) return null;
  return diag(DIAG.amountTtc, { row: 0, column, value: column });
}
