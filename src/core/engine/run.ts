/**
 * One pass of the engine over a table: the state of the pass (mapping, readers, classifier, month
 * accumulator, counters) and what it does with one row. `compute` (compute.ts) drives it.
 */
import Decimal from "decimal.js";
import { cellKey, cellText, isBlank, isCellError } from "../cells";
import { createClassifier, type Classifier, type OpFlagConvention } from "../classify";
import { lastYearTwoDigit, readMonth } from "../dates";
import { diag, DIAG } from "../diagnostics";
import { severalCurrencies } from "../errors";
import { detectMapping, isJournalLayout, labelColumn, type MappingResult } from "../fields";
import { centsToDecimal, DOLLAR_CURRENCIES, toDecimalString } from "../money";
import { DEFAULT_RULES } from "../rules";
import {
  SCOPES,
  type CellValue,
  type Classification,
  type Decisions,
  type Diagnostic,
  type Kind,
  type LineFacts,
  type Mapping,
  type RawTable,
  type Scope,
} from "../types";
import { createAmountReader, type AmountReader, type LineAmount } from "./amounts";
import { invoiceDiscounts, type InvoiceDiscountRun } from "./evidence/invoice-discounts";
import { ttcCounted, ttcRateReading, vatReading, withVatEvidence } from "./evidence/vat-column";
import { refundReading, withRefundEvidence } from "./evidence/refund-amounts";
import { withOrderValueEvidence } from "./evidence/order-values";
import { netSidesReading, withNetSidesEvidence } from "./evidence/net-sides";
import { tipsIncluded, tipsReading } from "./evidence/tips";
import { collectedReading } from "./evidence/collected";
import { itemsShippingFacts, shippingReading } from "./evidence/shipping";
import {
  extractSigns,
  JournalBlocks,
  journalLayout,
  journalNote,
  type JournalSign,
} from "./evidence/journal-sign";
import { ChartWatch } from "./evidence/account-chart";
import { CreditNotes, isNegative } from "./evidence/credit-notes";
import {
  decideMarks,
  decideReading,
  gatherEvidence,
  mergeEvidence,
  numericCols,
  type Evidence,
  type Reading,
} from "./evidence/columns";
import { implausibleDates } from "./evidence/date-range";
import { scanTexts, type TextScan } from "./evidence/text-cells";
import { decideDateOrder, type DateProof } from "./evidence/date-order";
import { swappedDates, swappedDatesNote, swappedMonth } from "./evidence/swapped-dates";
import { freeColumns, totalLabelOf } from "./evidence/dated-totals";
import { ExpenseColumn } from "./evidence/expense-column";
import { lineKeys } from "./line-keys";
import { manualClassification } from "./manual";
import { MonthAccumulator, packLine } from "./months";
import { flagColumnConvention, opFlagCells } from "./op-flag-column";
import {
  LINE_NOT_REVENUE,
  LINE_UNUSABLE,
  newLineTable,
  type EngineOptions,
  type EngineResult,
} from "./result";
import { COMBO_NOT_REVENUE, COMBO_SLOW, COMBO_UNKNOWN, ComboCache, type Combo } from "./fast/combos";
import { fastAmounts, fastMonths, SERIAL_MEMO } from "./fast/columns";
import {
  dateNotSales,
  columnsLeftNotes,
  duplicateHeaders,
  formatCurrencies,
  hiddenMapped,
  hasObjectCell,
  isBlankRow,
  missingColumns,
  accountChartOf,
} from "./table-checks";
import { sumTotals } from "./totals";
import type { DateOrder } from "../dates";

/** What the quiet OP flag reader gives for a value the straightforward path diagnoses. */
const COMBO_SLOW_FLAG: unique symbol = Symbol("op flag diagnosed");
const KIND_INDEX: Record<Kind, number> = { sale: 0, discount: 1, rebate: 2, return: 3 };
const SCOPE_INDEX = Object.fromEntries(SCOPES.map((s, i) => [s, i])) as Record<Scope, number>;

/** The euro as currency columns write it besides its ISO code ("€", "Euro", "Euros", "Eur."). */
const EURO_SPELLINGS: ReadonlySet<string> = new Set(["€", "EURO", "EUROS", "EUR."]);

/**
 * Decimal marks, discount rates, net or gross, VAT: decided per column from the data (SPEC 2.2). Where
 * a column cannot tell, dates proven month first (2/13/25) make the export American: ".". Returns the
 * evidence, the reading and the tip column a total includes (evidence/tips.ts).
 */
