/**
 * What the classifier compiles rules into: scope and kind decisions made once per rule (or per
 * distinct cell value), shared by every line they decide, and the lookups that point at them.
 */
import { BoundedCache } from "../cache";
import type { PhraseIndex } from "../text";
import type { AccountRule, LabelOverride } from "../rules";
import type { Classification, DecisionSource, I18nText, Kind, Scope } from "../types";

/** Scope part of a decision, shared by every line decided the same way. */
export interface ScopeDecision {
  scope: Scope;
  source: DecisionSource;
  ruleId: string;
  reason: I18nText;
  /** Who decided (rule + input); a kind decided by the same owner is not repeated in the reason. */
  owner: string;
  /** Final classifications per kind decision (shared frozen objects). */
  combos: BoundedCache<KindDecision, Classification>;
  /** An account's classifications with this (contradicting) decision as their conflict. */
  conflicts: BoundedCache<Classification, Classification>;
}

/** Kind part of a decision; `reason` is null for the default (sale). */
export interface KindDecision {
  kind: Kind;
  reason: I18nText | null;
  owner: string;
}

/** A label keyword of a KeywordRule, with its decisions made once at compile time. */
export interface KeywordHit {
  type: "keyword";
  /** Position of the rule in the list: lower wins. */
  order: number;
  scope: ScopeDecision | null;
  kind: KindDecision | null;
  /** The keyword as written in the rule set, for reasons (« crédit d'impôt »). */
  display: string;
  /** The LabelMatch of a label whose only hit is this one (shared: most labels have one hit). */
  alone: LabelMatch | null;
}

/** A label keyword of an account rule's label override. */
export interface OverrideHit {
  type: "override";
  override: CompiledOverride;
  display: string;
}

/** An exception phrase of a keyword rule: that rule's keywords found inside it do not count. */
export interface ExceptionHit {
  type: "exception";
  /** Position of the keyword rule it belongs to. */
  order: number;
}

/** A hit of the label index: a keyword rule's keyword or exception, or an account override's keyword. */
export type Hit = KeywordHit | OverrideHit | ExceptionHit;

/** What a label says, computed once per distinct label. */
export interface LabelMatch {
  scope: KeywordHit | null;
  kind: KeywordHit | null;
  /** First rule naming a deduction kind (for 709 lines). */
  deduction: KeywordHit | null;
  overrides: readonly OverrideHit[];
}

/** A label override with the account rule that declares it. */
export interface CompiledOverride {
  owner: AccountRule;
  override: LabelOverride;
}

/** An account rule with its decisions, and memos of the decisions its label overrides lead to. */
export interface CompiledAccount {
  rule: AccountRule;
  scope: ScopeDecision;
  /** Fixed kind of the rule, when it has one and does not read the label. */
  kind: KindDecision | null;
  /** Default kind of a kindFromLabel rule (709 → discount). */
  labelDefaultKind: KindDecision | null;
  /** A sales account (701–708): a label's deduction word applies only to lines that reduce revenue. */
  salesAccount: boolean;
  /** Overrides of this rule and of the shorter rules covering it, most specific first. */
  overrides: CompiledOverride[];
  overrideScopes: Map<OverrideHit, ScopeDecision>;
  labelKinds: Map<KeywordHit, KindDecision>;
}

/** What an account cell says: not revenue, or revenue with the matching rule (null when none). */
export interface AccountInfo {
  revenue: boolean;
  account: CompiledAccount | null;
  /** What an account written as a name ("Interest Earned") says, as a nature value would. */
  name?: NatureInfo;
}

/** What a nature cell says. */
export interface NatureInfo {
  scope: ScopeDecision | null;
  kind: KindDecision | null;
}

/** A nature value rule or a label keyword rule, as a nature value is matched against them. */
export interface NatureRule {
  id: string;
  scope?: Scope;
  kind?: Kind;
  words: readonly string[];
  /** Phrases in which the rule's words do not count (a keyword rule's exceptions). */
  exceptions?: readonly string[];
}

/** The valueIndex entry of an exception phrase of the nature rule ranked `rank` (negative: never a rank). */
export function exceptionOf(rank: number): number {
  return -1 - rank;
}

/** A rule set compiled into lookups (see compile.ts). */
export interface CompiledRules {
  /** Account prefixes outside class 7 that are revenue (tax credits). */
  taxCreditPrefixes: string[];
  /** The first digit of revenue accounts: 7 in the French chart, 4 in Sage 50 UK's nominal codes. */
  revenueClass: string;
  /** Label keywords and override keywords in one index: one pass per label. */
  labelIndex: PhraseIndex<Hit>;
  byPrefix: Map<string, CompiledAccount>;
  /** Length of the longest account prefix. */
  maxPrefix: number;
  /** Nature rules ranked (see natureGroup); `valueIndex` holds ranks into this list (exceptionOf: their exceptions). */
  natureRules: NatureRule[];
  valueIndex: PhraseIndex<number>;
}

/** Classifications kept per scope decision. */
const COMBOS_SIZE = 2_000;

export const NO_ACCOUNT: AccountInfo = { revenue: true, account: null };
/** An account outside the revenue accounts (411, 445, 512, 6…, or a name such as "Accounts Receivable"). */
export const NOT_REVENUE_ACCOUNT: AccountInfo = { revenue: false, account: null };
export const NO_NATURE: NatureInfo = { scope: null, kind: null };
export const NO_LABEL: LabelMatch = { scope: null, kind: null, deduction: null, overrides: [] };
export const DEFAULT_KIND: KindDecision = { kind: "sale", reason: null, owner: "default" };

/** A scope decision with an empty combos memo. */
export function newScope(
  scope: Scope,
  source: DecisionSource,
  ruleId: string,
  reason: I18nText,
  owner: string,
): ScopeDecision {
  return {
    scope,
    source,
    ruleId,
    reason,
    owner,
    combos: new BoundedCache(COMBOS_SIZE),
    conflicts: new BoundedCache(COMBOS_SIZE),
  };
}
