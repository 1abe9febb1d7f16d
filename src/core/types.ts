/**
 * Shared vocabulary of the CA OP engine. Pure data types: no Office, no DOM.
 * Every adapter (functions, task pane, dashboard, CLI) speaks these types.
 */
import type Decimal from "decimal.js";

/** An Excel error value as hosts give it (`#N/A`, `#VALUE!`…). */
export interface CellError {
  readonly error: string;
}

/** One cell as a host gives it: numbers, text, booleans, JS dates, empties, error values. */
export type CellValue = string | number | boolean | Date | null | undefined | CellError;

/** A table read from a sheet or a file: header row plus data rows, with the row numbers users see. */
export interface RawTable {
  headers: string[];
  rows: CellValue[][];
  /** Row number the user sees for rows[0] (2 for a file with its header on row 1). */
  firstRow: number;
  /** Explicit row numbers when rows are not contiguous (filtered reads); overrides firstRow. */
  rowNumbers?: number[];
  /** Where the data came from, for messages and the audit trail ("ventes.csv", "Ventes!A1:H5000"). */
  source: string;
  /** Workbook uses the 1904 date system (Mac). */
  date1904?: boolean;
  /** Problems found while reading (stray separators, bad encoding…), passed on to the result. */
  readDiagnostics?: Diagnostic[];
  /** Indexes of account heading and total rows: not lines, never counted (engine/evidence/account-headings.ts). */
  notLines?: ReadonlySet<number>;
  /**
   * The lines under a heading naming credit notes ("AVOIRS"): line index → the heading's index
   * (engine/evidence/credit-notes.ts decides their sign).
   */
  creditSection?: ReadonlyMap<number, number>;
  /**
   * The credit-note heading of an earlier chunk (its row number and text) whose lines go on at the
   * top of this table: creditSection's heading index -2 (repeated-headers.ts, EARLIER_HEADING).
   */
  creditHeading?: { row: number; title: string };
  /**
   * The title naming the whole table's lines credit notes: its sheet's name ("Avoirs") or the title
   * above its header ("Avoirs janvier 2025"). Every line is then a credit note (credit-notes.ts).
   */
  creditTitle?: string;
  /**
   * The text rows above the header (a report's company, name and period: "January 1-12, 2025"),
   * one string a row, non-empty: evidence of what the table covers (evidence/title-period.ts).
   */
  titles?: readonly string[];
  /** Indexes of the columns hidden in the sheet (a workbook): read like the others, said when mapped. */
  hiddenColumns?: readonly number[];
  /**
   * Columns whose every numeric cell's number format shows it divided (`#,##0,`: in thousands):
   * column → 1 000 or 1 000 000. Their cells hold full amounts, whatever unit the header names.
   */
  formatScales?: ReadonlyMap<number, number>;
  /**
   * Columns whose every numeric cell's number format writes the unit the typed value is in
   * (`#,##0.0" k€"` over 12.5: 12 500 €): column → 1 000 or 1 000 000.
   */
  formatUnits?: ReadonlyMap<number, number>;
  /**
   * Currencies shown only by a workbook's number formats (`[$$-409]#,##0.00`): column → row index →
   * ISO code, for numeric cells. Amounts in two currencies are an error, as in a currency column.
   */
  cellCurrencies?: ReadonlyMap<number, ReadonlyMap<number, string>>;
  /**
   * The date column's real dates proven swapped by a spreadsheet (evidence/swapped-dates.ts), decided
   * on the whole table by the reader that splits it into chunks; undefined: the engine decides.
   */
  swappedDates?: SwappedDatesProof | null;
  /**
   * The worksheet the rows come from, when a workbook kept one period a sheet is read sheet by sheet
   * (readers/period-sheets.ts): row numbers are that sheet's, and diagnostics and lines name it.
   */
  sheet?: string;
}

/** What proved a date column's real dates swapped: their count, a real date and a text date. */
export interface SwappedDatesProof {
  count: number;
  row: number;
  value: string;
  textRow: number;
  textValue: string;
}

/** The row number the user sees for data row `i` of a table (its own numbers when it has them). */
export function rowNumberOf(table: RawTable, i: number): number {
  return table.rowNumbers ? table.rowNumbers[i] : table.firstRow + i;
}

export type Lang = "fr" | "en";

/** A text in both UI languages. */
export interface I18nText {
  fr: string;
  en: string;
}

/** Fields a sales table may carry (SPEC 2.3). */
export const FIELD_IDS = [
  "date",
  "amount",
  "net_amount",
  "debit",
  "credit",
  "direction",
  "quantity",
  "unit_price",
  "kind",
  "op_flag",
  "account",
  "label",
  "segment",
  "product",
  "client",
  "salesperson",
  "entity",
  "currency",
  "id",
  "discount_amount",
  "rebate_amount",
  "return_amount",
  "invoice_discount",
  "vat_amount",
  "vat_rate",
  "tip_amount",
  "doc_type",
  "status",
  "scenario",
] as const;
export type FieldId = (typeof FIELD_IDS)[number];

