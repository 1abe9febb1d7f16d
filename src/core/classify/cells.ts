/**
 * What one account, nature or OP flag cell says, memoised per distinct value (bounded: other
 * columns than labels rarely hold unique values, but a bad mapping could).
 */
import { BoundedCache } from "../cache";
import { NOT_NATURE_DOCUMENTS, NOT_SALE_DOCUMENTS, type OpFlagWords, type RuleSet } from "../rules";
import {
  NOT_REVENUE_ACCOUNT_NAMES,
  NOT_REVENUE_ACCOUNT_WORDS,
  REVENUE_ACCOUNT_NAMES,
  TAX_ACCOUNT_WORDS,
} from "../rules/account-names";
import { normalizeText, PhraseIndex, wordsOf, type PhraseHit } from "../text";
import type { CellValue, I18nText, Scope } from "../types";
import {
  newScope,
  NO_ACCOUNT,
  NO_NATURE,
  NOT_REVENUE_ACCOUNT,
  type AccountInfo,
  type CompiledAccount,
  exceptionOf,
  type CompiledRules,
  type NatureInfo,
  type ScopeDecision,
} from "./decisions";
import { compileRules } from "./compile";
import { readOpFlag } from "./op-flag";
import { accountNameReason, flagReason, natureReason, target } from "./reasons";

const VALUE_CACHE_SIZE = 20_000;

/**
 * An account number after its name: "Ventes de services (706000)", "Ventes - 706000". Six digits at
 * least, as French exports write them: Xero's "Sales (200)" is its own chart's code, a year "2025" none.
 */
const TRAILING_ACCOUNT = /(?:[([]\s*([0-9]{6,})\s*[)\]]|\s[-–—:]\s*([0-9]{6,}))\s*$/;

/**
 * Leading account digits ("706 100" → "706100", "411DUPONT" → "411"), else the number written after
 * the name ("Ventes de services (706000)"); "" when the cell has none. Leading zeros are padding
 * (SAP writes "0000706000"): no account class is 0.
 */
function accountDigits(s: string): string {
  const m = /^[\s0-9.]*/.exec(s);
  const lead = m === null ? "" : m[0].replace(/[^0-9]/g, "").replace(/^0+(?=[0-9])/, "");
  if (lead !== "") return lead;
  const t = TRAILING_ACCOUNT.exec(s);
  return t === null ? "" : (t[1] ?? t[2]);
}

/** "4000 Sales", "40000-EQ", "6110": an account number (its first digit captured), then in the same cell its name. */
export const NUMBERED_ACCOUNT = /^\s*([0-9]{3,})(?:[-.][0-9A-Za-z]+)?(?:\s*[-–—:]\s*|\s+|$)/;

/** The name an account cell writes after its number ("4000 Sales of Product Income" → "Sales of Product Income"). */
export function nameAfterNumber(raw: string): string {
  const m = NUMBERED_ACCOUNT.exec(raw);
  return m === null ? raw : raw.slice(m[0].length).trim();
}

/** A third party's code written in a column of PCG accounts ("CDUPONT", "C0001", "FMETRO"): a letter first, no account number. */
export function thirdPartyCode(raw: string): boolean {
  // One word (CDUPONT, C0001, FMETRO): an account's name in words ("Ventes de marchandises") is none.
  return /^\s*\p{L}[\p{L}\p{N}_.-]*\s*$/u.test(raw) && accountDigits(raw) === "";
}

/** How the account cells are read, as proven from the column (evidence/third-party-accounts.ts). */
export interface AccountCells {
  /** Cells with no account number in a column of PCG accounts are third parties' accounts: not revenue. */
  thirdParties?: boolean;
}

/**
 * Account cell → not revenue, or revenue with its longest-prefix rule; a name read as one with
 * `readNames` (journals); `byNames`: every cell read by the name after its number (a foreign chart).
 */
