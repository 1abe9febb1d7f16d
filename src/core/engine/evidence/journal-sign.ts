/**
 * A journal exported with one signed amount column (Winbooks' AMOUNTEUR, Wave's "Amount (One
 * column)", Odoo's Balance, a "Montant signé"): debit positive, credit negative, so its sales are
 * negative. Proven by its entries: read in order, the amounts of an entry add up to zero (a block of
 * rows whose running sum comes back to zero), and a block that holds a revenue line (class 7) and a
 * line of another class (the customer 411, the VAT 445) is an entry. The sign of the revenue lines of
 * those entries, added up, says the convention: negative, the sales are credits written negative and
 * every amount is read as credit − debit; positive, as written. A file without such entries (a sales
 * list) is read as written, its sign_convention warning unchanged.
 *
 * An extract of revenue accounts (SAP's FBL3N / FAGLL03 / ALV lists of 70… and 709 line items, no
 * S / H column) has no entries to balance: its lines say the convention by their accounts instead.
 * Sales accounts (701–708) adding up negative while the discounts and rebates granted (709), debits
 * by nature, add up positive: the amounts are debit positive, read negated, said with both
 * examples. A list of credit notes (706 negative by nature, no 709 line) proves nothing: read as
 * written, with the warning. The user's word (`--signs`) decides before any evidence.
 */
import { cellText } from "../../cells";
import { diag, DIAG } from "../../diagnostics";
import { normalizeText } from "../../text";
import type { Diagnostic, Mapping, RawTable } from "../../types";
import type { MappingResult } from "../../fields";
import { newAmountOut, readAmount, type DecimalSep } from "../../money";

/**
 * What proves the convention: the first entry (its first and last rows, as the user sees them), the
 * revenue extract's first negative sale (row, value) and first positive 709 line (to, value2), or the
 * user's option (rows 0).
 */
export interface JournalProof {
  row: number;
  to: number;
  /** "entries" when undefined. */
  by?: "extract" | "option";
  value?: string;
  value2?: string;
  /** The extract's sales lines written negative, of how many. */
  negative?: number;
  total?: number;
}

/**
 * A revenue extract's lines as written: sales accounts (701–708) by sign and added up, and their
 * deductions (709) added up (cents; sums, so a line split in two or the lines' order change nothing).
 */
export interface ExtractSigns {
  salesNegative: number;
  salesPositive: number;
  salesCents: number;
  /** Σ of the positive sales lines (cents): with salesCents, how much of the sales is written negative. */
  salesPositiveCents: number;
  deductionsCents: number;
  /** A header names credit notes ("N° avoir", "Credit Memo Number"): a list of them, negative by nature. */
  creditNotes?: boolean;
  /** The first negative sale and the first positive 709 line. */
  sale?: { row: number; value: string };
  deduction?: { row: number; value: string };
}

