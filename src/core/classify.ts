/**
 * Line classification, SPEC 2.1 precedence steps 2–6 (step 1, manual decisions, is the engine's):
 * OP flag column, nature/type column, account number (longest prefix), label keywords, default.
 * The rule set is data (rules.ts); this file only compiles it into lookups and caches each step,
 * so a million lines with repeated values classify in a few tens of milliseconds.
 */
import { inSentence, KIND_LABELS, SCOPE_LABELS } from "./labels";
import { isCellError } from "./cells";
import {
  DEFAULT_OP_FLAG_MARKS,
  DEFAULT_RULES,
  type AccountRule,
  type LabelOverride,
  type OpFlagWords,
  type RuleSet,
} from "./rules";
import { PhraseIndex, normalizeText, wordsOf } from "./text";
import type { CellValue, Classification, DecisionSource, I18nText, Kind, LineFacts, Scope } from "./types";

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

/** What an OP flag cell says: yes, no, empty (no opinion), or a value in neither list. */
export type OpFlagReading = "yes" | "no" | "empty" | "unknown";

/** Sets of normalised OP flag words, compiled once per word lists. */
interface OpFlagSets {
  /** The yes words and the marks (a mark is a yes). */
  yes: ReadonlySet<string>;
  no: ReadonlySet<string>;
  marks: ReadonlySet<string>;
}

const opFlagSetsCache = new WeakMap<OpFlagWords, OpFlagSets>();

/** Key an OP flag word is compared by: normalised text, or the trimmed text for symbols (✓). */
function opFlagKey(s: string): string {
  return normalizeText(s) || s.trim();
}

/** Compiles (and memoises) the yes/no word lists. */
function opFlagSets(words: OpFlagWords): OpFlagSets {
  let sets = opFlagSetsCache.get(words);
  if (sets === undefined) {
    const marks = (words.marks ?? DEFAULT_OP_FLAG_MARKS).map(opFlagKey);
    sets = {
      yes: new Set([...words.yes.map(opFlagKey), ...marks]),
      no: new Set(words.no.map(opFlagKey)),
      marks: new Set(marks),
    };
    opFlagSetsCache.set(words, sets);
  }
  return sets;
}

/**
 * Reads an OP flag cell: booleans, numbers 1/0 and the rule set's words (Oui/Non, VRAI/FAUX, X…).
 * An empty cell is "empty" (the next precedence step decides); the engine may diagnose "unknown".
 */
export function readOpFlag(value: CellValue, words: OpFlagWords = DEFAULT_RULES.opFlag): OpFlagReading {
  if (value === null || value === undefined) return "empty";
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "number") return value === 1 ? "yes" : value === 0 ? "no" : "unknown";
  if (typeof value !== "string") return "unknown";
  if (value.trim() === "") return "empty";
  const key = opFlagKey(value);
  const sets = opFlagSets(words);
  return sets.yes.has(key) ? "yes" : sets.no.has(key) ? "no" : "unknown";
}

/** How an OP flag column says "not OP": with a no word ("explicit"), or by leaving the cell empty ("x_empty"). */
export type OpFlagConvention = "x_empty" | "explicit";

/**
 * The convention of a whole OP flag column (SPEC 2.1 step 2), which one cell cannot show: "x_empty"
 * when it holds at least one mark (x, ✓, ✔, ☑, *: the rule set's marks) and every other non-empty
 * value is a mark too; "explicit" otherwise (Oui/Non, 1/0, VRAI/FAUX…, or a column with no value at
 * all, so that an unfilled column excludes nothing). Blank cells and error cells (#N/A, diagnosed
 * elsewhere) say nothing either way. Under "x_empty" the engine passes "non" to the classifier for an
 * empty cell, which then means not OP; under "explicit" an empty cell lets the next step decide.
 */
export function opFlagConvention(
  values: Iterable<CellValue>,
  words: OpFlagWords = DEFAULT_RULES.opFlag,
): OpFlagConvention {
  const { marks } = opFlagSets(words);
  let marked = false;
  for (const v of values) {
    if (v === null || v === undefined || isCellError(v)) continue;
    if (typeof v !== "string") return "explicit";
    if (v.trim() === "") continue;
    if (!marks.has(opFlagKey(v))) return "explicit";
    marked = true;
  }
  return marked ? "x_empty" : "explicit";
}

/** Scope part of a decision, shared by every line decided the same way. */
interface ScopeDecision {
  scope: Scope;
  source: DecisionSource;
  ruleId: string;
  reason: I18nText;
  /** Who decided (rule + input); a kind decided by the same owner is not repeated in the reason. */
  owner: string;
  /** Final classifications per kind decision (shared frozen objects). */
  combos: Map<KindDecision, Classification>;
}

