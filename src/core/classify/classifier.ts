/**
 * Line classification, SPEC 2.1 precedence steps 2–6 (step 1, manual decisions, is the engine's):
 * OP flag column, nature/type column, account number (longest prefix), label keywords, default.
 * The rule set is data (../rules); compile.ts turns it into lookups, cells.ts and label.ts memoise
 * each step, so a million lines with repeated values classify in a few tens of milliseconds.
 */
import { DEFAULT_RULES, type RuleSet } from "../rules";
import type { Classification, Kind, LineFacts } from "../types";
import { accountReader, flagReader, natureReader } from "./cells";
import { compileRules } from "./compile";
import {
  DEFAULT_KIND,
  newScope,
  NO_ACCOUNT,
  NO_NATURE,
  type CompiledAccount,
  type KindDecision,
  type LabelMatch,
  type NatureInfo,
  type ScopeDecision,
} from "./decisions";
import { LabelMatcher } from "./label";
import { accountLabelReason, joinedReason, target, UNCLASSIFIED_REASON } from "./reasons";

/** A classifier bound to a rule set; caches per distinct input so 1M lines with repeated values classify fast. */
export interface Classifier {
  /**
   * Classification of one line, or null when the line is not revenue (account mapped, outside class 7
   * and not a tax-credit account: 411, 445, 512, 6xx…). The non-revenue test comes before the OP flag.
   * Returns shared frozen objects: equal decisions give the same object.
   */
  classify(facts: LineFacts): Classification | null;
  /** Kind of a line alone (nature column, else 709 + label, else label keywords, else sale). */
  kindOf(facts: LineFacts): Kind;
}

/** Builds the lookups of one rule set; see Classifier. */
export function createClassifier(rules: RuleSet = DEFAULT_RULES): Classifier {
  const compiled = compileRules(rules);
  // Per classifier: its combos map holds this classifier's kind decisions.
  const defaultScope = newScope("to_review", "default", "default", UNCLASSIFIED_REASON, "default");
  const accountInfo = accountReader(compiled);
  const natureInfo = natureReader(compiled);
  const flagDecision = flagReader(rules.opFlag);
  const labels = new LabelMatcher(compiled.labelIndex);
  const labelMatch = (raw: string | undefined): LabelMatch => labels.match(raw);

  /**
   * Kind precedence: nature, account (709 + label), label keywords, sale. `scanned` is the label's
   * match when the scope step already read it (no closures here: this runs once per line).
   */
  function kindDecision(
    nature: NatureInfo,
    acc: CompiledAccount | null,
    label: string | undefined,
    scanned: LabelMatch | null,
  ): KindDecision {
    if (nature.kind !== null) return nature.kind;
    if (acc !== null) {
      if (acc.labelDefaultKind !== null) {
        return accountLabelKind(acc, scanned ?? labelMatch(label), acc.labelDefaultKind);
      }
      if (acc.kind !== null) return acc.kind;
    }
    return (scanned ?? labelMatch(label)).kind?.kind ?? DEFAULT_KIND;
  }

  return {
    classify(facts: LineFacts): Classification | null {
      const acc =
        facts.account === undefined || facts.account === "" ? NO_ACCOUNT : accountInfo(facts.account);
      if (!acc.revenue) return null;
      const nature =
        facts.kindText === undefined || facts.kindText === "" ? NO_NATURE : natureInfo(facts.kindText);
      let scope = facts.opFlag === undefined ? null : flagDecision(facts.opFlag);
      if (scope === null) scope = nature.scope;
      const account = acc.account;
      let scanned: LabelMatch | null = null;
      if (scope === null && account !== null) {
        if (account.overrides.length > 0) {
          scanned = labelMatch(facts.label);
          scope = overrideScope(account, scanned) ?? account.scope;
        } else scope = account.scope;
      }
      if (scope === null) {
        scanned ??= labelMatch(facts.label);
        scope = scanned.scope?.scope ?? defaultScope;
      }
      return combine(scope, kindDecision(nature, account, facts.label, scanned));
    },
    kindOf(facts: LineFacts): Kind {
      const acc =
        facts.account === undefined || facts.account === "" ? NO_ACCOUNT : accountInfo(facts.account);
      const nature =
        facts.kindText === undefined || facts.kindText === "" ? NO_NATURE : natureInfo(facts.kindText);
      return kindDecision(nature, acc.account, facts.label, null).kind;
    },
  };
}

/** The account's label override that fires on this label, as a scope decision, or null. */
function overrideScope(acc: CompiledAccount, label: LabelMatch): ScopeDecision | null {
  if (label.overrides.length === 0) return null;
  for (const c of acc.overrides) {
    const hit = label.overrides.find((h) => h.override === c);
    if (hit === undefined) continue;
    let decision = acc.overrideScopes.get(hit);
    if (decision === undefined) {
      const o = c.override;
      decision = newScope(
        o.scope,
        "account",
        `${c.owner.id}:${o.id}`,
        accountLabelReason(acc.rule.prefix, hit.display, target(o.scope, o.kind)),
        `acct:${acc.rule.id}:${o.id}`,
      );
      acc.overrideScopes.set(hit, decision);
    }
    return decision;
  }
  return null;
}

/** Kind of a kindFromLabel account (709): first deduction keyword of the label, else the rule's default. */
function accountLabelKind(acc: CompiledAccount, label: LabelMatch, fallback: KindDecision): KindDecision {
  const hit = label.deduction;
  if (hit === null || hit.kind === null) return fallback;
  let decision = acc.labelKinds.get(hit);
  if (decision === undefined) {
    const kind = hit.kind.kind;
    decision = {
      kind,
      reason: accountLabelReason(acc.rule.prefix, hit.display, target("op", kind)),
      owner: `acct:${acc.rule.id}`,
    };
    acc.labelKinds.set(hit, decision);
  }
  return decision;
}

/** The classification of a scope and a kind decision: one shared frozen object per pair. */
function combine(scope: ScopeDecision, kind: KindDecision): Classification {
  let c = scope.combos.get(kind);
  if (c !== undefined) return c;
  // The kind's reason replaces the scope's when the same rule decided both for an OP line
  // ("compte 709 → rabais", "nature « Vente » → vente"; an account's own "→ OP, à contrôler" is kept
  // for sales), and is appended when another step named a deduction ("… ; libellé contient « remise » → remise").
  let reason = scope.reason;
  const kindReason = kind.reason;
  if (kindReason !== null) {
    if (kind.owner !== scope.owner) {
      if (kind.kind !== "sale") reason = joinedReason(scope.reason, kindReason);
    } else if (scope.scope === "op" && (scope.source !== "account" || kind.kind !== "sale")) {
      reason = kindReason;
    }
  }
  c = Object.freeze({
    kind: kind.kind,
    scope: scope.scope,
    source: scope.source,
    ruleId: scope.ruleId,
    reason: Object.freeze({ fr: reason.fr, en: reason.en }),
  });
  scope.combos.set(kind, c);
  return c;
}
