/**
 * Diagnostics as data: one table of codes with their severities. Their texts live in the message
 * catalogue (src/i18n, key = code); a diagnostic names the row, the column and the value the user
 * sees, and carries its arguments.
 */
import { format, type TextCode } from "../i18n";
import type { Diagnostic, Lang, Severity } from "./types";

/** A diagnostic kind: its code, its severity, its catalogue text (default: the code) and its tail. */
export interface DiagSpec {
  code: string;
  severity: Severity;
  /** Catalogue key of the text when it is not the code (two texts for one code). */
  text?: TextCode;
  /** What happened to the line, appended to the text (the custom functions say the text alone). */
  tail?: TextCode;
}

/** Codes of the engine's diagnostics; texts: {row}, {column}, {value}, {amount} and any args. */
export const DIAG = {
  amountUnreadable: { code: "amount_unreadable", severity: "error", tail: "tail_line_ignored" },
  amountEmpty: { code: "amount_empty", severity: "error", tail: "tail_line_ignored" },
  amountErrorCell: { code: "amount_error_cell", severity: "error", tail: "tail_line_ignored" },
  amountAmbiguous: { code: "amount_ambiguous", severity: "warning" },
  directionUnreadable: { code: "direction_unreadable", severity: "error", tail: "tail_line_ignored" },
  netMismatch: { code: "net_mismatch", severity: "warning" },
  dateUnreadable: { code: "date_unreadable", severity: "error", tail: "tail_line_ignored_amount" },
  dateEmpty: { code: "date_empty", severity: "error", tail: "tail_line_ignored_amount" },
  dateErrorCell: { code: "date_error_cell", severity: "error", tail: "tail_line_ignored_amount" },
  dateOrderLocale: { code: "date_order_locale", severity: "warning" },
  classErrorCell: { code: "class_error_cell", severity: "warning" },
  opFlagUnknown: { code: "op_flag_unknown", severity: "warning" },
  duplicateHeader: { code: "duplicate_header", severity: "warning" },
  grossUnused: { code: "gross_unused", severity: "warning" },
  grossWithTax: { code: "gross_with_tax", severity: "info" },
  payerPartsTotal: { code: "payer_parts_total", severity: "info" },
  payerPartsDiffer: { code: "payer_parts_differ", severity: "warning" },
  accountChartXero: { code: "account_chart_xero", severity: "info" },
  accountChartMyob: { code: "account_chart_myob", severity: "info" },
  dollarOfCurrencyColumn: { code: "dollar_of_currency_column", severity: "info" },
  subtotalBesideTotal: { code: "subtotal_beside_total", severity: "info" },
  orderLinesInvoiced: { code: "order_lines_invoiced", severity: "info" },
  orderLinesQuantity: { code: "order_lines_invoiced", severity: "info", text: "order_lines_quantity" },
  orderLinesOrderValue: {
    code: "order_lines_invoiced",
    severity: "info",
    text: "order_lines_quantity",
    tail: "order_lines_order_value",
  },
  dateNotSales: { code: "date_not_sales", severity: "warning" },
  dateImplausible: { code: "date_implausible", severity: "warning" },
  hiddenColumn: { code: "hidden_column", severity: "warning" },
  notRevenue: { code: "not_revenue", severity: "info" },
  expenseLines: { code: "expense_lines", severity: "info" },
  noRevenueLine: { code: "no_revenue_line", severity: "warning" },
  class73Only: { code: "class73_only", severity: "warning" },
  currencyBlank: { code: "currency_blank", severity: "warning" },
  creditNotePositive: { code: "credit_note_positive", severity: "warning" },
  kindDocumentCodes: { code: "kind_document_codes", severity: "info" },
  documentCodesSap: { code: "document_codes_sap", severity: "info" },
  documentCodesXero: { code: "document_codes_xero", severity: "info" },
  documentCodesSage50uk: { code: "document_codes_sage50uk", severity: "info" },
  documentCodesEbp: { code: "document_codes_ebp", severity: "info" },
  documentCodesCegid: { code: "document_codes_cegid", severity: "info" },
  documentCodesSagex3: { code: "document_codes_sagex3", severity: "info" },
  documentCodesOracle: { code: "document_codes_oracle", severity: "info" },
  classDocumentTypes: { code: "class_document_types", severity: "info" },
  documentCodeUnknown: { code: "document_code_unknown", severity: "warning" },
  directionColumnCodes: { code: "direction_column_codes", severity: "info" },
  vatColumnRates: { code: "vat_column_rates", severity: "info" },
  amountIncludesVat: { code: "amount_includes_vat", severity: "info" },
  refundOutsideAmount: { code: "refund_outside_amount", severity: "info" },
  netBesideSides: { code: "net_beside_sides", severity: "info" },
  amountUnit: { code: "amount_unit", severity: "info" },
  amountUnitTitle: { code: "amount_unit_title", severity: "info" },
  amountUnitCells: { code: "amount_unit_cells", severity: "info" },
  amountUnitFormat: { code: "amount_unit_format", severity: "info" },
  amountUnitShown: { code: "amount_unit_shown", severity: "info" },
  amountDebitPositive: { code: "amount_debit_positive", severity: "info" },
  amountDebitPositiveExtract: {
    code: "amount_debit_positive",
    severity: "info",
    text: "amount_debit_positive_extract",
  },
  amountDebitPositiveOption: {
    code: "amount_debit_positive",
    severity: "info",
    text: "amount_debit_positive_option",
  },
  dateOrderOtherColumn: { code: "date_order_other_column", severity: "info" },
  dateOrderTitle: { code: "date_order_title", severity: "info" },
  currencyOfForeign: { code: "currency_of_foreign_amounts", severity: "info" },
  convertedAmounts: { code: "converted_amounts", severity: "info" },
  analyticLines: { code: "analytic_lines", severity: "info" },
  invoiceHeaderRows: { code: "invoice_header_rows", severity: "info" },
  invoiceTenderRows: { code: "invoice_tender_rows", severity: "info" },
  invoiceHeaderOff: { code: "invoice_header_off", severity: "warning" },
  orderItemRows: { code: "order_item_rows", severity: "info" },
  orderTotalsRepeated: { code: "order_totals_repeated", severity: "info" },
  amountSignedLikeDirection: { code: "amount_signed_like_direction", severity: "info" },
  statusRefundedCounted: { code: "status_refunded_counted", severity: "warning" },
  vatConflict: { code: "vat_conflict", severity: "warning" },
  vatUnproven: { code: "vat_unproven", severity: "warning" },
  documentNotSale: { code: "document_not_sale", severity: "warning" },
  platformLogTypes: { code: "platform_log_types", severity: "info" },
  platformTypeUnknown: { code: "platform_type_unknown", severity: "warning" },
  platformReturnAmount: { code: "platform_return_amount", severity: "info" },
  paymentNotSale: { code: "payment_not_sale", severity: "warning" },
  debitPayments: { code: "debit_payments", severity: "warning" },
  bankExpenses: { code: "bank_expenses", severity: "warning" },
  depositInvoiceCounted: { code: "deposit_invoice_counted", severity: "warning" },
  depositInvoiceRestated: { code: "deposit_invoice_restated", severity: "info" },
  amountTtc: { code: "amount_ttc", severity: "warning" },
  amountTtcRate: { code: "amount_ttc_rate", severity: "info" },
  discountCascade: { code: "discount_cascade", severity: "info" },
  discountPerUnit: { code: "discount_per_unit", severity: "info" },
  discountUnreadableNet: { code: "discount_unreadable_net", severity: "warning" },
  amountRoundedPerLine: { code: "amount_rounded_per_line", severity: "info" },
  amountLessTips: { code: "amount_less_tips", severity: "info" },
  amountLessCollected: { code: "amount_less_collected", severity: "info" },
  amountLessGiftCards: { code: "amount_less_gift_cards", severity: "info" },
  amountPlusShipping: { code: "amount_plus_shipping", severity: "info" },
  amountPlusGiftWrap: { code: "amount_plus_gift_wrap", severity: "info" },
  amountPlusCleaning: { code: "amount_plus_cleaning", severity: "info" },
  itemsPlusShipping: { code: "items_plus_shipping", severity: "info" },
  shippingOncePerInvoice: { code: "shipping_once_per_invoice", severity: "info" },
  orderShippingOnce: { code: "order_shipping_once", severity: "info" },
  paymentCounted: { code: "payment_counted", severity: "warning" },
  segmentNatures: { code: "segment_natures", severity: "info" },
  vatRateUnreadable: { code: "vat_rate_unreadable", severity: "error" },
  datesSwapped: { code: "dates_swapped", severity: "warning" },
  invoiceTotalLines: { code: "invoice_total_lines", severity: "info" },
  invoiceTotalRepeated: { code: "invoice_total_repeated", severity: "warning" },
  invoiceDiscountOnce: { code: "invoice_discount_once", severity: "info" },
  invoiceDiscountDiffers: { code: "invoice_discount_differs", severity: "warning" },
  invoiceDiscountNoId: { code: "invoice_discount_no_id", severity: "warning" },
  invoiceDiscountRate: { code: "invoice_discount_rate", severity: "info" },
  repeatedHeader: { code: "repeated_header", severity: "info" },
  creditNoteSection: { code: "credit_note_section", severity: "warning" },
  creditNoteSectionRead: { code: "credit_note_section_read", severity: "info" },
  /** The same two, said of a whole sheet named or titled for credit notes (RawTable.creditTitle). */
  creditNoteSheet: { code: "credit_note_section", severity: "warning", text: "credit_note_sheet" },
  creditNoteSheetRead: { code: "credit_note_section_read", severity: "info", text: "credit_note_sheet_read" },
  accountPair: { code: "account_pair", severity: "info" },
  labelColumnUnread: { code: "label_column_unread", severity: "warning" },
  labelOnlyDecisions: { code: "label_only_decisions", severity: "warning" },
  closingEntries: { code: "closing_entries", severity: "info" },
  thirdPartyAccounts: { code: "third_party_accounts", severity: "info" },
  accountSegments: { code: "account_segments", severity: "info" },
  sectionRows: { code: "section_rows", severity: "info" },
  blankRows: { code: "blank_rows", severity: "info" },
  // Issue 9, amounts (SPEC 2.2): signs, both sides, two-digit years, sign sanity.
  montantSensNegativeDebit: {
    code: "montant_sens_negative",
    severity: "warning",
    text: "montant_sens_negative_debit",
  },
  montantSensNegativeCredit: {
    code: "montant_sens_negative",
    severity: "warning",
    text: "montant_sens_negative_credit",
  },
  sensPlusMinusOne: { code: "sens_plus_minus_one", severity: "info" },
  sensZeroOne: { code: "sens_zero_one", severity: "info" },
  sensPostingKey: { code: "sens_posting_key", severity: "info" },
  debitAndCredit: { code: "debit_and_credit", severity: "warning" },
  twoDigitYear: { code: "two_digit_year", severity: "info" },
  signConvention: { code: "sign_convention", severity: "warning", text: "sign_convention_signed" },
  signConventionMonths: { code: "sign_convention", severity: "warning", text: "sign_convention_months" },
  signConventionDebitCredit: {
    code: "sign_convention",
    severity: "warning",
    text: "sign_convention_debit_credit",
  },
  // Classification (SPEC 2.1): the account overrules a contradicting nature value or label keyword.
  conflict: { code: "conflict", severity: "warning" },
  // Column evidence (issue 9 item 1).
  decimalMarkAssumed: { code: "decimal_mark_assumed", severity: "warning" },
  decimalMarkFromDates: { code: "decimal_mark_from_dates", severity: "info" },
  decimalMarkConflict: { code: "decimal_mark_conflict", severity: "error" },
  netAmount: { code: "net_amount", severity: "warning" },
  netAmountRate: { code: "net_amount", severity: "warning", text: "net_amount_rate" },
  amountValueFields: { code: "amount_value_fields", severity: "info" },
  valueFieldDiscount: { code: "value_field_deduction", severity: "info", text: "value_field_discount" },
  valueFieldRebate: { code: "value_field_deduction", severity: "info", text: "value_field_rebate" },
  valueFieldReturn: { code: "value_field_deduction", severity: "info", text: "value_field_return" },
  cashDiscountUnread: { code: "cash_discount_unread", severity: "info" },
  amountReadingContradicted: { code: "amount_reading_contradicted", severity: "warning" },
  rateScaleAssumed: { code: "rate_scale_assumed", severity: "warning" },
  accountHeadings: { code: "account_headings", severity: "info" },
  namedAccountHeadings: { code: "named_account_headings", severity: "info" },
  accountNotPcg: { code: "account_not_pcg", severity: "warning" },
  accountChartCgnc: { code: "account_chart_cgnc", severity: "warning" },
  accountColumnEmpty: { code: "account_column_empty", severity: "warning" },
  accountNamesRead: { code: "account_names_read", severity: "info" },
  accountChartNames: { code: "account_chart_names", severity: "info" },
  accountNamesColumn: { code: "account_names_column", severity: "info" },
  nominalHeadings: { code: "nominal_headings", severity: "info" },
  totalRows: { code: "total_rows", severity: "info" },
  totalLabelCounted: { code: "total_label_counted", severity: "warning" },
  totalRowOff: { code: "total_row_off", severity: "warning" },
  statusNotIssued: { code: "status_not_issued", severity: "warning" },
  statusReplaced: { code: "status_replaced", severity: "warning" },
  statusRefunded: { code: "status_refunded", severity: "warning" },
  statusOrderCounted: { code: "status_order_counted", severity: "info" },
  dealNotWon: { code: "deal_not_won", severity: "warning" },
  lineNotInvoiced: { code: "line_not_invoiced", severity: "warning" },
  kitComponents: { code: "kit_components", severity: "warning" },
  kitComponentsCounted: { code: "kit_components_counted", severity: "warning" },
  statusNotInvoice: { code: "status_not_invoice", severity: "info" },
  scenarioSetApart: { code: "scenario_set_apart", severity: "warning" },
  scenarioUnknown: { code: "scenario_unknown", severity: "warning" },
  scenarioNoActual: { code: "scenario_no_actual", severity: "error" },
  scenarioNotRead: { code: "scenario_not_read", severity: "info" },
  dateYearColumn: { code: "date_year_column", severity: "info" },
  datePeriods: { code: "date_periods", severity: "info" },
  statusUnreadCounted: { code: "status_unread_counted", severity: "warning" },
  statusUnknownCounted: { code: "status_unknown_counted", severity: "warning" },
  datedTotalRows: { code: "dated_total_rows", severity: "warning" },
  openingBalance: { code: "opening_balance", severity: "warning" },
  entryDatesFilled: { code: "entry_dates_filled", severity: "info" },
  recordLinesFilled: { code: "record_lines_filled", severity: "info" },
  datesOncePerDay: { code: "dates_once_per_day", severity: "info" },
  amountSideSuffix: { code: "amount_side_suffix", severity: "info" },
  balanceByMonth: { code: "balance_by_month", severity: "info" },
  pivotMonths: { code: "pivot_months", severity: "info" },
  pivotCompact: { code: "pivot_compact", severity: "info" },
  pivotAccounts: { code: "pivot_accounts", severity: "info" },
  pivotSegments: { code: "pivot_segments", severity: "info" },
  pivotTabular: { code: "pivot_tabular", severity: "info" },
  cumulativeSituations: { code: "cumulative_situations", severity: "info" },
  amountGrossContradicted: {
    code: "amount_reading_contradicted",
    severity: "warning",
    text: "amount_gross_contradicted",
  },
} as const satisfies Record<string, DiagSpec>;

