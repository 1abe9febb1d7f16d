/**
 * Workbooks kept one period a sheet ("Janvier | Février | Mars", "Ventes T1 | Ventes T2", "2025-01 |
 * 2025-02"): sheets whose names differ only by the period they name and whose headers are the same
 * are one table cut in tabs, read together. A sheet named otherwise ("Achats", "Copie de Janvier",
 * "Janvier (2)", "Feuil2"), after a year alone ("2025", which may repeat the month sheets) or year to
 * date ("Cumul février") is never taken for one of them, nor are sheets that repeat each other's lines:
 * year-to-date sheets, each holding the lines of the one before and more, are read by the most
 * complete alone (toDateChain).
 */
import { detectMapping, FIELD_SYNONYMS, saysTaxIncluded } from "../../core/fields";
import type { FieldId } from "../../core/types";
import { MONTH_WORDS } from "../../core/dates";
import { normalizeText, wordsOf } from "../../core/text";

/** What a word of a sheet name says of its period: a week, a month, a quarter, a half-year (finer periods first). */
const PERIOD_KINDS = ["week", "month", "quarter", "half"] as const;
type PeriodKind = (typeof PERIOD_KINDS)[number];

/** Words naming a period shorter than a year: months (FR/EN, abbreviated), quarters, halves. */
const PERIOD_WORDS: ReadonlyMap<string, PeriodKind> = new Map<string, PeriodKind>([
  ...[...MONTH_WORDS.keys()].map((w) => [w, "month"] as const),
  ...["t", "q"].flatMap((p) => [1, 2, 3, 4].map((n) => [`${p}${n}`, "quarter"] as const)),
  ...["s1", "s2", "h1", "h2"].map((w) => [w, "half"] as const),
]);

/** A month number written on two digits ("01", "2025-01"): "Version 1", "Feuille 2" name no month. */
const MONTH_NUMBER = /^(?:0[1-9]|1[0-2])$/;
/** Words naming a week, followed by its number ("Semaine 12", "Week 3"). */
const WEEK_WORDS: ReadonlySet<string> = new Set(["semaine", "sem", "week", "wk"]);
const WEEK_NUMBER = /^(?:[1-9]|[1-4]\d|5[0-3])$/;
/** A week written as one word on two digits ("S01", "W07", "Sem05"); "S1", "S2" are half-years. */
const WEEK_WORD = /^(?:s|w|sem|wk)(0[1-9]|[1-4]\d|5[0-3])$/;
const YEAR = /^(?:19|20)\d\d$/;

/** Words of a year-to-date sheet ("Cumul février"): it repeats the months before it. */
const TO_DATE_WORDS: ReadonlySet<string> = new Set([
  "cumul",
  "cumule",
  "cumulee",
  "cumuls",
  "ytd",
  "cumulative",
]);

/** The name Excel gives a copied sheet: the original's, then "(2)", "(3)"… */
const EXCEL_COPY = /\(\d+\)\s*$/;

/** A sheet name read as a period: the kind of period it names and what it says besides. */
export interface SheetPeriod {
  kind: PeriodKind;
  /** The name's other words ("Ventes janvier 2025" → "ventes"). */
  rest: string;
  /** The period itself, the same however written ("Janvier", "janv." → "month 1"), with its year. */
  id: string;
  /** The month (1–12) and year the name gives, when it names them ("Janvier 2025", "VE 01-2025"). */
  month?: number;
  year?: number;
}

/**
 * The period a sheet name names, shorter than a year, or null: a year alone ("2025": it may hold the
 * months the other sheets repeat), no period ("Achats"), or Excel's copy of a sheet ("Janvier (2)").
 * @example sheetPeriod("Ventes février 2025") //=> { kind: "month", rest: "ventes" }
 */
export function sheetPeriod(name: string): SheetPeriod | null {
  if (EXCEL_COPY.test(name)) return null;
  if (wordsOf(name).some((w) => TO_DATE_WORDS.has(w))) return null;
  const rest: string[] = [];
  const id: string[] = [];
  let month: number | undefined;
  let year: number | undefined;
  let kind: number = PERIOD_KINDS.length;
  const words = wordsOf(name);
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (WEEK_WORDS.has(w) && WEEK_NUMBER.test(words[i + 1] ?? "")) {
      kind = Math.min(kind, PERIOD_KINDS.indexOf("week"));
      id.push(`w${Number(words[++i])}`);
      continue;
    }
    const week = WEEK_WORD.exec(w);
    if (week !== null) {
      kind = Math.min(kind, PERIOD_KINDS.indexOf("week"));
      id.push(`w${Number(week[1])}`);
      continue;
    }
    const k = MONTH_NUMBER.test(w) ? "month" : PERIOD_WORDS.get(w);
    if (k !== undefined) {
      kind = Math.min(kind, PERIOD_KINDS.indexOf(k));
      if (k === "month") month = MONTH_WORDS.get(w) ?? Number(w);
      id.push(k === "month" ? String(month) : w);
    } else if (YEAR.test(w)) {
      id.push(w);
      year = Number(w);
    } else rest.push(w);
  }
  if (kind === PERIOD_KINDS.length) return null;
  const kindName = PERIOD_KINDS[kind];
  const monthOf = kindName === "month" && month !== undefined ? { month } : {};
  return {
    kind: kindName,
    rest: rest.join(" "),
    id: id.join(" "),
    ...monthOf,
    ...(year !== undefined ? { year } : {}),
  };
}

