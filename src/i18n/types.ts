/**
 * The shape of a language's catalogue: every text a user reads, one key per message. fr.ts and en.ts
 * each `satisfies Messages`, so a key missing in one language fails tsc (the model is date-fns
 * `src/locale/` and HyperFormula `src/i18n/languages/`). Templates name their arguments: `{row}`,
 * `{column}`… are filled by `format` / `fill` (format.ts); `{s}` is the plural mark of `{count}`.
 */
import type { Lang } from "../core/types";
import type { PaneMessages } from "./pane/fr";

export type { Lang, PaneMessages };

/** Named arguments of a template. */
export type Args = Readonly<Record<string, string | number>>;

/**
 * Codes of the templated messages: diagnostics of the engine and of the file readers, progress
 * steps, notices of the plans, hosts and task pane. A diagnostic's code is its key unless its spec
 * names another (two texts of one code, e.g. stray_separator).
 */
export type TextCode =
  // Engine diagnostics (src/core/diagnostics.ts): the line and what is wrong with it; the custom
  // functions say exactly this, the engine adds the tail below (the line is left out).
  | "amount_unreadable"
  | "amount_empty"
  | "amount_error_cell"
  | "amount_ambiguous"
  | "direction_unreadable"
  | "net_mismatch"
  | "date_unreadable"
  | "date_empty"
  | "date_error_cell"
  | "date_order_locale"
  | "class_error_cell"
  | "op_flag_unknown"
  | "duplicate_header"
  | "date_not_sales"
  | "hidden_column"
  | "date_implausible"
  | "gross_unused"
  | "payer_parts_total"
  | "payer_parts_differ"
  | "class73_only"
  | "gross_with_tax"
  | "account_chart_xero"
  | "account_chart_myob"
  | "dollar_of_currency_column"
  | "subtotal_beside_total"
  | "order_lines_invoiced"
  | "order_lines_quantity"
  | "order_lines_order_value"
  | "not_revenue"
  | "credit_note_positive"
  | "kind_document_codes"
  | "document_codes_sap"
  | "document_codes_xero"
  | "document_codes_sage50uk"
  | "document_codes_ebp"
  | "document_codes_cegid"
  | "document_codes_sagex3"
  | "document_codes_oracle"
  | "class_document_types"
  | "document_code_unknown"
  | "deal_not_won"
  | "line_not_invoiced"
  | "kit_components"
  | "kit_components_counted"
  | "direction_column_codes"
  | "vat_column_rates"
  | "amount_includes_vat"
  | "refund_outside_amount"
  | "net_beside_sides"
  | "amount_unit"
  | "amount_unit_title"
  | "amount_unit_cells"
  | "amount_unit_format"
  | "amount_unit_shown"
  | "amount_ttc_rate"
  | "discount_cascade"
  | "invoice_discount_rate"
  | "discount_per_unit"
  | "discount_unreadable_net"
  | "amount_rounded_per_line"
  | "amount_less_tips"
  | "amount_plus_shipping"
  | "amount_plus_gift_wrap"
  | "amount_plus_cleaning"
  | "amount_less_collected"
  | "amount_less_gift_cards"
  | "items_plus_shipping"
  | "shipping_once_per_invoice"
  | "order_shipping_once"
  | "payment_counted"
  | "segment_natures"
  | "vat_rate_unreadable"
  | "amount_debit_positive"
  | "amount_debit_positive_extract"
  | "amount_debit_positive_option"
  | "account_chart_cgnc"
  | "account_column_empty"
  | "account_names_read"
  | "account_chart_names"
  | "account_names_column"
  | "nominal_headings"
  | "date_order_other_column"
  | "date_order_title"
  | "currency_of_foreign_amounts"
  | "converted_amounts"
  | "analytic_lines"
  | "invoice_header_rows"
  | "invoice_tender_rows"
  | "invoice_header_off"
  | "order_item_rows"
  | "order_totals_repeated"
  | "amount_signed_like_direction"
  | "status_refunded_counted"
  | "status_replaced"
  | "status_refunded"
  | "vat_conflict"
  | "vat_unproven"
  | "document_not_sale"
  | "platform_log_types"
  | "platform_type_unknown"
  | "platform_return_amount"
  | "payment_not_sale"
  | "debit_payments"
  | "bank_expenses"
  | "deposit_invoice_counted"
  | "deposit_invoice_restated"
  | "amount_ttc"
  | "dates_swapped"
  | "invoice_total_lines"
  | "invoice_total_repeated"
  | "invoice_discount_once"
  | "invoice_discount_differs"
  | "invoice_discount_no_id"
  | "repeated_header"
  | "credit_note_section"
  | "credit_note_section_read"
  | "credit_note_sheet"
  | "credit_note_sheet_read"
  | "account_pair"
  | "label_column_unread"
  | "label_only_decisions"
  | "closing_entries"
  | "third_party_accounts"
  | "account_segments"
  | "section_rows"
  | "status_unread_counted"
  | "status_unknown_counted"
  | "no_revenue_line"
  | "expense_lines"
  | "currency_blank"
  | "blank_rows"
  // Issue 14: more lines than a worksheet holds, the CLI suggests the DuckDB engine.
  | "cli_suggest_duckdb"
  // SPEC 9: input of which no line could be read is unusable (exit 2), not a CA OP of 0.
  | "cli_no_line_read"
  // Issue 9, amounts: signs, both sides, two-digit years, sign sanity (two texts of sign_convention).
  | "montant_sens_negative_debit"
  | "montant_sens_negative_credit"
  | "sens_plus_minus_one"
  | "debit_and_credit"
  | "two_digit_year"
  | "sign_convention_signed"
  | "sign_convention_debit_credit"
  | "sign_convention_months"
  | "conflict"
  // Column evidence (src/core/engine/evidence/columns.ts, issue 9 item 1).
  | "decimal_mark_assumed"
  | "decimal_mark_from_dates"
  | "decimal_mark_conflict"
  | "net_amount"
  | "net_amount_rate"
  | "amount_value_fields"
  | "value_field_discount"
  | "value_field_rebate"
  | "value_field_return"
  | "cash_discount_unread"
  | "amount_reading_contradicted"
  | "amount_gross_contradicted"
  | "rate_scale_assumed"
  | "account_headings"
  | "named_account_headings"
  | "account_not_pcg"
  | "total_rows"
  | "total_label_counted"
  | "total_row_off"
  | "status_not_issued"
  | "status_order_counted"
  | "status_not_invoice"
  | "scenario_set_apart"
  | "scenario_unknown"
  | "scenario_no_actual"
  | "scenario_not_read"
  | "date_year_column"
  | "date_periods"
  | "dated_total_rows"
  | "opening_balance"
  | "other_sheets"
  | "summary_sheets"
  | "period_sheets"
  | "sheet_month_days"
  | "other_period_sheets"
  | "other_sheets_together"
  | "other_sheets_to_date"
  | "to_date_sheets"
  | "credit_note_sheets"
  | "at_sheet"
  | "dashboard_period_sheets"
  | "entry_dates_filled"
  | "record_lines_filled"
  | "dates_once_per_day"
  | "amount_side_suffix"
  | "balance_by_month"
  | "pivot_months"
  | "pivot_compact"
  | "pivot_accounts"
  | "pivot_segments"
  | "pivot_tabular"
  | "cumulative_situations"
  | "sens_zero_one"
  | "sens_posting_key"
  // Tails of the engine's diagnostics: what happened to the line.
  | "tail_line_ignored"
  | "tail_line_ignored_amount"
  // File readers (src/workbook/readers/read-diagnostics.ts).
  | "encoding"
  | "unterminated_quote"
  | "stray_separator_fixed"
  | "line_break_joined"
  | "stray_decimal_comma"
  | "stray_separator_unusable"
  | "stray_separator_unusable_amount"
  | "missing_fields"
  | "formula_without_value"
  | "encoding_mismatch"
  | "encoding_stray_bytes"
  | "above_header"
  | "two_row_header"
  | "hidden_rows"
  | "formula_total_rows"
  // Progress steps (Progress.code).
  | "progress_writing"
  | "progress_tagging"
  // Opening a file in the task pane (src/app/import.ts, src/taskpane/files).
  | "progress_reading"
  | "progress_importing"
  | "file_imported"
  | "file_too_large"
  // Notices of plans, hosts and the task pane.
  | "sheet_name_clash"
  | "no_salesperson"
  | "unsupported_feature"
  | "error"
  | "cancelled"
  | "no_selection"
  | "lines_tagged"
  | "dashboard_generated"
  | "qc_generated";

