/**
 * The CA OP engine: one pass over a table that reads amounts and dates, classifies every line,
 * and accumulates exact totals per month. Every adapter (functions, task pane, dashboard, CLI)
 * calls `compute`; nothing else computes CA OP.
 *
 * Exactness: amounts with at most two decimals are summed as integer cents in float64 (exact while
 * the sum of magnitudes stays below 2^53 cents; beyond that the whole table is recomputed with
 * decimal.js); amounts with more decimals are summed with decimal.js beside them. Never rounded.
 */
import { isBlank } from "../cells";
import { diag, DIAG } from "../diagnostics";
import { cellText } from "../cells";
import { accountNameReading, type AccountCells } from "../classify";
import {
  detectMapping,
  isFecHeader,
  isJournalLayout,
  numbersCreditNotes,
  userChoices,
  type MappingResult,
} from "../fields";
import { DEFAULT_RULES } from "../rules";
import type { GroupIds } from "../group-ids";
import type { Diagnostic, Mapping, MappingOverrides, RawTable } from "../types";
import { accountChartCheck, cgncCheck, type ChartWatch } from "./evidence/account-chart";
import { foreignChart, type ForeignChart } from "./evidence/foreign-chart";
import { thirdPartyAccounts, type AccountCounts } from "./evidence/third-party-accounts";
import { accountSegments, accountSegmentsNote, segmentedTable } from "./evidence/account-segments";
import { accountChartOf } from "./table-checks";
import { withNominalHeadings } from "./evidence/nominal-headings";
import { extractProof, journalDecision, journalQuestion, withSignsOption } from "./evidence/journal-sign";
import {
  HEADING_ACCOUNT,
  withAccountHeadings,
  withDateColumnHeadings,
  type HeadedTable,
} from "./evidence/account-headings";
import { NAMED_HEADING_ACCOUNT, withNamedHeadings } from "./evidence/named-headings";
import { openingBalanceRows } from "./evidence/opening-balances";
import { depositRows, notSaleRows, paymentRows } from "./evidence/not-sales";
import { platformTypeRows, withReturnAmounts, type PlatformTypes } from "./evidence/platform-types";
import {
  creditSectionRows,
  EARLIER_HEADING,
  repeatedHeaderRows,
  sectionRows,
  type CreditSectionRun,
} from "./evidence/repeated-headers";
import { labelOnlyDecisions } from "./evidence/label-only";
import { closingEntryRows } from "./evidence/closing-entries";
import { markedTotalRows } from "./evidence/marked-totals";
import { advancedRun, datedTotals, type DatedTotals } from "./evidence/dated-totals";
import { notIssuedRows } from "./evidence/invoice-status";
import { scenarioRows } from "./evidence/scenarios";
import { cumulativeAmounts } from "./evidence/cumulative";
import { withYearColumn } from "./evidence/year-column";
import { periodDatesNote } from "./evidence/period-dates";
import { notInvoicedRows } from "./evidence/order-lines";
import { kitComponentRows } from "./evidence/kit-components";
import { numericCols } from "./evidence/columns";
import { asDocumentType, documentKindNote, kindHoldsDocuments } from "./evidence/document-kinds";
import { withInvoiceTotals } from "./evidence/invoice-totals";
import { analyticRows } from "./evidence/analytic-lines";
import { headerMarks, invoiceHeaderRows } from "./evidence/invoice-headers";
import { orderItemRows, repeatedOrderRows } from "./evidence/order-items";
import { recordLines } from "./evidence/record-lines";
import type { InvoiceDiscountRun } from "./evidence/invoice-discounts";
import { debitPayments } from "./evidence/debit-payments";
import { bankExpenses } from "./evidence/bank-expenses";
import { blankColumn, namedAccountColumn, namesInAccountColumn } from "./evidence/account-names";
import { segmentNatures } from "./evidence/segment-natures";
import { directionColumn, directionNote, withDirection } from "./evidence/direction-column";
import { monthColumns } from "./evidence/month-columns";
import { pivotTable } from "./evidence/pivot-tables";
import { cumulativeSituations } from "./evidence/cumulative-situations";
import { SIDE_HEADER, sideSuffix, sideSuffixNote, withSides } from "./evidence/side-suffix";
import { scanTexts, type TextScan } from "./evidence/text-cells";
import { vatRatesColumn, vatRatesNote, withVatRates } from "./evidence/vat-rates";
import { unreadLabelColumn } from "./evidence/unread-labels";
import { accountPairColumns, accountPairNote, pairedMapping, pairedTable } from "./evidence/account-pair";
import type { EngineOptions, EngineResult } from "./result";
import { EngineRun } from "./run";
import { withSignSanity } from "./sanity";
import { normalizeText } from "../text";

