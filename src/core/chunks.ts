/**
 * CA OP of a table read in chunks (files of millions of lines, streamed): each chunk goes through
 * the one engine, `compute`, and the exact totals are added up. Rows are never all in memory.
 */
import Decimal from "decimal.js";
import type { OpFlagConvention } from "./classify";
import {
  compute,
  sumTotals,
  withSignSanity,
  type DateProof,
  type EngineOptions,
  type EngineResult,
  type Evidence,
  type LineTable,
} from "./engine";
import { newLineTable } from "./engine/result";
import {
  journalQuestion,
  addExtractSigns,
  extractProof,
  noExtractSigns,
  withSignsOption,
  type ExtractSigns,
  type JournalPrior,
  type JournalProof,
  type JournalSign,
} from "./engine/evidence/journal-sign";
import { readingSignature } from "./engine/evidence/columns";
import { offDiagnostic, type HeaderStream } from "./engine/evidence/invoice-headers";
import { diag, DIAG, onSheet, type DiagSpec } from "./diagnostics";
import { normalizeText } from "./text";
import { EngineError, severalCurrencies } from "./errors";
import { toDecimalString } from "./money";
import { periodLabel } from "./periods";
import { SCOPES, type Classification, type Diagnostic, type RawTable, type Totals } from "./types";

/** The running sums of dated total rows before the first chunk (datedTotals). */
const NO_LINES_YET = { since: "0", all: "0" } as const;

/** The invoices left unpaid before the first chunk (not-sales.ts paymentRows): none. */
const NO_INVOICES_YET = { open: new Map(), byAmount: new Map() } as const;

/** A source of chunks that can be read again from the start (needed when a later chunk proves the date order). */
export type ChunkSource = () => AsyncIterable<RawTable>;

/**
 * Computes a chunked table as `compute` would compute it whole. The date order proven by one chunk
 * holds for the next; when early chunks could only use the locale and a later one proves the other
 * order, the source is read once more with the proven order (likewise for an OP column whose
 * "X / empty" convention shows only in a later chunk, for credit notes all positive until a later
 * chunk holds a negative one: the export is then signed, and for column evidence: a decimal mark,
 * a rate or a net amount proven by a later chunk). The result keeps totals, months and
 * diagnostics, not the rows: its `lines` hold only the lines to review (the `review` list).
 */
