/** SPEC 2.1 item 4: the account rules of the French chart (pre-2025 PCG and the 2025 reform) as data. */
import { t } from "./i18n";
import type { AccountRule, LabelOverride } from "./types";

/** Tax-credit words that turn a 74/75 line into a tax credit. */
export const TAX_CREDIT_WORDS = ["crédit d'impôt", "crédit impôt", "CIR", "CII", "CICE", "tax credit"];

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
export const ACCOUNTS: AccountRule[] = [
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
    // Not in the PCG: the Belgian PCMN's sales account "700 Ventes et prestations de services".
    id: "pcg-700",
    prefix: "700",
    scope: "op",
    plan: "both",
    meaning: t(
      "Ventes et prestations (compte 700, hors PCG : PCMN belge)",
      "Sales and services (account 700, not in the PCG: Belgian PCMN)",
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
    // Not in the PCG: the Belgian (PCMN: members' dues, gifts, legacies, subsidies of non-profits) and
    // Luxembourg (PCN: reversals of value adjustments) charts' class 73, never sales.
    id: "pcg-73",
    prefix: "73",
    scope: "non_core",
    plan: "both",
    meaning: t(
      "Classe 73 (hors PCG ; PCMN belge : cotisations, dons, legs, subsides ; PCN luxembourgeois : reprises ; plan ESSMS : dotations et forfaits 731–733, 735)",
      "Class 73 (not in the PCG; Belgian PCMN: dues, gifts, legacies, subsidies; Luxembourg PCN: reversals; ESSMS chart: dotations and flat fees 731–733, 735)",
    ),
  },
  {
    // The ESSMS chart (M22, médico-social bodies): 734 "Produits à la charge des usagers", the price
    // of a resident's stay paid by the resident (7341 hébergement, 7342 dépendance): the body's core
    // sale, counted and shown for review (the PCMN's and PCN's class 73 above are no sales). Its 731–
    // 733 and 735 (dotations and forfaits of the ARS, the département, the State) stay uncounted.
    id: "essms-7341",
    prefix: "7341",
    scope: "op",
    review: true,
    plan: "both",
    meaning: t(
      "Produits de la tarification à la charge des usagers (plan ESSMS M22 : hébergement, dépendance) : le prix du séjour payé par le résident",
      "Pricing income paid by the residents (ESSMS chart M22: accommodation, dependency care): the price of the stay paid by the resident",
    ),
  },
  {
    // 7342 dépendance, as 7341 hébergement (not 734 whole: the PCN's 734 is a reversal of value corrections).
    id: "essms-7342",
    prefix: "7342",
    scope: "op",
    review: true,
    plan: "both",
    meaning: t(
      "Produits de la tarification à la charge des usagers (plan ESSMS M22 : hébergement, dépendance) : le prix du séjour payé par le résident",
      "Pricing income paid by the residents (ESSMS chart M22: accommodation, dependency care): the price of the stay paid by the resident",
    ),
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
