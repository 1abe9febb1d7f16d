/**
 * Third parties' accounts written in a column of PCG accounts: EBP, Ciel, ACD, Coala and many grand
 * livres "général + auxiliaire" put the customer's or supplier's code (CDUPONT, C0001, FMETRO) in the
 * one account column, where 411 / 401 would be. Without a number they say nothing to the classifier,
 * and the label then made the customer's debit a negative sale and the supplier's credit a sale.
 *
 * Proven from the column's data: its accounts are PCG numbers (a class-7 account beside another
 * class's), at least as many lines as those written with letters. Those are then third parties'
 * accounts, not revenue, said with the column, an example and the count. A column of names (QuickBooks'
 * or Xero's charts read by their names) has no such majority of numbers and is read as before.
 * Streamed, the counts go on from chunk to chunk (AccountCounts): the proof is the file's so far,
 * not one chunk's (a grand livre printing its auxiliary accounts first).
 */
import { cellText } from "../../cells";
import { thirdPartyCode } from "../../classify";
import { diag, DIAG } from "../../diagnostics";
import type { Diagnostic, Mapping, RawTable } from "../../types";
import { rowNumberOf } from "../../types";

/** A PCG account number: three digits at least, class 1 to 8 ("706000", "411DUPONT", "445 710"). */
const PCG_NUMBER = /^\s*([1-8])[0-9]{2}/;

const SALES = 0;
const OTHER = 1;
const CODE = 2;
const NONE = 3;

/** Distinct cells remembered at most (a chart's accounts and the third parties: a few thousands). */
const MAX_DISTINCT = 50_000;

/** What one account cell is: a PCG number of class 7 or another class, a third party's code, or neither. */
function kindOf(v: string): number {
  const m = PCG_NUMBER.exec(v);
  if (m !== null) return m[1] === "7" ? SALES : OTHER;
  return thirdPartyCode(v) ? CODE : NONE;
}

/** What the column proves: its header, and the note naming the third parties' lines (null when it has none). */
export interface ThirdPartyAccounts {
  header: string;
  note: Diagnostic | null;
}

/** The account column's lines counted so far (earlier chunks' and this one's): the proof's counts. */
export interface AccountCounts {
  header: string;
  /** Lines with a PCG number. */
  numbers: number;
  /** Lines with a third party's code. */
  codes: number;
  /** A class-7 number seen, and another class's. */
  sales: boolean;
  other: boolean;
}

/**
 * The third parties' codes of a column of PCG accounts (`found`, null when the column is no such
 * column) and its counts with earlier chunks' (`before`, those of the same header).
 */
export function thirdPartyAccounts(
  table: RawTable,
  map: Mapping,
  prior: string | undefined,
  before?: AccountCounts,
): { found: ThirdPartyAccounts | null; counts?: AccountCounts } {
  const col = map.account;
  if (col === undefined) return { found: null };
  const header = String(table.headers[col] ?? "");
  const carried = before?.header === header ? before : undefined;
  let numbers = 0;
  let codes = 0;
  let first = -1;
  let sales = carried?.sales === true;
  let other = carried?.other === true;
  // Accounts repeat: each distinct cell is read once (SALES, OTHER, CODE or NONE), a cell equal to
  // the row above's without a lookup (ledgers list an account's lines together).
  const seen = new Map<string, number>();
  const rows = table.rows;
  const notLines = table.notLines !== undefined && table.notLines.size > 0 ? table.notLines : null;
  let lastCell: unknown = seen;
  let kind = NONE;
  for (let i = 0; i < rows.length; i++) {
    if (notLines?.has(i) === true) continue;
    const cell = rows[i][col];
    if (cell !== lastCell) {
      lastCell = cell;
      const v = typeof cell === "string" ? cell : cellText(cell);
      const known = seen.get(v);
      if (known !== undefined) kind = known;
      else {
        kind = kindOf(v);
        if (seen.size < MAX_DISTINCT) seen.set(v, kind);
      }
    }
    if (kind === CODE) {
      codes++;
      if (first < 0) first = i;
    } else if (kind === SALES) {
      numbers++;
      sales = true;
    } else if (kind === OTHER) {
      numbers++;
      other = true;
    }
  }
  const counts = {
    header,
    numbers: numbers + (carried?.numbers ?? 0),
    codes: codes + (carried?.codes ?? 0),
    sales,
    other,
  };
  const proven = prior === header || (sales && other && counts.numbers >= counts.codes);
  // Proven without a code yet: carried all the same, so a later chunk's codes are read so.
  if (!proven) return { found: null, counts };
  const note =
    codes === 0
      ? null
      : diag(DIAG.thirdPartyAccounts, {
          row: rowNumberOf(table, first),
          column: header,
          value: cellText(table.rows[first][col]),
          args: { count: codes },
        });
  return { found: { header, note }, counts };
}
