/**
 * What both streaming CSV readers (text: stream.ts, bytes: stream-bytes.ts) and the FEC reader share:
 * the chunk size, the sink gathering rows into chunks, and the encoding_mismatch warning.
 */
import type { Diagnostic, RawTable } from "../../core/types";
import { isBlankRecord, type CsvHead, type ReadOptions } from "./csv";
import { encodingNotice, mismatchNotice, type StreamDecoder } from "./decode";
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
    { headers: h.headers, firstRow: h.headerRow + 1, source: text.source, titles: h.titles },
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
 * How a reader mends an entry whose text field holds line breaks (a quoted label written on
 * two lines, which line.split cuts into two short lines): `cut` tells a line with too few fields
 * whose last field is a text column; `join` gives the lines joined (the break kept in the field)
 * when the next one carries on the cut field, with `whole` once every column is there in its
 * format. Anything else is not a continuation: each line is then read, and diagnosed, on its own.
 */
export interface CutLineMender<T> {
  cut(item: T): boolean;
  join(held: T, next: T, pieces: number): { item: T; whole: boolean } | null;
  /** The item standing for a continuation line once joined (a blank line: row numbers stay the file's). */
  blank: T;
  /** The diagnostic of an entry joined from rows [row, last]. */
  joined(item: T, row: number, last: number): Diagnostic;
}

/**
 * Data rows gathered into chunks of `size` rows. Blank rows are held back until a row with data
 * follows (the readers drop trailing blank rows); each row's diagnostics go to its own chunk.
 */
export class RowSink<T> {
  private readonly held: { item: T; row: number }[] = [];
  private readonly ready: RawTable[] = [];
  private rows: string[][] = [];
  /** Rows of the chunk being filled that are not lines (continuation lines of a mended entry). */
  private notLines = new Set<number>();
  private diagnostics: Diagnostic[];
  private firstRow: number;
  private chunks = 0;

  constructor(
    private readonly table: {
      headers: string[];
      firstRow: number;
      source: string;
      titles?: readonly string[];
    },
    private readonly size: number,
    fileDiagnostics: Diagnostic[],
    private readonly isBlank: (item: T) => boolean,
    private readonly toRow: (item: T, row: number, diagnostics: Diagnostic[]) => string[],
    private readonly mender?: CutLineMender<T>,
  ) {
    this.diagnostics = fileDiagnostics;
    this.firstRow = table.firstRow;
  }

  /** A line cut by a line break inside a text field, waiting for its continuation (FEC: CutLineMender). */
  private cut: { item: T; row: number; pieces: T[] } | null = null;

  /** A data row (user row `row`); rows come in order, without gaps. */
  push(item: T, row: number): void {
    const m = this.mender;
    if (m === undefined) return this.take(item, row);
    const cut = this.cut;
    if (cut !== null) {
      const j = m.join(cut.item, item, cut.pieces.length);
      if (j !== null) {
        cut.item = j.item;
        cut.pieces.push(item);
        if (j.whole) this.mended(m, cut);
        return;
      }
      this.release();
    }
    if (m.cut(item)) this.cut = { item, row, pieces: [item] };
    else this.take(item, row);
  }

  /** A cut entry whole again: one row for it, a blank row for each continuation line. */
  private mended(m: CutLineMender<T>, cut: { item: T; row: number; pieces: T[] }): void {
    this.cut = null;
    const last = cut.row + cut.pieces.length - 1;
    this.take(cut.item, cut.row);
    this.note(m.joined(cut.item, cut.row, last));
    // The continuation lines keep their row numbers, as rows that are not lines (not blank rows either).
    for (let r = cut.row + 1; r <= last; r++) {
      this.put(m.blank, r);
      this.notLines.add(this.rows.length - 1);
    }
  }

  /** The lines held as a cut entry that did not carry on: each read on its own. */
  private release(): void {
    const cut = this.cut;
    if (cut === null) return;
    this.cut = null;
    cut.pieces.forEach((p, k) => this.take(p, cut.row + k));
  }

  private take(item: T, row: number): void {
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
    this.release();
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
    if (this.table.titles !== undefined && this.table.titles.length > 0) chunk.titles = this.table.titles;
    if (this.notLines.size > 0) {
      chunk.notLines = this.notLines;
      this.notLines = new Set();
    }
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
    return [mismatchNotice(decoder.encoding, decoder.mismatchAt)];
  };
}
