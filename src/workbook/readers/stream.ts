/**
 * Streaming reader of table files (CSV and FEC of millions of lines) over their bytes, buffer by
 * buffer, given back as RawTables of a bounded number of rows, equal, once concatenated, to what
 * readTableFile reads (same headers, rows, row numbers and diagnostics). No Node module here: the
 * CLI gives it a file stream (streamTableFile in ./index), the task pane a browser File's stream.
 */
import { swappedDates } from "../../core/engine/evidence/swapped-dates";
import { detectMapping } from "../../core/fields";
import type { Diagnostic, RawTable } from "../../core/types";
import { readCsvHead, unterminatedQuote, type CsvHead, type ReadOptions } from "./csv";
import { concatBytes, portableByteText, type ByteText } from "./bytes";
import { encodingNotice, streamDecoder, type StreamDecoder } from "./decode";
import { baseName, fileKind, readerFor } from "./dispatch";
import { fecLayout, LINE_BREAK, linesMender, locateFecHeader, readFecLine } from "./fec";
import { readXlsxSheets } from "./xlsx";
import { CsvScanner, FieldSplitter } from "./scan";
import { byteReadable, csvByteChunks } from "./stream-bytes";
import { fecByteChunks } from "./stream-fec-bytes";
import { csvSink, DECODE_BYTES, encodingWatch, RowSink, rowsPerChunk, type TextSource } from "./stream-rows";

/** Options of streamTableFile and streamTableBytes. */
export interface StreamOptions extends ReadOptions {
  /** Data rows per chunk (default: 500 000 cells' worth, at most 100 000 rows; 27 777 for an 18-column FEC). */
  chunkRows?: number;
  /** Bytes read from disk at a time (default 4 MiB; tests use a few bytes to cut the file everywhere). */
  highWaterMark?: number;
  /** Split decoded text, not bytes (the path the byte reader is property-tested against). */
  textPath?: boolean;
}

/** A file to stream: its name (the extension picks the reader) and its bytes, buffer by buffer. */
export interface ByteSource {
  name: string;
  bytes: () => AsyncIterable<Uint8Array>;
  /** How byte ranges become strings (Node passes Buffer's fast slices; default: portableByteText). */
  text?: ByteText;
}

/** Bytes the encoding and the reader are decided from (the whole file when it is smaller). */
const SNIFF_BYTES = 1024 * 1024;

/**
 * Reads a table file's bytes in chunks: yields RawTables with the same headers, `chunkRows` data
 * rows each (default 500 000 cells' worth, at most 100 000 rows), correct user-visible row numbers (firstRow of the chunk, or
 * rowNumbers when not contiguous), the chunk's own readDiagnostics (file-level ones such as
 * encoding and above_header in the first chunk), source = file base name, and date1904 for xlsx.
 * .xlsx files are read whole (readXlsxSheets: the sheet readXlsx reads, with the other period sheets
 * of a workbook kept one period a sheet, each chunk naming its sheet) and yielded as chunks of
 * their rows. Memory stays bounded by
 * a chunk and a buffer, whatever the file size.
 */
export async function* streamTableBytes(
  file: ByteSource,
  opts: StreamOptions = {},
): AsyncGenerator<RawTable> {
  const kind = fileKind(file.name);
  const source = baseName(file.name);
  const chunkRows = opts.chunkRows;
  if (kind === "xlsx") {
    const parts: Uint8Array[] = [];
    for await (const part of file.bytes()) parts.push(part);
    // A workbook kept one period a sheet gives one table per sheet (readXlsxSheets), read in turn.
    for (const table of await readXlsxSheets(concatBytes(parts), { sheet: opts.sheet, source })) {
      // Evidence that needs the whole column (real dates a spreadsheet swapped) is decided before splitting.
      const dateCol = detectMapping(table.headers, opts.mapping).mapping.date;
      table.swappedDates = swappedDates(table, dateCol, table.date1904 ?? false);
      yield* tableChunks(table, rowsPerChunk(chunkRows, table.headers.length));
    }
    return;
  }
  const { reader, text, parts, rest } = await openText(file.bytes(), kind);
  const t: TextSource = { ...text, source, chunkRows, mapping: opts.mapping };
  if (!opts.textPath && byteReadable(text.decoder.encoding)) {
    const b = { ...t, parts, rest, byteText: file.text ?? portableByteText() };
    yield* reader === "fec" ? fecByteChunks(b) : csvByteChunks(b);
    return;
  }
  t.pieces = decodePieces(text.decoder, parts, rest);
  yield* reader === "fec" ? fecChunks(t) : csvChunks(t);
}

