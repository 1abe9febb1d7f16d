/**
 * The month accumulator: one slot of exact sums and counts per month, grown as months appear.
 * Amounts with at most two decimals are summed as integer cents in float64 (exact while the sum of
 * magnitudes stays below 2^53 cents, see `overflow`); others are summed with decimal.js beside them.
 */
import Decimal from "decimal.js";
import { centsToDecimal } from "../money";
import { periodLabel } from "../periods";
import { DEDUCTION_KINDS, EXCLUDED_REASONS, SCOPES, type Totals } from "../types";
import type { LineAmount } from "./amounts/types";
import { caopOf, emptyTotals } from "./totals";

// Accumulator layout per month slot: gross, 3 deductions, 6 excluded, to_review, then counts.
const B_GROSS = 0;
const B_DED = 1; // + index in DEDUCTION_KINDS
const B_EXCL = 4; // + index in EXCLUDED_REASONS
const B_REVIEW = 10;
const WIDTH = 11;
const C_EXCL = 0; // counts: 6 excluded, to_review, lines
const C_REVIEW = 6;
const C_LINES = 7;
const CWIDTH = 8;

const SCOPE_OP = SCOPES.indexOf("op");
const SCOPE_REVIEW = SCOPES.indexOf("to_review");
const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/** First yyyymm key of the direct slot table (years 1900–2199; others go through a Map). */
const KEY0 = 190001;
const KEYS = 220001 - KEY0;

/** The excluded-reason bucket of a scope, or -1 for OP and to-review lines. */
function excludedBucketOf(scopeIdx: number): number {
  return scopeIdx === SCOPE_OP || scopeIdx === SCOPE_REVIEW ? -1 : B_EXCL + scopeIdx - 1;
}

/** Where a line's base amount goes: gross or its deduction kind when counted, else its excluded reason, else to review. */
function baseBucketOf(kindIdx: number, counted: boolean, excludedBucket: number): number {
  if (counted) return kindIdx === 0 ? B_GROSS : B_DED + kindIdx - 1;
  return excludedBucket >= 0 ? excludedBucket : B_REVIEW;
}

// A packed line (packLine): base bucket, −|amount|, the count it adds to, and the to-review copy.
const P_BUCKET = 0xf;
const P_NEG_ABS = 0x10;
const P_COUNT_SHIFT = 5;
const P_COUNT_MASK = 0xf;
const P_NO_COUNT = 0xf;
const P_REVIEW = 0x200;

/**
 * Where a line of a kind and scope goes, packed in one number for addPacked (the fast path reads it
 * once per classification, not per line): as addLine decides for a line without per-line deductions.
 */
export function packLine(kindIdx: number, scopeIdx: number, strict: boolean, signed: boolean): number {
  const counted = scopeIdx === SCOPE_OP || (scopeIdx === SCOPE_REVIEW && !strict);
  const excludedBucket = excludedBucketOf(scopeIdx);
  const count =
    scopeIdx === SCOPE_REVIEW ? C_REVIEW : excludedBucket >= 0 ? C_EXCL + scopeIdx - 1 : P_NO_COUNT;
  return (
    baseBucketOf(kindIdx, counted, excludedBucket) |
    (signed || kindIdx === 0 ? 0 : P_NEG_ABS) |
    (count << P_COUNT_SHIFT) |
    (scopeIdx === SCOPE_REVIEW && counted ? P_REVIEW : 0)
  );
}

/** Sums per month slot; a class, not per-row closures: this is the hot path. */
export class MonthAccumulator {
  /** Sum of magnitudes of the cents added (float64 sums are exact below MAX_SAFE). */
  absSum = 0;
  /** The current line's contribution: cents part and exact part (null when none). */
  lineCents = 0;
  lineExact: Decimal | null = null;
  private acc = new Float64Array(16 * WIDTH);
  private cnt = new Int32Array(16 * CWIDTH);
  private readonly accExact = new Map<number, Decimal>();
  private readonly slotOf = new Map<number, number>();
  // Month → slot + 1 by yyyymm − KEY0 (years 1900–2199; no division on the hot path).
  private readonly slotByMonth = new Int32Array(KEYS);
  private slots = 0;
  private lastMonth = -2;
  private lastSlot = -1;
  private o = 0;

  /** True when the cents sums may have lost exactness: the caller recomputes everything exactly. */
  get overflow(): boolean {
    return this.absSum >= MAX_SAFE;
  }

  /** The slot of a month (yyyymm), created (and the arrays grown) on first sight. */
  slot(month: number): number {
    // Kept small (new months in `newSlot`) so that V8 inlines it in the hot loop.
    if (month === this.lastMonth) return this.lastSlot;
    const mi = month - KEY0;
    const s = mi >= 0 && mi < KEYS ? this.slotByMonth[mi] - 1 : this.slotOutside(month);
    if (s < 0) return this.newSlot(month);
    this.lastMonth = month;
    this.lastSlot = s;
    return s;
  }

  /** The slot of a month outside the direct table (before 1900 or after 2199), -1 when new. */
  private slotOutside(month: number): number {
    return this.slotOf.get(month) ?? -1;
  }

  /** The slot of a month seen for the first time (the arrays grown when full). */
  private newSlot(month: number): number {
    const slot = this.slots++;
    this.slotOf.set(month, slot);
    const mi = month - KEY0;
    if (mi >= 0 && mi < KEYS) this.slotByMonth[mi] = slot + 1;
    if (this.slots * WIDTH > this.acc.length) this.grow();
    this.lastMonth = month;
    this.lastSlot = slot;
    return slot;
  }

