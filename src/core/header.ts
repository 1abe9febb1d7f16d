/**
 * Finding the header row when a sheet or file starts with a title ("Export des ventes – janvier"),
 * blank lines or notes: the first row whose texts name a date and an amount is the header.
 */
import { cellText } from "./cells";
import { blocksMoney, detectMapping } from "./fields";
import { normalizeText } from "./text";
import { isMonthLabel, isNumericMonth } from "./engine/evidence/month-labels";
import type { CellValue } from "./types";

/** How many leading rows are searched for the header. */
export const HEADER_SEARCH_ROWS = 30;

/** Index of the first row (among the first `limit`) that maps every required field; -1 when none does. */
export function findHeaderRow(
  rows: readonly (readonly CellValue[] | undefined)[],
  limit = HEADER_SEARCH_ROWS,
): number {
  const n = Math.min(rows.length, limit);
  for (let i = 0; i < n; i++) {
    const row = rows[i];
    if (!row || row.length < 2) continue;
    const texts = row.map((c) => (typeof c === "string" ? c.trim() : cellText(c)));
    if (texts.filter((t) => t !== "").length < 2) continue;
    // A recap box of "label : value" cells ("Date d'édition :" 05/04/2025, "Total HT :" =SUM) is no header.
    if (texts.some((t) => t.endsWith(":")) && texts.some((t) => !t.endsWith(":") && /\d/.test(t))) continue;
    if (detectMapping(texts).missing.length === 0) return i;
    // A header on two rows ("Mouvements" over "Débit | Crédit") names its amounts on the row below.
    if (twoRowHeader(row, rows[i + 1]) !== null) return i;
  }
  // An Excel pivot table under its value field ("Somme de Solde | Étiquettes de colonnes"): its
  // header is the row Excel heads with "Row Labels" / "Étiquettes de lignes" (pivot-tables.ts).
  for (let i = 0; i < n; i++) if (isPivotHeader(textsOf(rows[i]))) return i;
  // A balance under its title ("Balance générale", "Du … au …"): its header, said for what it is.
  for (let i = 0; i < n; i++) if (isBalanceHeader(textsOf(rows[i]))) return i;
  return -1;
}

/** Whether header texts are an Excel pivot table's: "Row Labels" / "Étiquettes de lignes" first, then a column. */
function isPivotHeader(texts: readonly string[]): boolean {
  const named = texts.filter((t) => t !== "");
  return named.length >= 2 && /^(?:row labels|etiquettes de lignes)$/.test(normalizeText(named[0]));
}

/**
 * The header row readers take (findHeaderRow); when no row names every required field, the first
 * row of two cells or more under title lines of one cell ("Cabinet Girard Expertise", its address)
 * when it is a header that names the date and holds only texts (`Date | N° note | Client | Fees
 * billed`): the missing column is then named with the headers found and --map can name it. Else 0.
 */
export function headerRowOf(
  rows: readonly (readonly CellValue[] | undefined)[],
  limit = HEADER_SEARCH_ROWS,
): number {
  const found = findHeaderRow(rows, limit);
  if (found >= 0) return found;
  const n = Math.min(rows.length, limit);
  for (let i = 0; i < n; i++) {
    const texts = textsOf(rows[i]).filter((t) => t !== "");
    if (texts.length < 2) continue;
    const cells = (rows[i] ?? []).filter((c) => c !== null && c !== undefined && cellText(c).trim() !== "");
    const header =
      cells.every((c) => typeof c === "string" && !/^[\d\s.,:/()+\-–%€$]*$/.test(c)) &&
      !texts.some((t) => t.endsWith(":")) &&
      detectMapping(texts).mapping.date !== undefined;
    return header ? i : 0;
  }
  return 0;
}

/** A row's cells as header texts. */
function textsOf(row: readonly CellValue[] | undefined): string[] {
  return (row ?? []).map((c) => (typeof c === "string" ? c.trim() : cellText(c)));
}

/**
 * A balance's columns, normalized: an account's totals or balances ("Total débit", "Mouvements
 * crédit", "Solde créditeur", "Solde N", "Solde N-1", "Solde au 31/12/2025").
 */
const BALANCE_COLUMN =
  /^(?:(?:total|totaux|cumul|cumuls|mouvements?)\s+(?:debit|credit)(?:eur)?s?|solde(?:s)?(?:\s+(?:debiteur|crediteur|n(?:\s+1)?|final|de cloture|au\b.*|\d{4}))?)$/;

/**
 * Whether header texts are a balance's (balance générale, comparative, par mois): an account column,
 * no date, and two balance columns (totals, balances, N / N-1) or two month columns ("Janv. 2025", "01/2025").
 * A balance has one row per account and no dated line: no CA OP per month can be read from it.
 */
export function isBalanceHeader(texts: readonly string[]): boolean {
  if (texts.filter((t) => t !== "").length < 3) return false;
  const m = detectMapping(texts).mapping;
  if (m.account === undefined || m.date !== undefined) return false;
  const balances = texts.filter((t) => BALANCE_COLUMN.test(normalizeText(t))).length;
  const months = texts.filter((t) => isMonthLabel(t) || isNumericMonth(t)).length;
  return balances >= 2 || months >= 2;
}

/** Quadra Compta's ASCII export: fixed-width records, a line "M" + account + journal + ddmmyy. */
const QUADRA_RECORD = /^M[0-9A-Z][0-9A-Z ]{7}[0-9A-Z]{2}\d{3}\d{6}/;