export async function computeChunks(source: ChunkSource, given: EngineOptions = {}): Promise<EngineResult> {
  // The user's word on the signs (--signs) decides before the entries or the extract would.
  const options = withSignsOption(given);
  let prior: DateProof | undefined = options.datePrior;
  let flags: OpFlagConvention | undefined = options.opFlagConvention;
  let creditNotes = options.creditNotesPrior;
  const proven = provenOf(options);
  let invoices = options.invoicesPrior;
  // Closing entries found so far (journal and number): their revenue lines in any chunk are set apart.
  const closing = new Set(options.closingPrior ?? []);
  // Categories of a bank's transactions holding receipts so far: a debit in another is an expense.
  const receipts = new Set(options.bankReceiptsPrior ?? []);
  let evidence: Evidence | undefined = options.evidencePrior;
  let chained = chainStart(options);
  // A journal's sign convention (journal-sign.ts): decided by the entries of all the chunks read so far.
  const journal = new JournalConvention(options.journalPrior, options.journalProof);
  // Read again from the start, with all the evidence seen: the chained states start over.
  const rewind = (seen: Evidence | undefined): void => {
    journal.restart();
    evidence = seen;
    chained = chainStart(options);
  };
  for (;;) {
    const parts: EngineResult[] = [];
    let localeOrder: string | null = null;
    let flagsUnknown = false;
    let unsignedSeen = false;
    let paymentsCounted = false;
    let restart = false;
    // Column evidence (decimal marks, rates, net/gross) seen so far, and the reading it gave the first chunk.
    let seen = evidence;
    // The reading each header gave its first chunk (sheets read together may each have their own header).
    const signatures = new Map<string, string>();
    for await (const chunk of source()) {
      const r = ofSheet(
        chunk.sheet,
        compute(chunk, {
          ...options,
          datePrior: prior,
          opFlagConvention: flags,
          creditNotesPrior: creditNotes,
          ...proven,
          invoicesPrior: invoices,
          closingPrior: closing,
          bankReceiptsPrior: receipts,
          evidencePrior: seen,
          ...chained,
          totalsPrior: chained.totalsPrior ?? NO_LINES_YET,
          paymentsOpenPrior: chained.paymentsOpenPrior ?? NO_INVOICES_YET,
          journalPrior: journal.prior,
          journalProof: journal.proof,
          journalTrack: journal.track,
        }),
      );
      chained = chainAfter(r);
      seen = r.evidence;
      // A later chunk that changes a column's reading: read again from the start with all the evidence.
      const sig = readingSignature(r.reading);
      const shape = chunk.headers.join("\u0000");
      if (!signatures.has(shape)) signatures.set(shape, sig);
      restart = sig !== signatures.get(shape);
      if (r.dateDecidedBy === "locale") localeOrder ??= r.dateOrder;
      if (r.dateDecidedBy === "data" && !prior) {
        prior = r.dateProof;
        restart ||= localeOrder !== null && localeOrder !== r.dateOrder;
      }
      // Like the date order, an OP column's "X / empty" convention may show only in a later chunk.
      if (r.flagConvention === "none") flagsUnknown = true;
      else if (!flags) {
        flags = r.flagConvention;
        restart ||= flagsUnknown && flags === "x_empty";
      }
      // Credit notes all positive so far read as unsigned; a negative one later makes the export signed.
      const unsigned =
        r.creditNotes?.unsigned ?? (r.creditSectionSigned === undefined ? undefined : !r.creditSectionSigned);
      if (unsigned === true) unsignedSeen = true;
      else if (unsigned === false && creditNotes === undefined) {
        creditNotes = "signed";
        restart ||= unsignedSeen;
      }
      // A column proven only by a later chunk (document codes, account names, a direction, analytic
      // lines, invoice totals): read again.
      if (learn(proven, r)) restart ||= parts.length > 0;
      // Likewise invoices listed beside payments counted as sales so far: the payments are no sales.
      if (r.docInvoices === true && invoices !== true) {
        invoices = true;
        restart ||= paymentsCounted;
      }
      paymentsCounted ||= r.paymentsCounted === true;
      // A closing entry whose result line comes in a later chunk: its revenue lines may be in earlier ones.
      if (learnAll(closing, r.closingKeys)) restart ||= parts.length > 0;
      // A category found holding receipts in a later chunk: its debits in earlier ones were no expenses.
      if (learnAll(receipts, r.bankReceipts)) restart ||= parts.length > 0;
      // Entries proving the credits negative, the file read as written so far: read again negated
      // (the credit notes' signs read so far were read the other way: learnt again).
      const was = journal.prior;
      restart ||= journal.add(r.journalSign);
      if (journal.prior !== was) creditNotes = options.creditNotesPrior;
      if (restart) {
        rewind(seen);
        break;
      }
      parts.push(slim(r));
    }
    if (restart) continue;
    // The whole file's sales negative (its entries to look for), or its entries saying otherwise than
    // the chunks were read: once more.
    const merged = withLastHeader(mergeResults(parts), chained.invoiceHeadersStream);
    const was = journal.prior;
    if (!journal.settle(merged)) return merged;
    if (journal.prior !== was) creditNotes = options.creditNotesPrior;
    rewind(seen);
  }
}

/** The states each chunk hands on to the next (EngineOptions' priors): what the previous one ended with. */
type Chained = Required<Pick<EngineOptions, "invoiceHeadersStream">> &
  Pick<
    EngineOptions,
    | "accountHeadingPrior"
    | "accountCountsPrior"
    | "creditSectionPrior"
    | "segmentValuesPrior"
    | "paymentsOpenPrior"
    | "totalsPrior"
    | "invoiceDiscountPrior"
    | "invoiceShippingPrior"
    | "orderTotalsPrior"
    | "recordLinesPrior"
  >;

