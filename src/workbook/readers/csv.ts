/**
 * CSV reader (SPEC 9): `;` `,` tab or `|` found from the header line, RFC 4180 quotes, UTF-8 with or
 * without BOM or Windows-1252 / ISO-8859-15, CRLF / LF / CR. Cells stay text; the engine reads them.
 */
import { diag } from "../../core/diagnostics";
import type { Diagnostic, MappingOverrides, RawTable } from "../../core/types";
import { findHeaderRow, headerRowOf, HEADER_SEARCH_ROWS, titleRows, twoRowHeader } from "../../core/header";
import {
  countLineBreaks,
  DECLARED_SEPARATOR_CHARS,
  declaredSeparator,
  decodeText,
  detectSeparator,
  encodingNotice,
  mismatchNotice,
  firstContentIndex,
  type Separator,
} from "./decode";
import { aboveHeader, READ_DIAG, twoRowHeaderNote } from "./read-diagnostics";
import { ReadError } from "./read-error";
import { csvRowFixer } from "./rebuild";
import { CsvScanner, type Tokenized } from "./scan";

/** Options shared by the readers. */
export interface ReadOptions {
  /** Name shown in messages and the audit trail (the file's base name). */
  source?: string;
  /** Worksheet to read (xlsx only). */
  sheet?: string;
  /** The user's column overrides (`--map`): which columns hold dates and amounts when a CSV row is rebuilt. */
  mapping?: MappingOverrides;
}

export type { Tokenized } from "./scan";

/**
 * Splits delimited text into records of fields in one pass: RFC 4180 quotes (`""` escapes, line
 * breaks inside quotes), CRLF / LF / CR, lenient on stray quotes inside unquoted fields. With
 * `final` false the text is a file's beginning: a record it may end inside of is left out and
 * `end` says where it starts. One CsvScanner does it (the streaming reader keeps one per file).
 */
export function tokenize(text: string, separator: string, start = 0, final = true): Tokenized {
  return new CsvScanner(separator).scan(text, start, final);
}

/** True for a record with nothing but empty (or blank) fields. */
export function isBlankRecord(r: readonly string[]): boolean {
  for (const f of r) if (f.trim() !== "") return false;
  return true;
}

/**
 * Reads a CSV file into a RawTable: header = first non-blank line (trimmed), data rows as strings
 * ("" for empty), trailing blank lines dropped, firstRow = the line after the header (2 normally).
 * Throws ReadError "empty_file" when there is no header.
 */
export function readCsv(data: Uint8Array, opts: ReadOptions = {}): RawTable {
  const source = opts.source ?? "csv";
  const { text, encoding, mismatchAt } = decodeText(data);
  const head = readCsvHead(text, source, true);
  const { headers, rows, separator } = head;
  while (rows.length > 0 && isBlankRecord(rows[rows.length - 1])) rows.pop();
  const firstRow = head.headerRow + 1;
  const diagnostics: Diagnostic[] = [];
  if (head.aboveHeader) diagnostics.push(head.aboveHeader);
  if (head.twoRows) diagnostics.push(head.twoRows);
  const notice = encodingNotice(encoding);
  if (notice) diagnostics.push(notice);
  if (mismatchAt !== undefined) diagnostics.push(mismatchNotice(encoding, mismatchAt));
  // Rows with more fields than headers: rebuilt or diagnosed unusable (SPEC 2.2).
  const fixer = csvRowFixer(headers, separator, opts.mapping);
  for (let r = 0; r < rows.length; r++) rows[r] = fixer.fix(rows[r], firstRow + r, diagnostics);
  if (head.unterminatedRow >= 0) diagnostics.push(unterminatedQuote(head.unterminatedRow));
  const table: RawTable = { headers, rows, firstRow, source };
  if (diagnostics.length > 0) table.readDiagnostics = diagnostics;
  if (head.titles.length > 0) table.titles = head.titles;
  return table;
}

