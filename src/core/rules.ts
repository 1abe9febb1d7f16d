/**
 * The classification rule set (SPEC 2.1) as data: the French chart of accounts (pre-2025 PCG and the
 * 2025 reform, ANC regulation 2022-06), label keywords, nature-column values and OP-flag spellings.
 * Users edit it in the task pane; it is stored in the workbook as JSON and checked by validateRules.
 */
import { KINDS, SCOPES, type I18nText, type Kind, type Scope } from "./types";
import { normalizeText } from "./text";

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
 * (classify.ts) and passes "non" for its empty cells.
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

/** Shorthand for an I18nText in the tables below. */
function t(fr: string, en: string): I18nText {
  return { fr, en };
}

/** Tax-credit words that turn a 74/75 line into a tax credit. */
const TAX_CREDIT_WORDS = ["crédit d'impôt", "crédit impôt", "CIR", "CII", "CICE", "tax credit"];

const CIR_OVERRIDE: LabelOverride = {
  id: "cir",
  keywords: TAX_CREDIT_WORDS,
  scope: "tax_credit",
  meaning: t(
    "Crédit d'impôt (CIR, CII…) comptabilisé en subvention ou autre produit",
    "Tax credit (research, innovation…) booked as subsidy or other income",
  ),
};

const REBILLING_OVERRIDE: LabelOverride = {
  id: "refacturation",
  keywords: [
    "refacturation",
    "refacturé",
    "refacturée",
    "re-billed",
    "rebilled",
    "re-billing",
    "re-invoiced",
  ],
  scope: "to_review",
  meaning: t(
    "Refacturation de frais (PCG 2025 : en 708) : à vérifier",
    "Re-billed costs (2025 chart: in 708): to review",
  ),
};