export function accountReader(
  compiled: CompiledRules,
  readNames: boolean,
  byNames = false,
  cells: AccountCells = {},
): (raw: string) => AccountInfo {
  const { byPrefix, maxPrefix, taxCreditPrefixes, revenueClass } = compiled;
  const cache = new BoundedCache<string, AccountInfo>(VALUE_CACHE_SIZE);
  const names = readNames ? accountNameReader(compiled) : () => NO_ACCOUNT;
  return (raw) => {
    let info = cache.get(raw);
    if (info !== undefined) return info;
    const digits = byNames ? "" : accountDigits(raw);
    if (byNames) info = names(nameAfterNumber(raw));
    else if (digits === "")
      info = cells.thirdParties === true && thirdPartyCode(raw) ? NOT_REVENUE_ACCOUNT : names(raw);
    else if (digits[0] !== revenueClass && !taxCreditPrefixes.some((p) => digits.startsWith(p))) {
      info = NOT_REVENUE_ACCOUNT;
    } else {
      let account: CompiledAccount | null = null;
      for (let len = Math.min(digits.length, maxPrefix); len >= 1 && account === null; len--) {
        account = byPrefix.get(digits.slice(0, len)) ?? null;
      }
      info = { revenue: true, account };
    }
    cache.set(raw, info);
    return info;
  };
}

const NOT_REVENUE_NAMES = phraseIndex(NOT_REVENUE_ACCOUNT_NAMES);
const NOT_REVENUE_WORDS = phraseIndex(NOT_REVENUE_ACCOUNT_WORDS);
const TAX_WORDS: ReadonlySet<string> = new Set(TAX_ACCOUNT_WORDS);
const REVENUE_NAMES = phraseIndex(REVENUE_ACCOUNT_NAMES);

function phraseIndex(phrases: readonly string[]): PhraseIndex<true> {
  const index = new PhraseIndex<true>();
  for (const p of phrases) index.add(p, true);
  return index;
}

/**
 * Account name (a cell without digits) → not revenue ("Accounts Receivable", "Sales Tax Payable",
 * "Checking"), or the excluded reason or deduction it names as a nature value would ("Interest
 * Earned" → financial, "Discounts given" → discount). A revenue name ("Sales of Product Income")
 * asserts nothing more: the label, the nature or "à vérifier" decide, as without an account.
 */
function accountNameReader(compiled: CompiledRules): (raw: string) => AccountInfo {
  return (raw) => readAccountName(compiled, raw).info;
}

/**
 * What an account name says: its AccountInfo, and `revenue` when the name says revenue ("Design
 * income") without deciding more (its info is then NO_ACCOUNT, as for a name that says nothing).
 */
function readAccountName(compiled: CompiledRules, raw: string): { info: AccountInfo; revenue: boolean } {
  const words = wordsOf(raw);
  const none = { info: NO_ACCOUNT, revenue: false };
  if (words.length === 0) return none;
  const not = { info: NOT_REVENUE_ACCOUNT, revenue: false };
  if (NOT_REVENUE_NAMES.findAll(words).length > 0 || TAX_WORDS.has(words[0])) return not;
  const revenue = REVENUE_NAMES.findAll(words).length > 0;
  if (!revenue && NOT_REVENUE_WORDS.findAll(words).length > 0) return not;
  const named = namedDecisions(compiled, raw, "account", accountNameReason);
  const scope = named.scope !== null && named.scope.scope !== "op" ? named.scope : null;
  const kind = named.kind !== null && named.kind.kind !== "sale" ? named.kind : null;
  if (scope === null && kind === null) return { info: NO_ACCOUNT, revenue };
  return { info: { revenue: true, account: null, name: { scope, kind } }, revenue };
}

/**
 * How the classifier reads an account written as a name (accountNames, see createClassifier):
 * "not_revenue" ("Checking", "Advertising Expenses"), "decides" (an excluded reason or a deduction:
 * "Interest Earned", "Discounts given"), "revenue" (says revenue, decides nothing more: "Design
 * income"), or null (says nothing: "Landscaping Services", a customer's name).
 */
export type AccountNameReading = "not_revenue" | "decides" | "revenue" | null;

/** The reading of account names under a rule set (memoised per name, as the classifier's). */
export function accountNameReading(rules: RuleSet): (name: string) => AccountNameReading {
  const compiled = compileRules(rules);
  const cache = new BoundedCache<string, AccountNameReading>(VALUE_CACHE_SIZE);
  return (name) => {
    let r = cache.get(name);
    if (r !== undefined) return r;
    const { info, revenue } = readAccountName(compiled, name);
    r = !info.revenue ? "not_revenue" : info !== NO_ACCOUNT ? "decides" : revenue ? "revenue" : null;
    cache.set(name, r);
    return r;
  };
}