/** Computes CA OP and everything around it for one table (SPEC 2 and 3). Throws EngineError on unusable input. */
export function compute(table: RawTable, given: EngineOptions = {}): EngineResult {
  // The user's word on the signs (--signs) decides before the entries or the extract would.
  const options = withSignsOption(given);
  // An Excel pivot table pasted as values: read as one line per month (and account or segment).
  const pivot = pivotTable(table, options.mapping, chosenOf(table, options));
  if (pivot !== null) {
    const r = computeLines(pivot.table, { ...options, mapping: pivot.mapping });
    return { ...r, diagnostics: [pivot.note, ...r.diagnostics] };
  }
  // A balance by month (one column per month): read as one line per account and month.
  const byMonth = monthColumns(table, options.mapping);
  if (byMonth !== null) {
    const r = computeLines(byMonth.table, { ...options, mapping: byMonth.mapping });
    return { ...r, diagnostics: [byMonth.note, ...r.diagnostics] };
  }
  // A builder's situations kept by their running total only: each read as the difference from the previous one.
  const situations = cumulativeSituations(table, options.mapping);
  if (situations !== null) {
    const r = computeLines(situations.table, { ...options, mapping: situations.mapping });
    return { ...r, diagnostics: [situations.note, ...r.diagnostics] };
  }
  return computeLines(table, options);
}

/** compute, a table of lines: concatenated account strings (Oracle's 101.000.706100.0000.000) read by their natural account. */
function computeLines(table: RawTable, options: EngineOptions): EngineResult {
  const found = detectMapping(table.headers, options.mapping).mapping;
  const col = found.account;
  const proof =
    col === undefined
      ? null
      : accountSegments(table, found, options.accountSegmentsPrior, options.segmentValuesPrior);
  // The account column's strings read so far, for the next chunk (account-segments.ts).
  const values = proof?.values === undefined ? {} : { segmentValues: proof.values };
  const seg = proof?.found ?? null;
  if (col === undefined || seg === null) return { ...computeDated(table, options), ...values };
  const r = computeDated(segmentedTable(table, col, seg), options);
  return {
    ...r,
    ...values,
    accountSegments: seg,
    diagnostics: [accountSegmentsNote(table, col, seg), ...r.diagnostics],
  };
}

/** compute, the account cells as proven: the dates read (periods, a year column), cumulative amounts refused. */
function computeDated(table: RawTable, options: EngineOptions): EngineResult {
  const info = detectMapping(table.headers, options.mapping);
  // Year-to-date amounts are no month's: refused, never summed (evidence/cumulative.ts).
  const cumulative = cumulativeAmounts(table, info);
  if (cumulative !== null) throw cumulative;
  // Months without a year beside a year column (Power BI's "Year | Month"): each read with its row's year.
  const years = withYearColumn(table, info.mapping);
  if (years !== null) {
    const r = computePaired(years.table, options);
    return { ...r, diagnostics: [years.note, ...r.diagnostics] };
  }
  const r = computePaired(table, options);
  // Accounting periods read as months (SAP's 001.2025, OneStream's 2025M1): said once.
  const periods = periodDatesNote(table, info.mapping);
  return periods === null ? r : { ...r, diagnostics: [periods, ...r.diagnostics] };
}

/** compute, the dates read: a journal of one amount between two accounts read by its revenue side. */
function computePaired(table: RawTable, options: EngineOptions): EngineResult {
  // One amount between a debited and a credited account (Banana): read by its revenue side.
  const pair = accountPairColumns(
    table,
    detectMapping(table.headers, options.mapping).mapping,
    chosenOf(table, options),
  );
  if (pair !== null) {
    const r = computeProven(pairedTable(table, pair), {
      ...options,
      mapping: pairedMapping(options.mapping),
    });
    return { ...r, diagnostics: [accountPairNote(table, pair), ...r.diagnostics] };
  }
  return computeProven(table, options);
}

/** The user's own column choices among the options' mapping (userChoices). */
function chosenOf(table: RawTable, options: EngineOptions): MappingOverrides | undefined {
  return userChoices(table.headers, options.mapping, options.mappingConfirmed);
}

