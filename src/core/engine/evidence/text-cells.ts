/**
 * Text cells of the columns whose evidence comes from texts (the date column's order, the amount
 * columns' decimal marks), found in one pass over the rows so that each evidence reads only them.
 */
import type { RawTable } from "../../types";

/** Row indexes (ascending) of the text cells of each given column, in one pass over the table. */
export function textCells(table: RawTable, cols: readonly number[]): Map<number, number[]> {
  const unique = [...new Set(cols)];
  const lists = unique.map((): number[] => []);
  const rows = table.rows;
  const k = unique.length;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (row === undefined) continue;
    for (let j = 0; j < k; j++) if (typeof row[unique[j]] === "string") lists[j].push(i);
  }
  return new Map(unique.map((c, j) => [c, lists[j]]));
}