function readColumns(
  table: RawTable,
  info: MappingResult,
  options: EngineOptions,
  marks: TextScan["marks"],
  dates: EngineRun["dates"],
  diagnostics: Diagnostic[],
): { evidence: Evidence; reading: Reading; tipCol: number | undefined } {
  const map = info.mapping;
  const locale = options.locale ?? "fr";
  const usDates = options.decimal === undefined ? monthFirstProof(dates, options.datePrior) : null;
  const fallback = locale === "fr" && usDates === null ? "," : ".";
  const gathered = gatherEvidence(table, map, options.evidencePrior, options.decimal, fallback, marks);
  // An order's value before its coupon proves its total net or gross (evidence/order-values.ts).
  const ev = withOrderValueEvidence(gathered, table, map, decideMarks(gathered, options.decimal, fallback));
  // A VAT column beside the amount proves whether it includes it (TTC: read less it).
  // A total that holds the tips of a tip column (evidence/tips.ts): decided once, for the VAT and the amount.
  const tipCol = tipsIncluded(table, map);
  const marksNow = decideMarks(ev, options.decimal, fallback);
  // A refund equal to its amount proves the amount before its refunds (evidence/refund-amounts.ts).
  const withVat = withVatEvidence(ev, table, map, marksNow, tipCol);
  // A Net beside Debit / Credit holding its gross (evidence/net-sides.ts).
  const withSides = withNetSidesEvidence(withVat, table, map, marksNow);
  const evidence = withRefundEvidence(withSides, table, map, marksNow);
  const reading = decideReading(table, map, evidence, options.decimal, fallback, diagnostics);
  const refund = refundReading(table, map, evidence, reading, diagnostics);
  if (refund !== undefined) reading.refundOutside = refund;
  // Debit / Credit holding a Net's gross: the Net read, signed by the side (evidence/net-sides.ts).
  const sides =
    info.layout === "debit_credit" ? netSidesReading(table, map, evidence.netSides, diagnostics) : undefined;
  if (sides !== undefined) reading.netSides = sides;
  if (usDates !== null && locale === "fr") {
    const dateHeader = map.date === undefined ? "" : (table.headers[map.date] ?? "");
    const notes = marksFromDates(reading, evidence, usDates, dateHeader);
    // Each replaces the column's "mark assumed" warning: the dates decided it.
    const said = new Set(notes.map((d) => d.column));
    const kept = diagnostics.filter((d) => d.code !== DIAG.decimalMarkAssumed.code || !said.has(d.column));
    diagnostics.splice(0, diagnostics.length, ...kept, ...notes);
  }
  return { evidence, reading, tipCol };
}

/** The proof that the dates are month first (by this table's data or an earlier chunk's), else null. */
function monthFirstProof(
  dates: { order: string; decidedBy: string; proof?: DateProof },
  prior: DateProof | undefined,
): DateProof | null {
  if (dates.order !== "mdy") return null;
  if (dates.decidedBy === "data") return dates.proof ?? null;
  return dates.decidedBy === "prior" && prior?.order === "mdy" ? prior : null;
}

/**
 * A note for each amount column whose "." mark was decided by the month-first dates (its values could
 * not tell), naming its first ambiguous value and the date that proved the order.
 */
function marksFromDates(reading: Reading, ev: Evidence, proof: DateProof, dateHeader: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const [h, d] of Object.entries(reading.decimal)) {
    const ambiguous = ev.columns[h]?.ambiguous;
    if (d.by !== "default" || ambiguous === undefined) continue;
    const args = { dates: dateHeader, dateRow: proof.row, dateValue: proof.value };
    out.push(
      diag(DIAG.decimalMarkFromDates, { row: ambiguous.row, column: h, value: ambiguous.value, args }),
    );
  }
  return out;
}

/** The state of one pass over a table; `row(i)` for each row, then `finish()`. */
export class EngineRun {
  readonly n: number;
  private readonly map: Mapping;
  private readonly info: MappingResult;
  private readonly strict: boolean;
  private readonly date1904: boolean;
  private readonly diagnostics: Diagnostic[];
  private readonly unreadableRows: Set<number>;
  private readonly dateCol: number;
  private readonly dates: {
    order: DateOrder;
    decidedBy: "data" | "locale" | "prior" | "none";
    proof?: DateProof;
  };
  private readonly classifier: Classifier;
  private readonly decisions: Decisions | null;
  private readonly keys: string[] | null;
  private readonly classifications: Classification[] = [];
  private readonly classIndex = new Map<Classification, number>();
  // Kind and scope index of each classification, by its index.
  private readonly classKind: number[] = [];
  private readonly classScope: number[] = [];
  // One facts object reused for every row (the classifier keeps values, not the object).
  private readonly facts: LineFacts = {};
  private readonly classCols: number[];
  private readonly flagConvention: OpFlagConvention | "none";
  private readonly opFlagOf: (v: CellValue, rowNumber: number) => CellValue;
  // The same reader writing its diagnostics aside (the fast path only asks whether there is one).
  private readonly opFlagQuiet: (v: CellValue, rowNumber: number) => CellValue;
  private readonly flagScratch: Diagnostic[] = [];
  private readonly lines: EngineResult["lines"];
  private readonly months = new MonthAccumulator();
  // Serial → month memo (day serials repeat a lot).
  private readonly serialMonths = new Int32Array(SERIAL_MEMO);
  /** The column the label keywords read (fields.ts labelColumn). */
  private readonly labelCol: number | undefined;
  /** Columns nothing reads where a total's label may sit, in a table without a label (dated-totals.ts). */
  readonly freeCols: readonly number[];
  /** Rows whose date cell names a month alone (text-cells.ts): read by row(i), which may note a subtotal. */
  private readonly monthDates: readonly number[];
  /** A receipts-and-expenses book's expense column (expense-column.ts), or null. */
  private readonly expenses: ExpenseColumn | null;
  /** The date column's real dates were proven swapped (evidence/swapped-dates.ts): read back. */
  private readonly swapped: boolean;
  private readonly amounts: AmountReader;
  private readonly creditNotes: CreditNotes;
  private readonly evidence: Evidence;
  private readonly reading: Reading;
  private readonly currencies = new Set<string>();
  /** Whether a "$" read as its row's dollar (dollarOfRow) was said. */
  private dollarSaid = false;
  /** Lines read with a blank currency cell (see CurrencyBlank). */
  private readonly currencyBlank = { count: 0, row: 0 };
  private notRevenue = 0;
  private notRevenueCents = 0;
  private notRevenueExact = new Decimal(0);
  private ignoredCount = 0;
  private ignoredAmount = new Decimal(0);
  private blankRows = 0;
  // Known amounts of the rows the reader left unusable (row → amount), for the ignored total.
  private readonly unreadableAmounts = new Map<number, Decimal>();
  // Two-digit years in the date column: how many, and the first (row, value) as the example.
  private twoDigitYears = 0;
  private twoDigitExample: { row: number; value: string } | null = null;
  // Signs of the sale lines' base amounts, for the sign sanity check (sanity.ts).
  private readonly saleSigns = { positive: 0, negative: 0 };
  /** Not-revenue lines whose account says revenue (the account_not_pcg example, see account-chart.ts). */
  readonly chart = new ChartWatch();
  /** The invoice going on at the last row and its discount (invoice-discounts.ts), for the next chunk. */
  private readonly invoiceDiscountRun?: InvoiceDiscountRun;
  /** The invoice going on at the last row and its shipping (evidence/shipping.ts), for the next chunk. */
  private readonly invoiceShippingRun?: InvoiceDiscountRun;