/** Where a diagnostic is, what it read, and its other arguments. */
export interface DiagAt {
  row: number;
  column: string;
  value: string;
  amount?: string;
  /** The worksheet of `row` when the table was read from several (RawTable.sheet): the message names it. */
  sheet?: string;
  /** The message's other arguments: never row, column, value or amount, which the fields above fill. */
  args?: Record<string, string | number> & { row?: never; column?: never; value?: never; amount?: never };
}

/** The text of a diagnostic in one language, from its spec and arguments. */
export function diagText(spec: DiagSpec, at: DiagAt, lang: Lang): string {
  const args = { ...at.args, row: at.row, column: at.column, value: at.value, amount: at.amount ?? "" };
  const text = format(lang, spec.text ?? (spec.code as TextCode), args);
  const where = sheetPrefix(at, lang);
  return where + (spec.tail ? text + format(lang, spec.tail, args) : text);
}

/** "feuille « Février », " before a row's message when its table was read from several sheets. */
function sheetPrefix(at: { row: number; sheet?: string }, lang: Lang): string {
  return at.sheet !== undefined && at.row > 0 ? format(lang, "at_sheet", { sheet: at.sheet }) : "";
}

/** A row's diagnostic said of its worksheet (the table was read from several: RawTable.sheet). */
export function onSheet(d: Diagnostic, sheet: string): Diagnostic {
  if (d.row <= 0 || d.sheet !== undefined) return d;
  const at = { row: d.row, sheet };
  return {
    ...d,
    sheet,
    message: sheetPrefix(at, "fr") + d.message,
    messageEn: sheetPrefix(at, "en") + d.messageEn,
  };
}

/** Builds a diagnostic from its spec and the row, column, value (and amount) it is about. */
export function diag(spec: DiagSpec, at: DiagAt): Diagnostic {
  const d: Diagnostic = {
    row: at.row,
    column: at.column,
    value: at.value,
    message: diagText(spec, at, "fr"),
    messageEn: diagText(spec, at, "en"),
    code: spec.code,
    severity: spec.severity,
  };
  if (at.amount !== undefined) d.amount = at.amount;
  if (at.args !== undefined) d.args = at.args;
  if (at.sheet !== undefined && at.row > 0) d.sheet = at.sheet;
  return d;
}
