/**
 * Column evidence (SPEC 2.2, issue 9 item 1): what the values of each amount-like column prove about
 * their decimal mark, whether a discount column holds rates, and whether the amount is net or gross.
 * Evidence is data (first proving row per fact), merged across chunks, and decided by pure functions,
 * so a file streamed in chunks is read as the whole table.
 */
import Decimal from "decimal.js";
import { cellText } from "../../cells";
import { diag, DIAG } from "../../diagnostics";
import { centsToDecimal, newAmountOut, readAmount, type DecimalSep } from "../../money";
import { containsPhrase, normalizeText } from "../../text";
import {
  MONEY_FIELD_IDS,
  NUMERIC_FIELD_IDS,
  rowNumberOf,
  type CellValue,
  type Diagnostic,
  type FieldId,
  type Mapping,
  type RawTable,
} from "../../types";
import { scanTexts, type MarkRows } from "./text-cells";
import { sensSign, type SensConvention } from "../directions";
import { postingKeyProof } from "./direction-column";
import { deductionColumnCount, deductionValueFields, isRevenueHeader, valueFieldNotes } from "./value-fields";
import { moneyUnits, unitFactor } from "../../amount-units";
import type { JournalProof } from "./journal-sign";

export { markOf } from "./marks";

/** A value that proves something, and the row the user sees it on. */
export interface Proof {
  row: number;
  value: string;
  /** The column holding the value, when it is not the column the proof is about (a mark the file proves). */
  column?: string;
}

/** What one column's values proved (the first proving row of each fact). */
export interface ColumnEvidence {
  /** "." is the decimal mark. */
  dot?: Proof;
  /** "," is the decimal mark. */
  comma?: Proof;
  /** A value like "1,234" that only the decimal mark can decide. */
  ambiguous?: Proof;
  /** Rate evidence (discount columns): a "%" value, a value above 1 or 100, a fraction within 0–1. */
  percent?: Proof;
  over1?: Proof;
  over100?: Proof;
  fraction?: Proof;
  /**
   * Quantity × price − the value = the amount (or = it, the amount gross): a row read with the values
   * as amounts, where no row reads with them as fractions: amounts, however small (0,50 €).
   */
  amountByPrice?: Proof;
  /** Sage's discount forms: a cascade of rates ("10,00%+5,00%"), an amount per unit ("2,00U"). */
  cascade?: Proof;
  perUnit?: Proof;
}

/** Evidence of a table, by column header, plus the amount's net/gross proofs. */
export interface Evidence {
  columns: Record<string, ColumnEvidence>;
  /** Rows where amount = quantity × price (gross), = quantity × price − discount (net), or neither. */
  gross?: Proof;
  net?: Proof;
  neither?: Proof;
  /** The readings (discount as rate or amount, decimal marks) the net/gross facts were checked under. */
  netGrossUnder?: string;
  /** A "0" in the direction column (Sens): Sage's 0/1 convention, 0 = débit, 1 = crédit. */
  sensZero?: Proof;
  /** A direction column of SAP posting keys only (40 / 50, 01 / 11): its first key (direction-column.ts). */
  sensKey?: Proof;
  /**
   * Montant + Sens rows: a credit written negative (SAP: credits negative, debits positive), a credit
   * written positive, a debit written negative (the FEC's occasional reversed line), a direction
   * that is not SAP's S / H (a FEC's D / C, where a negative Montant combines with its Sens).
   */
  creditNegative?: Proof;
  creditPositive?: Proof;
  debitNegative?: Proof;
  notSapCode?: Proof;
  /** Rows whose VAT column proves the amount TTC, HT, or holds a VAT proving neither (vat-column.ts). */
  ttc?: Proof;
  ht?: Proof;
  vatOther?: Proof;
  /**
   * The first row of a VAT column whose rows proving neither outnumber those proving a reading, in
   * one chunk: a tax at no French rate (a US sales tax), whose few chance matches prove nothing.
   */
  vatWeak?: Proof;
  /**
   * Rows whose refund equals the amount (an order refunded whole: its total is before the refund, a
   * total after it would be 0), and rows whose refund exceeds it (the amount is after the refund).
   */
  refundWhole?: Proof;
  refundOver?: Proof;
  /** A Net beside Debit / Credit holding its gross (net-sides.ts). */
  netSides?: NetSidesFacts;
  /** Order lines billing shipping: an amount of the items alone (q × p), one holding its shipping (shipping.ts). */
  itemsShipping?: Proof;
  shippingInside?: Proof;
}

/** What the rows proved of a Net beside the sides: a side holding Net + Tax, one holding neither, a sale's side. */
export interface NetSidesFacts {
  gross?: Proof;
  other?: Proof;
  saleDebit?: Proof;
  saleCredit?: Proof;
}

