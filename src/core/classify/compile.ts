/**
 * Rule compilation: turns a rule set (data, see ../rules) into lookups whose decisions are made once
 * per rule: a phrase index of label keywords, accounts by prefix with inherited overrides, and
 * nature rules ranked. The words of the reasons come from reasons.ts.
 */
import {
  MYOB_ACCOUNTS,
  MYOB_REVENUE_CLASS,
  SAGE50_UK_NOMINALS,
  SAGE50_UK_REVENUE_CLASS,
  XERO_ACCOUNTS,
  XERO_REVENUE_CLASS,
  type AccountRule,
  type RuleSet,
} from "../rules";
import { PhraseIndex } from "../text";
import type { Kind, Scope } from "../types";
import {
  exceptionOf,
  newScope,
  type CompiledAccount,
  type CompiledOverride,
  type CompiledRules,
  type Hit,
  type KeywordHit,
  type KindDecision,
  type NatureRule,
} from "./decisions";
import { accountKindReason, accountScopeReason, keywordReason, target } from "./reasons";

/**
 * Sales accounts of the PCG (701–708, and their sub-accounts; 700, the Belgian PCMN's): where the
 * SPEC 2.1 sign rule applies.
 */
const SALES_ACCOUNT_RE = /^70[0-8]/;

/**
 * Rule sets compiled so far, with the text they were compiled from: a file's chunks share one rule
 * set, and a rule set edited in place (a user's exception removed) is compiled again.
 */
const COMPILED = new WeakMap<RuleSet, { text: string; compiled: CompiledRules }>();

/** Compiles a rule set into the classifier's lookups (once per rule set: each chunk of a file asks again). */
export function compileRules(rules: RuleSet, chart?: AccountChart): CompiledRules {
  const text = JSON.stringify(rules);
  const other = chart === undefined || chart === "names" ? undefined : CHARTS[chart];
  const cache = other === undefined ? COMPILED : other.cache;
  const known = cache.get(rules);
  if (known !== undefined && known.text === text) return known.compiled;
  const compiled =
    other === undefined
      ? compile(rules)
      : compile({ ...rules, accounts: other.accounts, taxCreditAccounts: [] }, other.revenueClass);
  cache.set(rules, { text, compiled });
  return compiled;
}

/**
 * The chart an account column speaks when not the French one: Sage 50 UK's nominal codes, Xero's
 * default chart, or a numbered chart read by the names after its numbers ("4000 Sales",
 * evidence/foreign-chart.ts: its accounts compiled as the set's, the names decide).
 */
export type AccountChart = "sage50uk" | "xero" | "myob" | "names";

/** Each foreign chart's accounts and revenue class, and the rule sets compiled with them (keywords and natures the set's). */
const CHARTS: Record<
  Exclude<AccountChart, "names">,
  {
    accounts: AccountRule[];
    revenueClass: string;
    cache: WeakMap<RuleSet, { text: string; compiled: CompiledRules }>;
  }
> = {
  sage50uk: { accounts: SAGE50_UK_NOMINALS, revenueClass: SAGE50_UK_REVENUE_CLASS, cache: new WeakMap() },
  xero: { accounts: XERO_ACCOUNTS, revenueClass: XERO_REVENUE_CLASS, cache: new WeakMap() },
  myob: { accounts: MYOB_ACCOUNTS, revenueClass: MYOB_REVENUE_CLASS, cache: new WeakMap() },
};

function compile(rules: RuleSet, revenueClass = "7"): CompiledRules {
  const labelIndex = new PhraseIndex<Hit>();
  addKeywords(rules, labelIndex);
  const byPrefix = compileAccounts(rules, labelIndex);
  const { natureRules, valueIndex } = compileNatureRules(rules);
  return {
    taxCreditPrefixes: rules.taxCreditAccounts.filter((p) => /^[0-9]+$/.test(p)),
    revenueClass,
    labelIndex,
    byPrefix,
    maxPrefix: Math.max(0, ...[...byPrefix.keys()].map((p) => p.length)),
    natureRules,
    valueIndex,
  };
}