/** The chained states before the first chunk (the caller's, if any). */
function chainStart(options: EngineOptions): Chained {
  return {
    accountHeadingPrior: options.accountHeadingPrior,
    // The account column's lines counted so far: a proof over the file read so far (third-party-accounts.ts).
    accountCountsPrior: options.accountCountsPrior,
    // A credit-note section whose lines go on past the chunk's end (repeated-headers.ts).
    creditSectionPrior: options.creditSectionPrior,
    // The account column's strings read so far: concatenated segments proven over them.
    segmentValuesPrior: options.segmentValuesPrior,
    // Invoices not paid yet: a later chunk's payments may pay them (not-sales.ts).
    paymentsOpenPrior: options.paymentsOpenPrior,
    totalsPrior: options.totalsPrior,
    invoiceDiscountPrior: options.invoiceDiscountPrior,
    invoiceShippingPrior: options.invoiceShippingPrior,
    orderTotalsPrior: options.orderTotalsPrior,
    recordLinesPrior: options.recordLinesPrior,
    // The invoice header whose lines are being added up at the end of the chunk read (invoice-headers.ts).
    invoiceHeadersStream: options.invoiceHeadersStream ?? {},
  };
}

/** The chained states after a chunk: its last account heading, running sums, invoices going on. */
function chainAfter(r: EngineResult): Chained {
  return {
    accountHeadingPrior: r.accountHeading,
    accountCountsPrior: r.accountCounts,
    creditSectionPrior: r.creditSectionRun,
    segmentValuesPrior: r.segmentValues,
    paymentsOpenPrior: r.paymentsOpen,
    totalsPrior: r.totalsRun,
    invoiceDiscountPrior: r.invoiceDiscountRun,
    invoiceShippingPrior: r.invoiceShippingRun,
    orderTotalsPrior: r.orderTotalsRun,
    recordLinesPrior: r.recordLinesRun,
    invoiceHeadersStream: r.invoiceHeadersStream ?? {},
  };
}

/**
 * The merged result with the file's last invoice header checked against its lines (each chunk leaves
 * its last one open for the next): one more in the invoice_header_off warning when they differ.
 */
function withLastHeader(merged: EngineResult, run: HeaderStream): EngineResult {
  const open = run.open;
  if (open === undefined || new Decimal(open.written).eq(open.lines)) return merged;
  const code = DIAG.invoiceHeaderOff.code;
  const at = merged.diagnostics.findIndex((d) => d.code === code);
  if (at < 0) return { ...merged, diagnostics: [...merged.diagnostics, offDiagnostic(open, 1)] };
  const d = merged.diagnostics[at];
  const counted = diag(DIAG.invoiceHeaderOff, {
    ...d,
    args: { ...d.args, count: Number(d.args?.count ?? 0) + 1 },
  });
  return { ...merged, diagnostics: merged.diagnostics.map((x, k) => (k === at ? counted : x)) };
}

/** Adds what a chunk found (closing entries, a bank's receipt categories) to those known; true when one is new. */
function learnAll(known: Set<string>, found: Iterable<string> | undefined): boolean {
  let learned = false;
  for (const k of found ?? [])
    if (!known.has(k)) {
      known.add(k);
      learned = true;
    }
  return learned;
}

/** A chunk's result with its rows' diagnostics naming its worksheet (a workbook read one period a sheet). */
function ofSheet(sheet: string | undefined, r: EngineResult): EngineResult {
  return sheet === undefined ? r : { ...r, diagnostics: r.diagnostics.map((d) => onSheet(d, sheet)) };
}

