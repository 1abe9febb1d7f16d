/**
 * Dated total rows: a report or a hand-kept sheet closes a month or an account with a row dated like
 * a line ("Sous-total janvier", "S/Total février", "Cumul au 28/02/2025", "Total 706000"). Counted,
 * it doubles the sales. A label alone does not prove it ("Total Energies" is a customer): the row
 * is a total when its amount is the sum of the lines above it, since the last total or since the
 * start. Proven, it is set apart (never counted, dated_total_rows warning); not proven, it stays a
 * line and a total_label_counted warning names it. A label naming a month alone ("Janvier",
 * "févr. 2025") is a month's subtotal only when it is dated at that month's end (or in the next
 * month's first days), its amount is the sum of the lines since the last total, all of its month,
 * and it has no client or document number of its own (without such columns, two lines at least);
 * else it is a line of a monthly sheet, said nothing of. A table without a label column may write
 * its totals in a column nothing reads (a till's Z report: "Total" in its VAT-rate column).
 * Undated total rows: account-headings.ts.
 */
import Decimal from "decimal.js";
import { isBlank } from "../../cells";
import { daysInMonth, readDate } from "../../dates";
import { diag, DIAG } from "../../diagnostics";
import { centsToDecimal } from "../../money";
import { normalizeText } from "../../text";
import { rowNumberOf, type CellValue, type Diagnostic, type Mapping, type RawTable } from "../../types";
import { labelColumn, unmappedColumns } from "../../fields";
import { isMonthLabel } from "./month-labels";
import { lineContribution } from "../lines";
import type { EngineResult } from "../result";
import type { TotalsRun } from "./totals-run";

export type { TotalsRun } from "./totals-run";

/** "Sous-total", "S/Total", "Sub-total", "Grand total", "Total …", "Cumul …": the label of a total. */
const TOTAL_WORD = /^\s*(?:sous[-\s]?total|s\s*\/\s*total|sub[-\s]?total|grand[-\s]total|total|cumul)\b/i;
/**
 * A hand sheet's closing rows ("CA janvier", "Chiffre d'affaires T1", "Arrêté au 31/03/2025",
 * "Récapitulatif", "Certifié exact"): a total's label too, but weaker (a line may be called "CA
 * Consulting", a monthly summary's lines "CA janvier", a builder's invoice "Situation au 31/03"): a
 * total only when nothing but a period follows, on a row of its own, and its amount is the sum of
 * the lines above (of the month it names) (verdict).
 */