/**
 * Opens a text file: its first buffers (up to SNIFF_BYTES) decide the reader (FEC or CSV) and the
 * encoding; the file's buffers are those first ones (`parts`) then the `rest`.
 */
async function openText(
  source: AsyncIterable<Uint8Array>,
  kind: "csv" | "txt",
): Promise<{
  reader: ReturnType<typeof readerFor>;
  text: Omit<TextSource, "source" | "chunkRows" | "mapping">;
  parts: Uint8Array[];
  rest: AsyncIterable<Uint8Array>;
}> {
  const bytes = source[Symbol.asyncIterator]();
  const parts: Uint8Array[] = [];
  let size = 0;
  let done = false;
  while (size < SNIFF_BYTES) {
    const r = await bytes.next();
    if (r.done) {
      done = true;
      break;
    }
    parts.push(r.value);
    size += r.value.length;
  }
  const sample = concatBytes(parts);
  const decoder = streamDecoder(sample, done);
  const rest: AsyncIterable<Uint8Array> = { [Symbol.asyncIterator]: () => bytes };
  return { reader: readerFor(kind, sample), text: { decoder, pieces: EMPTY_PIECES }, parts, rest };
}

const EMPTY_PIECES: AsyncIterable<string> = { [Symbol.asyncIterator]: async function* () {} };

/** CSV: the head is read as readCsv does (readCsvHead), then records are split piece by piece. */
async function* csvChunks(text: TextSource): AsyncGenerator<RawTable> {
  const { source } = text;
  const watch = encodingWatch(text.decoder);
  let head = "";
  let sink: RowSink<string[]> | null = null;
  let scanner = new CsvScanner(";");
  let pending = "";
  let openQuote = false;
  let nextRow = 0;
  const start = (h: CsvHead): RowSink<string[]> => {
    scanner = new CsvScanner(h.separator);
    const started = csvSink(h, text, watch);
    nextRow = started.nextRow;
    return started.sink;
  };

  for await (const piece of text.pieces) {
    if (sink === null) {
      head += piece;
      const h = readCsvHead(head, source, false);
      if (h === null) continue;
      sink = start(h);
      pending = head.slice(h.end);
      head = "";
    } else {
      pending += piece;
      // No record can end in a piece without a line break, nor an open quote close without a quote.
      if (openQuote ? piece.indexOf('"') < 0 : !hasBreakOrQuote(piece)) continue;
      const t = scanner.scan(pending, 0, false);
      for (const r of t.records) sink.push(r, nextRow++);
      pending = pending.slice(t.end);
      openQuote = t.openQuote === true;
    }
    for (const d of watch()) sink.note(d);
    yield* sink.drain();
  }

  let unterminatedRow: number;
  if (sink === null) {
    const h = readCsvHead(head, source, true);
    sink = start(h);
    unterminatedRow = h.unterminatedRow;
  } else {
    const t = scanner.scan(pending, 0, true);
    const base = nextRow;
    for (const r of t.records) sink.push(r, nextRow++);
    unterminatedRow = t.unterminatedRecord >= 0 ? base + t.unterminatedRecord : -1;
  }
  for (const d of watch()) sink.note(d);
  if (unterminatedRow >= 0) sink.note(unterminatedQuote(unterminatedRow));
  sink.end();
  yield* sink.drain();
}

