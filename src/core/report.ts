/**
 * The CLI's JSON contract (SPEC 9) built from an engine result. Names and meanings are a contract:
 * add fields, never rename them.
 */
import type Decimal from "decimal.js";
import { lineClassification, lineContribution, type EngineResult } from "./engine";
import { toDecimalString } from "./money";
import {
  DEDUCTION_KINDS,
  EXCLUDED_REASONS,
  SCOPES,
  type DeductionKind,
  type ExcludedReason,
  type Lang,
} from "./types";

/** One line counted "à vérifier": the row the user sees, its contribution and the reason in words. */
export interface ReviewEntry {
  row: number;
  amount: Decimal;
  reason: string;
  /** Its worksheet, when the table was read from a workbook's period sheets (RawTable.sheet). */
  sheet?: string;
}

const SCOPE_REVIEW = SCOPES.indexOf("to_review");

/**
 * Every line to review of a result, in row order, with its reason in `lang` (SPEC 9 `review`).
 * Works on compute() results and on computeChunks() ones (which keep their lines to review).
 */
export function reviewList(r: EngineResult, lang: Lang = "fr"): ReviewEntry[] {
  const out: ReviewEntry[] = [];
  const { scope, count, rowNumber } = r.lines;
  for (let i = 0; i < count; i++) {
    if (scope[i] !== SCOPE_REVIEW) continue;
    const c = lineClassification(r, i);
    const sheet = r.lines.sheet?.[i] ?? r.table.sheet;
    const entry = { row: rowNumber[i], amount: lineContribution(r, i), reason: c ? c.reason[lang] : "" };
    out.push(sheet === undefined ? entry : { ...entry, sheet });
  }
  return out;
}

export interface CaopJson {
  caop: string;
  currency: string;
  gross_sales: string;
  deductions: Record<DeductionKind, string>;
  excluded: Record<ExcludedReason, { count: number; amount: string }>;
  to_review: { count: number; amount: string };
  /** Every line counted "à vérifier" (row the user sees, amount, reason in the message language). */
  review: { row: number; amount: string; reason: string; sheet?: string }[];
  months: {
    period: string;
    caop: string;
    gross_sales: string;
    deductions: Record<DeductionKind, string>;
    to_review: { count: number; amount: string };
  }[];
  diagnostics: {
    row: number;
    column: string;
    value: string;
    message: string;
    message_en: string;
    code: string;
    severity: string;
    amount?: string;
    /** The worksheet of `row` when a workbook's period sheets were read together. */
    sheet?: string;
  }[];
  lines: number;
  ignored: { count: number; amount: string };
  strict: boolean;
  mapping: Record<string, string>;
  /** How the data was read (issue 9 item 1): decimal mark per amount column, sales date, discount, net/gross. */
  reading: ReadingJson;
}

/** The JSON `reading` object: what each column's data proved, or what was assumed (diagnosed). */
export interface ReadingJson {
  decimal: Record<string, "." | ",">;
  /**
   * How each decimal mark was decided: "data" (with its row and value; and `column` when another
   * column of the file proved it, the column itself holding only ambiguous values), "option" or "default".
   */
  decimal_by: Record<string, { by: string; row?: number; value?: string; column?: string }>;
  date: string;
  date_unused: string[];
  discount?: { column: string; as: "rate" | "amount" };
  amount?: { column: string; is: "net" | "gross"; by: string; row?: number };
  /** A direction column written 0/1 (Sage: 0 = débit, 1 = crédit) or as SAP posting keys (40 / 50), with its proving row. */
  sens?: { column: string; convention: "0/1" | "posting_key"; row: number };
  /** Document-type column whose credit notes are returns; unsigned: all positive, they subtract. */
  credit_notes?: { column: string; unsigned: boolean };
  /** The amount beside a VAT column, proven TTC (read less that VAT) or HT by it, with the proving row. */
  vat?: { column: string; vat: string; is: "ttc" | "ht"; row: number };
  /** Money columns whose header names a unit ("Montant (k€)": 1000): each value read × that factor. */
  units?: Record<string, number>;
  /** A journal's one signed amount proven debit positive by its balanced entries: read negated (row: the first). */
  /** Read negated: proven by entries (row: the first), by an extract of revenue accounts (by "extract"), or the user's --signs (by "option"). */
  journal?: { column: string; convention: "debit_positive"; row?: number; by?: "extract" | "option" };
}

