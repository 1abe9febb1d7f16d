/**
 * File readers for the CLI (Node only: this module reads from disk). Pure readers taking bytes
 * (readCsv, readFec, readXlsx) can be imported from their own modules anywhere.
 */
import { isUtf8 } from "node:buffer";
import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import type { Diagnostic, RawTable } from "../../core/types";
import { readCsv, type ReadOptions } from "./csv";
import { fileKind, readerFor, unreadableFile } from "./dispatch";
import { readFec } from "./fec";
import { readXlsx } from "./xlsx";
import { shiftedCurrencies, streamTableBytes, type StreamOptions } from "./stream";
import type { ByteText } from "./bytes";

export { readCsv, tokenize, type ReadOptions } from "./csv";
export { readFec } from "./fec";
export { readXlsx, dateToSerial } from "./xlsx";
export { ReadError } from "./read-error";
export { decodeText, detectSeparator } from "./decode";
export { streamTableBytes, type ByteSource, type StreamOptions } from "./stream";

/**
 * Reads a table file chosen by extension: .xlsx/.xlsm (ExcelJS), .csv/.tsv, .txt as FEC when its
 * header has FEC columns, else as CSV. source = the file's base name. streamTableFile reads the
 * same files in chunks with the same result.
 */
export async function readTableFile(path: string, opts: ReadOptions = {}): Promise<RawTable> {
  const kind = fileKind(path);
  let data: Uint8Array;
  try {
    data = await readFile(path);
  } catch (e) {
    throw unreadableFile(path, e);
  }
  const o: ReadOptions = { ...opts, source: basename(path) };
  const reader = readerFor(kind, data);
  if (reader === "xlsx") return readXlsx(data, o);
  if (reader === "fec") return readFec(data, o);
  return readCsv(data, o);
}

const DEFAULT_HIGH_WATER_MARK = 4 * 1024 * 1024;

/**
 * Reads a table file from disk in chunks (streamTableBytes over fs.createReadStream, highWaterMark
 * ~4 MB): the same result as readTableFile once concatenated, memory bounded by a chunk.
 */
export function streamTableFile(path: string, opts: StreamOptions = {}): AsyncGenerator<RawTable> {
  const highWaterMark = opts.highWaterMark ?? DEFAULT_HIGH_WATER_MARK;
  return streamTableBytes({ name: path, bytes: () => readBytes(path, highWaterMark), text: NODE_TEXT }, opts);
}

/** Buffer's own slice decoders (undocumented but long-standing, what buf.toString calls). */
interface BufferSlices {
  latin1Slice(this: Uint8Array, from: number, to: number): string;
  utf8Slice(this: Uint8Array, from: number, to: number): string;
}
const SLICES = Buffer.prototype as unknown as BufferSlices;

/** Strings from byte ranges on Node: native Latin-1 and UTF-8 slices, simdutf's UTF-8 check. */
const NODE_TEXT: ByteText = {
  latin1: (b, from, to) => SLICES.latin1Slice.call(b, from, to),
  utf8: (b, from, to) => SLICES.utf8Slice.call(b, from, to),
  isUtf8: (b) => isUtf8(b),
  alloc: (size) => Buffer.allocUnsafeSlow(size),
};

/** The file's bytes, buffer by buffer; a file that cannot be read is a ReadError unreadable_file. */
async function* readBytes(path: string, highWaterMark: number): AsyncGenerator<Uint8Array> {
  const stream = createReadStream(path, { highWaterMark });
  try {
    for await (const buf of stream) yield buf as Uint8Array;
  } catch (e) {
    throw unreadableFile(path, e);
  }
}

/**
 * Reads a whole table file through the streaming reader: the table readTableFile reads (same rows,
 * row numbers and diagnostics), with the CSV's repeated values interned (CsvScanner), so a
 * million-line file held whole for `caop dashboard` takes about half the memory.
 */
export async function readTableStreamed(path: string, opts: StreamOptions = {}): Promise<RawTable> {
  let table: RawTable | null = null;
  const diagnostics: Diagnostic[] = [];
  // A workbook's rows that are not lines and its format currencies, by index in the whole table.
  const notLines = new Set<number>();
  const currencies = new Map<number, Map<number, string>>();
  for await (const chunk of streamTableFile(path, opts)) {
    const at = table === null ? 0 : table.rows.length;
    if (table === null) table = { ...chunk };
    else {
      // Loops, not push(...rows): a chunk has 100 000 rows.
      for (const r of chunk.rows) table.rows.push(r);
      if (table.rowNumbers && chunk.rowNumbers) for (const n of chunk.rowNumbers) table.rowNumbers.push(n);
    }
    for (const d of chunk.readDiagnostics ?? []) diagnostics.push(d);
    for (const i of chunk.notLines ?? []) notLines.add(at + i);
    for (const [col, rows] of shiftedCurrencies(chunk.cellCurrencies, -at, Infinity)) {
      const all = currencies.get(col) ?? new Map<number, string>();
      for (const [i, code] of rows) all.set(i, code);
      currencies.set(col, all);
    }
  }
  if (table === null) throw new Error("streamTableFile yielded no chunk"); // unreachable: one chunk at least
  if (diagnostics.length > 0) table.readDiagnostics = diagnostics;
  else delete table.readDiagnostics;
  if (notLines.size > 0) table.notLines = notLines;
  if (currencies.size > 0) table.cellCurrencies = currencies;
  return table;
}
