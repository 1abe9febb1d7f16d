/**
 * Whether a workbook formula in the amount column is a total of that column (a subtotal under its
 * lines, a total above its detail, a recap by month): such a row is never a line, whatever its
 * label. It is when the formula aggregates its own column's other rows: a range of them (=SUM(D2:D9),
 * =SUMIFS(D2:D5, A2:A5, …), =SUMPRODUCT((MONTH(A2:A5)=1)*D2:D5), =AGGREGATE(9,5,D2:D3)), or cells of
 * them summed (=SUM(D2,D3)), or an Excel Table's column (=SUBTOTAL(109,T[Montant])). A line's own
 * computation (=D2*2, =B5*C5, =D2+E2) and a running balance in another column are not. Cells of the
 * column added up or copied (=D2+D3, =D5) are a subtotal or a line reusing amounts (a subscription
 * carried to the next month, "pose + fourniture" of two earlier lines): SheetTotals decides them.
 */
import { serialToYmd } from "../../core/dates";
import { namesPeriodTotal } from "../../core/engine/evidence/dated-totals";
import { isMonthLabel } from "../../core/engine/evidence/month-labels";
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
/** Text literals ("…", "" inside): their content is no reference. */
const TEXT = /"(?:[^"]|"")*"/g;

/** A range of another sheet: Détail!D2:D31, 'Ventes 2024'!D:D. */
const SHEET_RANGE =
  /(?:'[^']*'|[A-Za-z_\u00C0-\u024F][\w.\u00C0-\u024F]*)!\$?[A-Z]{1,3}\$?\d*:\$?[A-Z]{1,3}\$?\d*/i;

/**
 * True when a formula adds up a range of another sheet (=SUMIFS(Détail!D:D; …)): a summary of it. A
 * price or a rate looked up there (=C2*Tarifs!$B$2) is a line's own computation.
 */
export function summarisesOtherSheet(f: string): boolean {
  const bare = f.replace(TEXT, '""');
  return AGGREGATE.test(bare) && SHEET_RANGE.test(bare);
}

/** Column letters → 1-based column number (A = 1, AA = 27). */
function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** True when formula `f` (without its "="), in column `col` (1-based) of sheet row `r`, totals its own column. */
export function totalsOwnColumn(f: string, col: number, r: number): boolean {
  if (TABLE_SUBTOTAL.test(f)) return true;
  if (cellsAdded(f, col, r) !== null) return false;
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
  return cells && AGGREGATE.test(f);
}

/**
 * The sheet rows whose cells formula `f` (column `col`, sheet row `r`) adds up when it is other
 * cells of its own column and nothing else (=D5, =D2+D3), else null: a subtotal or a line reusing
 * amounts, which SheetTotals decides.
 */
export function cellsAdded(f: string, col: number, r: number): number[] | null {
  if (!PLUS_CELLS.test(f)) return null;
  const rows: number[] = [];
  for (const m of f.matchAll(REF)) {
    if (columnNumber(m[2]) !== col || Number(m[3]) === r) return null;
    rows.push(Number(m[3]));
  }
  return rows.length > 0 ? rows : null;
}

/** Where a total row's formula is: its sheet row, its column (1-based) and the formula. */
export interface TotalAt {
  row: number;
  col: number;
  formula: string;
}

/**
 * The rows of a sheet that are the workbook's own totals (by data index). Cells added up or copied
 * (=D2+D3, =D5) are decided once every row is read: a total when they add up totals (=D7+D12 under
 * "Total général"), when the row says nothing but a period's total ("Mars", "Total", no client),
 * or when they add up the block of lines right above or below (=D2+D3+D4 on row 5); otherwise a
 * line reusing amounts ("Abonnement février" =D2, "pose + fourniture" =D2+D3 further down).
 */
/** What SheetTotals knows of the sheet's columns: its date column and its client or document number columns. */
export interface SheetColumns {
  date?: number;
  own: readonly number[];
  date1904: boolean;
}

export class SheetTotals {
  private readonly totals = new Map<number, TotalAt>();
  private readonly added: { i: number; at: TotalAt; of: number[] }[] = [];

  constructor(
    private readonly firstRow: number,
    private readonly cols: SheetColumns = { own: [], date1904: false },
  ) {}

  /** Data row `i`, sheet row `r`, with its formula cells: true when it is a total (cells added up are told at the end). */
  note(i: number, r: number, formulas: readonly { col: number; formula: string }[]): boolean {
    for (const { col, formula } of formulas) {
      if (!totalsOwnColumn(formula, col, r)) continue;
      this.totals.set(i, { row: r, col, formula: `=${formula}` });
      return true;
    }
    for (const { col, formula } of formulas) {
      const of = cellsAdded(formula, col, r);
      if (of !== null) this.added.push({ i, at: { row: r, col, formula: `=${formula}` }, of });
    }
    return false;
  }

  /** The totals once every row (`rows`, by data index) is read, in row order. */
  end(rows: readonly CellValue[][]): Map<number, TotalAt> {
    for (const { i, at, of } of this.added) {
      const js = of.map((r) => r - this.firstRow);
      const outside = js.some((j) => j < 0 || j >= rows.length);
      if (
        outside ||
        js.every((j) => this.totals.has(j)) ||
        this.recap(i, js, rows) ||
        this.closes(i, js, rows)
      )
        this.totals.set(i, at);
    }
    return new Map([...this.totals].sort((a, b) => a[0] - b[0]));
  }

  /**
   * Row `i` says nothing but a period's total ("Total", "Mars") and, named after a month, adds up
   * rows of its own month: a recap. "Février" =D2 copying January's fee is February's line.
   */
  private recap(i: number, js: readonly number[], rows: readonly CellValue[][]): boolean {
    const row = rows[i];
    if (!row.every((v) => typeof v !== "string" || v.trim() === "" || namesPeriodTotal(v))) return false;
    if (!row.some((v) => typeof v === "string" && isMonthLabel(v))) return true;
    const month = this.monthOf(row);
    return month === null || js.every((j) => this.monthOf(rows[j]) === month);
  }

  /** Row `i`, with no client or document number of its own, adds up the block of lines beside it. */
  private closes(i: number, js: readonly number[], rows: readonly CellValue[][]): boolean {
    return this.cols.own.every((c) => isBlankCell(rows[i][c])) && block(js, i, rows);
  }

  /** The month (y × 12 + m) of a row's real date, or null. */
  private monthOf(row: readonly CellValue[]): number | null {
    const v = this.cols.date === undefined ? undefined : row[this.cols.date];
    if (typeof v !== "number") return null;
    const { y, m } = serialToYmd(v, this.cols.date1904);
    return y * 12 + m;
  }
}

function isBlankCell(v: CellValue): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/** True when rows `js` (two or more) are one block of consecutive rows ending right above row `i` or starting right below it (blank rows between). */
function block(js: readonly number[], i: number, rows: readonly CellValue[][]): boolean {
  if (js.length < 2) return false;
  const sorted = [...js].sort((a, b) => a - b);
  if (sorted.some((j, k) => k > 0 && j !== sorted[k - 1] + 1)) return false;
  const [lo, hi] = [sorted[0], sorted[sorted.length - 1]];
  const between = hi < i ? rows.slice(hi + 1, i) : lo > i ? rows.slice(i + 1, lo) : null;
  return between !== null && between.every((row) => row.every(isBlankCell));
}
