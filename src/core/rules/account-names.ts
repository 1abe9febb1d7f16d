/**
 * Account names, for charts written in words (QuickBooks and Xero journals: "Sales of Product
 * Income", "Accounts Receivable (A/R)", "Sales Tax Payable"): an account cell without digits names
 * its account. Balance-sheet and expense accounts are not revenue, as 411, 445, 512 and 6xx are in
 * the French chart (SPEC 2.1); the nature and keyword rules give excluded reasons and deductions.
 * Words that may also sit in a revenue account's name ("Ventes TVA 20 %", "Cash Sales") are not
 * listed, or only as weak words.
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
  "checking",
  "savings",
  "bank",
  "banque",
  "undeposited funds",
  "cost of goods sold",
  "cost of sales",
  "retained earnings",
];

/** Words of accounts that are not revenue unless the name also says revenue ("VAT" but not "Ventes TVA 20 %"). */
export const NOT_REVENUE_ACCOUNT_WORDS: readonly string[] = [
  "vat",
  "gst",
  "hst",
  "pst",
  "tva",
  "expense",
  "expenses",
  "purchases",
  "achats",
  "inventory",
  "payroll",
  "wages",
  "salaries",
  "loan",
  "equity",
];

/** Words of a revenue account's name: they keep a weak word from making it not revenue ("Ventes TVA 20 %"). */
export const REVENUE_ACCOUNT_NAMES: readonly string[] = [
  "sales",
  "revenue",
  "revenues",
  "income",
  "turnover",
  "ventes",
  "chiffre d'affaires",
];
