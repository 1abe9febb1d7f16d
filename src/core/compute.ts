/**
 * The CA OP engine: one pass over a table that reads amounts and dates, classifies every line,
 * and accumulates exact totals per month. Every adapter (functions, task pane, dashboard, CLI)
 * calls `compute`; nothing else computes CA OP.
 *
 * Exactness: amounts with at most two decimals are summed as integer cents in float64 (exact while
 * the sum of magnitudes stays below 2^53 cents; beyond that the whole table is recomputed with
 * decimal.js); amounts with more decimals are summed with decimal.js beside them. Never rounded.
 */
import Decimal from "decimal.js";
import { cellKey, cellText, isBlank, isCellError } from "./cells";
import {
  createClassifier,
  opFlagConvention,
  readOpFlag,
  type OpFlagConvention,
  type OpFlagReading,
} from "./classify";
import { detectDateOrder, readMonth, type DateOrder } from "./dates";
import { diag, DIAG } from "./diagnostics";
import { EngineError, severalCurrencies } from "./errors";
import { detectMapping, type MappingResult } from "./fields";
import { centsToDecimal, newAmountOut, readAmount, toDecimalString, type AmountOut } from "./money";
import { periodLabel } from "./periods";
import { DEFAULT_RULES, type RuleSet } from "./rules";
import {
  DEDUCTION_KINDS,
  EXCLUDED_REASONS,
  SCOPES,
  type CellValue,
  type Classification,
  type Decisions,
  type Diagnostic,
  type Kind,
  type Lang,
  type LineFacts,
  type Mapping,
  type MappingOverrides,
  type RawTable,
  type Scope,
  type Totals,
} from "./types";

/** Settings of one computation; all optional. */
export interface EngineOptions {
  /** Column overrides (field → header text or index); the rest is auto-detected. */
  mapping?: MappingOverrides;
  /** The rule set (defaults to the built-in PCG + keyword rules). */
  rules?: RuleSet;
  /** Manual decisions keyed by `lineKey`. */
  decisions?: Decisions;
  /** Strict mode: lines "à vérifier" are excluded instead of counted. */
  strict?: boolean;
  /** Locale deciding ambiguous amounts ("1,234") and undecidable date orders. Default "fr". */
  locale?: Lang;
  /** Overrides the table's own date system flag. */
  date1904?: boolean;
  /** Date order proven by earlier rows of the same column (a file read in chunks); contradicting it is an error. */
  datePrior?: DateProof;
  /** The OP flag column's convention when earlier rows told it (a file read in chunks). */
  opFlagConvention?: OpFlagConvention;
}

/** Scope codes stored per line besides the SCOPES indexes. */
export const LINE_NOT_REVENUE = 254;
export const LINE_UNUSABLE = 255;

/** Per-line results, columnar (one entry per data row of the table, blank rows included). */
export interface LineTable {
  count: number;
  /** Row number the user sees. */
  rowNumber: Int32Array;
  /** Month key yyyymm, -1 when the date is unusable. */
  period: Int32Array;
  /** Index in KINDS. */
  kind: Uint8Array;
  /** Index in SCOPES, or LINE_NOT_REVENUE / LINE_UNUSABLE (blank rows are LINE_UNUSABLE without a diagnostic). */
  scope: Uint8Array;
  /** Index in EngineResult.classifications (-1 when not classified). */
  classification: Int32Array;
  /** Signed contribution in cents; NaN when the line has more than two decimals (see `exact`). */
  cents: Float64Array;
  /** Exact contributions of lines with more than two decimals, by line index. */
  exact: Map<number, Decimal>;
}

/** Everything the engine knows about one table. */
export interface EngineResult {
  table: RawTable;
  mapping: Mapping;
  mappingInfo: MappingResult;
  currency: string;
  strict: boolean;
  dateOrder: DateOrder;
  /** How the date order was decided: by this table's data, by earlier rows (`datePrior`), by the locale, or no text dates. */
  dateDecidedBy: "data" | "locale" | "prior" | "none";
  /** The row that proved the date order, when data proved it. */
  dateProof?: DateProof;
  /** How the OP flag column says "not OP" ("none": no flag column, or no value in it). */
  flagConvention: OpFlagConvention | "none";
  /** Currencies seen (at most one, or compute throws). */
  currencies: string[];
  totals: Totals;
  /** Months that have lines, ascending. */
  months: { key: number; period: string; totals: Totals }[];
  lines: LineTable;
  classifications: Classification[];
  diagnostics: Diagnostic[];
  /** Lines whose amount or date could not be used, and their known total. */
  ignored: { count: number; amount: Decimal };
}

// Accumulator layout per month slot: gross, 3 deductions, 6 excluded, to_review, then counts.
const B_GROSS = 0;
const B_DED = 1; // + index in DEDUCTION_KINDS
const B_EXCL = 4; // + index in EXCLUDED_REASONS
const B_REVIEW = 10;
const WIDTH = 11;
const C_EXCL = 0; // counts: 6 excluded, to_review, lines
const C_REVIEW = 6;
const C_LINES = 7;
const CWIDTH = 8;