/** How the data was read (JSON `reading`, summary, pane). */
export interface Reading {
  /** Amount-like column header → decimal mark, how it was decided and the proving row. */
  decimal: Record<string, { mark: DecimalSep; by: "data" | "option" | "default"; proof?: Proof }>;
  /** The sales date column, and the other date columns not used. */
  date: string;
  dateUnused: string[];
  /** A rate's scale: "percent" (10 = 10 %) or "fraction" (0.1 = 10 %); "10 %" cells read as written. */
  discount?: { column: string; as: "rate" | "amount"; scale?: RateScale };
  amount?: { column: string; is: "net" | "gross"; by: "data" | "header" | "assumed"; proof?: Proof };
  /** A direction column written 0/1 (Sage: 0 = débit, 1 = crédit), proven by a "0", or SAP's posting keys. */
  sens?: { column: string; convention: "0/1" | "posting_key"; proof: Proof };
  /**
   * Montant + Sens whose every credit is negative and every debit positive (SAP's FAGLL03): the sign
   * repeats the direction, the magnitude is read (proof: the first negative credit).
   */
  signedLikeDirection?: { column: string; proof: Proof };
  /** The amount beside a VAT column, proven TTC (read less the VAT) or HT by it (vat-column.ts). */
  vat?: { column: string; vat: string; is: "ttc" | "ht"; proof: Proof };
  /** The amount headed TTC beside a VAT rate column, read HT = TTC / (1 + rate) to the cent (vat-column.ts). */
  ttcRate?: { column: string; rate: string };
  /** The amount headed total beside a tip column: read less the tips (tips.ts). */
  lessTips?: { column: string; tips: string };
  /** A platform's gross beside what it collects for others (a taxe de séjour): read less it (collected.ts). */
  lessCollected?: { column: string; collected: string; col: number };
  /**
   * An amount read net beside its deductions whose refunds are not in it (an order's total refunded
   * whole, refund-amounts.ts): its refund is taken off, never added back to a gross.
   */
  refundOutside?: { column: string; refund: string; proof: Proof };
  /** A Net beside Debit / Credit holding its gross: read, signed by the side (net-sides.ts). */
  netSides?: { column: string; saleSide: "debit" | "credit"; proof: Proof };
  /** Net sales read with the shipping billed beside them (evidence/shipping.ts). */
  /**
   * An invoice's or an order's shipping written on each of its lines, counted once: `repeated`, the
   * row numbers repeating their invoice's or order's (not added again).
   */
  plusShipping?: {
    column: string;
    shipping: string;
    col: number;
    repeated?: ReadonlySet<number>;
    /** A further column billed beside them, read likewise (Amazon's gift wrap credits), and its header. */
    also?: number;
    alsoHeader?: string;
  };
  /** Money columns whose header names a unit ("Montant (k€)"): header → what one of its values is worth. */
  units?: Record<string, number>;
  /**
   * A journal's one signed amount column, proven debit positive by its balanced entries
   * (journal-sign.ts): every amount read as credit − debit (negated); proof: the first such entry.
   */
  journal?: { column: string; convention: "debit_positive"; proof?: JournalProof };
}

/** Fields whose values are amounts or numbers with a decimal mark. */
export const NUMERIC_FIELDS: readonly FieldId[] = NUMERIC_FIELD_IDS;

/** The columns of the numeric fields a mapping maps, and (given the headers) its further deduction columns. */
export function numericCols(map: Mapping, headers?: readonly string[]): number[] {
  const cols = NUMERIC_FIELDS.map((f) => map[f]).filter((c): c is number => c !== undefined);
  return headers === undefined ? cols : [...cols, ...deductionValueFields(headers, map).map((f) => f.col)];
}

/** Keeps, for each fact, the proof with the lowest row (so merged chunk evidence = whole-table evidence). */
function earliest(a: Proof | undefined, b: Proof | undefined): Proof | undefined {
  if (!a) return b;
  if (!b) return a;
  return b.row < a.row ? b : a;
}

const COL_FACTS = [
  "dot",
  "comma",
  "ambiguous",
  "percent",
  "over1",
  "over100",
  "fraction",
  "amountByPrice",
  "cascade",
  "perUnit",
] as const;

/** Union of two evidences (earliest row per fact). */
export function mergeEvidence(a: Evidence | undefined, b: Evidence): Evidence {
  if (!a) return b;
  const columns: Record<string, ColumnEvidence> = {};
  for (const h of new Set([...Object.keys(a.columns), ...Object.keys(b.columns)])) {
    const x = a.columns[h] ?? {};
    const y = b.columns[h] ?? {};
    const c: ColumnEvidence = {};
    for (const f of COL_FACTS) {
      const p = earliest(x[f], y[f]);
      if (p) c[f] = p;
    }
    columns[h] = c;
  }
  const out: Evidence = { columns };
  const facts = [
    "gross",
    "net",
    "neither",
    "sensZero",
    "sensKey",
    "ttc",
    "ht",
    "vatOther",
    "vatWeak",
    "refundWhole",
    "refundOver",
    "itemsShipping",
    "shippingInside",
  ] as const;
  for (const f of [...facts, "creditNegative", "creditPositive", "debitNegative", "notSapCode"] as const) {
    const p = earliest(a[f], b[f]);
    if (p) out[f] = p;
  }
  const sides = mergeNetSides(a.netSides, b.netSides);
  if (sides !== undefined) out.netSides = sides;
  const under = b.netGrossUnder ?? a.netGrossUnder;
  if (under !== undefined) out.netGrossUnder = under;
  return out;
}