  /** Rows whose label reads as a total, ascending (dated-totals.ts decides whether they are). */
  readonly totalLabelled: number[] = [];
  /** A journal's entries, read in order (journal-sign.ts): null unless one signed amount beside an account. */
  private readonly journal: JournalBlocks | null;
  /** The accounts are read in the PCG (no foreign chart, no names): a revenue extract's 70… / 709 say its signs. */
  private readonly pcg: boolean;

  /** `scanned`: the caller's text scan of this very table (compute's), else the pass scans it. */
  constructor(
    private readonly table: RawTable,
    options: EngineOptions,
    allExact: boolean,
    scanned?: TextScan,
  ) {
    const locale = options.locale ?? "fr";
    this.strict = options.strict === true;
    this.date1904 = options.date1904 ?? table.date1904 ?? false;
    this.info = detectMapping(table.headers, options.mapping);
    if (this.info.missing.length > 0) throw missingColumns(this.info, table.headers);
    const map = (this.map = this.info.mapping);
    this.diagnostics = [...(table.readDiagnostics ?? [])];
    this.n = table.rows.length;
    // Rows the reader could not split right (stray separators, missing fields) are never counted.
    const unusable = (table.readDiagnostics ?? []).filter((d) => d.severity === "error" && d.row > 0);
    this.unreadableRows = new Set(unusable.map((d) => d.row));
    for (const d of unusable)
      if (d.amount !== undefined) this.unreadableAmounts.set(d.row, new Decimal(d.amount));
    this.diagnostics.push(
      ...duplicateHeaders(table, map),
      ...columnsLeftNotes(table, this.info),
      ...dateNotSales(table, this.info),
      ...hiddenMapped(table, map),
    );
    this.dateCol = map.date as number;
    // Explicit --dates decides only where the data cannot (the locale argument is the fallback order).
    const dateFallback = options.dates ? (options.dates === "dmy" ? "fr" : "en") : locale;
    // One pass finds the text cells that date order and decimal marks are proven from.
    const texts = scanned ?? scanTexts(table, this.dateCol, numericCols(map, table.headers));
    this.monthDates = texts.monthDates;
    this.dates = decideDateOrder(
      table,
      this.dateCol,
      dateFallback,
      this.diagnostics,
      options.datePrior,
      texts.dates,
      // An explicit --dates is the user's word: another date column's evidence does not override it.
      options.dates === undefined,
    );
    // Real dates a month-first spreadsheet swapped (a French file opened in a US Excel): read back.
    const swap =
      table.swappedDates !== undefined
        ? table.swappedDates
        : swappedDates(table, this.dateCol, this.date1904, texts.dates);
    this.swapped = swap !== null;
    if (swap !== null) this.diagnostics.push(swappedDatesNote(swap, this.headerOf(this.dateCol)));

    const rules = options.rules ?? DEFAULT_RULES;
    // Account names are read as a chart only in journals (debit/credit, amount/direction layouts)
    // and when a report's headings name the accounts (named-headings.ts).
    const headings = options.headingNames === true;
    const journalNames = headings || isJournalLayout(this.info.layout);
    const chart =
      options.chartByNames === true ? "names" : (options.accountChart ?? accountChartOf(table, this.info));
    this.classifier = createClassifier(rules, journalNames, headings, chart, options.accountCells);
    this.pcg = chart === undefined;
    const decisions = options.decisions;
    this.decisions = decisions && Object.keys(decisions).length > 0 ? decisions : null;
    this.keys = this.decisions ? lineKeys(table, map) : null;
    this.labelCol = labelColumn(map, table.headers);
    this.classCols = [map.account, this.labelCol, map.kind, map.op_flag].filter(
      (c): c is number => c !== undefined,
    );
    this.freeCols = freeColumns(map, table.headers.length);
    this.expenses = ExpenseColumn.of(table.headers, map);
    // OP flags: "X"/empty columns read empty as "no"; values in neither word list are diagnosed.
    this.flagConvention = flagColumnConvention(
      table.rows,
      map.op_flag,
      rules.opFlag,
      options.opFlagConvention,
    );
    this.opFlagOf = opFlagCells(
      rules.opFlag,
      this.flagConvention === "x_empty",
      this.headerOf(map.op_flag),
      this.diagnostics,
    );
    this.opFlagQuiet = opFlagCells(
      rules.opFlag,
      this.flagConvention === "x_empty",
      this.headerOf(map.op_flag),
      this.flagScratch,
    );
    this.lines = newLineTable(this.n);
    const cols = readColumns(table, this.info, options, texts.marks, this.dates, this.diagnostics);
    // An order line's shipping proven beside its items (shipping.ts), over the chunks like the rest.
    this.evidence = mergeEvidence(cols.evidence, itemsShippingFacts(table, map, cols.reading.decimal));
    this.reading = cols.reading;
    const tipCol = cols.tipCol;
    this.invoiceShippingRun = readTaxesAndTips(
      table,
      map,
      tipCol,
      this.evidence,
      this.reading,
      this.diagnostics,
      this.info.shopifyOrders === true || this.info.adjustedTotal !== undefined,
      options.invoiceShippingPrior,
    );
    // A discount on the whole invoice, written on each of its lines, is counted once per invoice.
    const discounts = invoiceDiscounts(table, map, options.invoiceDiscountPrior);
    this.diagnostics.push(...discounts.diagnostics);
    this.invoiceDiscountRun = discounts.last;
    this.journal = this.journalReading(options);
    this.amounts = createAmountReader(table, this.info, this.reading, allExact, discounts.repeated);
    this.creditNotes = new CreditNotes(table, map.doc_type, this.amounts, options);
    if (this.creditNotes.positive !== null) this.diagnostics.push(this.creditNotes.positive);
    if (this.creditNotes.sectionNote !== null) this.diagnostics.push(this.creditNotes.sectionNote);
    for (const code of formatCurrencies(table, numericCols(map))) this.currencies.add(code);
  }