/** Texts of the dashboard sheet (headers, labels, alerts, audit block). */
export interface DashboardTexts {
  /** The template's eight columns (SPEC 5). */
  headers: readonly [string, string, string, string, string, string, string, string];
  /** Hidden helper columns J..P. */
  helperHeaders: readonly [string, string, string, string, string, string, string];
  /** {fy}: "2025" or "2025-2026 (juillet 2025 – juin 2026)". */
  title: string;
  /** {currency}. */
  subtitle: string;
  seeDetail: string;
  yearToDate: string;
  total: string;
  /** {segment} {threshold} {months}. */
  alertsTitle: string;
  segmentWord: string;
  noSegment: string;
  noAlerts: string;
  alertHeaders: readonly [string, string, string];
  audit: string;
  generatedAt: string;
  source: string;
  taggedColumns: string;
  ruleSet: string;
  /** {version}. */
  ruleSetVersion: string;
  strictMode: string;
  linesCounted: string;
  linesIgnored: string;
  /** {count}. */
  linesIgnoredCount: string;
  noLines: string;
  detailSheets: string;
  noSheets: string;
  exclusionHeaders: readonly [string, string, string];
  reviewExcluded: string;
  reviewCounted: string;
  unreadableLines: string;
  /** {year} {previous}. */
  chartTitle: string;
  /** {year}. */
  seriesN: string;
  seriesN1: string;
  noteTarget: string;
  noteCaop: string;
}