/** Earliest proof of each Net-beside-sides fact of two evidences. */
function mergeNetSides(
  a: NetSidesFacts | undefined,
  b: NetSidesFacts | undefined,
): NetSidesFacts | undefined {
  if (!a || !b) return a ?? b;
  const out: NetSidesFacts = {};
  for (const f of ["gross", "other", "saleDebit", "saleCredit"] as const) {
    const p = earliest(a[f], b[f]);
    if (p) out[f] = p;
  }
  return out;
}

/** The evidence without its net/gross facts (checked under a discount reading that no longer holds). */
function withoutNetGross(ev: Evidence): Evidence {
  return { columns: ev.columns };
}

/** The decimal-mark facts of every numeric column of the table (first proving rows, see text-cells.ts). */
function markEvidence(
  table: RawTable,
  map: Mapping,
  marks: ReadonlyMap<number, MarkRows>,
): Record<string, ColumnEvidence> {
  const columns: Record<string, ColumnEvidence> = {};
  const proof = (i: number, col: number): Proof => ({
    row: rowNumberOf(table, i),
    value: table.rows[i][col] as string,
  });
  for (const col of numericCols(map, table.headers)) {
    const header = table.headers[col] ?? "";
    const ev: ColumnEvidence = (columns[header] ??= {});
    const m = marks.get(col);
    if (m === undefined) continue;
    if (m.dot >= 0) ev.dot ??= proof(m.dot, col);
    if (m.comma >= 0) ev.comma ??= proof(m.comma, col);
    if (m.ambiguous >= 0) ev.ambiguous ??= proof(m.ambiguous, col);
  }
  return columns;
}

/**
 * Decides each numeric column's decimal mark: its own data; else, for a column holding an ambiguous
 * value (`1.617`), the mark the file's other columns prove when they agree (`0.15` in the unit
 * price: the export writes "."); else the explicit option, else the default.
 */
export function decideMarks(
  evidence: Evidence,
  option: DecimalSep | undefined,
  fallback: DecimalSep,
): Reading["decimal"] {
  const own: Reading["decimal"] = {};
  for (const [h, ev] of Object.entries(evidence.columns)) {
    if (ev.dot || ev.comma) {
      const proof = earliest(ev.dot, ev.comma) as Proof;
      own[h] = { mark: proof === ev.dot ? "." : ",", by: "data", proof };
    }
  }
  const file = fileMark(own);
  const out: Reading["decimal"] = {};
  for (const [h, ev] of Object.entries(evidence.columns)) {
    if (own[h]) out[h] = own[h];
    else if (ev.ambiguous && file) out[h] = { mark: file.mark, by: "data", proof: file.proof };
    else out[h] = { mark: option ?? fallback, by: option ? "option" : "default" };
  }
  return out;
}

/** The mark every column its data decided agrees on, with the earliest proof (naming its column); none when they differ. */
function fileMark(decided: Reading["decimal"]): { mark: DecimalSep; proof: Proof } | undefined {
  let file: { mark: DecimalSep; proof: Proof } | undefined;
  for (const [h, d] of Object.entries(decided)) {
    const proof = d.proof as Proof;
    if (file && file.mark !== d.mark) return undefined;
    if (!file || proof.row < file.proof.row) file = { mark: d.mark, proof: { ...proof, column: h } };
  }
  return file;
}

/** How a rate column's plain numbers read: percent points (10 = 10 %) or fractions (0.1 = 10 %). */
export type RateScale = "percent" | "fraction";

/**
 * Reads a discount cell as a rate: "10 %" → 0.1; a plain number by the column's scale ("10" in
 * percent → 0.1, "0.2" as a fraction → 0.2); null when unreadable or empty.
 */
export function readRate(v: CellValue, sep: DecimalSep, scale: RateScale = "fraction"): Decimal | null {
  const cascade = cascadeRate(v, sep);
  if (cascade !== null) return cascade;
  let percent = false;
  let value = v;
  if (typeof v === "string" && v.includes("%")) {
    percent = true;
    value = v.replace("%", "");
  }
  const out = newAmountOut();
  if (!readAmount(value, sep, out)) return null;
  const d = out.exact ?? centsToDecimal(out.cents);
  return percent || scale === "percent" ? d.div(100) : d;
}

/**
 * Sage's cascade of discounts ("10,00%+5,00%": 10 % then 5 % of what is left): the one rate they
 * make, 1 − (1 − 0,10) × (1 − 0,05) = 14,5 %, exact; null for any other cell.
 */
export function cascadeRate(v: CellValue, sep: DecimalSep): Decimal | null {
  if (typeof v !== "string" || !v.includes("+") || !v.includes("%")) return null;
  const parts = v.split("+");
  if (parts.length < 2) return null;
  let left = new Decimal(1);
  for (const part of parts) {
    const m = /^\s*([^%]+?)\s*%\s*$/.exec(part);
    const r = m ? exactCell(m[1], sep) : null;
    if (r === null) return null;
    left = left.times(new Decimal(1).minus(r.div(100)));
  }
  return new Decimal(1).minus(left);
}

