/**
 * Whether a workbook formula in the amount column is a total of that column (a subtotal under its
 * lines, a total above its detail, a recap by month): such a row is never a line, whatever its
 * label. It is when the formula aggregates its own column's other rows: a range of them (=SUM(D2:D9),
 * =SUMIFS(D2:D5, A2:A5, …), =SUMPRODUCT((MONTH(A2:A5)=1)*D2:D5), =AGGREGATE(9,5,D2:D3)), or cells of
 * them added up (=D2+D3, =SUM(D2,D3)), or an Excel Table's column (=SUBTOTAL(109,T[Montant])).
 * A line's own computation (=D2*2, =B5*C5, =D2+E2) and a running balance in another column are not.
 * One cell of the column (=D5) is a copy: a recurring amount carried from line to line, or a recap
 * of one row; SheetTotals decides it from the row it copies.
 */
import type { CellValue } from "../../core/types";

/** A cell or range reference, with the sheet it names when it names one (another sheet's cells are not this column's). */
const REF =
  /(?<![\w.$!'])((?:'[^']*'|[A-Za-z_][\w.]*)!)?\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?(?![\w(])/gi;
/** Functions that add up (or count, average) the cells they are given. */
const AGGREGATE = /\b(?:SUM|SUMIFS?|SUMPRODUCT|SUBTOTAL|AGGREGATE|AVERAGE|AVERAGEIFS?)\s*\(/i;
/** Cells added up and nothing else: =D2+D3+D4, =D5. */
const PLUS_CELLS = /^\s*\$?[A-Z]{1,3}\$?\d+(?:\s*\+\s*\$?[A-Z]{1,3}\$?\d+)*\s*$/i;
/** An Excel Table's totals row: =SUBTOTAL(109, Ventes[Montant HT]) sums a column of the table. */
const TABLE_SUBTOTAL = /^\s*SUBTOTAL\(\s*(?:9|109)\s*,\s*[^[\](),]*\[[^\]]+\]\s*\)\s*$/i;
/** One cell and nothing else: =D5, =$D$5. */
const ONE_CELL = /^\s*\$?([A-Z]{1,3})\$?(\d+)\s*$/i;
/** Text literals ("…", "" inside): their content is no reference. */
const TEXT = /"(?:[^"]|"")*"/g;

/** Column letters → 1-based column number (A = 1, AA = 27). */
function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** True when formula `f` (without its "="), in column `col` (1-based) of sheet row `r`, totals its own column. */
export function totalsOwnColumn(f: string, col: number, r: number): boolean {
  if (TABLE_SUBTOTAL.test(f)) return true;
  if (copiedRow(f, col, r) !== null) return false;
  let cells = false;
  for (const m of f.replace(TEXT, '""').matchAll(REF)) {
    if (m[1] !== undefined) continue;
    const [c1, c2] = [columnNumber(m[2]), columnNumber(m[4] ?? m[2])];
    const [r1, r2] = [Number(m[3]), Number(m[5] ?? m[3])];
    if (col < Math.min(c1, c2) || col > Math.max(c1, c2)) continue;
    const others = Math.min(r1, r2) !== r || Math.max(r1, r2) !== r;
    if (!others) continue;
    // A range of the column's other rows is aggregated whatever the function around it.
    if (m[4] !== undefined) return true;
    cells = true;
  }
  return cells && (PLUS_CELLS.test(f) ? onlyColumn(f, col) : AGGREGATE.test(f));
}

/** True when every cell of a =D2+D3 formula is in column `col` (=D2+E2 adds a line's own cells). */
function onlyColumn(f: string, col: number): boolean {
  return [...f.matchAll(REF)].every((m) => columnNumber(m[2]) === col);
}

/** The sheet row that formula `f` (column `col`, sheet row `r`) copies when it is one other cell of its column (=D5), else null. */
export function copiedRow(f: string, col: number, r: number): number | null {
  const m = ONE_CELL.exec(f);
  if (m === null || columnNumber(m[1]) !== col || Number(m[2]) === r) return null;
  return Number(m[2]);
}

/** Where a total row's formula is: its sheet row, its column (1-based) and the formula. */
export interface TotalAt {
  row: number;
  col: number;
  formula: string;
}

/**
 * The rows of a sheet that are the workbook's own totals (by data index). A copy of one cell (=D5) is
 * decided once every row is read: a total when it copies a total (=D20 under "Total général") or a
 * row it shares nothing with (a month's recap of its one line); a line when it shares a text cell
 * with the row it copies (the same client's subscription carried to the next month).
 */
export class SheetTotals {
  private readonly totals = new Map<number, TotalAt>();
  private readonly copies: { i: number; at: TotalAt; of: number }[] = [];

  constructor(private readonly firstRow: number) {}

  /** Data row `i`, sheet row `r`, with its formula cells: true when it is a total (copies are told at the end). */
  note(i: number, r: number, formulas: readonly { col: number; formula: string }[]): boolean {
    for (const { col, formula } of formulas) {
      if (!totalsOwnColumn(formula, col, r)) continue;
      this.totals.set(i, { row: r, col, formula: `=${formula}` });
      return true;
    }
    for (const { col, formula } of formulas) {
      const of = copiedRow(formula, col, r);
      if (of !== null) this.copies.push({ i, at: { row: r, col, formula: `=${formula}` }, of });
    }
    return false;
  }

  /** The totals once every row (`rows`, by data index) is read, in row order. */
  end(rows: readonly CellValue[][]): Map<number, TotalAt> {
    for (const { i, at, of } of this.copies) {
      const j = of - this.firstRow;
      const copied = j >= 0 && j < rows.length ? rows[j] : undefined;
      if (copied === undefined || this.totals.has(j) || !sharesText(rows[i], copied)) this.totals.set(i, at);
    }
    return new Map([...this.totals].sort((a, b) => a[0] - b[0]));
  }
}

/** True when two rows hold the same non-blank text in one column. */
function sharesText(a: readonly CellValue[], b: readonly CellValue[]): boolean {
  return a.some((v, c) => typeof v === "string" && v.trim() !== "" && v === b[c]);
}
