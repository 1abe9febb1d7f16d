/** Checks of a user-edited rule set (validateRules): the rule data itself is in the files beside. */
import { KINDS, SCOPES, type I18nText } from "../types";
import { normalizeText, PhraseIndex, wordsOf } from "../text";
import { CHART_PLANS, type ChartPlan, type KeywordRule, type RuleSet, type ValueRule } from "./types";

/** One problem in a rule set, in both languages. */
export interface RuleProblem {
  fr: string;
  en: string;
}

const DIGITS_RE = /^[0-9]+$/;
const SCOPE_SET: ReadonlySet<string> = new Set(SCOPES);
const KIND_SET: ReadonlySet<string> = new Set(KINDS);
const PLAN_SET: ReadonlySet<string> = new Set(CHART_PLANS);

/** Collects FR/EN problems and the ids seen, with the checks every kind of rule shares. */
class Problems {
  readonly list: RuleProblem[] = [];
  private readonly ids = new Map<string, number>();

  add(fr: string, en: string): void {
    this.list.push({ fr, en });
  }

  /** Counts an id (problems for repeats come at the end); returns it, or `where` when it is missing. */
  seeId(id: unknown, where: string, whereEn: string): string {
    if (typeof id !== "string" || id.trim() === "") {
      this.add(`${where} : identifiant manquant.`, `${whereEn}: missing id.`);
      return where;
    }
    this.ids.set(id, (this.ids.get(id) ?? 0) + 1);
    return id;
  }

  checkScopeKind(id: string, scope: unknown, kind: unknown, scopeRequired: boolean): void {
    if (scope === undefined ? scopeRequired : !SCOPE_SET.has(String(scope))) {
      this.add(
        `Règle ${id} : portée « ${String(scope)} » invalide (attendu : ${SCOPES.join(", ")}).`,
        `Rule ${id}: invalid scope "${String(scope)}" (expected: ${SCOPES.join(", ")}).`,
      );
    }
    if (kind !== undefined && !KIND_SET.has(String(kind))) {
      this.add(
        `Règle ${id} : nature « ${String(kind)} » invalide (attendu : ${KINDS.join(", ")}).`,
        `Rule ${id}: invalid kind "${String(kind)}" (expected: ${KINDS.join(", ")}).`,
      );
    }
  }

  checkMeaning(id: string, meaning: unknown): void {
    const m = meaning as Partial<I18nText> | undefined;
    if (typeof m?.fr !== "string" || typeof m.en !== "string" || m.fr === "" || m.en === "") {
      this.add(`Règle ${id} : description FR/EN manquante.`, `Rule ${id}: FR/EN meaning missing.`);
    }
  }

  checkWords(id: string, words: unknown, what: string, whatEn: string): void {
    if (!Array.isArray(words) || words.length === 0) {
      this.add(`Règle ${id} : liste de ${what} vide.`, `Rule ${id}: empty ${whatEn} list.`);
      return;
    }
    for (const w of words) {
      if (typeof w !== "string" || normalizeText(w) === "") {
        this.add(
          `Règle ${id} : ${what.replace(/s$/, "")} vide ou sans lettre ni chiffre (« ${String(w)} »).`,
          `Rule ${id}: empty ${whatEn.replace(/s$/, "")} or one without letters or digits ("${String(w)}").`,
        );
      }
    }
  }

  /** One problem per id used more than once. */
  checkRepeatedIds(): void {
    for (const [id, n] of this.ids) {
      if (n > 1) this.add(`Identifiant ${id} utilisé ${n} fois.`, `Id ${id} used ${n} times.`);
    }
  }
}

/**
 * Checks a (user-edited, possibly hand-written JSON) rule set: ids present and unique, prefixes made of
 * digits and not repeated within one chart, scopes/kinds/plans valid, word lists not empty, accounts
 * outside class 7 declared as tax-credit accounts. Returns FR/EN problems; empty when fine.
 */
