/**
 * File readers for the CLI (Node only: this module reads from disk). Pure readers taking bytes
 * (readCsv, readFec, readXlsx) can be imported from their own modules anywhere.
 */
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import type { RawTable } from "../../core/types";
import { readCsv, type ReadOptions } from "./csv";
import { fileKind, readerFor, unreadableFile } from "./dispatch";
import { readFec } from "./fec";
import { readXlsx } from "./xlsx";

export { readCsv, tokenize, type ReadOptions } from "./csv";
export { readFec } from "./fec";
export { readXlsx, dateToSerial } from "./xlsx";
export { ReadError } from "./read-error";
export { decodeText, detectSeparator } from "./decode";
export { readTableStreamed, streamTableFile, type StreamOptions } from "./stream";

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