/** Whether a file's first line is a Quadra ASCII record (one text, no separator: no column to map). */
export function isQuadraRecord(texts: readonly string[]): boolean {
  return texts.length === 1 && QUADRA_RECORD.test(texts[0]);
}

/** A text naming a field on its own ("Débit", "Crédit", "Date"). */
function namesField(text: string): boolean {
  return Object.keys(detectMapping([text]).mapping).length > 0;
}

/** Column names that name no field of their own, under a merged "Montant": "TTC | TVA | HT". */
const HEADER_WORDS: ReadonlySet<string> = new Set(
  ["TTC", "TVA", "Taxe", "Taxes", "VAT", "Tax", "Total", "Solde", "Balance", "%"].map(normalizeText),
);

/**
 * Whether the upper cell of column `c` is merged over more than it: blank (inside a merge), the
 * same text as the lower cell (a merge down two rows) or one of a run of cells across ("Montant"
 * then a blank, or its own text repeated). A lower text under a plain header cell is data.
 */
function mergedOver(top: readonly string[], c: number, lower: string): boolean {
  const above = top[c] ?? "";
  if (above === "" || above === lower) return true;
  // A header row read only up to its last cell: nothing to its right is an empty (merged) cell.
  const right = top[c + 1] ?? "";
  return right === "" || right === above || (c > 0 && top[c - 1] === above);
}

/**
 * The header a lower text gives its column: itself when it names a field or is a column word
 * ("TTC"), else with its merged cell's text when that names one ("Montant HT" + "Brut"); null for
 * a text of data.
 */
function lowerHeader(text: string, group: string): string | null {
  const joined = `${group} ${text}`;
  // "Date" over "Facture | Échéance": the invoice's date and the due date, not an invoice number.
  if (group !== "" && fieldOf(group) === "date" && fieldOf(joined) === "date") return joined;
  if (namesField(text) || HEADER_WORDS.has(normalizeText(text))) return text;
  return group !== "" && namesField(joined) ? joined : null;
}

/** Whether a header row names two columns alike (a merged cell's text repeated). */
function repeats(headers: readonly string[]): boolean {
  const named = headers.filter((h) => h !== "").map(normalizeText);
  return new Set(named).size < named.length;
}

/** The field a text names on its own, if any. */
function fieldOf(text: string): string | undefined {
  return Object.keys(detectMapping([text]).mapping)[0];
}

/**
 * A header written on two rows, as Excel's merged cells leave it ("Montant" over "Débit | Crédit"):
 * the headers read from both rows, the lower row's text where it has one; null when `next` is not
 * such a row. It is one when it holds only texts, each a column's name (lowerHeader) under a merged
 * cell (mergedOver), the header row names a column itself (else it is a title merged across), and
 * the two rows map every required field, and one the header row alone does not map or maps to
 * another column.
 */
export function twoRowHeader(
  header: readonly CellValue[],
  next: readonly CellValue[] | undefined,
): string[] | null {
  if (!next) return null;
  const top = header.map((c) => cellText(c).trim());
  const width = Math.max(top.length, next.length);
  const both: string[] = [];
  let group = "";
  for (let c = 0; c < width; c++) {
    const v = next[c];
    const t = typeof v === "string" ? v.trim() : v === null || v === undefined ? "" : null;
    if (t === null) return null; // a number, a date: a data row
    const above = top[c] ?? "";
    group = above !== "" ? above : group;
    // Blank, or the header's own text again (a cell merged down both rows, as ExcelJS and Excel give it).
    if (t === "" || t === above) {
      both.push(above);
      continue;
    }
    const named = mergedOver(top, c, t) ? lowerHeader(t, group) : null;
    if (named === null) return null; // a text of data
    // "Débit | Crédit" under both "Montant TTC" and "Montant HT": the tax-inclusive pair keeps its group's name.
    const repeated = next.some((o, k) => k !== c && typeof o === "string" && o.trim() === t);
    both.push(repeated && named === t && blocksMoney(group) ? `${t} (${group})` : named);
  }
  const before = detectMapping(top).mapping;
  // A top row that names no column is a title merged across the table ("SARL DUPONT"), not a header.
  if (Object.keys(before).length === 0) return null;
  const after = detectMapping(both);
  if (after.missing.length > 0) return null;
  // The lower row says more: a field it maps, or maps elsewhere ("HT" rather than "Montant" over TTC).
  const more = Object.entries(after.mapping).some(([f, col]) => before[f as keyof typeof before] !== col);
  // Or it names apart the dates a merged "Date" spans ("Date" over "Facture | Échéance"), its text
  // repeated in the merged cells or blank there.
  const spanned = top.some(
    (t, i) => t === "" && both[i] !== undefined && both[i] !== "" && fieldOf(both[i]) === "date",
  );
  return more || (repeats(top) && !repeats(both)) || spanned ? both : null;
}

/** The text of the rows above a table's header, one string a row (a merged title said once), blank rows left out. */
export function titleRows(above: readonly (readonly CellValue[])[]): string[] {
  return above
    .map((row) =>
      row
        .map((v) => cellText(v).trim())
        .filter((t, i, all) => t !== "" && t !== all[i - 1])
        .join(" "),
    )
    .filter((t) => t !== "");
}