const SCOPE_OP = SCOPES.indexOf("op");
const SCOPE_REVIEW = SCOPES.indexOf("to_review");
const KIND_INDEX: Record<Kind, number> = { sale: 0, discount: 1, rebate: 2, return: 3 };
const SCOPE_INDEX = Object.fromEntries(SCOPES.map((s, i) => [s, i])) as Record<Scope, number>;
const MAX_SAFE = Number.MAX_SAFE_INTEGER;
/** Serials below this (year 2173) get their month memoised. */
const SERIAL_MEMO = 100_000;

/** Months since January 1900 for a yyyymm key. */
function monthIndex(key: number): number {
  return (Math.floor(key / 100) - 1900) * 12 + (key % 100) - 1;
}

/** Computes CA OP and everything around it for one table (SPEC 2 and 3). Throws EngineError on unusable input. */
export function compute(table: RawTable, options: EngineOptions = {}): EngineResult {
  const first = run(table, options, false);
  return first.overflow ? run(table, options, true).result : first.result;
}

interface Run {
  result: EngineResult;
  overflow: boolean;
}

function run(table: RawTable, options: EngineOptions, allExact: boolean): Run {
  const locale: Lang = options.locale ?? "fr";
  const sep = locale === "fr" ? "," : ".";
  const strict = options.strict === true;
  const date1904 = options.date1904 ?? table.date1904 ?? false;
  const info = detectMapping(table.headers, options.mapping);
  if (info.missing.length > 0) throw missingColumns(info, table.headers);
  const map = info.mapping;
  const headerOf = (i: number | undefined): string => (i === undefined ? "" : (table.headers[i] ?? ""));
  const diagnostics: Diagnostic[] = [...(table.readDiagnostics ?? [])];
  const rows = table.rows;
  const n = rows.length;
  // Rows the reader could not split right (stray separators, missing fields) are never counted.
  const unreadableRows = new Set(
    (table.readDiagnostics ?? []).filter((d) => d.severity === "error" && d.row > 0).map((d) => d.row),
  );

  diagnostics.push(...duplicateHeaders(table, map));
  const dateCol = map.date as number;
  const dates = decideDateOrder(table, dateCol, locale, diagnostics, options.datePrior);
  const dateOrder = dates.order;

  const rules = options.rules ?? DEFAULT_RULES;
  const classifier = createClassifier(rules);
  const flagWords = rules.opFlag;
  const decisions = options.decisions && Object.keys(options.decisions).length > 0 ? options.decisions : null;
  const keys = decisions ? lineKeys(table, map) : null;
  const classifications: Classification[] = [];
  // One facts object reused for every row (the classifier keeps values, not the object).
  const facts: LineFacts = {};
  const accountCol = map.account;
  const labelCol = map.label;
  const kindCol = map.kind;
  const flagCol = map.op_flag;
  const classCols = [accountCol, labelCol, kindCol, flagCol].filter((c): c is number => c !== undefined);
  // OP flags: "X"/empty columns read empty as "no"; values in neither word list are diagnosed.
  const flagConvention = flagColumnConvention(rows, flagCol, flagWords, options.opFlagConvention);
  const flagEmptyIsNo = flagConvention === "x_empty";
  /** Error cells (#N/A…) in the columns that classify: diagnosed, then read as empty. */
  const blankErrorCells = (row: readonly CellValue[], rowNumber: number): void => {
    for (const c of classCols) {
      const v = row[c];
      if (!isCellError(v)) continue;
      diagnostics.push(diag(DIAG.classErrorCell, { row: rowNumber, column: headerOf(c), value: v.error }));
      if (c === accountCol) facts.account = "";
      if (c === labelCol) facts.label = "";
      if (c === kindCol) facts.kindText = "";
    }
  };
  const flagReadings = new Map<string, OpFlagReading>();
  const opFlagOf = (v: CellValue, rowNumber: number): CellValue => {
    if (isBlank(v)) return flagEmptyIsNo ? "non" : v;
    if (isCellError(v)) return undefined;
    const key = typeof v === "string" ? v : cellText(v) + typeof v;
    let reading = flagReadings.get(key);
    if (reading === undefined) flagReadings.set(key, (reading = readOpFlag(v, flagWords)));
    if (reading === "unknown") {
      diagnostics.push(
        diag(DIAG.opFlagUnknown, { row: rowNumber, column: headerOf(flagCol), value: cellText(v) }),
      );
    }
    return v;
  };
  const classIndex = new Map<Classification, number>();

  const lines: LineTable = {
    count: n,
    rowNumber: new Int32Array(n),
    period: new Int32Array(n),
    kind: new Uint8Array(n),
    scope: new Uint8Array(n),
    classification: new Int32Array(n),
    cents: new Float64Array(n),
    exact: new Map(),
  };

  const slotOf = new Map<number, number>();
  let acc: Float64Array = new Float64Array(16 * WIDTH);
  let cnt = new Int32Array(16 * CWIDTH);
  const accExact = new Map<number, Decimal>();
  const sink = new Sink(acc, accExact);
  // Month → slot + 1 by month index (years 1900–2199), and serial → month memo.
  const slotByMonth = new Int32Array(300 * 12);
  const serialMonths = new Int32Array(SERIAL_MEMO);
  let slots = 0;

  const amountReader = createAmountReader(table, info, sep, allExact);
  const currencies = new Set<string>();
  const currencyCol = map.currency;
  let notRevenue = 0;
  let notRevenueCents = 0;
  let notRevenueExact = new Decimal(0);
  let ignoredCount = 0;
  let ignoredAmount = new Decimal(0);
  let blankRows = 0;
  let lastMonth = -2;
  let lastSlot = -1;

  for (let i = 0; i < n; i++) {
    const row = rows[i];
    const rowNumber = table.rowNumbers ? table.rowNumbers[i] : table.firstRow + i;
    lines.rowNumber[i] = rowNumber;
    lines.classification[i] = -1;
    lines.period[i] = -1;
    lines.scope[i] = LINE_UNUSABLE;
    if (isBlankRow(row)) {
      blankRows++;
      continue;
    }
    if (unreadableRows.size > 0 && unreadableRows.has(rowNumber)) {
      ignoredCount++;
      continue;
    }

    // Amount (with its per-line deductions).
    const amt = amountReader.read(row, rowNumber, diagnostics);
    if (amt === null) {
      ignoredCount++;
      if (amountReader.lostAmount !== null) ignoredAmount = ignoredAmount.plus(amountReader.lostAmount);
      continue;
    }
    if (amt.currency) currencies.add(amt.currency);
    if (currencyCol !== undefined) {
      const c = cellKey(row[currencyCol]).toUpperCase();
      if (c) currencies.add(c === "€" ? "EUR" : c);
    }

    // Classification (manual decision first).
    facts.account = accountCol !== undefined ? cellKey(row[accountCol]) : undefined;
    facts.label = labelCol !== undefined ? cellText(row[labelCol]) : undefined;
    facts.kindText = kindCol !== undefined ? cellText(row[kindCol]) : undefined;
    facts.opFlag = flagCol !== undefined ? opFlagOf(row[flagCol], rowNumber) : undefined;
    if (classCols.length > 0 && hasObjectCell(row, classCols)) blankErrorCells(row, rowNumber);
    let cls = classifier.classify(facts);
    if (keys && decisions) {
      const d = decisions[keys[i]];
      if (d) cls = manualClassification(d, cls);
    }
    if (cls === null) {
      lines.scope[i] = LINE_NOT_REVENUE;
      notRevenue++;
      if (amt.baseExact !== null) notRevenueExact = notRevenueExact.plus(amt.baseExact);
      else notRevenueCents += amt.baseCents;
      continue;
    }

    // Date.
    const dv = row[dateCol];
    let month: number;
    if (typeof dv === "number" && dv >= 1 && dv < SERIAL_MEMO) {
      // Day serials repeat a lot: memoise their month (whole days only; times do not change it).
      const d = dv | 0;
      month = serialMonths[d];
      if (month === 0) month = serialMonths[d] = readMonth(d, dateOrder, date1904);
    } else month = readMonth(dv, dateOrder, date1904);
    if (month < 0) {
      const value = cellText(dv);
      const total = amt.netDecimal();
      diagnostics.push(
        diag(isCellError(dv) ? DIAG.dateErrorCell : isBlank(dv) ? DIAG.dateEmpty : DIAG.dateUnreadable, {
          row: rowNumber,
          column: headerOf(dateCol),
          value,
          amount: toDecimalString(total),
        }),
      );
      ignoredCount++;
      ignoredAmount = ignoredAmount.plus(total);
      continue;
    }

    let ci = classIndex.get(cls);
    if (ci === undefined) {
      ci = classifications.length;
      classifications.push(cls);
      classIndex.set(cls, ci);
    }
    const kindIdx = KIND_INDEX[cls.kind];
    const scopeIdx = SCOPE_INDEX[cls.scope];
    lines.classification[i] = ci;
    lines.kind[i] = kindIdx;
    lines.scope[i] = scopeIdx;
    lines.period[i] = month;

    let slot: number;
    if (month === lastMonth) slot = lastSlot;
    else {
      const mi = monthIndex(month);
      const s = mi >= 0 && mi < slotByMonth.length ? slotByMonth[mi] - 1 : (slotOf.get(month) ?? -1);
      if (s < 0) {
        slot = slots++;
        slotOf.set(month, slot);
        if (mi >= 0 && mi < slotByMonth.length) slotByMonth[mi] = slot + 1;
        if (slots * WIDTH > sink.acc.length) {
          const a = new Float64Array(sink.acc.length * 2);
          a.set(sink.acc);
          sink.acc = a;
          const c = new Int32Array(cnt.length * 2);
          c.set(cnt);
          cnt = c;
        }
      } else slot = s;
      lastMonth = month;
      lastSlot = slot;
    }

    // Contribution: base (signed sale, or −|deduction|) plus per-line deductions (−magnitude).
    const baseIsExact = amt.baseExact !== null;
    const baseContribution = amt.signed
      ? amt.baseCents
      : kindIdx === 0
        ? amt.baseCents
        : -Math.abs(amt.baseCents);
    const baseContributionExact =
      amt.baseExact === null ? null : amt.signed || kindIdx === 0 ? amt.baseExact : amt.baseExact.abs().neg();
    const o = slot * WIDTH;
    const co = slot * CWIDTH;
    cnt[co + C_LINES]++;
    const counted = scopeIdx === SCOPE_OP || (scopeIdx === SCOPE_REVIEW && !strict);

    sink.startLine(o);
    const excludedBucket = scopeIdx === SCOPE_OP || scopeIdx === SCOPE_REVIEW ? -1 : B_EXCL + scopeIdx - 1;
    // Where the base goes: its kind's bucket when counted, else the exclusion/review bucket.
    const baseBucket = counted
      ? kindIdx === 0
        ? B_GROSS
        : B_DED + kindIdx - 1
      : excludedBucket >= 0
        ? excludedBucket
        : B_REVIEW;
    sink.add(baseBucket, baseIsExact ? 0 : baseContribution, baseContributionExact);
    for (let k = 0; k < 3; k++) {
      const d = amt.perLine[k];
      if (d === null) continue;
      const bucket = counted ? B_DED + k : excludedBucket >= 0 ? excludedBucket : B_REVIEW;
      if (d.exact !== null) sink.add(bucket, 0, d.exact.abs().neg());
      else sink.add(bucket, -Math.abs(d.cents), null);
    }
    if (scopeIdx === SCOPE_REVIEW) {
      cnt[co + C_REVIEW]++;
      // Counted lines to review are in gross/deductions and also shown in the to-review bucket.
      if (counted) sink.copyLineTo(B_REVIEW);
    } else if (excludedBucket >= 0) cnt[co + C_EXCL + scopeIdx - 1]++;

    if (sink.lineExact !== null) {
      // One exact contribution per line: its cents part plus its exact part.
      lines.exact.set(i, centsToDecimal(sink.lineCents).plus(sink.lineExact));
      lines.cents[i] = NaN;
    } else lines.cents[i] = sink.lineCents;
  }
  acc = sink.acc;

  if (sink.absSum >= MAX_SAFE) return { result: undefined as unknown as EngineResult, overflow: true };

  if (currencies.size > 1) throw severalCurrencies(currencies);
  if (notRevenue > 0) {
    diagnostics.push(
      diag(DIAG.notRevenue, {
        row: 0,
        column: headerOf(map.account),
        value: String(notRevenue),
        amount: toDecimalString(centsToDecimal(notRevenueCents).plus(notRevenueExact)),
        args: { count: notRevenue },
      }),
    );
  }
  if (blankRows > 0) {
    diagnostics.push(
      diag(DIAG.blankRows, { row: 0, column: "", value: String(blankRows), args: { count: blankRows } }),
    );
  }

  const monthKeys = [...slotOf.keys()].sort((a, b) => a - b);
  const months = monthKeys.map((key) => {
    const slot = slotOf.get(key) as number;
    return { key, period: periodLabel(key), totals: slotTotals(acc, cnt, accExact, slot) };
  });
  const totals = sumTotals(months.map((m) => m.totals));
  return {
    overflow: false,
    result: {
      table,
      mapping: map,
      mappingInfo: info,
      currency: currencies.size === 1 ? [...currencies][0] : "EUR",
      strict,
      dateOrder,
      dateDecidedBy: dates.decidedBy,
      flagConvention,
      dateProof: dates.proof,
      currencies: [...currencies].sort(),
      totals,
      months,
      lines,
      classifications,
      diagnostics,
      ignored: { count: ignoredCount, amount: ignoredAmount },
    },
  };
}

