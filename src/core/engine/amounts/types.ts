/** The amount of one line as every layout reader gives it, and the reader interface. */
import type Decimal from "decimal.js";
import type { CellValue, Diagnostic } from "../../types";
import type { SensConvention } from "../directions";

/** One line's amount: its base and per-line deductions, in cents or exact (never both). */
export interface LineAmount {
  /** True when the base is already signed by the data (debit/credit, Montant+Sens). */
  signed: boolean;
  baseCents: number;
  baseExact: Decimal | null;
  perLine: ({ cents: number; exact: Decimal | null } | null)[];
  currency: string;
  netDecimal(): Decimal;
}

/** How each amount column is read: its decimal mark, whether its data proved it, every amount exact. */
export interface AmountColumns {
  sepOf(c: number): "," | ".";
  isProven(c: number): boolean;
  /** What one value of column c is worth in currency units (1, or 1 000 for a header in k€). */
  scaleOf(c: number): number;
  /** Columns whose cells wrote their unit ("125,5 k€"): one amount_unit_cells note each. */
  readonly unitNotes: readonly Diagnostic[];
  /** Lines read quantity × price rounded to the cent: one amount_rounded_per_line note (an example). */
  readonly roundNotes: readonly Diagnostic[];
  readonly allExact: boolean;
  /** A numeric Sens (+1/-1) was read and diagnosed (once per table). */
  readonly numericSensSeen: boolean;
  /** How the direction column writes its side (Sage's 0/1, SAP's posting keys), proven by the data. */
  readonly sensConvention: SensConvention;
  /** Montant + Sens whose sign repeats the direction (SAP): the magnitude is read by its direction. */
  readonly signedLikeDirection: boolean;
  /** The amount is proven TTC by a VAT column beside it: read less that VAT (per line, not columnar). */
  readonly lessVat: boolean;
  /** The amount is headed TTC beside a VAT rate column: read HT = TTC / (1 + rate) (per line, not columnar). */
  readonly lessRate: boolean;
  /** The amount is a total beside a tip column: read less the tips (per line, not columnar). */
  readonly lessTips: boolean;
  /** A gross beside what the platform collects for others: read less that column (per line, not columnar). */
  readonly lessCollected: number | undefined;
  readonly plusShipping: number | undefined;
  /** A Net beside Debit / Credit holding its gross, read by side (per line, not columnar). */
  readonly netSides: boolean;
}

/** Reads the amount of each row; one object reused for every row (hot path). */
export interface AmountReader {
  read(row: readonly CellValue[], rowNumber: number, diagnostics: Diagnostic[]): LineAmount | null;
  /**
   * `read` without diagnostics nor lasting effect on the reader (its once-per-table diagnostics stay
   * due): for the evidence read before the pass (credit notes).
   */
  probe(row: readonly CellValue[], rowNumber: number): LineAmount | null;
  /** Known amount of the last line read returns null for (its gross or net), else null. */
  lostAmount: Decimal | null;
  /** The table's amount columns (the fast path reads them with their marks). */
  readonly cells: AmountColumns;
  /** True when the table has per-line deduction columns. */
  readonly hasDeductions: boolean;
}

/** Reads a line's base amount into the shared cells' line; false when the line is unusable (diagnosed). */
export type BaseReader = (row: readonly CellValue[], rowNumber: number, diagnostics: Diagnostic[]) => boolean;