/** Fields whose values are amounts or numbers with a decimal mark. */
export const NUMERIC_FIELD_IDS: readonly FieldId[] = [
  "amount",
  "net_amount",
  "debit",
  "credit",
  "quantity",
  "unit_price",
  "discount_amount",
  "rebate_amount",
  "return_amount",
  "invoice_discount",
  "vat_amount",
  "vat_rate",
  "tip_amount",
];

/** Fields that hold money: the numeric ones but the quantity (the discount may hold rates, proven from its data). */
export const MONEY_FIELD_IDS: readonly FieldId[] = NUMERIC_FIELD_IDS.filter(
  (f) => f !== "quantity" && f !== "vat_rate",
);

/** Column index (0-based in RawTable.headers) per field. */
export type Mapping = Partial<Record<FieldId, number>>;

/** User overrides: field → header text or 0-based column index; null: the field has no column (un-mapped). */
export type MappingOverrides = Partial<Record<FieldId, string | number | null>>;

export const KINDS = ["sale", "discount", "rebate", "return"] as const;
export type Kind = (typeof KINDS)[number];
export type DeductionKind = Exclude<Kind, "sale">;
export const DEDUCTION_KINDS: readonly DeductionKind[] = ["discount", "rebate", "return"];

export const EXCLUDED_REASONS = [
  "asset_disposal",
  "subsidy",
  "financial",
  "exceptional",
  "tax_credit",
  "non_core",
] as const;
export type ExcludedReason = (typeof EXCLUDED_REASONS)[number];

/** Where a line stands: in CA OP, excluded for a reason, or in CA OP but to be checked. */
export type Scope = "op" | ExcludedReason | "to_review";
export const SCOPES: readonly Scope[] = ["op", ...EXCLUDED_REASONS, "to_review"];

/** Which step of the SPEC 2.1 precedence decided a line. */
export type DecisionSource = "manual" | "op_flag" | "kind_column" | "account" | "label" | "default";

/** The classification of one line: kind, scope and the reason in words. */
export interface Classification {
  kind: Kind;
  scope: Scope;
  source: DecisionSource;
  /** Stable id of the rule that decided (for counting, tests and the rule editor). */
  ruleId: string;
  /** "compte 775 → cession d'actif" / "account 775 → asset disposal". */
  reason: I18nText;
  /**
   * A nature value or label keyword that contradicts the account's scope and was overruled (SPEC 2.1
   * step 3): which column said it and its reason in words. The engine turns it into a `conflict`.
   */
  conflict?: { source: "kind_column" | "label"; reason: I18nText; scope: Scope };
}

/** What the classifier looks at on one line (already text, trimmed). */
export interface LineFacts {
  account?: string;
  label?: string;
  kindText?: string;
  opFlag?: CellValue;
  /**
   * The line reduces revenue: a negative signed amount, a debit, or a credit note that subtracts.
   * On a sales account (701–708) a deduction word in the label applies only then (SPEC 2.1 sign rule).
   */
  reduces?: boolean;
  /** A document-type column marks the line a credit note that counts as a return (SPEC 2.1). */
  creditNote?: boolean;
}

/** A user's decision on one line, kept across re-tagging and data refresh. */
export interface ManualDecision {
  scope: Scope;
  kind?: Kind;
  note?: string;
}
/** Decisions keyed by line key (see lineKey in compute). */
export type Decisions = Record<string, ManualDecision>;

/** Severity of a diagnostic: error = the line's amount could not be used; warning = used but doubtful. */
export type Severity = "error" | "warning" | "info";

/** A problem on input, with the row, column and value the user sees. */
export interface Diagnostic {
  /** Row number the user sees; 0 for table-wide diagnostics. */
  row: number;
  /** Header text of the column ("" when table-wide). */
  column: string;
  /** The raw value as text. */
  value: string;
  /** Message in French (the CLI contract's `message`). */
  message: string;
  /** Same message in English. */
  messageEn: string;
  code: string;
  severity: Severity;
  /** Amount left out of the totals because of this problem, when known (decimal string). */
  amount?: string;
  /** The message's other arguments (counts, expected values…), to render it in any language. */
  args?: Readonly<Record<string, string | number>>;
  /** The worksheet of `row`, when the table was read from several (RawTable.sheet). */
  sheet?: string;
}

/** Totals of one group of lines (a month, a segment…). Exact decimals. */
export interface Totals {
  caop: Decimal;
  gross_sales: Decimal;
  deductions: Record<DeductionKind, Decimal>;
  excluded: Record<ExcludedReason, { count: number; amount: Decimal }>;
  to_review: { count: number; amount: Decimal };
  /** Lines that took part (revenue lines). */
  lines: number;
}
