/** The engine's input options and its result: totals, months and a columnar table of lines. */
import type { SideSuffix } from "./evidence/side-suffix";
import type { VatRates } from "./evidence/vat-rates";
import type { JournalPrior, JournalProof, JournalSign } from "./evidence/journal-sign";
import type { AccountHeading } from "./evidence/account-headings";
import type { TotalsRun } from "./evidence/totals-run";
import type { AccountSegments, SegmentValues } from "./evidence/account-segments";
import type { AccountCounts } from "./evidence/third-party-accounts";
import type { CreditSectionRun } from "./evidence/repeated-headers";
import type { OpenInvoices } from "./evidence/open-invoices";
import type Decimal from "decimal.js";
import type { AccountCells, OpFlagConvention } from "../classify";
import type { DateOrder } from "../dates";
import type { MappingResult } from "../fields";
import type { DocumentCodeSystem, PlatformLog, RuleSet } from "../rules";
import type {
  Classification,
  Decisions,
  Diagnostic,
  FieldId,
  Lang,
  Mapping,
  MappingOverrides,
  RawTable,
  Totals,
} from "../types";
import type { CreditNotePrior, CreditNoteReading } from "./evidence/credit-notes";
import type { DecimalSep } from "../money";
import type { Evidence, Reading } from "./evidence/columns";
import type { DateProof } from "./evidence/date-order";
import type { GroupIds } from "../group-ids";
import type { InvoiceDiscountRun } from "./evidence/invoice-discounts";
import type { RecordRun } from "./evidence/record-lines";
import type { DirectionColumn } from "./evidence/direction-column";
import type { HeaderStream } from "./evidence/header-stream";