/** Adds one line's parts into the month accumulators (a class, not a per-row closure: hot path). */
class Sink {
  absSum = 0;
  lineCents = 0;
  lineExact: Decimal | null = null;
  private o = 0;

  constructor(
    public acc: Float64Array,
    private readonly exact: Map<number, Decimal>,
  ) {}

  startLine(offset: number): void {
    this.o = offset;
    this.lineCents = 0;
    this.lineExact = null;
  }

  add(bucket: number, cents: number, exact: Decimal | null): void {
    if (exact !== null) {
      this.addExact(this.o + bucket, exact);
      this.lineExact = this.lineExact ? this.lineExact.plus(exact) : exact;
    } else {
      this.acc[this.o + bucket] += cents;
      this.lineCents += cents;
      this.absSum += cents < 0 ? -cents : cents;
    }
  }

  /** Adds the current line's total to another bucket as well. */
  copyLineTo(bucket: number): void {
    this.acc[this.o + bucket] += this.lineCents;
    if (this.lineExact !== null) this.addExact(this.o + bucket, this.lineExact);
  }

  private addExact(k: number, v: Decimal): void {
    const prev = this.exact.get(k);
    this.exact.set(k, prev ? prev.plus(v) : v);
  }
}

/** The OP flag column's convention: forced, or read from its values ("none" when it has none). */
function flagColumnConvention(
  rows: readonly (readonly CellValue[])[],
  col: number | undefined,
  words: RuleSet["opFlag"],
  forced: OpFlagConvention | undefined,
): OpFlagConvention | "none" {
  if (col === undefined) return "none";
  if (forced) return forced;
  const values = rows.map((r) => r?.[col]);
  if (values.every((v) => isBlank(v) || isCellError(v))) return "none";
  return opFlagConvention(values, words);
}