/** compute, the table as read: a Sage 50 UK Nominal Activity report first given its headings' nominal codes. */
function computeProven(table: RawTable, options: EngineOptions): EngineResult {
  const found = detectMapping(table.headers, options.mapping).mapping;
  const prior = options.accountHeadingPrior?.nominal;
  const nominal = withNominalHeadings(table, found, chosenOf(table, options), prior);
  if (nominal === null) return computeRead(table, options);
  const r = computeRead(nominal.table, { ...options, mapping: nominal.mapping, accountChart: "sage50uk" });
  const heading = { account: null, reported: false, totalsReported: false, ...r.accountHeading };
  const diagnostics = nominal.note === null ? r.diagnostics : [nominal.note, ...r.diagnostics];
  return { ...r, diagnostics, accountHeading: { ...heading, nominal: nominal.current } };
}

/** compute, the table as read (its nominal headings given); a journal's amounts with their side after them split first. */
function computeRead(table: RawTable, options: EngineOptions): EngineResult {
  const found = detectMapping(table.headers, options.mapping).mapping;
  const side = sideSuffix(table, found, chosenOf(table, options), options.sideSuffixPrior);
  if (side === null) return computeSided(table, options);
  const mapping = { ...options.mapping, direction: SIDE_HEADER };
  const r = computeSided(withSides(table, found.amount as number), { ...options, mapping });
  return { ...r, sideSuffix: side, diagnostics: [sideSuffixNote(side), ...r.diagnostics] };
}

/** compute, the table as read (its nominal headings given, its amounts' sides split). */
function computeSided(table: RawTable, options: EngineOptions): EngineResult {
  // A "Type" column of document codes (FA / AV) is the document type, not a nature: proven from its data.
  const info = detectMapping(table.headers, options.mapping);
  const found = info.mapping;
  // What the data proves yields to the user's choices only (not to a confirmed detection).
  const chosen = chosenOf(table, options);
  const docs = kindHoldsDocuments(
    table,
    found,
    chosen,
    options.kindDocumentsPrior,
    options.documentClassPrior,
  );
  let opts =
    docs === null
      ? options
      : { ...options, mapping: asDocumentType(options.mapping, docs), documentCodes: docs.codes };
  // A column of D / C codes beside an unsigned amount is its direction: proven from its data.
  const dir = directionColumn(table, found, chosen, options.directionColumnPrior);
  if (dir !== null) opts = { ...opts, mapping: withDirection(opts.mapping, dir) };
  // A "TVA" column holding the lines' rates (20 %, 0.2): read as the rate, proven from its data.
  const rates = vatRatesColumn(table, found, chosen, options.vatRatesPrior);
  if (rates !== null) opts = { ...opts, mapping: withVatRates(opts.mapping, rates) };
  // An account column empty on every line beside the accounts' names (Wave): the names are read.
  const rules = options.rules ?? DEFAULT_RULES;
  const names = namedAccountColumn(table, found, chosen, rules, options.accountNamesPrior);
  // A segment column whose categories are natures ("Subvention", "Apport personnel"): the nature too.
  // (Not a segment read as the document type: Sage X3's Catégorie Facture / Avoir.)
  const natures =
    docs?.wasSegment === true
      ? null
      : segmentNatures(table, found, chosen, rules, options.segmentNaturesPrior);
  if (natures !== null)
    opts = { ...opts, mapping: { ...opts.mapping, kind: natures.header, segment: natures.header } };
  if (names !== null)
    opts = { ...opts, mapping: { ...opts.mapping, account: names.header }, headingNames: true };
  // A numbered chart whose sales names sit on numbers the PCG gives to third parties or expenses
  // ("4000 Sales", "6110" "Sales, Retail"): its accounts are read by their names.
  const foreign =
    names === null ? foreignChart(table, found, chosen, rules, options.foreignChartPrior) : null;
  if (foreign !== null) opts = foreignOptions(opts, foreign);
  // A sales list's account column of a chart's names ("Sales", "Sales Taxes Payable"): read by them.
  const listNames =
    names === null && foreign === null && !isJournalLayout(info.layout)
      ? namesInAccountColumn(table, found, chosen, rules, options.accountNamesPrior)
      : null;
  if (listNames !== null) opts = { ...opts, headingNames: true };
  // Third parties' codes (CDUPONT) in a column of PCG accounts: read as such, not as labels say.
  const counted =
    names === null && foreign === null && listNames === null ? accountCellsOf(table, opts) : null;
  const cells = counted?.read ?? null;
  if (cells !== null) opts = { ...opts, accountCells: cells.cells };
  let r = computeMapped(table, opts);
  // Sales read negative from one signed amount beside an account: a journal whose balanced entries
  // write its credits negative is read again negated (journal-sign.ts).
  // Without entries, an extract of revenue accounts proves it by its 70… and 709 lines' signs.
  if (options.journalPrior === undefined && journalQuestion(r)) {
    const sign = computeMapped(table, { ...opts, journalTrack: true }).journalSign;
    const decided = journalDecision(sign);
    const journalProof =
      decided === null ? extractProof(sign?.extract) : decided === "debit_positive" ? sign?.proof : null;
    if (journalProof) r = computeMapped(table, { ...opts, journalPrior: "debit_positive", journalProof });
  }
  // The account column's counts so far, for the next chunk (third-party-accounts.ts).
  if (counted?.counts !== undefined) r = { ...r, accountCounts: counted.counts };
  const none = docs === null && dir === null && names === null && natures === null && rates === null;
  if (none && foreign === null && listNames === null && cells === null) return r;
  const notes = [
    ...(docs ? [documentKindNote(docs)] : []),
    ...(dir ? [directionNote(dir)] : []),
    ...(rates ? [vatRatesNote(rates)] : []),
    ...(names ? [names.note] : []),
    ...(foreign?.note ? [foreign.note] : []),
    ...(listNames?.note ? [listNames.note] : []),
    ...(cells?.notes ?? []),
  ];
  const proven = {
    kindDocuments: docs?.values,
    documentClass: docs?.classColumn === true ? docs.header : undefined,
    directionColumn: dir ?? undefined,
    vatRates: rates ?? undefined,
    accountNames: names?.header ?? listNames?.header,
    foreignChart: foreign?.header,
    thirdParties: cells?.thirdParties,
    segmentNatures: natures?.proof,
  };
  // The categories' note first: streamed, the first chunk says it before any other's counted notes.
  const first = natures ? [natures.note] : [];
  return { ...r, ...proven, diagnostics: [...first, ...r.diagnostics, ...notes] };
}

