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
import type { CellValue, Mapping, RawTable } from "../../types";

/** The heading in force at the end of a chunk (carried to the next), and what was already reported. */
export interface AccountHeading {
  account: string | null;
  reported: boolean;
  totalsReported: boolean;
}

/** The table with heading accounts filled down, and the heading in force after its last row. */
export interface HeadedTable {
  table: RawTable;
  heading: AccountHeading;
}

/** "706000 - Prestations de services", "706000 Prestations", "7060": account digits of class 1–7, then a name. */
const HEADING = /^\s*([1-7][0-9]{2,})(?:\s*[-–—:]\s*|\s+|$)/;
/** "Total 706000", "Total compte 706", "Sous-total", "TOTAL": a total row ends its heading's lines. */
const TOTAL = /^\s*(?:sous[-\s]?)?total\b/i;

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
  return ex ?? { row: table.rowNumbers ? table.rowNumbers[i] : table.firstRow + i, value: cellText(value) };
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
  // Headings and total rows are undated, and lines take a heading only after one: nothing to do.
  if (date === undefined || (noBlankDate && current === null))
    return { table, heading: { account: current, ...state } };
  const amounts = [map.amount, map.net_amount, map.debit, map.credit].filter(
    (c): c is number => c !== undefined,
  );
  const notLines = new Set<number>();
  let rows: CellValue[][] | null = null;
  let headings: Example | null = null;
  let totals: Example | null = null;
  for (let i = 0; i < table.rows.length; i++) {
    const row = table.rows[i];
    if (!row) continue;
    if (isBlank(row[date])) {
      const total = row.find((v) => typeof v === "string" && TOTAL.test(v));
      if (total !== undefined) {
        totals = note(totals, table, i, total);
        notLines.add(i);
        current = null;
      } else if (acc !== undefined && allBlank(row, amounts)) {
        const m =
          typeof row[acc] === "string" || typeof row[acc] === "number"
            ? HEADING.exec(cellText(row[acc]))
            : null;
        if (m !== null) {
          current = m[1];
          headings = note(headings, table, i, row[acc]);
          notLines.add(i);
        }
      }
      continue;
    }
    if (acc === undefined || current === null || !isBlank(row[acc])) continue;
    rows ??= table.rows.slice();
    const copy = row.slice();
    copy[acc] = current;
    rows[i] = copy;
  }
  const heading = {
    account: current,
    reported: state.reported || headings !== null,
    totalsReported: state.totalsReported || totals !== null,
  };
  if (notLines.size === 0 && rows === null) return { table, heading };
  const notices = [];
  if (headings !== null && !state.reported) {
    notices.push(
      diag(DIAG.accountHeadings, {
        row: headings.row,
        column: table.headers[acc as number] ?? "",
        value: headings.value,
      }),
    );
  }
  if (totals !== null && !state.totalsReported) {
    notices.push(
      diag(DIAG.totalRows, {
        row: totals.row,
        column: "",
        value: totals.value,
      }),
    );
  }
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