/** A warning for each column whose header repeats the header of a column the mapping uses. */
function duplicateHeaders(table: RawTable, map: Mapping): Diagnostic[] {
  const used = new Set(Object.values(map));
  const norm = (h: string | undefined): string => (h ?? "").trim().toLowerCase();
  const out: Diagnostic[] = [];
  for (const col of used) {
    const h = norm(table.headers[col]);
    if (h === "") continue;
    table.headers.forEach((other, j) => {
      if (j === col || used.has(j) || norm(other) !== h) return;
      out.push(
        diag(DIAG.duplicateHeader, {
          row: Math.max(0, table.firstRow - 1),
          column: table.headers[col],
          value: String(j + 1),
          args: { used: col + 1 },
        }),
      );
    });
  }
  return out;
}

/** True when one of the given cells is an object (an error value or a date): the rare case worth a closer look. */
function hasObjectCell(row: readonly CellValue[], cols: readonly number[]): boolean {
  for (let k = 0; k < cols.length; k++) {
    const v = row[cols[k]];
    if (typeof v === "object" && v !== null) return true;
  }
  return false;
}

function isBlankRow(row: readonly CellValue[] | undefined): boolean {
  if (!row) return true;
  for (let j = 0; j < row.length; j++) if (!isBlank(row[j])) return false;
  return true;
}

