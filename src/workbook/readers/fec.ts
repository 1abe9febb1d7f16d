/**
 * FEC reader (fichier des écritures comptables, SPEC 9): tab, `|`, `;` or `,` separators; 18 columns
 * (BIC/IS), 21–22 (BNC) or the Montant/Sens variant; the CSV encodings and line endings. A line with
 * a stray separator inside a label is diagnosed, never shifted silently into the next column.
 */
import { diag } from "../../core/diagnostics";
import { normalizeText } from "../../core/text";
import type { Diagnostic, RawTable } from "../../core/types";
import { emptyFile, separatorName, type ReadOptions } from "./csv";
import {
  countLineBreaks,
  decodeText,
  detectSeparator,
  encodingNotice,
  mismatchNotice,
  firstContentIndex,
  type Separator,
} from "./decode";
import { READ_DIAG } from "./read-diagnostics";
import { RowSink, type CutLineMender } from "./stream-rows";

/** What a FEC column must look like; used to tell where a stray separator went. */
export type FieldCheck = (v: string) => boolean;

const DATE_RE = /^(\d{8}|\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4})([ T]\d{1,2}:\d{2}(:\d{2})?)?$/;
const AMOUNT_RE = /^[-+(]?[\d \u00a0\u202f.,]*\d[\d \u00a0\u202f.,]*[-+)]?$/;
const DIRECTION_RE = /^(d|c|debit|credit|débit|crédit|\+?1|-1)$/i;
const ACCOUNT_RE = /^\d[0-9A-Za-z]*$/;
const CURRENCY_RE = /^[A-Za-z]{3}$/;

const optional =
  (re: RegExp): FieldCheck =>
  (v) => {
    const t = v.trim();
    return t === "" || re.test(t);
  };
const required =
  (re: RegExp): FieldCheck =>
  (v) =>
    re.test(v.trim());

/** Format of the FEC columns that have one (normalised names); other columns take any text. */
const FEC_CHECKS: Readonly<Record<string, FieldCheck>> = {
  ecrituredate: required(DATE_RE),
  comptenum: required(ACCOUNT_RE),
  piecedate: optional(DATE_RE),
  debit: optional(AMOUNT_RE),
  credit: optional(AMOUNT_RE),
  montant: optional(AMOUNT_RE),
  sens: required(DIRECTION_RE),
  datelet: optional(DATE_RE),
  validdate: optional(DATE_RE),
  montantdevise: optional(AMOUNT_RE),
  idevise: optional(CURRENCY_RE),
  daterglt: optional(DATE_RE),
};

/** Free-text columns where a stray separator may hide, most likely first. */
const TEXT_COLUMNS = [
  "ecriturelib",
  "comptelib",
  "compauxlib",
  "journallib",
  "pieceref",
  "moderglt",
  "natop",
];

/**
 * Reads a FEC text file into a RawTable of strings. Lines with more fields than the header are
 * rebuilt (warning) when exactly one free-text column can absorb the surplus with every other column
 * keeping its format, otherwise diagnosed as unusable (error) and left as read; lines with fewer
 * fields are diagnosed as unusable. Diagnostics go to readDiagnostics.
 */
export function readFec(data: Uint8Array, opts: ReadOptions = {}): RawTable {
  const source = opts.source ?? "fec";
  const { text, encoding, mismatchAt } = decodeText(data);
  const { start, separator, headerRow } = locateFecHeader(text, source, true);
  const lines = text.slice(start).split(LINE_BREAK);
  while (lines.length > 1 && lines[lines.length - 1].trim() === "") lines.pop();

  const layout = fecLayout(lines[0], separator);
  const diagnostics: Diagnostic[] = [];
  const notice = encodingNotice(encoding);
  if (notice) diagnostics.push(notice);
  if (mismatchAt !== undefined) diagnostics.push(mismatchNotice(encoding, mismatchAt));
  const firstRow = headerRow + 1;
  // One chunk of every line, as the streaming readers gather them (cut entries mended alike).
  const sink = new RowSink<string>(
    { headers: layout.headers, firstRow, source },
    Math.max(1, lines.length - 1),
    diagnostics,
    (l) => l.trim() === "",
    (l, row, d) => readFecLine(l, row, layout, d),
    linesMender(layout, (l) => l.split(separator)),
  );
  for (let r = 1; r < lines.length; r++) sink.push(lines[r], firstRow + r - 1);
  sink.end();
  const [table] = sink.drain();
  return table;
}

/** A line break of a FEC: CRLF, LF or CR. */
export const LINE_BREAK = /\r\n|\n|\r/;

/** Where a FEC's header line starts, its separator and the row the user sees for it. */
export interface FecStart {
  start: number;
  separator: Separator;
  headerRow: number;
}