/** True when a piece of text holds a line break or a double quote. */
function hasBreakOrQuote(piece: string): boolean {
  return piece.indexOf("\n") >= 0 || piece.indexOf("\r") >= 0 || piece.indexOf('"') >= 0;
}

/** FEC: the header line located as readFec does, then line by line through readFecLine. */
async function* fecChunks(text: TextSource): AsyncGenerator<RawTable> {
  const { source } = text;
  const watch = encodingWatch(text.decoder);
  const lines = new LineSplitter();
  let head = "";
  let rows: FecRows | null = null;
  for await (const piece of text.pieces) {
    if (rows === null) {
      head += piece;
      const f = locateFecHeader(head, source, false);
      if (f === null) continue;
      rows = new FecRows(f.separator, f.headerRow, text, watch);
      rows.take(lines.push(head.slice(f.start)));
      head = "";
    } else {
      rows.take(lines.push(piece));
    }
    const sink = rows.sink;
    if (sink === null) continue;
    for (const d of watch()) sink.note(d);
    yield* sink.drain();
  }
  if (rows === null) {
    const f = locateFecHeader(head, source, true);
    rows = new FecRows(f.separator, f.headerRow, text, watch);
    rows.take(lines.push(head.slice(f.start)));
  }
  rows.take(lines.end());
  const sink = rows.sink;
  if (sink === null) return; // unreachable: lines.end() always gives a line, the header at least
  for (const d of watch()) sink.note(d);
  sink.end();
  yield* sink.drain();
}

/** The lines of a FEC from its header line on: the header sets the layout, the others are rows. */
class FecRows {
  sink: RowSink<string> | null = null;
  private nextRow: number;

  constructor(
    private readonly separator: string,
    headerRow: number,
    private readonly text: TextSource,
    private readonly notices: () => Diagnostic[],
  ) {
    this.nextRow = headerRow + 1;
  }

  take(lines: readonly string[]): void {
    for (const line of lines) {
      if (this.sink) this.sink.push(line, this.nextRow++);
      else this.sink = this.start(line);
    }
  }

  private start(headerLine: string): RowSink<string> {
    const layout = fecLayout(headerLine, this.separator);
    const splitter = new FieldSplitter();
    const split = (l: string, sep: string): string[] => splitter.split(l, sep);
    const fileDiagnostics = [encodingNotice(this.text.decoder.encoding), ...this.notices()];
    return new RowSink<string>(
      { headers: layout.headers, firstRow: this.nextRow, source: this.text.source },
      rowsPerChunk(this.text.chunkRows, layout.headers.length),
      fileDiagnostics.filter((d): d is Diagnostic => d !== null),
      (l) => l.trim() === "",
      (l, row, diagnostics) => readFecLine(l, row, layout, diagnostics, split),
      linesMender(layout, (l) => split(l, layout.separator)),
    );
  }
}

/**
 * Splits text given piece by piece into lines at CRLF, LF or CR as String.split(LINE_BREAK) does
 * on the whole text, a CRLF cut between two pieces included.
 */
class LineSplitter {
  private rest = "";
  private skipLF = false;

  /** The lines completed by this piece. */
  push(piece: string): string[] {
    if (piece === "") return [];
    if (this.skipLF) {
      this.skipLF = false;
      if (piece.charCodeAt(0) === 0x0a) piece = piece.slice(1);
      if (piece === "") return [];
    }
    const k = Math.max(piece.lastIndexOf("\n"), piece.lastIndexOf("\r"));
    if (k < 0) {
      this.rest += piece;
      return [];
    }
    // The text up to the last break, without that break (both characters of a CRLF).
    const cut = piece.charCodeAt(k) === 0x0a && k > 0 && piece.charCodeAt(k - 1) === 0x0d ? k - 1 : k;
    const lines = (this.rest + piece.slice(0, cut)).split(LINE_BREAK);
    // A CR ending the piece may be the first half of a CRLF.
    this.skipLF = k === piece.length - 1 && piece.charCodeAt(k) === 0x0d;
    this.rest = piece.slice(k + 1);
    return lines;
  }