function missingColumns(info: MappingResult, headers: readonly string[]): EngineError {
  const found = headers.filter((h) => h.trim() !== "").join(", ") || "(aucun)";
  const names = info.missing.join(", ");
  return new EngineError(
    "missing_column",
    `colonne obligatoire absente : ${names} ; en-têtes trouvés : ${found}`,
    `required column missing: ${names}; headers found: ${found === "(aucun)" ? "(none)" : found}`,
    { missing: info.missing, headers: [...headers] },
  );
}

/** Order of a date column proven by one of its values (the first that proves it). */
export interface DateProof {
  order: DateOrder;
  row: number;
  value: string;
}

/**
 * Day/month order of the date column from its text values; a contradiction (inside the table, or
 * with the order `prior` rows proved) is an error naming two rows. Undecidable data: the locale.
 */
function decideDateOrder(
  table: RawTable,
  col: number,
  locale: Lang,
  diagnostics: Diagnostic[],
  prior: DateProof | undefined,
): { order: DateOrder; decidedBy: "data" | "locale" | "prior" | "none"; proof?: DateProof } {
  const values: string[] = [];
  const idx: number[] = [];
  for (let i = 0; i < table.rows.length; i++) {
    const v = table.rows[i]?.[col];
    if (typeof v === "string") {
      values.push(v);
      idx.push(i);
    }
  }
  const fallback: DateOrder = locale === "fr" ? "dmy" : "mdy";
  if (values.length === 0) return { order: prior?.order ?? fallback, decidedBy: prior ? "prior" : "none" };
  const r = detectDateOrder(values, locale);
  const rowOf = (k: number): number =>
    table.rowNumbers ? table.rowNumbers[idx[k]] : table.firstRow + idx[k];
  const column = table.headers[col] ?? "";
  const conflict = (dmy: DateProof, mdy: DateProof): EngineError =>
    new EngineError(
      "date_order_conflict",
      `colonne « ${column} » : ordre jour/mois contradictoire (ligne ${dmy.row} « ${dmy.value} » est jj/mm, ligne ${mdy.row} « ${mdy.value} » est mm/jj)`,
      `column "${column}": contradictory day/month order (row ${dmy.row} "${dmy.value}" is dd/mm, row ${mdy.row} "${mdy.value}" is mm/dd)`,
      { rows: [dmy.row, mdy.row] },
    );
  const proofAt = (k: number, order: DateOrder): DateProof => ({ order, row: rowOf(k), value: values[k] });
  if (r.conflict) throw conflict(proofAt(r.conflict[0], "dmy"), proofAt(r.conflict[1], "mdy"));
  if (r.decidedBy === "data") {
    const proof = proofAt(firstProof(values, r.order, locale), r.order);
    if (prior && prior.order !== r.order) {
      throw prior.order === "dmy" ? conflict(prior, proof) : conflict(proof, prior);
    }
    return { order: r.order, decidedBy: "data", proof: prior ?? proof };
  }
  if (prior) return { order: prior.order, decidedBy: "prior", proof: prior };
  // Only dates whose first two parts could be day and month are ambiguous (never ISO yyyy-mm-dd).
  if (values.some((v) => /^\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b/.test(v))) {
    diagnostics.push(
      diag(DIAG.dateOrderLocale, {
        row: 0,
        column,
        value: r.order === "dmy" ? "jj/mm" : "mm/jj",
        args: { orderEn: r.order === "dmy" ? "dd/mm" : "mm/dd" },
      }),
    );
  }
  return { order: r.order, decidedBy: "locale" };
}

