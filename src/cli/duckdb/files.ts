/**
 * What `--engine duckdb` needs to know of a file before DuckDB reads it: encoding (a single-byte file
 * is transcoded to a temporary UTF-8 copy, streamed), line ending, separator, headers, quotes; and
 * the entity a file belongs to (the SIREN of a FEC file name). Globs are expanded here.
 */
import { createReadStream, createWriteStream, readdirSync, statSync } from "node:fs";
import { mkdtemp, open } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { readCsvHead } from "../../workbook/readers/csv";
import { detectSeparator, sniffEncoding, streamDecoder } from "../../workbook/readers/decode";

/** A file ready for DuckDB's read_csv. */
export interface SniffedFile {
  /** The path DuckDB reads (a UTF-8 copy for single-byte files). */
  path: string;
  encoding: string;
  newLine: "\\n" | "\\r";
  sep: string;
  headers: string[];
  quoted: boolean;
  /**
   * What the TypeScript readers find before the data that read_csv does not (title rows above the
   * header, a header on two rows): the diagnostic code, or null when the header is the first line.
   */
  headNote: string | null;
}

const SAMPLE = 256 * 1024;

/** Sniffs a file; transcodes it to UTF-8 in a temporary folder when it is not UTF-8. */
export async function sniffFile(file: string): Promise<SniffedFile> {
  const fh = await open(file, "r");
  const buf = Buffer.alloc(SAMPLE);
  const { bytesRead } = await fh.read(buf, 0, SAMPLE, 0);
  await fh.close();
  const sample = buf.subarray(0, bytesRead);
  const complete = bytesRead < SAMPLE;
  const encoding = sniffEncoding(sample, complete);
  let path = file;
  if (encoding !== "utf-8") path = await transcode(file, sample, complete);
  const text = new TextDecoder(encoding === "utf-8" ? "utf-8" : "windows-1252")
    .decode(sample)
    .replace(/^\ufeff/, "");
  const cr = text.indexOf("\r");
  const lf = text.indexOf("\n");
  const newLine = cr >= 0 && (lf < 0 || lf !== cr + 1) && (lf < 0 || cr < lf) ? "\\r" : "\\n";
  const firstLine = text.split(/\r\n|\r|\n/)[0] ?? "";
  const sep = detectSeparator(text);
  const headers = firstLine.split(sep).map((h) => h.trim().replace(/^"(.*)"$/, "$1"));
  return {
    path,
    encoding,
    newLine,
    sep,
    headers,
    quoted: text.includes('"'),
    headNote: headNote(text, complete),
  };
}

/** above_header or two_row_header when the CSV readers would find them in this beginning of a file. */
function headNote(text: string, complete: boolean): string | null {
  try {
    const head = readCsvHead(text, "", complete);
    return head?.aboveHeader?.code ?? head?.twoRows?.code ?? null;
  } catch {
    return null;
  }
}

/** Streams a single-byte (or UTF-16) file into a UTF-8 copy, decoded as the TypeScript readers do. */
async function transcode(file: string, sample: Uint8Array, complete: boolean): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "caop-duckdb-"));
  const out = join(dir, basename(file));
  const decoder = streamDecoder(sample, complete);
  await new Promise<void>((resolve, reject) => {
    const w = createWriteStream(out);
    const r = createReadStream(file);
    r.on("data", (chunk) => w.write(decoder.write(chunk as Buffer)));
    r.on("error", reject);
    r.on("end", () => w.end(decoder.end(), () => resolve()));
  });
  return out;
}

/** The entity of a file: the SIREN of a FEC name `SIRENFECyyyymmdd.txt`, else the file name. */
export function entityOf(file: string): string {
  const m = /^(\d{9})FEC\d{8}/i.exec(basename(file));
  return m ? m[1] : basename(file);
}

/** Expands `*` and `?` in the file name part of each argument (shells on Windows do not); sorted. */
export function expandGlobs(args: readonly string[]): string[] {
  const out: string[] = [];
  for (const a of args) {
    const name = basename(a);
    if (!/[*?]/.test(name)) {
      out.push(a);
      continue;
    }
    const re = new RegExp(
      `^${name
        .replace(/[.+^${}()|[\]\\]/g, "\\$&")
        .replace(/\*/g, ".*")
        .replace(/\?/g, ".")}$`,
    );
    const dir = dirname(a);
    const found = readdirSync(dir)
      .filter((f) => re.test(f) && statSync(join(dir, f)).isFile())
      .sort()
      .map((f) => join(dir, f));
    out.push(...found);
  }
  return out;
}