/** What one chunk may prove of a column for all of them (EngineOptions' priors). */
const PROVEN_KEYS = [
  "kindDocumentsPrior",
  "documentClassPrior",
  "platformLogPrior",
  "accountNamesPrior",
  "foreignChartPrior",
  "thirdPartiesPrior",
  "accountSegmentsPrior",
  "segmentNaturesPrior",
  "directionColumnPrior",
  "sideSuffixPrior",
  "vatRatesPrior",
  "analyticPrior",
  "invoiceHeadersPrior",
  "invoiceTotalsPrior",
  "monthClosingsPrior",
  "dealStagesPrior",
  "refundLinesPrior",
  "lineStagesPrior",
  "scenarioActualPrior",
  "recordLinesProven",
] as const;

/** What one chunk may prove of a column for all of them. */
type Proven = Pick<EngineOptions, (typeof PROVEN_KEYS)[number]>;

/** The priors the caller already gives (none proven by a chunk yet). */
function provenOf(options: EngineOptions): Proven {
  const p: Proven = {};
  for (const k of PROVEN_KEYS) Object.assign(p, { [k]: options[k] });
  return p;
}

/** Takes into `p` what a chunk's result proved first; true when it proved something new. */
function learn(p: Proven, r: EngineResult): boolean {
  const found: Proven = {
    kindDocumentsPrior: r.kindDocuments,
    documentClassPrior: r.documentClass,
    platformLogPrior: r.platformLog,
    accountNamesPrior: r.accountNames,
    foreignChartPrior: r.foreignChart,
    thirdPartiesPrior: r.thirdParties,
    accountSegmentsPrior: r.accountSegments,
    segmentNaturesPrior: r.segmentNatures,
    directionColumnPrior: r.directionColumn,
    sideSuffixPrior: r.sideSuffix,
    vatRatesPrior: r.vatRates,
    analyticPrior: r.analyticColumn,
    invoiceHeadersPrior: r.invoiceHeaders,
    invoiceTotalsPrior: r.invoiceTotals === true ? true : undefined,
    monthClosingsPrior: r.monthClosings === true ? true : undefined,
    dealStagesPrior: r.dealStages === true ? true : undefined,
    refundLinesPrior: r.refundLines === true ? true : undefined,
    lineStagesPrior: r.lineStages,
    scenarioActualPrior: r.scenarioActual === true ? true : undefined,
    recordLinesProven: r.recordLines,
  };
  let learned = false;
  for (const key of Object.keys(found) as (keyof Proven)[]) {
    if (found[key] === undefined || p[key] !== undefined) continue;
    Object.assign(p, { [key]: found[key] });
    learned = true;
  }
  return learned;
}

/**
 * A streamed journal's sign convention: the chunks are read as written until the entries read so far
 * add up to negative sales, then all again negated; at the end, if the whole file's entries say
 * otherwise, once more as written, for good (so the loop ends).
 */
class JournalConvention {
  prior: JournalPrior;
  proof: JournalProof | undefined;
  /** The entries are looked for (the file's sales came out negative, or it is read negated). */
  track: boolean;
  private locked: boolean;
  private cents = 0;
  private found: JournalProof | undefined;
  /** The revenue lines of the chunks read, by account and sign (an extract's proof, journal-sign.ts). */
  private extract: ExtractSigns = noExtractSigns();

  constructor(prior: JournalPrior | undefined, proof: JournalProof | undefined) {
    this.prior = prior ?? "as_written";
    this.proof = proof;
    this.locked = prior !== undefined;
    this.track = prior === "debit_positive";
  }

  /** Adds a chunk's entries; true when the file must be read again negated. */
  add(sign: JournalSign | undefined): boolean {
    if (sign === undefined) return false;
    this.cents += sign.revenueCents;
    this.found ??= sign.proof ?? undefined;
    this.extract = addExtractSigns(this.extract, sign.extract);
    if (this.locked || this.prior === "debit_positive" || this.found === undefined || this.cents >= 0)
      return false;
    this.prior = "debit_positive";
    this.proof = this.found;
    return true;
  }

