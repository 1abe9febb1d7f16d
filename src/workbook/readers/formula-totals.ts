/**
 * Whether a workbook formula in the amount column is a total of that column (a subtotal under its
 * lines, a total above its detail, a recap by month): such a row is never a line, whatever its
 * label. It is when the formula aggregates its own column's other rows: a range of them (=SUM(D2:D9),
 * =SUMIFS(D2:D5, A2:A5, …), =SUMPRODUCT((MONTH(A2:A5)=1)*D2:D5), =AGGREGATE(9,5,D2:D3)), or cells of
 * them added up (=D2+D3, =D5, =SUM(D2,D3)), or an Excel Table's column (=SUBTOTAL(109,T[Montant])).
 * A line's own computation (=D2*2, =B5*C5, =D2+E2) and a running balance in another column are not.
 */

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

/** Column letters → 1-based column number (A = 1, AA = 27). */
function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** True when formula `f` (without its "="), in column `col` (1-based) of sheet row `r`, totals its own column. */
export function totalsOwnColumn(f: string, col: number, r: number): boolean {
  if (TABLE_SUBTOTAL.test(f)) return true;
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
