/**
 * Quarterly quality control: a reproducible random sample of a share of the period's lines,
 * stratified so that every status (scope × kind) has at least one line.
 */
import type { EngineResult } from "./engine";
import { LINE_NOT_REVENUE, LINE_UNUSABLE } from "./engine";

export interface QcOptions {
  from: number;
  to: number;
  /** Share of lines to draw (0.05 = 5 %). */
  rate?: number;
  /** Seed of the random draw; the same seed on the same data gives the same sample. */
  seed?: number;
}

/** A small, fast, seedable PRNG (mulberry32): reproducible draws without a dependency. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Seed derived from a text (the quarter label), so "2025-Q1" always draws the same lines. */
export function seedOf(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** Line indexes of the sample, ascending: ceil(rate × N) lines, at least one per status present. */
export function qcSample(result: EngineResult, options: QcOptions): number[] {
  const rate = options.rate ?? 0.05;
  const rnd = mulberry32(options.seed ?? seedOf(`${options.from}-${options.to}`));
  const strata = new Map<number, number[]>();
  let total = 0;
  const { lines } = result;
  for (let i = 0; i < lines.count; i++) {
    const s = lines.scope[i];
    if (s === LINE_UNUSABLE || s === LINE_NOT_REVENUE) continue;
    const p = lines.period[i];
    if (p < options.from || p > options.to) continue;
    const key = s * 8 + lines.kind[i];
    let list = strata.get(key);
    if (!list) strata.set(key, (list = []));
    list.push(i);
    total++;
  }
  if (total === 0) return [];
  const target = Math.max(strata.size, Math.ceil(total * rate));
  const picked: number[] = [];
  for (const key of [...strata.keys()].sort((a, b) => a - b)) {
    const list = strata.get(key) as number[];
    const share = Math.max(1, Math.round((list.length / total) * target));
    picked.push(...draw(list, Math.min(share, list.length), rnd));
  }
  return picked.sort((a, b) => a - b);
}

/** k distinct items of a list by a partial Fisher–Yates shuffle on a copy. */
function draw(list: readonly number[], k: number, rnd: () => number): number[] {
  const a = list.slice();
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(rnd() * (a.length - i));
    const t = a[i];
    a[i] = a[j];
    a[j] = t;
  }
  return a.slice(0, k);
}