  /**
   * At the end of the file: true when it must be read again, its entries looked for (its sales came
   * out negative) or read as written for good (they do not prove what the chunks were read with).
   */
  settle(merged: EngineResult): boolean {
    if (this.locked) return false;
    if (!this.track) {
      this.track = journalQuestion(merged);
      return this.track;
    }
    // No entry in the whole file: an extract of revenue accounts may prove it by its 70… and 709 lines.
    if (this.prior === "as_written") return this.found === undefined && this.byExtract();
    if (this.cents < 0) return false;
    this.prior = "as_written";
    this.proof = undefined;
    this.locked = true;
    return true;
  }

  /** The file is read again from the start: its entries are added up again. */
  restart(): void {
    this.cents = 0;
    this.found = undefined;
    this.extract = noExtractSigns();
  }

  /** True when the extract's signs prove the file debit positive: read again negated, for good. */
  private byExtract(): boolean {
    const proof = extractProof(this.extract);
    if (proof === null) return false;
    this.prior = "debit_positive";
    this.proof = proof;
    this.locked = true;
    return true;
  }
}

/** A chunk's result without its rows and with only its lines to review (keeps memory bounded). */
function slim(r: EngineResult): EngineResult {
  return {
    ...r,
    table: { ...r.table, rows: [], rowNumbers: undefined },
    ...reviewLines([r]),
  };
}

const SCOPE_REVIEW = SCOPES.indexOf("to_review");

/**
 * The lines to review of consecutive results, in order, as one line table (row numbers, scope,
 * kind, period, contribution) with the classifications they point to.
 */
function reviewLines(parts: readonly EngineResult[]): {
  lines: LineTable;
  classifications: Classification[];
} {
  const picks: [EngineResult, number][] = [];
  for (const p of parts)
    for (let i = 0; i < p.lines.count; i++) if (p.lines.scope[i] === SCOPE_REVIEW) picks.push([p, i]);
  const n = picks.length;
  const lines = newLineTable(n);
  const classifications: Classification[] = [];
  const index = new Map<Classification, number>();
  picks.forEach(([p, i], k) => {
    const l = p.lines;
    lines.rowNumber[k] = l.rowNumber[i];
    const sheet = l.sheet?.[i] ?? p.table.sheet;
    if (sheet !== undefined) (lines.sheet ??= new Array<string>(n))[k] = sheet;
    lines.period[k] = l.period[i];
    lines.kind[k] = l.kind[i];
    lines.scope[k] = l.scope[i];
    lines.cents[k] = l.cents[i];
    const e = l.exact.get(i);
    if (e) lines.exact.set(k, e);
    const c = p.classifications[l.classification[i]];
    let ci = -1;
    if (c) {
      ci = index.get(c) ?? classifications.length;
      if (ci === classifications.length) {
        classifications.push(c);
        index.set(c, ci);
      }
    }
    lines.classification[k] = ci;
  });
  return { lines, classifications };
}

/** The chunks' blank currency cells added up, the first one's row kept. */
function mergeCurrencyBlank(parts: readonly EngineResult[]): EngineResult["currencyBlank"] {
  const blanks = parts.flatMap((p) => (p.currencyBlank ? [p.currencyBlank] : []));
  if (blanks.length === 0) return undefined;
  return { ...blanks[0], count: blanks.reduce((n, b) => n + b.count, 0) };
}

/** The chunks' class 73 lines added up, the first one's row kept. */
function mergeClass73(parts: readonly EngineResult[]): EngineResult["class73"] {
  const all = parts.flatMap((p) => (p.class73 ? [p.class73] : []));
  if (all.length === 0) return undefined;
  const amount = all.reduce((s, c) => s.plus(c.amount), new Decimal(0));
  return { row: all[0].row, count: all.reduce((n, c) => n + c.count, 0), amount };
}

