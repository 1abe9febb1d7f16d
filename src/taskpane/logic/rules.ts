/**
 * The rule editor's model: the account and keyword tables of the rule set as editable rows. Edits are
 * immutable updates on a copy of the rule set; the core's validateRules says what is wrong before
 * anything is saved in the workbook.
 */
import {
  DEFAULT_RULES,
  validateRules,
  type AccountRule,
  type KeywordRule,
  type RuleProblem,
  type RuleSet,
} from "../../core/rules";
import type { CaopSettings } from "../../core/settings";

/** The rule set in force: the workbook's, else the built-in one. */
export function currentRules(settings: CaopSettings): RuleSet {
  return settings.rules ?? DEFAULT_RULES;
}

/** A deep copy to edit (the built-in tables are never mutated). */
export function editableRules(rules: RuleSet): RuleSet {
  return structuredCloneOf(rules);
}

function structuredCloneOf<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}

/** A fresh id with a prefix, unique among the rule set's ids. */
function freshId(rules: RuleSet, prefix: string): string {
  const ids = new Set([...rules.accounts.map((r) => r.id), ...rules.keywords.map((r) => r.id)]);
  let n = 1;
  while (ids.has(`${prefix}-${n}`)) n++;
  return `${prefix}-${n}`;
}

/** Rules with a new account rule at the top (non-core until the user says otherwise). */
export function addAccountRule(rules: RuleSet): RuleSet {
  const rule: AccountRule = {
    id: freshId(rules, "user-account"),
    prefix: "",
    scope: "non_core",
    plan: "both",
    meaning: { fr: "Règle utilisateur", en: "User rule" },
  };
  return { ...rules, accounts: [rule, ...rules.accounts] };
}

/** Rules with account rule i changed. */
export function updateAccountRule(rules: RuleSet, i: number, patch: Partial<AccountRule>): RuleSet {
  return { ...rules, accounts: rules.accounts.map((r, k) => (k === i ? { ...r, ...patch } : r)) };
}

/** Rules without account rule i. */
export function removeAccountRule(rules: RuleSet, i: number): RuleSet {
  return { ...rules, accounts: rules.accounts.filter((_r, k) => k !== i) };
}

/** Rules with a new keyword rule at the top (tried first: user words win over built-in ones). */
export function addKeywordRule(rules: RuleSet): RuleSet {
  const rule: KeywordRule = {
    id: freshId(rules, "user-keyword"),
    keywords: [],
    scope: "non_core",
    meaning: { fr: "Mot-clé utilisateur", en: "User keyword" },
  };
  return { ...rules, keywords: [rule, ...rules.keywords] };
}

/** Rules with keyword rule i changed. */
export function updateKeywordRule(rules: RuleSet, i: number, patch: Partial<KeywordRule>): RuleSet {
  return { ...rules, keywords: rules.keywords.map((r, k) => (k === i ? { ...r, ...patch } : r)) };
}

/**
 * Rules with the exceptions of keyword rule i set from the text typed (everyday phrases that contain
 * a keyword without meaning it, SPEC 2.1 step 5); an empty text removes them.
 */
export function setKeywordExceptions(rules: RuleSet, i: number, text: string): RuleSet {
  const exceptions = parseWords(text);
  return {
    ...rules,
    keywords: rules.keywords.map((r, k) => {
      if (k !== i) return r;
      const { exceptions: _old, ...rest } = r;
      return exceptions.length > 0 ? { ...rest, exceptions } : rest;
    }),
  };
}

/** Rules without keyword rule i. */
export function removeKeywordRule(rules: RuleSet, i: number): RuleSet {
  return { ...rules, keywords: rules.keywords.filter((_r, k) => k !== i) };
}

/** "cession, terrain ; vente d'actif" → ["cession", "terrain", "vente d'actif"]. */
export function parseWords(text: string): string[] {
  return text
    .split(/[,;\n]/)
    .map((w) => w.trim())
    .filter((w) => w !== "");
}

/** Rules with a user-edited version stamp, so the dashboard's audit trail shows they changed. */
export function stamped(rules: RuleSet): RuleSet {
  const base = rules.version.replace(/\+user.*$/, "");
  return rules === DEFAULT_RULES ? rules : { ...rules, version: `${base}+user` };
}

/** Problems of an edited rule set (empty when it can be saved). */
export function ruleProblems(rules: RuleSet): RuleProblem[] {
  return validateRules(rules);
}
