/**
 * Line classification, SPEC 2.1 precedence steps 2–6 (step 1, manual decisions, is the engine's):
 * OP flag column, account number (longest prefix; a contradicting nature or label is a conflict),
 * nature column, label keywords, default. Kinds follow the sign rule on sales accounts.
 * The rule set is data (../rules); compile.ts turns it into lookups, cells.ts and label.ts memoise
 * each step, so a million lines with repeated values classify in a few tens of milliseconds.
 */
import { BoundedCache } from "../cache";
import { DEFAULT_RULES, type RuleSet } from "../rules";
import type { Classification, Kind, LineFacts } from "../types";
import { accountReader, flagReader, natureReader, type AccountCells } from "./cells";
import { compileRules, type AccountChart } from "./compile";
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
import {
  accountLabelReason,
  CREDIT_NOTE_REASON,
  headingAccountReason,
  joinedReason,
  target,
  UNCLASSIFIED_REASON,
} from "./reasons";

/** Distinct heading names kept with their to-review reason (a report has tens of accounts). */
const HEADING_SCOPES = 10_000;

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

/** Kind of a line whose document-type column says credit note (and that counts as a return). */
const CREDIT_NOTE_KIND: KindDecision = { kind: "return", reason: CREDIT_NOTE_REASON, owner: "doc" };

/**
 * Builds the lookups of one rule set; see Classifier. `accountNames`: an account cell without digits
 * names its account (journals: "Accounts Receivable" is not revenue); else it says nothing.
 * `headings`: the accounts are a report's heading names (QuickBooks' General Ledger): a line no rule
 * classifies is to review with a reason naming its heading.
 */
export function createClassifier(
  rules: RuleSet = DEFAULT_RULES,
  accountNames = false,
  headings = false,
  /** The account column's chart when not the French one (Sage 50 UK's nominal codes). */
  chart?: AccountChart,
  /** How the account cells are read (third parties' codes, a concatenated string's segment), as proven. */
  cells: AccountCells = {},
): Classifier {
  const compiled = compileRules(rules, chart);
  // Per classifier: its combos map holds this classifier's kind decisions.
  const defaultScope = newScope("to_review", "default", "default", UNCLASSIFIED_REASON, "default");
  const headingScopes = new BoundedCache<string, ScopeDecision>(HEADING_SCOPES);
  /** The default scope, for a heading's account with its name in the reason. */
  const unclassified = (account: string | undefined): ScopeDecision => {
    if (!headings || account === undefined || account === "") return defaultScope;
    let s = headingScopes.get(account);
    if (s === undefined) {
      s = newScope("to_review", "default", "default", headingAccountReason(account.trim()), "default");
      headingScopes.set(account, s);
    }
    return s;
  };
  const accountInfo = accountReader(compiled, accountNames, chart === "names", cells);
  const natureInfo = natureReader(compiled);
  const flagDecision = flagReader(rules.opFlag);
  const labels = new LabelMatcher(compiled.labelIndex);
  const labelMatch = (raw: string | undefined): LabelMatch => labels.match(raw);

  /**
   * Kind precedence: nature, account (709 + label), label keywords, credit-note document, sale.
   * Sign rule: on a sales account a label's deduction word counts only when the line reduces revenue
   * (applied after the cached label lookup, so caches stay per label). `scanned` is the label's match
   * when the scope step already read it (no closures here: this runs once per line).
   */
  function kindDecision(
    nature: NatureInfo,
    acc: CompiledAccount | null,
    facts: LineFacts,
    scanned: LabelMatch | null,
  ): KindDecision {
    if (nature.kind !== null) return nature.kind;
    if (acc !== null) {
      if (acc.labelDefaultKind !== null) {
        return accountLabelKind(acc, scanned ?? labelMatch(facts.label), acc.labelDefaultKind);
      }
      if (acc.kind !== null) return acc.kind;
    }
    const fromLabel = (scanned ?? labelMatch(facts.label)).kind?.kind ?? null;
    if (fromLabel !== null && fromLabel.kind !== "sale") {
      if (acc === null || !acc.salesAccount || facts.reduces === true) return fromLabel;
    }
    if (facts.creditNote === true) return CREDIT_NOTE_KIND;
    // A deduction word the sign rule set aside leaves the line a sale.
    return fromLabel !== null && fromLabel.kind === "sale" ? fromLabel : DEFAULT_KIND;
  }

  return {
    classify(facts: LineFacts): Classification | null {
      const acc =
        facts.account === undefined || facts.account === "" ? NO_ACCOUNT : accountInfo(facts.account);
      if (!acc.revenue) return null;
      let nature =
        facts.kindText === undefined || facts.kindText === "" ? NO_NATURE : natureInfo(facts.kindText);
      let scope = facts.opFlag === undefined ? null : flagDecision(facts.opFlag);
      const account = acc.account;
      let scanned: LabelMatch | null = null;
      let overruled: Overruled | null = null;
      // SPEC 2.1 step 3: the account is the bookkeeping truth; a nature or label saying otherwise is a conflict.
      if (scope === null && account !== null) {
        scanned = labelMatch(facts.label);
        scope = overrideScope(account, scanned) ?? account.scope;
        overruled = contradiction(scope, nature, scanned);
      }
      // An account written as a name decides as an account number would, then its kind as a nature.
      const named = acc.name;
      if (scope === null && named !== undefined) scope = named.scope;
      if (named !== undefined && nature.kind === null && named.kind !== null)
        nature = { scope: nature.scope, kind: named.kind };
      if (scope === null) scope = nature.scope;
      if (scope === null) {
        scanned ??= labelMatch(facts.label);
        scope = scanned.scope?.scope ?? unclassified(facts.account);
      }
      const c = combine(scope, kindDecision(nature, account, facts, scanned));
      return overruled === null ? c : withConflict(c, overruled);
    },
    kindOf(facts: LineFacts): Kind {
      const acc =
        facts.account === undefined || facts.account === "" ? NO_ACCOUNT : accountInfo(facts.account);
      const nature =
        facts.kindText === undefined || facts.kindText === "" ? NO_NATURE : natureInfo(facts.kindText);
      const named = acc.name?.kind ?? null;
      const withName = nature.kind === null && named !== null ? { scope: nature.scope, kind: named } : nature;
      return kindDecision(withName, acc.account, facts, null).kind;
    },
  };
}

