/**
 * The fast path's classification memo (issue 12): one entry per distinct combination of the cells
 * that classify a line (account, label, nature, OP flag, document type), found through one Map per
 * column, so the classifier runs once per combination and sign instead of once per line.
 */
import type { CellValue } from "../../types";

/** Not yet classified for this sign. */
export const COMBO_UNKNOWN = -1;
/** Not revenue. */
export const COMBO_NOT_REVENUE = -2;
/** The straightforward path must read the line (a diagnostic is due: conflict, unknown OP flag…). */
export const COMBO_SLOW = -3;

/** One combination: its classification index for a positive (or zero) and a negative amount, or a COMBO_ code. */
export interface Combo {
  pos: number;
  neg: number;
}

/** Entries kept at most (labels unique per line would otherwise hold one entry per line). */
const COMBO_LIMIT = 200_000;

type Node = Map<CellValue, Node | Combo>;

/** Combinations of the given columns' cells, created on first sight. */
export class ComboCache {
  private root: Node = new Map();
  private count = 0;

  constructor(private readonly cols: readonly number[]) {}

  /**
   * The combination of this row's cells, or null when one is an object (an error value or a date:
   * the straightforward path diagnoses or reads it, and objects would only fill the memo).
   */
  get(row: readonly CellValue[]): Combo | null {
    const cols = this.cols;
    const last = cols.length - 1;
    let node = this.root;
    for (let k = 0; k < last; k++) {
      const v = row[cols[k]];
      if (typeof v === "object" && v !== null) return null;
      let next = node.get(v) as Node | undefined;
      if (next === undefined) node.set(v, (next = new Map()));
      node = next;
    }
    const v = last < 0 ? null : row[cols[last]];
    if (typeof v === "object" && v !== null) return null;
    let combo = node.get(v) as Combo | undefined;
    if (combo === undefined) {
      if (++this.count > COMBO_LIMIT) {
        this.root = new Map();
        this.count = 0;
        return this.get(row);
      }
      combo = { pos: COMBO_UNKNOWN, neg: COMBO_UNKNOWN };
      node.set(v, combo);
    }
    return combo;
  }
}
