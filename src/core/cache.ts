/**
 * A small bounded memo: a Map that empties itself when it reaches its limit. Used by the hot paths
 * that remember per-value answers (classifier lookups, OP flag readings, manual decisions), so a
 * column of unique values costs bounded memory and repeated values stay fast.
 */
export class BoundedCache<K, V> {
  private readonly map = new Map<K, V>();

  /** `limit`: entries kept at most; the next `set` after that starts over from empty. */
  constructor(private readonly limit: number) {}

  /** The remembered value, or undefined. */
  get(key: K): V | undefined {
    return this.map.get(key);
  }

  /** Remembers a value; clears everything first when the cache is full. */
  set(key: K, value: V): void {
    if (this.map.size >= this.limit) this.map.clear();
    this.map.set(key, value);
  }

  /** Entries currently held. */
  get size(): number {
    return this.map.size;
  }
}