/** Adds up the results of consecutive chunks of one table into one result. */
export function mergeResults(parts: readonly EngineResult[]): EngineResult {
  if (parts.length === 0) throw new EngineError("empty_file", "aucune donnée", "no data");
  const first = parts[0];
  const currencies = [...new Set(parts.flatMap((p) => p.currencies))].sort();
  if (currencies.length > 1) throw severalCurrencies(currencies);
  const byMonth = new Map<number, Totals[]>();
  for (const p of parts) {
    for (const m of p.months) {
      const list = byMonth.get(m.key);
      if (list) list.push(m.totals);
      else byMonth.set(m.key, [m.totals]);
    }
  }
  const months = [...byMonth.keys()]
    .sort((a, b) => a - b)
    .map((key) => {
      const totals = sumTotals(byMonth.get(key) as Totals[]);
      return { key, period: periodLabel(key), totals };
    });
  let ignoredAmount = new Decimal(0);
  for (const p of parts) ignoredAmount = ignoredAmount.plus(p.ignored.amount);
  const last = parts[parts.length - 1];
  // Sign sanity once, on the whole (withSignSanity drops the chunks' own warnings).
  return withSignSanity({
    ...first,
    table: { ...first.table, rows: [], rowNumbers: undefined },
    currency: currencies[0] ?? first.currency,
    currencies,
    currencyBlank: mergeCurrencyBlank(parts),
    class73: mergeClass73(parts),
    dateOrder: last.dateOrder,
    dateDecidedBy: parts.some((p) => p.dateDecidedBy === "data") ? "data" : first.dateDecidedBy,
    dateProof: parts.find((p) => p.dateProof)?.dateProof,
    creditNotes: mergeCreditNotes(parts),
    reading: last.reading,
    evidence: last.evidence,
    totals: sumTotals(months.map((m) => m.totals)),
    months,
    ...reviewLines(parts),
    diagnostics: mergeDiagnostics(
      withoutContradicted(parts),
      parts.some((p) => p.dateDecidedBy === "data"),
    ),
    ignored: { count: parts.reduce((n, p) => n + p.ignored.count, 0), amount: ignoredAmount },
    saleSigns: {
      positive: parts.reduce((n, p) => n + (p.saleSigns?.positive ?? 0), 0),
      negative: parts.reduce((n, p) => n + (p.saleSigns?.negative ?? 0), 0),
    },
  });
}

/**
 * Warnings a chunk gives from its own rows that another chunk's rows contradict, so the whole table
 * would not give them: invoice runs repeating one amount by chance when another chunk's runs differ,
 * an account column empty in one chunk and not in another.
 */
const CONTRADICTED: readonly { code: string; by: (parts: readonly EngineResult[]) => boolean }[] = [
  { code: DIAG.invoiceTotalRepeated.code, by: (parts) => parts.some((p) => p.invoiceRunsDiffer === true) },
  { code: DIAG.accountColumnEmpty.code, by: (parts) => !parts.every((p) => p.accountBlank === true) },
];

/** The chunks' diagnostics without the warnings other chunks contradict (CONTRADICTED). */
function withoutContradicted(parts: readonly EngineResult[]): Diagnostic[][] {
  const drop = new Set(CONTRADICTED.filter((c) => c.by(parts)).map((c) => c.code));
  return parts.map((p) => (drop.size === 0 ? p.diagnostics : p.diagnostics.filter((d) => !drop.has(d.code))));
}

/** The credit-note reading of the whole table: unsigned only when every chunk with credit notes says so. */
function mergeCreditNotes(parts: readonly EngineResult[]): EngineResult["creditNotes"] {
  const readings = parts.flatMap((p) => (p.creditNotes ? [p.creditNotes] : []));
  if (readings.length === 0) return undefined;
  return { column: readings[0].column, unsigned: readings.every((c) => c.unsigned) };
}

/** Diagnostics of a column's reading: every chunk that shares the evidence says them, once is enough. */
const EVIDENCE_CODES: ReadonlySet<string> = new Set([
  DIAG.decimalMarkAssumed.code,
  DIAG.decimalMarkFromDates.code,
  DIAG.vatColumnRates.code,
  DIAG.decimalMarkConflict.code,
  DIAG.netAmount.code,
  DIAG.amountReadingContradicted.code,
  DIAG.amountGrossContradicted.code,
  DIAG.rateScaleAssumed.code,
  DIAG.segmentNatures.code,
]);