/** The SPEC 2.1 item 4 account table, both charts. */
const ACCOUNTS: AccountRule[] = [
  {
    id: "pcg-701",
    prefix: "701",
    scope: "op",
    plan: "both",
    meaning: t("Ventes de produits finis", "Sales of finished products"),
  },
  {
    id: "pcg-702",
    prefix: "702",
    scope: "op",
    plan: "both",
    meaning: t("Ventes de produits intermédiaires", "Sales of intermediate products"),
  },
  {
    id: "pcg-703",
    prefix: "703",
    scope: "op",
    plan: "both",
    meaning: t("Ventes de produits résiduels", "Sales of residual products"),
  },
  { id: "pcg-704", prefix: "704", scope: "op", plan: "both", meaning: t("Travaux", "Works") },
  { id: "pcg-705", prefix: "705", scope: "op", plan: "both", meaning: t("Études", "Studies") },
  {
    id: "pcg-706",
    prefix: "706",
    scope: "op",
    plan: "both",
    meaning: t("Prestations de services", "Services"),
  },
  {
    id: "pcg-707",
    prefix: "707",
    scope: "op",
    plan: "both",
    meaning: t("Ventes de marchandises", "Sales of goods"),
  },
  {
    id: "pcg-708",
    prefix: "708",
    scope: "op",
    review: true,
    plan: "both",
    meaning: t(
      "Produits des activités annexes (7081–7088 ; depuis 2025 aussi les refacturations de frais)",
      "Ancillary activities (7081–7088; since 2025 also re-billed costs)",
    ),
    labelOverrides: [REBILLING_OVERRIDE],
  },
  {
    id: "pcg-7085",
    prefix: "7085",
    scope: "op",
    review: true,
    plan: "both",
    meaning: t("Ports et frais accessoires facturés", "Shipping and incidental costs billed"),
  },
  {
    id: "pcg-709",
    prefix: "709",
    scope: "op",
    kind: "discount",
    kindFromLabel: true,
    plan: "both",
    meaning: t(
      "Rabais, remises et ristournes accordés (nature selon le libellé)",
      "Discounts, rebates and returns granted (kind from the label)",
    ),
  },
  {
    id: "pcg-71",
    prefix: "71",
    scope: "non_core",
    plan: "both",
    meaning: t("Production stockée (ou déstockage)", "Change in stored production"),
  },
  {
    id: "pcg-72",
    prefix: "72",
    scope: "non_core",
    plan: "both",
    meaning: t("Production immobilisée", "Capitalised production"),
  },
  {
    id: "pcg-74",
    prefix: "74",
    scope: "subsidy",
    plan: "both",
    meaning: t("Subventions d'exploitation", "Operating subsidies"),
    labelOverrides: [CIR_OVERRIDE],
  },
  {
    id: "pcg-747",
    prefix: "747",
    scope: "subsidy",
    plan: "pcg2025",
    meaning: t(
      "Quote-part des subventions d'investissement virée au résultat (PCG 2025)",
      "Investment subsidies released to income (2025 chart)",
    ),
  },
  {
    id: "pcg-75",
    prefix: "75",
    scope: "non_core",
    plan: "both",
    meaning: t("Autres produits de gestion courante", "Other operating income"),
    labelOverrides: [CIR_OVERRIDE],
  },
  {
    id: "pcg-751",
    prefix: "751",
    scope: "to_review",
    plan: "both",
    meaning: t(
      "Redevances pour concessions, brevets, licences : peut relever du cœur de métier",
      "Royalties for concessions, patents, licences: may be core business",
    ),
  },
  {
    id: "pcg-757",
    prefix: "757",
    scope: "asset_disposal",
    plan: "pcg2025",
    meaning: t(
      "Produits des cessions d'immobilisations incorporelles et corporelles (PCG 2025)",
      "Disposals of intangible and tangible fixed assets (2025 chart)",
    ),
  },
  {
    id: "pcg-758",
    prefix: "758",
    scope: "non_core",
    plan: "both",
    meaning: t("Produits divers de gestion courante", "Miscellaneous operating income"),
  },
  {
    id: "pcg-7587",
    prefix: "7587",
    scope: "subsidy",
    plan: "pcg2025",
    meaning: t("Indemnités d'assurance (PCG 2025)", "Insurance indemnities (2025 chart)"),
  },
  {
    id: "pcg-76",
    prefix: "76",
    scope: "financial",
    plan: "both",
    meaning: t("Produits financiers", "Financial income"),
  },
  {
    id: "pcg-767",
    prefix: "767",
    scope: "financial",
    plan: "both",
    meaning: t(
      "Produits nets sur cessions d'actifs financiers",
      "Net gains on disposals of financial assets",
    ),
  },
  {
    id: "pcg-77",
    prefix: "77",
    scope: "exceptional",
    plan: "both",
    meaning: t(
      "Produits exceptionnels (bien plus étroits depuis 2025)",
      "Exceptional income (much narrower since 2025)",
    ),
  },
  {
    id: "pcg-775",
    prefix: "775",
    scope: "asset_disposal",
    plan: "pre2025",
    meaning: t(
      "Produits des cessions d'éléments d'actif (avant 2025)",
      "Proceeds from disposals of assets (before 2025)",
    ),
  },
  {
    id: "pcg-777",
    prefix: "777",
    scope: "subsidy",
    plan: "pre2025",
    meaning: t(
      "Quote-part des subventions d'investissement virée au résultat (avant 2025)",
      "Investment subsidies released to income (before 2025)",
    ),
  },
  {
    id: "pcg-78",
    prefix: "78",
    scope: "non_core",
    plan: "both",
    meaning: t(
      "Reprises sur amortissements, dépréciations et provisions",
      "Reversals of depreciation, impairment and provisions",
    ),
  },
  {
    id: "pcg-79",
    prefix: "79",
    scope: "non_core",
    plan: "pre2025",
    meaning: t("Transferts de charges (avant 2025)", "Expense transfers (before 2025)"),
  },
  {
    id: "pcg-791",
    prefix: "791",
    scope: "non_core",
    plan: "pre2025",
    meaning: t("Transferts de charges d'exploitation", "Operating expense transfers"),
  },
  {
    id: "pcg-796",
    prefix: "796",
    scope: "non_core",
    plan: "pre2025",
    meaning: t("Transferts de charges financières", "Financial expense transfers"),
  },
  {
    id: "pcg-797",
    prefix: "797",
    scope: "non_core",
    plan: "pre2025",
    meaning: t("Transferts de charges exceptionnelles", "Exceptional expense transfers"),
  },
  {
    id: "pcg-695",
    prefix: "695",
    scope: "tax_credit",
    plan: "both",
    meaning: t(
      "Impôt sur les bénéfices : crédits d'impôt imputés (CIR, CII…)",
      "Income tax: tax credits booked against it (research, innovation…)",
    ),
  },
  {
    id: "pcg-699",
    prefix: "699",
    scope: "tax_credit",
    plan: "both",
    meaning: t(
      "Produits d'impôt : crédits d'impôt, report en arrière des déficits",
      "Tax income: tax credits, loss carry-back",
    ),
  },
];