/** Kind part of a decision; `reason` is null for the default (sale). */
interface KindDecision {
  kind: Kind;
  reason: I18nText | null;
  owner: string;
}

/** A label keyword of a KeywordRule, with its decisions made once at compile time. */
interface KeywordHit {
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
interface OverrideHit {
  type: "override";
  override: CompiledOverride;
  display: string;
}

type Hit = KeywordHit | OverrideHit;

/** What a label says, computed once per distinct label. */
interface LabelMatch {
  scope: KeywordHit | null;
  kind: KeywordHit | null;
  /** First rule naming a deduction kind (for 709 lines). */
  deduction: KeywordHit | null;
  overrides: readonly OverrideHit[];
}

interface CompiledOverride {
  owner: AccountRule;
  override: LabelOverride;
}

interface CompiledAccount {
  rule: AccountRule;
  scope: ScopeDecision;
  /** Fixed kind of the rule, when it has one and does not read the label. */
  kind: KindDecision | null;
  /** Default kind of a kindFromLabel rule (709 → discount). */
  labelDefaultKind: KindDecision | null;
  /** Overrides of this rule and of the shorter rules covering it, most specific first. */
  overrides: CompiledOverride[];
  overrideScopes: Map<OverrideHit, ScopeDecision>;
  labelKinds: Map<KeywordHit, KindDecision>;
}

/** What an account cell says: not revenue, or revenue with the matching rule (null when none). */
interface AccountInfo {
  revenue: boolean;
  account: CompiledAccount | null;
}

/** What a nature cell says. */
interface NatureInfo {
  scope: ScopeDecision | null;
  kind: KindDecision | null;
}

const NO_ACCOUNT: AccountInfo = { revenue: true, account: null };
const NO_NATURE: NatureInfo = { scope: null, kind: null };
const NO_LABEL: LabelMatch = { scope: null, kind: null, deduction: null, overrides: [] };
/** Bounds of the per-value caches (labels can be unique per row; other columns rarely are). */
const LABEL_CACHE_SIZE = 50_000;
const VALUE_CACHE_SIZE = 20_000;
const COMBOS_SIZE = 2_000;
/** Label cache sampling: misses per sample, lookups without cache after a poor sample. */
const LABEL_SAMPLE = 4_096;
const LABEL_BYPASS = 65_536;

/** "cession d'actif", "remise", "OP": what a decision leads to, inside a reason. */
function target(scope: Scope, kind?: Kind): I18nText {
  const label = scope === "op" && kind !== undefined ? KIND_LABELS[kind] : SCOPE_LABELS[scope];
  return { fr: inSentence(label.fr), en: inSentence(label.en) };
}

/** `fr`/`en` joined by a function of both (keeps reason builders one line each). */
function both(f: (lang: "fr" | "en") => string): I18nText {
  return { fr: f("fr"), en: f("en") };
}

function newScope(
  scope: Scope,
  source: DecisionSource,
  ruleId: string,
  reason: I18nText,
  owner: string,
): ScopeDecision {
  return { scope, source, ruleId, reason, owner, combos: new Map() };
}

/** Phrases reasons are built from, FR and EN. */
const WORDS = {
  account: { fr: "compte", en: "account" },
  labelHas: { fr: "libellé contient", en: "label contains" },
  nature: { fr: "nature", en: "type" },
  opColumn: { fr: "colonne OP =", en: "OP column =" },
  toCheck: { fr: "à contrôler", en: "to check" },
  unclassified: { fr: "non classé → à vérifier", en: "unclassified → to review" },
} as const;

/** A quoted value: « x » in French, "x" in English. */
function quote(lang: "fr" | "en", s: string): string {
  return lang === "fr" ? `« ${s} »` : `"${s}"`;
}

const DEFAULT_KIND: KindDecision = { kind: "sale", reason: null, owner: "default" };

/** A nature value rule or a label keyword rule, as a nature value is matched against them. */
interface NatureRule {
  id: string;
  scope?: Scope;
  kind?: Kind;
  words: readonly string[];
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

/** Leading account digits ("706 100" → "706100", "411DUPONT" → "411"); "" when the cell has none. */
function accountDigits(s: string): string {
  const m = /^[\s0-9.]*/.exec(s);
  return m === null ? "" : m[0].replace(/[^0-9]/g, "");
}

/** Builds the lookups of one rule set; see Classifier. */
export function createClassifier(rules: RuleSet = DEFAULT_RULES): Classifier {
  const taxCreditPrefixes = rules.taxCreditAccounts.filter((p) => /^[0-9]+$/.test(p));
  // Per classifier: its combos map holds this classifier's kind decisions.
  const defaultScope = newScope("to_review", "default", "default", WORDS.unclassified, "default");

  // Label keywords and override keywords share one index: one pass per label.
  const labelIndex = new PhraseIndex<Hit>();
  rules.keywords.forEach((rule, order) => {
    rule.keywords.forEach((display, k) => {
      const owner = `kw:${order}:${k}`;
      const reason = (to: I18nText): I18nText =>
        both((l) => `${WORDS.labelHas[l]} ${quote(l, display)} → ${to[l]}`);
      const scope =
        rule.scope === undefined
          ? null
          : newScope(rule.scope, "label", rule.id, reason(target(rule.scope, rule.kind)), owner);
      const kind =
        rule.kind === undefined ? null : { kind: rule.kind, reason: reason(target("op", rule.kind)), owner };
      const hit: KeywordHit = { type: "keyword", order, scope, kind, display, alone: null };
      hit.alone = {
        scope: scope && hit,
        kind: kind && hit,
        deduction: kind && kind.kind !== "sale" ? hit : null,
        overrides: [],
      };
      labelIndex.add(display, hit);
    });
  });

  // Accounts by prefix; overrides inherited from shorter prefixes.
  const byPrefix = new Map<string, CompiledAccount>();
  for (const rule of rules.accounts) {
    if (!/^[0-9]+$/.test(rule.prefix) || byPrefix.has(rule.prefix)) continue;
    const owner = `acct:${rule.id}`;
    const head = both((l) => `${WORDS.account[l]} ${rule.prefix}`);
    const to = target(rule.scope, rule.scope === "op" ? undefined : rule.kind);
    const detail =
      rule.review === true
        ? both((l) => `, ${WORDS.toCheck[l]} (${inSentence(rule.meaning[l])})`)
        : rule.scope === "to_review"
          ? both((l) => ` (${inSentence(rule.meaning[l])})`)
          : { fr: "", en: "" };
    const scope = newScope(
      rule.scope,
      "account",
      rule.id,
      both((l) => `${head[l]} → ${to[l]}${detail[l]}`),
      owner,
    );
    const kindDecision = (kind: Kind): KindDecision => ({
      kind,
      reason: both((l) => `${head[l]} → ${target("op", kind)[l]}`),
      owner,
    });
    byPrefix.set(rule.prefix, {
      rule,
      scope,
      kind: rule.kind !== undefined && rule.kindFromLabel !== true ? kindDecision(rule.kind) : null,
      labelDefaultKind: rule.kindFromLabel === true ? kindDecision(rule.kind ?? "discount") : null,
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
  const maxPrefix = Math.max(0, ...[...byPrefix.keys()].map((p) => p.length));

  // Nature values are matched against the nature rules and the label keyword rules alike, ranked by
  // natureGroup (excluded reasons, then deductions, then sales), nature rules first within a group:
  // "Vente d'actif" is an asset disposal, "Vente annulée" a return, "Vente" a sale.
  const natureRules: NatureRule[] = [
    ...rules.kindValues.map((r) => ({ id: r.id, scope: r.scope, kind: r.kind, words: r.values })),
    ...rules.keywords.map((r) => ({ id: r.id, scope: r.scope, kind: r.kind, words: r.keywords })),
  ]
    .map((rule, listed) => ({ rule, listed }))
    .sort((a, b) => natureGroup(a.rule) - natureGroup(b.rule) || a.listed - b.listed)
    .map(({ rule }) => rule);
  const valueIndex = new PhraseIndex<number>();
  natureRules.forEach((rule, rank) => rule.words.forEach((v) => valueIndex.add(v, rank)));

  const accountCache = new Map<string, AccountInfo>();
  const natureCache = new Map<string, NatureInfo>();
  const flagCache = new Map<string, ScopeDecision | null>();
  const labelCache = new Map<string, LabelMatch>();

  function accountInfo(raw: string): AccountInfo {
    let info = accountCache.get(raw);
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
    if (accountCache.size >= VALUE_CACHE_SIZE) accountCache.clear();
    accountCache.set(raw, info);
    return info;
  }

  function flagDecision(value: CellValue): ScopeDecision | null {
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
    const cached = flagCache.get(key);
    if (cached !== undefined) return cached;
    const reading = readOpFlag(value, rules.opFlag);
    let decision: ScopeDecision | null = null;
    if (reading === "yes" || reading === "no") {
      const scope: Scope = reading === "yes" ? "op" : "non_core";
      const to = target(scope);
      decision = newScope(
        scope,
        "op_flag",
        `op_flag:${reading}`,
        both((l) => `${WORDS.opColumn[l]} ${quote(l, shown[l])} → ${to[l]}`),
        "flag",
      );
    }
    if (flagCache.size >= VALUE_CACHE_SIZE) flagCache.clear();
    flagCache.set(key, decision);
    return decision;
  }

  function natureInfo(raw: string): NatureInfo {
    let info = natureCache.get(raw);
    if (info !== undefined) return info;
    const hits = valueIndex.findAll(wordsOf(raw));
    let scopeOrder = Infinity;
    let kindOrder = Infinity;
    for (const h of hits) {
      const rule = natureRules[h.value];
      if (rule.scope !== undefined && h.value < scopeOrder) scopeOrder = h.value;
      if (rule.kind !== undefined && h.value < kindOrder) kindOrder = h.value;
    }
    const shown = raw.trim();
    const nature = (to: I18nText): I18nText =>
      both((l) => `${WORDS.nature[l]} ${quote(l, shown)} → ${to[l]}`);
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
                    nature(target(scopeRule.scope, scopeRule.kind)),
                    `val:${scopeRule.id}:${shown}`,
                  ),
            kind:
              kindRule?.kind === undefined
                ? null
                : {
                    kind: kindRule.kind,
                    reason: nature(target("op", kindRule.kind)),
                    owner: `val:${kindRule.id}:${shown}`,
                  },
          };
    if (natureCache.size >= VALUE_CACHE_SIZE) natureCache.clear();
    natureCache.set(raw, info);
    return info;
  }

  /** What a label's keywords say (no cache). */
  function scanLabel(raw: string): LabelMatch {
    const hits = labelIndex.findAll(wordsOf(raw));
    if (hits.length === 0) return NO_LABEL;
    const first = hits[0].value;
    if (hits.length === 1 && first.type === "keyword" && first.alone !== null) return first.alone;
    let scope: KeywordHit | null = null;
    let kind: KeywordHit | null = null;
    let deduction: KeywordHit | null = null;
    const overrides: OverrideHit[] = [];
    for (const { value: h } of hits) {
      if (h.type === "override") {
        overrides.push(h);
        continue;
      }
      if (h.scope !== null && (scope === null || h.order < scope.order)) scope = h;
      if (h.kind !== null && (kind === null || h.order < kind.order)) kind = h;
      if (h.kind !== null && h.kind.kind !== "sale" && (deduction === null || h.order < deduction.order)) {
        deduction = h;
      }
    }
    return { scope, kind, deduction, overrides };
  }

  // Label cache, adaptive: labels unique per row (invoice numbers) would only churn it, so when fewer
  // than half of a sample of lookups hit, the cache is bypassed for a while, then sampled again.
  let labelHits = 0;
  let labelMisses = 0;
  let labelBypass = 0;
  function labelMatch(raw: string | undefined): LabelMatch {
    if (raw === undefined || raw === "") return NO_LABEL;
    if (labelBypass > 0) {
      labelBypass--;
      return scanLabel(raw);
    }
    let match = labelCache.get(raw);
    if (match !== undefined) {
      labelHits++;
      return match;
    }
    match = scanLabel(raw);
    if (labelCache.size >= LABEL_CACHE_SIZE) labelCache.clear();
    labelCache.set(raw, match);
    if (++labelMisses >= LABEL_SAMPLE) {
      if (labelHits < labelMisses) labelBypass = LABEL_BYPASS;
      labelHits = 0;
      labelMisses = 0;
    }
    return match;
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
        const to = target(o.scope, o.kind);
        decision = newScope(
          o.scope,
          "account",
          `${c.owner.id}:${o.id}`,
          both(
            (l) =>
              `${WORDS.account[l]} ${acc.rule.prefix}, ${WORDS.labelHas[l]} ${quote(l, hit.display)} → ${to[l]}`,
          ),
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
        reason: both(
          (l) =>
            `${WORDS.account[l]} ${acc.rule.prefix}, ${WORDS.labelHas[l]} ${quote(l, hit.display)} → ${target("op", kind)[l]}`,
        ),
        owner: `acct:${acc.rule.id}`,
      };
      acc.labelKinds.set(hit, decision);
    }
    return decision;
  }

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
        if (kind.kind !== "sale") reason = both((l) => `${scope.reason[l]} ; ${kindReason[l]}`);
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
    if (scope.combos.size >= COMBOS_SIZE) scope.combos.clear();
    scope.combos.set(kind, c);
    return c;
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