/** Index of the first value that alone proves the order (there is one when the column proved it). */
function firstProof(values: readonly string[], order: DateOrder, locale: Lang): number {
  for (let k = 0; k < values.length; k++) {
    const one = detectDateOrder([values[k]], locale);
    if (one.decidedBy === "data" && one.order === order) return k;
  }
  return 0;
}

function manualClassification(
  d: { scope: Scope; kind?: Kind; note?: string },
  auto: Classification | null,
): Classification {
  const kind = d.kind ?? auto?.kind ?? "sale";
  const cached = manualCache.get(`${d.scope}|${kind}`);
  if (cached) return cached;
  const c: Classification = Object.freeze({
    kind,
    scope: d.scope,
    source: "manual",
    ruleId: "manual",
    reason: { fr: `décision manuelle → ${d.scope}`, en: `manual decision → ${d.scope}` },
  });
  manualCache.set(`${d.scope}|${kind}`, c);
  return c;
}
const manualCache = new Map<string, Classification>();

/**
 * Stable key of each line for manual decisions: its id (when mapped), date, account, label and
 * amount texts, plus an occurrence number for identical lines. Survives inserted rows and re-sorting.
 */
export function lineKeys(table: RawTable, map: Mapping): string[] {
  const cols = (["id", "date", "account", "label", "amount", "debit", "credit", "net_amount"] as const)
    .map((f) => map[f])
    .filter((c): c is number => c !== undefined);
  const seen = new Map<string, number>();
  return table.rows.map((row) => {
    const base = cols.map((c) => cellText(row?.[c])).join("\u001f");
    const k = seen.get(base) ?? 0;
    seen.set(base, k + 1);
    return k === 0 ? base : `${base}\u001f#${k}`;
  });
}

// ---------------------------------------------------------------------------------------------
// Amounts by layout

interface LineAmount {
  /** True when the base is already signed by the data (debit/credit, Montant+Sens). */
  signed: boolean;
  baseCents: number;
  baseExact: Decimal | null;
  perLine: ({ cents: number; exact: Decimal | null } | null)[];
  currency: string;
  netDecimal(): Decimal;
}

interface AmountReader {
  read(row: readonly CellValue[], rowNumber: number, diagnostics: Diagnostic[]): LineAmount | null;
  /** Known amount of the last line read returns null for (its gross or net), else null. */
  lostAmount: Decimal | null;
}

const DEDUCTION_FIELDS = ["discount_amount", "rebate_amount", "return_amount"] as const;