/** Sage's discount per unit ("2,00U": 2 off each unit sold): the amount per unit, or null for any other cell. */
export function perUnitDiscount(v: CellValue, sep: DecimalSep): Decimal | null {
  if (typeof v !== "string") return null;
  const m = /^\s*([-+]?[\d\s.,]*\d)\s*U\s*$/i.exec(v);
  return m ? exactCell(m[1], sep) : null;
}

/** Rate facts of the discount column (needs its decided mark). */
function rateEvidence(table: RawTable, col: number, sep: DecimalSep, ev: ColumnEvidence): void {
  const out = newAmountOut();
  for (let i = 0; i < table.rows.length; i++) {
    const v = table.rows[i]?.[col];
    if (perUnitDiscount(v, sep) !== null) {
      ev.perUnit ??= { row: rowNumberOf(table, i), value: cellText(v) };
      continue;
    }
    if (typeof v === "string" && v.includes("%")) {
      ev.percent ??= { row: rowNumberOf(table, i), value: v };
      if (cascadeRate(v, sep) !== null) ev.cascade ??= { row: rowNumberOf(table, i), value: v };
      continue;
    }
    if (!readAmount(v, sep, out)) continue;
    const d = (out.exact ?? centsToDecimal(out.cents)).abs();
    if (d.gt(100)) ev.over100 ??= { row: rowNumberOf(table, i), value: cellText(v) };
    if (d.gt(1)) ev.over1 ??= { row: rowNumberOf(table, i), value: cellText(v) };
    else if (!d.isInteger()) ev.fraction ??= { row: rowNumberOf(table, i), value: cellText(v) };
  }
}

/** A currency or an amount named by a header: "Remise (€)", "Remise en euros", "Montant remise", "Discount $". */
const MONEY_HEADER = /[€$£]|\b(?:eur|euros?|montant|mt|amount|usd|gbp|chf)\b/i;
/** Header words of a rate column ("Taux de remise", "Discount rate", "Remise %"). */
const RATE_HEADER_WORDS = ["taux", "tx", "rate", "pourcentage", "percent", "percentage", "pct"];
/** Header words that say the rate is written in percent points ("Remise %", "Pourcentage"). */
const PERCENT_HEADER_WORDS = ["pourcentage", "percent", "percentage", "pct"];

/** Whether a header says percent points: a "%" sign or a percent word. */
function percentHeader(header: string): boolean {
  const h = normalizeText(header);
  return header.includes("%") || PERCENT_HEADER_WORDS.some((w) => containsPhrase(h, w));
}

/** Whether a header names a rate ("Taux de remise", "Remise %", "Discount rate"). */
export function isRateHeader(header: string): boolean {
  const h = normalizeText(header);
  return header.includes("%") || RATE_HEADER_WORDS.some((w) => containsPhrase(h, w));
}

/**
 * True when the discount column's evidence says rates: a "%" value; a rate header ("Taux de remise",
 * "Remise %") with no value above 100; or, without one, all values within 0–1 with decimals, unless
 * quantity × price proves them amounts (amountsByPrice).
 */
export function isRate(ev: ColumnEvidence | undefined, header: string): boolean {
  // A header naming a money unit ("Remise (k€)", "Remise (€)", "Montant remise") holds amounts, never rates.
  if (!ev || unitFactor(header) !== 1 || MONEY_HEADER.test(header)) return false;
  if (ev.percent) return true;
  if (isRateHeader(header)) return !ev.over100;
  return !ev.over1 && ev.fraction !== undefined && ev.amountByPrice === undefined;
}

/**
 * The scale of a rate column's plain numbers: percent when a value is above 1 (a fraction never is),
 * when cells are written "10 %", or when the header says percent; else fractions.
 */
export function rateScale(ev: ColumnEvidence | undefined, header: string): RateScale {
  if (ev?.over1 || ev?.percent) return "percent";
  return percentHeader(header) ? "percent" : "fraction";
}

/** Exact value of a cell read with a mark, or null. */
export function exactCell(v: CellValue, sep: DecimalSep): Decimal | null {
  const out = newAmountOut();
  return readAmount(v, sep, out) ? (out.exact ?? centsToDecimal(out.cents)) : null;
}

