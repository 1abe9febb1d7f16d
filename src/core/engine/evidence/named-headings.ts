/**
 * Named account headings, the layout of QuickBooks Online's "General Ledger" and "Profit and Loss
 * Detail" reports: each account's name stands alone on a row ("Checking", "Design income") in a
 * first column that has no header and is blank on the lines, above its dated lines, and is often
 * closed by "Total for <name>"; a P&L nests accounts in sections ("Income", "Expenses") and adds
 * summary rows ("Gross Profit", "Net Income"). The lines take their heading's name as a named
 * account, so the classifier's reading of account names decides (income → sale, bank and expense
 * accounts → not revenue); heading, total and summary rows are not lines.
 *
 * Proven from the data: a column no field maps, blank on every dated row, with rows whose only
 * non-blank cell is a text there, followed by dated lines, and names the classifier reads as
 * accounts: all of them, or an income account and another one (bank, customers, expenses). A "Sales
 * by Customer" report's customers prove nothing, even one called "Banque Populaire" beside others:
 * the table is left as it is.
 */
import { cellText, isBlank } from "../../cells";
import type { AccountNameReading } from "../../classify";
import { diag, DIAG } from "../../diagnostics";
import { unmappedColumns } from "../../fields";
import { normalizeText } from "../../text";
import { rowNumberOf, type CellValue, type Diagnostic, type Mapping, type RawTable } from "../../types";
import type { AccountHeading, HeadedTable, NamedHeadings } from "./account-headings";

/** The header of the account column the headings give. */
export const NAMED_HEADING_ACCOUNT = "Compte (titres du rapport)";

/** How the classifier reads an account name (classify's accountNameReading). */
type NameReading = (name: string) => AccountNameReading;

/** "Total for Design income", "Total Income", "TOTAL": the heading a total row closes ("" for none). */
const TOTAL = /^\s*total\b(?:\s+for\b)?\s*(.*?)\s*$/i;

/** Whether the row's only non-blank cell is column `c`. */
function aloneIn(row: readonly CellValue[], c: number): boolean {
  for (let k = 0; k < row.length; k++) if (k !== c && !isBlank(row[k])) return false;
  return true;
}

/**
 * Whether column `c` holds named headings (see the module comment): blank on every dated row, a
 * heading row followed by a dated line (or by the end of a chunk without lines), heading names the
 * classifier reads as accounts (see the module comment).
 */
function headsColumn(table: RawTable, c: number, date: number, reading: NameReading): boolean {
  // A ledger's headings are all accounts, or include an income account and another one; a
  // customers report whose customer is called "Banque Populaire" has other names and no income.
  let revenue = false;
  let other = false;
  let unknown = false;
  let heading = false;
  let followed = false;
  let dated = false;
  for (const row of table.rows) {
    if (row === undefined) continue;
    if (!isBlank(row[date])) {
      if (!isBlank(row[c])) return false;
      followed ||= heading;
      dated = true;
      continue;
    }
    const v = row[c];
    if (typeof v !== "string" || isBlank(v) || !aloneIn(row, c)) continue;
    heading = true;
    const r = reading(v.trim());
    if (r === "revenue") revenue = true;
    else if (r !== null) other = true;
    else if (!TOTAL.test(v)) unknown = true;
  }
  const named = (revenue && other) || ((revenue || other) && !unknown);
  // A chunk of a streamed file holding headings only: their lines are in the next chunk.
  return named && (followed || (heading && !dated));
}

/** The column of the headings: the first column no field maps that heads (headsColumn), or null. */
function headingColumn(table: RawTable, map: Mapping, date: number, reading: NameReading): number | null {
  return unmappedColumns(map, table.headers.length).find((c) => headsColumn(table, c, date, reading)) ?? null;
}

/**
 * The account of the lines under the open headings: the innermost heading the classifier reads as
 * not revenue or as a reason ("Interest Earned"), else the innermost one. A heading that says revenue
 * stops the search: an account "Sales commissions" under "Expenses" stays to review, never dropped.
 */
function accountOf(open: readonly string[], reading: NameReading): string {
  const leaf = open[open.length - 1] ?? "";
  for (let j = open.length - 1; j >= 0; j--) {
    const r = reading(open[j]);
    if (r === "not_revenue" || r === "decides") return open[j];
    if (r === "revenue") return leaf;
  }
  return leaf;
}

/** The first row of a kind, as a diagnostic quotes it. */
interface Example {
  row: number;
  value: string;
}

/** What walking the rows found: the rows that are not lines, each line's account, the first examples. */
interface Walk {
  notLines: Set<number>;
  accounts: string[];
  heading: Example | null;
  total: Example | null;
}

