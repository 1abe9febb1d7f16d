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
    // Kept small (the rare branches in methods of their own) so that V8 inlines it in the hot loop.
    if (this.bypass > 0) return this.unmemoised(row);
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
    const combo = (node.lastKey === v ? node.last : node.next.get(v)) as Combo | undefined;
    if (combo === undefined) return this.added(node, v, row);
    node.lastKey = v;
    node.last = combo;
    if (++this.hits + this.misses >= SAMPLE) this.sample();
    return combo;
  }

  /** A combination seen for the first time under `node`: created (the memo restarted past COMBO_LIMIT). */
  private added(node: Level, v: CellValue, row: readonly CellValue[]): Combo | null {
    if (++this.count > COMBO_LIMIT) {
      this.root = new Level();
      this.count = 0;
      return this.get(row);
    }
    const combo: Combo = { pos: COMBO_UNKNOWN, neg: COMBO_UNKNOWN };
    node.next.set(v, combo);
    node.lastKey = v;
    node.last = combo;
    this.misses++;
    if (this.hits + this.misses >= SAMPLE) this.sample();
    return combo;
  }

  /** End of a sample: mostly new combinations (a label unique per line) and the memo only costs; classify each line a while. */
  private sample(): void {
    if (this.misses > this.hits) this.bypass = BYPASS;
    this.hits = this.misses = 0;
  }

  /** The level under `node` for a (non-object) cell value, created on first sight. */
  private child(node: Level, v: CellValue): Level {
    if (node.lastKey === v) return node.last as Level;
    const next = (node.next.get(v) as Level | undefined) ?? this.newLevel(node, v);
    node.lastKey = v;
    node.last = next;
    return next;
  }

  /** A level created under `node` for a cell value seen there for the first time. */
  private newLevel(node: Level, v: CellValue): Level {
    const next = new Level();
    node.next.set(v, next);
    return next;
  }

  /** The scratch combination (nothing remembered), or null for an object cell. */
  private unmemoised(row: readonly CellValue[]): Combo | null {
    this.bypass--;
    for (const c of this.cols) {
      const v = row[c];
      if (typeof v === "object" && v !== null) return null;
    }
    this.scratch.pos = this.scratch.neg = COMBO_UNKNOWN;
    return this.scratch;
  }
}
