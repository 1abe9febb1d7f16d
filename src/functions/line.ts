/**
 * CAOP.ISOP / CAOP.REASON: one line (account, label, nature) through the engine's own classifier
 * and the workbook's rule set, so a cell formula says exactly what the engine decides (account names
 * read as a chart when the workbook's source is a journal, as the engine reads it).
 */
import { cellKey, cellText } from "../core/cells";
import { createClassifier, type Classifier } from "../core/classify";
import { DEFAULT_RULES, type RuleSet } from "../core/rules";
import type { Classification, LineFacts } from "../core/types";
import type { FunctionContext } from "./context";
import { notAvailable } from "./errors";
import { scalarArg } from "./input";
import { say } from "./messages";

let cached: { key: string; classifier: Classifier } | null = null;

/**
 * The classifier of a rule set, built once per distinct rule set (built-in rules by default);
 * `journal`: account names read as a chart, as the engine reads a journal (settings.journal).
 */
export function classifierFor(rules: RuleSet | undefined, journal = false): Classifier {
  const key = `${journal ? "J" : "-"}${rules === undefined ? "" : JSON.stringify(rules)}`;
  if (cached === null || cached.key !== key)
    cached = { key, classifier: createClassifier(rules ?? DEFAULT_RULES, journal) };
  return cached.classifier;
}

/** The facts of one line from the three arguments; #N/A when all three are empty (nothing to classify). */
export function lineFacts(account: unknown, label: unknown, kind: unknown): LineFacts {
  const a = cellKey(scalarArg(account, "account"));
  const l = cellText(scalarArg(label, "label")).trim();
  const k = cellText(scalarArg(kind, "kind")).trim();
  if (a === "" && l === "" && k === "") throw notAvailable("empty_line");
  return {
    account: a === "" ? undefined : a,
    label: l === "" ? undefined : l,
    kindText: k === "" ? undefined : k,
  };
}

/** Classification of one line, or null when it is not revenue (account outside class 7). */
export function classifyLine(facts: LineFacts, ctx: FunctionContext): Classification | null {
  return classifierFor(ctx.settings.rules, ctx.settings.journal === true).classify(facts);
}

/** True when the line counts in CA OP, as in the engine: OP, or "à vérifier" outside strict mode. */
export function isOpLine(facts: LineFacts, ctx: FunctionContext): boolean {
  const c = classifyLine(facts, ctx);
  if (c === null) return false;
  return c.scope === "op" || (c.scope === "to_review" && !ctx.settings.strict);
}

/** The reason in words ("compte 775 → cession d'actif"), in the user's language. */
export function lineReason(facts: LineFacts, ctx: FunctionContext): string {
  const c = classifyLine(facts, ctx);
  if (c === null) return say(ctx.lang, "not_revenue", { account: facts.account ?? "" });
  return c.reason[ctx.lang];
}