export function validateRules(rules: RuleSet): RuleProblem[] {
  const problems = new Problems();
  if (typeof rules !== "object" || rules === null) {
    problems.add("Le jeu de règles n'est pas un objet.", "The rule set is not an object.");
    return problems.list;
  }
  if (typeof rules.version !== "string" || rules.version.trim() === "") {
    problems.add("Version du jeu de règles manquante.", "Rule set version is missing.");
  }
  const taxCredit = checkTaxCreditAccounts(rules, problems);
  checkAccounts(rules, taxCredit, problems);
  checkWordRules(
    problems,
    rules.keywords,
    (r) => r?.keywords,
    "mots-clés",
    "keywords",
    "mots-clés",
    "keywords",
  );
  checkWordRules(
    problems,
    rules.kindValues,
    (r) => r?.values,
    "valeurs de nature",
    "type values",
    "valeurs",
    "values",
  );
  checkExceptions(rules, problems);
  problems.checkRepeatedIds();
  checkOpFlag(rules, problems);
  return problems.list;
}

/** The tax-credit account list (digits only); returns it, or [] when it is not a list. */
function checkTaxCreditAccounts(rules: RuleSet, problems: Problems): unknown[] {
  const taxCredit = Array.isArray(rules.taxCreditAccounts) ? rules.taxCreditAccounts : [];
  if (!Array.isArray(rules.taxCreditAccounts)) {
    problems.add("Liste des comptes de crédit d'impôt manquante.", "Tax-credit account list is missing.");
  }
  for (const p of taxCredit) {
    if (typeof p !== "string" || !DIGITS_RE.test(p)) {
      problems.add(
        `Compte de crédit d'impôt « ${String(p)} » : chiffres attendus.`,
        `Tax-credit account "${String(p)}": digits expected.`,
      );
    }
  }
  return taxCredit;
}

/** Account rules: prefix, chart, scope/kind, meaning, label overrides. */
function checkAccounts(rules: RuleSet, taxCredit: readonly unknown[], problems: Problems): void {
  const prefixes = new Map<string, ChartPlan[]>();
  const accounts = Array.isArray(rules.accounts) ? rules.accounts : [];
  if (!Array.isArray(rules.accounts))
    problems.add("Liste des comptes manquante.", "Account list is missing.");
  accounts.forEach((r, i) => {
    const id = problems.seeId(r?.id, `Compte n° ${i + 1}`, `Account #${i + 1}`);
    const prefix = r?.prefix;
    if (typeof prefix !== "string" || !DIGITS_RE.test(prefix)) {
      problems.add(
        `Règle ${id} : préfixe de compte « ${String(prefix)} » invalide (chiffres attendus).`,
        `Rule ${id}: invalid account prefix "${String(prefix)}" (digits expected).`,
      );
    } else {
      if (!prefix.startsWith("7") && !taxCredit.some((p) => typeof p === "string" && prefix.startsWith(p))) {
        problems.add(
          `Règle ${id} : le compte ${prefix} est hors classe 7 et n'est pas un compte de crédit d'impôt : la règle ne s'appliquerait jamais.`,
          `Rule ${id}: account ${prefix} is outside class 7 and not a tax-credit account: the rule would never apply.`,
        );
      }
      const plan = r.plan;
      const seen = prefixes.get(prefix) ?? [];
      if (seen.some((p) => p === "both" || plan === "both" || p === plan)) {
        problems.add(
          `Règle ${id} : le préfixe ${prefix} est déjà défini pour le même plan comptable.`,
          `Rule ${id}: prefix ${prefix} is already defined for the same chart.`,
        );
      }
      prefixes.set(prefix, [...seen, plan]);
    }
    if (!PLAN_SET.has(String(r?.plan))) {
      problems.add(
        `Règle ${id} : plan « ${String(r?.plan)} » invalide (attendu : ${CHART_PLANS.join(", ")}).`,
        `Rule ${id}: invalid chart "${String(r?.plan)}" (expected: ${CHART_PLANS.join(", ")}).`,
      );
    }
    problems.checkScopeKind(id, r?.scope, r?.kind, true);
    problems.checkMeaning(id, r?.meaning);
    const overrideIds = new Set<string>();
    for (const o of r?.labelOverrides ?? []) {
      const oid = `${id}:${String(o?.id)}`;
      if (typeof o?.id !== "string" || o.id === "" || overrideIds.has(o.id)) {
        problems.add(
          `Règle ${oid} : identifiant de précision par libellé manquant ou en double.`,
          `Rule ${oid}: label override id missing or duplicated.`,
        );
      } else overrideIds.add(o.id);
      problems.checkScopeKind(oid, o?.scope, o?.kind, true);
      problems.checkWords(oid, o?.keywords, "mots-clés", "keywords");
      problems.checkMeaning(oid, o?.meaning);
    }
  });
}

