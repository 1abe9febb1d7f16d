/**
 * Account headings, the general-ledger layout (Sage, Cegid, EBP "grand livre"): the account is
 * printed once, on a row of its own ("706000 - Prestations de services"), above lines whose account
 * cell is empty, often closed by a "Total 706000" row. Those lines take their heading's account, so
 * the account decides their scope as on a flat export (SPEC 2.1 step 3); heading rows are not lines.
 * Proven from the data: a heading has account digits, no date and no amount, and the lines it
 * covers have a date and an empty account cell. Total rows ("Total 706000", QuickBooks "Total for
 * …") are set apart too. A flat export is returned unchanged.
 */
import { cellText, isBlank } from "../../cells";
import { diag, DIAG } from "../../diagnostics";
import { rowNumberOf, type CellValue, type Diagnostic, type Mapping, type RawTable } from "../../types";

/** The heading in force at the end of a chunk (carried to the next), and what was already reported. */
export interface AccountHeading {
  account: string | null;
  reported: boolean;
  totalsReported: boolean;
  /** The date of the journal entry in force (its first line's), for the entry's undated lines. */
  entryDate?: CellValue;
  /** That entry's references, as its first line writes them (entryDates). */
  entryRefs?: CellValue[];
  datesReported?: boolean;
  /** The proof of a date printed once per day so far (datesOncePerDay), carried to the next chunk. */
  perDay?: PerDay;
  /** The named headings in force (QuickBooks reports, named-headings.ts), once their layout is proven. */
  named?: NamedHeadings;
  /** The date column's headings name their accounts ("Sales (200)": Xero's), read by name. */
  byName?: boolean;
  /** The Sage 50 nominal code heading ("N/C: 4000") in force (nominal-headings.ts), null once none. */
  nominal?: string | null;
}

/** The named headings open at the end of a chunk (named-headings.ts), carried to the next. */
export interface NamedHeadings {
  /** Index of the headings' column. */
  column: number;
  /** Open headings, outermost first (a section, then its account). */
  open: string[];
  /** Whether lines came under the innermost heading (a heading after them is its sibling). */
  afterLine: boolean;
}

/** The table with heading accounts filled down, and the heading in force after its last row. */
export interface HeadedTable {
  table: RawTable;
  heading: AccountHeading;
}

/** "706000 - Prestations de services", "706000 Prestations", "7060": account digits of class 1–7, then a name. */
const HEADING = /^\s*([1-7][0-9]{2,})(?:\s*[-–—:]\s*|\s+|$)/;
/**
 * "Total 706000", "Total compte 706", "Sous-total", "TOTAL", and Excel's Subtotal command's "janv.
 * 2025 Total", "Grand Total": a total row ends its heading's lines.
 */
const TOTAL = /^\s*(?:sous[-\s]?|grand[-\s])?total\b|\stotal\s*$/i;

/**
 * Excel's Subtotal rows in a date column, as English Excel writes them: "15/01/2025 Total", "janv.
 * 2025 Total", "Grand Total" (French Excel's "Total …" there is a ledger's heading: withDateColumnHeadings).
 */
const SUBTOTAL_DATE = /\stotal\s*$|^\s*grand[-\s]total\s*$/i;

/** Whether a date cell's text is one of Excel's subtotal labels (most dates end in a digit: no regex). */
export function isSubtotalDate(s: string): boolean {
  const last = s.charCodeAt(s.length - 1) | 0x20;
  return (last === 0x6c || last === 0x20) && SUBTOTAL_DATE.test(s);
}

/** Whether every one of the row's cells in `cols` is empty. */
function allBlank(row: readonly CellValue[], cols: readonly number[]): boolean {
  return cols.every((c) => isBlank(row[c]));
}

/** The first row of a kind, as a diagnostic quotes it. */
interface Example {
  row: number;
  value: string;
}