  /**
   * A journal proven to write its credits negative (journal-sign.ts): its amounts read negated, said.
   * Its entries are looked for only when asked (sales read negative) or already read negated.
   */
  private journalReading(options: EngineOptions): JournalBlocks | null {
    const map = this.map;
    const journal = journalLayout(this.info, map);
    const proof = options.journalProof;
    // The user's word (--signs, the pane's setting) also holds for a sales list without accounts.
    const asked = proof?.by === "option" && this.info.layout === "amount" && map.amount !== undefined;
    if ((journal || asked) && options.journalPrior === "debit_positive") {
      const column = this.headerOf(map.amount);
      this.reading.journal = { column, convention: "debit_positive", proof };
      this.diagnostics.push(journalNote(column, proof));
    }
    const track = options.journalTrack === true || this.reading.journal !== undefined;
    return journal && track ? new JournalBlocks() : null;
  }

  /** True when the cents sums may have lost exactness: run again with every amount exact. */
  get overflow(): boolean {
    return this.months.overflow;
  }

  /** Reads, classifies, dates and accumulates row `i`. */
  row(i: number): void {
    const { table, lines } = this;
    const row = table.rows[i];
    const rowNumber = table.rowNumbers ? table.rowNumbers[i] : table.firstRow + i;
    lines.rowNumber[i] = rowNumber;
    lines.classification[i] = -1;
    lines.period[i] = -1;
    lines.scope[i] = LINE_UNUSABLE;
    if (table.notLines !== undefined && table.notLines.has(i)) return; // an account heading or a total row
    if (isBlankRow(row)) {
      this.blankRows++;
      return;
    }
    if (this.unreadableRows.size > 0 && this.unreadableRows.has(rowNumber)) {
      this.ignoredCount++;
      const known = this.unreadableAmounts.get(rowNumber);
      if (known !== undefined) this.ignoredAmount = this.ignoredAmount.plus(known);
      return;
    }
    // A receipts-and-expenses book's expense (no receipt): not revenue, said once (expense-column.ts).
    if (this.expenses !== null && this.expenses.takes(row, rowNumber)) {
      lines.scope[i] = LINE_NOT_REVENUE;
      return;
    }
    const amt = this.amount(row, rowNumber);
    if (amt === null) {
      this.journal?.reset();
      return;
    }
    // A label of a total ("Sous-total janvier"): dated-totals.ts checks its amount against the lines above.
    if (totalLabelOf(row, this.map, this.freeCols) !== null) this.totalLabelled.push(i);
    const cls = this.classify(row, rowNumber, i, amt);
    this.journal?.add(amt.baseExact === null ? amt.baseCents : NaN, cls !== null, rowNumber);
    if (cls === null) {
      lines.scope[i] = LINE_NOT_REVENUE;
      if (this.map.account !== undefined) this.chart.notRevenue(row[this.map.account], rowNumber);
      this.notRevenue++;
      if (amt.baseExact !== null) this.notRevenueExact = this.notRevenueExact.plus(amt.baseExact);
      else this.notRevenueCents += amt.baseCents;
      return;
    }
    const month = this.month(row, rowNumber, amt);
    if (month < 0) return;
    this.accumulate(i, cls, month, amt);
  }