/** Label keywords, each with its scope and kind decisions, and each rule's exception phrases. */
function addKeywords(rules: RuleSet, labelIndex: PhraseIndex<Hit>): void {
  rules.keywords.forEach((rule, order) => {
    rule.keywords.forEach((display, k) => {
      const owner = `kw:${order}:${k}`;
      const scope =
        rule.scope === undefined
          ? null
          : newScope(
              rule.scope,
              "label",
              rule.id,
              keywordReason(display, target(rule.scope, rule.kind)),
              owner,
            );
      const kind =
        rule.kind === undefined
          ? null
          : { kind: rule.kind, reason: keywordReason(display, target("op", rule.kind)), owner };
      const hit: KeywordHit = { type: "keyword", order, scope, kind, display, alone: null };
      hit.alone = {
        scope: scope && hit,
        kind: kind && hit,
        deduction: kind && kind.kind !== "sale" ? hit : null,
        overrides: [],
      };
      labelIndex.add(display, hit);
    });
    for (const phrase of rule.exceptions ?? []) labelIndex.add(phrase, { type: "exception", order });
  });
}

/** Accounts by prefix; overrides indexed with the label keywords and inherited from shorter prefixes. */
function compileAccounts(rules: RuleSet, labelIndex: PhraseIndex<Hit>): Map<string, CompiledAccount> {
  const byPrefix = new Map<string, CompiledAccount>();
  for (const rule of rules.accounts) {
    if (!/^[0-9]+$/.test(rule.prefix) || byPrefix.has(rule.prefix)) continue;
    const owner = `acct:${rule.id}`;
    const scope = newScope(rule.scope, "account", rule.id, accountScopeReason(rule), owner);
    const kindDecision = (kind: Kind): KindDecision => ({
      kind,
      reason: accountKindReason(rule.prefix, kind),
      owner,
    });
    byPrefix.set(rule.prefix, {
      rule,
      scope,
      kind: rule.kind !== undefined && rule.kindFromLabel !== true ? kindDecision(rule.kind) : null,
      labelDefaultKind: rule.kindFromLabel === true ? kindDecision(rule.kind ?? "discount") : null,
      salesAccount: SALES_ACCOUNT_RE.test(rule.prefix),
      overrides: [],
      overrideScopes: new Map(),
      labelKinds: new Map(),
    });
  }
  // Each rule's own overrides, compiled once and indexed; a rule's chain adds those of shorter prefixes.
  const ownOverrides = new Map<string, CompiledOverride[]>();
  for (const acc of byPrefix.values()) {
    const own = (acc.rule.labelOverrides ?? []).map((override) => ({ owner: acc.rule, override }));
    for (const compiled of own) {
      for (const display of compiled.override.keywords) {
        labelIndex.add(display, { type: "override", override: compiled, display });
      }
    }
    ownOverrides.set(acc.rule.prefix, own);
  }
  for (const acc of byPrefix.values()) {
    for (let len = acc.rule.prefix.length; len >= 1; len--) {
      acc.overrides.push(...(ownOverrides.get(acc.rule.prefix.slice(0, len)) ?? []));
    }
  }
  return byPrefix;
}

/**
 * Nature values are matched against the nature rules and the label keyword rules alike, ranked by
 * natureGroup (excluded reasons, then deductions, then sales), nature rules first within a group:
 * "Vente d'actif" is an asset disposal, "Vente annulée" a return, "Vente" a sale.
 */
function compileNatureRules(rules: RuleSet): { natureRules: NatureRule[]; valueIndex: PhraseIndex<number> } {
  const natureRules: NatureRule[] = [
    ...rules.kindValues.map((r) => ({ id: r.id, scope: r.scope, kind: r.kind, words: r.values })),
    ...rules.keywords.map((r) => ({
      id: r.id,
      scope: r.scope,
      kind: r.kind,
      words: r.keywords,
      exceptions: r.exceptions,
    })),
  ]
    .map((rule, listed) => ({ rule, listed }))
    .sort((a, b) => natureGroup(a.rule) - natureGroup(b.rule) || a.listed - b.listed)
    .map(({ rule }) => rule);
  const valueIndex = new PhraseIndex<number>();
  natureRules.forEach((rule, rank) => {
    rule.words.forEach((v) => valueIndex.add(v, rank));
    // A keyword rule's exceptions hold for a nature value as for a label ("Sales - Equipment").
    rule.exceptions?.forEach((v) => valueIndex.add(v, exceptionOf(rank)));
  });
  return { natureRules, valueIndex };
}

/**
 * Precedence group of a rule when a nature value names several (lower wins): 0 a scope other than OP
 * (excluded reasons, review), 1 a deduction kind, 2 the rest (sales). The rule lists are written in
 * that order; ranking by it lets a keyword rule's "actif" beat a nature rule's "vente".
 */
function natureGroup(rule: { scope?: Scope; kind?: Kind }): number {
  if (rule.scope !== undefined && rule.scope !== "op") return 0;
  return rule.kind !== undefined && rule.kind !== "sale" ? 1 : 2;
}
