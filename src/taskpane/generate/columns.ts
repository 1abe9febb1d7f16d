/**
 * A batch of plan rows as columns for postMessage: numbers in a Float64Array, texts as indexes into
 * a table of distinct texts, anything else as it is. The receiving thread then holds one copy of
 * each distinct text (a data sheet's Motif column repeats a few dozen) instead of one per cell, and
 * the batch crosses as a few buffers instead of objects to rebuild: less garbage on the main thread.
 * decodeRows(encodeRows(rows)) equals rows (test/taskpane/generate/columns.test.ts).
 */
import type { PlanCell } from "../../sheet/plan";

/** One column of a batch. */
export type EncodedColumn =
  | { kind: "number"; values: Float64Array; nulls: Uint8Array | null }
  | { kind: "text"; texts: string[]; index: Uint32Array; nulls: Uint8Array | null }
  | { kind: "cells"; values: PlanCell[] };

/** A batch: its rows' common width and its columns; or the rows as they are when widths differ. */
export type EncodedRows = { width: number; count: number; columns: EncodedColumn[] } | { rows: PlanCell[][] };

/** The column `c` of the rows, encoded by what it holds (null cells allowed in numbers and texts). */
function encodeColumn(rows: readonly PlanCell[][], c: number): EncodedColumn {
  let numbers = true;
  let texts = true;
  let nullCount = 0;
  for (const r of rows) {
    const v = r[c];
    if (v === null) nullCount++;
    else if (typeof v === "number") texts = false;
    else if (typeof v === "string") numbers = false;
    else return { kind: "cells", values: rows.map((x) => x[c]) };
  }
  const nulls = nullCount > 0 ? Uint8Array.from(rows, (r) => (r[c] === null ? 1 : 0)) : null;
  if (numbers)
    return { kind: "number", values: Float64Array.from(rows, (r) => (r[c] as number | null) ?? 0), nulls };
  if (!texts) return { kind: "cells", values: rows.map((x) => x[c]) };
  const ids = new Map<string, number>();
  const index = Uint32Array.from(rows, (r) => {
    const v = r[c];
    if (typeof v !== "string") return 0;
    let id = ids.get(v);
    if (id === undefined) ids.set(v, (id = ids.size));
    return id;
  });
  return { kind: "text", texts: [...ids.keys()], index, nulls };
}

/** Rows as columns (rows of different widths, or holes, go as they are). */
export function encodeRows(rows: readonly PlanCell[][]): EncodedRows {
  const width = rows[0]?.length ?? 0;
  for (const r of rows) {
    if (r.length !== width) return { rows: rows.slice() };
    for (let c = 0; c < width; c++) if (!(c in r) || r[c] === undefined) return { rows: rows.slice() };
  }
  const columns: EncodedColumn[] = [];
  for (let c = 0; c < width; c++) columns.push(encodeColumn(rows, c));
  return { width, count: rows.length, columns };
}

/** The value of row `i` in a column. */
function cellOf(col: EncodedColumn, i: number): PlanCell {
  if (col.kind === "cells") return col.values[i];
  if (col.nulls && col.nulls[i] === 1) return null;
  return col.kind === "number" ? col.values[i] : col.texts[col.index[i]];
}

/** The rows back from their columns. */
export function decodeRows(e: EncodedRows): PlanCell[][] {
  if ("rows" in e) return e.rows;
  const out: PlanCell[][] = new Array<PlanCell[]>(e.count);
  for (let i = 0; i < e.count; i++) {
    const row: PlanCell[] = new Array<PlanCell>(e.width);
    for (let c = 0; c < e.width; c++) row[c] = cellOf(e.columns[c], i);
    out[i] = row;
  }
  return out;
}
