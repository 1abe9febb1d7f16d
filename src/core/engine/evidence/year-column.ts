/**
 * A month written without its year beside a year column (Power BI's "Year | Month" export of a date
 * hierarchy, a pack's "Exercice | Période"): each line's month is read with its row's year. Proven
 * from the data: every filled date cell is a month alone (a month's name, or 1–12 under a month
 * header) and its row's year cell holds a year. Said in one note with an example row.
 */
import { cellText, isBlank } from "../../cells";
import { MONTH_WORDS } from "../../dates";
import { diag, DIAG } from "../../diagnostics";
import { normalizeText } from "../../text";
import { rowNumberOf, type CellValue, type Diagnostic, type Mapping, type RawTable } from "../../types";

/** Headers of a year column (normalised). */
const YEAR_HEADERS: ReadonlySet<string> = new Set(
  ["Year", "Année", "Annee", "Exercice", "Fiscal year", "Calendar year", "Año", "Jahr"].map(normalizeText),
);
/** Headers under which a bare number 1–12 is a month (a name is a month under any header). */
const MONTH_HEADERS: ReadonlySet<string> = new Set(
  ["Mois", "Month", "Month number", "N° mois", "Période", "Period", "Fiscal period"].map(normalizeText),
);

/** The month (1–12) a cell names alone, or 0: a month's name, or 1–12 when `numbers` allows. */
function monthAlone(v: CellValue, numbers: boolean): number {
  if (typeof v === "number") return numbers && Number.isInteger(v) && v >= 1 && v <= 12 ? v : 0;
  const t = normalizeText(cellText(v));
  if (/^\d{1,2}$/.test(t)) return numbers && Number(t) >= 1 && Number(t) <= 12 ? Number(t) : 0;
  return MONTH_WORDS.get(t) ?? 0;
}

/** The year (1900–2099) a cell holds, or 0. */
function yearOf(v: CellValue): number {
  const t = cellText(v).trim();
  if (!/^\d{4}$/.test(t)) return 0;
  const y = Number(t);
  return y >= 1900 && y < 2100 ? y : 0;
}

/** The table with each month cell given its row's year ("2025-01"), and the note that says it; null when not proven. */
export function withYearColumn(table: RawTable, map: Mapping): { table: RawTable; note: Diagnostic } | null {
  const col = map.date;
  if (col === undefined) return null;
  const year = table.headers.findIndex((h, j) => j !== col && YEAR_HEADERS.has(normalizeText(h ?? "")));
  if (year < 0) return null;
  const numbers = MONTH_HEADERS.has(normalizeText(table.headers[col] ?? ""));
  const rows: CellValue[][] = new Array<CellValue[]>(table.rows.length);
  let first = -1;
  for (let i = 0; i < table.rows.length; i++) {
    const row = table.rows[i];
    const v = row?.[col];
    if (row === undefined || isBlank(v)) {
      rows[i] = row;
      continue;
    }
    const m = monthAlone(v, numbers);
    const y = m === 0 ? 0 : yearOf(row[year]);
    if (y === 0) return null;
    if (first < 0) first = i;
    const out = row.slice();
    out[col] = `${y}-${String(m).padStart(2, "0")}`;
    rows[i] = out;
  }
  if (first < 0) return null;
  const at = table.rows[first];
  const note = diag(DIAG.dateYearColumn, {
    row: rowNumberOf(table, first),
    column: table.headers[col] ?? "",
    value: cellText(at[col]),
    args: {
      year_column: table.headers[year] ?? "",
      year: cellText(at[year]),
      month: String(rows[first][col]),
    },
  });
  return { table: { ...table, rows }, note };
}
