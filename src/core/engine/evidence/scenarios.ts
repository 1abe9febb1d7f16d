/**
 * A scenario column (a reporting pack's or BI export's "Scénario", "Scenario", "Version": Réel /
 * Budget / Forecast): only actual figures are a CA OP. Proven from its data: the column is read once
 * one of its values is a known scenario (rules/scenarios.ts); then the actual rows are counted and
 * every other row is set apart, said per value with its count and the amount it would have added.
 * Values no table knows are set apart too (never counted silently); a column with no actual value
 * is an error (a budget is no CA OP). A column with no known scenario is not read, said.
 */
import Decimal from "decimal.js";
import { cellText, isBlank } from "../../cells";
import { diag, DIAG, type DiagSpec } from "../../diagnostics";
import { toDecimalString } from "../../money";
import { ACTUAL_SCENARIOS, OTHER_SCENARIO_PATTERN, OTHER_SCENARIOS } from "../../rules/scenarios";
import { normalizeText } from "../../text";
import { rowNumberOf, type Diagnostic, type Mapping, type RawTable } from "../../types";
import { lineContribution, lineCounts } from "../lines";
import type { EngineResult } from "../result";

const ACTUAL: ReadonlySet<string> = new Set(ACTUAL_SCENARIOS.map(normalizeText));
const OTHER: ReadonlySet<string> = new Set(OTHER_SCENARIOS.map(normalizeText));

/** What a scenario value names: actual figures, other figures (budget, forecast), or nothing known. */
type ScenarioKind = "actual" | "other" | "unknown";

/** The kind of one (normalised) scenario value. */
export function scenarioKind(n: string): ScenarioKind {
  if (ACTUAL.has(n)) return "actual";
  return OTHER.has(n) || OTHER_SCENARIO_PATTERN.test(n) ? "other" : "unknown";
}

/** One value's rows: the first, how many, and the amount they would have added to CA OP. */
interface ValueRows {
  value: string;
  kind: ScenarioKind;
  first: number;
  rows: number[];
  amount: Decimal;
}

/** The rows of a scenario column that are no actuals, and what says them. */
export interface ScenarioRows {
  rows: Set<number>;
  diagnostics: Diagnostic[];
  /** The column holds actual rows (for the next chunks: scenarioActualPrior). */
  actual: boolean;
}

/** The lines of column `col` grouped by value (normalised), blank cells and non-lines left out. */
function valuesOf(first: EngineResult, table: RawTable, col: number): Map<string, ValueRows> {
  const byValue = new Map<string, ValueRows>();
  for (let i = 0; i < table.rows.length; i++) {
    const v = table.rows[i]?.[col];
    if (isBlank(v) || table.notLines?.has(i)) continue;
    const text = cellText(v).trim();
    const n = normalizeText(text);
    let entry = byValue.get(n);
    if (entry === undefined) {
      entry = { value: text, kind: scenarioKind(n), first: i, rows: [], amount: new Decimal(0) };
      byValue.set(n, entry);
    }
    entry.rows.push(i);
    if (i < first.lines.count && lineCounts(first, i))
      entry.amount = entry.amount.plus(lineContribution(first, i));
  }
  return byValue;
}

/**
 * The rows of the scenario column's values that are no actual figures, from the engine's first pass
 * (`first`: their amounts); null without a scenario column. `actualPrior`: an earlier chunk held actual rows.
 */
export function scenarioRows(
  first: EngineResult,
  table: RawTable,
  map: Mapping,
  actualPrior = false,
): ScenarioRows | null {
  const col = map.scenario;
  if (col === undefined) return null;
  const values = [...valuesOf(first, table, col).values()];
  if (values.length === 0) return null;
  const column = table.headers[col] ?? "";
  const known = values.filter((v) => v.kind !== "unknown");
  if (known.length === 0 && !actualPrior) {
    const v = values[0];
    const note = diag(DIAG.scenarioNotRead, { row: rowNumberOf(table, v.first), column, value: v.value });
    return { rows: new Set(), diagnostics: [note], actual: false };
  }
  const actual = actualPrior || values.some((v) => v.kind === "actual");
  const apart = values.filter((v) => v.kind !== "actual");
  const diagnostics = apart.map((v) =>
    say(v.kind === "other" ? DIAG.scenarioSetApart : DIAG.scenarioUnknown, table, column, v),
  );
  if (!actual) diagnostics.unshift(noActual(table, column, apart));
  const rows = new Set(apart.flatMap((v) => v.rows));
  return { rows, diagnostics, actual };
}

/** One value's diagnostic: its first row, its count and amount. */
function say(spec: DiagSpec, table: RawTable, column: string, v: ValueRows): Diagnostic {
  return diag(spec, {
    row: rowNumberOf(table, v.first),
    column,
    value: v.value,
    amount: toDecimalString(v.amount),
    args: { count: v.rows.length },
  });
}

/** The error of a column holding no actual figures: its values named, nothing counted. */
function noActual(table: RawTable, column: string, values: readonly ValueRows[]): Diagnostic {
  const v = values[0];
  const names = values.map((x) => x.value).join(", ");
  // Said of the whole table (row 0): once, whichever chunks hold the rows.
  return diag(DIAG.scenarioNoActual, {
    row: 0,
    column,
    value: v.value,
    args: { values: names, example_row: rowNumberOf(table, v.first) },
  });
}