const CLOSING_WORD =
  /^\s*(?:r[eé]cap(?:itulatif)?|c\.?a\.?(?=\s|$)|chiffres?\s+d['’]\s*affaires?|arr[eê]t[eé](?=\s+(?:au|à|a|du|le|fin)(?![\p{L}\d]))|certifi[eé]e?s?\s+(?:exacte?s?|sinc[eè]res?|conformes?))(?![\p{L}\d])/iu;
/** Either label: TOTAL_WORD or CLOSING_WORD. */
const TOTAL_LABEL = new RegExp(`${TOTAL_WORD.source}|${CLOSING_WORD.source}`, "iu");
/** Two characters' codes as one number, lower case (| 0x20: É → é, S → s; "/" and " " unchanged). */
const pair = (a: number, b: number): number => ((a | 0x20) << 16) | (b | 0x20);
/** The first two letters of the words TOTAL_LABEL starts with: so, su, s/, s␣, to, gr, cu, re, ré, ca, c., ch, ar, si, ce. */
const TOTAL_STARTS: ReadonlySet<number> = new Set(
  ["so", "su", "s/", "s ", "to", "gr", "cu", "re", "ré", "ca", "c.", "ch", "ar", "si", "ce"].map((w) =>
    pair(w.charCodeAt(0), w.charCodeAt(1)),
  ),
);
/**
 * Whether a text may be such a label, from its first two letters: most labels are ruled out there,
 * without the regular expression (one test per line, no string made).
 */
function mayBeTotal(v: string): boolean {
  let i = 0;
  while (v.charCodeAt(i) === 32) i++;
  return TOTAL_STARTS.has(pair(v.charCodeAt(i), v.charCodeAt(i + 1)));
}

/** Words after "Total" that name a period or an account, not a customer: "Sous-total janvier", "Total 706000". */
const PERIOD_WORDS: ReadonlySet<string> = new Set(
  (
    "de du des la le les au a for of the mois month annee year periode period general generale compte account " +
    "journal ht ttc jour day semaine week trimestre quarter janvier fevrier mars avril mai juin juillet aout " +
    "septembre octobre novembre decembre janv fevr fev avr juil sept oct nov dec january february march april " +
    "may june july august september october november december jan feb mar apr jun jul aug sep " +
    "t1 t2 t3 t4 q1 q2 q3 q4 s1 s2 h1 h2 fin end exercice semestre exact exacte sincere conforme"
  ).split(" "),
);

/** Whether a total's label names only a period or an account after its total word ("S/Total février"). */
function periodOnly(label: string): boolean {
  const m = TOTAL_LABEL.exec(label);
  const rest = normalizeText(m ? label.slice(m[0].length) : label);
  return rest.split(" ").every((w) => w === "" || /^\d+$/.test(w) || PERIOD_WORDS.has(w));
}

/** What the dated totals of a table are: rows to set apart, their notes, and the running sums after it. */
export interface DatedTotals {
  rows: Set<number>;
  diagnostics: Diagnostic[];
  run: TotalsRun;
  /** Two rows or more shaped like a month's closing row (closingMonthRow), so far in the file. */
  monthClosings?: true;
}

/** The text of cell `c` when it reads as a total's label, else null. */
function totalText(row: readonly CellValue[], c: number | undefined): string | null {
  const v = c === undefined ? undefined : row[c];
  return typeof v === "string" && mayBeTotal(v) && TOTAL_LABEL.test(v) ? v : null;
}

/** Whether a text names a period's total or a month alone ("Total", "Sous-total janvier", "Mars"), not a customer. */
export function namesPeriodTotal(v: string): boolean {
  return (mayBeTotal(v) && TOTAL_LABEL.test(v) && periodOnly(v)) || isMonthLabel(v);
}

/** A row's total label and the column it is in (`free`: a column nothing reads, freeColumns). */
interface TotalLabel {
  text: string;
  col: number;
  free?: boolean;
}

/**
 * The columns a total's label may also sit in (totalLabel's `free`): in a table without a label
 * column, those nothing reads (a till's Z report writes its daily "Total" in its VAT-rate column).
 */
export function freeColumns(map: Mapping, width: number): number[] {
  if (labelColumn(map) !== undefined) return [];
  // A VAT rate column is read for its rates only: a "Total" there is a total's label too.
  const free = unmappedColumns(map, width);
  return map.vat_rate === undefined ? free : [...free, map.vat_rate].sort((a, b) => a - b);
}

/**
 * The label of a row that reads as a total ("Sous-total janvier") in the label or account column, a
 * period's total in the client column (a hand-kept sheet's "Sous-total février" typed there), a
 * month's name alone in the label column, or a total in a `free` column (freeColumns); else null.
 */
function totalLabel(row: readonly CellValue[], map: Mapping, free: readonly number[]): TotalLabel | null {
  const { label, account, client } = map;
  const text = totalText(row, label);
  if (text !== null) return { text, col: label as number };
  for (const c of free) {
    const t = totalText(row, c);
    if (t !== null) return { text: t, col: c, free: true };
  }
  const acc = totalText(row, account);
  if (acc !== null) return { text: acc, col: account as number };
  const month = monthText(row, label);
  if (month !== null) return { text: month, col: label as number };
  // A month alone in the date column of a row without a label of its own ("janv. 2025" over its lines).
  const dated = label === undefined || isBlank(row[label]) ? monthText(row, map.date) : null;
  if (dated !== null) return { text: dated, col: map.date as number };
  // Typed in the client column of a row without a label of its own: "Sous-total février", "Janvier"
  // (a customer "TOTAL" has its line's label beside it).
  if (client === undefined || (label !== undefined && !isBlank(row[label]))) return null;
  const cli = totalText(row, client);
  if (cli !== null && periodOnly(cli)) return { text: cli, col: client };
  const cliMonth = monthText(row, client);
  return cliMonth === null ? null : { text: cliMonth, col: client };
}

/**
 * The text of a row's total label (totalLabel), else null. Called for each row of the
 * straightforward path: no allocation for the rows without one.
 */
export function totalLabelOf(
  row: readonly CellValue[],
  map: Mapping,
  free: readonly number[],
): string | null {
  return totalLabel(row, map, free)?.text ?? null;
}

/** The text of cell `c` when it names a month alone, else null. */
function monthText(row: readonly CellValue[], c: number | undefined): string | null {
  const v = c === undefined ? undefined : row[c];
  return typeof v === "string" && isMonthLabel(v) ? v : null;
}

/** Month numbers by the first three letters of their names (normalizeText's), French and English; juin and juillet by four. */
const MONTH_NUMBERS: ReadonlyMap<string, number> = new Map([
  ["jan", 1],
  ["fev", 2],
  ["feb", 2],
  ["mar", 3],
  ["avr", 4],
  ["apr", 4],
  ["mai", 5],
  ["may", 5],
  ["jun", 6],
  ["jul", 7],
  ["aou", 8],
  ["aug", 8],
  ["sep", 9],
  ["oct", 10],
  ["nov", 11],
  ["dec", 12],
]);

/**
 * The month (yyyymm) a month's label names, in the year it gives or the row's (the year before when
 * the row is dated in the next one: "Décembre" on 02/01/2026); the row's month when unreadable.
 */
function namedPeriod(label: string, rowPeriod: number): number {
  const words = normalizeText(label).split(" ");
  const w = words[0] ?? "";
  const m = w.startsWith("juin") ? 6 : w.startsWith("juil") ? 7 : (MONTH_NUMBERS.get(w.slice(0, 3)) ?? 0);
  if (m === 0 || rowPeriod < 0) return rowPeriod;
  const y = words.map(Number).find((n) => n >= 1900 && n <= 2100);
  const short = words.map(Number).find((n, k) => k > 0 && words[k].length === 2 && n >= 0);
  const rowYear = Math.floor(rowPeriod / 100);
  const year = y ?? (short !== undefined ? 2000 + short : m > rowPeriod % 100 ? rowYear - 1 : rowYear);
  return year * 100 + m;
}

/** Whether a text starts with a month's name ("mars", "Févr. 2025"). */
function namesMonth(text: string): boolean {
  const w = normalizeText(text).split(" ")[0] ?? "";
  return w.startsWith("juin") || w.startsWith("juil") || (w.length >= 3 && MONTH_NUMBERS.has(w.slice(0, 3)));
}

/** Days after a month's end a row closing it may be dated (the subtotal written on the 1st of the next month). */
const CLOSING_DAYS = 5;

/** True when a row is dated on the last day of month `period` (yyyymm) or in the first days of the next. */
function atMonthEnd(result: EngineResult, row: readonly CellValue[], period: number): boolean {
  const col = result.mapping.date;
  const d = col === undefined ? null : readDate(row[col], result.dateOrder, result.table.date1904 ?? false);
  if (d === null) return false;
  const y = Math.floor(period / 100);
  const m = period % 100;
  if (d.y === y && d.m === m) return d.d === daysInMonth(y, m);
  const next = m === 12 ? (y + 1) * 100 + 1 : period + 1;
  return d.y * 100 + d.m === next && d.d <= CLOSING_DAYS;
}

/** What a labelled row is: a total proven by its sum, a total whose sum is off, or a line. */
type Verdict = "total" | "off" | "line";

/**
 * The verdict on a labelled row of contribution `c`. A label naming more than a period ("Total
 * Energies - maintenance") may be a customer's: a total only over two lines or more, with no
 * document number or customer of its own. A period's total ("Sous-total janvier") on a row of its
 * own after lines is never a sale, even when its sum is off (a line missed by hand).
 */
function verdict(
  result: EngineResult,
  i: number,
  row: readonly CellValue[],
  at: TotalLabel,
  own: readonly number[],
  sums: Sums,
  singleMonths: boolean,
): Verdict {
  const c = lineContribution(result, i);
  const month = !TOTAL_LABEL.test(at.text);
  const period = month || periodOnly(at.text);
  const alone = own.every((k) => k === at.col || isBlank(row[k]));
  // A closing row's word ("CA", "Arrêté au"): a period alone after it, no customer or document of its
  // own (without such columns, the sum of two lines at least); naming a month ("CA mars"), the sum of
  // that month's lines.
  if (!month && !TOTAL_WORD.test(at.text)) {
    if (!period || !alone) return "line";
    const rest = at.text.replace(CLOSING_WORD, "");
    if (!namesMonth(rest)) return sums.matches(c, own.length > 0 ? 1 : 2) ? "total" : "line";
    const min = own.length > 0 || singleMonths ? 1 : 2;
    return sums.closesMonth(c, namedPeriod(rest, result.lines.period[i]), min) ? "total" : "line";
  }
  // In a column nothing reads, "Total" may be a brand or a supplier: a total has no invoice, customer
  // or unit price of its own.
  const price = result.mapping.unit_price;
  if (at.free === true && (!alone || (price !== undefined && !isBlank(row[price])))) return "line";
  if (month) {
    // A month's subtotal closes its month (dated at its end or in the next month's first days: not
    // "Avril", a customer, mid-April) and has no client or document of its own; without such
    // columns, two lines at least, unless the table closes its months so (`singleMonths`).
    const named = namedPeriod(at.text, result.lines.period[i]);
    // In the date column, the month is the row's date: no day to place it at the month's end.
    const closes = alone && (at.col === result.mapping.date || atMonthEnd(result, row, named));
    // A file closing its months so (proven by sums): one line suffices, but not for a month in the
    // date column (every row of a monthly list has one there).
    const single = singleMonths && at.col !== result.mapping.date;
    const min = own.length > 0 || single ? 1 : 2;
    if (closes && sums.closesMonth(c, named, min)) return "total";
    // In a file that closes its months so, one whose sum is off (typed before a late line) is a total still.
    return single && closes && sums.sinceMonth === named && sums.sincePlain > 0 ? "off" : "line";
  }
  if ((period || alone) && sums.matches(c, period ? 1 : 2)) return "total";
  return period && alone && sums.sincePlain > 0 ? "off" : "line";
}

/**
 * The dated total rows of a computed table (see the module comment), given the rows the pass found
 * labelled as totals (`labelled`, ascending); null when there are none, the common case (the running
 * sums then carry on from `prior` without a pass). Rows naming a month that close a single line
 * are totals too once the file closes two months so (`monthClosings`, proven for all the chunks:
 * `monthClosingsPrior`): one month alone may be a customer "Avril", every month so is a structure.
 */
export function datedTotals(
  result: EngineResult,
  table: RawTable,
  map: Mapping,
  prior: TotalsRun | undefined,
  labelled: readonly number[],
  free: readonly number[],
  monthClosingsPrior = false,
): DatedTotals | null {
  if (labelled.length === 0) return null;
  const found = new Map<number, TotalLabel>();
  for (const i of labelled) {
    const at = totalLabel(table.rows[i], map, free);
    if (at !== null) found.set(i, at);
  }
  const own = [map.id, map.client].filter((c): c is number => c !== undefined);
  const shape = new ShapeRun(prior);
  const months = (prior?.monthTotals ?? 0) + closingMonthRows(result, table, found, own, shape);
  const pass = totalsPass(result, table, prior, found, own, monthClosingsPrior || months >= 2);
  return {
    rows: pass.rows,
    diagnostics: pass.diagnostics,
    run: { ...pass.run, monthTotals: months, shape: shape.run() },
    ...(months >= 2 ? { monthClosings: true } : {}),
  };
}

/**
 * How many rows close their month in the label column: shaped so (closingMonthRow) and holding the
 * sum of the lines since the row before them of that shape (or the start of the file: `shape`
 * carries the lines across chunks), one line at least, all of the month they name. Two such rows
 * in a file make it one that closes its months so (datedTotals): a retainer "Janvier 2025" among
 * the month's sales is no sum of them.
 */
function closingMonthRows(
  result: EngineResult,
  table: RawTable,
  found: ReadonlyMap<number, TotalLabel>,
  own: readonly number[],
  shape: ShapeRun,
): number {
  let count = 0;
  for (let i = 0; i < table.rows.length; i++) {
    if (result.lines.classification[i] < 0) continue;
    const at = found.get(i);
    const closing =
      at !== undefined &&
      at.col !== result.mapping.date &&
      closingMonthRow(result, i, table.rows[i], at, own);
    if (!closing) {
      shape.add(result, i);
      continue;
    }
    const text = TOTAL_LABEL.test(at.text) ? at.text.replace(CLOSING_WORD, "") : at.text;
    if (shape.closes(lineContribution(result, i), namedPeriod(text, result.lines.period[i]))) count++;
    shape.reset();
  }
  return count;
}

/** The lines since the last month-closing-shaped row: their sum, how many, their month (closingMonthRows). */
class ShapeRun {
  private sum: Sum;
  private lines: number;
  private month: number;

  constructor(prior: TotalsRun | undefined) {
    this.sum = new Sum(prior?.shape?.sum);
    this.lines = prior?.shape?.lines ?? 0;
    this.month = prior?.shape?.month ?? NO_MONTH;
  }

  /** Adds line i of a result (whole cents, or its exact amount when it has more decimals). */
  add(r: EngineResult, i: number): void {
    const period = r.lines.period[i];
    const e = r.lines.exact.get(i);
    const c = r.lines.cents[i];
    if (e === undefined && c !== c) return;
    this.month = this.lines === 0 || this.month === period ? period : MIXED_MONTHS;
    if (e !== undefined) this.sum.add(0, e);
    else this.sum.add(c, null);
    this.lines++;
  }

  /** Whether an amount is the sum of the lines since the last such row, all of month `period`. */
  closes(c: Decimal, period: number): boolean {
    return this.lines > 0 && !c.isZero() && this.month === period && c.eq(this.sum.value());
  }

  reset(): void {
    this.sum = new Sum(undefined);
    this.lines = 0;
    this.month = NO_MONTH;
  }

  run(): { sum: string; lines: number; month: number } {
    return { sum: this.sum.value().toString(), lines: this.lines, month: this.month };
  }
}

/**
 * Whether a labelled row is shaped like a month's closing row: it names a month alone (or after a
 * closing word: "CA février"), on a row of its own, dated at that month's end (or in the next
 * month's first days), or in the date column.
 */
function closingMonthRow(
  result: EngineResult,
  i: number,
  row: readonly CellValue[],
  at: TotalLabel,
  own: readonly number[],
): boolean {
  if (!own.every((k) => k === at.col || isBlank(row[k]))) return false;
  const month = !TOTAL_LABEL.test(at.text);
  const text = month ? at.text : at.text.replace(CLOSING_WORD, "");
  if (!month && (TOTAL_WORD.test(at.text) || !periodOnly(at.text) || !namesMonth(text))) return false;
  const named = namedPeriod(text, result.lines.period[i]);
  return at.col === result.mapping.date || atMonthEnd(result, row, named);
}

/** datedTotals' pass over the rows, months of a single line closed or not (`singleMonths`). */
function totalsPass(
  result: EngineResult,
  table: RawTable,
  prior: TotalsRun | undefined,
  found: ReadonlyMap<number, TotalLabel>,
  own: readonly number[],
  singleMonths: boolean,
): DatedTotals {
  const sums = new Sums(prior);
  const rows = new Set<number>();
  const diagnostics: Diagnostic[] = [];
  let example: { row: number; column: string; value: string } | null = null;
  let count = 0;
  const said = new Set<string>(prior?.said);
  for (let i = 0; i < table.rows.length; i++) {
    const at = found.get(i);
    if (at === undefined) {
      if (closedBy(table, i)) sums.total();
      else addLine(sums, result, i, true);
      continue;
    }
    if (result.lines.classification[i] < 0) continue;
    const column = table.headers[at.col] ?? "";
    const where = { row: rowNumberOf(table, i), column, value: at.text };
    const v = verdict(result, i, table.rows[i], at, own, sums, singleMonths);
    if (v === "total") {
      rows.add(i);
      count++;
      example ??= where;
    } else if (v === "off") {
      rows.add(i);
      const args = { written: lineContribution(result, i).toFixed(2), lines: sums.since.value().toFixed(2) };
      diagnostics.push(diag(DIAG.totalRowOff, { ...where, args }));
    } else {
      // Said once per label ("Total Energies" on many lines is one customer); a month's line is no question.
      if (TOTAL_WORD.test(at.text) && !said.has(at.text)) {
        said.add(at.text);
        diagnostics.push(diag(DIAG.totalLabelCounted, where));
      }
      addLine(sums, result, i, false);
      continue;
    }
    sums.total();
  }
  // Each chunk of a streamed file gives its own count: computeChunks says them once, added up.
  if (example !== null) diagnostics.push(diag(DIAG.datedTotalRows, { ...example, args: { count } }));
  return { rows, diagnostics, run: { ...sums.run(), said: [...said].slice(0, 1000) } };
}

/** Sums.sinceMonth before the first line since the last total, and when its lines have several months. */
const NO_MONTH = -2;
const MIXED_MONTHS = -3;

/** One running sum: whole cents in a number (exact below 2^53), amounts with more decimals aside. */
class Sum {
  cents = 0;
  extra: Decimal | null = null;

  constructor(prior: string | undefined) {
    if (prior !== undefined && prior !== "0") this.extra = new Decimal(prior);
  }

  add(cents: number, exact: Decimal | null): void {
    if (exact === null) this.cents += cents;
    else this.extra = this.extra === null ? exact : this.extra.plus(exact);
  }

  value(): Decimal {
    const whole = centsToDecimal(this.cents);
    return this.extra === null ? whole : whole.plus(this.extra);
  }
}

/** The running sums of the lines: signed and in magnitude, since the last total and since the start. */
class Sums {
  since: Sum;
  all: Sum;
  sinceAbs: Sum;
  allAbs: Sum;
  sinceCount: number;
  allCount: number;
  /** The month (yyyymm) of every line since the last total; NO_MONTH before the first, MIXED_MONTHS. */
  sinceMonth: number;
  /** Lines since the last total that no total label names (a period's total needs some to close). */
  sincePlain: number;

  constructor(prior: TotalsRun | undefined) {
    this.since = new Sum(prior?.since);
    this.all = new Sum(prior?.all);
    this.sinceAbs = new Sum(prior?.sinceAbs);
    this.allAbs = new Sum(prior?.allAbs);
    this.sinceCount = prior?.sinceCount ?? 0;
    this.allCount = prior?.allCount ?? 0;
    this.sinceMonth = prior?.sinceMonth ?? (this.sinceCount === 0 ? NO_MONTH : MIXED_MONTHS);
    this.sincePlain = prior?.sincePlain ?? 0;
  }

  /** Whether an amount closes a month: the sum of `min` lines or more since the last total, all of month `period`. */
  closesMonth(c: Decimal, period: number, min: number): boolean {
    if (c.isZero() || period < 0 || this.sinceCount < min || this.sinceMonth !== period) return false;
    return c.eq(this.since.value()) || c.eq(this.sinceAbs.value());
  }

  /** Whether an amount is the sum of at least `min` lines, since the last total or since the start. */
  matches(c: Decimal, min: number): boolean {
    if (c.isZero()) return false;
    const since = this.sinceCount >= min && (c.eq(this.since.value()) || c.eq(this.sinceAbs.value()));
    return since || (this.allCount >= min && (c.eq(this.all.value()) || c.eq(this.allAbs.value())));
  }

  /** Adds a line: its cents, or its exact amount when it has more than two decimals (`exact`). */
  add(cents: number, exact: Decimal | null, period: number, plain: boolean): void {
    if (plain) this.sincePlain++;
    this.sinceMonth = this.sinceCount === 0 || this.sinceMonth === period ? period : MIXED_MONTHS;
    this.since.add(cents, exact);
    this.all.add(cents, exact);
    this.sinceAbs.add(Math.abs(cents), exact === null ? null : exact.abs());
    this.allAbs.add(Math.abs(cents), exact === null ? null : exact.abs());
    this.sinceCount++;
    this.allCount++;
  }

  /** A total row closes the lines since the last one. */
  total(): void {
    this.since = new Sum(undefined);
    this.sinceAbs = new Sum(undefined);
    this.sinceCount = 0;
    this.sinceMonth = NO_MONTH;
    this.sincePlain = 0;
  }

  run(): TotalsRun {
    return {
      since: this.since.value().toString(),
      all: this.all.value().toString(),
      sinceAbs: this.sinceAbs.value().toString(),
      allAbs: this.allAbs.value().toString(),
      sinceCount: this.sinceCount,
      allCount: this.allCount,
      sinceMonth: this.sinceMonth,
      sincePlain: this.sincePlain,
    };
  }
}

/** Adds line `i` of a result to the sums when it counts anywhere (it has a classification); `plain`: no total label names it. */
function addLine(sums: Sums, r: EngineResult, i: number, plain: boolean): void {
  if (r.lines.classification[i] < 0) return;
  const e = r.lines.exact.get(i);
  const c = r.lines.cents[i];
  const period = r.lines.period[i];
  if (e !== undefined) sums.add(0, e, period, plain);
  else if (c === c) sums.add(c, null, period, plain);
}

/** The running sums after a table without total labels: every line's contribution added (chunks). */
export function advancedRun(result: EngineResult, prior: TotalsRun): TotalsRun {
  const sums = new Sums(prior);
  const shape = new ShapeRun(prior);
  for (let i = 0; i < result.lines.count; i++) {
    if (closedBy(result.table, i)) sums.total();
    else addLine(sums, result, i, true);
    if (result.lines.classification[i] >= 0) shape.add(result, i);
  }
  return { ...prior, ...sums.run(), shape: shape.run() };
}

/**
 * Whether row `i` is a total set apart before the pass (an undated "Total janvier", a workbook's SUM
 * row, its label in any column, the date's too): it closes the lines above it, as a dated total does.
 */
function closedBy(table: RawTable, i: number): boolean {
  const row = table.rows[i];
  return (
    table.notLines?.has(i) === true && row !== undefined && row.some((_, c) => totalText(row, c) !== null)
  );
}