  /** The row's amount (with its per-line deductions) and currency; null when ignored (counted). */
  private amount(row: readonly CellValue[], rowNumber: number): LineAmount | null {
    const amt = this.amounts.read(row, rowNumber, this.diagnostics);
    if (amt === null) {
      this.ignoredCount++;
      const lost = this.amounts.lostAmount;
      if (lost !== null) this.ignoredAmount = this.ignoredAmount.plus(lost);
      return null;
    }
    if (amt.currency) this.currencies.add(this.dollarOfRow(amt.currency, row, rowNumber));
    if (this.map.currency !== undefined) this.noteCurrency(row, this.map.currency, rowNumber);
    return amt;
  }

  /**
   * The currency of a cell's "$": the dollar its row's currency column names (MYOB's "$125.00" beside
   * "AUD"), said once (dollar_of_currency_column); a cell writing "USD" or "US$" stays the US dollar.
   */
  private dollarOfRow(found: string, row: readonly CellValue[], rowNumber: number): string {
    const col = this.map.currency;
    if (found !== "USD" || col === undefined) return found;
    const named = cellKey(row[col]).toUpperCase();
    const a = this.map.amount ?? this.map.net_amount ?? this.map.credit ?? this.map.debit;
    const text = a === undefined ? "" : cellText(row[a]);
    if (named === "USD" || !DOLLAR_CURRENCIES.has(named) || /US/i.test(text)) return found;
    if (!this.dollarSaid) {
      this.dollarSaid = true;
      this.diagnostics.push(
        diag(DIAG.dollarOfCurrencyColumn, {
          row: rowNumber,
          column: this.headerOf(col),
          value: named,
          args: { money_column: this.headerOf(a), money_value: text },
        }),
      );
    }
    return named;
  }

  /** Adds the currency column's value of the row to the currencies seen (a blank one counted apart). */
  private noteCurrency(row: readonly CellValue[], currencyCol: number, rowNumber: number): void {
    const c = cellKey(row[currencyCol]).toUpperCase();
    if (c) this.currencies.add(EURO_SPELLINGS.has(c) ? "EUR" : c);
    else if (this.currencyBlank.count++ === 0) this.currencyBlank.row = rowNumber;
  }

  /** The row's classification (manual decision first), or null when it is not revenue. */
  private classify(
    row: readonly CellValue[],
    rowNumber: number,
    i: number,
    amt: LineAmount,
  ): Classification | null {
    const { map, facts } = this;
    // The sign rule and credit notes (SPEC 2.1) need the line's sign.
    const negative = isNegative(amt);
    facts.creditNote = this.creditNotes.returnOf(row, negative, i);
    facts.reduces = negative || facts.creditNote;
    facts.account = map.account !== undefined ? cellKey(row[map.account]) : undefined;
    facts.label = this.labelCol !== undefined ? cellText(row[this.labelCol]) : undefined;
    facts.kindText = map.kind !== undefined ? cellText(row[map.kind]) : undefined;
    facts.opFlag = map.op_flag !== undefined ? this.opFlagOf(row[map.op_flag], rowNumber) : undefined;
    if (this.classCols.length > 0 && hasObjectCell(row, this.classCols)) this.blankErrorCells(row, rowNumber);
    let cls = this.classifier.classify(facts);
    if (this.keys && this.decisions) {
      const d = this.decisions[this.keys[i]];
      if (d) cls = manualClassification(d, cls);
    }
    if (cls?.conflict !== undefined) this.conflict(row, rowNumber, cls);
    return cls;
  }