/** The first example of a kind: kept once found (the notes quote one row, no count: chunks would split it). */
function note(ex: Example | null, table: RawTable, i: number, value: CellValue): Example {
  return ex ?? { row: rowNumberOf(table, i), value: cellText(value) };
}

/**
 * Fills each line's empty account from the heading above it, and sets heading and total rows
 * apart from the lines (see the module comment). A total row is undated and starts a text cell
 * with "Total"/"Sous-total": never a line, so never counted, reported once. `noBlankDate`: the
 * caller's scan found no blank date, so without a heading carried in there is nothing to read.
 */
export function withAccountHeadings(
  table: RawTable,
  map: Mapping,
  prior: AccountHeading | undefined,
  noBlankDate = false,
): HeadedTable {
  const acc = map.account;
  const date = map.date;
  let current = prior?.account ?? null;
  const state = { reported: prior?.reported ?? false, totalsReported: prior?.totalsReported ?? false };
  const entry = date === undefined ? null : entryDates(map, prior);
  const perDay = entry === null || noBlankDate ? (prior?.perDay ?? null) : datesOncePerDay(table, map, prior);
  if (entry !== null) entry.perDay = perDay?.proven === true;
  // Headings and total rows are undated, and lines take a heading only after one: nothing to do.
  if (date === undefined || (noBlankDate && current === null)) {
    const heading: AccountHeading = { account: current, ...state };
    // No undated line here: the next chunk's first undated lines belong to this chunk's last entry.
    if (entry !== null) {
      const last = table.rows[table.rows.length - 1];
      if (last !== undefined) entry.fill(last);
      heading.entryDate = entry.date;
      heading.entryRefs = entry.refs;
      heading.datesReported = prior?.datesReported;
      if (perDay !== null) heading.perDay = perDay;
    }
    return { table, heading };
  }
  const amounts = [map.amount, map.net_amount, map.debit, map.credit].filter(
    (c): c is number => c !== undefined,
  );
  // The reader's rows that are not lines (a workbook's SUM totals) stay so.
  const notLines = new Set<number>(table.notLines ?? []);
  let rows: CellValue[][] | null = null;
  let headings: Example | null = null;
  let totals: Example | null = null;
  for (let i = 0; i < table.rows.length; i++) {
    const row = table.rows[i];
    if (!row) continue;
    // Excel's Subtotal command may write its "janv. 2025 Total" in the date column itself.
    const d = row[date];
    if (isBlank(d) || (typeof d === "string" && isSubtotalDate(d))) {
      const total = row.find((v) => typeof v === "string" && TOTAL.test(v));
      if (total !== undefined) {
        totals = note(totals, table, i, total);
        notLines.add(i);
        current = null;
        if (entry !== null) entry.date = null;
        continue;
      }
      if (acc !== undefined && allBlank(row, amounts)) {
        const m =
          typeof row[acc] === "string" || typeof row[acc] === "number"
            ? HEADING.exec(cellText(row[acc]))
            : null;
        if (m !== null) {
          current = m[1];
          headings = note(headings, table, i, row[acc]);
          notLines.add(i);
          continue;
        }
      }
      // An entry's undated line (neither a total nor a heading, nor a row already set apart) takes the entry's date.
      if (entry === null || notLines.has(i) || !entry.fill(row)) continue;
      rows ??= table.rows.slice();
      rows[i] = withCell(rows[i], date, entry.date);
      entry.example = note(entry.example, table, i, "");
    } else if (entry !== null) entry.fill(row);
    if (acc === undefined || current === null || !isBlank(row[acc])) continue;
    rows ??= table.rows.slice();
    rows[i] = withCell(rows[i], acc, current);
  }
  const heading: AccountHeading = {
    account: current,
    reported: state.reported || headings !== null,
    totalsReported: state.totalsReported || totals !== null,
  };
  if (entry !== null) {
    heading.entryDate = entry.date;
    heading.entryRefs = entry.refs;
    heading.datesReported = prior?.datesReported === true || entry.example !== null;
    if (perDay !== null) heading.perDay = { ...perDay, reported: perDay.reported || perDay.proven };
  }
  if (notLines.size === (table.notLines?.size ?? 0) && rows === null) return { table, heading };
  const notices = headingNotices(headings, totals, table.headers[acc as number] ?? "", state);
  if (entry?.example != null && prior?.datesReported !== true) {
    notices.push(
      diag(DIAG.entryDatesFilled, { row: entry.example.row, column: table.headers[date] ?? "", value: "" }),
    );
  }
  if (perDay?.proven === true && !perDay.reported && perDay.example !== null)
    notices.push(diag(DIAG.datesOncePerDay, { ...perDay.example, column: table.headers[date] ?? "" }));
  return {
    table: {
      ...table,
      rows: rows ?? table.rows,
      notLines,
      readDiagnostics: [...(table.readDiagnostics ?? []), ...notices],
    },
    heading,
  };
}

