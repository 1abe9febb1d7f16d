/**
 * What both streaming CSV readers (text: stream.ts, bytes: stream-bytes.ts) and the FEC reader share:
 * the chunk size, the sink gathering rows into chunks, and the encoding_mismatch warning.
 */
import { diag } from "../../core/diagnostics";
import type { Diagnostic, RawTable } from "../../core/types";
import { isBlankRecord, type CsvHead, type ReadOptions } from "./csv";
import { encodingNotice, ENCODING_NAMES, type StreamDecoder } from "./decode";
import { READ_DIAG } from "./read-diagnostics";
import { csvRowFixer } from "./rebuild";

/**
 * Bytes decoded into one string at a time by the text path. Cells are slices of that string (V8
 * keeps the whole string alive while a slice lives), so a value the consumer keeps holds at most
 * this much text. The byte readers follow the same pieces (records split when the text path splits).
 */
export const DECODE_BYTES = 256 * 1024;

const DEFAULT_CHUNK_ROWS = 100_000;
/** Cells per chunk by default: a chunk's rows stay well under 100 MB however wide the file (issue 12). */
const DEFAULT_CHUNK_CELLS = 500_000;

/** Rows per chunk: the caller's choice, else DEFAULT_CHUNK_CELLS over the columns, at most DEFAULT_CHUNK_ROWS. */
export function rowsPerChunk(chosen: number | undefined, columns: number): number {
  if (chosen !== undefined) return Math.max(1, Math.floor(chosen));
  return Math.min(DEFAULT_CHUNK_ROWS, Math.floor(DEFAULT_CHUNK_CELLS / Math.max(1, columns)));
}

/** The decoded text of a file and what the chunk readers need to know about it. */
export interface TextSource {
  pieces: AsyncIterable<string>;
  decoder: StreamDecoder;
  source: string;
  /** Rows per chunk asked by the caller (undefined: decided from the column count). */
  chunkRows: number | undefined;
  /** The user's column overrides, for rebuilding CSV rows with stray separators. */
  mapping?: ReadOptions["mapping"];
}

/**
 * The rows of a CSV once its head is read (readCsvHead): the head's records pushed, the next row
 * number to give. Both CSV paths (text and bytes) start their sink here.
 */
export function csvSink(
  h: CsvHead,
  text: Pick<TextSource, "source" | "chunkRows" | "mapping" | "decoder">,
  watch: () => Diagnostic[],
): { sink: RowSink<string[]>; nextRow: number } {
  const fixer = csvRowFixer(h.headers, h.separator, text.mapping);
  const fileDiagnostics = [h.aboveHeader, h.twoRows, encodingNotice(text.decoder.encoding), ...watch()];
  const sink = new RowSink<string[]>(
    { headers: h.headers, firstRow: h.headerRow + 1, source: text.source },
    rowsPerChunk(text.chunkRows, h.headers.length),
    fileDiagnostics.filter((d): d is Diagnostic => d !== null),
    isBlankRecord,
    (cells, row, diagnostics) => fixer.fix(cells, row, diagnostics),
  );
  let nextRow = h.headerRow + 1;
  for (const r of h.rows) sink.push(r, nextRow++);
  return { sink, nextRow };
}

/**
 * Data rows gathered into chunks of `size` rows. Blank rows are held back until a row with data
 * follows (the readers drop trailing blank rows); each row's diagnostics go to its own chunk.
 */
export class RowSink<T> {
  private readonly held: { item: T; row: number }[] = [];
  private readonly ready: RawTable[] = [];
  private rows: string[][] = [];
  private diagnostics: Diagnostic[];
  private firstRow: number;
  private chunks = 0;

  constructor(
    private readonly table: { headers: string[]; firstRow: number; source: string },
    private readonly size: number,
    fileDiagnostics: Diagnostic[],
    private readonly isBlank: (item: T) => boolean,
    private readonly toRow: (item: T, row: number, diagnostics: Diagnostic[]) => string[],
  ) {
    this.diagnostics = fileDiagnostics;
    this.firstRow = table.firstRow;
  }

  /** A data row (user row `row`); rows come in order, without gaps. */
  push(item: T, row: number): void {
    if (this.isBlank(item)) {
      this.held.push({ item, row });
      return;
    }
    if (this.held.length > 0) {
      for (const h of this.held) this.put(h.item, h.row);
      this.held.length = 0;
    }
    this.put(item, row);
  }

  /** A diagnostic for the chunk being filled. */
  note(d: Diagnostic): void {
    this.diagnostics.push(d);
  }

  /** End of file: blank rows still held are dropped and the last chunk made ready. */
  end(): void {
    this.held.length = 0;
    if (this.rows.length > 0 || this.diagnostics.length > 0 || this.chunks === 0) this.flush();
  }

  /** The chunks completed since the last call. */
  drain(): RawTable[] {
    return this.ready.splice(0, this.ready.length);
  }

  private put(item: T, row: number): void {
    if (this.rows.length === this.size) this.flush();
    this.rows.push(this.toRow(item, row, this.diagnostics));
  }

  private flush(): void {
    const chunk: RawTable = {
      headers: this.table.headers.slice(),
      rows: this.rows,
      firstRow: this.firstRow,
      source: this.table.source,
    };
    if (this.diagnostics.length > 0) chunk.readDiagnostics = this.diagnostics;
    this.ready.push(chunk);
    this.chunks++;
    this.firstRow += this.rows.length;
    this.rows = [];
    this.diagnostics = [];
  }
}

/** The encoding_mismatch warning, once, as soon as the decoder has found bytes contradicting it. */
export function encodingWatch(decoder: Pick<StreamDecoder, "encoding" | "mismatchAt">): () => Diagnostic[] {
  let told = false;
  return () => {
    if (told || decoder.mismatchAt < 0) return [];
    told = true;
    return [
      diag(READ_DIAG.encodingMismatch, {
        row: 0,
        column: "",
        value: "",
        args: { encoding: ENCODING_NAMES[decoder.encoding], offset: decoder.mismatchAt },
      }),
    ];
  };
}
