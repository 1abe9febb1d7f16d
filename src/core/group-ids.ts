/**
 * The group of every line for one column (issue 12): an id per line and the names of the ids, built
 * on first use and kept with the result's lines, so grouping one result by a column many times (a
 * function per period, the dashboard's blocks) reads the rows once, not once per groupBy.
 */
import { cellKey } from "./cells";
import type { CellValue, RawTable } from "./types";

/** Label used for lines whose field cell is empty. */
export const BLANK_KEY = "(non renseigné)";

/** Raw cell values remembered at most (a column unique per line would hold one per line). */
const KEY_MEMO_LIMIT = 65_536;

/** Each line's group id in one column, and the group names (trimmed cell keys, BLANK_KEY for blanks). */
export interface GroupIds {
  ids: Int32Array;
  names: string[];
}

/**
 * The group index of each raw cell value, `cellKey` run once per distinct value: a Map on the raw
 * value first, the trimmed key only on a miss. Values that trim to the same key share a group.
 */
export class GroupIndex {
  readonly names: string[] = [];
  private readonly byKey = new Map<string, number>();
  private readonly byRaw = new Map<CellValue, number>();

  /** The group of a cell (created on first sight), blank cells under BLANK_KEY. */
  of(v: CellValue): number {
    const g = this.byRaw.get(v);
    return g !== undefined ? g : this.miss(v);
  }

  private miss(v: CellValue): number {
    const key = cellKey(v) || BLANK_KEY;
    let g = this.byKey.get(key);
    if (g === undefined) {
      g = this.names.length;
      this.byKey.set(key, g);
      this.names.push(key);
    }
    // Objects (dates, errors) are not remembered by identity: each is its own raw value.
    if ((typeof v !== "object" || v === null) && this.byRaw.size < KEY_MEMO_LIMIT) this.byRaw.set(v, g);
    return g;
  }
}

/** Group ids of one column over the first `count` rows of a table, in one pass. */
export function buildGroupIds(table: RawTable, column: number, count: number): GroupIds {
  const index = new GroupIndex();
  const ids = new Int32Array(count);
  const rows = table.rows;
  for (let i = 0; i < count; i++) ids[i] = index.of(rows[i]?.[column]);
  return { ids, names: index.names };
}