/**
 * How the PCG account cells are read as their column proves (third parties' codes), with the notes
 * that say it (`read`, null when as written), and the column's counts so far (chunks).
 */
function accountCellsOf(
  table: RawTable,
  opts: EngineOptions,
): {
  read: { cells: AccountCells; notes: Diagnostic[]; thirdParties?: string } | null;
  counts?: AccountCounts;
} | null {
  const info = detectMapping(table.headers, opts.mapping);
  if (opts.accountChart !== undefined || accountChartOf(table, info) !== undefined) return null;
  const { found, counts } = thirdPartyAccounts(
    table,
    info.mapping,
    opts.thirdPartiesPrior,
    opts.accountCountsPrior,
  );
  if (found === null) return { read: null, counts };
  const read = {
    cells: { thirdParties: true },
    notes: found.note === null ? [] : [found.note],
    thirdParties: found.header,
  };
  return { read, counts };
}

/** The options that read a foreign numbered chart by its names: the names' column, or the account cells' names. */
function foreignOptions(opts: EngineOptions, foreign: ForeignChart): EngineOptions {
  const mapping = foreign.inCell ? opts.mapping : { ...opts.mapping, account: foreign.header };
  return { ...opts, mapping, headingNames: true, chartByNames: foreign.inCell || undefined };
}