  /**
   * Adds one classified line to its month: the base (signed sale, or −|deduction|) plus per-line
   * deductions (−magnitude; +magnitude on a line whose base reduces revenue, a credit note), into
   * its kind's buckets when counted, else the exclusion/review bucket. Leaves the line's
   * contribution in `lineCents` / `lineExact`.
   */
  addLine(slot: number, kindIdx: number, scopeIdx: number, strict: boolean, amt: LineAmount): void {
    const baseIsExact = amt.baseExact !== null;
    const baseContribution = amt.signed
      ? amt.baseCents
      : kindIdx === 0
        ? amt.baseCents
        : -Math.abs(amt.baseCents);
    const baseContributionExact =
      amt.baseExact === null ? null : amt.signed || kindIdx === 0 ? amt.baseExact : amt.baseExact.abs().neg();
    const co = slot * CWIDTH;
    this.cnt[co + C_LINES]++;
    const counted = scopeIdx === SCOPE_OP || (scopeIdx === SCOPE_REVIEW && !strict);

    this.o = slot * WIDTH;
    this.lineCents = 0;
    this.lineExact = null;
    const excludedBucket = excludedBucketOf(scopeIdx);
    const baseBucket = baseBucketOf(kindIdx, counted, excludedBucket);
    this.add(baseBucket, baseIsExact ? 0 : baseContribution, baseContributionExact);
    // A line that reduces revenue (a credit note) has its own discounts reduce what it takes back.
    const reduces =
      baseContributionExact !== null ? baseContributionExact.isNegative() : baseContribution < 0;
    for (let k = 0; k < 3; k++) {
      const d = amt.perLine[k];
      if (d === null) continue;
      const bucket = counted ? B_DED + k : excludedBucket >= 0 ? excludedBucket : B_REVIEW;
      if (d.exact !== null) this.add(bucket, 0, reduces ? d.exact.abs() : d.exact.abs().neg());
      else this.add(bucket, reduces ? Math.abs(d.cents) : -Math.abs(d.cents), null);
    }
    if (scopeIdx === SCOPE_REVIEW) {
      this.cnt[co + C_REVIEW]++;
      // Counted lines to review are in gross/deductions and also shown in the to-review bucket.
      if (counted) this.copyLineTo(B_REVIEW);
    } else if (excludedBucket >= 0) this.cnt[co + C_EXCL + scopeIdx - 1]++;
  }

  /**
   * `addLine` for a line of cents alone (no per-line deduction, nothing exact): the fast path's, its
   * buckets packed once per classification by `packLine`. Same buckets, counts and `lineCents` as
   * addLine gives that line.
   */
  addPacked(slot: number, packed: number, cents: number): void {
    const contribution = 0 + ((packed & P_NEG_ABS) !== 0 ? -Math.abs(cents) : cents);
    const co = slot * CWIDTH;
    const o = slot * WIDTH;
    this.cnt[co + C_LINES]++;
    this.acc[o + (packed & P_BUCKET)] += contribution;
    this.absSum += contribution < 0 ? -contribution : contribution;
    this.lineCents = contribution;
    this.lineExact = null;
    const count = (packed >> P_COUNT_SHIFT) & P_COUNT_MASK;
    if (count !== P_NO_COUNT) this.cnt[co + count]++;
    if ((packed & P_REVIEW) !== 0) this.acc[o + B_REVIEW] += contribution;
  }

  /** Months that have lines, ascending, with their totals. */
  months(): { key: number; period: string; totals: Totals }[] {
    const monthKeys = [...this.slotOf.keys()].sort((a, b) => a - b);
    return monthKeys.map((key) => {
      const slot = this.slotOf.get(key) as number;
      return { key, period: periodLabel(key), totals: this.slotTotals(slot) };
    });
  }

  private add(bucket: number, cents: number, exact: Decimal | null): void {
    if (exact !== null) {
      this.addExact(this.o + bucket, exact);
      this.lineExact = this.lineExact ? this.lineExact.plus(exact) : exact;
    } else {
      this.acc[this.o + bucket] += cents;
      this.lineCents += cents;
      this.absSum += cents < 0 ? -cents : cents;
    }
  }

  /** Adds the current line's total to another bucket as well. */
  private copyLineTo(bucket: number): void {
    this.acc[this.o + bucket] += this.lineCents;
    if (this.lineExact !== null) this.addExact(this.o + bucket, this.lineExact);
  }

  private addExact(k: number, v: Decimal): void {
    const prev = this.accExact.get(k);
    this.accExact.set(k, prev ? prev.plus(v) : v);
  }

  private grow(): void {
    const a = new Float64Array(this.acc.length * 2);
    a.set(this.acc);
    this.acc = a;
    const c = new Int32Array(this.cnt.length * 2);
    c.set(this.cnt);
    this.cnt = c;
  }

  private slotTotals(slot: number): Totals {
    const o = slot * WIDTH;
    const co = slot * CWIDTH;
    const val = (b: number): Decimal => {
      const e = this.accExact.get(o + b);
      const c = centsToDecimal(this.acc[o + b]);
      return e ? c.plus(e) : c;
    };
    const t = emptyTotals();
    t.gross_sales = val(B_GROSS);
    for (let k = 0; k < 3; k++) t.deductions[DEDUCTION_KINDS[k]] = val(B_DED + k).neg();
    EXCLUDED_REASONS.forEach((r, k) => {
      t.excluded[r] = { count: this.cnt[co + C_EXCL + k], amount: val(B_EXCL + k) };
    });
    t.to_review = { count: this.cnt[co + C_REVIEW], amount: val(B_REVIEW) };
    t.lines = this.cnt[co + C_LINES];
    t.caop = caopOf(t);
    return t;
  }
}