/** The account_headings and total_rows notes of a table (their first examples), each once per file. */
function headingNotices(
  headings: Example | null,
  totals: Example | null,
  column: string,
  reported: { reported: boolean; totalsReported: boolean },
): Diagnostic[] {
  const notices: Diagnostic[] = [];
  if (headings !== null && !reported.reported)
    notices.push(diag(DIAG.accountHeadings, { row: headings.row, column, value: headings.value }));
  if (totals !== null && !reported.totalsReported)
    notices.push(diag(DIAG.totalRows, { row: totals.row, column: "", value: totals.value }));
  return notices;
}

/** A copy of a row with one cell set. */
function withCell(row: readonly CellValue[], col: number, value: CellValue): CellValue[] {
  const copy = row.slice();
  copy[col] = value;
  return copy;
}

/**
 * The undated lines of a journal entry (QuickBooks prints the date, type and number on the entry's
 * first line only): a line of a debit/credit journal whose date, document type and number are all
 * empty, under a dated line, takes that line's date. Needs a type or number column to tell an
 * entry's continuation from a line whose date is missing. Null for other layouts.
 */
function entryDates(
  map: Mapping,
  prior: AccountHeading | undefined,
): {
  date: CellValue;
  refs: CellValue[];
  example: Example | null;
  perDay: boolean;
  fill(row: readonly CellValue[]): boolean;
} | null {
  const date = map.date as number;
  // Without a type or number, a journal's "Reference" read as the product (Sage 50 US's General Journal).
  const refs = refColumns(map);
  if (refs.length === 0 || (map.debit === undefined && map.credit === undefined)) return null;
  const amounts = [map.debit, map.credit].filter((c): c is number => c !== undefined);
  const state = {
    date: prior?.entryDate ?? (null as CellValue),
    /** The entry's references, as its first line writes them. */
    refs: prior?.entryRefs ?? ([] as CellValue[]),
    example: null as Example | null,
    /** The date is printed once per day (datesOncePerDay): every undated line takes the day's date. */
    perDay: false,
    fill(row: readonly CellValue[]): boolean {
      if (!isBlank(row[date])) {
        state.refs = refs.map((c) => row[c]);
        state.date = allBlank(row, refs) ? null : row[date];
        return false;
      }
      if (state.date === null || allBlank(row, amounts)) return false;
      if (state.perDay) return true;
      // Each reference left blank or written as the first line's (the journal code repeated, the number not).
      return refs.every((c, k) => isBlank(row[c]) || cellText(row[c]) === cellText(state.refs[k]));
    },
  };
  return state;
}

/** The references of an entry: its type and number, else a journal's "Reference" read as the product. */
function refColumns(map: Mapping): number[] {
  const keys = [map.doc_type, map.id].filter((c): c is number => c !== undefined);
  return keys.length > 0 ? keys : map.product !== undefined ? [map.product] : [];
}

/** How many days must show an undated entry of their own before a date printed once per day is read. */
const PER_DAY_MIN = 3;