/**
 * Indexes of the sheets read with sheet `chosen` (itself included, in workbook order): those naming
 * another period of the same kind (months, quarters…) with the same other words and the same
 * fields read (headerKey). Only `chosen` when it names no period
 * or no other sheet is its sibling. `headers(i)` gives a sheet's header (null: not a candidate).
 */
export function periodSiblings(
  names: readonly string[],
  chosen: number,
  headers: (i: number) => readonly string[] | null,
): number[] {
  const period = sheetPeriod(names[chosen]);
  const own = headers(chosen);
  if (period === null || own === null) return [chosen];
  const key = headerKey(own);
  // Each period once: "Janvier" and "Janv." are one month, never read twice.
  const periods = new Set([period.id]);
  const out = [chosen];
  names.forEach((name, i) => {
    const p = sheetPeriod(name);
    if (i === chosen || p?.kind !== period.kind || p.rest !== period.rest || periods.has(p.id)) return;
    const h = headers(i);
    if (h === null || headerKey(h) !== key) return;
    periods.add(p.id);
    out.push(i);
  });
  return out.sort((a, b) => a - b);
}

/**
 * A header compared across sheets: the fields it maps, each with whether its header says tax
 * included. A column no field reads (a month's "Remarque" added by hand), the columns' order and
 * their wording among the field's own names ("Montant HT" in January, "Mt HT" in February) leave it
 * the same; "Montant TTC", "Montant encaissé" or "Montant HT (USD)" beside "Montant HT" do not.
 */
export function headerKey(headers: readonly string[]): string {
  const { mapping } = detectMapping(headers);
  return Object.entries(mapping)
    .map(([f, c]) => {
      const h = normalizeText(String(headers[c] ?? ""));
      // A header named otherwise than by one of its field's own names ("Montant encaissé", "Montant
      // HT (USD)") is compared as written.
      const own = EXACT_NAMES.get(f as FieldId)?.has(h) === true ? f : `${f}:${h}`;
      return saysTaxIncluded(h) ? `${own}+tax` : own;
    })
    .sort()
    .join(",");
}

/** Each field's own header names, normalised ("Montant HT", "Mt HT", "Montant HT (EUR)"…). */
const EXACT_NAMES: ReadonlyMap<FieldId, ReadonlySet<string>> = new Map(
  Object.entries(FIELD_SYNONYMS).map(([f, names]) => [f as FieldId, new Set(names.map(normalizeText))]),
);

/** A sheet's header and rows as compared across sheets (its total rows, `notLines`, left out). */
interface SheetRows {
  headers: readonly string[];
  rows: readonly (readonly unknown[])[];
  notLines?: ReadonlySet<number>;
}

/** Each non-blank row of a sheet as compared across sheets: its mapped fields' cells, in the fields' order. */
function rowKeys(sheet: SheetRows): string[] {
  const { mapping } = detectMapping(sheet.headers);
  const cols = Object.entries(mapping)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([, c]) => c);
  // The cells a line has: its date and its money (a template's footer "Établi par : …", a heading
  // "Avoirs" repeated on each month's sheet have neither, and are no repeated line).
  const needed = [
    mapping.date,
    mapping.amount ?? mapping.net_amount ?? mapping.debit ?? mapping.credit,
  ].filter((c): c is number => c !== undefined);
  const blank = (v: unknown): boolean =>
    v === null || v === undefined || (typeof v === "string" && v.trim() === "");
  const keys: string[] = [];
  sheet.rows.forEach((row, i) => {
    // A sheet's own total rows (its =SUM) are no lines: each sheet's differs.
    if (sheet.notLines?.has(i) === true || row.every(blank) || needed.some((c) => blank(row[c]))) return;
    keys.push(JSON.stringify(cols.map((c) => row[c] ?? null)));
  });
  return keys;
}

/**
 * Year-to-date sheets ("Cumul janvier | Cumul février", "Situation au 31-01 | Situation au 28-02",
 * month sheets where "Février" repeats January): each holds all the lines of a smaller one and more.
 * The index of the most complete (the one to read: it holds every line once), or null when the
 * sheets are not such a chain (disjoint months, a summary, two versions, copies).
 */
