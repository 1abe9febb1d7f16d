/**
 * Diagnostics of the file readers as data: code and severity; their texts are in the message
 * catalogue (src/i18n, key = the code or `text`), filled by core `diag`.
 */
import { cellText } from "../../core/cells";
import { diag, type DiagSpec } from "../../core/diagnostics";
import type { CellValue, Diagnostic } from "../../core/types";

/** The readers' diagnostics: code, severity, catalogue text when it is not the code. */
export const READ_DIAG = {
  encoding: { code: "encoding", severity: "info" },
  unterminatedQuote: { code: "unterminated_quote", severity: "warning" },
  straySeparatorFixed: { code: "row_rebuilt", severity: "warning", text: "stray_separator_fixed" },
  strayDecimalComma: { code: "row_rebuilt", severity: "warning", text: "stray_decimal_comma" },
  straySeparatorUnusable: { code: "row_unusable", severity: "error", text: "stray_separator_unusable" },
  straySeparatorUnusableAmount: {
    code: "row_unusable",
    severity: "error",
    text: "stray_separator_unusable_amount",
  },
  lineBreakJoined: { code: "row_rebuilt", severity: "warning", text: "line_break_joined" },
  missingFields: { code: "missing_fields", severity: "error" },
  formulaWithoutValue: { code: "formula_without_value", severity: "warning" },
  encodingMismatch: { code: "encoding_mismatch", severity: "warning" },
  /** A UTF-8 file's stray bytes, read as Windows-1252 (mixed-utf8.ts). */
  encodingStrayBytes: { code: "encoding_mismatch", severity: "warning", text: "encoding_stray_bytes" },
  aboveHeader: { code: "above_header", severity: "info" },
  otherSheets: { code: "other_sheets", severity: "warning" },
  summarySheets: { code: "summary_sheets", severity: "info" },
  periodSheets: { code: "period_sheets", severity: "info" },
  toDateSheets: { code: "to_date_sheets", severity: "info" },
  creditNoteSheets: { code: "period_sheets", severity: "info", text: "credit_note_sheets" },
  otherPeriodSheets: { code: "other_sheets", severity: "warning", text: "other_period_sheets" },
  otherSheetsTogether: { code: "other_sheets", severity: "warning", text: "other_sheets_together" },
  otherSheetsToDate: { code: "other_sheets", severity: "warning", text: "other_sheets_to_date" },
  twoRowHeader: { code: "two_row_header", severity: "info" },
  formulaTotalRows: { code: "formula_total_rows", severity: "info" },
  hiddenRows: { code: "hidden_rows", severity: "info" },
  sheetMonthDays: { code: "sheet_month_days", severity: "info" },
} as const satisfies Record<string, DiagSpec>;

/** The info diagnostic for title/notes rows found above the header row (their text, shortened). */
export function aboveHeader(
  rows: readonly (readonly CellValue[])[],
  first: number,
  headerRow: number,
): Diagnostic {
  const text = rows
    .map((r) =>
      r
        .map((c) => cellText(c).trim())
        // A merged title repeats its text in every cell it spans: said once.
        .filter((t, i, all) => t !== "" && t !== all[i - 1])
        .join(" "),
    )
    .filter((t) => t !== "")
    .join(" / ");
  return diag(READ_DIAG.aboveHeader, {
    row: headerRow,
    column: "",
    value: text.length > 120 ? `${text.slice(0, 117)}...` : text,
    args: { first, last: headerRow - 1 },
  });
}

/**
 * The info diagnostic for a header written on two rows (core twoRowHeader): the row below the
 * header names the columns ("Montant" over "Débit | Crédit"); the data starts after it.
 */
export function twoRowHeaderNote(
  top: readonly CellValue[],
  headers: readonly string[],
  headerRow: number,
): Diagnostic {
  const read = headers.filter((h, c) => h !== "" && h !== cellText(top[c]).trim());
  return diag(READ_DIAG.twoRowHeader, {
    row: headerRow + 1,
    column: "",
    value: read.join(", "),
    args: { first: headerRow, last: headerRow + 1, next: headerRow + 2 },
  });
}