/**
 * Locates the header line of a FEC text: the first non-blank line, its separator. With `complete`
 * false the text is a file's beginning (streaming): null while more text could change the answer.
 * Throws ReadError "empty_file" when a complete text has no header.
 */
export function locateFecHeader(text: string, source: string, complete: true): FecStart;
export function locateFecHeader(text: string, source: string, complete: boolean): FecStart | null;
export function locateFecHeader(text: string, source: string, complete: boolean): FecStart | null {
  const start = firstContentIndex(text);
  if (start >= text.length) {
    if (complete) throw emptyFile(source);
    return null;
  }
  const separator = detectSeparator(text, start, complete);
  if (separator === null) return null;
  return { start, separator, headerRow: countLineBreaks(text, 0, start) + 1 };
}

/** A FEC's columns and what its lines are checked against, from the header line. */
export interface FecLayout {
  headers: string[];
  separator: string;
  /** Empty last headers left by a separator at the end of the header line (not columns). */
  trailingSeparators: number;
  checks: readonly (FieldCheck | undefined)[];
  /** Free-text columns where a stray separator may hide, most likely first. */
  textCols: readonly number[];
}

/** The layout of a FEC from its header line (fields unquoted and trimmed, trailing empty ones dropped). */
export function fecLayout(headerLine: string, separator: string): FecLayout {
  const headers = headerLine.split(separator).map((h) => unquote(h).trim());
  // A separator at the end of every line leaves empty last headers: not columns.
  let trailingSeparators = 0;
  while (headers.length > 1 && headers[headers.length - 1] === "") {
    headers.pop();
    trailingSeparators++;
  }
  const norm = headers.map(normalizeText);
  return {
    headers,
    separator,
    trailingSeparators,
    checks: norm.map((h) => FEC_CHECKS[h]),
    textCols: TEXT_COLUMNS.map((c) => norm.indexOf(c)).filter((i) => i >= 0),
  };
}

/**
 * The fields of one FEC data line (user row `row`), with its stray-separator or missing-field
 * diagnostic pushed onto `diagnostics`: the per-line logic readFec and the streaming reader share.
 * `split` gives what line.split(separator) gives (the streaming reader's interns repeated values).
 */
export function readFecLine(
  line: string,
  row: number,
  layout: FecLayout,
  diagnostics: Diagnostic[],
  split: (line: string, separator: string) => string[] = (l, sep) => l.split(sep),
): string[] {
  return readFecFields(split(line, layout.separator), row, layout, diagnostics, () => line);
}

/**
 * readFecLine on a line already split (`raw`: what line.split(separator) gives, left unchanged);
 * `line` gives the line's text, for diagnostics only (the byte reader joins the fields back).
 */
export function readFecFields(
  raw: string[],
  row: number,
  layout: FecLayout,
  diagnostics: Diagnostic[],
  lineOf: () => string,
): string[] {
  const { headers, separator, checks, textCols } = layout;
  const expected = headers.length;
  let fields = raw;
  for (let k = 0; k < raw.length; k++) {
    const u = unquote(raw[k]);
    if (u === raw[k]) continue;
    if (fields === raw) fields = raw.slice();
    fields[k] = u;
  }
  if (layout.trailingSeparators > 0 && fields.length > expected)
    fields = dropTrailingEmpty(fields, expected, layout.trailingSeparators);
  if (fields.length > expected) {
    const trimmed = dropTrailingEmpty(fields, expected, fields.length - expected);
    // Only empty fields after the last column, every column in its format: a trailing separator.
    const trailingOnly = trimmed.length === expected && fitsChecks(trimmed, checks);
    const fix = trailingOnly ? null : rebuild(fields, expected, separator, checks, textCols);
    const sepName = separatorName(separator);
    if (trailingOnly) {
      fields = trimmed;
    } else if (fix) {
      fields = fix.fields;
      diagnostics.push(
        diag(READ_DIAG.straySeparatorFixed, {
          row,
          column: headers[fix.col],
          value: lineOf(),
          args: { sep: sepName, fixed: fields[fix.col] },
        }),
      );
    } else {
      diagnostics.push(
        diag(READ_DIAG.straySeparatorUnusable, {
          row,
          column: headers[textCols[0] ?? expected - 1],
          value: lineOf(),
          args: { sep: sepName, count: fields.length, expected },
        }),
      );
    }
  } else if (fields.length < expected && lineOf().trim() !== "") {
    diagnostics.push(
      diag(READ_DIAG.missingFields, {
        row,
        column: "",
        value: lineOf(),
        args: { count: fields.length, expected },
      }),
    );
  }
  return fields;
}

