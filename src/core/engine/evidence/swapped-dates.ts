/**
 * Real dates read month-first by a spreadsheet: a French file (dd/mm/yyyy) opened in an Excel set
 * to mm/dd turns each date whose day is 12 or less into a real date with day and month swapped
 * (01/04/2025 becomes 4 January) and leaves the others as text ("26/01/2025"). Proven from the
 * column, never guessed: every text date proves day-first (its first part above 12) and none is
 * ambiguous (those were converted), every real date has its day at 12 or less, and swapped back
 * they fall within the text dates' months more often than as they are. The real dates are then
 * read swapped back, and a warning names an example of each kind.
 */
import { cellText } from "../../cells";
import { readDate, serialToYmd } from "../../dates";
import { diag, DIAG } from "../../diagnostics";
import { rowNumberOf, type Diagnostic, type RawTable, type SwappedDatesProof } from "../../types";

/** What proved the swap: a real date (value: yyyy-mm-dd as the workbook holds it) and a text date. */
export type SwappedDates = SwappedDatesProof;

/** Real dates needed at least: with fewer, days all at 12 or less prove nothing. */
const MIN_SERIALS = 3;
/** Serials of the years 1955–2064 (a date column's real dates; smaller numbers are no dates). */
const SERIAL_MIN = 20_000;
const SERIAL_MAX = 60_000;

const pad = (n: number): string => String(n).padStart(2, "0");

/** The proof that the date column's real dates were swapped (see the module comment), or null. */
export function swappedDates(
  table: RawTable,
  col: number | undefined,
  date1904: boolean,
  textRows?: readonly number[],
): SwappedDates | null {
  if (col === undefined || textRows?.length === 0) return null;
  // The texts first (`textRows`: the engine's one pass found them; a workbook of real dates has
  // none), then the real dates.
  const span = textSpan(table, col, date1904, textRows);
  if (span === null) return null;
  const serials: number[] = [];
  // Real dates in the texts' months as they are, and swapped back.
  let asIs = 0;
  let back = 0;
  for (let i = 0; i < table.rows.length; i++) {
    const v = table.rows[i]?.[col];
    if (typeof v !== "number") continue;
    if (v < SERIAL_MIN || v >= SERIAL_MAX) return null;
    const { y, m, d } = serialToYmd(v, date1904);
    if (d > 12) return null;
    serials.push(i);
    if (y * 12 + m - 1 >= span.lo && y * 12 + m - 1 <= span.hi) asIs++;
    if (y * 12 + d - 1 >= span.lo && y * 12 + d - 1 <= span.hi) back++;
  }
  if (serials.length < MIN_SERIALS || back <= asIs) return null;
  const { y, m, d } = serialToYmd(table.rows[serials[0]][col] as number, date1904);
  return {
    count: serials.length,
    row: rowNumberOf(table, serials[0]),
    value: `${y}-${pad(m)}-${pad(d)}`,
    textRow: rowNumberOf(table, span.first),
    textValue: cellText(table.rows[span.first][col]),
  };
}

/**
 * The months (y × 12 + m − 1) the column's text dates span and its first text date, when every
 * text date proves day-first (first part above 12: the ones a month-first spreadsheet could not
 * convert); null when one does not, or none is there.
 */
function textSpan(
  table: RawTable,
  col: number,
  date1904: boolean,
  textRows?: readonly number[],
): { lo: number; hi: number; first: number } | null {
  let first = -1;
  let lo = Infinity;
  let hi = -Infinity;
  const n = textRows?.length ?? table.rows.length;
  for (let k = 0; k < n; k++) {
    const i = textRows === undefined ? k : textRows[k];
    const v = table.rows[i]?.[col];
    if (typeof v !== "string" || v.trim() === "") continue;
    const parts = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})\b/.exec(v);
    if (parts === null || Number(parts[1]) <= 12) return null;
    const date = readDate(v, "dmy", date1904);
    if (date === null) return null;
    if (first < 0) first = i;
    lo = Math.min(lo, date.y * 12 + date.m - 1);
    hi = Math.max(hi, date.y * 12 + date.m - 1);
  }
  return first < 0 ? null : { lo, hi, first };
}

/** The dates_swapped warning of a proof, for the date column `column`. */
export function swappedDatesNote(proof: SwappedDates, column: string): Diagnostic {
  const [y, m, d] = proof.value.split("-");
  return diag(DIAG.datesSwapped, {
    row: 0,
    column,
    value: column,
    args: {
      count: proof.count,
      example: proof.row,
      written: `${d}/${m}/${y}`,
      read: `${m}/${d}/${y}`,
      textRow: proof.textRow,
      text: proof.textValue,
    },
  });
}

/** The month (yyyymm) of a real date swapped back (day and month exchanged). */
export function swappedMonth(serial: number, date1904: boolean): number {
  const { y, d } = serialToYmd(serial, date1904);
  return y * 100 + d;
}