/** Settings of one computation; all optional. */
export interface EngineOptions {
  /** Column overrides (field → header text or index); the rest is auto-detected. */
  mapping?: MappingOverrides;
  /**
   * The mapping is the pane's confirmed one (it names every detected field): only the fields naming
   * another column than detection would are the user's choices (userChoices in fields.ts).
   */
  mappingConfirmed?: boolean;
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
  /** Earlier rows held a negative credit note (a file read in chunks): the export is signed. */
  creditNotesPrior?: CreditNotePrior;
  /** Earlier rows proved the nature column holds document codes (the values they showed; chunks). */
  kindDocumentsPrior?: string;
  /** Earlier rows proved a class column (Oracle's Class) the document type: its header (chunks). */
  documentClassPrior?: string;
  /** Earlier rows proved a platform's transaction log by its types (evidence/platform-types.ts; chunks). */
  platformLogPrior?: PlatformLog["id"];
  /** The software whose codes the document-type column holds (SAP, Xero), set by compute once proven. */
  documentCodes?: DocumentCodeSystem["id"];
  /** Earlier rows proved this column names the accounts (evidence/account-names.ts; chunks). */
  accountNamesPrior?: string;
  /** Earlier rows proved the account column a foreign numbered chart read by the names of this column (evidence/foreign-chart.ts; chunks). */
  foreignChartPrior?: string;
  /** Earlier rows proved the account column's natural-account segment (evidence/account-segments.ts; chunks). */
  accountSegmentsPrior?: AccountSegments;
  /** Earlier rows proved this account column one of PCG accounts with third parties' codes (evidence/third-party-accounts.ts; chunks). */
  thirdPartiesPrior?: string;
  /** How the account cells are read (third parties' codes, a segment), set by compute once proven. */
  accountCells?: AccountCells;
  /** The account cells are read by the names after their numbers ("4000 Sales"), set by compute once proven. */
  chartByNames?: boolean;
  /** The account column's chart proven by compute (Sage 50 UK's nominal headings, evidence/nominal-headings.ts). */
  accountChart?: "sage50uk";
  /** Earlier rows proved the segment column holds natures (evidence/segment-natures.ts; chunks). */
  segmentNaturesPrior?: string;
  /** Earlier rows proved the document-type column lists invoices: its payments are no sales (chunks). */
  invoicesPrior?: boolean;
  /** The type column earlier rows proved to mark analytic lines G / A (evidence/analytic-lines.ts; chunks). */
  analyticPrior?: string;
  /** The column earlier rows proved to mark invoice header rows (evidence/invoice-headers.ts; chunks). */
  invoiceHeadersPrior?: string;
  /**
   * A streamed file (chunks): the invoice header whose lines the previous chunk was adding up; the
   * header open at this chunk's end is left open (EngineResult.invoiceHeadersStream). Absent: read whole.
   */
  invoiceHeadersStream?: HeaderStream;
  /** The column earlier rows proved to hold the amount's direction (evidence/direction-column.ts; chunks). */
  directionColumnPrior?: DirectionColumn;
  /** The amount column earlier rows proved to end with its side, D or C (evidence/side-suffix.ts; chunks). */
  sideSuffixPrior?: SideSuffix;
  /** The VAT column earlier rows proved to hold rates, not amounts (evidence/vat-column.ts; chunks). */
  vatRatesPrior?: VatRates;
  /** Earlier rows proved the amount column repeats each invoice's total (evidence/invoice-totals.ts; chunks). */
  invoiceTotalsPrior?: boolean;
  /** An earlier chunk proved the file closes its months with rows naming them (dated-totals.ts). */
  monthClosingsPrior?: boolean;
  /** An earlier chunk proved the status column holds a CRM's deal stages (a won one: invoice-status.ts). */
  dealStagesPrior?: boolean;
  /** The header of a column an earlier chunk proved an order line's stage (order-lines.ts). */
  lineStagesPrior?: string;
  /** An earlier chunk listed refunds as lines of their own: refunded sales stay counted (invoice-status.ts). */
  refundLinesPrior?: boolean;
  /** An earlier chunk held the scenario column's actual rows (evidence/scenarios.ts). */
  scenarioActualPrior?: boolean;
  /** Closing entries found in earlier rows (journal and number: evidence/closing-entries.ts; chunks). */
  closingPrior?: ReadonlySet<string>;
  /** Categories of a bank's transactions earlier rows hold receipts in (evidence/bank-expenses.ts; chunks). */
  bankReceiptsPrior?: ReadonlySet<string>;
  /** The invoice going on at the end of earlier rows and its discount, counted once (invoice-discounts.ts; chunks). */
  invoiceDiscountPrior?: InvoiceDiscountRun;
  /** The invoice going on at the end of earlier rows and its shipping, counted once (shipping.ts; chunks). */
  invoiceShippingPrior?: InvoiceDiscountRun;
  /** The invoice going on at the end of earlier rows, its further lines left blank (record-lines.ts; chunks). */
  recordLinesPrior?: RecordRun;
  /** An earlier chunk proved invoices' further lines leave their number and date blank (record-lines.ts). */
  recordLinesProven?: boolean;
  /** The order going on at the end of earlier rows and its money, repeated on its item rows (order-items.ts; chunks). */
  orderTotalsPrior?: InvoiceDiscountRun;
  /**
   * A journal's one signed amount: "debit_positive" reads it negated (credits written negative),
   * "as_written" as it is; undefined, the table's own entries decide (journal-sign.ts).
   */
  journalPrior?: JournalPrior;
  /** The entry that proved the journal's convention (an earlier chunk's), for the note and the reading. */
  journalProof?: JournalProof;
  /** Look for the journal's entries (journalSign): asked only when its sales come out negative. */
  journalTrack?: boolean;
  /**
   * The user's word on a single signed amount (`--signs`, the pane's setting): "debit_positive" reads
   * it negated (a ledger's credits written negative), "as_written" as it is; before any evidence.
   */
  signs?: JournalPrior;
  /** Decimal mark of the amount columns whose data cannot prove it (`--decimal`); data evidence wins (SPEC 2.2). */
  decimal?: DecimalSep;
  /** Day/month order of date columns whose data cannot prove it (`--dates`); data evidence wins. */
  dates?: DateOrder;
  /** Column evidence of earlier rows of the same table (a file read in chunks). */
  evidencePrior?: Evidence;
  /** The account heading in force after earlier rows of the same table (general-ledger layout, chunks). */
  accountHeadingPrior?: AccountHeading;
  /** The invoices earlier rows left unpaid, which this table's payments may pay (not-sales.ts; chunks). */
  paymentsOpenPrior?: OpenInvoices;
  /** The account column's distinct strings read by earlier rows (account-segments.ts; chunks). */
  segmentValuesPrior?: SegmentValues;
  /** The credit-note section going on at the end of earlier rows (repeated-headers.ts; chunks). */
  creditSectionPrior?: CreditSectionRun;
  /** The account column's lines counted by earlier rows of the same table (third-party-accounts.ts; chunks). */
  accountCountsPrior?: AccountCounts;
  /**
   * The account column holds a report's heading names (evidence/named-headings.ts, set by compute):
   * read as named accounts, a line to review names its heading.
   */
  headingNames?: boolean;
  /** The lines' running sums after earlier rows of the same table (dated total rows, chunks). */
  totalsPrior?: TotalsRun;
  /**
   * False: read every row by the straightforward path (tests and the benchmark compare it with the
   * columnar fast path, which is the default and gives the same results).
   */
  fastPath?: boolean;
  /**
   * Columns (indexes, or mapped fields such as "segment") the caller will group by: their group ids
   * are read in the engine's first pass over the rows, so groupBy does not read the rows again.
   */
  groupColumns?: readonly (number | FieldId)[];
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
  /**
   * Group ids by column (group-ids.ts): those named in EngineOptions.groupColumns, read in the
   * engine's first pass; groupBy adds the others on first use.
   */
  groups?: Map<number, GroupIds>;
  /** The worksheet of each line, when the lines come from a workbook's sheets read together (RawTable.sheet). */
  sheet?: string[];
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
  /** Lines read whose currency cell is blank, the first one's row and the column: CurrencyBlank. */
  currencyBlank?: CurrencyBlank;
  totals: Totals;
  /** Months that have lines, ascending. */
  months: { key: number; period: string; totals: Totals }[];
  lines: LineTable;
  classifications: Classification[];
  diagnostics: Diagnostic[];
  /** How the data was read: decimal marks, date column, discount as rate or amount, net or gross. */
  reading: Reading;
  /** The column evidence the reading was decided from (carried across chunks). */
  evidence: Evidence;
  /** The account heading in force after the last row (general-ledger layout), for the next chunk. */
  accountHeading?: AccountHeading;
  /** The lines' running sums after the last row (dated total rows), for the next chunk; absent: none kept. */
  totalsRun?: TotalsRun;
  /** Lines whose amount or date could not be used, and their known total. */
  ignored: { count: number; amount: Decimal };
  /** Sale lines by the sign of their base amount (sign sanity, sanity.ts); absent in hand-made results. */
  saleSigns?: { positive: number; negative: number };
  /** How a document-type column's credit notes were read (absent without credit notes). */
  creditNotes?: CreditNoteReading;
  /** Whether credit-note sections (a sheet or table of credit notes) held a negative line: chunks.ts signs them all. */
  creditSectionSigned?: boolean;
  /** The nature column was read as the document type (evidence/document-kinds.ts): the values that proved it. */
  kindDocuments?: string;
  /** The class column read as the document type (evidence/document-kinds.ts), when one was. */
  documentClass?: string;
  /** The platform whose transaction log's types were read (evidence/platform-types.ts). */
  platformLog?: PlatformLog["id"];
  /** The column whose names were read as the accounts (evidence/account-names.ts). */
  accountNames?: string;
  /** The account column's natural-account segment, read in place of its concatenated strings (evidence/account-segments.ts). */
  accountSegments?: AccountSegments;
  /** The account column whose letter codes were read as third parties' accounts (evidence/third-party-accounts.ts). */
  thirdParties?: string;
  /** The invoices still unpaid after the last row, for the next chunk (not-sales.ts). */
  paymentsOpen?: OpenInvoices;
  /** The account column's distinct strings read so far, for the next chunk (account-segments.ts). */
  segmentValues?: SegmentValues;
  /** The credit-note section going on after the last row, for the next chunk (repeated-headers.ts). */
  creditSectionRun?: CreditSectionRun;
  /** The account column's lines counted so far (this table's and `accountCountsPrior`), for the next chunk. */
  accountCounts?: AccountCounts;
  /** The column whose names were read as a foreign numbered chart's accounts (evidence/foreign-chart.ts). */
  foreignChart?: string;
  /** The segment column read also as the nature, with its proof (evidence/segment-natures.ts). */
  segmentNatures?: string;
  /** The document-type column lists invoices (evidence/not-sales.ts): its payments are no sales. */
  docInvoices?: boolean;
  /** Payments of the document-type column were counted as sales, no invoice beside them. */
  paymentsCounted?: boolean;
  /** The type column proven to mark analytic lines (G / A): its analytic rows were set apart. */
  analyticColumn?: string;
  /** The column proven to mark invoice header rows (Main Line `*`, Type ligne Entête): they were set apart. */
  invoiceHeaders?: string;
  /** The invoice header still adding up its lines at the last row (streamed), for the next chunk. */
  invoiceHeadersStream?: HeaderStream;
  /** An unmapped column proven to hold the amount's direction (D / C codes) and read so. */
  directionColumn?: DirectionColumn;
  /** The amount column proven to end with its side (D / C) beside an account: read as Montant + Sens. */
  sideSuffix?: SideSuffix;
  /** The column headed like a VAT amount proven to hold VAT rates, read as the rate. */
  vatRates?: VatRates;
  /** The amount column repeats each invoice's total: the lines were read as quantity × unit price. */
  invoiceTotals?: boolean;
  /** Rows naming a month closed two months' lines or more (dated-totals.ts): proven for all the chunks. */
  monthClosings?: boolean;
  /** The status column was read as a CRM's deal stages (for the next chunks: dealStagesPrior). */
  dealStages?: boolean;
  /** The column proven an order line's stage (for the next chunks: lineStagesPrior). */
  lineStages?: string;
  /** Refunds are listed as lines of their own beside refunded sales (for the next chunks: refundLinesPrior). */
  refundLines?: boolean;
  /** The scenario column holds actual rows (for the next chunks: scenarioActualPrior). */
  scenarioActual?: boolean;
  /** The closing entries whose result line (12…) this table holds (journal and number). */
  closingKeys?: ReadonlySet<string>;
  /** The categories of a bank's transactions holding receipts, this table's and earlier ones' (bank-expenses.ts). */
  bankReceipts?: ReadonlySet<string>;
  /** The account column is empty on every row of this table (account_column_empty). */
  accountBlank?: boolean;
  /** A journal's entries: their revenue lines' amounts as written, added up, and the first entry. */
  journalSign?: JournalSign;
  /** A run of one invoice's lines holds different amounts: the column holds line amounts (chunks: no repeated-total warning). */
  invoiceRunsDiffer?: boolean;
  /** The invoice going on at the last row and its discount (an invoice discount column), for the next chunk. */
  invoiceDiscountRun?: InvoiceDiscountRun;
  /** The invoice going on at the last row and its shipping (an invoice shipping column), for the next chunk. */
  invoiceShippingRun?: InvoiceDiscountRun;
  /** The invoice going on at the last row, its further lines left blank (Odoo), for the next chunk. */
  recordLinesRun?: RecordRun;
  /** This table's invoices leave their number and date blank on their further lines (proven: record-lines.ts). */
  recordLines?: boolean;
  /** The order going on at the last row and its money (an order's total repeated on its items), for the next chunk. */
  orderTotalsRun?: InvoiceDiscountRun;
  /** Lines set apart by class 73 (sanity.ts class73Lines), added up across chunks. */
  class73?: Class73Lines;
}

/** Lines set apart by class 73, no PCG account (an ESSMS chart's tarification): count, first row, amount. */
export interface Class73Lines {
  count: number;
  row: number;
  amount: Decimal;
}

/** An empty line table for `n` rows. */
export function newLineTable(n: number): LineTable {
  return {
    count: n,
    rowNumber: new Int32Array(n),
    period: new Int32Array(n),
    kind: new Uint8Array(n),
    scope: new Uint8Array(n),
    classification: new Int32Array(n),
    cents: new Float64Array(n),
    exact: new Map(),
  };
}

/** Lines whose currency cell is blank: how many, the first one's row, the currency column's header. */
export interface CurrencyBlank {
  count: number;
  row: number;
  column: string;
}
