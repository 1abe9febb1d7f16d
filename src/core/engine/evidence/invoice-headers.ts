/**
 * Exports listing each invoice's header row (its total) above its lines, a column saying which row is
 * which: NetSuite's saved searches (`Main Line`: `*` on the invoice's main line, empty on its items),
 * ERP sales documents (`Type ligne`: `Entête` / `Ligne`). Summed as written, every invoice counts
 * twice. Proven from the column: its header names such a marker (MARKER_HEADERS) and every value
 * reads as a header or a line (a nature column's values too, when they are words: `En-tête` /
 * `Détail`), both found (or an earlier chunk proved the column). The lines count; the header rows
 * are set apart (invoice_header_rows note). Each header's amount is checked against the sum of its
 * lines (the rows after it up to the next header, of its invoice number): one that differs (a main
 * line carrying the tax, lines missing from the export) is said (invoice_header_off warning).
 * A point of sale's receipts (Lightspeed X-Series' `Line Type`: `Sale` the receipt's total, `Product`
 * its lines, `Payment` its tenders) are read so too: the tenders, money received, are set apart as
 * well (invoice_tender_rows note), never in the header's check.
 */
import Decimal from "decimal.js";
import { cellText, isBlank } from "../../cells";
import { diag, DIAG } from "../../diagnostics";
import { normalizeText } from "../../text";
import { rowNumberOf, type Diagnostic, type Mapping, type RawTable } from "../../types";
import { lineContribution } from "../lines";
import type { EngineResult } from "../result";
import type { HeaderStream, OpenHeader } from "./header-stream";

export type { HeaderStream, OpenHeader } from "./header-stream";

/** What a marker column's header says it holds: a main-line flag (`*` / empty) or a line type. */
type MarkerKind = "flag" | "type";

/** Headers of a marker column (normalizeText's). */
const MARKER_HEADERS: ReadonlyMap<string, MarkerKind> = new Map([
  ["main line", "flag"],
  ["mainline", "flag"],
  ["is main line", "flag"],
  ["ligne principale", "flag"],
  ["type ligne", "type"],
  ["type de ligne", "type"],
  ["type lignes", "type"],
  ["line type", "type"],
  ["niveau", "type"],
  ["niveau ligne", "type"],
  ["niveau de ligne", "type"],
  ["line level", "type"],
  ["row type", "type"],
  ["record type", "type"],
  ["type enregistrement", "type"],
  ["type d enregistrement", "type"],
]);

/** A marker cell's reading: the invoice's header row, or one of its lines. */
type Mark = "header" | "line";

/** A line type's reading: a mark, or a receipt's tender (its payment, no sale). */
type RowMark = Mark | "tender";

/** A main-line flag's values (a blank cell is a line): `*` is NetSuite's, read before normalizing. */
const FLAG_VALUES: ReadonlyMap<string, Mark> = new Map([
  ["*", "header"],
  ["x", "header"],
  ["yes", "header"],
  ["oui", "header"],
  ["true", "header"],
  ["vrai", "header"],
  ["no", "line"],
  ["non", "line"],
  ["false", "line"],
  ["faux", "line"],
]);

/** A line type's words: proof under any header (a nature column's `En-tête` / `Détail`). */
const TYPE_WORDS: ReadonlyMap<string, Mark | "tender"> = new Map([
  ["entete", "header"],
  ["en tete", "header"],
  ["entete de piece", "header"],
  ["entete document", "header"],
  ["header", "header"],
  ["ligne", "line"],
  ["lignes", "line"],
  ["ligne article", "line"],
  ["ligne de detail", "line"],
  ["detail", "line"],
  ["line", "line"],
  ["item", "line"],
  ["article", "line"],
]);

/**
 * A line type's one-letter codes (E / L, H / D) and a point of sale's receipt rows (Lightspeed
 * X-Series: `Sale` its total, `Product` its lines, `Payment` its tenders): only under a marker header.
 */
const TYPE_CODES: ReadonlyMap<string, RowMark> = new Map([
  ["e", "header"],
  ["h", "header"],
  ["l", "line"],
  ["d", "line"],
  ["sale", "header"],
  ["product", "line"],
  ["payment", "tender"],
]);

/** The values a column may hold, by what its header says (null: a nature column, words only). */
function valuesOf(kind: MarkerKind | null): (text: string) => RowMark | undefined {
  if (kind === "flag") return (t) => FLAG_VALUES.get(t) ?? FLAG_VALUES.get(normalizeText(t));
  return (t) => {
    const n = normalizeText(t);
    return TYPE_WORDS.get(n) ?? (kind === "type" ? TYPE_CODES.get(n) : undefined);
  };
}

/** The marker column a table proved (its header) and its header rows. */
export interface HeaderMarks {
  header: string;
  col: number;
  rows: Set<number>;
  /** A receipt's tender rows (`Payment`): set apart, never a header's line. */
  tenders: Set<number>;
}

/**
 * The header rows of the table's marker column; null when no column proves it. `prior`: the header
 * of the column an earlier chunk proved (this chunk's rows need not show both values).
 */
export function headerMarks(table: RawTable, map: Mapping, prior?: string): HeaderMarks | null {
  const named = table.headers.map((h) => MARKER_HEADERS.get(normalizeText(String(h ?? ""))) ?? null);
  const taken = new Set(
    Object.entries(map).flatMap(([f, c]) => (f === "kind" || f === "doc_type" ? [] : [c])),
  );
  const cols = named.flatMap((k, c) => (k !== null && !taken.has(c) ? [c] : []));
  if (map.kind !== undefined && named[map.kind] === null) cols.push(map.kind);
  for (const col of cols) {
    const header = table.headers[col] ?? "";
    if (prior !== undefined && header !== prior) continue;
    const rows = marked(table, col, valuesOf(named[col]), prior !== undefined);
    if (rows !== null) return { header, col, ...rows };
  }
  return null;
}