/** compute, the mapping settled. */
function computeMapped(given: RawTable, options: EngineOptions): EngineResult {
  const info = detectMapping(given.headers, options.mapping);
  const map = info.mapping;
  // An Odoo invoice's further lines, its number and date left blank: read with its first line's.
  const { table, records } = withRecordLines(given, map, options);
  // One pass over the text cells (date order, decimal marks) that also says whether a date is blank.
  const scanned = [map.date, ...numericCols(map, table.headers)];
  const grouped = groupColumns(options.groupColumns, map, table.headers.length);
  const dateHeader = map.date === undefined ? undefined : table.headers[map.date];
  const texts = scanTexts(table, map.date, numericCols(map, table.headers), grouped, {
    dateHeader,
    idCol: map.id,
    labelCol: map.label,
  });
  // General-ledger layout: lines take the account of the heading row above them.
  const flat = withAccountHeadings(table, map, options.accountHeadingPrior, !texts.blankDate);
  // A ledger printed without an account column: headings in the date column (Sage) or account
  // names heading their lines (QuickBooks) give one.
  const dated = ledgerWithoutAccount(flat.table, map, options, flat.heading, !texts.blankDate);
  const headed = dated?.headed ?? flat;
  const opts = dated?.options ?? options;
  const heading = headed.heading;
  let t = headed.table;
  // A ledger's carried balances ("Solde au 31/03/2025"), dated like lines: set apart, each said.
  // Its candidates come from the one pass (the same rows: headings fill accounts, never add rows).
  const opening = openingBalanceRows(t, map, t.rows.length === table.rows.length ? texts.carried : undefined);
  if (opening !== null) t = withNotLines(t, opening.rows, opening.diagnostics);
  // The year's closing entry (income accounts cleared into 120 / 129): not a return of the sales.
  const closing = closingEntryRows(t, map, options.closingPrior);
  if (closing !== null && closing.rows.size > 0) t = withNotLines(t, closing.rows, closing.diagnostics);
  // A header repeated inside the data (tables stacked on one sheet) and the title above it: not lines.
  const repeated = repeatedHeaderRows(t, map, texts.headerDates);
  if (repeated !== null) t = withNotLines(t, repeated.rows, repeated.diagnostics);
  // SAP ALV's subtotal and total rows, marked * / ** in a column of their own: not lines.
  const marked = markedTotalRows(t, map);
  if (marked !== null) t = withNotLines(t, marked.rows, marked.diagnostics);
  const sections = sectionRows(t, map, mergeAscending(texts.blankDates, texts.letterDates), t.notLines);
  if (sections !== null) t = withNotLines(t, sections.rows, sections.diagnostics);
  // Lines under a heading naming credit notes (a hand sheet's "AVOIRS"): their sign is read together.
  const titles = [...(repeated?.titles ?? []), ...(sections?.rows ?? [])];
  const credit = withCreditSections(t, map, titles, options.creditSectionPrior);
  t = credit.table;
  // Quotes, pro-formas, orders and delivery notes of a document-type column: no sale, each said.
  // Payments beside invoices: no sales, unless accounts decide (a ledger's payments are not revenue by
  // account). Account names decide nothing outside journals (QuickBooks' "Undeposited Funds").
  const payments =
    dated === null && !accountsDecide(t, map, opts.headingNames === true || isJournalLayout(info.layout));
  const notSales = notSaleRows(t, map, options.invoicesPrior, payments, options.documentCodes);
  if (notSales !== null && notSales.rows.size + notSales.diagnostics.length > 0)
    t = withNotLines(t, notSales.rows, notSales.diagnostics);
  // A platform's log (Mirakl, Vinted, Stripe, Amazon's settlement): its fees, payouts, taxes collected are no sale.
  const platform = platformTypeRows(t, map, options.platformLogPrior);
  if (platform !== null) t = withPlatformTypes(t, map, platform);
  // An order line not invoiced yet (a line stage "En commande", "To Invoice"): no sale, each said.
  const notInvoiced = notInvoicedRows(t, options.lineStagesPrior);
  if (notInvoiced !== null) t = withNotLines(t, notInvoiced.rows, notInvoiced.diagnostics);
  // An entry's analytic lines (Type ligne "A") split its general line by section: not counted again.
  const analytic = analyticRows(t, map, options.analyticPrior);
  if (analytic !== null) t = withNotLines(t, analytic.rows, analytic.diagnostics);
  const orders = withOrderItems(t, info, options.orderTotalsPrior);
  t = orders.table;
  // Each invoice's header row above its lines (Main Line "*", Type ligne "Entête"): read by the first
  // pass, its amount checked against its lines', then set apart.
  const marks = headerMarks(t, map, options.invoiceHeadersPrior);
  // Filled-down accounts leave the scanned columns as they were, unless the account is one of them.
  const scan = headed.table === table || !scanned.includes(map.account) ? texts : undefined;
  let pass = exactRun(t, opts, scan);
  const first = pass.finish();
  // Rows the first pass read as lines that are not: dated totals ("Sous-total janvier"), invoices never
  // issued (a status column), kit components detailing their parent. Set apart, said; run again.
  const totals = totalRows(first, t, map, options, pass);
  const unissued = notIssuedRows(first, t, map, options);
  const paid = paymentRows(first, t, map, notSales, options.paymentsOpenPrior);
  const debited = debitPayments(first, t, map);
  const spent = bankExpenses(first, t, map, options.bankReceiptsPrior);
  const restated = depositRows(first, t, map, notSales);
  const headers =
    marks === null ? null : invoiceHeaderRows(first, t, map, marks, options.invoiceHeadersStream);
  const kits = kitComponentRows(first, t, map);
  // A pack's budget and forecast rows beside its actuals: only actuals are a CA OP.
  const scenarios = scenarioRows(first, t, map, options.scenarioActualPrior);
  const found = [scenarios, unissued, totals, paid, debited, spent, restated, headers, kits];
  const apart = new Set(found.flatMap((x) => [...(x?.rows ?? [])]));
  if (apart.size > 0) pass = exactRun(withNotLines(t, apart, []), opts, scan);
  const r = withSignSanity(apart.size > 0 ? pass.finish() : first);
  r.diagnostics.push(...found.flatMap((x) => x?.diagnostics ?? []));
  // Without an account column, lines a label word alone took out of sales: said, to be checked.
  const labelOnly = labelOnlyDecisions(r, map);
  if (labelOnly !== null) r.diagnostics.push(labelOnly);
  chainedFacts(r, first, options, totals, unissued, scenarios);
  const diagnostics = chartNotes(r, t, map, opts, pass.chart);
  // Group ids read with the texts; the account column's are stale when headings filled it down.
  if (texts.groups.size > 0)
    r.lines.groups = headed.table === table ? texts.groups : withoutColumn(texts.groups, map.account);
  const result = {
    ...r,
    accountHeading: heading,
    diagnostics,
    analyticColumn: analytic?.header,
    platformLog: platform?.platform,
    docInvoices: notSales?.invoices === true ? true : undefined,
    paymentsCounted: notSales?.paymentsCounted === true ? true : undefined,
    closingKeys: closing !== null && closing.keys.size > 0 ? closing.keys : undefined,
    bankReceipts: spent?.receipts,
    invoiceHeaders: marks?.header,
    lineStages: notInvoiced?.header,
    orderTotalsRun: orders.last,
    recordLinesRun: records?.last,
    recordLines: records?.proven === true ? true : undefined,
    invoiceHeadersStream: headers?.stream ?? options.invoiceHeadersStream,
    creditSectionRun: credit.run,
    paymentsOpen: paid?.open ?? options.paymentsOpenPrior,
  };
  // An amount column repeating each invoice's total on its lines: read as quantity × unit price (its
  // runs without the invoices' header rows).
  if (!texts.idRuns && options.invoiceTotalsPrior !== true) return result;
  const lined = headers === null ? table : withNotLines(table, headers.rows, []);
  return withInvoiceTotals(lined, options, result, (o) => computeMapped(given, o));
}

