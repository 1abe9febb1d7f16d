/**
 * What one account, nature or OP flag cell says, memoised per distinct value (bounded: other
 * columns than labels rarely hold unique values, but a bad mapping could).
 */
import { BoundedCache } from "../cache";
import { NOT_NATURE_DOCUMENTS, type OpFlagWords } from "../rules";
import { normalizeText, wordsOf } from "../text";
import type { CellValue, I18nText, Scope } from "../types";
import {
  newScope,
  NO_ACCOUNT,
  NO_NATURE,
  type AccountInfo,
  type CompiledAccount,
  type CompiledRules,
  type NatureInfo,
  type ScopeDecision,
} from "./decisions";
import { readOpFlag } from "./op-flag";
import { flagReason, natureReason, target } from "./reasons";

const VALUE_CACHE_SIZE = 20_000;

/** Leading account digits ("706 100" → "706100", "411DUPONT" → "411"); "" when the cell has none. */
function accountDigits(s: string): string {
  const m = /^[\s0-9.]*/.exec(s);
  return m === null ? "" : m[0].replace(/[^0-9]/g, "");
}

/** Account cell → not revenue, or revenue with its longest-prefix rule. */
export function accountReader(compiled: CompiledRules): (raw: string) => AccountInfo {
  const { byPrefix, maxPrefix, taxCreditPrefixes } = compiled;
  const cache = new BoundedCache<string, AccountInfo>(VALUE_CACHE_SIZE);
  return (raw) => {
    let info = cache.get(raw);
    if (info !== undefined) return info;
    const digits = accountDigits(raw);
    if (digits === "") info = NO_ACCOUNT;
    else if (digits[0] !== "7" && !taxCreditPrefixes.some((p) => digits.startsWith(p))) {
      info = { revenue: false, account: null };
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

/** Whole cells that name a document type ("Facture", "Sales Receipt"), not a nature. */
const DOCUMENTS: ReadonlySet<string> = new Set(NOT_NATURE_DOCUMENTS.map(normalizeText));

/**
 * Nature cell → the scope and kind of the best-ranked nature rules it names. A cell that is a
 * document type ("Type" = Facture / Invoice) names none: the account, label or default decides.
 */
export function natureReader(compiled: CompiledRules): (raw: string) => NatureInfo {
  const { natureRules, valueIndex } = compiled;
  const cache = new BoundedCache<string, NatureInfo>(VALUE_CACHE_SIZE);
  return (raw) => {
    let info = cache.get(raw);
    if (info !== undefined) return info;
    if (DOCUMENTS.has(normalizeText(raw))) {
      cache.set(raw, NO_NATURE);
      return NO_NATURE;
    }
    let scopeOrder = Infinity;
    let kindOrder = Infinity;
    for (const h of valueIndex.findAll(wordsOf(raw))) {
      const rule = natureRules[h.value];
      if (rule.scope !== undefined && h.value < scopeOrder) scopeOrder = h.value;
      if (rule.kind !== undefined && h.value < kindOrder) kindOrder = h.value;
    }
    const shown = raw.trim();
    const scopeRule = natureRules[scopeOrder];
    const kindRule = natureRules[kindOrder];
    info =
      scopeRule === undefined && kindRule === undefined
        ? NO_NATURE
        : {
            scope:
              scopeRule?.scope === undefined
                ? null
                : newScope(
                    scopeRule.scope,
                    "kind_column",
                    scopeRule.id,
                    natureReason(shown, target(scopeRule.scope, scopeRule.kind)),
                    `val:${scopeRule.id}:${shown}`,
                  ),
            kind:
              kindRule?.kind === undefined
                ? null
                : {
                    kind: kindRule.kind,
                    reason: natureReason(shown, target("op", kindRule.kind)),
                    owner: `val:${kindRule.id}:${shown}`,
                  },
          };
    cache.set(raw, info);
    return info;
  };
}