/** Net/gross facts: rows with a non-zero discount where the amount is q × p, q × p − discount, or neither. */
function netGrossEvidence(
  table: RawTable,
  map: Mapping,
  marks: Reading["decimal"],
  rate: RateScale | null,
): Evidence {
  const ev: Evidence = { columns: {} };
  const cols = [map.amount, map.quantity, map.unit_price, map.discount_amount];
  if (cols.some((c) => c === undefined)) return ev;
  const [a, q, p, d] = cols as number[];
  const sep = (c: number): DecimalSep => marks[table.headers[c] ?? ""]?.mark ?? ",";
  for (let i = 0; i < table.rows.length; i++) {
    const row = table.rows[i];
    if (!row) continue;
    const amount = exactCell(row[a], sep(a));
    const qty = exactCell(row[q], sep(q));
    const price = exactCell(row[p], sep(p));
    const unit = perUnitDiscount(row[d], sep(d));
    const dv = unit ?? (rate !== null ? readRate(row[d], sep(d), rate) : exactCell(row[d], sep(d)));
    if (!amount || !qty || !price || !dv || dv.isZero()) continue;
    const gross = qty.times(price);
    const disc = unit !== null ? qty.times(unit).abs() : rate !== null ? gross.times(dv).abs() : dv.abs();
    const proof = { row: rowNumberOf(table, i), value: cellText(row[a]) };
    // A discount reduces the line's magnitude: a credit note's −1 × 100 with 10 off nets −90.
    const net = gross.isNegative() ? gross.plus(disc) : gross.minus(disc);
    if (amount.equals(gross)) ev.gross ??= proof;
    else if (amount.equals(net)) ev.net ??= proof;
    else {
      // An amount rounded to the cent (12 × 3,33 at 7 %: 37,16 for 37,1628) proves what it rounds,
      // unless it rounds both (a discount under half a cent proves nothing).
      const g = roundsTo(amount, gross);
      const n = roundsTo(amount, net);
      if (g && !n) ev.gross ??= proof;
      else if (n && !g) ev.net ??= proof;
      else if (!g && !n) ev.neither ??= proof;
    }
  }
  return ev;
}

const HALF_CENT = new Decimal("0.005");

/** Whether an amount of at most 2 decimals is `exact` (more decimals) rounded to the cent. */
function roundsTo(amount: Decimal, exact: Decimal): boolean {
  return amount.decimalPlaces() <= 2 && exact.decimalPlaces() > 2 && amount.minus(exact).abs().lte(HALF_CENT);
}

/**
 * Discount values all within 0–1 with decimals and no other sign of a rate (no "%", no rate header)
 * look like fractions; quantity × price proves them amounts when some row reads with them as
 * amounts and none as fractions (10 × 2,00 − 0,50 = 19,50). The evidence with that proof, if any.
 */
function amountsByPrice(
  table: RawTable,
  map: Mapping,
  ev: Evidence,
  header: string,
  marks: Reading["decimal"],
): Evidence {
  const col = ev.columns[header];
  if (!isRate(col, header) || col?.percent || isRateHeader(header)) return ev;
  const asAmount = netGrossEvidence(table, map, marks, null);
  const asRate = netGrossEvidence(table, map, marks, rateScale(col, header));
  const proof = asAmount.net ?? asAmount.gross;
  if (proof === undefined || asRate.net !== undefined || asRate.gross !== undefined) return ev;
  return mergeEvidence(ev, { columns: { [header]: { amountByPrice: proof } } });
}

/** Everything this table proves (merged with what earlier chunks proved). */
export function gatherEvidence(
  table: RawTable,
  map: Mapping,
  prior: Evidence | undefined,
  option: DecimalSep | undefined,
  fallback: DecimalSep,
  marks: ReadonlyMap<number, MarkRows> = scanTexts(table, undefined, numericCols(map, table.headers)).marks,
): Evidence {
  let ev = mergeEvidence(prior, { columns: markEvidence(table, map, marks) });
  const sensZero = zeroDirection(table, map.direction);
  if (sensZero !== undefined) ev = mergeEvidence(ev, { columns: {}, sensZero });
  const sensKey = postingKeyProof(table, map.direction);
  if (sensKey !== undefined) ev = mergeEvidence(ev, { columns: {}, sensKey });
  if (map.direction !== undefined && map.amount !== undefined)
    ev = mergeEvidence(ev, signFacts(table, map, decideMarks(ev, option, fallback), ev));
  const dcol = map.discount_amount;
  if (dcol !== undefined) {
    const header = table.headers[dcol] ?? "";
    const marks = decideMarks(ev, option, fallback);
    const own: ColumnEvidence = {};
    rateEvidence(table, dcol, marks[header]?.mark ?? fallback, own);
    ev = mergeEvidence(ev, { columns: { [header]: own } });
    const finalMarks = decideMarks(ev, option, fallback);
    ev = amountsByPrice(table, map, ev, header, finalMarks);
    const rate = isRate(ev.columns[header], header);
    // An earlier chunk checked net/gross under another discount reading or decimal mark: its facts do not hold.
    const scale = rate ? rateScale(ev.columns[header], header) : null;
    const under = `${scale ?? "amount"};${Object.entries(finalMarks)
      .map(([h, d]) => `${h}=${d.mark}`)
      .sort()
      .join("|")}`;
    if (ev.netGrossUnder !== undefined && ev.netGrossUnder !== under) ev = withoutNetGross(ev);
    const facts = netGrossEvidence(table, map, finalMarks, scale);
    ev = mergeEvidence(ev, { ...facts, netGrossUnder: under });
  }
  return ev;
}

/** SAP's convention proven (every credit negative, every debit positive, S / H codes), with its note. */
function signedLikeDirection(
  table: RawTable,
  map: Mapping,
  ev: Evidence,
  diagnostics: Diagnostic[],
): Reading["signedLikeDirection"] {
  const p = ev.creditNegative;
  if (!p || ev.creditPositive || ev.debitNegative || ev.notSapCode || map.direction === undefined)
    return undefined;
  const column = table.headers[map.amount ?? -1] ?? "";
  const args = { sens: table.headers[map.direction] ?? "" };
  diagnostics.push(diag(DIAG.amountSignedLikeDirection, { row: p.row, column, value: p.value, args }));
  return { column, proof: p };
}