/** OP flag cell → OP or not OP (non_core), or null when it says neither. */
export function flagReader(words: OpFlagWords): (value: CellValue) => ScopeDecision | null {
  const cache = new BoundedCache<string, ScopeDecision | null>(VALUE_CACHE_SIZE);
  return (value) => {
    if (value === null || value === undefined || value === "") return null;
    let key: string;
    let shown: I18nText;
    if (typeof value === "string") {
      key = value;
      shown = { fr: value.trim(), en: value.trim() };
    } else if (typeof value === "boolean") {
      key = value ? "\u0000true" : "\u0000false";
      shown = value ? { fr: "VRAI", en: "TRUE" } : { fr: "FAUX", en: "FALSE" };
    } else if (typeof value === "number") {
      key = `\u0000${value}`;
      shown = { fr: String(value), en: String(value) };
    } else return null;
    const cached = cache.get(key);
    if (cached !== undefined) return cached;
    const reading = readOpFlag(value, words);
    let decision: ScopeDecision | null = null;
    if (reading === "yes" || reading === "no") {
      const scope: Scope = reading === "yes" ? "op" : "non_core";
      decision = newScope(scope, "op_flag", `op_flag:${reading}`, flagReason(shown, target(scope)), "flag");
    }
    cache.set(key, decision);
    return decision;
  };
}

/** Whether a rule's hit lies inside one of that rule's exception phrases (exceptionOf). */
function insideException(h: PhraseHit<number>, hits: readonly PhraseHit<number>[]): boolean {
  const mark = exceptionOf(h.value);
  return hits.some((e) => e.value === mark && e.start <= h.start && h.end <= e.end);
}

/** The scope and kind a nature or account-name cell names, with the words of its reasons; NO_NATURE when none. */
function namedDecisions(
  compiled: CompiledRules,
  raw: string,
  source: "kind_column" | "account",
  reason: (shown: string, to: I18nText) => I18nText,
): NatureInfo {
  const { natureRules, valueIndex } = compiled;
  let scopeOrder = Infinity;
  let kindOrder = Infinity;
  const hits = valueIndex.findAll(wordsOf(raw));
  for (const h of hits) {
    if (h.value < 0 || insideException(h, hits)) continue;
    const rule = natureRules[h.value];
    if (rule.scope !== undefined && h.value < scopeOrder) scopeOrder = h.value;
    if (rule.kind !== undefined && h.value < kindOrder) kindOrder = h.value;
  }
  const shown = raw.trim();
  const scopeRule = natureRules[scopeOrder];
  const kindRule = natureRules[kindOrder];
  if (scopeRule === undefined && kindRule === undefined) return NO_NATURE;
  return {
    scope:
      scopeRule?.scope === undefined
        ? null
        : newScope(
            scopeRule.scope,
            source,
            scopeRule.id,
            reason(shown, target(scopeRule.scope, scopeRule.kind)),
            `${source}:${scopeRule.id}:${shown}`,
          ),
    kind:
      kindRule?.kind === undefined
        ? null
        : {
            kind: kindRule.kind,
            reason: reason(shown, target("op", kindRule.kind)),
            owner: `${source}:${kindRule.id}:${shown}`,
          },
  };
}

/** Whole cells that name a document type ("Facture", "Sales Receipt"), not a nature. */
const DOCUMENTS: ReadonlySet<string> = new Set(
  [...NOT_NATURE_DOCUMENTS, ...NOT_SALE_DOCUMENTS].map(normalizeText),
);

/**
 * Nature cell → the scope and kind of the best-ranked nature rules it names. A cell that is a
 * document type ("Type" = Facture / Invoice) names none: the account, label or default decides.
 */
export function natureReader(compiled: CompiledRules): (raw: string) => NatureInfo {
  const cache = new BoundedCache<string, NatureInfo>(VALUE_CACHE_SIZE);
  return (raw) => {
    let info = cache.get(raw);
    if (info !== undefined) return info;
    info = DOCUMENTS.has(normalizeText(raw))
      ? NO_NATURE
      : namedDecisions(compiled, raw, "kind_column", natureReason);
    cache.set(raw, info);
    return info;
  };
}