/** A nature or label scope decision the account overruled, and which column said it. */
interface Overruled {
  source: "kind_column" | "label";
  decision: ScopeDecision;
}

/**
 * The nature value or label keyword whose scope contradicts the account's, or null. A deduction word
 * ("Avoir", "Remise") speaks of the kind, not the scope: a deduction on an excluded line is normal.
 */
function contradiction(account: ScopeDecision, nature: NatureInfo, label: LabelMatch): Overruled | null {
  const n = nature.scope;
  if (n !== null && n.scope !== account.scope && !(n.scope === "op" && isDeduction(nature.kind))) {
    return { source: "kind_column", decision: n };
  }
  const hit = label.scope;
  if (hit !== null && hit.scope !== null && hit.scope.scope !== account.scope) {
    if (!(hit.scope.scope === "op" && isDeduction(hit.kind))) return { source: "label", decision: hit.scope };
  }
  return null;
}

/** Whether a kind decision names a deduction. */
function isDeduction(kind: KindDecision | null): boolean {
  return kind !== null && kind.kind !== "sale";
}

/** The classification `c` with the overruled decision as its conflict: one shared frozen object per pair. */
function withConflict(c: Classification, overruled: Overruled): Classification {
  const memo = overruled.decision.conflicts;
  let out = memo.get(c);
  if (out === undefined) {
    const reason = overruled.decision.reason;
    out = Object.freeze({
      ...c,
      conflict: Object.freeze({
        source: overruled.source,
        reason: Object.freeze({ fr: reason.fr, en: reason.en }),
        scope: overruled.decision.scope,
      }),
    });
    memo.set(c, out);
  }
  return out;
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
