/**
 * Lines to review and manual decisions: which lines the engine left "à vérifier", the one-click
 * decisions a user can take on them (stored as manual decisions keyed by the core's lineKeys, so
 * they survive re-tagging, inserted rows and data refresh), and the decisions already taken.
 */
import type Decimal from "decimal.js";
import { cellText } from "../../core/cells";
import { lineClassification, lineContribution, lineKeys, type EngineResult } from "../../core/engine";
import type { CaopSettings } from "../../core/settings";
import {
  EXCLUDED_REASONS,
  SCOPES,
  type Classification,
  type ManualDecision,
  type RawTable,
  type Scope,
} from "../../core/types";
import { displayCell } from "./mapping";

/** A line as the review list shows it. */
export interface ReviewLine {
  /** Index in the engine's lines. */
  index: number;
  /** Row number the user sees in the sheet. */
  row: number;
  date: string;
  account: string;
  label: string;
  amount: Decimal;
  classification: Classification;
}

/** The decisions offered in one click: count it in CA OP, or exclude it for one of the reasons. */
export const DECISIONS: readonly Scope[] = ["op", ...EXCLUDED_REASONS];

const SCOPE_REVIEW = SCOPES.indexOf("to_review");

/** Indexes of the lines to review, in sheet order. */
export function linesToReview(result: EngineResult): number[] {
  const out: number[] = [];
  const { scope, count } = result.lines;
  for (let i = 0; i < count; i++) if (scope[i] === SCOPE_REVIEW) out.push(i);
  return out;
}

/** Indexes of the lines a manual decision classified. */
export function decidedLines(result: EngineResult): number[] {
  const out: number[] = [];
  for (let i = 0; i < result.lines.count; i++) {
    if (lineClassification(result, i)?.source === "manual") out.push(i);
  }
  return out;
}

/** One line of the engine's result, for display. */
export function reviewLine(result: EngineResult, index: number): ReviewLine {
  const row = result.table.rows[index] ?? [];
  const m = result.mapping;
  const text = (c: number | undefined): string => (c === undefined ? "" : cellText(row[c]));
  return {
    index,
    row: result.lines.rowNumber[index],
    date: m.date === undefined ? "" : displayCell(row[m.date], "date", result.table.date1904 === true),
    account: text(m.account),
    label: text(m.label),
    amount: lineContribution(result, index),
    classification: lineClassification(result, index) as Classification,
  };
}

const keyCache = new WeakMap<RawTable, string[]>();

/** The decision key of a line (core lineKeys, computed once per table). */
export function decisionKey(result: EngineResult, index: number): string {
  let keys = keyCache.get(result.table);
  if (!keys) {
    keys = lineKeys(result.table, result.mapping);
    keyCache.set(result.table, keys);
  }
  return keys[index];
}

/** Settings with a decision taken (or withdrawn, with null) on a line key. */
export function withDecision(
  settings: CaopSettings,
  key: string,
  decision: ManualDecision | null,
): CaopSettings {
  const decisions = { ...settings.decisions };
  if (decision === null) delete decisions[key];
  else decisions[key] = decision;
  return { ...settings, decisions };
}