/** The proof of a date printed once per day, as far as the rows read so far go. */
export interface PerDay {
  /** Dated rows under which an undated line of another entry stands (with amounts and its own reference). */
  days: number;
  /** Two dated rows in a row with the same date: dates are not printed once per day. */
  broken: boolean;
  proven: boolean;
  reported: boolean;
  /** The first undated line of another entry, with the date it takes. */
  example: { row: number; value: string } | null;
}

/**
 * A journal printed with its date once per day (Sage, EBP, Ciel "journal" prints: the date on the
 * day's first line, blank below, each entry with its own piece number): proven when the dated rows'
 * date always changes from one dated row to the next and, under at least PER_DAY_MIN of them, an
 * undated line with amounts carries a reference of its own (another entry of that day). Then every
 * undated line takes the date above it; else an undated line of another entry keeps its date missing.
 */
function datesOncePerDay(table: RawTable, map: Mapping, prior: AccountHeading | undefined): PerDay {
  const date = map.date as number;
  const refs = refColumns(map);
  const amounts = [map.debit, map.credit].filter((c): c is number => c !== undefined);
  const was = prior?.perDay;
  const state: PerDay = {
    days: was?.days ?? 0,
    broken: was?.broken ?? false,
    proven: false,
    reported: was?.reported ?? false,
    example: null,
  };
  let last = prior?.entryDate == null ? null : cellText(prior.entryDate);
  let dayRefs: readonly CellValue[] = prior?.entryRefs ?? [];
  let counted = true;
  for (let i = 0; i < table.rows.length && !state.broken; i++) {
    const row = table.rows[i];
    if (!row || table.notLines?.has(i) === true) continue;
    const d = row[date];
    if (!isBlank(d)) {
      const t = cellText(d);
      if (isSubtotalDate(t)) continue;
      state.broken = t === last;
      [last, dayRefs, counted] = [t, refs.map((c) => row[c]), false];
    } else if (!counted && last !== null && !allBlank(row, amounts) && otherEntry(row, refs, dayRefs)) {
      counted = true;
      state.days++;
      state.example ??= { row: rowNumberOf(table, i), value: last };
    }
  }
  state.proven = !state.broken && state.days >= PER_DAY_MIN;
  return state;
}

/** Whether an undated line names another entry than the dated line above it (a reference of its own). */
function otherEntry(
  row: readonly CellValue[],
  refs: readonly number[],
  dayRefs: readonly CellValue[],
): boolean {
  return refs.some((c, k) => !isBlank(row[c]) && cellText(row[c]) !== cellText(dayRefs[k]));
}

/** The header of the account column a ledger without one gets from its heading rows. */
export const HEADING_ACCOUNT = "Compte (titres du grand livre)";

/**
 * An account's opening or closing balance in the date column of a ledger by account (Xero's
 * "Opening Balance" / "Closing Balance" around each account's lines): not a line, as its total.
 */
