/**
 * Account names, for journals whose charts are written in words (QuickBooks, Xero, Sage 50 UK:
 * "Sales of Product Income", "Accounts Receivable (A/R)", "Debtors Control Account", "VAT on
 * Sales"): an account cell without digits names its account. Balance-sheet and expense accounts
 * are not revenue, as 411, 445, 512 and 6xx are in the French chart (SPEC 2.1); the nature and
 * keyword rules give excluded reasons and deductions. Read so only in a journal (debit/credit or
 * amount/direction): in a sales list the same column may name customers ("Banque Populaire").
 */

/** Names of accounts that are never revenue, whatever else the name says ("Sales Tax Payable"). */
export const NOT_REVENUE_ACCOUNT_NAMES: readonly string[] = [
  "accounts receivable",
  "receivable",
  "receivables",
  "a/r",
  "accounts payable",
  "payable",
  "payables",
  "a/p",
  "sales tax",
  // Output VAT as English charts name it (Business Central's "Sales VAT 20 %"), not "Ventes TVA 20 %".
  "sales vat",
  "sales gst",
  "output vat",
  // Revenue billed ahead, a liability (PCG 487): not the year's sales.
  "deferred revenue",
  "deferred income",
  "unearned revenue",
  "produits constatés d'avance",
  "compte courant",
  "debtors",
  "creditors",
  "checking",
  "savings",
  "current account",
  "bank",
  "banque",
  "undeposited funds",
  "cost of goods sold",
  "cost of sales",
  "retained earnings",
];

/** Tax words that make an account not revenue when its name starts with them ("TVA sur ventes", not "Ventes TVA 20 %"). */
export const TAX_ACCOUNT_WORDS: readonly string[] = [
  "vat",
  "tva",
  "gst",
  "hst",
  "pst",
  "tax",
  "taxe",
  "taxes",
];

/** Words of accounts that are not revenue unless the name also says revenue ("Cash" but not "Cash Sales"). */
export const NOT_REVENUE_ACCOUNT_WORDS: readonly string[] = [
  ...TAX_ACCOUNT_WORDS,
  "cash",
  "caisse",
  "clients",
  "client",
  "customers",
  "fournisseurs",
  "suppliers",
  "expense",
  "expenses",
  "charges",
  "purchases",
  "achats",
  "inventory",
  "stock",
  "payroll",
  "wages",
  "salaries",
  "loan",
  "equity",
  // QuickBooks' default chart of accounts names expense, asset and card accounts so ("Advertising",
  // "Office Supplies", "Rent or Lease", "Truck", "Mastercard"); "Shipping income" stays revenue.
  "advertising",
  "supplies",
  "utilities",
  "depreciation",
  "insurance",
  "travel",
  "rent",
  "lease",
  "legal",
  "professional fees",
  "meals",
  "entertainment",
  "commissions",
  "dues",
  "repair",
  "repairs",
  "maintenance",
  "stationery",
  "printing",
  "automobile",
  "fuel",
  "equipment",
  "furniture",
  "vehicle",
  "vehicles",
  "truck",
  "penalties",
  "settlements",
  "miscellaneous",
  "uncategorized",
  "asset",
  "assets",
  "prepaid",
  "accumulated",
  "original cost",
  "mastercard",
  "visa",
  "credit card",
  "bad debts",
  "contractors",
];

/**
 * Words of a revenue account's name: they keep a weak word from making it not revenue ("Ventes TVA
 * 20 %"); the PCG check (account-chart.ts) finds a foreign chart's sales accounts by them.
 */
export const REVENUE_ACCOUNT_NAMES: readonly string[] = [
  "sales",
  "sale",
  "revenue",
  "revenues",
  "income",
  "turnover",
  "ventes",
  "vente",
  "chiffre d'affaires",
  "produits",
];