/** SAP's direction codes: S (Soll, debit), H (Haben, credit). */
const SAP_CODES: ReadonlySet<string> = new Set(["S", "H", "SOLL", "HABEN"]);

/** The sign facts of Montant + Sens rows (see Evidence.creditNegative), until a fact rules SAP's convention out. */
function signFacts(table: RawTable, map: Mapping, marks: Reading["decimal"], ev: Evidence): Evidence {
  const a = map.amount as number;
  const d = map.direction as number;
  const sep = marks[table.headers[a] ?? ""]?.mark ?? ",";
  const convention = sensConventionOf(ev);
  const facts: Evidence = { columns: {} };
  const out = newAmountOut();
  const ruledOut = (): boolean => !!(facts.creditPositive || facts.debitNegative || facts.notSapCode);
  for (let i = 0; i < table.rows.length && !ruledOut(); i++) {
    const row = table.rows[i];
    if (!row || !readAmount(row[a], sep, out)) continue;
    const code = cellText(row[d]).trim().toUpperCase();
    const sign = sensSign(code, convention);
    const negative = out.exact === null ? out.cents < 0 : out.exact.isNegative() && !out.exact.isZero();
    const zero = out.exact === null ? out.cents === 0 : out.exact.isZero();
    if (sign === 0 || zero) continue;
    const proof = { row: rowNumberOf(table, i), value: cellText(row[a]) };
    if (!SAP_CODES.has(code) && convention !== "posting_key") facts.notSapCode = proof;
    else if (sign > 0 && negative) facts.creditNegative ??= proof;
    else if (sign > 0) facts.creditPositive = proof;
    else if (negative) facts.debitNegative = proof;
  }
  return facts;
}

/** The direction column's convention the evidence proves: Sage's 0/1, SAP's posting keys, else D / C. */
function sensConventionOf(ev: Evidence): SensConvention {
  if (ev.sensZero !== undefined) return "0/1";
  return ev.sensKey !== undefined ? "posting_key" : "dc";
}

/** The first "0" of a direction column: FEC writes D/C or +1/−1, Sage 0/1 (0 = débit, 1 = crédit). */
function zeroDirection(table: RawTable, col: number | undefined): Proof | undefined {
  if (col === undefined) return undefined;
  const i = table.rows.findIndex((row) => {
    const v = row?.[col];
    return v === 0 || (typeof v === "string" && v.trim() === "0");
  });
  return i < 0 ? undefined : { row: rowNumberOf(table, i), value: "0" };
}

const NET_WORDS = ["net", "nets", "nette", "apres remise", "after discount"];
const GROSS_WORDS = ["brut", "brute", "gross", "avant remise", "before discount"];
/**
 * Words of a summary's sales before their deductions (the article's "Ventes − Remises − Avoirs"):
 * "Ventes HT", "Sales", "CA HT" beside deduction amounts, in a table without documents, customers
 * nor products, are gross when the data cannot tell.
 */
const SALES_WORDS = ["ventes", "vente", "sales", "ca", "chiffre d affaires"];
/** Whether the amount is a revenue value field beside two or more deduction columns (value-fields.ts): gross. */
function revenueBesideValueFields(table: RawTable, map: Mapping, amountHeader: string): boolean {
  return isRevenueHeader(amountHeader) && deductionColumnCount(table.headers, map) >= 2;
}

/** The reading of the amount column beside a discount column: net or gross, by header, data or assumption. */
function amountReading(
  header: string,
  ev: Evidence,
  hasUnitPrice: boolean,
  summary: boolean,
  /** Revenue beside two or more deduction columns (CO-PA value fields): before them (value-fields.ts). */
  valueFields: boolean,
): NonNullable<Reading["amount"]> {
  const h = normalizeText(header);
  if (NET_WORDS.some((w) => containsPhrase(h, w))) return { column: header, is: "net", by: "header" };
  if (GROSS_WORDS.some((w) => containsPhrase(h, w))) return { column: header, is: "gross", by: "header" };
  if (ev.net && !ev.gross) return { column: header, is: "net", by: "data", proof: ev.net };
  if (ev.gross) return { column: header, is: "gross", by: "data", proof: ev.gross };
  if (hasUnitPrice) return { column: header, is: "gross", by: "data" };
  if (valueFields) return { column: header, is: "gross", by: "header" };
  // Beside discount rates, "Sales" is after them (the Superstore dataset); in an ERP's ledger of
  // documents (Business Central's "Sales (LCY)" beside "Inv. Discount (LCY)"), after the discount.
  if (summary && SALES_WORDS.some((w) => containsPhrase(h, w)))
    return { column: header, is: "gross", by: "header" };
  return { column: header, is: "net", by: "assumed" };
}

/** The title rows above a table's header, as the reader said them (above_header), else "". */
function titleAbove(table: RawTable): string {
  return table.readDiagnostics?.find((d) => d.code === "above_header")?.value ?? "";
}