  /** The last line (possibly empty, as split gives after a final line break). */
  end(): string[] {
    const last = this.rest;
    this.rest = "";
    return [last];
  }
}

/** A table read whole (xlsx) given back as chunks of `size` rows, each with its rows' diagnostics. */
function* tableChunks(t: RawTable, size: number): Generator<RawTable> {
  const count = Math.max(1, Math.ceil(t.rows.length / size));
  const index = new Map<number, number>();
  t.rowNumbers?.forEach((r, i) => index.set(r, i));
  const perChunk: Diagnostic[][] = Array.from({ length: count }, () => []);
  for (const d of t.readDiagnostics ?? []) {
    const i = t.rowNumbers ? (index.get(d.row) ?? -1) : d.row - t.firstRow;
    perChunk[i < 0 ? 0 : Math.min(count - 1, Math.floor(i / size))].push(d);
  }
  for (let c = 0; c < count; c++) {
    const from = c * size;
    const chunk: RawTable = {
      headers: t.headers.slice(),
      rows: t.rows.slice(from, from + size),
      firstRow: t.rowNumbers ? (t.rowNumbers[from] ?? t.firstRow) : t.firstRow + from,
      source: t.source,
    };
    if (t.rowNumbers) chunk.rowNumbers = t.rowNumbers.slice(from, from + size);
    if (t.date1904 !== undefined) chunk.date1904 = t.date1904;
    if (t.hiddenColumns !== undefined) chunk.hiddenColumns = t.hiddenColumns;
    if (t.formatScales !== undefined) chunk.formatScales = t.formatScales;
    if (t.formatUnits !== undefined) chunk.formatUnits = t.formatUnits;
    if (t.swappedDates !== undefined) chunk.swappedDates = t.swappedDates;
    if (t.sheet !== undefined) chunk.sheet = t.sheet;
    if (t.creditTitle !== undefined) chunk.creditTitle = t.creditTitle;
    if (t.titles !== undefined) chunk.titles = t.titles;
    if (perChunk[c].length > 0) chunk.readDiagnostics = perChunk[c];
    // Rows that are not lines (a workbook's SUM totals), by their index in the chunk.
    const notLines = [...(t.notLines ?? [])].filter((i) => i >= from && i < from + size).map((i) => i - from);
    if (notLines.length > 0) chunk.notLines = new Set(notLines);
    const currencies = shiftedCurrencies(t.cellCurrencies, from, size);
    if (currencies.size > 0) chunk.cellCurrencies = currencies;
    yield chunk;
  }
}

/** The format currencies of rows [from, from + size), by their index from `from` (negative `from`: shifted down). */
export function shiftedCurrencies(
  all: RawTable["cellCurrencies"],
  from: number,
  size: number,
): Map<number, Map<number, string>> {
  const out = new Map<number, Map<number, string>>();
  for (const [col, rows] of all ?? []) {
    const kept = new Map<number, string>();
    for (const [i, code] of rows) if (i >= from && i < from + size) kept.set(i - from, code);
    if (kept.size > 0) out.set(col, kept);
  }
  return out;
}

/** The text of the sample's buffers then of the rest of the file, in pieces of DECODE_BYTES at most. */
async function* decodePieces(
  decoder: StreamDecoder,
  sample: Uint8Array[],
  rest: AsyncIterable<Uint8Array>,
): AsyncGenerator<string> {
  // Taken out of the array one by one, so the sample is not kept alive to the end.
  for (let part = sample.shift(); part !== undefined; part = sample.shift()) yield* decodePart(decoder, part);
  for await (const part of rest) yield* decodePart(decoder, part);
  const tail = decoder.end();
  if (tail !== "") yield tail;
}

function* decodePart(decoder: StreamDecoder, part: Uint8Array): Generator<string> {
  for (let i = 0; i < part.length; i += DECODE_BYTES) {
    const t = decoder.write(part.subarray(i, i + DECODE_BYTES));
    if (t !== "") yield t;
  }
}