function createAmountReader(
  table: RawTable,
  info: MappingResult,
  sep: "," | ".",
  allExact: boolean,
): AmountReader {
  const map = info.mapping;
  const out: AmountOut = newAmountOut();
  const header = (c: number): string => table.headers[c] ?? "";
  const perLineCols = DEDUCTION_FIELDS.map((f) => map[f]);
  const hasPerLine = perLineCols.some((c) => c !== undefined);
  const line: LineAmount = {
    signed: false,
    baseCents: 0,
    baseExact: null,
    perLine: [null, null, null],
    currency: "",
    netDecimal() {
      let t = this.baseExact ?? centsToDecimal(this.baseCents);
      for (const d of this.perLine) if (d) t = t.minus((d.exact ?? centsToDecimal(d.cents)).abs());
      return t;
    },
  };

  /** Reads one amount cell; empty counts as zero only when `emptyIsZero`. Returns false on error (diagnosed). */
  const one = (
    row: readonly CellValue[],
    col: number,
    rowNumber: number,
    diagnostics: Diagnostic[],
    emptyIsZero: boolean,
  ): boolean => {
    const v = row[col];
    if (readAmount(v, sep, out)) {
      if (out.ambiguous) {
        diagnostics.push(
          diag(DIAG.amountAmbiguous, { row: rowNumber, column: header(col), value: cellText(v) }),
        );
      }
      if (allExact && out.exact === null) {
        out.exact = centsToDecimal(out.cents);
        out.cents = NaN;
      }
      if (out.currency) line.currency = out.currency;
      return true;
    }
    if (out.error === "empty" && emptyIsZero) {
      out.cents = 0;
      out.exact = allExact ? new Decimal(0) : null;
      return true;
    }
    const spec =
      out.error === "empty"
        ? DIAG.amountEmpty
        : out.error === "error_cell"
          ? DIAG.amountErrorCell
          : DIAG.amountUnreadable;
    diagnostics.push(diag(spec, { row: rowNumber, column: header(col), value: cellText(v) }));
    return false;
  };
  const take = (): { cents: number; exact: Decimal | null } => ({ cents: out.cents, exact: out.exact });
  const reader: AmountReader = { lostAmount: null, read: () => null };
  /** Marks the line as ignored with a known amount: on its last diagnostic and for the ignored total. */
  const lost = (diagnostics: Diagnostic[], amount: Decimal): null => {
    const d = diagnostics[diagnostics.length - 1];
    if (d) d.amount = toDecimalString(amount);
    reader.lostAmount = amount;
    return null;
  };
  /** Exact value of a cell, or null when it is not a readable amount. */
  const readExact = (v: CellValue): Decimal | null => {
    const probe = newAmountOut();
    return readAmount(v, sep, probe) ? (probe.exact ?? centsToDecimal(probe.cents)) : null;
  };
  const setBase = (cents: number, exact: Decimal | null): void => {
    line.baseCents = exact === null ? cents : NaN;
    line.baseExact = exact;
  };

  const layout = info.layout;
  reader.read = (row, rowNumber, diagnostics) => {
    reader.lostAmount = null;
    line.currency = "";
    line.perLine[0] = line.perLine[1] = line.perLine[2] = null;
    if (layout === "debit_credit") {
      line.signed = true;
      if (!one(row, map.debit as number, rowNumber, diagnostics, true)) return null;
      const debit = take();
      if (!one(row, map.credit as number, rowNumber, diagnostics, true)) return null;
      const credit = take();
      if (debit.exact === null && credit.exact === null) setBase(credit.cents - debit.cents, null);
      else setBase(0, exactOf(credit).minus(exactOf(debit)));
    } else if (layout === "amount_direction") {
      line.signed = true;
      if (!one(row, map.amount as number, rowNumber, diagnostics, false)) return null;
      const a = take();
      const dirCell = row[map.direction as number];
      const sign = directionSign(dirCell);
      if (sign === 0) {
        diagnostics.push(
          diag(DIAG.directionUnreadable, {
            row: rowNumber,
            column: header(map.direction as number),
            value: cellText(dirCell),
          }),
        );
        return null;
      }
      if (a.exact === null) setBase(sign * Math.abs(a.cents), null);
      else setBase(0, a.exact.abs().times(sign));
    } else if (layout === "quantity_price") {
      line.signed = false;
      if (!one(row, map.quantity as number, rowNumber, diagnostics, false)) return null;
      const q = exactOf(take());
      if (!one(row, map.unit_price as number, rowNumber, diagnostics, false)) return null;
      const p = exactOf(take());
      const product = q.times(p);
      if (!allExact && product.decimalPlaces() <= 2 && product.abs().lessThan(1e13))
        setBase(product.times(100).toNumber(), null);
      else setBase(0, product);
    } else {
      line.signed = false;
      const col = (map.amount ?? map.net_amount) as number;
      if (!one(row, col, rowNumber, diagnostics, false)) {
        // A gross column that cannot be read beside a readable net one: the net is the known amount.
        const net =
          map.amount !== undefined && map.net_amount !== undefined ? readExact(row[map.net_amount]) : null;
        return net === null ? null : lost(diagnostics, net);
      }
      const a = take();
      setBase(a.cents, a.exact);
    }
    if (hasPerLine) {
      for (let k = 0; k < 3; k++) {
        const c = perLineCols[k];
        if (c === undefined || isBlank(row[c])) continue;
        if (!one(row, c, rowNumber, diagnostics, true)) {
          // The line's gross is known: it goes with the diagnostic and into the ignored total.
          return lost(diagnostics, line.baseExact ?? centsToDecimal(line.baseCents));
        }
        line.perLine[k] = take();
      }
      // Only a net column and deduction columns: the gross is net + deductions.
      if (map.amount === undefined && map.net_amount !== undefined) {
        let g = line.baseExact ?? centsToDecimal(line.baseCents);
        for (const d of line.perLine) if (d) g = g.plus((d.exact ?? centsToDecimal(d.cents)).abs());
        if (line.baseExact === null && g.decimalPlaces() <= 2 && !allExact)
          setBase(g.times(100).toNumber(), null);
        else setBase(0, g);
      } else if (map.amount !== undefined && map.net_amount !== undefined) {
        checkNet(row, rowNumber, diagnostics);
      }
    }
    return line;
  };
  return reader;

  function checkNet(row: readonly CellValue[], rowNumber: number, diagnostics: Diagnostic[]): void {
    const c = map.net_amount as number;
    const v = row[c];
    const net = readExact(v);
    if (net === null) return;
    const expected = line.netDecimal();
    if (!net.equals(expected)) {
      diagnostics.push(
        diag(DIAG.netMismatch, {
          row: rowNumber,
          column: header(c),
          value: cellText(v),
          args: { expected: toDecimalString(expected) },
        }),
      );
    }
  }
}

