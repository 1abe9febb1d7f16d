/** What every amount layout shares: reading one amount cell with its diagnostics, and the line being built. */
import Decimal from "decimal.js";
import { cellText } from "../../cells";
import { diag, DIAG } from "../../diagnostics";
import { centsToDecimal, newAmountOut, readAmount, toDecimalString, type AmountOut } from "../../money";
import type { CellValue, Diagnostic, RawTable } from "../../types";
import type { Reading } from "../evidence/columns";
import { cellUnit } from "../../amount-units";
import type { LineAmount } from "./types";
import type { SensConvention } from "../directions";

/** A cell's amount: cents, or exact when it has more than two decimals (or the run is all exact). */
export interface CellAmount {
  cents: number;
  exact: Decimal | null;
}

/** Exact value of a cell amount. */
export function exactOf(a: CellAmount): Decimal {
  return a.exact ?? centsToDecimal(a.cents);
}

/** The amount cells of one table and the line amount being built (one per computation, reused per row). */
export class AmountCells {
  readonly out: AmountOut = newAmountOut();
  /** A numeric Sens (+1/-1) was read and diagnosed (once per table). */
  numericSensSeen = false;
  /** How the direction column writes its side: Sage's 0/1 proven by a "0", SAP's posting keys (reading.sens). */
  get sensConvention(): SensConvention {
    return this.reading.sens?.convention ?? "dc";
  }
  /** Montant + Sens whose sign repeats the direction (SAP): the magnitude is read by its direction. */
  get signedLikeDirection(): boolean {
    return this.reading.signedLikeDirection !== undefined;
  }
  /** The amount is proven TTC by a VAT column beside it (evidence/vat-column.ts): read less that VAT. */
  get lessVat(): boolean {
    return this.reading.vat?.is === "ttc";
  }
  /** The amount is a total beside a tip column (evidence/tips.ts): read less the tips. */
  get lessTips(): boolean {
    return this.reading.lessTips !== undefined;
  }
  /** A gross beside what the platform collects for others (evidence/collected.ts): that column; else undefined. */
  get lessCollected(): number | undefined {
    return this.reading.lessCollected?.col;
  }
  /** Net sales beside the shipping billed (evidence/shipping.ts): that column, read with them; else undefined. */
  get plusShipping(): number | undefined {
    return this.reading.plusShipping?.col;
  }
  /** The amount is headed TTC beside a VAT rate column (evidence/vat-column.ts): HT = TTC / (1 + rate). */
  get lessRate(): boolean {
    return this.reading.ttcRate !== undefined;
  }
  /** A Net beside Debit / Credit holding its gross, read by side (evidence/net-sides.ts). */
  get netSides(): boolean {
    return this.reading.netSides !== undefined;
  }
  /** Known amount of the last line ignored (see AmountReader.lostAmount). */
  lostAmount: Decimal | null = null;
  readonly line: LineAmount = {
    signed: false,
    baseCents: 0,
    baseExact: null,
    perLine: [null, null, null],
    currency: "",
    netDecimal() {
      // Deductions reduce the amount's magnitude: −100 with a 10 discount nets −90.
      let t = this.baseExact ?? centsToDecimal(this.baseCents);
      const neg = t.isNegative();
      for (const d of this.perLine) {
        if (d === null) continue;
        const m = (d.exact ?? centsToDecimal(d.cents)).abs();
        t = neg ? t.plus(m) : t.minus(m);
      }
      return t;
    },
  };

  /** Decimal mark of each column (by index), and whether its data proved it. */
  private readonly marks: ("," | ".")[];
  private readonly proven: boolean[];
  /** What one value of each column is worth (1, or 1 000 for a "Montant (k€)" column: reading.units). */
  private readonly scales: number[];

  constructor(
    private readonly table: RawTable,
    readonly reading: Reading,
    /** Every amount as a Decimal (the recomputation after a cents overflow). */
    readonly allExact: boolean,
  ) {
    const fallback = Object.values(reading.decimal).find((d) => d.by !== "data")?.mark ?? ",";
    this.marks = table.headers.map((h) => reading.decimal[h]?.mark ?? fallback);
    this.proven = table.headers.map((h) => reading.decimal[h]?.by === "data");
    // A journal's credits written negative (reading.journal): its amounts read negated.
    this.scales = table.headers.map(
      (h) => (reading.units?.[h] ?? 1) * (reading.journal?.column === h ? -1 : 1),
    );
  }

  /** What one value of column c is worth in currency units (a header in thousands: 1 000). */
  scaleOf(c: number): number {
    return this.scales[c] ?? 1;
  }

  /** Decimal mark of column c, as its data proved it or as the option/default decided. */
  sepOf(c: number): "," | "." {
    return this.marks[c] ?? ",";
  }

  /** Whether column c's data proved its decimal mark (an ambiguous text there is not diagnosed). */
  isProven(c: number): boolean {
    return this.proven[c] === true;
  }

  /** Header text of a column, for diagnostics. */
  header(c: number): string {
    return this.table.headers[c] ?? "";
  }