/** What a table's entries say: the revenue lines' raw amounts added up (cents), and the first entry. */
export interface JournalSign {
  /** Σ of the revenue lines' amounts as written, over the entries found (cents; < 0: credits negative). */
  revenueCents: number;
  proof: JournalProof | null;
  /** The table's revenue lines by account and sign (the proof of an extract without entries). */
  extract?: ExtractSigns;
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

/** The options with the user's word on the signs (`signs`) as the journal's convention, noted as theirs. */
export function withSignsOption<
  T extends { signs?: JournalPrior; journalPrior?: JournalPrior; journalProof?: JournalProof },
>(options: T): T {
  if (options.signs === undefined || options.journalPrior !== undefined) return options;
  const journalProof: JournalProof | undefined =
    options.signs === "debit_positive" ? { row: 0, to: 0, by: "option" } : undefined;
  return { ...options, journalPrior: options.signs, journalProof };
}

/** A PCG account's revenue role by its leading digits: 701–708 sales, 709 their deductions. */
function revenueRole(account: string): "sale" | "deduction" | null {
  if (/^709/.test(account)) return "deduction";
  return /^70[1-8]/.test(account) ? "sale" : null;
}

/** A header naming credit notes: "N° avoir", "Date avoir", "Credit Note Number", "Credit Memo". */
const CREDIT_NOTE_HEADER = /\bavoirs?\b|\bcredit (?:note|memo)s?\b/;

/** An empty tally of a revenue extract's signs. */
export function noExtractSigns(): ExtractSigns {
  return { salesNegative: 0, salesPositive: 0, salesCents: 0, salesPositiveCents: 0, deductionsCents: 0 };
}

/**
 * The revenue lines of a table (PCG accounts) as written, rows listed in `skip` left out; `mark`: the
 * amount column's decimal mark.
 */
export function extractSigns(
  table: RawTable,
  map: Mapping,
  mark: DecimalSep,
  skip?: ReadonlySet<number>,
): ExtractSigns {
  const e = noExtractSigns();
  if (table.headers.some((h) => CREDIT_NOTE_HEADER.test(normalizeText(String(h ?? "")))))
    e.creditNotes = true;
  const a = map.account;
  const m = map.amount;
  if (a === undefined || m === undefined) return e;
  const out = newAmountOut();
  for (let i = 0; i < table.rows.length; i++) {
    if (skip !== undefined && skip.has(i)) continue;
    const row = table.rows[i];
    const role = revenueRole(cellText(row?.[a]).trim());
    if (role === null || !readAmount(row?.[m] ?? null, mark, out)) continue;
    const cents = out.exact === null ? out.cents : out.exact.times(100).toNumber();
    if (cents === 0) continue;
    const at = {
      row: table.rowNumbers ? table.rowNumbers[i] : table.firstRow + i,
      value: cellText(row?.[m]),
    };
    if (role === "deduction") {
      e.deductionsCents += cents;
      if (cents > 0) e.deduction ??= at;
      continue;
    }
    e.salesCents += cents;
    if (cents > 0) {
      e.salesPositive++;
      e.salesPositiveCents += cents;
    } else {
      e.salesNegative++;
      e.sale ??= at;
    }
  }
  return e;
}

/** Two tallies added (a streamed file's chunks), the first examples kept. */
export function addExtractSigns(x: ExtractSigns, y: ExtractSigns | undefined): ExtractSigns {
  if (y === undefined) return x;
  return {
    salesNegative: x.salesNegative + y.salesNegative,
    salesPositive: x.salesPositive + y.salesPositive,
    salesCents: x.salesCents + y.salesCents,
    salesPositiveCents: x.salesPositiveCents + y.salesPositiveCents,
    deductionsCents: x.deductionsCents + y.deductionsCents,
    creditNotes: x.creditNotes === true || y.creditNotes === true ? true : undefined,
    sale: x.sale ?? y.sale,
    deduction: x.deduction ?? y.deduction,
  };
}

/**
 * The proof that an extract of revenue accounts is debit positive: its sales (701–708) add up
 * negative while its 709 lines, debits by nature, add up positive; null otherwise (a list of credit
 * notes has no 709 line).
 */
export function extractProof(e: ExtractSigns | undefined): JournalProof | null {
  if (e === undefined || e.sale === undefined || e.deduction === undefined) return null;
  if (e.salesCents >= 0 || e.deductionsCents <= 0 || e.creditNotes === true) return null;
  // Most of the sales written negative (four fifths of their amount), not a large correction among
  // positive sales; by amounts, so a line split in two changes nothing.
  const negative = e.salesPositiveCents - e.salesCents;
  if (negative < 4 * e.salesPositiveCents) return null;
  return {
    row: e.sale.row,
    to: e.deduction.row,
    by: "extract",
    value: e.sale.value,
    value2: e.deduction.value,
    negative: e.salesNegative,
    total: e.salesNegative + e.salesPositive,
  };
}

/** The note saying the amounts are read negated, and what proved it (entries, an extract, the option). */
export function journalNote(column: string, proof: JournalProof | undefined): Diagnostic {
  const base = { row: 0, column, value: column };
  if (proof?.by === "option") return diag(DIAG.amountDebitPositiveOption, base);
  if (proof?.by === "extract") {
    const { row, to, value, value2, negative, total } = proof;
    const args = {
      row1: row,
      value1: value ?? "",
      row2: to,
      value2: value2 ?? "",
      negative: negative ?? 0,
      total: total ?? 0,
    };
    return diag(DIAG.amountDebitPositiveExtract, { ...base, args });
  }
  return diag(DIAG.amountDebitPositive, { ...base, args: { row1: proof?.row ?? 0, row2: proof?.to ?? 0 } });
}