/** Notes of a column's reading proven by an example: the first chunk's example is enough. */
const ONCE_PER_COLUMN: ReadonlySet<string> = new Set([
  DIAG.accountChartNames.code,
  DIAG.accountSegments.code,
  DIAG.amountSideSuffix.code,
  DIAG.valueFieldDiscount.code,
  DIAG.cashDiscountUnread.code,
]);

/** A counted diagnostic: its spec, what tells its values apart, and whether its amounts add up too. */
type CountedSpec = {
  spec: DiagSpec;
  key?: (d: Diagnostic) => string;
  amounts?: boolean;
  /** The spec of one diagnostic when its code has two texts (a sheet's credit notes, at row 0). */
  specOf?: (d: Diagnostic) => DiagSpec;
};

/** A credit-note section's note, or the sheet's (row 0: its name or title names credit notes). */
const sheetOr = (sheet: DiagSpec, section: DiagSpec): Omit<CountedSpec, "spec"> => ({
  key: (d) => (d.row === 0 ? "sheet" : ""),
  specOf: (d) => (d.row === 0 ? sheet : section),
});

/**
 * Diagnostics each chunk gives once with a count (`args.count`) and its first row: said once for the
 * table, at the first chunk's place, counts added up. Keyed by column, and by value for statuses
 * and by month for implausible dates.
 */
const COUNTED: ReadonlyMap<string, CountedSpec> = new Map(
  [
    { spec: DIAG.twoDigitYear },
    { spec: DIAG.expenseLines },
    { spec: DIAG.datedTotalRows },
    { spec: DIAG.statusNotIssued, key: (d: Diagnostic) => normalizeText(d.value) },
    { spec: DIAG.statusReplaced, key: (d: Diagnostic) => normalizeText(d.value) },
    { spec: DIAG.statusRefunded, key: (d: Diagnostic) => normalizeText(d.value) },
    { spec: DIAG.statusUnknownCounted, key: (d: Diagnostic) => normalizeText(d.value) },
    { spec: DIAG.dealNotWon, key: (d: Diagnostic) => normalizeText(d.value) },
    { spec: DIAG.lineNotInvoiced, key: (d: Diagnostic) => normalizeText(d.value) },
    { spec: DIAG.kitComponents },
    { spec: DIAG.orderShippingOnce },
    { spec: DIAG.documentNotSale, key: (d: Diagnostic) => normalizeText(d.value) },
    { spec: DIAG.documentCodeUnknown, key: (d: Diagnostic) => normalizeText(d.value) },
    { spec: DIAG.paymentNotSale, key: (d: Diagnostic) => normalizeText(d.value) },
    { spec: DIAG.debitPayments, key: (d: Diagnostic) => normalizeText(d.value) },
    { spec: DIAG.bankExpenses, key: (d: Diagnostic) => normalizeText(d.value) },
    { spec: DIAG.paymentCounted, key: (d: Diagnostic) => normalizeText(d.value) },
    { spec: DIAG.depositInvoiceCounted, key: (d: Diagnostic) => normalizeText(d.value) },
    { spec: DIAG.depositInvoiceRestated, key: (d: Diagnostic) => normalizeText(d.value) },
    { spec: DIAG.statusRefundedCounted, key: (d: Diagnostic) => normalizeText(d.value) },
    { spec: DIAG.invoiceTotalLines },
    { spec: DIAG.invoiceTotalRepeated },
    { spec: DIAG.invoiceDiscountOnce },
    { spec: DIAG.labelOnlyDecisions },
    { spec: DIAG.closingEntries },
    { spec: DIAG.thirdPartyAccounts },
    { spec: DIAG.labelColumnUnread },
    { spec: DIAG.sectionRows },
    { spec: DIAG.creditNoteSectionRead, ...sheetOr(DIAG.creditNoteSheetRead, DIAG.creditNoteSectionRead) },
    { spec: DIAG.creditNoteSection, ...sheetOr(DIAG.creditNoteSheet, DIAG.creditNoteSection) },
    { spec: DIAG.invoiceHeaderRows },
    { spec: DIAG.invoiceTenderRows },
    { spec: DIAG.invoiceHeaderOff },
    { spec: DIAG.analyticLines, key: (d: Diagnostic) => normalizeText(d.value) },
    { spec: DIAG.orderItemRows },
    { spec: DIAG.orderTotalsRepeated },
    { spec: DIAG.recordLinesFilled },
    { spec: DIAG.creditNotePositive },
    { spec: DIAG.dateImplausible, key: (d: Diagnostic) => String(d.args?.period) },
    { spec: DIAG.scenarioSetApart, key: (d: Diagnostic) => normalizeText(d.value), amounts: true },
    { spec: DIAG.scenarioUnknown, key: (d: Diagnostic) => normalizeText(d.value), amounts: true },
  ].map((c) => [c.spec.code, c]),
);

