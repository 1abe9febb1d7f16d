/**
 * The fast path's classification memo (issue 12): one entry per distinct combination of the cells
 * that classify a line (account, label, nature, OP flag, document type), found through one Map per
 * column, so the classifier runs once per combination and sign instead of once per line. Sampled
 * like the label cache: when most lookups miss (labels unique per line), it is bypassed a while.
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
/** Sampling: lookups per sample, and lookups without the memo after a sample with more misses than hits. */
const SAMPLE = 4_096;
const BYPASS = 65_536;

/** Not a cell value: what a level remembers before its first lookup. */
const NONE: unique symbol = Symbol("none");

/** One column's level of the tree: its children by cell value, and the last child found (rows repeat). */
class Level {
  readonly next = new Map<CellValue, Level | Combo>();
  lastKey: CellValue | typeof NONE = NONE;
  last: Level | Combo | undefined = undefined;
}

/** Combinations of the given columns' cells, created on first sight. */
export class ComboCache {
  private root = new Level();
  private count = 0;
  private hits = 0;
  private misses = 0;
  private bypass = 0;
  // What `get` gives while the memo is bypassed: a combination that remembers nothing.
  private readonly scratch: Combo = { pos: COMBO_UNKNOWN, neg: COMBO_UNKNOWN };

  constructor(private readonly cols: readonly number[]) {}

  /**
   * The combination of this row's cells, or null when one is an object (an error value or a date:
   * the straightforward path diagnoses or reads it, and objects would only fill the memo).
   */
  get(row: readonly CellValue[]): Combo | null {
    if (this.bypass > 0) {
      this.bypass--;
      return this.unmemoised(row);
    }
    const cols = this.cols;
    const last = cols.length - 1;
    let node = this.root;
    for (let k = 0; k < last; k++) {
      const v = row[cols[k]];
      if (typeof v === "object" && v !== null) return null;
      node = this.child(node, v) as Level;
    }
    const v = last < 0 ? null : row[cols[last]];
    if (typeof v === "object" && v !== null) return null;
    let combo = (node.lastKey === v ? node.last : node.next.get(v)) as Combo | undefined;
    if (combo === undefined) {
      if (++this.count > COMBO_LIMIT) {
        this.root = new Level();
        this.count = 0;
        return this.get(row);
      }
      combo = { pos: COMBO_UNKNOWN, neg: COMBO_UNKNOWN };
      node.next.set(v, combo);
      this.misses++;
    } else this.hits++;
    node.lastKey = v;
    node.last = combo;
    if (this.hits + this.misses >= SAMPLE) {
      // Mostly new combinations (a label unique per line): the memo only costs; classify each line a while.
      if (this.misses > this.hits) this.bypass = BYPASS;
      this.hits = this.misses = 0;
    }
    return combo;
  }

  /** The level under `node` for a (non-object) cell value, created on first sight. */
  private child(node: Level, v: CellValue): Level {
    if (node.lastKey === v) return node.last as Level;
    let next = node.next.get(v) as Level | undefined;
    if (next === undefined) node.next.set(v, (next = new Level()));
    node.lastKey = v;
    node.last = next;
    return next;
  }

  /** The scratch combination (nothing remembered), or null for an object cell. */
  private unmemoised(row: readonly CellValue[]): Combo | null {
    for (const c of this.cols) {
      const v = row[c];
      if (typeof v === "object" && v !== null) return null;
    }
    this.scratch.pos = this.scratch.neg = COMBO_UNKNOWN;
    return this.scratch;
  }
}
