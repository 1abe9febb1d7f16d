/**
 * Reading a file the user opens in the task pane: the CLI's streamed readers (streamTableBytes)
 * over the file's bytes, the one engine over the chunks (computeChunks, as `caop compute` does), and
 * the lines as plain cells for a sheet when they fit one. Runs in a Web Worker (./worker.ts) or,
 * where there is none, on the main thread with a pause between chunks (readOnMainThread).
 */
import { computeChunks } from "../../core/chunks";
import { compute, type EngineOptions, type EngineResult } from "../../core/engine";
import type { MappingOverrides } from "../../core/types";
import { locateTable, type LocatedTable } from "../../dashboard/tagging";
import { tableFromGrid } from "../../workbook/grid";
import { confirmedMapping, mappingView } from "../logic/mapping";
import { toDecimalString } from "../../core/money";
import type { CellValue, RawTable } from "../../core/types";
import { importLimit, type ImportTable } from "../../app/import";
import { cancelled, yieldToUi } from "../../app/yield";
import type { PlanScalar } from "../../sheet/plan";
import type { Progress } from "../../sheet/port";
import { streamTableBytes } from "../../workbook/readers/stream";
import { dateToSerial } from "../../workbook/readers/xlsx";

/** What the pane needs of a browser File (tests give a Blob-like object). */
export interface PaneFile {
  name: string;
  size: number;
  stream?: () => ReadableStream<Uint8Array>;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** The file's figures as computed by the engine (decimal strings: they cross the worker boundary). */
export interface FileSummary {
  name: string;
  lines: number;
  columns: number;
  caop: string;
  toReview: { count: number; amount: string };
  currency: string;
  /** Excel's limits when the lines do not fit a sheet (then no table is given). */
  limit: { maxRows: number; maxColumns: number } | null;
}

/**
 * A file read: its figures and, when it fits a sheet, its lines as plain cells; with `compute`, the
 * pane's source as the new sheet will give it and the engine's result on it (null when the engine
 * refused the table: the pane computes again to say why).
 */
export interface FileRead {
  summary: FileSummary;
  table: ImportTable | null;
  located?: LocatedTable | null;
  result?: EngineResult | null;
}

/** What the pane computes the imported sheet with: its name, the engine options, the mapping being edited. */
export interface ComputeRequest {
  sheet: string;
  options: EngineOptions;
  draft: MappingOverrides;
}

/** Options of a read: progress (bytes read), cancellation, the computation of the imported sheet. */
export interface FileReadOptions {
  onProgress?: (p: Progress) => void;
  signal?: AbortSignal;
  compute?: ComputeRequest;
}

/** How the task pane reads a file (in a worker, or on the main thread). */
export type PaneFileReader = (file: PaneFile, opts: FileReadOptions) => Promise<FileRead>;

/** Data rows per chunk: one engine call each, short enough not to block the main thread long. */
export const FILE_CHUNK_ROWS = 10_000;
const SLICE_BYTES = 1024 * 1024;

/** The bytes of a file, buffer by buffer (its stream where the browser has one, else 1 MiB slices). */
async function* fileBytes(file: PaneFile, onBytes: (n: number) => void): AsyncGenerator<Uint8Array> {
  if (typeof file.stream === "function") {
    const reader = file.stream().getReader();
    for (;;) {
      const r = await reader.read();
      if (r.done) return;
      onBytes(r.value.length);
      yield r.value;
    }
  }
  const all = new Uint8Array(await file.arrayBuffer());
  for (let i = 0; i < all.length; i += SLICE_BYTES) {
    const part = all.subarray(i, i + SLICE_BYTES);
    onBytes(part.length);
    yield part;
  }
}

/** A cell as a plan writes it: dates as Excel serial numbers, errors as their text. */
function plainCell(v: CellValue, date1904: boolean): PlanScalar {
  if (v === undefined || v === null) return null;
  if (v instanceof Date) return dateToSerial(v, date1904);
  if (typeof v === "object") return v.error;
  return v;
}

/** The chunks' rows as one table of plain cells (header on row 1 of the sheet to be). */
function importTableOf(chunks: readonly RawTable[]): ImportTable {
  const rows: PlanScalar[][] = [];
  for (const c of chunks) {
    const d1904 = c.date1904 === true;
    for (const r of c.rows) rows.push(r.map((v) => plainCell(v, d1904)));
  }
  return { headers: chunks[0]?.headers.slice() ?? [], rows };
}

/**
 * Reads and computes a file: chunks from the streamed reader, then the engine over them.
 * `pause` runs between chunks (the main thread's yield; nothing in a worker).
 */
export async function readPaneFile(
  file: PaneFile,
  opts: FileReadOptions,
  pause: () => Promise<void>,
): Promise<FileRead> {
  const check = (): void => {
    if (opts.signal?.aborted) throw cancelled();
  };
  let read = 0;
  const progress = (n: number): void => {
    read += n;
    opts.onProgress?.({
      done: Math.min(read, file.size),
      total: Math.max(1, file.size),
      code: "progress_reading",
      args: { sheet: file.name },
    });
  };
  const chunks: RawTable[] = [];
  const source = { name: file.name, bytes: () => fileBytes(file, progress) };
  for await (const c of streamTableBytes(source, { chunkRows: FILE_CHUNK_ROWS })) {
    chunks.push(c);
    check();
    await pause();
  }
  async function* replay(): AsyncGenerator<RawTable> {
    for (const c of chunks) {
      check();
      yield c;
      await pause();
    }
  }
  const result = await computeChunks(replay);
  const lines = chunks.reduce((n, c) => n + c.rows.length, 0);
  const columns = chunks[0]?.headers.length ?? 0;
  const limit = importLimit(lines, columns);
  const summary: FileSummary = {
    name: file.name,
    lines,
    columns,
    caop: toDecimalString(result.totals.caop),
    toReview: {
      count: result.totals.to_review.count,
      amount: toDecimalString(result.totals.to_review.amount),
    },
    currency: result.currency,
    limit,
  };
  if (limit) return { summary, table: null };
  const table = importTableOf(chunks);
  return opts.compute ? { summary, table, ...computeImported(table, opts.compute) } : { summary, table };
}

/**
 * The source the pane gets from the imported sheet (tableFromGrid, as reading the sheet gives it)
 * and the engine's result with the options and mapping the session would use (Session.recompute).
 */
export function computeImported(
  t: ImportTable,
  req: ComputeRequest,
): { located: LocatedTable; result: EngineResult | null } {
  const located = locateTable(
    tableFromGrid([t.headers, ...t.rows], { sheet: req.sheet, row: 1, col: 1 }),
    req.sheet,
  );
  const view = mappingView(located.table.headers, req.draft);
  const overrides = view.problem ? confirmedMapping(view, located.table.headers) : req.draft;
  try {
    return { located, result: compute(located.table, { ...req.options, mapping: overrides }) };
  } catch {
    return { located, result: null };
  }
}

/** Reads a file on the main thread, giving the browser back its thread between chunks (no Worker). */
export const readOnMainThread: PaneFileReader = (file, opts) => readPaneFile(file, opts, yieldToUi);
