/**
 * Which reader reads a file, decided once for the whole-file and the streaming paths: the
 * extension, then for a .txt its first line (FEC columns or plain delimited text).
 */
import { looksLikeFec } from "../../core/fields";
import { decodeText, detectSeparator, firstContentIndex } from "./decode";
import { ReadError } from "./read-error";

/** The base name of a path ("exports/ventes.csv" → "ventes.csv"); no node:path, so browsers can read files too. */
export function baseName(path: string): string {
  return path.replace(/^.*[\\/]/, "");
}

/** The extension of a path, dot included, lower or upper case as written ("" when none). */
function extName(path: string): string {
  const name = baseName(path);
  const dot = name.lastIndexOf(".");
  return dot <= 0 ? "" : name.slice(dot);
}

/** Kind of file per extension; `.txt` is sniffed (FEC or plain delimited text). */
export const READERS: Readonly<Record<string, "xlsx" | "csv" | "txt">> = {
  ".xlsx": "xlsx",
  ".xlsm": "xlsx",
  ".csv": "csv",
  ".tsv": "csv",
  ".txt": "txt",
};

/** The reader of a file. */
export type ReaderKind = "xlsx" | "csv" | "fec";

/** Bytes of a text file's beginning that textReader looks at (its header line). */
export const SNIFF_HEADER_BYTES = 4096;

/** Kind of file by extension; throws ReadError "unsupported_format" for any other extension. */
export function fileKind(path: string): "xlsx" | "csv" | "txt" {
  const kind = READERS[extName(path).toLowerCase()];
  if (kind !== undefined) return kind;
  const name = baseName(path);
  const known = Object.keys(READERS).join(", ");
  throw new ReadError(
    "unsupported_format",
    `format de fichier non pris en charge : « ${name} » (formats lus : ${known} ; un .xls doit être réenregistré en .xlsx)`,
    `unsupported file format: "${name}" (readable formats: ${known}; save an .xls as .xlsx)`,
    { source: name },
  );
}

/**
 * The reader for a file of that kind starting with these bytes (at least its first
 * SNIFF_HEADER_BYTES, or all of it): a .txt whose header names FEC columns is a FEC.
 */
export function readerFor(kind: "xlsx" | "csv" | "txt", head: Uint8Array): ReaderKind {
  if (kind === "txt") return isFecText(head) ? "fec" : "csv";
  return kind;
}

/**
 * True when the first line of a text file names FEC columns and its fields are not quoted: a FEC
 * saved with quotes around every field ("VE","Ventes",…,"1200,00") is read as the CSV it is (the
 * FEC reader splits on every separator, as the format has no quoting).
 */
function isFecText(data: Uint8Array): boolean {
  const { text } = decodeText(data.subarray(0, SNIFF_HEADER_BYTES));
  const start = firstContentIndex(text);
  const sep = detectSeparator(text, start);
  const end = text.slice(start).search(/\r|\n/);
  const header = text.slice(start, end < 0 ? undefined : start + end);
  if (!looksLikeFec(header.split(sep).map((h) => h.replace(/^"|"$/g, "").trim()))) return false;
  const next = end < 0 ? "" : text.slice(start + end).replace(/^[\r\n]+/, "");
  return !next.startsWith('"');
}

/** ReadError "unreadable_file" for a file the system could not read (missing, a folder, no right). */
export function unreadableFile(path: string, e: unknown): ReadError {
  const why = e instanceof Error ? e.message : String(e);
  return new ReadError(
    "unreadable_file",
    `impossible de lire le fichier « ${path} » (${why})`,
    `cannot read the file "${path}" (${why})`,
    { source: baseName(path) },
  );
}
