/**
 * Sage 50 UK's Nominal Activity report: each nominal code's lines under a heading row of its own
 * ("N/C: 4000" in the first column, "Name: Sales - Products" beside it), closed by "Totals:" and
 * "History Balance:" rows whose label sits in the Value column. Its "Account" column is the customer
 * or supplier (BRO001), not the nominal code. The lines take their heading's code, read in Sage 50
 * UK's chart (nominal-codes.ts: 4000 sales, 4200 sales of assets, 4900 miscellaneous income); the
 * headings and the total rows are not lines. Proven by Sage's own "N/C:" marker on an undated row
 * without amounts; a user's own account mapping is kept.
 */
import { cellText, isBlank } from "../../cells";
import { diag, DIAG } from "../../diagnostics";
import {
  rowNumberOf,
  type CellValue,
  type Diagnostic,
  type Mapping,
  type MappingOverrides,
  type RawTable,
} from "../../types";

/** "N/C: 4000": a Sage 50 nominal code heading. */
const NOMINAL_HEADING = /^\s*N\/C\s*:\s*([0-9]{3,})\s*$/i;

/** "Totals:", "History Balance:": a nominal code's closing rows (undated). */
const CLOSING_ROW = /^\s*(?:totals?|history balance|balance)\s*:?\s*$/i;

/** The header of the column the headings' nominal codes are written to. */
export const NOMINAL_ACCOUNT = "N/C (Sage 50)";

/** The table with its nominal codes, the mapping that reads them, and what is in force after it. */
export interface NominalHeadings {
  table: RawTable;
  mapping: MappingOverrides;
  /** The nominal code in force after the last row (carried to the next chunk). */
  current: string | null;
  note: Diagnostic | null;
}

/** The nominal code a row heads, or null (an undated row without amounts holding "N/C: dddd"). */
function headingOf(row: readonly CellValue[], date: number, amounts: readonly number[]): string | null {
  if (!isBlank(row[date]) || !amounts.every((c) => isBlank(row[c]))) return null;
  for (const v of row) {
    const m = typeof v === "string" ? NOMINAL_HEADING.exec(v) : null;
    if (m !== null) return m[1];
  }
  return null;
}

/** The first row heading a nominal code, or -1; a row dated by a number or a printable text is settled without a call (every line). */
function firstHeading(
  rows: readonly (readonly CellValue[])[],
  date: number,
  amounts: readonly number[],
): number {
  for (let i = 0; i < rows.length; i++) {
    const v = rows[i][date];
    if (typeof v === "number") continue;
    if (typeof v === "string" && v.length > 0) {
      const c = v.charCodeAt(0);
      // Not blank (headingOf wants a blank date): a printable ASCII character first.
      if (c > 32 && c < 127) continue;
    }
    if (headingOf(rows[i], date, amounts) !== null) return i;
  }
  return -1;
}

/**
 * The report read by its nominal headings (see the module), or null when no row heads one and no
 * earlier chunk's heading is in force. `prior`: the code in force after the earlier chunks.
 */
export function withNominalHeadings(
  table: RawTable,
  map: Mapping,
  overrides: MappingOverrides | undefined,
  prior: string | null | undefined,
): NominalHeadings | null {
  const date = map.date;
  if (date === undefined || (overrides !== undefined && "account" in overrides)) return null;
  const amounts = [map.amount, map.net_amount, map.debit, map.credit].filter(
    (c): c is number => c !== undefined,
  );
  const first = firstHeading(table.rows, date, amounts);
  if (first < 0 && (prior === undefined || prior === null)) return null;
  let current = prior ?? null;
  const notLines = new Set(table.notLines ?? []);
  const width = table.headers.length;
  const rows = table.rows.map((row, i) => {
    const code = headingOf(row, date, amounts);
    if (code !== null) current = code;
    if (
      code !== null ||
      (isBlank(row[date]) && row.some((v) => typeof v === "string" && CLOSING_ROW.test(v)))
    )
      notLines.add(i);
    const copy: CellValue[] = row.slice(0, width);
    while (copy.length < width) copy.push(null);
    // The report's lines are dated: a blank row between two codes takes none.
    copy.push(notLines.has(i) || isBlank(row[date]) ? "" : (current ?? ""));
    return copy;
  });
  const customer = map.account === undefined ? undefined : String(table.headers[map.account]);
  const mapping: MappingOverrides = { ...overrides, account: NOMINAL_ACCOUNT };
  if (customer !== undefined && map.client === undefined) mapping.client = customer;
  // Said once, by the first chunk (a later one has the code in force).
  const note =
    first < 0 || prior !== undefined
      ? null
      : diag(DIAG.nominalHeadings, {
          row: rowNumberOf(table, first),
          column: NOMINAL_ACCOUNT,
          value: cellText(table.rows[first].find((v) => typeof v === "string" && NOMINAL_HEADING.test(v))),
          args: { client: customer ?? "" },
        });
  const headers = [...table.headers, NOMINAL_ACCOUNT];
  return { table: { ...table, headers, rows, notLines }, mapping, current, note };
}
