/**
 * A platform's transaction log (Amazon's settlement V2, Mirakl's logs, Vinted Pro's wallet, Stripe's
 * itemized reports): one signed amount a row, its type in a column of the platform's own types
 * (rules/platform-types.ts). Summed whole it is the payout, not the sales: its fees, commissions,
 * payouts, reserves, penalties and taxes collected for others are no sale (the fees are expenses,
 * never deductions). Proven from the column's values, most of them one platform's known types, one
 * of them the platform's own: its no-sale rows are set apart and a note counts each kind. Sales,
 * returns and discounts are read as before. A type the platform's table does not know is counted as
 * written and said (row, column, value).
 */
import { cellText, isBlank } from "../../cells";
import { diag, DIAG } from "../../diagnostics";
import { PLATFORM_LOGS, type PlatformLog, type PlatformRow } from "../../rules";
import { normalizeText } from "../../text";
import { rowNumberOf, type CellValue, type Diagnostic, type Mapping, type RawTable } from "../../types";
import { namesPeriodTotal } from "./dated-totals";

/** What platformTypeRows found: the rows set apart, the note and warnings, the platform proven. */
export interface PlatformTypes {
  rows: Set<number>;
  /** Returns written in another amount column, their amount blank (Airbnb's resolutions): row index → cell. */
  returns: Map<number, CellValue>;
  diagnostics: Diagnostic[];
  platform: PlatformLog["id"];
}

/** Distinct types looked at most (a log has a few dozen; past this, it is no type column). */
const MAX_TYPES = 200;

/** A type's key: each column's value normalized, joined by "|". */
const keyOf = (parts: readonly string[]): string => parts.map(normalizeText).join("|");

/** Each platform's types by key ("itemfees|*": any description). */
const TYPES: ReadonlyMap<PlatformLog["id"], ReadonlyMap<string, PlatformRow>> = new Map(
  PLATFORM_LOGS.map((p) => [
    p.id,
    new Map(Object.entries(p.types).map(([k, v]) => [keyOf(k.split("/")).replace(/\|$/, "|*"), v])),
  ]),
);

/** The platform's reading of a key: exact, then the first column's wildcard. */
function typeOf(p: PlatformLog, key: string): PlatformRow | undefined {
  const types = TYPES.get(p.id);
  const bar = key.indexOf("|");
  return types?.get(key) ?? (bar < 0 ? undefined : types?.get(`${key.slice(0, bar)}|*`));
}

/** The columns holding a platform's type, or null when the table lacks them. */
function typeColumns(table: RawTable, map: Mapping, p: PlatformLog): number[] | null {
  const norm = table.headers.map((h) => normalizeText(h ?? ""));
  if (p.columns.length > 0) {
    const cols = p.columns.map((c) => norm.indexOf(normalizeText(c)));
    return cols.every((c) => c >= 0) ? cols : null;
  }
  const col = map.kind ?? map.doc_type;
  return col === undefined ? null : [col];
}

/** A platform's rows by type: each distinct value's first text and its rows; null past MAX_TYPES. */
function typedRows(
  table: RawTable,
  cols: readonly number[],
): Map<string, { text: string; rows: number[] }> | null {
  const seen = new Map<string, { text: string; rows: number[] }>();
  for (let i = 0; i < table.rows.length; i++) {
    if (table.notLines?.has(i)) continue;
    const parts = cols.map((c) => cellText(table.rows[i]?.[c]).trim());
    if (parts[0] === "" || namesPeriodTotal(parts[0] ?? "")) continue;
    const key = keyOf(parts);
    const found = seen.get(key);
    if (found !== undefined) found.rows.push(i);
    else if (seen.size >= MAX_TYPES) return null;
    else seen.set(key, { text: parts.filter((s) => s !== "").join(" / "), rows: [i] });
  }
  return seen;
}

/**
 * Whether the column's types prove the platform's log: most distinct values known (at least two),
 * a sale among them, and one only the platform writes (or the header that names its log).
 */
function proves(p: PlatformLog, table: RawTable, keys: readonly string[]): boolean {
  const known = keys.filter((k) => typeOf(p, k) !== undefined);
  if (known.length < 2 || keys.length - known.length >= known.length) return false;
  if (!known.some((k) => typeOf(p, k) === "sale")) return false;
  const own = new Set(p.specific.map((s) => keyOf(s.split("/")).replace(/\|$/, "|*")));
  const named = new Set((p.headers ?? []).map(normalizeText));
  const header = table.headers.some((h) => named.has(normalizeText(h ?? "")));
  return header || known.some((k) => own.has(k) || own.has(`${k.split("|")[0] ?? ""}|*`));
}

/**
 * The no-sale rows of a platform's transaction log, with the note counting each kind and a warning
 * per type the platform does not know; null when no column proves one (nor `prior`, the platform an
 * earlier chunk proved).
 */
