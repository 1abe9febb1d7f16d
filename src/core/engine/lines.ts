/** Reading one line of an engine result: its contribution, whether it counts, its classification. */
import Decimal from "decimal.js";
import { centsToDecimal } from "../money";
import { SCOPES, type Classification } from "../types";
import type { EngineResult } from "./result";

const SCOPE_OP = SCOPES.indexOf("op");
const SCOPE_REVIEW = SCOPES.indexOf("to_review");

/** Exact signed contribution of one line (0 for lines that are not counted anywhere). */
export function lineContribution(result: EngineResult, i: number): Decimal {
  const e = result.lines.exact.get(i);
  if (e) return e;
  const c = result.lines.cents[i];
  return Number.isNaN(c) ? new Decimal(0) : centsToDecimal(c);
}

/** True when a line counts in CA OP (OP, or to-review outside strict mode). */
export function lineCounts(result: EngineResult, i: number): boolean {
  const s = result.lines.scope[i];
  return s === SCOPE_OP || (s === SCOPE_REVIEW && !result.strict);
}

/** The classification of a line, or null for blank, unusable or non-revenue lines. */
export function lineClassification(result: EngineResult, i: number): Classification | null {
  const c = result.lines.classification[i];
  return c < 0 ? null : (result.classifications[c] ?? null);
}
