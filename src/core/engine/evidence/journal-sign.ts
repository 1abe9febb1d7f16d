/**
 * A journal exported with one signed amount column (Winbooks' AMOUNTEUR, Wave's "Amount (One
 * column)", Odoo's Balance, a "Montant signé"): debit positive, credit negative, so its sales are
 * negative. Proven by its entries: read in order, the amounts of an entry add up to zero (a block of
 * rows whose running sum comes back to zero), and a block that holds a revenue line (class 7) and a
 * line of another class (the customer 411, the VAT 445) is an entry. The sign of the revenue lines of
 * those entries, added up, says the convention: negative, the sales are credits written negative and
 * every amount is read as credit − debit; positive, as written. A file without such entries (a sales
 * list) is read as written, its sign_convention warning unchanged.
 */
import type { Mapping } from "../../types";
import type { MappingResult } from "../../fields";

/** The first entry that proves the convention: its first and last rows, as the user sees them. */
export interface JournalProof {
  row: number;
  to: number;
}

/** What a table's entries say: the revenue lines' raw amounts added up (cents), and the first entry. */
export interface JournalSign {
  /** Σ of the revenue lines' amounts as written, over the entries found (cents; < 0: credits negative). */
  revenueCents: number;
  proof: JournalProof | null;
}

/** The convention of a streamed file's earlier chunks: read as credit − debit, or as written. */
export type JournalPrior = "debit_positive" | "as_written";

/** Whether a mapping reads one signed amount beside an account: the layout these entries may prove. */
export function journalLayout(info: MappingResult, map: Mapping): boolean {
  return info.layout === "amount" && map.account !== undefined && map.amount !== undefined;
}

/** How many rows back an entry is looked for (an entry of more lines is not seen). */
const SPAN = 32;
/** Buckets of the running sums kept (a sum in none of them ends no entry: no search). */
const BUCKETS = 1024;

/** The bucket of a running sum (whole cents). */
function bucket(sum: number): number {
  return ((sum % BUCKETS) + BUCKETS) % BUCKETS;
}

/**
 * Entries found while the engine reads the rows, in order: `add` each line's amount as written
 * (cents; NaN for one it cannot add exactly, which starts a new search). An entry is the rows since
 * an earlier one, at most SPAN back, whose amounts add up to zero: found wherever the reading starts
 * (a chunk may begin inside an entry) by keeping the last running sums.
 */
export class JournalBlocks {
  readonly sign: JournalSign = { revenueCents: 0, proof: null };
  // Running sums after each of the last rows (a ring): all amounts, revenue amounts, revenue and other lines.
  private readonly sums = new Float64Array(SPAN);
  private readonly revenues = new Float64Array(SPAN);
  private readonly revenueLines = new Int32Array(SPAN);
  private readonly otherLines = new Int32Array(SPAN);
  /** The row read after each slot's: where an entry starting there begins. */
  private readonly nextRows = new Int32Array(SPAN);
  /** How many of the running sums kept fall in each bucket. */
  private readonly buckets = new Uint8Array(BUCKETS);
  private size = 0;
  private at = 0;
  private sum = 0;
  private revenue = 0;
  private revenueCount = 0;
  private otherCount = 0;

  constructor() {
    this.reset();
  }

  /** Adds a line (`revenue`: a class-7 line); an entry closing here is counted, then the search starts anew. */
  add(cents: number, revenue: boolean, rowNumber: number): void {
    if (cents !== cents) {
      this.reset();
      return;
    }
    this.nextRows[(this.at - 1 + SPAN) % SPAN] = rowNumber;
    this.sum += cents;
    if (revenue) {
      this.revenue += cents;
      this.revenueCount++;
    } else this.otherCount++;
    // Most rows end no entry: their running sum is none of the last ones.
    if (this.buckets[bucket(this.sum)] === 0) {
      this.push();
      return;
    }
    for (let k = 1; k <= this.size; k++) {
      const j = (this.at - k + SPAN) % SPAN;
      if (this.sums[j] !== this.sum) continue;
      const revenueLines = this.revenueCount - this.revenueLines[j];
      const revenueCents = this.revenue - this.revenues[j];
      if (revenueLines > 0 && this.otherCount > this.otherLines[j] && revenueCents !== 0) {
        this.sign.revenueCents += revenueCents;
        this.sign.proof ??= { row: this.nextRows[j], to: rowNumber };
        this.reset();
        return;
      }
    }
    this.push();
  }

  /** A row that is no line (blank, unusable): the search starts anew after it. */
  reset(): void {
    this.size = 0;
    this.at = 0;
    this.sum = 0;
    this.revenue = 0;
    this.revenueCount = 0;
    this.otherCount = 0;
    this.buckets.fill(0);
    this.push();
  }

  /** Notes the running sums after the row just added (or before any, after a reset). */
  private push(): void {
    const i = this.at;
    if (this.size === SPAN) this.buckets[bucket(this.sums[i])]--;
    this.sums[i] = this.sum;
    this.buckets[bucket(this.sum)]++;
    this.revenues[i] = this.revenue;
    this.revenueLines[i] = this.revenueCount;
    this.otherLines[i] = this.otherCount;
    this.at = (i + 1) % SPAN;
    if (this.size < SPAN) this.size++;
  }
}

/** What journalQuestion reads of an engine result (its own type here: result.ts imports this module). */
interface JournalResult {
  reading: { journal?: unknown };
  mappingInfo: MappingResult;
  mapping: Mapping;
  totals: { gross_sales: { isNegative(): boolean } };
}

/**
 * Whether a result raises the question: one signed amount beside an account, read as written, and its
 * sales come out negative (the entries are looked for only then: a sales list costs nothing).
 */
export function journalQuestion(r: JournalResult): boolean {
  return (
    r.reading.journal === undefined &&
    journalLayout(r.mappingInfo, r.mapping) &&
    r.totals.gross_sales.isNegative()
  );
}

/** The convention a table's own entries prove, or null when they prove none. */
export function journalDecision(sign: JournalSign | undefined): JournalPrior | null {
  if (sign === undefined || sign.proof === null || sign.revenueCents === 0) return null;
  return sign.revenueCents < 0 ? "debit_positive" : "as_written";
}
