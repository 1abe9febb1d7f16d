/**
 * Dated total rows: a report or a hand-kept sheet closes a month or an account with a row dated like
 * a line ("Sous-total janvier", "S/Total février", "Cumul au 28/02/2025", "Total 706000"). Counted,
 * it doubles the sales. A label alone does not prove it ("Total Energies" is a customer): the row
 * is a total when its amount is the sum of the lines above it, since the last total or since the
 * start. Proven, it is set apart (never counted, total_rows note); not proven, it stays a line and a
 * warning names it. Undated total rows are set apart by account-headings.ts.
 */
import Decimal from "decimal.js";
import { cellText } from "../../cells";
import { diag, DIAG } from "../../diagnostics";
import { centsToDecimal } from "../../money";
import type { CellValue, Diagnostic, Mapping, RawTable } from "../../types";
import type { EngineResult } from "../result";

/** "Sous-total", "S/Total", "Sub-total", "Grand total", "Total …", "Cumul …": the label of a total. */
const TOTAL_LABEL = /^\s*(?:sous[-\s]?total|s\s*\/\s*total|sub[-\s]?total|grand[-\s]total|total|cumul)\b/i;
/**
 * Whether a text may be such a label, from its first two letters (so, su, s/, s␣, to, gr, cu, either
 * case): most labels are ruled out there, without the regular expression (one test per line).
 */
function mayBeTotal(v: string): boolean {
  let i = 0;
  while (v.charCodeAt(i) === 32) i++;
  const a = v.charCodeAt(i) | 0x20;
  const b = v.charCodeAt(i + 1) | 0x20;
  if (a === 0x73) return b === 0x6f || b === 0x75 || b === 0x2f || b === 0x20; // s: so, su, s/, "s "
  return (a === 0x74 && b === 0x6f) || (a === 0x67 && b === 0x72) || (a === 0x63 && b === 0x75);
}

/** The lines' running sums carried from the chunks before (streamed files), as decimal strings. */
export interface TotalsRun {
  /** Sum of the lines since the last total row. */
  since: string;
  /** Sum of every line so far. */
  all: string;
  /** The total_rows note was given (once per file). */
  reported?: boolean;
  /** Labels already warned of (total_label_counted, once per label and file). */
  said?: readonly string[];
}

/** What the dated totals of a table are: rows to set apart, their notes, and the running sums after it. */
export interface DatedTotals {
  rows: Set<number>;
  diagnostics: Diagnostic[];
  run: TotalsRun;
}

/** The label or account text of a row that reads as a total ("Sous-total janvier"), else null. */
export function totalLabelOf(row: readonly CellValue[], map: Mapping): string | null {
  for (const c of [map.label, map.account]) {
    const v = c === undefined ? undefined : row[c];
    if (typeof v === "string" && mayBeTotal(v) && TOTAL_LABEL.test(v)) return v;
  }
  return null;
}

/** A line's exact contribution, null when it has none (not revenue, blank, unusable). */
function contribution(r: EngineResult, i: number): Decimal | null {
  if (r.lines.classification[i] < 0) return null;
  const e = r.lines.exact.get(i);
  if (e) return e;
  const c = r.lines.cents[i];
  return Number.isNaN(c) ? null : centsToDecimal(c);
}

/**
 * The dated total rows of a computed table (see the module comment), given the rows the pass found
 * labelled as totals (`labelled`, ascending); null when there are none, the common case (the running
 * sums then carry on from `prior` without a pass).
 */
export function datedTotals(
  result: EngineResult,
  table: RawTable,
  map: Mapping,
  prior: TotalsRun | undefined,
  labelled: readonly number[],
): DatedTotals | null {
  if (labelled.length === 0) return null;
  const found = new Map(labelled.map((i) => [i, totalLabelOf(table.rows[i], map) ?? ""]));
  let since = new Decimal(prior?.since ?? 0);
  let all = new Decimal(prior?.all ?? 0);
  const rows = new Set<number>();
  const diagnostics: Diagnostic[] = [];
  let example: { row: number; value: string } | null = null;
  const said = new Set<string>(prior?.said);
  const column = table.headers[map.label ?? map.account ?? 0] ?? "";
  for (let i = 0; i < table.rows.length; i++) {
    const c = contribution(result, i);
    if (c === null) continue;
    const label = found.get(i);
    const rowNumber = table.rowNumbers ? table.rowNumbers[i] : table.firstRow + i;
    if (label !== undefined && (c.eq(since) || c.eq(all)) && !c.isZero()) {
      rows.add(i);
      example ??= { row: rowNumber, value: cellText(label) };
      since = new Decimal(0);
      continue;
    }
    // Said once per label ("Total Energies" on many lines is one customer).
    if (label !== undefined && !said.has(label)) {
      said.add(label);
      diagnostics.push(diag(DIAG.totalLabelCounted, { row: rowNumber, column, value: label }));
    }
    since = since.plus(c);
    all = all.plus(c);
  }
  const reported = prior?.reported === true;
  if (example !== null && !reported)
    diagnostics.push(diag(DIAG.totalRows, { row: example.row, column: "", value: example.value }));
  const run = { since: since.toString(), all: all.toString(), reported: reported || example !== null };
  return { rows, diagnostics, run: { ...run, said: [...said].slice(0, 1000) } };
}

/** The running sums after a table without total labels: every line's contribution added (chunks). */
export function advancedRun(result: EngineResult, prior: TotalsRun): TotalsRun {
  let cents = 0;
  let exact = new Decimal(0);
  const { classification, cents: lineCents } = result.lines;
  for (let i = 0; i < result.lines.count; i++) {
    if (classification[i] < 0) continue;
    const c = lineCents[i];
    if (c === c) cents += c;
  }
  for (const e of result.lines.exact.values()) exact = exact.plus(e);
  const sum = centsToDecimal(cents).plus(exact);
  return { ...prior, since: sum.plus(prior.since).toString(), all: sum.plus(prior.all).toString() };
}