export function toDateChain(sheets: readonly SheetRows[]): number | null {
  if (sheets.length < 2) return null;
  const keyed = sheets.map((sheet, i) => ({ i, keys: rowKeys(sheet) }));
  keyed.sort((a, b) => a.keys.length - b.keys.length);
  for (let k = 1; k < keyed.length; k++) {
    const smaller = keyed[k - 1].keys;
    const larger = new Map<string, number>();
    for (const key of keyed[k].keys) larger.set(key, (larger.get(key) ?? 0) + 1);
    if (keyed[k].keys.length <= smaller.length) return null;
    // Every line of the smaller sheet again in the larger one (as many times).
    for (const key of smaller) {
      const n = larger.get(key) ?? 0;
      if (n === 0) return null;
      larger.set(key, n - 1);
    }
  }
  return keyed[keyed.length - 1].i;
}

/**
 * Whether sheets read together repeat each other's lines (month sheets kept year to date: "Février"
 * holds January's lines again): then they are not one table cut in tabs. `sheets`: each sheet's
 * header and rows; a row is compared by the cells of its mapped fields, in the fields' order (a
 * column one sheet adds, or columns in another order, do not hide a repeated line).
 */
export function sheetsOverlap(sheets: readonly SheetRows[]): boolean {
  const seen = new Set<string>();
  for (const sheet of sheets) {
    const own = new Set<string>();
    for (const key of rowKeys(sheet)) {
      if (seen.has(key)) return true;
      own.add(key);
    }
    for (const k of own) seen.add(k);
  }
  return false;
}

/** A sheet of sales invoices by its name ("Factures", "Ventes 2025", "Invoices"). */
const SALES_SHEET =
  /^(?:factures?(?: clients?| de vente| ventes?)?|ventes?|invoices?|sales(?: invoices?)?)(?: (?:19|20)\d\d)?$/;

/**
 * Sheets of invoices and sheets of credit notes kept apart ("Factures | Avoirs"): the indexes of the
 * sheets read with `chosen` (itself included) when one names sales invoices and the others credit
 * notes (`isCredit`, repeated-headers.ts creditTitle), each with a date and an amount written as the
 * invoices' is (tax included or not), under its own header (`N° avoir | Facture d'origine | Motif`
 * beside the invoices' columns); only `chosen` otherwise.
 */
export function creditSiblings(
  names: readonly string[],
  chosen: number,
  headers: (i: number) => readonly string[] | null,
  isCredit: (name: string) => boolean,
): number[] {
  const sales = (n: string): boolean => SALES_SHEET.test(normalizeText(n));
  const invoices = names.flatMap((n, i) => (sales(n) && headers(i) !== null ? [i] : []));
  if (invoices.length !== 1) return [chosen];
  const amount = amountKey(headers(invoices[0]) ?? []);
  const credits = names.flatMap((n, i) => {
    const h = isCredit(n) ? headers(i) : null;
    return h !== null && amount !== null && amountKey(h) === amount ? [i] : [];
  });
  if (credits.length === 0 || ![...invoices, ...credits].includes(chosen)) return [chosen];
  return [...invoices, ...credits].sort((a, b) => a - b);
}

/** What a credit-note sheet shares with its invoices' to be read with them: a date, and an amount with or without tax. */
function amountKey(headers: readonly string[]): string | null {
  const { mapping } = detectMapping(headers);
  if (mapping.date === undefined || mapping.amount === undefined) return null;
  return saysTaxIncluded(normalizeText(String(headers[mapping.amount] ?? ""))) ? "tax" : "net";
}

/**
 * Whether credit-note sheets belong with the invoices' (creditSiblings): each credit sheet's
 * customers are customers of the invoices (half of them at least), read in a customer column both
 * map. An "Avoirs" sheet of bank balances beside "Ventes" names no customer of theirs.
 */
export function creditsRelated(sheets: readonly SheetRows[], isCredit: readonly boolean[]): boolean {
  const customers = (k: number): Set<string> | null => {
    const c = detectMapping(sheets[k].headers).mapping.client;
    if (c === undefined) return null;
    const out = new Set<string>();
    for (const row of sheets[k].rows) {
      const v = row[c];
      if (typeof v === "string" && v.trim() !== "") out.add(normalizeText(v));
    }
    return out;
  };
  const invoiced = new Set<string>();
  for (let k = 0; k < sheets.length; k++) {
    if (isCredit[k]) continue;
    const own = customers(k);
    if (own === null) return false;
    for (const v of own) invoiced.add(v);
  }
  return sheets.every((_, k) => {
    if (!isCredit[k]) return true;
    const own = customers(k);
    if (own === null || own.size === 0) return false;
    let known = 0;
    for (const v of own) if (invoiced.has(v)) known++;
    return known * 2 >= own.size;
  });
}