/** Lines one FEC entry may be cut into by line breaks inside its text fields. */
const MAX_CUT_LINES = 4;

/** The mender over lines split into fields (the byte reader's records, readFec's split lines). */
export function fieldsMender(layout: FecLayout): CutLineMender<string[]> {
  const expected = layout.headers.length;
  const cutAt = (fields: readonly string[]): boolean =>
    fields.length < expected && layout.textCols.includes(fields.length - 1);
  return {
    cut: (fields) => fields.length > 1 && cutAt(fields),
    join(held, next, pieces) {
      if (pieces >= MAX_CUT_LINES || next.length === 0) return null;
      const item = [...held.slice(0, -1), `${held[held.length - 1]}\n${next[0]}`, ...next.slice(1)];
      if (item.length < expected) return cutAt(item) ? { item, whole: false } : null;
      const probe: Diagnostic[] = [];
      const fields = readFecFields(item, 0, layout, probe, () => "");
      return probe.length === 0 && fitsChecks(fields, layout.checks) ? { item, whole: true } : null;
    },
    blank: [""],
    joined(item, row, last) {
      const probe: Diagnostic[] = [];
      const fields = readFecFields(item, row, layout, probe, () => "");
      const col = fields.findIndex((f) => f.includes("\n"));
      return diag(READ_DIAG.lineBreakJoined, {
        row,
        column: layout.headers[col] ?? "",
        value: fields[col] ?? "",
        args: { last, fixed: (fields[col] ?? "").replace(/\n/g, " ") },
      });
    },
  };
}

/** The mender over lines of text (the text reader's), through fieldsMender on their split fields. */
export function linesMender(layout: FecLayout, split: (line: string) => string[]): CutLineMender<string> {
  const m = fieldsMender(layout);
  const sep = layout.separator;
  return {
    // Counting separators first: a whole line is not split twice.
    cut: (line) => separators(line, sep) < layout.headers.length - 1 && m.cut(split(line)),
    join(held, next, pieces) {
      const j = m.join(split(held), split(next), pieces);
      return j === null ? null : { item: `${held}\n${next}`, whole: j.whole };
    },
    blank: "",
    joined: (line, row, last) => m.joined(split(line), row, last),
  };
}

function separators(line: string, sep: string): number {
  let n = 0;
  for (let i = line.indexOf(sep); i >= 0; i = line.indexOf(sep, i + 1)) n++;
  return n;
}

/** A field written between double quotes, unquoted ("" → "); other fields as they are. */
function unquote(f: string): string {
  if (f.length >= 2 && f.charCodeAt(0) === 0x22 && f.charCodeAt(f.length - 1) === 0x22) {
    return f.slice(1, -1).replace(/""/g, '"');
  }
  return f;
}

/**
 * Joins the surplus fields back into one free-text column. Accepted only when exactly one candidate
 * column gives a line where every column with a format (dates, account, amounts, Sens) keeps it.
 */
function rebuild(
  fields: readonly string[],
  expected: number,
  separator: string,
  checks: readonly (FieldCheck | undefined)[],
  textCols: readonly number[],
): { fields: string[]; col: number } | null {
  const surplus = fields.length - expected;
  const valid: { fields: string[]; col: number }[] = [];
  for (const col of textCols) {
    const pieces = fields.slice(col, col + surplus + 1);
    if (!plausibleSplit(pieces, separator)) continue;
    const joined = pieces.join(separator);
    const candidate = [...fields.slice(0, col), joined, ...fields.slice(col + surplus + 1)];
    if (fitsChecks(candidate, checks)) valid.push({ fields: candidate, col });
  }
  return valid.length === 1 ? valid[0] : null;
}

/**
 * Whether pieces can be one value cut by stray separators: text on both ends ("Vente | lot 2"), and
 * with "," no all-digit piece (that is a decimal comma cut, "1200,50", not a label).
 */
function plausibleSplit(pieces: readonly string[], separator: string): boolean {
  if (pieces[0].trim() === "" || pieces[pieces.length - 1].trim() === "") return false;
  return separator !== "," || !pieces.some((p) => /^\s*\d+\s*$/.test(p));
}

/** True when every column with a format (dates, account, amounts, Sens) has a value in it. */
function fitsChecks(fields: readonly string[], checks: readonly (FieldCheck | undefined)[]): boolean {
  return checks.every((check, i) => check === undefined || check(fields[i] ?? ""));
}

/** Removes up to `max` empty fields from the end, never below `expected` fields. */
function dropTrailingEmpty(fields: string[], expected: number, max: number): string[] {
  let end = fields.length;
  while (end > expected && fields.length - end < max && fields[end - 1].trim() === "") end--;
  return end === fields.length ? fields : fields.slice(0, end);
}