/**
 * The result's diagnostics after its last pass, with what the pass saw of the chart (a foreign chart
 * or the Moroccan one read as the PCG) and the columns left unread said.
 */
function chartNotes(
  r: EngineResult,
  t: RawTable,
  map: Mapping,
  opts: EngineOptions,
  seen: ChartWatch,
): Diagnostic[] {
  // A foreign chart of accounts read as the PCG drops sales as not revenue: said, never silent.
  const chart = accountChartCheck(r, seen.example);
  // Sales on 71… (the Moroccan chart's 711, 712) read as PCG stored production: said once.
  const cgnc = cgncCheck(r, seen.salesOn71);
  if (cgnc !== null) r.diagnostics.push(cgnc);
  unreadColumnNotes(r, t, map, opts);
  // A foreign chart's warning says more than no_revenue_line (its way out is to map no account).
  return chart ? [...r.diagnostics.filter((d) => d.code !== DIAG.noRevenueLine.code), chart] : r.diagnostics;
}

/** The table with an Odoo invoice's further lines read with its number and date (record-lines.ts). */
function withRecordLines(
  given: RawTable,
  map: Mapping,
  options: EngineOptions,
): { table: RawTable; records: ReturnType<typeof recordLines> } {
  const records = recordLines(given, map, options.recordLinesPrior, options.recordLinesProven === true);
  // Nothing filled: the table as it was (a result's table keeps its shape, the pane's worker compares it).
  if (records === null || records.diagnostics.length === 0)
    return { table: records?.table ?? given, records };
  const table = withNotLines(records.table, new Set(), records.diagnostics);
  return { table, records };
}

/**
 * A Shopify order's further line items (its money on its first row), or a WooCommerce order's money
 * repeated on each of its item rows (counted on the order's first): not lines. `last`: the order
 * going on at the last row (WooCommerce's), for the next chunk.
 */
function withOrderItems(
  t: RawTable,
  info: MappingResult,
  prior: InvoiceDiscountRun | undefined,
): { table: RawTable; last?: InvoiceDiscountRun } {
  const items = orderItemRows(t, info);
  if (items !== null) return { table: withNotLines(t, items.rows, items.diagnostics) };
  const orders = repeatedOrderRows(t, info.mapping, prior);
  if (orders === null) return { table: t };
  // Nothing set apart (an order going on carried alone): the table as it was.
  if (orders.rows.size === 0 && orders.diagnostics.length === 0) return { table: t, last: orders.last };
  return { table: withNotLines(t, orders.rows, orders.diagnostics), last: orders.last };
}