const BALANCE_ROW =
  /^\s*(?:opening|closing) balance\s*$|^\s*solde (?:d'ouverture|de cl[oô]ture|initial|final)\s*$/i;
const OPENING_ROW = /^\s*(?:opening balance|solde d'ouverture|solde initial)\s*$/i;

/** "706000 - Prestations de services" in the date column: account digits of class 1–7, then a name. */
const DATE_COLUMN_HEADING = /^\s*([1-7][0-9]{2,})\s*(?:[-–—:]\s*|\s+)(?=\p{L})/u;

/**
 * "Sales (200)", "Accounts Receivable (610)" in the date column: an account's name, then its code in
 * a chart of its own (Xero's "Account Transactions"): read by its name.
 */
const NAMED_DATE_HEADING = /^\s*(\p{L}[^()]*?)\s*\(\s*[0-9]{2,}\s*\)\s*$/u;

/** Whether a date cell may hold a heading (three leading digits: cheaper than the regex on every date). */
function mayHead(v: CellValue): v is string {
  if (typeof v !== "string" || v.length < 5) return false;
  const a = v.charCodeAt(0);
  const b = v.charCodeAt(1);
  const c = v.charCodeAt(2);
  return a >= 0x31 && a <= 0x37 && b >= 0x30 && b <= 0x39 && c >= 0x30 && c <= 0x39;
}

/** Whether a date cell may hold a named heading (a letter first, a closing parenthesis last). */
function mayHeadByName(v: CellValue): v is string {
  if (typeof v !== "string" || v.length < 5 || v.charCodeAt(v.trimEnd().length - 1) !== 0x29) return false;
  const a = v.trimStart().charCodeAt(0) | 0x20;
  return (a >= 0x61 && a <= 0x7a) || a > 0x7f;
}

/** The account a date cell heads ("706000", or a name read by name), with how it is read; null when none. */
function headingOf(v: CellValue): { account: string; byName: boolean } | null {
  if (mayHead(v)) {
    const m = DATE_COLUMN_HEADING.exec(v);
    return m === null ? null : { account: m[1], byName: false };
  }
  if (!mayHeadByName(v) || /^\s*total\b/i.test(v)) return null;
  const m = NAMED_DATE_HEADING.exec(v);
  return m === null ? null : { account: m[1], byName: true };
}

/**
 * A general ledger printed without an account column (Sage "Grand livre" by account): the account
 * stands on a heading row in the date column ("706000 - Prestations de services") over its dated
 * lines, closed by a "Total 706000" row. The table gets the account column those headings give
 * (HEADING_ACCOUNT); heading and total rows are not lines. Null when there is an account column,
 * or no heading in the table and none carried in from an earlier chunk.
 */
export function withDateColumnHeadings(
  table: RawTable,
  map: Mapping,
  prior: AccountHeading | undefined,
): HeadedTable | null {
  const date = map.date;
  if (date === undefined || map.account !== undefined) return null;
  let current = prior?.account ?? null;
  const amounts = [map.amount, map.net_amount, map.debit, map.credit].filter(
    (c): c is number => c !== undefined,
  );
  const heads = (row: readonly CellValue[]): { account: string; byName: boolean } | null =>
    allBlank(row, amounts) ? headingOf(row[date]) : null;
  if (current === null && !table.rows.some((row) => row !== undefined && heads(row) !== null)) return null;
  let byName = prior?.byName === true;
  const notLines = new Set(table.notLines ?? []);
  const width = table.headers.length;
  let headings: Example | null = null;
  let totals: Example | null = null;
  // A balance row is the note's example only in a ledger without total rows.
  let balance: Example | null = null;
  const rows = table.rows.map((row, i) => {
    const v = row[date];
    const m = heads(row);
    if (m !== null) {
      current = m.account;
      byName ||= m.byName;
      headings = note(headings, table, i, v);
      notLines.add(i);
    } else if (typeof v === "string" && (TOTAL.test(v) || BALANCE_ROW.test(v))) {
      if (TOTAL.test(v)) totals = note(totals, table, i, v);
      else balance = note(balance, table, i, v);
      notLines.add(i);
      // An account's opening balance opens its lines; a total or its closing balance ends them.
      if (!OPENING_ROW.test(v)) current = null;
    }
    // The account goes in the new last column, whatever the row's own length (a short CSV line).
    const copy: CellValue[] = row.slice(0, width);
    while (copy.length < width) copy.push(null);
    copy.push(notLines.has(i) ? "" : (current ?? ""));
    return copy;
  });
  const notices = headingNotices(headings, totals ?? balance, HEADING_ACCOUNT, {
    reported: prior?.reported === true,
    totalsReported: prior?.totalsReported === true,
  });
  return {
    table: {
      ...table,
      headers: [...table.headers, HEADING_ACCOUNT],
      rows,
      notLines,
      readDiagnostics: [...(table.readDiagnostics ?? []), ...notices],
    },
    heading: {
      account: current,
      reported: prior?.reported === true || headings !== null,
      totalsReported: prior?.totalsReported === true || totals !== null || balance !== null,
      byName,
    },
  };
}