/**
 * Rows of column `col` read as headers (and tenders), when every value reads and both a header and
 * a line occur (or `proven`).
 */
function marked(
  table: RawTable,
  col: number,
  read: (t: string) => RowMark | undefined,
  proven: boolean,
): { rows: Set<number>; tenders: Set<number> } | null {
  const rows = new Set<number>();
  const tenders = new Set<number>();
  const memo = new Map<string, RowMark | undefined>();
  let line = false;
  for (let i = 0; i < table.rows.length; i++) {
    const row = table.rows[i];
    if (row === undefined || table.notLines?.has(i) || row.every(isBlank)) continue;
    const text = cellText(row[col]).trim();
    if (text === "") {
      line = true;
      continue;
    }
    if (!memo.has(text)) memo.set(text, read(text));
    const mark = memo.get(text);
    if (mark === undefined) return null;
    if (mark === "header") rows.add(i);
    else if (mark === "tender") tenders.add(i);
    else line = true;
  }
  // Proven by an earlier chunk, a chunk of lines only keeps the column (its first lines may close a header).
  return proven || (rows.size > 0 && line) ? { rows, tenders } : null;
}

/** The header rows set apart, their diagnostics, and the header still open at the end of a chunk. */
export interface InvoiceHeaders {
  rows: Set<number>;
  diagnostics: Diagnostic[];
  stream?: HeaderStream;
}

/** The headers whose amount differs from their lines' sum: how many and the first. */
class Offs {
  count = 0;
  first: OpenHeader | null = null;

  check(h: OpenHeader | undefined): void {
    if (h === undefined || new Decimal(h.written).eq(h.lines)) return;
    this.count++;
    this.first ??= h;
  }

  said(): Diagnostic[] {
    return this.first === null ? [] : [offDiagnostic(this.first, this.count)];
  }
}

/** The invoice_header_off warning of header `h`, `count` headers so. */
export function offDiagnostic(h: OpenHeader, count: number): Diagnostic {
  const written = new Decimal(h.written).toFixed(2);
  const lines = new Decimal(h.lines).toFixed(2);
  return diag(DIAG.invoiceHeaderOff, {
    row: h.row,
    column: h.column,
    value: h.value,
    args: { invoice: h.invoice, written, lines, count },
  });
}

/**
 * The header rows of a first pass to set apart, said; each header's amount checked against its lines'
 * contributions. `stream` (a streamed file): the header open at the end of the previous chunk, and
 * the one open at this chunk's end is left open for the next; read whole, it is checked here.
 */
export function invoiceHeaderRows(
  first: EngineResult,
  table: RawTable,
  map: Mapping,
  marks: HeaderMarks,
  stream?: HeaderStream,
): InvoiceHeaders {
  const amountCol = map.amount;
  const column = amountCol === undefined ? "" : (table.headers[amountCol] ?? "");
  const idOf = (i: number): string => (map.id === undefined ? "" : cellText(table.rows[i]?.[map.id]).trim());
  const offs = new Offs();
  let open = stream?.open;
  let sum = new Decimal(open?.lines ?? 0);
  const close = (): void => {
    if (open !== undefined) offs.check({ ...open, lines: sum.toString() });
    open = undefined;
  };
  for (let i = 0; i < table.rows.length; i++) {
    const row = table.rows[i];
    if (row === undefined || table.notLines?.has(i) || row.every(isBlank) || marks.tenders.has(i)) continue;
    if (!marks.rows.has(i)) {
      if (open !== undefined && idOf(i) !== open.invoice) close();
      if (open !== undefined) sum = sum.plus(lineContribution(first, i));
      continue;
    }
    close();
    sum = new Decimal(0);
    // A header the first pass did not count (not revenue, unreadable): nothing to check it against.
    if (first.lines.classification[i] < 0) continue;
    const value = amountCol === undefined ? "" : cellText(row[amountCol]);
    const written = lineContribution(first, i).toString();
    open = { row: rowNumberOf(table, i), column, value, invoice: idOf(i), written, lines: "0" };
  }
  const left = open === undefined ? undefined : { ...open, lines: sum.toString() };
  if (stream === undefined) offs.check(left);
  return {
    rows: marks.tenders.size === 0 ? marks.rows : new Set([...marks.rows, ...marks.tenders]),
    diagnostics: [...headerNote(table, marks), ...tenderNote(table, marks), ...offs.said()],
    ...(stream === undefined ? {} : { stream: left === undefined ? {} : { open: left } }),
  };
}

/** The invoice_header_rows note: the first header row (rows are found in order), how many. */
function headerNote(table: RawTable, marks: HeaderMarks): Diagnostic[] {
  const firstRow = marks.rows.values().next();
  if (firstRow.done === true) return [];
  const i = firstRow.value;
  return [
    diag(DIAG.invoiceHeaderRows, {
      row: rowNumberOf(table, i),
      column: marks.header,
      value: cellText(table.rows[i]?.[marks.col]),
      args: { count: marks.rows.size },
    }),
  ];
}

/** The invoice_tender_rows note: a receipt's tender rows set apart, the first and how many. */
function tenderNote(table: RawTable, marks: HeaderMarks): Diagnostic[] {
  const first = marks.tenders.values().next();
  if (first.done === true) return [];
  const i = first.value;
  return [
    diag(DIAG.invoiceTenderRows, {
      row: rowNumberOf(table, i),
      column: marks.header,
      value: cellText(table.rows[i]?.[marks.col]),
      args: { count: marks.tenders.size },
    }),
  ];
}