/** SPEC 2.1 item 5: label keywords, FR and EN. Order matters (see KeywordRule). */
const KEYWORDS: KeywordRule[] = [
  {
    id: "kw-tax-credit",
    scope: "tax_credit",
    keywords: TAX_CREDIT_WORDS,
    meaning: t("Crédit d'impôt", "Tax credit"),
  },
  // Words that are an asset in any label (terrain, entrepôt, brevet, land…) stand alone; assets that
  // are also core business for some companies (bâtiment for builders, immeuble for property managers,
  // machine and équipement for their sellers, building) count only after a sale word:
  // "Vente machine" is a disposal, "Machine à café" or "Travaux bâtiment" is not.
  {
    id: "kw-asset-disposal",
    scope: "asset_disposal",
    keywords: [
      "cession",
      "terrain",
      "vente d'actif",
      "vente d'immobilisation",
      "immobilisation",
      "entrepôt",
      "brevet",
      "vente bâtiment",
      "vente immeuble",
      "vente machine",
      "vente équipement",
      "sale of asset",
      "asset sale",
      "asset disposal",
      "disposal of asset",
      "disposal of fixed asset",
      "fixed asset",
      "land",
      "sale of building",
      "building sale",
      "sale of warehouse",
      "warehouse sale",
      "sale of patent",
      "patent sale",
      "sale of machine",
      "machine sale",
      "sale of machinery",
      "machinery sale",
      "sale of equipment",
      "equipment sale",
    ],
    meaning: t(
      "Cession d'actif (terrain, bâtiment, entrepôt, brevet, machine)",
      "Asset disposal (land, building, warehouse, patent, machine)",
    ),
  },
  {
    id: "kw-subsidy",
    scope: "subsidy",
    keywords: [
      "subvention",
      "indemnité",
      "indemnisation",
      "aide publique",
      "aide de l'État",
      "aide d'État",
      "aide à l'embauche",
      "aide à l'emploi",
      "aide régionale",
      "grant",
      "subsidy",
      "subsidies",
      "indemnity",
      "indemnities",
    ],
    meaning: t("Subvention ou indemnité (assurance, litige)", "Subsidy or indemnity (insurance, litigation)"),
  },
  {
    id: "kw-financial",
    scope: "financial",
    keywords: [
      "intérêt",
      "intérêts",
      "produit d'intérêt",
      "dividende",
      "placement financier",
      "produit de placement",
      "revenu de placement",
      "produit financier",
      "gain de change",
      "interest",
      "dividend",
      "FX gain",
      "exchange gain",
      "investment income",
      "financial income",
    ],
    meaning: t(
      "Produit financier (intérêts, dividendes, placements, gains de change)",
      "Financial income (interest, dividends, investments, FX gains)",
    ),
  },
  {
    id: "kw-exceptional",
    scope: "exceptional",
    keywords: [
      "plus-value",
      "litige",
      "exceptionnel",
      "opération exceptionnelle",
      "produit exceptionnel",
      "capital gain",
      "litigation",
      "legal settlement",
      "one-off",
    ],
    meaning: t(
      "Opération exceptionnelle (plus-value, litige)",
      "Exceptional item (capital gain, litigation settlement)",
    ),
  },
  {
    id: "kw-rebate",
    scope: "op",
    kind: "rebate",
    keywords: ["rabais", "ristourne", "remise de fin d'année", "RFA", "rebate"],
    meaning: t("Rabais, ristourne (déduction)", "Rebate (deduction)"),
  },
  {
    id: "kw-discount",
    scope: "op",
    kind: "discount",
    keywords: ["remise", "discount"],
    meaning: t("Remise (déduction)", "Discount (deduction)"),
  },
  {
    id: "kw-return",
    scope: "op",
    kind: "return",
    keywords: [
      "retour",
      "avoir",
      "annulation",
      "annulé",
      "annulée",
      "return",
      "credit note",
      "refund",
      "cancellation",
      "cancelled",
      "canceled",
    ],
    meaning: t("Retour, avoir, annulation (déduction)", "Return, credit note, cancellation (deduction)"),
  },
  {
    id: "kw-sale",
    scope: "op",
    kind: "sale",
    keywords: ["vente", "facture", "abonnement", "prestation", "sale", "invoice", "subscription"],
    meaning: t("Vente du cœur de métier", "Core-business sale"),
  },
];

