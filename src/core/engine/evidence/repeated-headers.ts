/**
 * A header repeated inside the data: two tables stacked on one sheet (January's invoices, then
 * "Avoirs janvier 2025" and the same header again), or a report printed page by page. The repeated
 * header and the title above it are not lines: set apart and said. The lines under a title or a
 * section heading naming credit notes are found here; their sign is read in credit-notes.ts.
 */
import { isBlank } from "../../cells";
import { diag, DIAG } from "../../diagnostics";
import { normalizeText } from "../../text";
import { rowNumberOf, type CellValue, type Diagnostic, type Mapping, type RawTable } from "../../types";

/** Words of a section title that announce credit notes or returns. */
const CREDIT_TITLE = /\b(?:avoirs?|credit notes?|credit memos?|retours?|returns?|refunds?|remboursements?)\b/;

/** True when the row's cell in `col` is the column's header text. */
function isHeaderCell(row: readonly CellValue[], col: number, header: string): boolean {
  const v = row[col];
  if (typeof v !== "string" || header === "" || v.length < header.length) return false;
  if (v === header) return true;
  // Cheap first: a date or an amount never starts like its header (nor with a space).
  const c = v.charCodeAt(0);
  return (c === header.charCodeAt(0) || c === 32) && v.trim() === header;
}

/** The one text of a row that holds nothing else (a section title), or null. */
function titleOf(row: readonly CellValue[] | undefined): string | null {
  if (row === undefined) return null;
  let title: string | null = null;
  for (const v of row) {
    if (isBlank(v)) continue;
    if (title !== null || typeof v !== "string") return null;
    title = v.trim();
  }
  return title;
}

/**
 * Section headings among the lines: a row whose one cell is a text, with no amount (a customer's
 * name heading its invoices in a report by customer, a month's title, "AVOIRS" typed in the date
 * column). Not lines, never an unreadable amount: set apart, one note with their count and the
 * first. `candidates`: rows whose date cell is blank or a text starting with a letter, ascending.
 */
export function sectionRows(
  table: RawTable,
  map: Mapping,
  candidates: readonly number[],
  apart: ReadonlySet<number> | undefined,
): { rows: Set<number>; diagnostics: Diagnostic[] } | null {
  if (map.date === undefined) return null;
  const rows = new Set<number>();
  for (const i of candidates) if (!apart?.has(i) && titleOf(table.rows[i]) !== null) rows.add(i);
  if (rows.size === 0) return null;
  // Rows were added in order: the first is the smallest (no spread of a set that may be large).
  const first = rows.values().next().value as number;
  const note = diag(DIAG.sectionRows, {
    row: rowNumberOf(table, first),
    column: "",
    value: titleOf(table.rows[first]) ?? "",
    args: { count: rows.size },
  });
  return { rows, diagnostics: [note] };
}

/** The repeated-header rows and their titles (set apart), and what is said of them; null when none. */
export function repeatedHeaderRows(
  table: RawTable,
  map: Mapping,
  headerDates: readonly number[],
): { rows: Set<number>; titles: number[]; diagnostics: Diagnostic[] } | null {
  const dateCol = map.date;
  const amountCol = map.amount ?? map.net_amount ?? map.debit ?? map.credit ?? map.quantity;
  if (dateCol === undefined || amountCol === undefined) return null;
  const [dh, ah] = [table.headers[dateCol] ?? "", table.headers[amountCol] ?? ""];
  const rows = new Set<number>();
  const titles: number[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const i of headerDates) {
    const row = table.rows[i];
    if (!isHeaderCell(row, amountCol, ah)) continue;
    rows.add(i);
    const title = titleOf(table.rows[i - 1]);
    if (title !== null) {
      rows.add(i - 1);
      titles.push(i - 1);
    }
    diagnostics.push(
      diag(DIAG.repeatedHeader, { row: rowNumberOf(table, i), column: "", value: title ?? dh }),
    );
  }
  return rows.size > 0 ? { rows, titles, diagnostics } : null;
}

/**
 * The lines under a heading that names credit notes ("AVOIRS", "Avoirs janvier 2025", "Credit
 * notes"), up to the next heading: `titles` are the heading rows (sections and stacked tables'
 * titles), ascending. Their sign is decided with their amounts (credit-notes.ts); null when none.
 */
export function creditSectionRows(table: RawTable, titles: readonly number[]): Map<number, number> | null {
  let out: Map<number, number> | null = null;
  titles.forEach((t, k) => {
    const title = titleOf(table.rows[t]);
    if (title === null || !CREDIT_TITLE.test(normalizeText(title))) return;
    const end = k + 1 < titles.length ? titles[k + 1] : table.rows.length;
    for (let i = t + 1; i < end; i++) if (!table.notLines?.has(i)) (out ??= new Map()).set(i, t);
  });
  return out;
}
