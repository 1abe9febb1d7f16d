/**
 * Closing entries in a journal export (a FEC of the whole year, with the entry that clears the
 * income accounts into the year's result, 120 / 129): their class-7 lines are the year's sales
 * moved to the balance sheet, not a return of them. Proven by the entry itself: an entry (the rows
 * of one number in one journal, wherever they sit: a FEC sorted by account scatters them) that has
 * a line on a result account (12…), or a line labelled as the closing ("Clôture de l'exercice"), is
 * a closing entry; its revenue lines are set apart, never
 * counted, and one note says how many. Streamed, the entries found in one chunk hold for the others
 * (EngineOptions.closingPrior, chunks.ts).
 */
import { cellKey, cellText } from "../../cells";
import { diag, DIAG } from "../../diagnostics";
import { normalizeText } from "../../text";
import { directionSign } from "../directions";
import { rowNumberOf, type CellValue, type Diagnostic, type Mapping, type RawTable } from "../../types";

/**
 * Labels of a closing entry, at their start, for a ledger extract without its result line (class 7
 * only): "Clôture de l'exercice", "Écriture de clôture", "Détermination du résultat", "Year-end
 * closing". Not a fence company's "Pose de clôture", nor a fee "Honoraires clôture de l'exercice".
 */
const CLOSING_LABEL =
  /^\s*(?:cl[oô]ture\s+(?:de\s+l['’]\s*|d['’]\s*|des\s+|annuelle\s+)?(?:exercice|comptes)|[ée]critures?\s+de\s+cl[oô]ture|d[ée]termination\s+du\s+r[ée]sultat|solde\s+des\s+comptes\s+de\s+(?:produits|gestion)|year[-\s]end\s+closing|closing\s+entr)/i;

/** What a closing's label never says: a cut-off ("produits constatés d'avance", FAE, extourne), a credit note. */
const NOT_CLOSING_LABEL =
  /constat|[àa] recevoir|extourne|avoir|r[ée]gularisation|\bpca\b|\bfae\b|cut[-\s]?off/i;

/** Headers of a journal's code column (FEC `JournalCode`, Sage's `Code journal`): entry numbers may restart per journal. */
const JOURNAL_HEADERS: ReadonlySet<string> = new Set(
  ["JournalCode", "Code journal", "Journal code", "Journal", "Jnl", "Code jnl"].map(normalizeText),
);

/** What closingEntryRows found: the rows set apart and their note, and the closing entries' keys. */
export interface ClosingEntries {
  rows: Set<number>;
  diagnostics: Diagnostic[];
  /** Keys (journal and number) of the closing entries whose result line this table holds. */
  keys: Set<string>;
}

/**
 * The class-7 rows of closing entries and their note; null without such an entry (in this table
 * or, by `prior`, in an earlier chunk of it).
 */
export function closingEntryRows(
  table: RawTable,
  map: Mapping,
  prior?: ReadonlySet<string>,
): ClosingEntries | null {
  const acc = map.account;
  const idCol = map.id;
  // Journals only (debit / credit, amount / direction): a sales list holds no closing entry.
  if (acc === undefined) return null;
  if (map.debit === undefined && map.credit === undefined && map.direction === undefined) return null;
  const all = table.rows;
  const closingLine = closingLabelLine(map, acc);
  // Without entry numbers, a revenue line debited under the closing's own label is one.
  if (idCol === undefined) return noted(table, acc, rowsWhere(all, closingLine), new Set());
  const journal = journalColumn(table.headers, map);
  const keyOf = (row: readonly CellValue[]): string =>
    journal < 0 ? cellKey(row[idCol]) : `${cellKey(row[journal])}\u0000${cellKey(row[idCol])}`;
  // The entries with a line on a result account, or a revenue line debited under the closing's label
  // and no customer nor other third party (an invoice "Clôture de l'exercice 2024" has its 411).
  const keys = new Set<string>();
  const labelled = new Set<string>();
  const thirdParty = new Set<string>();
  for (const row of all) {
    if (startsWith(row[acc], "12")) {
      if (cellKey(row[idCol]) !== "") keys.add(keyOf(row));
    } else if (closingLine(row) && cellKey(row[idCol]) !== "") labelled.add(keyOf(row));
  }
  // Entries labelled so (rare): those with a third party's line are invoices or credit notes.
  if (labelled.size > 0)
    for (const row of all)
      if (startsWith(row[acc], "4") && labelled.has(keyOf(row))) thirdParty.add(keyOf(row));
  for (const k of labelled) if (!thirdParty.has(k)) keys.add(k);
  const closing = prior === undefined || prior.size === 0 ? keys : new Set([...prior, ...keys]);
  if (closing.size === 0) return null;
  const rows = rowsWhere(all, (row) => startsWith(row[acc], "7") && closing.has(keyOf(row)));
  return noted(table, acc, rows, keys);
}

/** The rows of `all` that `test` holds for, by index. */
function rowsWhere(all: RawTable["rows"], test: (row: readonly CellValue[]) => boolean): Set<number> {
  const rows = new Set<number>();
  for (let k = 0; k < all.length; k++) if (test(all[k])) rows.add(k);
  return rows;
}

/** The rows set apart with their note (none when no row), and the closing entries found. */
function noted(table: RawTable, acc: number, rows: Set<number>, keys: Set<string>): ClosingEntries | null {
  if (rows.size === 0) return keys.size === 0 ? null : { rows, diagnostics: [], keys };
  // Rows were added in order: the first is the smallest (no spread of a set that may be large).
  const first = rows.values().next().value as number;
  const note = diag(DIAG.closingEntries, {
    row: rowNumberOf(table, first),
    column: table.headers[acc] ?? "",
    value: cellText(table.rows[first][acc]),
    args: { count: rows.size },
  });
  return { rows, diagnostics: [note], keys };
}

/**
 * Whether a row is a revenue line (class 7) debited under a label that starts as a closing's does
 * ("Clôture de l'exercice", "Détermination du résultat"): a sale is credited, and an accounting
 * firm's fee "Clôture de l'exercice" is its invoice's credit.
 */
function closingLabelLine(map: Mapping, acc: number): (row: readonly CellValue[]) => boolean {
  const label = map.label;
  if (label === undefined) return () => false;
  return (row) => {
    const v = row[label];
    return (
      typeof v === "string" &&
      startsWith(row[acc], "7") &&
      CLOSING_LABEL.test(v) &&
      !NOT_CLOSING_LABEL.test(v) &&
      isDebit(row, map)
    );
  };
}

/** Whether a journal line is a debit: its debit cell holds a non-zero amount, or its direction says so (directions.ts). */
function isDebit(row: readonly CellValue[], map: Mapping): boolean {
  if (map.debit !== undefined) return cellText(row[map.debit]).replace(/[\s0.,-]/g, "") !== "";
  return map.direction !== undefined && directionSign(cellText(row[map.direction]).trim().toUpperCase()) < 0;
}

/** Whether an account cell starts with these digits (a text, or a number as written). */
function startsWith(v: CellValue, digits: string): boolean {
  if (typeof v === "string") {
    let i = 0;
    while (i < v.length && v.charCodeAt(i) === 32) i++;
    return v.startsWith(digits, i);
  }
  return typeof v === "number" && String(v).startsWith(digits);
}

/** The journal code column (even mapped as the document type, as "Journal" is), or -1. */
function journalColumn(headers: readonly string[], map: Mapping): number {
  return headers.findIndex(
    (h, i) => i !== map.id && i !== map.account && JOURNAL_HEADERS.has(normalizeText(h)),
  );
}