/** Row diagnostics in order; the table-wide summaries (not revenue, blank rows) once, added up; a date-order guess only if no chunk proved it. */
function mergeDiagnostics(lists: readonly Diagnostic[][], dateProven: boolean): Diagnostic[] {
  const out: Diagnostic[] = [];
  const summed = new Map<string, { count: number; amount: Decimal; column: string }>();
  const seen = new Set<string>();
  // Counted diagnostics: where the first one sits in `out`, and the count so far.
  const counted = new Map<string, { at: number; count: number; amount: Decimal }>();
  for (const list of lists) {
    for (const d of list) {
      const countedSpec = COUNTED.get(d.code);
      if (d.code === DIAG.notRevenue.code || d.code === DIAG.blankRows.code) {
        const s = summed.get(d.code) ?? { count: 0, amount: new Decimal(0), column: d.column };
        s.count += Number(d.value);
        if (d.amount !== undefined) s.amount = s.amount.plus(d.amount);
        summed.set(d.code, s);
      } else if (countedSpec) {
        const key = `${d.code}|${d.column}|${countedSpec.key?.(d) ?? ""}`;
        const prev = counted.get(key);
        const amount = new Decimal(countedSpec.amounts === true ? (d.amount ?? 0) : 0);
        if (prev) {
          prev.count += Number(d.args?.count ?? 0);
          prev.amount = prev.amount.plus(amount);
        } else counted.set(key, { at: out.push(d) - 1, count: Number(d.args?.count ?? 0), amount });
      } else if (d.code === DIAG.dateOrderLocale.code && dateProven) {
        // A later chunk proved the order the locale gave the early ones: nothing was guessed.
        continue;
      } else if (d.row === 0 || EVIDENCE_CODES.has(d.code) || ONCE_PER_COLUMN.has(d.code)) {
        const k = ONCE_PER_COLUMN.has(d.code)
          ? `${d.code}|${d.column}`
          : `${d.code}|${d.row}|${d.column}|${d.value}`;
        if (!seen.has(k)) out.push(d);
        seen.add(k);
      } else out.push(d);
    }
  }
  for (const { at, count, amount } of counted.values()) {
    const d = out[at];
    const c = COUNTED.get(d.code);
    const spec = (c?.specOf?.(d) ?? c?.spec) as DiagSpec;
    // The amounts the rows of each chunk would have added, added up (scenario rows set apart).
    const sum = c?.amounts === true ? { amount: toDecimalString(amount) } : {};
    out[at] = diag(spec, { ...d, ...sum, args: { ...d.args, count } });
  }
  const nr = summed.get(DIAG.notRevenue.code);
  if (nr) {
    out.push(
      diag(DIAG.notRevenue, {
        row: 0,
        column: nr.column,
        value: String(nr.count),
        amount: toDecimalString(nr.amount),
        args: { count: nr.count },
      }),
    );
  }
  const blank = summed.get(DIAG.blankRows.code);
  if (blank) {
    out.push(
      diag(DIAG.blankRows, { row: 0, column: "", value: String(blank.count), args: { count: blank.count } }),
    );
  }
  return out;
}
