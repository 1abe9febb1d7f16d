/**
 * CSV reader (SPEC 9): `;` `,` tab or `|` found from the header line, RFC 4180 quotes, UTF-8 with or
 * without BOM or Windows-1252 / ISO-8859-15, CRLF / LF / CR. Cells stay text; the engine reads them.
 */
import { diag } from "../../core/diagnostics";
import type { Diagnostic, RawTable } from "../../core/types";
import { findHeaderRow } from "../../core/header";
import {
  countLineBreaks,
  declaredSeparator,
  decodeText,
  detectSeparator,
  ENCODING_NAMES,
  firstContentIndex,
} from "./decode";
import { aboveHeader } from "./read-diagnostics";
import { READ_DIAG } from "./read-diagnostics";
import { ReadError } from "./read-error";

/** Options shared by the readers. */
export interface ReadOptions {
  /** Name shown in messages and the audit trail (the file's base name). */
  source?: string;
  /** Worksheet to read (xlsx only). */
  sheet?: string;
}

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/** Records of a delimited text, and where a quote was left open (record index, -1 if none). */
export interface Tokenized {
  records: string[][];
  unterminatedRecord: number;
}

/**
 * Splits delimited text into records of fields in one pass: RFC 4180 quotes (`""` escapes, line
 * breaks inside quotes), CRLF / LF / CR, lenient on stray quotes inside unquoted fields. Fields are
 * slices of the text (no per-character concatenation). No empty record after a final line break.
 */
export function tokenize(text: string, separator: string, start = 0): Tokenized {
  const sep = separator.charCodeAt(0);
  const n = text.length;
  const records: string[][] = [];
  let unterminatedRecord = -1;
  let row: string[] = [];
  let i = start;
  if (i >= n) return { records, unterminatedRecord };
  for (;;) {
    let field: string;
    if (text.charCodeAt(i) === QUOTE) {
      let j = i + 1;
      let escaped = false;
      let close = -1;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q < 0) break;
        if (text.charCodeAt(q + 1) === QUOTE) {
          escaped = true;
          j = q + 2;
          continue;
        }
        close = q;
        break;
      }
      if (close < 0) {
        field = text.slice(i + 1);
        unterminatedRecord = records.length;
        i = n;
      } else {
        field = text.slice(i + 1, close);
        i = close + 1;
      }
      if (escaped) field = field.replace(/""/g, '"');
      // Text after the closing quote up to the separator is kept as written (lenient, like Excel).
      const k = endOfField(text, i, sep);
      if (k > i) {
        field += text.slice(i, k);
        i = k;
      }
    } else {
      const k = endOfField(text, i, sep);
      field = text.slice(i, k);
      i = k;
    }
    row.push(field);
    if (i >= n) {
      records.push(row);
      break;
    }
    const c = text.charCodeAt(i);
    if (c === sep) {
      i++;
      if (i >= n) {
        row.push("");
        records.push(row);
        break;
      }
      continue;
    }
    records.push(row);
    row = [];
    i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
    if (i >= n) break;
  }
  return { records, unterminatedRecord };
}

/** Index of the separator or line break that ends the unquoted field starting at `i`. */
function endOfField(text: string, i: number, sep: number): number {
  const n = text.length;
  let k = i;
  while (k < n) {
    const c = text.charCodeAt(k);
    if (c === sep || c === LF || c === CR) break;
    k++;
  }
  return k;
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
  const { text, encoding } = decodeText(data);
  let start = firstContentIndex(text);
  if (start >= text.length) throw emptyFile(source);
  // Excel writes a "sep=;" line first in some exports: it declares the separator.
  const declared = declaredSeparator(text, start);
  if (declared) start = declared.next + firstContentIndex(text.slice(declared.next));
  if (start >= text.length) throw emptyFile(source);
  const separator = declared ? declared.separator : detectSeparator(text, start);
  const { records: all, unterminatedRecord: unterminatedAll } = tokenize(text, separator, start);
  while (all.length > 1 && isBlankRecord(all[all.length - 1])) all.pop();

  // A title or notes above the header: the header is the first line naming a date and an amount.
  const skip = Math.max(0, findHeaderRow(all));
  const records = all.slice(skip);
  const unterminatedRecord = unterminatedAll >= skip ? unterminatedAll - skip : -1;
  const headerRow = countLineBreaks(text, 0, start) + 1 + skip;
  const headers = records[0].map((h) => h.trim());
  const rows = records.slice(1);
  const firstRow = headerRow + 1;
  const diagnostics: Diagnostic[] = [];
  if (skip > 0) diagnostics.push(aboveHeader(all.slice(0, skip), headerRow - skip, headerRow));
  if (encoding !== "utf-8") {
    diagnostics.push(
      diag(READ_DIAG.encoding, {
        row: 0,
        column: "",
        value: "",
        args: { encoding: ENCODING_NAMES[encoding] },
      }),
    );
  }
  const expected = headers.length;
  for (let r = 0; r < rows.length; r++) {
    const cells = rows[r];
    if (cells.length <= expected || cells.slice(expected).every((c) => c.trim() === "")) continue;
    diagnostics.push(
      diag(READ_DIAG.extraFields, {
        row: firstRow + r,
        column: "",
        value: cells.join(separator),
        args: { count: cells.length, expected, sep: separatorName(separator) },
      }),
    );
  }
  if (unterminatedRecord >= 0) {
    diagnostics.push(
      diag(READ_DIAG.unterminatedQuote, { row: headerRow + unterminatedRecord, column: "", value: "" }),
    );
  }
  const table: RawTable = { headers, rows, firstRow, source };
  if (diagnostics.length > 0) table.readDiagnostics = diagnostics;
  return table;
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
