/**
 * Entries exported with their analytic breakdown (Sage, Cegid: "Type ligne" G / A): each general
 * line (G) is followed by analytic lines (A) that split its amount by section. Summed with them, the
 * sales count twice. Proven from the data: a type column holding only the general and the analytic
 * codes, both of them; the analytic rows are set apart (never counted), said in one note.
 */
import { cellText } from "../../cells";
import { DIAG } from "../../diagnostics";
import { normalizeText } from "../../text";
import type { Diagnostic, Mapping, RawTable } from "../../types";
import { perValueWarnings } from "./per-value";

const GENERAL: ReadonlySet<string> = new Set([
  "g",
  "generale",
  "general",
  "ecriture generale",
  "ligne generale",
]);
const ANALYTIC: ReadonlySet<string> = new Set(["a", "analytique", "ecriture analytique", "ligne analytique"]);

/** The analytic rows of the type column that proved it (its header), and their note. */
export interface AnalyticRows {
  header: string;
  rows: Set<number>;
  diagnostics: Diagnostic[];
}

/**
 * The analytic rows of a G / A type column and their note; null when no column proves it. `prior`:
 * the header of the column an earlier chunk proved (this chunk's rows need not show both codes).
 */
export function analyticRows(table: RawTable, map: Mapping, prior?: string): AnalyticRows | null {
  const cols = prior === undefined ? typeColumns(table, map) : [table.headers.indexOf(prior)];
  for (const col of cols) {
    if (col < 0) continue;
    const rows = analyticOf(table, col, prior !== undefined);
    if (rows === null) continue;
    const header = table.headers[col] ?? "";
    return { header, rows, diagnostics: perValueWarnings(table, col, rows, DIAG.analyticLines) };
  }
  return null;
}

/** The nature column, then the unmapped columns whose header says a type ("Type ligne", "Type écriture"). */
function typeColumns(table: RawTable, map: Mapping): number[] {
  const mapped = new Set(Object.values(map));
  const named = table.headers
    .map((h, c) => [normalizeText(String(h ?? "")), c] as const)
    .filter(([h, c]) => !mapped.has(c) && /\btype\b/.test(h))
    .map(([, c]) => c);
  return map.kind === undefined ? named : [map.kind, ...named];
}

/**
 * Rows of column c holding the analytic code, when every value is a general or an analytic code and
 * both occur (or `proven` by earlier rows).
 */
function analyticOf(table: RawTable, c: number, proven: boolean): Set<number> | null {
  const rows = new Set<number>();
  const memo = new Map<string, "g" | "a" | null>();
  let general = false;
  for (let i = 0; i < table.rows.length; i++) {
    const text = cellText(table.rows[i]?.[c]).trim();
    if (text === "" || table.notLines?.has(i)) continue;
    let code = memo.get(text);
    if (code === undefined) {
      const n = normalizeText(text);
      code = GENERAL.has(n) ? "g" : ANALYTIC.has(n) ? "a" : null;
      if (code === null) return null;
      memo.set(text, code);
    }
    if (code === "a") rows.add(i);
    else general = true;
  }
  return (general || proven) && rows.size > 0 ? rows : null;
}