/** What the rows set apart proved, for the next chunk: running sums, month closings, stages, scenarios. */
function chainedFacts(
  r: EngineResult,
  first: EngineResult,
  options: EngineOptions,
  totals: ReturnType<typeof totalRows>,
  unissued: ReturnType<typeof notIssuedRows>,
  scenarios: ReturnType<typeof scenarioRows>,
): void {
  // Read in chunks: the running sums (of the lines as the export sums them) go on to the next chunk.
  if (options.totalsPrior) r.totalsRun = totals?.run ?? advancedRun(first, options.totalsPrior);
  if (totals?.monthClosings) r.monthClosings = true;
  if (unissued?.deals === true) r.dealStages = true;
  if (unissued?.refundLines === true) r.refundLines = true;
  if (scenarios?.actual === true) r.scenarioActual = true;
}

/**
 * Lines described under a header no synonym names, their keywords read nowhere, and an account column
 * left empty on every line, which classifies nothing: each said, with the way out.
 */
function unreadColumnNotes(r: EngineResult, t: RawTable, map: Mapping, opts: EngineOptions): void {
  const unread = unreadLabelColumn(t, map, opts.rules ?? DEFAULT_RULES);
  if (unread !== null) r.diagnostics.push(unread);
  const blank = blankAccountColumn(t, map);
  if (blank !== null) {
    r.diagnostics.push(blank);
    r.accountBlank = true;
  }
}

/** The dated total rows of a first pass; none in a FEC, whose lines are entries balanced by their counterparts. */
function totalRows(
  first: EngineResult,
  t: RawTable,
  map: Mapping,
  options: EngineOptions,
  pass: { totalLabelled: readonly number[]; freeCols: readonly number[] },
): DatedTotals | null {
  if (isFecHeader(t.headers)) return null;
  const { totalsPrior, monthClosingsPrior } = options;
  return datedTotals(first, t, map, totalsPrior, pass.totalLabelled, pass.freeCols, monthClosingsPrior);
}

/**
 * A ledger without an account column whose headings give one: its table and the options that map
 * it. Headings in the date column ("706000 - Prestations"), else account names heading their lines
 * (QuickBooks' reports, read as named accounts). `flat`: the heading state after withAccountHeadings.
 */
function ledgerWithoutAccount(
  table: RawTable,
  map: Mapping,
  options: EngineOptions,
  flat: HeadedTable["heading"],
  noBlankDate: boolean,
): { headed: HeadedTable; options: EngineOptions } | null {
  // An account the user un-mapped on purpose stays un-mapped.
  const chosen = chosenOf(table, options);
  if (chosen !== undefined && "account" in chosen) return null;
  const headed = withDateColumnHeadings(table, map, options.accountHeadingPrior);
  if (headed !== null) {
    // Named headings ("Sales (200)") are read by their names, as a report's named accounts are.
    const headingNames = headed.heading.byName === true || options.headingNames;
    const mapping = { ...options.mapping, account: HEADING_ACCOUNT };
    return { headed, options: { ...options, mapping, headingNames } };
  }
  const reading = accountNameReading(options.rules ?? DEFAULT_RULES);
  const prior = { ...flat, named: options.accountHeadingPrior?.named };
  const named = withNamedHeadings(table, map, prior, reading, noBlankDate);
  if (named === null) return null;
  const mapping = { ...options.mapping, account: NAMED_HEADING_ACCOUNT };
  return { headed: named, options: { ...options, mapping, headingNames: true } };
}

/**
 * The account_column_empty warning when the account column is empty on every row (Wave's "Account
 * ID" beside its "Account Name"): no line is classified by its account, a journal's customer, VAT
 * and bank lines are all counted. Null otherwise (it stops at the first account).
 */
function blankAccountColumn(t: RawTable, map: Mapping): Diagnostic | null {
  const col = map.account;
  if (col === undefined || !blankColumn(t, col)) return null;
  const column = t.headers[col] ?? "";
  return diag(DIAG.accountColumnEmpty, { row: 0, column, value: column });
}

/** Whether the account column classifies lines: it holds account numbers, or names read as a chart (`namesRead`). */
function accountsDecide(t: RawTable, map: Mapping, namesRead: boolean): boolean {
  const col = map.account;
  if (col === undefined) return false;
  return namesRead || t.rows.some((row) => /[0-9]/.test(cellText(row[col])));
}

/**
 * The table with a platform log's no-sale rows set apart (their note and warnings said) and its
 * returns written in another amount column, their own blank (Airbnb's resolutions), read there.
 */
function withPlatformTypes(t: RawTable, map: Mapping, platform: PlatformTypes): RawTable {
  const apart = withNotLines(t, platform.rows, platform.diagnostics);
  return map.amount === undefined ? apart : withReturnAmounts(apart, map.amount, platform.returns);
}

/** The table with more rows that are not lines, and the diagnostics that say them. */
/**
 * The table with its credit-note sections (creditSectionRows) when it has headings and no account
 * column (a ledger's account headings are no such titles: its accounts decide). A list numbered as
 * credit notes is one even beside an account column of names without numbers (Zoho's `Sales`).
 */
