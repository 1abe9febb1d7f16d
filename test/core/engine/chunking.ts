/** Test helpers for streamed = whole checks: a table cut into chunks, and those chunks as a ChunkSource. */
import type { ChunkSource } from "../../../src/core/chunks";
import type { RawTable } from "../../../src/core/types";

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
