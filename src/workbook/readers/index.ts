/**
 * File readers for the CLI (Node only: this module reads from disk). Pure readers taking bytes
 * (readCsv, readFec, readXlsx) can be imported from their own modules anywhere.
 */
import { readFile } from "node:fs/promises";
import { basename, extname } from "node:path";
import { looksLikeFec } from "../../core/fields";
import type { RawTable } from "../../core/types";
import { readCsv, type ReadOptions } from "./csv";
import { decodeText, detectSeparator, firstContentIndex } from "./decode";
import { readFec } from "./fec";
import { ReadError } from "./read-error";
import { readXlsx } from "./xlsx";

export { readCsv, tokenize, type ReadOptions } from "./csv";
export { readFec } from "./fec";
export { readXlsx, dateToSerial } from "./xlsx";
export { ReadError } from "./read-error";
export { decodeText, detectSeparator } from "./decode";

/** Reader per file extension; `.txt` is sniffed (FEC or plain delimited text). */
const READERS: Readonly<Record<string, "xlsx" | "csv" | "txt">> = {
  ".xlsx": "xlsx",
  ".xlsm": "xlsx",
  ".csv": "csv",
  ".tsv": "csv",
  ".txt": "txt",
};

/**
 * Reads a table file chosen by extension: .xlsx/.xlsm (ExcelJS), .csv/.tsv, .txt as FEC when its
 * header has FEC columns, else as CSV. source = the file's base name.
 */
export async function readTableFile(path: string, opts: ReadOptions = {}): Promise<RawTable> {
  const name = basename(path);
  const kind = READERS[extname(path).toLowerCase()];
  if (kind === undefined) {
    const known = Object.keys(READERS).join(", ");
    throw new ReadError(
      "unsupported_format",
      `format de fichier non pris en charge : « ${name} » (formats lus : ${known} ; un .xls doit être réenregistré en .xlsx)`,
      `unsupported file format: "${name}" (readable formats: ${known}; save an .xls as .xlsx)`,
      { source: name },
    );
  }
  let data: Uint8Array;
  try {
    data = await readFile(path);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new ReadError(
      "unreadable_file",
      `impossible de lire le fichier « ${path} » (${why})`,
      `cannot read the file "${path}" (${why})`,
      { source: name },
    );
  }
  const o: ReadOptions = { ...opts, source: name };
  if (kind === "xlsx") return readXlsx(data, o);
  if (kind === "txt" && isFecText(data)) return readFec(data, o);
  return readCsv(data, o);
}

/** True when the first line of a text file names FEC columns. */
function isFecText(data: Uint8Array): boolean {
  const { text } = decodeText(data.subarray(0, 4096));
  const start = firstContentIndex(text);
  const sep = detectSeparator(text, start);
  const end = text.slice(start).search(/\r|\n/);
  const header = text.slice(start, end < 0 ? undefined : start + end);
  return looksLikeFec(header.split(sep).map((h) => h.replace(/^"|"$/g, "").trim()));
}