/** Texts of the detail sheets. */
export interface DetailTexts {
  /** {field} (lower case) {year}. */
  title: string;
  back: string;
  /** {ref}. */
  formulas: string;
  monthKey: string;
  /** {month}. */
  previousMonth: string;
  yearTotal: string;
  criterion: string;
  frozen: string;
  noLines: string;
  total: string;
  /** {threshold} {months}. */
  variationTitle: string;
  /** Column labels of the detail sheets, by field. */
  fields: { salesperson: string; segment: string; product: string; client: string };
}

/** Texts of the dashboard's "CA OP par commercial" block (issue 13). */
export interface SellerTexts {
  /** {count} {fy}: when more salespeople than the block lists. */
  title: string;
  /** {fy}: when the block lists them all. */
  titleAll: string;
  /** Headers after the salesperson label: CA OP {year}, CA OP {previous} (same months), Var. YoY, share, detail. */
  headers: readonly [string, string, string, string, string];
  /** {count}: the salespeople after the top ones. */
  others: string;
  seeDetail: string;
  noColumn: string;
  noLines: string;
  /** {year} {previous}: how the block's figures are computed (note on its header). */
  note: string;
}

/** Texts of the quarterly QC sheet. */
export interface QcTexts {
  headers: readonly [string, string, string, string, string, string, string, string, string, string];
  /** {quarter}. */
  title: string;
  /** {rate} {seed}. */
  subtitle: string;
  summary: readonly [string, string, string, string, string, string];
  noLines: string;
  prompt: string;
}

/** Texts of the product's four columns beside the data (their headers are fixed, not translated). */
export interface TaggingTexts {
  notRevenue: string;
  ignored: string;
  toReviewExcluded: string;
  toReview: string;
  /** {scope}. */
  excluded: string;
  /** {kind}. */
  opKind: string;
  notRevenueReason: string;
  note: string;
  /** {range} {sheet}: the tagged columns, for the audit block. */
  columns: string;
  /** {source} {count}: where the numbers come from, for the audit block. */
  source: string;
  /** The pane's summary rows. */
  summaryNotRevenue: string;
  summaryIgnored: string;
  summaryCaop: string;
  summarySales: string;
  /** The lines to review counted in CA OP (not strict), listed under it. */
  summaryToReviewIn: string;
}

/** One language's catalogue. */
export interface Messages {
  lang: Lang;
  /** Templated messages, by code. */
  text: Readonly<Record<TextCode, string>>;
  dashboard: DashboardTexts;
  detail: DetailTexts;
  sellers: SellerTexts;
  qc: QcTexts;
  tagging: TaggingTexts;
  /** The task pane's texts (some are small functions). */
  pane: PaneMessages;
  /** How the data was read, in a few words (CLI summary, pane mapping step: reading.ts). */
  reading: ReadingWords;
}

/** The words of the reading line ("Lecture : Sales décimales « . » (prouvé ligne 2) ; …"). */
export interface ReadingWords {
  reading: string;
  decimals: (header: string, mark: string, why: string) => string;
  proven: (row: number, column?: string) => string;
  option: string;
  assumed: string;
  date: (date: string, unused: string[]) => string;
  discount: (column: string, rate: boolean, percent: boolean) => string;
  amount: (column: string, net: boolean, by: string) => string;
  /** A money column whose header names its unit ("Montant (k€)"): each value read × factor. */
  unit: (column: string, factor: number) => string;
  /** A journal's one signed amount proven debit positive: read negated. */
  journal: (column: string) => string;
}