export function platformTypeRows(
  table: RawTable,
  map: Mapping,
  prior?: PlatformLog["id"],
): PlatformTypes | null {
  for (const p of PLATFORM_LOGS) {
    if (prior !== undefined && p.id !== prior) continue;
    const cols = typeColumns(table, map, p);
    if (cols === null) continue;
    const typed = typedRows(table, cols);
    if (typed === null || (prior === undefined && !proves(p, table, [...typed.keys()]))) continue;
    return readRows(table, map, cols, p, typed);
  }
  return null;
}

/** The platform's reading of its typed rows: the rows set apart, the note and the unknown types' warnings. */
function readRows(
  table: RawTable,
  map: Mapping,
  cols: readonly number[],
  p: PlatformLog,
  typed: ReadonlyMap<string, { text: string; rows: number[] }>,
): PlatformTypes {
  const counts: Record<PlatformRow, number> = { sale: 0, return: 0, discount: 0, no_sale: 0 };
  const rows = new Set<number>();
  const from = returnColumn(table, map, p);
  const returns = new Map<number, CellValue>();
  const apart: string[] = [];
  const diagnostics: Diagnostic[] = [];
  const column = cols.map((c) => table.headers[c] ?? "").join(" / ");
  for (const [key, { text, rows: at }] of typed) {
    const what = typeOf(p, key);
    const first = { row: rowNumberOf(table, at[0] ?? 0), column, value: text };
    if (what === undefined) {
      diagnostics.push(
        diag(DIAG.platformTypeUnknown, { ...first, args: { count: at.length, platform: p.name } }),
      );
      continue;
    }
    counts[what] += at.length;
    if (what === "return" && from !== undefined)
      diagnostics.push(...blankReturns(table, map, from, at, returns, first));
    if (what !== "no_sale") continue;
    for (const i of at) rows.add(i);
    apart.push(`${text} (${at.length})`);
  }
  const summary = summaryRows(table, cols, p);
  for (const i of summary) rows.add(i);
  if (summary.length > 0) apart.push(`${table.headers[summaryColumn(table, p)] ?? ""} (${summary.length})`);
  if (table.rows.length > 0) {
    const args = { platform: p.name, ...counts, apart: counts.no_sale, apartValues: apart.join(", ") || "–" };
    diagnostics.unshift(diag(DIAG.platformLogTypes, { row: 0, column, value: p.name, args }));
  }
  return { rows, returns, diagnostics, platform: p.id };
}

/** The column of the log's summary (Amazon's `total-amount`), or -1. */
function summaryColumn(table: RawTable, p: PlatformLog): number {
  const name = normalizeText(p.summary ?? "");
  return name === "" ? -1 : table.headers.findIndex((h) => normalizeText(h ?? "") === name);
}

/** The log's summary rows: its types blank, its total filled (the settlement's payout, no line). */
function summaryRows(table: RawTable, cols: readonly number[], p: PlatformLog): number[] {
  const col = summaryColumn(table, p);
  if (col < 0) return [];
  const out: number[] = [];
  table.rows.forEach((row, i) => {
    if (!table.notLines?.has(i) && cols.every((c) => isBlank(row[c])) && !isBlank(row[col])) out.push(i);
  });
  return out;
}

/** The column a platform writes a return's amount in when the amount read is blank, if not the amount's own. */
function returnColumn(table: RawTable, map: Mapping, p: PlatformLog): number | undefined {
  const names = new Set((p.returnAmount ?? []).map(normalizeText));
  const col = table.headers.findIndex((h) => names.has(normalizeText(h ?? "")));
  return col < 0 || col === map.amount || map.amount === undefined ? undefined : col;
}

/**
 * The returns among `at` whose amount is blank and whose `from` cell is not: taken into `returns`,
 * said once (their count, the first row).
 */
function blankReturns(
  table: RawTable,
  map: Mapping,
  from: number,
  at: readonly number[],
  returns: Map<number, CellValue>,
  first: { row: number; column: string; value: string },
): Diagnostic[] {
  const found = at.filter(
    (i) => isBlank(table.rows[i]?.[map.amount ?? -1]) && !isBlank(table.rows[i]?.[from]),
  );
  if (found.length === 0) return [];
  for (const i of found) returns.set(i, table.rows[i]?.[from] ?? null);
  const i = found[0] ?? 0;
  const args = {
    count: found.length,
    amountColumn: table.headers[map.amount ?? -1] ?? "",
    from: table.headers[from] ?? "",
    written: cellText(table.rows[i]?.[from]),
  };
  return [diag(DIAG.platformReturnAmount, { ...first, row: rowNumberOf(table, i), args })];
}

/** The table with each return's amount (platformTypeRows' `returns`) written in the amount column `col`. */
export function withReturnAmounts(
  table: RawTable,
  col: number,
  returns: ReadonlyMap<number, CellValue>,
): RawTable {
  if (returns.size === 0) return table;
  const rows = table.rows.map((row, i) => {
    const cell = returns.get(i);
    if (cell === undefined) return row;
    const copy = [...row];
    copy[col] = cell;
    return copy;
  });
  return { ...table, rows };
}