  /**
   * The fast path (issue 12): amounts and dates read by per-column readers chosen once, the
   * classifier run once per distinct combination of classifying cells and sign, sums added as cents;
   * a row that needs a diagnostic, an exact Decimal or a manual decision goes through `row(i)`, in
   * order, so the result is the straightforward path's. Returns false, having read nothing, for
   * the layouts it does not cover.
   */
  fastRows(): boolean {
    const amounts = fastAmounts(this.info, this.amounts.cells, this.amounts.hasDeductions);
    if (amounts === null) return false;
    const { n, table, lines, map, dateCol, strict } = this;
    const slow = this.slowRows();
    const readCents = amounts.read;
    const monthOf = fastMonths(this.dates.order, this.date1904, this.serialMonths, this.swapped);
    const cols = this.comboCols();
    const combos = new ComboCache(cols);
    const currencyCol = map.currency;
    const accountCol = map.account;
    const { rows, rowNumbers, firstRow } = table;
    const months = this.months;
    const { classKind, classScope, saleSigns } = this;
    const { rowNumber: rowNumberOf, classification, kind, scope, period, cents } = lines;
    const signed = amounts.signed;
    const journal = this.journal;
    // Each classification's buckets packed once (packLine), by classification index.
    const packed: number[] = [];
    for (let i = 0; i < n; i++) {
      const row = rows[i];
      // A blank row has a blank date: month -1, so it goes through row(i) too.
      const c = slow !== null && slow[i] !== 0 ? NaN : readCents(row);
      const month = c !== c ? -1 : monthOf(row[dateCol]);
      const combo = month < 0 ? null : combos.get(row);
      if (combo === null) {
        this.row(i);
        continue;
      }
      const rowNumber = rowNumbers ? rowNumbers[i] : firstRow + i;
      let ci = c < 0 ? combo.neg : combo.pos;
      if (ci === COMBO_UNKNOWN) ci = this.comboClass(combo, row, c < 0, rowNumber);
      if (ci === COMBO_SLOW) {
        this.row(i);
        continue;
      }
      if (journal !== null) journal.add(c, ci !== COMBO_NOT_REVENUE, rowNumber);
      rowNumberOf[i] = rowNumber;
      if (currencyCol !== undefined) this.noteCurrency(row, currencyCol, rowNumber);
      if (ci === COMBO_NOT_REVENUE) {
        classification[i] = -1;
        period[i] = -1;
        scope[i] = LINE_NOT_REVENUE;
        if (accountCol !== undefined) this.chart.notRevenue(row[accountCol], rowNumber);
        this.notRevenue++;
        this.notRevenueCents += c;
        continue;
      }
      const kindIdx = classKind[ci];
      const scopeIdx = classScope[ci];
      classification[i] = ci;
      kind[i] = kindIdx;
      scope[i] = scopeIdx;
      period[i] = month;
      if (kindIdx === 0) {
        if (c < 0) saleSigns.negative++;
        else if (c > 0) saleSigns.positive++;
      }
      let pk = packed[ci];
      if (pk === undefined) pk = packed[ci] = packLine(kindIdx, scopeIdx, strict, signed);
      months.addPacked(months.slot(month), pk, c);
      cents[i] = months.lineCents;
    }
    return true;
  }

  /** Rows the fast path leaves to `row(i)` whatever their cells (unusable rows of the reader, manual decisions), or null. */
  private slowRows(): Uint8Array | null {
    const { table, keys, decisions } = this;
    const notLines = table.notLines;
    const months = this.monthDates;
    const sections = table.creditSection;
    if (
      this.unreadableRows.size === 0 &&
      !(keys && decisions) &&
      !notLines?.size &&
      months.length === 0 &&
      sections === undefined
    )
      return null;
    const slow = new Uint8Array(this.n);
    // Rows that are not lines (headings, totals, carried balances) are set apart by row(i).
    if (notLines) for (const i of notLines) slow[i] = 1;
    // Lines under a credit-note heading: classified one by one (their sign reading is theirs).
    for (const i of this.creditNotes.sectionLines()) slow[i] = 1;
    for (const i of months) slow[i] = 1;
    for (let i = 0; i < this.n; i++) {
      const rowNumber = table.rowNumbers ? table.rowNumbers[i] : table.firstRow + i;
      if (this.unreadableRows.has(rowNumber)) slow[i] = 1;
      if (keys && decisions && decisions[keys[i]]) slow[i] = 1;
    }
    return slow;
  }

  /** The columns whose cells decide a line's classification (the document type only with credit notes). */
  private comboCols(): number[] {
    const doc = this.creditNotes.reading !== null ? this.map.doc_type : undefined;
    // A free column's "Total" must reach comboClass (totalLabelOf): its cells are in the combination.
    const cols = [...this.classCols, ...this.freeCols];
    return doc === undefined || cols.includes(doc) ? cols : [...cols, doc];
  }

  /**
   * Classifies a combination for one sign, as `classify` does for its first line, and remembers it:
   * the classification's index, COMBO_NOT_REVENUE, or COMBO_SLOW when a line needs a diagnostic.
   */
  private comboClass(combo: Combo, row: readonly CellValue[], negative: boolean, rowNumber: number): number {
    const { map, facts } = this;
    let ci: number = COMBO_SLOW;
    // A total's label: its lines go by row(i), which notes them (rare: no cost on other lines).
    if (totalLabelOf(row, map, this.freeCols) !== null) {
      combo.neg = combo.pos = COMBO_SLOW;
      return COMBO_SLOW;
    }
    const flagCol = map.op_flag;
    const flagged = flagCol === undefined ? undefined : this.opFlagProbe(row[flagCol], rowNumber);
    if (flagged !== COMBO_SLOW_FLAG) {
      facts.creditNote = this.creditNotes.returnOf(row, negative);
      facts.reduces = negative || facts.creditNote;
      facts.account = map.account !== undefined ? cellKey(row[map.account]) : undefined;
      facts.label = this.labelCol !== undefined ? cellText(row[this.labelCol]) : undefined;
      facts.kindText = map.kind !== undefined ? cellText(row[map.kind]) : undefined;
      facts.opFlag = flagged;
      const cls = this.classifier.classify(facts);
      if (cls === null) ci = COMBO_NOT_REVENUE;
      else if (cls.conflict === undefined) ci = this.classIndexOf(cls);
    }
    if (negative) combo.neg = ci;
    else combo.pos = ci;
    return ci;
  }