/** Keyword rules and nature value rules: each decides a scope or a kind, from a non-empty word list. */
function checkWordRules(
  problems: Problems,
  list: unknown,
  wordsOfRule: (r: KeywordRule & ValueRule) => unknown,
  listName: string,
  listNameEn: string,
  what: string,
  whatEn: string,
): void {
  if (!Array.isArray(list)) {
    problems.add(`Liste « ${listName} » manquante.`, `"${listNameEn}" list is missing.`);
    return;
  }
  list.forEach((r: KeywordRule & ValueRule, i) => {
    const id = problems.seeId(r?.id, `${listName} n° ${i + 1}`, `${listNameEn} #${i + 1}`);
    problems.checkScopeKind(id, r?.scope, r?.kind, false);
    if (r?.scope === undefined && r?.kind === undefined) {
      problems.add(
        `Règle ${id} : ni portée ni nature : elle ne décide rien.`,
        `Rule ${id}: neither scope nor kind: it decides nothing.`,
      );
    }
    problems.checkWords(id, wordsOfRule(r), what, whatEn);
    problems.checkMeaning(id, r?.meaning);
  });
}

/**
 * Keyword exceptions (optional): a list of phrases, each holding one of its rule's keywords (else it
 * would except nothing), matched like keywords.
 */
function checkExceptions(rules: RuleSet, problems: Problems): void {
  if (!Array.isArray(rules.keywords)) return;
  rules.keywords.forEach((r, i) => {
    const exceptions: unknown = r?.exceptions;
    if (exceptions === undefined) return;
    const id = typeof r?.id === "string" && r.id !== "" ? r.id : `mots-clés n° ${i + 1}`;
    if (!Array.isArray(exceptions)) {
      problems.add(
        `Règle ${id} : les exceptions ne sont pas une liste.`,
        `Rule ${id}: the exceptions are not a list.`,
      );
      return;
    }
    const index = new PhraseIndex<true>();
    for (const k of Array.isArray(r.keywords) ? r.keywords : []) {
      if (typeof k === "string") index.add(k, true);
    }
    for (const e of exceptions) {
      if (typeof e !== "string" || normalizeText(e) === "") {
        problems.add(
          `Règle ${id} : exception vide ou sans lettre ni chiffre (« ${String(e)} »).`,
          `Rule ${id}: empty exception or one without letters or digits ("${String(e)}").`,
        );
      } else if (index.findAll(wordsOf(e)).length === 0) {
        problems.add(
          `Règle ${id} : l'exception « ${e} » ne contient aucun mot-clé de la règle : elle n'exclurait rien.`,
          `Rule ${id}: the exception "${e}" contains none of the rule's keywords: it would exclude nothing.`,
        );
      }
    }
  });
}

/** OP flag spellings: yes/no lists present, no word in both, no empty word. */
function checkOpFlag(rules: RuleSet, problems: Problems): void {
  const add = (fr: string, en: string): void => problems.add(fr, en);
  const yes = Array.isArray(rules.opFlag?.yes) ? rules.opFlag.yes : null;
  const no = Array.isArray(rules.opFlag?.no) ? rules.opFlag.no : null;
  const marks = rules.opFlag?.marks ?? [];
  if (!Array.isArray(marks)) {
    add(
      "Colonne OP : la liste des marques (X…) n'est pas une liste.",
      "OP column: the marks (X…) are not a list.",
    );
  }
  if (yes === null || no === null) {
    add("Colonne OP : listes oui/non manquantes.", "OP column: yes/no lists missing.");
  } else {
    const key = (w: unknown): string => (typeof w === "string" ? normalizeText(w) || w.trim() : String(w));
    const yesKeys = new Set([...yes, ...(Array.isArray(marks) ? marks : [])].map(key));
    for (const w of no) {
      if (yesKeys.has(key(w))) {
        add(
          `Colonne OP : « ${String(w)} » est à la fois dans oui et dans non.`,
          `OP column: "${String(w)}" is in both yes and no.`,
        );
      }
    }
    for (const w of [...yes, ...no, ...(Array.isArray(marks) ? marks : [])]) {
      if (typeof w !== "string" || w.trim() === "") {
        add(
          "Colonne OP : valeur vide dans les listes oui/non (une cellule vide laisse décider l'étape suivante).",
          "OP column: empty value in the yes/no lists (an empty cell leaves the decision to the next step).",
        );
      }
    }
  }
}
