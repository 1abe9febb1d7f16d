/**
 * Concatenated account strings (Oracle EBS's `101.000.706100.0000.000`, `101-000-706100-0000-000`,
 * Fusion's `FR01-706100-0000-000`, two segments `101-706100`): company, cost centre, natural account,
 * product… in one cell. Read by its leading digits the company's 101 made every line class 1 and no
 * sale was found (or a Fusion string, no digit first, said nothing and its label decided).
 *
 * Proven per column: every account cell splits on one separator into the same number of segments,
 * and exactly one position holds PCG accounts across the column (three digits at least, class 1 to 8,
 * a class-7 account beside another class's); a company code repeated on every line, a cost centre
 * 0000, are no accounts. The account cells are then read as that segment, and the reading is said
 * with its position and an example. A plain PCG column, or a sub-account `411-DUPONT`, proves nothing.
 * Streamed, the distinct strings go on from chunk to chunk (SegmentValues).
 */
import { cellText } from "../../cells";
import { diag, DIAG } from "../../diagnostics";
import { rowNumberOf, type CellValue, type Diagnostic, type Mapping, type RawTable } from "../../types";

/** Separators an ERP writes between its segments. */
const SEPARATORS = [".", "-"] as const;

/** A segment that is a PCG account: digits only, three at least, class 1 to 8. */
const PCG_SEGMENT = /^[1-8][0-9]{2,}$/;

/** Distinct account strings looked at most (a chart's few hundreds; the proof stops there). */
const MAX_VALUES = 5_000;

/** The natural-account segment of a column: its header, separator, position and segment count. */
export interface AccountSegments {
  header: string;
  separator: string;
  index: number;
  count: number;
}

/**
 * The account column's distinct texts read so far (earlier chunks'), `plain` once one had no
 * separator: streamed, the proof is over the file read so far (a ledger sorted by account).
 */
export interface SegmentValues {
  header: string;
  values: readonly string[];
  plain: boolean;
}

/**
 * The column's natural-account segment, proven from its values and those of earlier chunks
 * (`before`), or as an earlier chunk proved it (`found`, null otherwise); `values`: the texts read so far.
 */
export function accountSegments(
  table: RawTable,
  map: Mapping,
  prior: AccountSegments | undefined,
  before?: SegmentValues,
): { found: AccountSegments | null; values?: SegmentValues } {
  const col = map.account;
  if (col === undefined) return { found: null };
  const header = String(table.headers[col] ?? "");
  const carried = before?.header === header ? before : undefined;
  if (prior !== undefined && prior.header === header) return { found: prior, values: carried };
  // A plain account read before: no concatenated strings, whatever this chunk holds.
  if (carried?.plain === true) return { found: null, values: carried };
  const distinct = distinctStrings(table, col, carried?.values ?? []);
  const values = { header, values: distinct ?? [], plain: distinct === null };
  if (distinct === null || distinct.length === 0) return { found: null, values };
  for (const separator of SEPARATORS) {
    const found = segmentOf(distinct, separator);
    if (found !== null) return { found: { header, separator, ...found }, values };
  }
  return { found: null, values };
}

/** The column's distinct non-blank texts after `before`'s, or null when one has no separator at all (no concatenated strings). */
function distinctStrings(table: RawTable, col: number, before: readonly string[]): string[] | null {
  const seen = new Set<string>(before);
  for (let i = 0; i < table.rows.length && seen.size < MAX_VALUES; i++) {
    if (table.notLines?.has(i) === true) continue;
    const v = cellText(table.rows[i][col]).trim();
    if (v === "" || seen.has(v)) continue;
    if (!SEPARATORS.some((s) => v.includes(s))) return null;
    seen.add(v);
  }
  return [...seen];
}

/** The one position whose segments are PCG accounts when every value splits into the same count, else null. */
function segmentOf(values: readonly string[], separator: string): { index: number; count: number } | null {
  const count = values[0].split(separator).length;
  if (count < 2) return null;
  const parts = values.map((v) => v.split(separator));
  if (parts.some((p) => p.length !== count)) return null;
  const positions: number[] = [];
  for (let index = 0; index < count; index++) if (accountsAt(parts, index)) positions.push(index);
  return positions.length === 1 ? { index: positions[0], count } : null;
}

/** Whether position `index` holds PCG accounts on every value: a class-7 account beside another class's. */
function accountsAt(parts: readonly string[][], index: number): boolean {
  let sales = false;
  let other = false;
  for (const p of parts) {
    const s = p[index];
    if (!PCG_SEGMENT.test(s)) return false;
    if (s[0] === "7") sales = true;
    else other = true;
  }
  return sales && other;
}

/** The table with each account cell read as its natural-account segment (a cell of another shape kept as written). */
export function segmentedTable(table: RawTable, col: number, seg: AccountSegments): RawTable {
  const rows = table.rows.map((row) => {
    const v = row[col];
    if (typeof v !== "string") return row;
    const parts = v.trim().split(seg.separator);
    if (parts.length !== seg.count) return row;
    const out: CellValue[] = [...row];
    out[col] = parts[seg.index];
    return out;
  });
  return { ...table, rows };
}

/** The note saying the reading: the column, the segment's position (1-based) and the first line's string and account. */
export function accountSegmentsNote(table: RawTable, col: number, seg: AccountSegments): Diagnostic {
  let at = table.rows.findIndex((row) => typeof row[col] === "string" && row[col].includes(seg.separator));
  if (at < 0) at = 0;
  const value = cellText(table.rows[at]?.[col]).trim();
  const parts = value.split(seg.separator);
  return diag(DIAG.accountSegments, {
    row: table.rows.length === 0 ? 0 : rowNumberOf(table, at),
    column: seg.header,
    value,
    args: { position: seg.index + 1, count: seg.count, account: parts[seg.index] ?? "" },
  });
}
