/** Test helpers for streamed = whole checks: a table cut into chunks, and those chunks as a ChunkSource. */
import type { ChunkSource } from "../../../src/core/chunks";
import type { CellValue, RawTable } from "../../../src/core/types";

/** A table of these headers and rows, its first data row on row 2. */
export function table(headers: string[], rows: CellValue[][]): RawTable {
  return { headers, rows, firstRow: 2, source: "t" };
}

/** The table cut into chunks of the given sizes (the last one takes the rest). */
export function split(t: RawTable, sizes: number[]): RawTable[] {
  const out: RawTable[] = [];
  let at = 0;
  for (const s of [...sizes, t.rows.length]) {
    if (at >= t.rows.length) break;
    out.push({ ...t, rows: t.rows.slice(at, at + s), firstRow: t.firstRow + at });
    at += s;
  }
  return out;
}

/** The chunks as a source computeChunks can read (again) from the start. */
export function source(chunks: RawTable[]): ChunkSource {
  return async function* () {
    for (const c of chunks) yield c;
  };
}
