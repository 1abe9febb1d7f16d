/**
 * The shape of a classification rule set (SPEC 2.1): account rules, label keywords, nature-column
 * values and OP-flag spellings. The data is in accounts.ts, keywords.ts and kind-values.ts.
 */
import type { I18nText, Kind, Scope } from "../types";

/** Chart a rule belongs to; all rules apply at once (numbers do not collide) so N-1 compares with N. */
export type ChartPlan = "both" | "pre2025" | "pcg2025";
export const CHART_PLANS: readonly ChartPlan[] = ["both", "pre2025", "pcg2025"];

/** A label keyword that refines an account rule (CIR on a 74 line, "refacturation" on a 708 line). */
export interface LabelOverride {
  /** Unique within its account rule; the classification's ruleId is "<account rule id>:<id>". */
  id: string;
  keywords: string[];
  scope: Scope;
  kind?: Kind;
  meaning: I18nText;
}

/**
 * An account-number rule, matched by longest prefix. Label overrides of the matched rule and of every
 * shorter rule covering it apply (so the CIR override of 75 also covers 7587), most specific first.
 */
export interface AccountRule {
  id: string;
  /** Digits only ("709", "7587"). */
  prefix: string;
  scope: Scope;
  kind?: Kind;
  /** Kind decided by the label's deduction keywords (709); `kind` (default discount) otherwise. */
  kindFromLabel?: boolean;
  /** Shown for review but counted (708 ancillary income). */
  review?: boolean;
  plan: ChartPlan;
  meaning: I18nText;
  labelOverrides?: LabelOverride[];
}

/**
 * Label keywords: words or multi-word phrases in any spelling (normalised on load: case, accents,
 * apostrophes and hyphens do not matter), matched as whole words, plurals in -s/-x included, with
 * articles and de / of optional between words ("vente bâtiment" matches "Vente d'un bâtiment").
 * Rules are tried in list order: the first matching rule with a scope decides the scope, the first
 * matching rule with a kind decides the kind. Excluded reasons come before deductions on purpose
 * ("remise sur cession terrain" is an asset disposal whose kind is discount).
 */
export interface KeywordRule {
  id: string;
  keywords: string[];
  /**
   * Everyday phrases that contain one of this rule's keywords without meaning it ("retour
   * d'expérience", "remise à niveau", "aller-retour"): a keyword found inside one of them is not a
   * match. Matched like keywords (whole words, case- and accent-insensitive). Optional: rule sets
   * stored before exceptions existed stay valid.
   */
  exceptions?: string[];
  scope?: Scope;
  kind?: Kind;
  meaning: I18nText;
}

/**
 * Values of a nature/type column (any spelling, whole words). A nature cell is matched against these
 * and the label keywords together: a rule with an excluded (or review) scope wins over one naming a
 * deduction, which wins over the rest ("Vente d'actif" is a disposal, "Vente annulée" a return);
 * within a group, value rules first, then list order.
 */
export interface ValueRule {
  id: string;
  values: string[];
  scope?: Scope;
  kind?: Kind;
  meaning: I18nText;
}

/**
 * Spellings of the OP flag column (compared normalised; symbols such as ✓ compared as typed).
 * An empty cell is deliberately in neither list: alone it leaves the decision to the next step (a
 * half-filled Oui/Non column is safe). A column whose values are all `marks` uses the "X / empty"
 * convention instead, where empty means not OP: the engine finds that with opFlagConvention
 * (classify/op-flag.ts) and passes "non" for its empty cells.
 */
export interface OpFlagWords {
  yes: string[];
  no: string[];
  /**
   * Marks of the "X / empty" convention (x, ✓, *…), read as yes. Optional so that rule sets stored
   * before it existed stay valid: DEFAULT_OP_FLAG_MARKS then apply.
   */
  marks?: string[];
}

/** The default marks of the "X / empty" OP flag convention (SPEC 2.1 step 2). */
export const DEFAULT_OP_FLAG_MARKS: readonly string[] = ["x", "✓", "✔", "☑", "*"];

export interface RuleSet {
  version: string;
  accounts: AccountRule[];
  keywords: KeywordRule[];
  kindValues: ValueRule[];
  opFlag: OpFlagWords;
  /** Prefixes outside class 7 that are revenue-like tax credits (695, 699); other non-7 accounts are not revenue. */
  taxCreditAccounts: string[];
}