/**
 * Nature/type column values, FR and EN. A nature value is also matched against the label keywords
 * (KEYWORDS): excluded reasons, then deductions, then sales, these values first within each group.
 */
const KIND_VALUES: ValueRule[] = [
  {
    id: "val-tax-credit",
    scope: "tax_credit",
    values: ["crédit d'impôt", "CIR", "CII", "CICE", "tax credit"],
    meaning: t("Crédit d'impôt", "Tax credit"),
  },
  {
    id: "val-asset-disposal",
    scope: "asset_disposal",
    values: ["cession", "cession d'actif", "disposal", "asset disposal", "asset sale"],
    meaning: t("Cession d'actif", "Asset disposal"),
  },
  {
    id: "val-subsidy",
    scope: "subsidy",
    values: ["subvention", "indemnité", "subsidy", "grant", "indemnity"],
    meaning: t("Subvention / indemnité", "Subsidy / indemnity"),
  },
  {
    id: "val-financial",
    scope: "financial",
    values: ["produit financier", "intérêt", "intérêts", "dividende", "financial", "interest", "dividend"],
    meaning: t("Produit financier", "Financial income"),
  },
  {
    id: "val-exceptional",
    scope: "exceptional",
    values: ["exceptionnel", "exceptionnelle", "plus-value", "exceptional", "one-off"],
    meaning: t("Exceptionnel", "Exceptional"),
  },
  {
    id: "val-non-core",
    scope: "non_core",
    values: [
      "hors activité",
      "hors cœur de métier",
      "hors OP",
      "non OP",
      "non core",
      "not core",
      "other income",
    ],
    meaning: t("Hors cœur de métier", "Non-core"),
  },
  {
    id: "val-rebate",
    scope: "op",
    kind: "rebate",
    values: ["rabais", "ristourne", "RFA", "remise de fin d'année", "rebate"],
    meaning: t("Rabais / ristourne", "Rebate"),
  },
  {
    id: "val-discount",
    scope: "op",
    kind: "discount",
    values: ["remise", "discount"],
    meaning: t("Remise", "Discount"),
  },
  {
    id: "val-return",
    scope: "op",
    kind: "return",
    values: [
      "retour",
      "annulation",
      "annulé",
      "annulée",
      "avoir",
      "return",
      "credit note",
      "refund",
      "cancellation",
      "cancelled",
      "canceled",
    ],
    meaning: t("Retour / annulation / avoir", "Return / cancellation / credit note"),
  },
  {
    id: "val-sale",
    scope: "op",
    kind: "sale",
    values: [
      "vente",
      "sale",
      "facture",
      "invoice",
      "abonnement",
      "subscription",
      "licence",
      "license",
      "prestation",
      "service",
    ],
    meaning: t("Vente", "Sale"),
  },
];

/** The default rule set shipped with the add-in. */
export const DEFAULT_RULES: RuleSet = {
  version: "2025.1",
  accounts: ACCOUNTS,
  keywords: KEYWORDS,
  kindValues: KIND_VALUES,
  opFlag: {
    yes: ["OP", "oui", "o", "yes", "y", "1", "vrai", "true", "x", "✓", "✔", "☑"],
    no: ["non", "n", "no", "0", "faux", "false", "hors OP", "non OP", "not OP", "exclu", "excluded"],
    marks: [...DEFAULT_OP_FLAG_MARKS],
  },
  taxCreditAccounts: ["695", "699"],
};