/** The `reading` JSON of an engine result. */
export function readingJson(r: EngineResult): ReadingJson {
  const rd = r.reading;
  const out: ReadingJson = {
    decimal: Object.fromEntries(Object.entries(rd.decimal).map(([h, d]) => [h, d.mark])),
    decimal_by: Object.fromEntries(
      Object.entries(rd.decimal).map(([h, d]) => [
        h,
        d.proof
          ? {
              by: d.by,
              row: d.proof.row,
              value: d.proof.value,
              ...(d.proof.column !== undefined ? { column: d.proof.column } : {}),
            }
          : { by: d.by },
      ]),
    ),
    date: rd.date,
    date_unused: rd.dateUnused,
  };
  if (rd.discount) out.discount = rd.discount;
  if (rd.sens) out.sens = { column: rd.sens.column, convention: rd.sens.convention, row: rd.sens.proof.row };
  if (rd.amount) {
    const a = rd.amount;
    out.amount = { column: a.column, is: a.is, by: a.by, ...(a.proof ? { row: a.proof.row } : {}) };
  }
  if (r.creditNotes) out.credit_notes = { ...r.creditNotes };
  if (rd.vat) out.vat = { column: rd.vat.column, vat: rd.vat.vat, is: rd.vat.is, row: rd.vat.proof.row };
  if (rd.units) out.units = { ...rd.units };
  if (rd.journal) {
    const { column, convention, proof } = rd.journal;
    out.journal = {
      column,
      convention,
      ...(proof && proof.by !== "option" ? { row: proof.row } : {}),
      ...(proof?.by ? { by: proof.by } : {}),
    };
  }
  return out;
}

/** The JSON object `caop compute --json` prints; `lang` is the language of the review reasons. */
export function toJson(r: EngineResult, lang: Lang = "fr"): CaopJson {
  const t = r.totals;
  const ded = (d: Record<DeductionKind, { toFixed(): string } & Parameters<typeof toDecimalString>[0]>) =>
    Object.fromEntries(DEDUCTION_KINDS.map((k) => [k, toDecimalString(d[k])])) as Record<
      DeductionKind,
      string
    >;
  return {
    caop: toDecimalString(t.caop),
    currency: r.currency,
    gross_sales: toDecimalString(t.gross_sales),
    deductions: ded(t.deductions),
    excluded: Object.fromEntries(
      EXCLUDED_REASONS.map((k) => [
        k,
        { count: t.excluded[k].count, amount: toDecimalString(t.excluded[k].amount) },
      ]),
    ) as CaopJson["excluded"],
    to_review: { count: t.to_review.count, amount: toDecimalString(t.to_review.amount) },
    review: reviewList(r, lang).map((l) => ({
      row: l.row,
      amount: toDecimalString(l.amount),
      reason: l.reason,
      ...(l.sheet !== undefined ? { sheet: l.sheet } : {}),
    })),
    months: r.months.map((m) => ({
      period: m.period,
      caop: toDecimalString(m.totals.caop),
      gross_sales: toDecimalString(m.totals.gross_sales),
      deductions: ded(m.totals.deductions),
      to_review: { count: m.totals.to_review.count, amount: toDecimalString(m.totals.to_review.amount) },
    })),
    diagnostics: r.diagnostics.map((d) => ({
      row: d.row,
      column: d.column,
      value: d.value,
      message: d.message,
      message_en: d.messageEn,
      code: d.code,
      severity: d.severity,
      ...(d.amount !== undefined ? { amount: d.amount } : {}),
      ...(d.sheet !== undefined ? { sheet: d.sheet } : {}),
    })),
    lines: t.lines,
    ignored: { count: r.ignored.count, amount: toDecimalString(r.ignored.amount) },
    strict: r.strict,
    mapping: Object.fromEntries(
      Object.entries(r.mapping).map(([f, c]) => [f, r.table.headers[c as number] ?? String(c)]),
    ),
    reading: readingJson(r),
  };
}