/** Where the table of a CSV text starts, and the records read after its header. */
export interface CsvHead {
  separator: Separator;
  /** Header texts, trimmed. */
  headers: string[];
  /** Row the user sees for the header (after blank lines and title rows; Excel's sep= line is not shown). */
  headerRow: number;
  /** The above_header info when title rows were skipped, else null. */
  aboveHeader: Diagnostic | null;
  /** The text rows above the header (RawTable.titles), one string a row. */
  titles: string[];
  /** The two_row_header info when the header is written on two rows (headerRow is the second), else null. */
  twoRows: Diagnostic | null;
  /** Records after the header (trailing blank ones included), row headerRow + 1 onwards. */
  rows: string[][];
  /** Row of the record whose quote is never closed, -1 when none. */
  unterminatedRow: number;
  /** Where the text not split into records starts (text.length for a complete text). */
  end: number;
}

/**
 * Locates the table in a CSV text as readCsv reads it: first non-blank line, Excel's "sep=" line
 * (not counted in row numbers: Excel hides it), the separator, title rows above the header (core
 * findHeaderRow). With `complete` false the text
 * is a file's beginning (streaming): null while more text could change the answer. Throws
 * ReadError "empty_file" when a complete text has no header.
 */
export function readCsvHead(text: string, source: string, complete: true): CsvHead;
export function readCsvHead(text: string, source: string, complete: boolean): CsvHead | null;
export function readCsvHead(text: string, source: string, complete: boolean): CsvHead | null {
  let start = firstContentIndex(text);
  if (start >= text.length) return needMore(complete, source);
  if (!complete && text.length - start < DECLARED_SEPARATOR_CHARS) return null;
  // Excel writes a "sep=;" line first in some exports: it declares the separator.
  const declared = declaredSeparator(text, start);
  if (declared) start = declared.next + firstContentIndex(text.slice(declared.next));
  if (start >= text.length) return needMore(complete, source);
  const separator = declared ? declared.separator : detectSeparator(text, start, complete);
  if (separator === null) return null;
  const { records, unterminatedRecord, end } = tokenize(text, separator, start, complete);
  if (records.length === 0) return needMore(complete, source);

  // A title or notes above the header: the header is the first line naming a date and an amount.
  const found = findHeaderRow(records);
  if (found < 0 && !complete && records.length < HEADER_SEARCH_ROWS) return null;
  const skip = found >= 0 ? found : headerRowOf(records);
  // A header on two rows (Excel's merged "Montant" over "Débit | Crédit") needs the row below it.
  if (!complete && records.length < skip + 2) return null;
  const sub = twoRowHeader(records[skip], records[skip + 1]);
  const last = sub === null ? skip : skip + 1;
  // Excel hides the sep= line: it is not a row the user sees (SPEC 2.2: the header is row 1).
  const headerRow = countLineBreaks(text, 0, start) + 1 + skip - (declared ? 1 : 0);
  return {
    separator,
    headers: sub ?? records[skip].map((h) => h.trim()),
    headerRow: headerRow + last - skip,
    aboveHeader: skip > 0 ? aboveHeader(records.slice(0, skip), headerRow - skip, headerRow) : null,
    titles: titleRows(records.slice(0, skip)),
    twoRows: sub === null ? null : twoRowHeaderNote(records[skip], sub, headerRow),
    rows: records.slice(last + 1),
    unterminatedRow: unterminatedRecord >= last ? headerRow + unterminatedRecord - skip : -1,
    end,
  };
}

/** null (wait for more text) or, on a complete text, the empty_file error. */
function needMore(complete: boolean, source: string): null {
  if (complete) throw emptyFile(source);
  return null;
}

/** The warning for a quote never closed: the rest of the file was read as one value. */
export function unterminatedQuote(row: number): Diagnostic {
  return diag(READ_DIAG.unterminatedQuote, { row, column: "", value: "" });
}

/** A separator as messages show it (a tab is invisible). */
export function separatorName(sep: string): string {
  return sep === "\t" ? "tabulation" : sep;
}

/** ReadError for a file with no header line. */
export function emptyFile(source: string): ReadError {
  return new ReadError(
    "empty_file",
    `le fichier « ${source} » est vide (aucune ligne d'en-tête)`,
    `the file "${source}" is empty (no header line)`,
    { source },
  );
}