function exactOf(a: { cents: number; exact: Decimal | null }): Decimal {
  return a.exact ?? centsToDecimal(a.cents);
}

/** FEC "Sens": D/Débit/-1 → −1, C/Crédit/+1 → +1, anything else 0. */
function directionSign(v: CellValue): number {
  const t = cellKey(v).toUpperCase();
  if (t === "C" || t === "CREDIT" || t === "CRÉDIT" || t === "+1" || t === "1") return 1;
  if (t === "D" || t === "DEBIT" || t === "DÉBIT" || t === "-1") return -1;
  return 0;
}

// ---------------------------------------------------------------------------------------------
// Totals

function emptyTotals(): Totals {
  const zero = new Decimal(0);
  return {
    caop: zero,
    gross_sales: zero,
    deductions: { discount: zero, rebate: zero, return: zero },
    excluded: Object.fromEntries(
      EXCLUDED_REASONS.map((r) => [r, { count: 0, amount: zero }]),
    ) as Totals["excluded"],
    to_review: { count: 0, amount: zero },
    lines: 0,
  };
}

function slotTotals(acc: Float64Array, cnt: Int32Array, exact: Map<number, Decimal>, slot: number): Totals {
  const o = slot * WIDTH;
  const co = slot * CWIDTH;
  const val = (b: number): Decimal => {
    const e = exact.get(o + b);
    const c = centsToDecimal(acc[o + b]);
    return e ? c.plus(e) : c;
  };
  const t = emptyTotals();
  t.gross_sales = val(B_GROSS);
  for (let k = 0; k < 3; k++) t.deductions[DEDUCTION_KINDS[k]] = val(B_DED + k).neg();
  EXCLUDED_REASONS.forEach((r, k) => {
    t.excluded[r] = { count: cnt[co + C_EXCL + k], amount: val(B_EXCL + k) };
  });
  t.to_review = { count: cnt[co + C_REVIEW], amount: val(B_REVIEW) };
  t.lines = cnt[co + C_LINES];
  t.caop = caopOf(t);
  return t;
}

/** CA OP from its parts: gross sales minus the three deductions (SPEC 2). */
export function caopOf(t: Pick<Totals, "gross_sales" | "deductions">): Decimal {
  return t.gross_sales.minus(t.deductions.discount).minus(t.deductions.rebate).minus(t.deductions.return);
}

/** Adds totals of several groups (months into a year…). */
export function sumTotals(list: readonly Totals[]): Totals {
  const t = emptyTotals();
  for (const x of list) {
    t.gross_sales = t.gross_sales.plus(x.gross_sales);
    for (const k of DEDUCTION_KINDS) t.deductions[k] = t.deductions[k].plus(x.deductions[k]);
    for (const r of EXCLUDED_REASONS) {
      t.excluded[r] = {
        count: t.excluded[r].count + x.excluded[r].count,
        amount: t.excluded[r].amount.plus(x.excluded[r].amount),
      };
    }
    t.to_review = {
      count: t.to_review.count + x.to_review.count,
      amount: t.to_review.amount.plus(x.to_review.amount),
    };
    t.lines += x.lines;
  }
  t.caop = caopOf(t);
  return t;
}

/** Exact signed contribution of one line (0 for lines that are not counted anywhere). */
export function lineContribution(result: EngineResult, i: number): Decimal {
  const e = result.lines.exact.get(i);
  if (e) return e;
  const c = result.lines.cents[i];
  return Number.isNaN(c) ? new Decimal(0) : centsToDecimal(c);
}

/** True when a line counts in CA OP (OP, or to-review outside strict mode). */
export function lineCounts(result: EngineResult, i: number): boolean {
  const s = result.lines.scope[i];
  return s === SCOPE_OP || (s === SCOPE_REVIEW && !result.strict);
}

/** The classification of a line, or null for blank, unusable or non-revenue lines. */
export function lineClassification(result: EngineResult, i: number): Classification | null {
  const c = result.lines.classification[i];
  return c < 0 ? null : (result.classifications[c] ?? null);
}