/** Date columns besides the sales date: headers that say "date" (or a date word) and are not the one used. */
function unusedDates(headers: readonly string[], dateCol: number | undefined): string[] {
  return headers.filter((h, i) => {
    if (i === dateCol) return false;
    const n = normalizeText(String(h ?? ""));
    return containsPhrase(n, "date") || n.endsWith("date") || containsPhrase(n, "echeance");
  });
}

/** The reading of a table from its evidence, and the diagnostics a reading the data cannot prove gets. */
export function decideReading(
  table: RawTable,
  map: Mapping,
  ev: Evidence,
  option: DecimalSep | undefined,
  fallback: DecimalSep,
  diagnostics: Diagnostic[],
): Reading {
  const decimal = decideMarks(ev, option, fallback);
  for (const [h, c] of Object.entries(ev.columns)) {
    if (c.dot && c.comma) {
      const [x, y] = c.dot.row < c.comma.row ? [c.dot, c.comma] : [c.comma, c.dot];
      diagnostics.push(
        diag(DIAG.decimalMarkConflict, {
          row: y.row,
          column: h,
          value: y.value,
          args: { row1: x.row, value1: x.value, mark: decimal[h].mark },
        }),
      );
    } else if (decimal[h].by !== "data" && c.ambiguous) {
      diagnostics.push(
        diag(DIAG.decimalMarkAssumed, {
          row: c.ambiguous.row,
          column: h,
          value: c.ambiguous.value,
          args: { mark: decimal[h].mark },
        }),
      );
    }
  }
  const reading: Reading = {
    decimal,
    date: map.date !== undefined ? (table.headers[map.date] ?? "") : "",
    dateUnused: unusedDates(table.headers, map.date),
  };
  const signed = signedLikeDirection(table, map, ev, diagnostics);
  if (signed !== undefined) reading.signedLikeDirection = signed;
  if (ev.sensZero !== undefined && map.direction !== undefined) {
    const column = table.headers[map.direction] ?? "";
    reading.sens = { column, convention: "0/1", proof: ev.sensZero };
    diagnostics.push(diag(DIAG.sensZeroOne, { row: ev.sensZero.row, column, value: "0" }));
  } else if (ev.sensKey !== undefined && map.direction !== undefined) {
    const column = table.headers[map.direction] ?? "";
    reading.sens = { column, convention: "posting_key", proof: ev.sensKey };
    const { row, value } = ev.sensKey;
    diagnostics.push(diag(DIAG.sensPostingKey, { row, column, value }));
  }
  const dcol = map.discount_amount;
  if (dcol !== undefined) {
    const header = table.headers[dcol] ?? "";
    const rate = isRate(ev.columns[header], header);
    reading.discount = rate
      ? { column: header, as: "rate", scale: rateScale(ev.columns[header], header) }
      : { column: header, as: "amount" };
    if (rate) rateScaleDiagnostic(header, ev.columns[header], diagnostics);
    discountFormNotes(header, ev.columns[header], decimal[header]?.mark ?? fallback, diagnostics);
    if (map.amount !== undefined && map.net_amount === undefined) {
      const amountHeader = table.headers[map.amount] ?? "";
      const hasPrice = map.quantity !== undefined && map.unit_price !== undefined;
      // A summary (no document, customer nor product) lists sales before their deductions.
      const own = [map.id, map.client, map.doc_type, map.product, map.quantity];
      const summary = !rate && own.every((c) => c === undefined);
      const fields = !rate && revenueBesideValueFields(table, map, amountHeader);
      reading.amount = amountReading(amountHeader, ev, hasPrice, summary, fields);
      amountDiagnostics(reading, ev, rate, diagnostics);
      if (fields && reading.amount.by === "header" && reading.amount.is === "gross")
        diagnostics.push(valueFieldsNote(table, map, amountHeader));
    }
  }
  valueFieldNotes(table, map, diagnostics);
  const rate = reading.discount?.as === "rate" ? reading.discount.column : "";
  const title = titleAbove(table);
  const units = withoutFormatScaled(table, moneyUnits(table.headers, map, title, rate), diagnostics);
  if (units !== null) {
    reading.units = units;
    // A unit named only by the title above the header: said once, with the title.
    const byTitle = moneyUnits(table.headers, map, "", rate) === null;
    for (const [column, factor] of Object.entries(units)) {
      const spec = byTitle ? DIAG.amountUnitTitle : DIAG.amountUnit;
      diagnostics.push(diag(spec, { row: 0, column, value: byTitle ? title : column, args: { factor } }));
    }
  }
  const shown = formatShownUnits(table, map, rate, units ?? {});
  if (shown !== null) {
    reading.units = { ...reading.units, ...shown };
    for (const [column, factor] of Object.entries(shown))
      diagnostics.push(diag(DIAG.amountUnitShown, { row: 0, column, value: column, args: { factor } }));
  }
  return reading;
}

/**
 * Mapped money columns (but a discount read as rates) whose cells' number format writes the unit
 * the typed values are in (`#,##0.0" k€"` over 12.5), when their header or title gave none.
 */
