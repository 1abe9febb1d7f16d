/**
 * Sage 50 UK's default chart of nominal codes (its "Sales" range 4000–4999), for an audit trail or a
 * transactions report whose nominal code column is read (fields.ts customerBesideNominal): what each
 * income code is under SPEC 2.1. Codes outside the range are no revenue (1200 bank, 2200 VAT, 7xxx
 * overheads), as accounts outside class 7 are in the French chart.
 */
import { t } from "./i18n";
import type { AccountRule } from "./types";

/** The first digit of Sage 50 UK's income codes. */
export const SAGE50_UK_REVENUE_CLASS = "4";

/** Sage 50 UK's default income nominal codes, as account rules. */
export const SAGE50_UK_NOMINALS: AccountRule[] = [
  {
    id: "uk-40",
    prefix: "40",
    scope: "op",
    plan: "both",
    meaning: t("Ventes (Sales type A, B, C…)", "Sales (type A, B, C…)"),
  },
  {
    id: "uk-4009",
    prefix: "4009",
    scope: "op",
    kind: "discount",
    plan: "both",
    meaning: t("Remises accordées (Discounts allowed)", "Discounts allowed"),
  },
  {
    id: "uk-41",
    prefix: "41",
    scope: "op",
    plan: "both",
    meaning: t("Ventes (Sales type D, E…)", "Sales (type D, E…)"),
  },
  {
    id: "uk-4200",
    prefix: "4200",
    scope: "asset_disposal",
    plan: "both",
    meaning: t("Cessions d'immobilisations (Sales of assets)", "Sales of assets"),
  },
  {
    id: "uk-4400",
    prefix: "4400",
    scope: "financial",
    plan: "both",
    meaning: t("Pénalités de retard facturées (Credit charges)", "Credit charges (late payments)"),
  },
  {
    id: "uk-49",
    prefix: "49",
    scope: "non_core",
    plan: "both",
    meaning: t("Produits divers (Miscellaneous income)", "Miscellaneous income"),
  },
  {
    id: "uk-4901",
    prefix: "4901",
    scope: "to_review",
    plan: "both",
    meaning: t("Redevances reçues (Royalties received) : à vérifier", "Royalties received: to review"),
  },
  {
    id: "uk-4905",
    prefix: "4905",
    scope: "op",
    review: true,
    plan: "both",
    meaning: t("Ports facturés (Distribution and carriage)", "Distribution and carriage billed"),
  },
];

/** The first digit of Xero's default revenue codes (200–299). */
export const XERO_REVENUE_CLASS = "2";

/**
 * Xero's default chart (its documented account codes), for the AccountCode column of Xero's invoice
 * export (fields.ts xeroAccountCode): 200 Sales, 260 Other Revenue, 270 Interest Income. Other codes
 * of the 2xx range are the organisation's own revenue accounts: the label decides, as without an account.
 */
export const XERO_ACCOUNTS: AccountRule[] = [
  {
    id: "xero-200",
    prefix: "200",
    scope: "op",
    plan: "both",
    meaning: t("Ventes (Xero 200 Sales)", "Sales (Xero 200)"),
  },
  {
    id: "xero-260",
    prefix: "260",
    scope: "non_core",
    plan: "both",
    meaning: t("Autres produits (Xero 260 Other Revenue)", "Other revenue (Xero 260)"),
  },
  {
    id: "xero-270",
    prefix: "270",
    scope: "financial",
    plan: "both",
    meaning: t("Produits d'intérêts (Xero 270 Interest Income)", "Interest income (Xero 270)"),
  },
];

/** The first digit of MYOB's income accounts (4-xxxx). */
export const MYOB_REVENUE_CLASS = "4";

/**
 * MYOB AccountRight's chart (its `x-xxxx` account numbers: 1- assets, 2- liabilities, 3- equity, 4-
 * income, 5- cost of sales, 6- expenses, 8- other income, 9- other expenses), for the "Account #"
 * of MYOB's sales exports (fields.ts myobAccount): 4- is its income, never the French class 4; other
 * income (8-, interest and gains) and every other class are no sales.
 */
export const MYOB_ACCOUNTS: AccountRule[] = [
  {
    id: "myob-4",
    prefix: "4",
    scope: "op",
    plan: "both",
    meaning: t("Produits (MYOB 4-xxxx Income)", "Income (MYOB 4-xxxx)"),
  },
];