  /** The OP flag value the classifier sees, or COMBO_SLOW_FLAG when the value is diagnosed. */
  private opFlagProbe(v: CellValue, rowNumber: number): CellValue | typeof COMBO_SLOW_FLAG {
    const out = this.opFlagQuiet(v, rowNumber);
    if (this.flagScratch.length === 0) return out;
    this.flagScratch.length = 0;
    return COMBO_SLOW_FLAG;
  }

  /** A `conflict` diagnostic: the account kept its scope against the nature value or label keyword. */
  private conflict(row: readonly CellValue[], rowNumber: number, cls: Classification): void {
    const { conflict } = cls;
    if (conflict === undefined) return;
    const col = conflict.source === "kind_column" ? this.map.kind : this.labelCol;
    const account = this.facts.account ?? "";
    const value = col === undefined ? "" : cellText(row[col]);
    this.chart.saleOverruled(cls.ruleId, conflict.scope, account, value, rowNumber);
    this.diagnostics.push(
      diag(DIAG.conflict, {
        row: rowNumber,
        column: this.headerOf(col),
        value,
        args: {
          account,
          account_fr: cls.reason.fr,
          account_en: cls.reason.en,
          other_fr: conflict.reason.fr,
          other_en: conflict.reason.en,
        },
      }),
    );
  }

  /** Error cells (#N/A…) in the columns that classify: diagnosed, then read as empty. */
  private blankErrorCells(row: readonly CellValue[], rowNumber: number): void {
    const { map, facts } = this;
    for (const c of this.classCols) {
      const v = row[c];
      if (!isCellError(v)) continue;
      this.diagnostics.push(
        diag(DIAG.classErrorCell, { row: rowNumber, column: this.headerOf(c), value: v.error }),
      );
      if (c === map.account) facts.account = "";
      if (c === this.labelCol) facts.label = "";
      if (c === map.kind) facts.kindText = "";
    }
  }

  /** The row's month (yyyymm), or -1 when its date is unusable (diagnosed, counted as ignored). */
  private month(row: readonly CellValue[], rowNumber: number, amt: LineAmount): number {
    const dv = row[this.dateCol];
    const order = this.dates.order;
    let month: number;
    if (typeof dv === "number" && dv >= 1 && dv < SERIAL_MEMO) {
      // Day serials repeat a lot: memoise their month (whole days only; times do not change it).
      const d = dv | 0;
      month = this.serialMonths[d];
      if (month === 0)
        month = this.serialMonths[d] = this.swapped
          ? swappedMonth(d, this.date1904)
          : readMonth(d, order, this.date1904);
    } else {
      month = readMonth(dv, order, this.date1904);
      if (month >= 0 && lastYearTwoDigit()) this.twoDigitYear(rowNumber, dv);
    }
    if (month >= 0) return month;
    const total = amt.netDecimal();
    this.diagnostics.push(
      diag(isCellError(dv) ? DIAG.dateErrorCell : isBlank(dv) ? DIAG.dateEmpty : DIAG.dateUnreadable, {
        row: rowNumber,
        column: this.headerOf(this.dateCol),
        value: cellText(dv),
        amount: toDecimalString(total),
      }),
    );
    this.ignoredCount++;
    this.ignoredAmount = this.ignoredAmount.plus(total);
    return -1;
  }

  /** Counts a date read with a two-digit year (one summary per column, see finish). */
  private twoDigitYear(rowNumber: number, dv: CellValue): void {
    if (this.twoDigitYears++ === 0) this.twoDigitExample = { row: rowNumber, value: cellText(dv) };
  }

  /** Records the line's classification and month, and adds it to its month. */
  private accumulate(i: number, cls: Classification, month: number, amt: LineAmount): void {
    this.accumulateAt(i, this.classIndexOf(cls), month, amt);
  }

  /** The index of a classification in the result's list, added on first use. */
  private classIndexOf(cls: Classification): number {
    let ci = this.classIndex.get(cls);
    if (ci === undefined) {
      ci = this.classifications.length;
      this.classifications.push(cls);
      this.classIndex.set(cls, ci);
      this.classKind.push(KIND_INDEX[cls.kind]);
      this.classScope.push(SCOPE_INDEX[cls.scope]);
    }
    return ci;
  }

  /** `accumulate` for a classification index. */
  private accumulateAt(i: number, ci: number, month: number, amt: LineAmount): void {
    const lines = this.lines;
    const kindIdx = this.classKind[ci];
    const scopeIdx = this.classScope[ci];
    lines.classification[i] = ci;
    lines.kind[i] = kindIdx;
    lines.scope[i] = scopeIdx;
    lines.period[i] = month;
    const months = this.months;
    if (kindIdx === 0) {
      const base = amt.baseExact === null ? amt.baseCents : amt.baseExact.toNumber();
      if (base < 0) this.saleSigns.negative++;
      else if (base > 0) this.saleSigns.positive++;
    }
    months.addLine(months.slot(month), kindIdx, scopeIdx, this.strict, amt);
    if (months.lineExact !== null) {
      // One exact contribution per line: its cents part plus its exact part.
      lines.exact.set(i, centsToDecimal(months.lineCents).plus(months.lineExact));
      lines.cents[i] = NaN;
    } else lines.cents[i] = months.lineCents;
  }

