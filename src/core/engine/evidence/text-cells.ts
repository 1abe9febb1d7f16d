/**
 * Text cells of the columns whose evidence comes from texts, found in one pass over the rows: the
 * date column's text cells (its day/month order is proven from them) and, for each amount column,
 * the first text cell proving each decimal-mark fact (read with markOf while the row is at hand,
 * so no second pass over the rows and no list of every text amount), and whether a date is blank
 * (without one, account headings have nothing to do).
 */
import { isBlank } from "../../cells";
import { GroupIndex, type GroupIds } from "../../group-ids";
import type { RawTable } from "../../types";
import { isSubtotalDate } from "./account-headings";
import { isMonthLabel } from "./month-labels";
import { markOf } from "./marks";
import { mayBeCarried } from "./opening-balances";

/** Row indexes of a column's first text cell proving "." / "," / ambiguous (markOf); -1 when none. */
export interface MarkRows {
  dot: number;
  comma: number;
  ambiguous: number;
}

/** What one pass over the text cells found. */
export interface TextScan {
  /** Row indexes (ascending) of the date column's text cells. */
  dates: number[];
  /** The first proving row of each decimal-mark fact, by amount column. */
  marks: Map<number, MarkRows>;
  /** Whether a row's date cell is blank (account headings and total rows need one). */
  blankDate: boolean;
  /** Group ids of the columns the caller will group by, read while the row is at hand (EngineOptions.groupColumns). */
  groups: Map<number, GroupIds>;
  /** Rows whose date cell is blank (section headings are among them). */
  blankDates: number[];
  /** Rows whose date cell is the date column's header again (a second table's header). */
  headerDates: number[];
  /** Whether two consecutive rows share a non-blank `idCol` value (an invoice's lines, an entry's). */
  idRuns: boolean;
  /** Rows whose `labelCol` text may be a carried balance's (mayBeCarried), ascending. */
  carried: number[];
  /** Rows whose date cell names a month alone ("janv. 2025"), ascending: maybe a month's subtotal. */
  monthDates: number[];
  /** Rows whose date cell is a text starting with a letter ("AVOIRS", "Janvier"), ascending: maybe a heading. */
  letterDates: number[];
}

/** What the one pass also looks for: the date column's header text, the line number column. */
export interface ScanExtras {
  dateHeader?: string;
  idCol?: number;
  labelCol?: number;
}

/** Whether a date text is blank; printable ASCII first (every real date) settles it without trim. */
function blankText(s: string): boolean {
  const c = s.length === 0 ? 32 : s.charCodeAt(0);
  return c > 32 && c < 127 ? false : isBlank(s);
}

/** Records the mark fact of text `s` at row `i` when it is the column's first of its kind; true once all three are known. */
function noteMark(m: MarkRows, s: string, i: number): boolean {
  const mark = markOf(s);
  if (mark === ".") {
    if (m.dot < 0) m.dot = i;
  } else if (mark === ",") {
    if (m.comma < 0) m.comma = i;
  } else if (mark === "ambiguous" && m.ambiguous < 0) m.ambiguous = i;
  return m.dot >= 0 && m.comma >= 0 && m.ambiguous >= 0;
}

/**
 * One pass over the rows: the date column's text cells and the amount columns' first mark proofs,
 * and the group ids of `groupCols`. An amount column stops being read once it proved all three facts
 * (later rows cannot change a first row).
 */
export function scanTexts(
  table: RawTable,
  dateCol: number | undefined,
  amountCols: readonly number[],
  groupCols: readonly number[] = [],
  extras: ScanExtras = {},
): TextScan {
  const cols = [...new Set(amountCols)];
  const marks = cols.map((): MarkRows => ({ dot: -1, comma: -1, ambiguous: -1 }));
  const open = cols.map(() => true);
  const dates: number[] = [];
  let blankDate = false;
  const rows = table.rows;
  const k = cols.length;
  const d = dateCol ?? -1;
  const gCols = [...new Set(groupCols)];
  const gIndex = gCols.map(() => new GroupIndex());
  const gIds = gCols.map(() => new Int32Array(rows.length));
  const blankDates: number[] = [];
  const headerDates: number[] = [];
  const header = extras.dateHeader ?? "";
  const h0 = header === "" ? -1 : header.charCodeAt(0);
  const idCol = extras.idCol ?? -1;
  const labelCol = extras.labelCol ?? -1;
  const carried: number[] = [];
  const monthDates: number[] = [];
  const letterDates: number[] = [];
  let idRuns = false;
  let lastId: unknown = undefined;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    for (let g = 0; g < gCols.length; g++)
      gIds[g][i] = gIndex[g].of(row === undefined ? undefined : row[gCols[g]]);
    if (row === undefined) {
      blankDates.push(i);
      continue;
    }
    if (d >= 0) {
      const v = row[d];
      if (typeof v === "string") {
        dates.push(i);
        const c = v.length === 0 ? 32 : v.charCodeAt(0);
        // A subtotal of Excel's in the date column stands for a blank date (account-headings.ts).
        if (blankText(v)) {
          blankDate = true;
          blankDates.push(i);
        } else if (!blankDate && isSubtotalDate(v)) blankDate = true;
        if (h0 >= 0 && (c === h0 || c === 32) && v.trim() === header) headerDates.push(i);
        // A letter first (dates start with a digit): "janv. 2025" may be a month's subtotal row, a
        // text alone a section's heading.
        if (c > 0x40) {
          letterDates.push(i);
          if (isMonthLabel(v)) monthDates.push(i);
        }
      } else if (v === null || v === undefined) {
        blankDate = true;
        blankDates.push(i);
      }
    }
    if (labelCol >= 0) {
      const l = row[labelCol];
      if (typeof l === "string" && mayBeCarried(l)) carried.push(i);
    }
    if (idCol >= 0 && !idRuns) {
      const id = row[idCol];
      if (id === lastId && !isBlank(id)) idRuns = true;
      lastId = id;
    }
    for (let j = 0; j < k; j++) {
      const v = row[cols[j]];
      if (typeof v === "string" && open[j] && noteMark(marks[j], v, i)) open[j] = false;
    }
  }
  const groups = new Map(
    gCols.map((c, g): [number, GroupIds] => [c, { ids: gIds[g], names: gIndex[g].names }]),
  );
  const marksByCol = new Map(cols.map((c, j) => [c, marks[j]]));
  return {
    dates,
    marks: marksByCol,
    blankDate,
    groups,
    blankDates,
    headerDates,
    idRuns,
    carried,
    monthDates,
    letterDates,
  };
}