/** One row's effect on the open headings: a heading opens, a total closes; null for any other row. */
function step(
  state: NamedHeadings,
  row: readonly CellValue[],
  amounts: readonly number[],
): "heading" | "total" | null {
  const v = row[state.column];
  if (typeof v !== "string" || isBlank(v)) return null;
  const name = v.trim();
  const total = TOTAL.exec(name);
  if (total === null && amounts.every((c) => isBlank(row[c]))) {
    if (state.afterLine) state.open.pop();
    state.open.push(name);
    state.afterLine = false;
    return "heading";
  }
  // A total closes its heading and those inside it; "TOTAL" closes all; a summary ("Net Income") none.
  const closed = total === null ? -1 : total[1] === "" ? 0 : state.open.lastIndexOf(total[1]);
  if (closed >= 0) state.open.length = closed;
  state.afterLine = false;
  return "total";
}

/** Walks the rows: headings and totals set apart, each dated line given the account of its headings. */
function walk(table: RawTable, map: Mapping, state: NamedHeadings, reading: NameReading): Walk {
  const date = map.date as number;
  const amounts = [map.amount, map.net_amount, map.debit, map.credit].filter(
    (c): c is number => c !== undefined,
  );
  const out: Walk = { notLines: new Set(table.notLines ?? []), accounts: [], heading: null, total: null };
  let account = accountOf(state.open, reading);
  table.rows.forEach((row, i) => {
    out.accounts.push("");
    const kind = row === undefined || !isBlank(row[date]) ? null : step(state, row, amounts);
    if (kind !== null) {
      out.notLines.add(i);
      const ex = { row: rowNumberOf(table, i), value: cellText(row[state.column]) };
      if (kind === "heading") out.heading ??= ex;
      else out.total ??= ex;
      account = accountOf(state.open, reading);
    } else if (row !== undefined && !isBlank(row[date])) {
      out.accounts[i] = account;
      state.afterLine = true;
    }
  });
  return out;
}

/** A report's title naming its headings as customers ("Ventes par client", "Sales by Customer Detail"). */
const BY_CUSTOMER = /\b(?:par client|par tiers|by customer|by client)s?\b/;

/**
 * True when the title above the header says the report is by customer: its headings are customers,
 * never accounts (a bank's or a "Vente…" company's name would read as one).
 */
function byCustomer(table: RawTable): boolean {
  return (table.readDiagnostics ?? []).some(
    (d) => d.code === "above_header" && BY_CUSTOMER.test(normalizeText(d.value)),
  );
}

/**
 * The table with the account column its named headings give (NAMED_HEADING_ACCOUNT), heading and
 * total rows set apart; null when the layout is not proven (see the module comment) and none was
 * carried in from an earlier chunk. `prior`: the heading state after the earlier rows (with the
 * total rows already reported); `noBlankDate`: no row of the table has a blank date.
 */
export function withNamedHeadings(
  table: RawTable,
  map: Mapping,
  prior: AccountHeading,
  reading: NameReading,
  noBlankDate: boolean,
): HeadedTable | null {
  const date = map.date;
  if (date === undefined || map.account !== undefined) return null;
  const carried = prior.named;
  if (carried === undefined && (noBlankDate || byCustomer(table))) return null;
  const column = carried?.column ?? headingColumn(table, map, date, reading);
  if (column === null) return null;
  const state: NamedHeadings = {
    column,
    open: [...(carried?.open ?? [])],
    afterLine: carried?.afterLine ?? false,
  };
  const w = walk(table, map, state, reading);
  const width = table.headers.length;
  const rows = table.rows.map((row, i) => {
    const copy: CellValue[] = row.slice(0, width);
    while (copy.length < width) copy.push(null);
    copy.push(w.accounts[i]);
    return copy;
  });
  const notices: Diagnostic[] = [];
  if (w.heading !== null && carried === undefined) {
    const column = table.headers[state.column] ?? "";
    notices.push(diag(DIAG.namedAccountHeadings, { row: w.heading.row, column, value: w.heading.value }));
  }
  if (w.total !== null && !prior.totalsReported)
    notices.push(diag(DIAG.totalRows, { row: w.total.row, column: "", value: w.total.value }));
  return {
    table: {
      ...table,
      headers: [...table.headers, NAMED_HEADING_ACCOUNT],
      rows,
      notLines: w.notLines,
      readDiagnostics: [...(table.readDiagnostics ?? []), ...notices],
    },
    heading: { ...prior, totalsReported: prior.totalsReported || w.total !== null, named: state },
  };
}