function withCreditSections(
  t: RawTable,
  map: Mapping,
  titles: number[],
  prior: CreditSectionRun | undefined,
): { table: RawTable; run?: CreditSectionRun } {
  if (map.account !== undefined && accountsDecide(t, map, false)) return { table: t };
  // A sheet named or titled for credit notes ("Avoirs"), or whose numbers are credit notes' ("Credit
  // Note Id", "N° avoir", Zoho's "CreditNote Number"): every line is one (its title: -1).
  const numbers = map.id === undefined ? "" : String(t.headers[map.id] ?? "");
  if (t.creditTitle === undefined && numbersCreditNotes(normalizeText(numbers)) && allNumbered(t, map.id))
    t = { ...t, creditTitle: numbers };
  if (map.account !== undefined && t.creditTitle === undefined) return { table: t };
  const whole = t.creditTitle === undefined ? null : sheetCreditRows(t);
  // An earlier chunk's section going on at the top of this one (same sheet): its lines under its heading.
  if (prior !== undefined && (prior.sheet !== t.sheet || whole !== null)) prior = undefined;
  const sections =
    map.account !== undefined || (titles.length === 0 && prior === undefined)
      ? null
      : creditSectionRows(
          t,
          titles.sort((a, b) => a - b),
          prior,
        );
  const rows = sections?.rows ?? null;
  const run = sections?.run;
  if (prior !== undefined && rows !== null && [...rows.values()].includes(EARLIER_HEADING))
    t = { ...t, creditHeading: { row: prior.row, title: prior.title } };
  if (whole === null) return { table: rows === null ? t : { ...t, creditSection: rows }, run };
  for (const [i, heading] of rows ?? []) whole.set(i, heading);
  return { table: { ...t, creditSection: whole }, run };
}

/**
 * Whether every line has a number in column `col`: a list of credit notes numbers them all; a
 * journal's "N° avoir" filled on its credit notes alone is no such list.
 */
function allNumbered(t: RawTable, col: number | undefined): boolean {
  if (col === undefined) return false;
  return t.rows.every(
    (row, i) => row === undefined || t.notLines?.has(i) === true || row.every(isBlank) || !isBlank(row[col]),
  );
}

/** Every line of a table whose sheet names credit notes, under its title (-1). */
function sheetCreditRows(t: RawTable): Map<number, number> {
  const out = new Map<number, number>();
  t.rows.forEach((row, i) => {
    if (row !== undefined && !t.notLines?.has(i) && !row.every(isBlank)) out.set(i, -1);
  });
  return out;
}

/** Two ascending lists of row indexes merged, ascending, each index once. */
function mergeAscending(a: readonly number[], b: readonly number[]): number[] {
  if (b.length === 0) return a as number[];
  return [...new Set([...a, ...b])].sort((x, y) => x - y);
}

function withNotLines(t: RawTable, rows: ReadonlySet<number>, diagnostics: Diagnostic[]): RawTable {
  const notLines = new Set([...(t.notLines ?? []), ...rows]);
  return { ...t, notLines, readDiagnostics: [...(t.readDiagnostics ?? []), ...diagnostics] };
}

/** The columns named by EngineOptions.groupColumns that exist (mapped fields resolved). */
function groupColumns(named: EngineOptions["groupColumns"], map: Mapping, width: number): number[] {
  const cols = (named ?? []).map((c) => (typeof c === "number" ? c : map[c]));
  return cols.filter((c): c is number => c !== undefined && c >= 0 && c < width);
}

/** The group ids but one column's. */
function withoutColumn(groups: Map<number, GroupIds>, col: number | undefined): Map<number, GroupIds> {
  return new Map([...groups].filter(([c]) => c !== col));
}

/** One pass over every row, again with every amount exact when the cents sums overflowed. */
function exactRun(table: RawTable, options: EngineOptions, texts: TextScan | undefined): EngineRun {
  return run(table, options, false, texts) ?? (run(table, options, true, texts) as EngineRun);
}

/** One pass over every row; null when the cents sums overflowed (the caller runs again with `allExact`). */
function run(
  table: RawTable,
  options: EngineOptions,
  allExact: boolean,
  texts: TextScan | undefined,
): EngineRun | null {
  const pass = new EngineRun(table, options, allExact, texts);
  // The columnar fast path where the layout allows it (same results, see fast/); else row by row.
  if (options.fastPath === false || !pass.fastRows()) for (let i = 0; i < pass.n; i++) pass.row(i);
  return pass.overflow ? null : pass;
}
