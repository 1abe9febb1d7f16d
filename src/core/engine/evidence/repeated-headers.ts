/**
 * A header repeated inside the data: two tables stacked on one sheet (January's invoices, then
 * "Avoirs janvier 2025" and the same header again), or a report printed page by page. The repeated
 * header and the title above it are not lines: set apart and said. The lines under a title or a
 * section heading naming credit notes are found here; their sign is read in credit-notes.ts.
 */
import { isBlank } from "../../cells";
import { diag, DIAG } from "../../diagnostics";
import { MONTH_WORDS } from "../../dates";
import { normalizeText } from "../../text";
import { rowNumberOf, type CellValue, type Diagnostic, type Mapping, type RawTable } from "../../types";

/**
 * A section title that announces credit notes or returns: it starts so, then names at most whose or
 * when ("Avoirs", "Avoirs émis janvier 2025", "Notes de crédit T1", "Retours clients"). Not a customer
 * "Avoir & Associés", an activity "Logistique des retours", nor "Remboursements" (re-billed costs,
 * an insurer's payment: no credit note).
 */
const CREDIT_TITLE =
  /^(?:avoirs?|credit (?:notes?|memos?)|notes? de credit|annulations?|retours?|returns?)((?: [a-z0-9]+)*)$/;

/** Words a credit-note title may add: whose, when (periods: MONTH_WORDS and numbers). */
const CREDIT_TITLE_WORDS: ReadonlySet<string> = new Set([
  ...[
    "emis",
    "emises",
    "recus",
    "clients",
    "client",
    "ventes",
    "sur",
    "factures",
    "du",
    "de",
    "des",
    "la",
    "le",
  ],
  ...[
    "mois",
    "periode",
    "trimestre",
    "semestre",
    "annee",
    "exercice",
    "t1",
    "t2",
    "t3",
    "t4",
    "q1",
    "q2",
    "q3",
    "q4",
  ],
  ...MONTH_WORDS.keys(),
]);

/** Whether a section title announces credit notes (CREDIT_TITLE, its other words whose or when). */
export function creditTitle(title: string): boolean {
  const m = CREDIT_TITLE.exec(normalizeText(title));
  if (m === null) return false;
  return m[1]
    .trim()
    .split(" ")
    .every((w) => w === "" || /^\d+$/.test(w) || CREDIT_TITLE_WORDS.has(w));
}

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

/** A credit-note section still going on at the end of a chunk: its heading (row number, text) and its lines so far. */
export interface CreditSectionRun {
  /** The worksheet it is on (RawTable.sheet): a section never goes on into another sheet. */
  sheet?: string;
  row: number;
  title: string;
  lines: number;
}

/** The heading index of lines whose credit-note heading is in an earlier chunk (RawTable.creditHeading). */
export const EARLIER_HEADING = -2;

/**
 * The lines under a heading that names credit notes ("AVOIRS", "Avoirs janvier 2025", "Credit
 * notes"), up to the next heading or a blank row after them: `titles` are the heading rows (sections and stacked tables'
 * titles), ascending. Their sign is decided with their amounts (credit-notes.ts); null when none.
 * `prior`: an earlier chunk's section going on at the top of this table (its lines under
 * EARLIER_HEADING); `run`: the section going on at the end of this one, for the next chunk.
 */
export function creditSectionRows(
  table: RawTable,
  titles: readonly number[],
  prior?: CreditSectionRun,
): { rows: Map<number, number> | null; run?: CreditSectionRun } {
  let out: Map<number, number> | null = null;
  const add = (i: number, heading: number): void => void (out ??= new Map()).set(i, heading);
  const n = table.rows.length;
  let run: CreditSectionRun | undefined;
  if (prior !== undefined) {
    const lines = sectionLines(table, 0, titles[0] ?? n, prior.lines, (i) => add(i, EARLIER_HEADING));
    if (titles.length === 0 && lines >= 0) run = { ...prior, lines };
  }
  titles.forEach((t, k) => {
    const title = titleOf(table.rows[t]);
    if (title === null || !creditTitle(title)) return;
    const last = k + 1 === titles.length;
    const lines = sectionLines(table, t + 1, last ? n : titles[k + 1], 0, (i) => add(i, t));
    if (last && lines >= 0) run = { sheet: table.sheet, row: rowNumberOf(table, t), title, lines };
  });
  return { rows: out, run };
}

/**
 * Adds the lines of a credit-note section from row `from` to `end` (excluded), `lines` of it read
 * before: their count when it runs to the table's end, -1 when a blank row after its lines ends it.
 */
function sectionLines(
  table: RawTable,
  from: number,
  end: number,
  lines: number,
  add: (i: number) => void,
): number {
  for (let i = from; i < end; i++) {
    const row = table.rows[i];
    // A blank row after its lines ends the section (a hand sheet's credit notes, then its sales again).
    if (row === undefined || row.every(isBlank)) {
      if (lines > 0) return -1;
      continue;
    }
    if (table.notLines?.has(i)) continue;
    add(i);
    lines++;
  }
  return end === table.rows.length ? lines : -1;
}