  /** Reads one amount cell into `out`; empty counts as zero only when `emptyIsZero`. Returns false on error (diagnosed). */
  one(
    row: readonly CellValue[],
    col: number,
    rowNumber: number,
    diagnostics: Diagnostic[],
    emptyIsZero: boolean,
  ): boolean {
    const out = this.out;
    const v = row[col];
    if (readAmount(v, this.sepOf(col), out)) {
      // A column whose data proved its decimal mark reads "1,234" without a doubt.
      if (out.ambiguous && !this.proven[col]) {
        diagnostics.push(
          diag(DIAG.amountAmbiguous, { row: rowNumber, column: this.header(col), value: cellText(v) }),
        );
      }
      if (this.scales[col] !== 1) scaleOut(out, this.scaleOf(col));
      if (this.allExact && out.exact === null) {
        out.exact = centsToDecimal(out.cents);
        out.cents = NaN;
      }
      if (out.currency) this.line.currency = out.currency;
      return true;
    }
    // "125,5 k€": the cell writes its unit (amount_unit_cells, said once for the column).
    if (out.error === "unreadable" && this.cellWithUnit(v, col)) return true;
    if (out.error === "empty" && emptyIsZero) {
      out.cents = 0;
      out.exact = this.allExact ? new Decimal(0) : null;
      return true;
    }
    const spec =
      out.error === "empty"
        ? DIAG.amountEmpty
        : out.error === "error_cell"
          ? DIAG.amountErrorCell
          : DIAG.amountUnreadable;
    diagnostics.push(diag(spec, { row: rowNumber, column: this.header(col), value: cellText(v) }));
    return false;
  }

  /** Columns whose cells wrote a unit ("125,5 k€"), said once each. */
  private readonly cellUnits = new Set<number>();
  /** Notes of those columns, for the engine to say (amount_unit_cells). */
  readonly unitNotes: Diagnostic[] = [];

  /** Reads a cell that writes its unit ("125,5 k€") into `out`, scaled; false when it writes none. */
  private cellWithUnit(v: CellValue, col: number): boolean {
    const unit = typeof v === "string" ? cellUnit(v) : null;
    if (unit === null || !readAmount(unit.number, this.sepOf(col), this.out)) return false;
    scaleOut(this.out, unit.factor * this.scaleOf(col));
    if (this.allExact && this.out.exact === null) {
      this.out.exact = centsToDecimal(this.out.cents);
      this.out.cents = NaN;
    }
    if (!this.cellUnits.has(col)) {
      this.cellUnits.add(col);
      const column = this.header(col);
      const args = { factor: unit.factor, example: cellText(v) };
      this.unitNotes.push(diag(DIAG.amountUnitCells, { row: 0, column, value: column, args }));
    }
    return true;
  }

  /** The note of lines read quantity × price rounded to the cent (amount_rounded_per_line), said once. */
  readonly roundNotes: Diagnostic[] = [];

  /** Says, once, that a line's exact amount was rounded to the cent as its invoice writes it (row, column: an example). */
  rounded(rowNumber: number, col: number, exact: Decimal, rounded: Decimal): void {
    if (this.roundNotes.length > 0 || exact.equals(rounded)) return;
    const args = { exact: toDecimalString(exact) };
    const value = toDecimalString(rounded);
    this.roundNotes.push(
      diag(DIAG.amountRoundedPerLine, { row: rowNumber, column: this.header(col), value, args }),
    );
  }

  /** The amount `one` just read. */
  take(): CellAmount {
    return { cents: this.out.cents, exact: this.out.exact };
  }

  /** Marks the line as ignored with a known amount: on its last diagnostic and for the ignored total. */
  lost(diagnostics: Diagnostic[], amount: Decimal): false {
    const d = diagnostics[diagnostics.length - 1];
    if (d) d.amount = toDecimalString(amount);
    this.lostAmount = amount;
    return false;
  }

  /** Exact value of a cell, or null when it is not a readable amount. */
  readExact(v: CellValue, col: number): Decimal | null {
    const probe = newAmountOut();
    if (!readAmount(v, this.sepOf(col), probe)) return null;
    const value = probe.exact ?? centsToDecimal(probe.cents);
    return this.scales[col] !== 1 ? value.times(this.scaleOf(col)) : value;
  }

  /** Sets the line's base: cents when `exact` is null, else exact. */
  setBase(cents: number, exact: Decimal | null): void {
    this.line.baseCents = exact === null ? cents : NaN;
    this.line.baseExact = exact;
  }

  /** Sets the line's base amount from a Decimal: whole cents when it has two decimals at most, else exact. */
  setBaseDecimal(d: Decimal): void {
    if (d.decimalPlaces() <= 2 && !this.allExact) this.setBase(d.times(100).toNumber(), null);
    else this.setBase(NaN, d);
  }
}

/** An amount read in a column worth `factor` per value, in currency units: whole cents while safe, else exact. */
function scaleOut(out: AmountOut, factor: number): void {
  if (out.exact !== null) {
    out.exact = out.exact.times(factor);
    return;
  }
  // + 0: a zero negated is 0, not -0.
  const cents = out.cents * factor + 0;
  if (Number.isSafeInteger(cents)) out.cents = cents;
  else {
    out.exact = centsToDecimal(out.cents).times(factor);
    out.cents = NaN;
  }
}