  /** The result, after every row: table-level diagnostics, months and totals. Throws on several currencies. */
  finish(): EngineResult {
    const { currencies, diagnostics, map } = this;
    if (currencies.size > 1) throw severalCurrencies(currencies);
    if (this.notRevenue > 0) {
      diagnostics.push(
        diag(DIAG.notRevenue, {
          row: 0,
          column: this.headerOf(map.account),
          value: String(this.notRevenue),
          amount: toDecimalString(centsToDecimal(this.notRevenueCents).plus(this.notRevenueExact)),
          args: { count: this.notRevenue },
        }),
      );
    }
    if (this.blankRows > 0) {
      diagnostics.push(
        diag(DIAG.blankRows, {
          row: 0,
          column: "",
          value: String(this.blankRows),
          args: { count: this.blankRows },
        }),
      );
    }
    if (this.twoDigitExample !== null) {
      diagnostics.push(
        diag(DIAG.twoDigitYear, {
          row: 0,
          column: this.headerOf(this.dateCol),
          value: this.twoDigitExample.value,
          args: { count: this.twoDigitYears, example_row: this.twoDigitExample.row },
        }),
      );
    }
    diagnostics.push(...this.amounts.cells.unitNotes, ...this.amounts.cells.roundNotes);
    const expenses = this.expenses?.note();
    if (expenses) diagnostics.push(expenses);
    const months = this.months.months();
    const read = { order: this.dates.order, date1904: this.date1904 };
    diagnostics.push(...implausibleDates(months, this.lines, this.table, this.dateCol, read));
    return {
      table: this.table,
      mapping: map,
      mappingInfo: this.info,
      currency: currencies.size === 1 ? [...currencies][0] : "EUR",
      strict: this.strict,
      dateOrder: this.dates.order,
      dateDecidedBy: this.dates.decidedBy,
      flagConvention: this.flagConvention,
      dateProof: this.dates.proof,
      creditNotes: this.creditNotes.reading ?? undefined,
      creditSectionSigned: this.creditNotes.sectionSigned,
      reading: this.reading,
      evidence: this.evidence,
      currencies: [...currencies].sort(),
      currencyBlank:
        this.currencyBlank.count > 0
          ? { ...this.currencyBlank, column: this.headerOf(map.currency) }
          : undefined,
      totals: sumTotals(months.map((m) => m.totals)),
      months,
      lines: this.lines,
      classifications: this.classifications,
      diagnostics,
      ignored: { count: this.ignoredCount, amount: this.ignoredAmount },
      saleSigns: { ...this.saleSigns },
      invoiceDiscountRun: this.invoiceDiscountRun,
      invoiceShippingRun: this.invoiceShippingRun,
      journalSign: this.journalSign(),
    };
  }

  /** The journal's entries, their revenue amounts as written (read negated: turned back). */
  private journalSign(): JournalSign | undefined {
    if (this.journal === null) return undefined;
    const { revenueCents, proof } = this.journal.sign;
    // A revenue extract's lines by account and sign, as written (its proof when no entry balances).
    const mark = this.reading.decimal[this.headerOf(this.map.amount)]?.mark ?? ",";
    const extract = this.pcg ? extractSigns(this.table, this.map, mark, this.table.notLines) : undefined;
    return { revenueCents: this.reading.journal ? -revenueCents : revenueCents, proof, extract };
  }

  private headerOf(i: number | undefined): string {
    return i === undefined ? "" : (this.table.headers[i] ?? "");
  }
}

/**
 * The readings of what an amount holds besides the sale, into `reading`: its VAT, proven by a VAT
 * column (TTC: read less it) or taken off at a rate column's rate, the tips of a total; an amount
 * headed TTC that nothing takes the taxes off is said (CA OP is tax-exclusive). `included`: the amount
 * always holds the VAT column (Shopify's order Total, Etsy's Order Total), no row needs to prove it.
 * The shipping billed beside the sales (shipping.ts): its invoice going on at the end is returned.
 */
function readTaxesAndTips(
  table: RawTable,
  map: Mapping,
  tipCol: number | undefined,
  evidence: Evidence,
  reading: Reading,
  diagnostics: Diagnostic[],
  included: boolean,
  shippingPrior: InvoiceDiscountRun | undefined,
): InvoiceDiscountRun | undefined {
  const vat = vatReading(table, map, evidence, diagnostics, included);
  if (vat !== undefined) reading.vat = vat;
  const tips = tipsReading(table, map, tipCol, diagnostics);
  if (tips !== undefined) reading.lessTips = tips;
  const collected = collectedReading(table, map, diagnostics);
  if (collected !== undefined) reading.lessCollected = collected;
  const shipping = shippingReading(table, map, diagnostics, shippingPrior, evidence);
  if (shipping !== undefined) reading.plusShipping = shipping.reading;
  const ttcRate = ttcRateReading(table, map, vat, diagnostics);
  if (ttcRate !== undefined) reading.ttcRate = ttcRate;
  const ttc = ttcRate === undefined ? ttcCounted(table, map, vat) : null;
  if (ttc !== null) diagnostics.push(ttc);
  return shipping?.last;
}