/** One problem in a rule set, in both languages. */
export interface RuleProblem {
  fr: string;
  en: string;
}

const DIGITS_RE = /^[0-9]+$/;
const SCOPE_SET: ReadonlySet<string> = new Set(SCOPES);
const KIND_SET: ReadonlySet<string> = new Set(KINDS);
const PLAN_SET: ReadonlySet<string> = new Set(CHART_PLANS);

/**
 * Checks a (user-edited, possibly hand-written JSON) rule set: ids present and unique, prefixes made of
 * digits and not repeated within one chart, scopes/kinds/plans valid, word lists not empty, accounts
 * outside class 7 declared as tax-credit accounts. Returns FR/EN problems; empty when fine.
 */
export function validateRules(rules: RuleSet): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const add = (fr: string, en: string): void => {
    problems.push({ fr, en });
  };
  if (typeof rules !== "object" || rules === null) {
    add("Le jeu de règles n'est pas un objet.", "The rule set is not an object.");
    return problems;
  }
  if (typeof rules.version !== "string" || rules.version.trim() === "") {
    add("Version du jeu de règles manquante.", "Rule set version is missing.");
  }
  const ids = new Map<string, number>();
  const seeId = (id: unknown, where: string, whereEn: string): string => {
    if (typeof id !== "string" || id.trim() === "") {
      add(`${where} : identifiant manquant.`, `${whereEn}: missing id.`);
      return where;
    }
    ids.set(id, (ids.get(id) ?? 0) + 1);
    return id;
  };
  const checkScopeKind = (id: string, scope: unknown, kind: unknown, scopeRequired: boolean): void => {
    if (scope === undefined ? scopeRequired : !SCOPE_SET.has(String(scope))) {
      add(
        `Règle ${id} : portée « ${String(scope)} » invalide (attendu : ${SCOPES.join(", ")}).`,
        `Rule ${id}: invalid scope "${String(scope)}" (expected: ${SCOPES.join(", ")}).`,
      );
    }
    if (kind !== undefined && !KIND_SET.has(String(kind))) {
      add(
        `Règle ${id} : nature « ${String(kind)} » invalide (attendu : ${KINDS.join(", ")}).`,
        `Rule ${id}: invalid kind "${String(kind)}" (expected: ${KINDS.join(", ")}).`,
      );
    }
  };
  const checkMeaning = (id: string, meaning: unknown): void => {
    const m = meaning as Partial<I18nText> | undefined;
    if (typeof m?.fr !== "string" || typeof m.en !== "string" || m.fr === "" || m.en === "") {
      add(`Règle ${id} : description FR/EN manquante.`, `Rule ${id}: FR/EN meaning missing.`);
    }
  };
  const checkWords = (id: string, words: unknown, what: string, whatEn: string): void => {
    if (!Array.isArray(words) || words.length === 0) {
      add(`Règle ${id} : liste de ${what} vide.`, `Rule ${id}: empty ${whatEn} list.`);
      return;
    }
    for (const w of words) {
      if (typeof w !== "string" || normalizeText(w) === "") {
        add(
          `Règle ${id} : ${what.replace(/s$/, "")} vide ou sans lettre ni chiffre (« ${String(w)} »).`,
          `Rule ${id}: empty ${whatEn.replace(/s$/, "")} or one without letters or digits ("${String(w)}").`,
        );
      }
    }
  };

  const taxCredit = Array.isArray(rules.taxCreditAccounts) ? rules.taxCreditAccounts : [];
  if (!Array.isArray(rules.taxCreditAccounts)) {
    add("Liste des comptes de crédit d'impôt manquante.", "Tax-credit account list is missing.");
  }
  for (const p of taxCredit) {
    if (typeof p !== "string" || !DIGITS_RE.test(p)) {
      add(
        `Compte de crédit d'impôt « ${String(p)} » : chiffres attendus.`,
        `Tax-credit account "${String(p)}": digits expected.`,
      );
    }
  }

  const prefixes = new Map<string, ChartPlan[]>();
  const accounts = Array.isArray(rules.accounts) ? rules.accounts : [];
  if (!Array.isArray(rules.accounts)) add("Liste des comptes manquante.", "Account list is missing.");
  accounts.forEach((r, i) => {
    const id = seeId(r?.id, `Compte n° ${i + 1}`, `Account #${i + 1}`);
    const prefix = r?.prefix;
    if (typeof prefix !== "string" || !DIGITS_RE.test(prefix)) {
      add(
        `Règle ${id} : préfixe de compte « ${String(prefix)} » invalide (chiffres attendus).`,
        `Rule ${id}: invalid account prefix "${String(prefix)}" (digits expected).`,
      );
    } else {
      if (!prefix.startsWith("7") && !taxCredit.some((p) => typeof p === "string" && prefix.startsWith(p))) {
        add(
          `Règle ${id} : le compte ${prefix} est hors classe 7 et n'est pas un compte de crédit d'impôt : la règle ne s'appliquerait jamais.`,
          `Rule ${id}: account ${prefix} is outside class 7 and not a tax-credit account: the rule would never apply.`,
        );
      }
      const plan = r.plan;
      const seen = prefixes.get(prefix) ?? [];
      if (seen.some((p) => p === "both" || plan === "both" || p === plan)) {
        add(
          `Règle ${id} : le préfixe ${prefix} est déjà défini pour le même plan comptable.`,
          `Rule ${id}: prefix ${prefix} is already defined for the same chart.`,
        );
      }
      prefixes.set(prefix, [...seen, plan]);
    }
    if (!PLAN_SET.has(String(r?.plan))) {
      add(
        `Règle ${id} : plan « ${String(r?.plan)} » invalide (attendu : ${CHART_PLANS.join(", ")}).`,
        `Rule ${id}: invalid chart "${String(r?.plan)}" (expected: ${CHART_PLANS.join(", ")}).`,
      );
    }
    checkScopeKind(id, r?.scope, r?.kind, true);
    checkMeaning(id, r?.meaning);
    const overrideIds = new Set<string>();
    for (const o of r?.labelOverrides ?? []) {
      const oid = `${id}:${String(o?.id)}`;
      if (typeof o?.id !== "string" || o.id === "" || overrideIds.has(o.id)) {
        add(
          `Règle ${oid} : identifiant de précision par libellé manquant ou en double.`,
          `Rule ${oid}: label override id missing or duplicated.`,
        );
      } else overrideIds.add(o.id);
      checkScopeKind(oid, o?.scope, o?.kind, true);
      checkWords(oid, o?.keywords, "mots-clés", "keywords");
      checkMeaning(oid, o?.meaning);
    }
  });

  const checkWordRules = (
    list: unknown,
    wordsOfRule: (r: KeywordRule & ValueRule) => unknown,
    listName: string,
    listNameEn: string,
    what: string,
    whatEn: string,
  ): void => {
    if (!Array.isArray(list)) {
      add(`Liste « ${listName} » manquante.`, `"${listNameEn}" list is missing.`);
      return;
    }
    list.forEach((r: KeywordRule & ValueRule, i) => {
      const id = seeId(r?.id, `${listName} n° ${i + 1}`, `${listNameEn} #${i + 1}`);
      checkScopeKind(id, r?.scope, r?.kind, false);
      if (r?.scope === undefined && r?.kind === undefined) {
        add(
          `Règle ${id} : ni portée ni nature : elle ne décide rien.`,
          `Rule ${id}: neither scope nor kind: it decides nothing.`,
        );
      }
      checkWords(id, wordsOfRule(r), what, whatEn);
      checkMeaning(id, r?.meaning);
    });
  };
  checkWordRules(rules.keywords, (r) => r?.keywords, "mots-clés", "keywords", "mots-clés", "keywords");
  checkWordRules(rules.kindValues, (r) => r?.values, "valeurs de nature", "type values", "valeurs", "values");

  for (const [id, n] of ids) {
    if (n > 1) add(`Identifiant ${id} utilisé ${n} fois.`, `Id ${id} used ${n} times.`);
  }

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
  return problems;
}