function formatShownUnits(
  table: RawTable,
  map: Mapping,
  except: string,
  named: Record<string, number>,
): Record<string, number> | null {
  if (table.formatUnits === undefined) return null;
  let out: Record<string, number> | null = null;
  for (const f of MONEY_FIELD_IDS) {
    const c = map[f];
    const factor = c === undefined ? undefined : table.formatUnits.get(c);
    const header = c === undefined ? undefined : table.headers[c];
    if (factor === undefined || header === undefined || header === except || header in named) continue;
    (out ??= {})[header] = factor;
  }
  return out;
}

/**
 * The header units but those of columns whose number format shows full amounts in the same unit
 * ("CA (k€)" over 1 234 567 formatted `#,##0,`): read as written, each said (amount_unit_format).
 */
function withoutFormatScaled(
  table: RawTable,
  units: Record<string, number> | null,
  diagnostics: Diagnostic[],
): Record<string, number> | null {
  if (units === null || table.formatScales === undefined) return units;
  const out: Record<string, number> = {};
  for (const [column, factor] of Object.entries(units)) {
    const col = table.headers.indexOf(column);
    if (table.formatScales.get(col) === factor)
      diagnostics.push(diag(DIAG.amountUnitFormat, { row: 0, column, value: column, args: { factor } }));
    else out[column] = factor;
  }
  return Object.keys(out).length > 0 ? out : null;
}

/**
 * rate_scale_assumed: a "%" header over values all within 0–1 ("Remise %" = 0,5): read as percent
 * points (0,5 %) by the header, which the data cannot prove (0,5 could be a 50 % fraction).
 */
function rateScaleDiagnostic(
  header: string,
  ev: ColumnEvidence | undefined,
  diagnostics: Diagnostic[],
): void {
  if (!ev || ev.over1 || ev.percent || !ev.fraction || !percentHeader(header)) return;
  diagnostics.push(
    diag(DIAG.rateScaleAssumed, { row: ev.fraction.row, column: header, value: ev.fraction.value }),
  );
}

/** The notes of Sage's discount forms the column holds: its first cascade and its first amount per unit, as read. */
function discountFormNotes(
  header: string,
  ev: ColumnEvidence | undefined,
  sep: DecimalSep,
  diagnostics: Diagnostic[],
): void {
  const c = ev?.cascade;
  if (c !== undefined) {
    const rate = cascadeRate(c.value, sep);
    // Written with the cell's own decimal mark ("10,00%+5,00%" → 14,5 %).
    const percent = rate === null ? "" : rate.times(100).toString();
    const args = { rate: sep === "," ? percent.replace(".", ",") : percent };
    diagnostics.push(diag(DIAG.discountCascade, { row: c.row, column: header, value: c.value, args }));
  }
  const u = ev?.perUnit;
  if (u !== undefined)
    diagnostics.push(diag(DIAG.discountPerUnit, { row: u.row, column: header, value: u.value }));
}

/** net_amount when the data cannot prove net vs gross; amount_reading_contradicted for a row against the reading. */
function amountDiagnostics(reading: Reading, ev: Evidence, rate: boolean, diagnostics: Diagnostic[]): void {
  const a = reading.amount;
  if (!a) return;
  if (a.by === "assumed") {
    diagnostics.push(
      diag(rate ? DIAG.netAmountRate : DIAG.netAmount, {
        row: 0,
        column: a.column,
        value: reading.discount?.column ?? "",
      }),
    );
    return;
  }
  const against = a.is === "net" ? (ev.gross ?? ev.neither) : (ev.net ?? ev.neither);
  if (a.by === "data" && against) {
    diagnostics.push(
      diag(a.is === "net" ? DIAG.amountReadingContradicted : DIAG.amountGrossContradicted, {
        row: against.row,
        column: a.column,
        value: against.value,
      }),
    );
  }
}

/** amount_value_fields: the revenue read gross, the deduction columns taken off it named. */
function valueFieldsNote(table: RawTable, map: Mapping, amountHeader: string): Diagnostic {
  const mapped = (["discount_amount", "rebate_amount", "return_amount"] as const).flatMap((f) =>
    map[f] === undefined ? [] : [table.headers[map[f]] ?? ""],
  );
  const value = [...mapped, ...deductionValueFields(table.headers, map).map((f) => f.header)].join(", ");
  return diag(DIAG.amountValueFields, { row: 0, column: amountHeader, value });
}

/** A short signature of the decisions of a reading: chunks computed under different signatures must be recomputed. */
export function readingSignature(r: Reading): string {
  const marks = Object.entries(r.decimal)
    .map(([h, d]) => `${h}=${d.mark}${d.by}`)
    .sort()
    .join("|");
  return `${marks};${r.discount?.as ?? ""}${r.discount?.scale ?? ""};${r.amount?.is ?? ""}${r.amount?.by ?? ""};${r.sens?.convention ?? ""};${r.vat?.is ?? ""}${r.ttcRate ? "r" : ""}${r.lessTips ? "t" : ""}${r.lessCollected ? "c" : ""}${r.plusShipping ? "p" : ""}${r.plusShipping?.also !== undefined ? "g" : ""};${r.signedLikeDirection ? "s" : ""};${r.journal ? "j" : ""}${r.refundOutside ? "o" : ""}${r.netSides?.saleSide ?? ""}`;
}
