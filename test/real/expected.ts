/**
 * The accountant's expected figures for the real-export fixtures (test/fixtures/real), written from
 * SPEC 2.1, 2.2 and 9 before the engine handles them (issue 9). Money is the CLI JSON string (SPEC 9:
 * at least two decimals, exact). The oracle (oracle.ts) recomputes these totals from a per-line
 * annotation; real-exports.test.ts checks compute() and the CLI against them.
 *
 * Diagnostic codes not yet in src/core/diagnostics.ts are the SPEC words: conflict, sign_convention,
 * net_amount, row_rebuilt, row_unusable, two_digit_year, debit_and_credit, montant_sens_negative.
 * `reading` is the proposed JSON `reading` object of `caop compute --json` (see ExpectedReading).
 */
import type { DeductionKind, ExcludedReason } from "../../src/core/types";

/** How the data was read, as `caop compute --json` should report it in `reading` (issue 9, item 1). */
export interface ExpectedReading {
  /** Amount column header → decimal mark proven by its data. */
  decimal?: Record<string, "." | ",">;
  /** Header of the column used as the sales date (also `mapping.date`). */
  date?: string;
  /** Date columns seen but not used as the sales date. */
  date_unused?: string[];
  /** The discount column read as a rate or as an amount. */
  discount?: { column: string; as: "rate" | "amount" };
  /** The amount column read as net (already after discount) or gross. */
  amount?: { column: string; is: "net" | "gross" };
  /** Document-type column whose credit-note lines are all positive (unsigned export): they subtract. */
  credit_notes?: { column: string; unsigned: boolean };
}

/** A diagnostic that must be present (only the stated keys are compared). */
export interface ExpectedDiagnostic {
  code: string;
  row?: number;
  column?: string;
}

export interface Expected {
  /** File line of the header when title rows sit above it (default: line 1). */
  headerRow?: number;
  /** File name in test/fixtures/real. */
  file: string;
  /** The pattern of issue 9 / SPEC 2.1–2.2 it stands for. */
  pattern: string;
  caop: string;
  gross_sales: string;
  deductions: Record<DeductionKind, string>;
  /** Non-zero excluded reasons only; the others are expected at count 0, amount "0.00". */
  excluded: Partial<Record<ExcludedReason, { count: number; amount: string }>>;
  /** amount only where no rate/net split is involved. */
  to_review: { count: number; amount?: string };
  /** Lines left out (unusable rows); compared only when stated. */
  ignored?: { count: number; amount?: string };
  /** Months (period → caop), compared only when stated. */
  months?: Record<string, string>;
  reading?: ExpectedReading;
  diagnostics?: ExpectedDiagnostic[];
  /** When true, no diagnostic code other than those listed may appear. */
  onlyListedDiagnostics?: boolean;
}

const NO_DED = { discount: "0.00", rebate: "0.00", return: "0.00" };

export const EXPECTED: Expected[] = [
  {
    // Sales proves "." (261.96, 957.5775): 22.368 is 22.368. Order Date, not Ship Date, is the sales
    // date (8/27/2014 proves mm/dd in that column). Discount holds rates (0, 0.2, 0.45): never euros.
    // Sales in this dataset is after discount (957.5775 = 5 × 348.21 × 0.55); without a unit price the
    // data cannot prove net vs gross, so the reading is diagnosed (net_amount on Sales) and the amount
    // is read as net, never reduced a second time. LEAD DECISION (issue 9, phase 2): gross = net /
    // (1 − rate) is not exact (e.g. / 0.85, SPEC 2.2 "exact"), so no discount amount is derived from a
    // rate on a net amount: gross_sales = Σ net = CA OP, discount 0.00, and the net_amount diagnostic
    // says the rates were not deducted because the amount is already net.
    // No account, no nature, no keyword in product names: every line is "à vérifier" (SPEC 2.1 step 6).
    file: "us-superstore.csv",
    pattern: "1. US superstore: '.' decimals, two date columns, rate discount, net amount",
    caop: "2061.4375",
    gross_sales: "2061.4375",
    deductions: NO_DED,
    excluded: {},
    to_review: { count: 8 },
    reading: {
      decimal: { Sales: "." },
      date: "Order Date",
      date_unused: ["Ship Date"],
      discount: { column: "Discount", as: "rate" },
      amount: { column: "Sales", is: "net" },
    },
    diagnostics: [{ code: "net_amount", column: "Sales" }],
  },
  {
    // Sign rule: on 706, a positive line stays a sale whatever its label ("remise à niveau",
    // "aller-retour", "remise en état"); the negative "Avoir" line reduces revenue → return 200;
    // 709 is a discount whatever the sign.
    file: "montant-ht-sign-rule.csv",
    pattern: "2. sales account + deduction words: sign rule",
    caop: "2620.00",
    gross_sales: "2870.00",
    deductions: { discount: "50.00", rebate: "0.00", return: "200.00" },
    excluded: {},
    to_review: { count: 0, amount: "0.00" },
    reading: { decimal: { "Montant HT": "," } },
  },
  {
    // Sage journal: amount = credit − debit; 709 debits are deductions shown as positive figures.
    // 411 and 445 lines are not revenue (one summary diagnostic).
    file: "sage-debit-credit.csv",
    pattern: "3. Débit/Crédit ledger with 709 debits",
    caop: "2500.00",
    gross_sales: "3200.00",
    deductions: { discount: "200.00", rebate: "350.00", return: "150.00" },
    excluded: {},
    to_review: { count: 0, amount: "0.00" },
    diagnostics: [{ code: "not_revenue", row: 0 }],
  },
  {
    // Type pièce is a document type, not a nature: the account decides (775 → asset disposal,
    // 740 → subsidy). Its Avoir lines are all positive (unsigned export): they subtract as returns,
    // the second one with no deduction word in its label.
    file: "type-piece-unsigned.csv",
    pattern: "4. Type pièce Facture/Avoir, account beats it, unsigned credit notes",
    caop: "6525.00",
    gross_sales: "6950.00",
    deductions: { discount: "0.00", rebate: "0.00", return: "425.00" },
    excluded: {
      asset_disposal: { count: 1, amount: "6000.00" },
      subsidy: { count: 1, amount: "10000.00" },
    },
    to_review: { count: 0, amount: "0.00" },
    reading: { credit_notes: { column: "Type pièce", unsigned: true } },
  },
  {
    // Qté × PU HT − Remise = Montant HT on every line with a discount: the amount is proven net,
    // gross = 1 669,40, discounts 102,94, never reduced again. No account or keyword: à vérifier.
    file: "qte-pu-remise-net.csv",
    pattern: "5. Qté;PU HT;Remise;Montant HT, net proven",
    caop: "1566.46",
    gross_sales: "1669.40",
    deductions: { discount: "102.94", rebate: "0.00", return: "0.00" },
    excluded: {},
    to_review: { count: 4 },
    reading: { discount: { column: "Remise", as: "amount" }, amount: { column: "Montant HT", is: "net" } },
  },
  {
    // "10 %" is a rate: deduction = rate × Qté × PU HT; Montant HT = gross × (1 − rate) proves net.
    file: "qte-pu-remise-taux.csv",
    pattern: "70. Qté;PU HT;Remise;Montant HT with % rates",
    caop: "1799.50",
    gross_sales: "1930.00",
    deductions: { discount: "130.50", rebate: "0.00", return: "0.00" },
    excluded: {},
    to_review: { count: 4 },
    reading: { discount: { column: "Remise", as: "rate" }, amount: { column: "Montant HT", is: "net" } },
  },
  {
    // Rows 3 and 4 have extra ';' that only Libellé (the one text column) can absorb: rebuilt,
    // 5 000 and 850 counted. Row 5 has a trailing field no text column can absorb (Montant HT would
    // read "EUR"): unusable, in ignored, never a shifted amount.
    file: "stray-semicolon.csv",
    pattern: "6. unquoted ';' in a label",
    caop: "7050.00",
    gross_sales: "7050.00",
    deductions: NO_DED,
    excluded: {},
    to_review: { count: 0, amount: "0.00" },
    ignored: { count: 1 },
    diagnostics: [
      { code: "row_rebuilt", row: 3, column: "Libellé" },
      { code: "row_rebuilt", row: 4, column: "Libellé" },
      { code: "row_unusable", row: 5 },
    ],
  },
  {
    // -300,00|C is a 300 debit (709 → discount 300); -200,00|C on 706 is a 200 debit that reduces
    // revenue with "Annulation" in its label → return 200. Both diagnosed.
    file: "fec-montant-sens-negatif.txt",
    pattern: "7. FEC Montant/Sens with negative Montant",
    caop: "3400.00",
    gross_sales: "3900.00",
    deductions: { discount: "300.00", rebate: "0.00", return: "200.00" },
    excluded: {},
    to_review: { count: 0, amount: "0.00" },
    diagnostics: [
      { code: "montant_sens_negative", row: 6, column: "Montant" },
      { code: "montant_sens_negative", row: 7, column: "Montant" },
      { code: "not_revenue", row: 0 },
    ],
  },
  {
    // Sens +1 = débit, -1 = crédit (BOI-CF-IOR-60-40-20; implementer: cite the wording). 706 credits
    // 2 500 + 1 200; 709 debit 100 "Rabais" → rebate 100.
    file: "fec-sens-plus-moins-un.txt",
    pattern: "71. FEC Montant/Sens with +1/-1",
    caop: "3600.00",
    gross_sales: "3700.00",
    deductions: { discount: "0.00", rebate: "100.00", return: "0.00" },
    excluded: {},
    to_review: { count: 0, amount: "0.00" },
    diagnostics: [{ code: "not_revenue", row: 0 }],
  },
  {
    // Comma-separated FEC with '.' decimals: Credit proves '.' (1200.50, 0.00): 33.335 is 33.335.
    file: "fec-virgule-point.txt",
    pattern: "72. comma-separated FEC with '.' decimals",
    caop: "1183.585",
    gross_sales: "1233.835",
    deductions: { discount: "50.25", rebate: "0.00", return: "0.00" },
    excluded: {},
    to_review: { count: 0, amount: "0.00" },
    reading: { decimal: { Debit: ".", Credit: "." } },
  },
  {
    // Credit-negative signed ledger of revenue accounts only (no entries to balance): its sales
    // 706/707 all negative while its 709 discount, a debit by nature, is positive prove the amounts
    // debit positive (journal-sign.ts, the extract's proof): read negated, said in a note, not flipped
    // silently. Sales 2 500 + 1 800 + 950 = 5 250, remise 125: CA OP 5 125. (Until wave 20 this file
    // was read as written, CA OP −5 375 with a sign_convention warning: no figure an accountant uses.)
    file: "ledger-credit-negative.csv",
    pattern: "8. signed ledger with negative sales",
    caop: "5125.00",
    gross_sales: "5250.00",
    deductions: { discount: "125.00", rebate: "0.00", return: "0.00" },
    excluded: {},
    to_review: { count: 0, amount: "0.00" },
    diagnostics: [{ code: "amount_debit_positive", row: 0, column: "Montant" }],
  },
  {
    // Label-only file: keyword exceptions keep everyday phrases out; "Cession terrain" stays a disposal.
    file: "label-keyword-exceptions.csv",
    pattern: "9. label keyword exceptions",
    caop: "8200.00",
    gross_sales: "8200.00",
    deductions: NO_DED,
    excluded: { asset_disposal: { count: 1, amount: "85000.00" } },
    to_review: { count: 0, amount: "0.00" },
  },
  {
    // Account beats nature: 740 → subsidy, 775 → asset disposal, 706 → OP, each with a conflict.
    file: "account-beats-nature.csv",
    pattern: "10. account beats nature",
    caop: "6700.00",
    gross_sales: "6700.00",
    deductions: NO_DED,
    excluded: {
      asset_disposal: { count: 1, amount: "8000.00" },
      subsidy: { count: 1, amount: "4500.00" },
    },
    to_review: { count: 0, amount: "0.00" },
    diagnostics: [
      { code: "conflict", row: 3 },
      { code: "conflict", row: 4 },
      { code: "conflict", row: 6 },
    ],
  },
  {
    // Two-digit years follow Excel (25 → 2025), diagnosed; row 7 has Débit and Crédit both filled:
    // counted at its net 250 with a diagnostic.
    file: "cegid-two-digit-years.csv",
    pattern: "11. Cegid/EBP two-digit years, debit and credit both filled",
    caop: "8575.00",
    gross_sales: "8850.00",
    deductions: { discount: "275.00", rebate: "0.00", return: "0.00" },
    excluded: {},
    to_review: { count: 0, amount: "0.00" },
    months: { "2025-01": "2750.00", "2025-02": "2475.00", "2025-03": "3350.00" },
    diagnostics: [
      { code: "two_digit_year", column: "Date" },
      { code: "debit_and_credit", row: 7 },
      { code: "not_revenue", row: 0 },
    ],
  },
  {
    // UK: dd/mm/yyyy (14/01 proves it), "1,234.56" amounts ('.' proven). Label-only: subscriptions are
    // sales, the credit note subtracts, "Sale of warehouse racking" is a disposal, consultancy lines
    // have no keyword (à vérifier).
    file: "uk-ddmmyyyy.csv",
    pattern: "73. UK dd/mm/yyyy with 1,234.56 amounts",
    caop: "5875.40",
    gross_sales: "6109.96",
    deductions: { discount: "0.00", rebate: "0.00", return: "234.56" },
    excluded: { asset_disposal: { count: 1, amount: "3500.00" } },
    to_review: { count: 2, amount: "2109.96" },
    months: { "2025-01": "4109.96", "2025-02": "1765.44" },
    reading: { decimal: { Amount: "." } },
  },
  {
    // The article's furniture maker in an EBP journal layout: must stay 3 850 000.
    file: "ebp-furniture.csv",
    pattern: "12. conforming file (article furniture, EBP layout)",
    caop: "3850000.00",
    gross_sales: "4000000.00",
    deductions: { discount: "150000.00", rebate: "0.00", return: "0.00" },
    excluded: { asset_disposal: { count: 1, amount: "900000.00" } },
    to_review: { count: 0, amount: "0.00" },
    months: { "2025-01": "3850000.00" },
    diagnostics: [{ code: "not_revenue", row: 0 }],
    onlyListedDiagnostics: true,
  },
  {
    // EBP "ventes par article": "Remise %" holds percent points (10,00 = 10 %: a value above 1 proves
    // points, a fraction never exceeds 1). Deduction = rate × Qté × PU HT; Montant HT = gross − that
    // proves net, never reduced again. Before session 3 "Remise %" was not mapped at all (a "%"
    // header was never a money field): CA OP right by luck (net amounts), discount 0.00 and gross
    // understated. The forklift sale on 775 is an asset disposal.
    file: "ebp-remise-pourcent.csv",
    pattern: "13. Remise % in percent points beside Qté × PU HT and a net amount",
    caop: "2522.25",
    gross_sales: "2714.00",
    deductions: { discount: "191.75", rebate: "0.00", return: "0.00" },
    excluded: { asset_disposal: { count: 1, amount: "4000.00" } },
    to_review: { count: 0, amount: "0.00" },
    months: { "2025-05": "2522.25" },
    reading: {
      decimal: { "Montant HT": ",", "PU HT": ",", "Remise %": "," },
      discount: { column: "Remise %", as: "rate" },
      amount: { column: "Montant HT", is: "net" },
    },
  },
  {
    // Sage-like export, gross amounts by header ("Montant HT brut") and "Taux de remise" as fractions
    // (0,15 = 15 %: values all within 0–1 under a rate header). Deduction = rate × gross.
    // Before session 3 the rate column was not mapped: CA OP 5 900,00 instead of 5 345,00, no word.
    file: "sage-taux-remise-brut.csv",
    pattern: "14. Taux de remise as fractions on a gross amount",
    caop: "5345.00",
    gross_sales: "5900.00",
    deductions: { discount: "555.00", rebate: "0.00", return: "0.00" },
    excluded: { subsidy: { count: 1, amount: "5000.00" } },
    to_review: { count: 0, amount: "0.00" },
    months: { "2025-06": "5345.00" },
    reading: {
      discount: { column: "Taux de remise", as: "rate" },
      amount: { column: "Montant HT brut", is: "gross" },
    },
  },
  {
    // QuickBooks "Sales by Customer Detail": 4 title rows, a blank row, customer header rows and
    // "Total for …" / "TOTAL" rows between the lines, US dates and "1,500.00" amounts, a
    // "Transaction Type" column (Invoice / Sales Receipt / Credit Memo) that is a document type, not
    // a nature (before session 3 it was mapped as the nature and "Invoice" made every line OP without
    // review). Subtotal rows must never be added. The customer header rows (one cell, no date, no
    // amount) are section headings, not lines: said in one note (session 9; before, two
    // amount_empty errors counted them as lines ignored).
    file: "quickbooks-sales-by-customer.csv",
    headerRow: 5,
    pattern: "15. QuickBooks report with subtotal rows and a Transaction Type column",
    caop: "4350.00",
    gross_sales: "4500.00",
    deductions: { discount: "0.00", rebate: "0.00", return: "150.00" },
    excluded: {},
    to_review: { count: 3, amount: "4500.00" },
    ignored: { count: 0, amount: "0.00" },
    months: { "2025-01": "1500.00", "2025-02": "450.00", "2025-03": "2400.00" },
    reading: {
      decimal: { Amount: "." },
      date: "Date",
      credit_notes: { column: "Transaction Type", unsigned: false },
    },
    diagnostics: [
      { code: "total_rows", row: 10 },
      { code: "section_rows", row: 6 },
    ],
  },
  {
    // A "Type" column holding Facture / Avoir: document types. The account decides the scope with no
    // conflict (before: "nature « Facture » → vente" conflicts on 775 and 740); Avoir subtracts.
    // The column's data proves it holds document codes only: read as the document type (a note).
    file: "type-facture-avoir.csv",
    pattern: "16. Type = Facture/Avoir beside the account",
    caop: "800.00",
    gross_sales: "1000.00",
    deductions: { discount: "0.00", rebate: "0.00", return: "200.00" },
    excluded: { asset_disposal: { count: 1, amount: "3000.00" }, subsidy: { count: 1, amount: "5000.00" } },
    to_review: { count: 0, amount: "0.00" },
    diagnostics: [{ code: "date_order_locale" }, { code: "kind_document_codes", row: 0, column: "Type" }],
    onlyListedDiagnostics: true,
  },
  {
    // Sage general ledger ("grand livre"): title rows, then each account printed once on a heading
    // row ("706000 - Prestations de services") above lines whose Compte cell is empty, closed by a
    // "Total 706000" row; labels are customer names (no keyword). The accountant reads it by account:
    // 706 sales 1 200 − 300 (credit note as a debit) + 2 450, 709 RFA 150, 740 subsidy 5 000 and 775
    // disposal 8 000 excluded: CA OP 3 200. Before session 3: every line "à vérifier" by default and
    // the subsidy and the disposal counted in CA OP, the totals in "ignored".
    file: "sage-grand-livre.csv",
    headerRow: 4,
    pattern: "17. general ledger with account heading rows and totals",
    caop: "3200.00",
    gross_sales: "3350.00",
    deductions: { discount: "150.00", rebate: "0.00", return: "0.00" },
    excluded: { asset_disposal: { count: 1, amount: "8000.00" }, subsidy: { count: 1, amount: "5000.00" } },
    to_review: { count: 0, amount: "0.00" },
    ignored: { count: 0, amount: "0.00" },
    months: { "2025-01": "1200.00", "2025-02": "-300.00", "2025-03": "2300.00" },
    diagnostics: [
      { code: "account_headings", row: 5, column: "Compte" },
      { code: "total_rows", row: 9 },
      { code: "sign_convention" },
    ],
  },
  // Session 6: layouts an outside check found read wrong without a word (exports no one here wrote).
  {
    // A CSV saved from Excel's "Comptabilité" format writes zero as " -   € ": 0, not unreadable.
    file: "excel-comptabilite-tiret-zero.csv",
    pattern: "18. Excel accounting format: zero written as a dash",
    caop: "3449.90",
    gross_sales: "3599.90",
    deductions: { discount: "150.00", rebate: "0.00", return: "0.00" },
    excluded: {},
    to_review: { count: 0, amount: "0.00" },
    ignored: { count: 0, amount: "0.00" },
    months: { "2025-01": "1350.00", "2025-02": "2099.90" },
    onlyListedDiagnostics: true,
  },
  {
    // Cegid journal (Windows-1252): the account column is "Général" (beside "Auxiliaire"). Client
    // 411 and VAT 445 lines are not revenue; 708 "Refacturation" is for review (SPEC 2.1 table);
    // 758, 791, 7815 and 72 are non-core.
    file: "cegid-general-auxiliaire.csv",
    pattern: "19. Cegid Général/Auxiliaire journal with client and VAT lines",
    caop: "6000.00",
    gross_sales: "6000.00",
    deductions: NO_DED,
    excluded: { non_core: { count: 4, amount: "17933.00" } },
    to_review: { count: 1, amount: "1000.00" },
    diagnostics: [{ code: "not_revenue", row: 0 }],
  },
  {
    // Sage general ledger for Q2: each account starts with the balance carried from Q1 ("Solde au
    // 31/03/2025", "Report à nouveau"), dated: not lines of the period, each said.
    file: "sage-grand-livre-solde-report.csv",
    pattern: "20. general ledger with dated carried-balance rows",
    caop: "5200.00",
    gross_sales: "5500.00",
    deductions: { discount: "0.00", rebate: "300.00", return: "0.00" },
    excluded: {},
    to_review: { count: 0, amount: "0.00" },
    months: { "2025-04": "3000.00", "2025-05": "2500.00", "2025-06": "-300.00" },
    diagnostics: [
      { code: "opening_balance", row: 2, column: "Libellé" },
      { code: "opening_balance", row: 6, column: "Libellé" },
      { code: "total_rows", row: 5 },
    ],
  },
  {
    // Quadratus dates in six digits, ddmmyy ("150125" = 15/01/2025), never Excel serials.
    file: "quadratus-jjmmaa.csv",
    pattern: "21. ddmmyy dates without separators",
    caop: "4100.00",
    gross_sales: "4200.00",
    deductions: { discount: "100.00", rebate: "0.00", return: "0.00" },
    excluded: {},
    to_review: { count: 0, amount: "0.00" },
    months: { "2025-01": "1500.00", "2025-02": "1900.00", "2025-03": "700.00" },
    diagnostics: [{ code: "two_digit_year" }],
  },
  {
    // QuickBooks Online journal, accounts written as names: receivables, sales tax and bank lines
    // are not revenue; "Interest Earned" is financial, "Gain on Sale of Fixed Assets" a disposal,
    // "Discounts given" a discount. Income accounts' names assert nothing more: their lines are
    // for review (no account number, no keyword in the memo).
    file: "quickbooks-journal-account-names.csv",
    pattern: "22. QuickBooks journal with account names",
    caop: "3800.00",
    gross_sales: "4000.00",
    deductions: { discount: "200.00", rebate: "0.00", return: "0.00" },
    excluded: {
      asset_disposal: { count: 1, amount: "8000.00" },
      financial: { count: 1, amount: "12.40" },
    },
    to_review: { count: 2, amount: "4000.00" },
    months: { "2025-01": "1500.00", "2025-02": "2300.00", "2025-03": "0.00" },
    diagnostics: [{ code: "not_revenue", row: 0 }],
  },
  {
    // Xero UK "Account Transactions": the Account column names the account (Sales, Accounts
    // Receivable, VAT, Interest Income). Receivable and VAT lines are not revenue; interest is financial.
    file: "xero-account-transactions.csv",
    pattern: "23. Xero account transactions with account names",
    caop: "3150.00",
    gross_sales: "3150.00",
    deductions: NO_DED,
    excluded: { financial: { count: 1, amount: "14.20" } },
    to_review: { count: 2, amount: "3150.00" },
    months: { "2025-02": "3150.00" },
    diagnostics: [{ code: "not_revenue", row: 0 }],
  },
  {
    // Sage general ledger printed without an account column: each account heads its lines in the
    // date column ("706000 - Prestations de services"), closed by "Total …" rows. 775 is a disposal,
    // RFA on 709100 a rebate.
    file: "sage-grand-livre-sans-colonne-compte.csv",
    pattern: "24. general ledger without an account column, headings in the date column",
    caop: "4650.50",
    gross_sales: "5050.50",
    deductions: { discount: "0.00", rebate: "400.00", return: "0.00" },
    excluded: { asset_disposal: { count: 1, amount: "6000.00" } },
    to_review: { count: 0, amount: "0.00" },
    months: { "2025-04": "5050.50", "2025-06": "-400.00" },
    diagnostics: [
      { code: "account_headings", row: 2 },
      { code: "total_rows", row: 5 },
    ],
  },
  {
    // QuickBooks Journal report: title block, each entry dated on its first line only (its other
    // lines have no date, type nor number), a TOTAL row (its date unreadable: not counted, listed).
    file: "quickbooks-journal-date-premiere-ligne.csv",
    headerRow: 5,
    pattern: "25. QuickBooks journal, entries dated on their first line",
    caop: "3800.00",
    gross_sales: "4000.00",
    deductions: { discount: "200.00", rebate: "0.00", return: "0.00" },
    excluded: {
      asset_disposal: { count: 1, amount: "8000.00" },
      financial: { count: 1, amount: "12.40" },
    },
    to_review: { count: 2, amount: "4000.00" },
    ignored: { count: 1 },
    months: { "2025-01": "1500.00", "2025-02": "2300.00", "2025-03": "0.00" },
    diagnostics: [{ code: "entry_dates_filled", row: 7 }],
  },
  {
    // Sage writes the direction 0/1: 0 = débit, 1 = crédit (a "0" proves it: FEC writes D/C or
    // +1/-1). The 411 line is not revenue; "Correction vente" (a debit on 707) reduces sales.
    file: "sage-montant-sens-0-1.csv",
    pattern: "26. Montant/Sens written 0/1 (Sage)",
    caop: "3250.00",
    gross_sales: "3400.00",
    deductions: { discount: "150.00", rebate: "0.00", return: "0.00" },
    excluded: {},
    to_review: { count: 0, amount: "0.00" },
    ignored: { count: 0 },
    months: { "2025-01": "1350.00", "2025-02": "1900.00" },
    diagnostics: [{ code: "sens_zero_one", row: 3, column: "Sens" }],
  },
  {
    // Excel's two-row header: "Montant" merged over "Débit | Crédit" (saved as CSV, the merge leaves
    // "Montant;" on line 1 and ";;;;Débit;Crédit" on line 2). Line 2 names the amount columns: the
    // header is read from both lines, the data starts on line 3.
    file: "excel-montant-debit-credit-deux-lignes.csv",
    headerRow: 2,
    pattern: "27. Two-row header, Montant over Débit | Crédit",
    caop: "5800.00",
    gross_sales: "5900.00",
    deductions: { discount: "100.00", rebate: "0.00", return: "0.00" },
    excluded: { asset_disposal: { count: 1, amount: "5000.00" } },
    to_review: { count: 0, amount: "0.00" },
    ignored: { count: 0 },
    months: { "2025-01": "2800.00", "2025-02": "3000.00" },
    diagnostics: [{ code: "two_row_header", row: 2 }],
  },
  {
    // A hand-kept sheet closing each month with dated rows: "Sous-total janvier", "S/Total février",
    // "Cumul au 28/02/2025" sum the lines above them (since the last total, or all): not lines. A
    // customer line "Total Energies - maintenance" sums nothing: counted, with a warning.
    file: "excel-sous-totaux-dates.csv",
    pattern: "28. Dated subtotal and cumulative rows",
    caop: "3350.00",
    gross_sales: "3380.50",
    deductions: { discount: "30.50", rebate: "0.00", return: "0.00" },
    excluded: {},
    to_review: { count: 0, amount: "0.00" },
    ignored: { count: 0 },
    months: { "2025-01": "2000.00", "2025-02": "1350.00" },
    diagnostics: [
      { code: "dated_total_rows", row: 5, column: "Libellé" },
      { code: "total_label_counted", row: 7, column: "Libellé" },
    ],
  },
  {
    // Odoo's invoice list: "Status" Cancelled or Draft is an invoice never issued, not a sale (one
    // warning per status value); the credit note (Type "Customer Credit Note") is a return.
    file: "odoo-factures-statut.csv",
    pattern: "29. Invoice status: cancelled and draft invoices",
    caop: "5275.39",
    gross_sales: "5425.39",
    deductions: { discount: "0.00", rebate: "0.00", return: "150.00" },
    excluded: {},
    to_review: { count: 0, amount: "0.00" },
    ignored: { count: 0 },
    months: { "2025-01": "4275.40", "2025-02": "999.99" },
    diagnostics: [
      { code: "status_not_issued", row: 5, column: "Status" },
      { code: "status_not_issued", row: 7, column: "Status" },
    ],
  },
  {
    // QuickBooks Online "General Ledger" (CSV): each account's name heads its lines in the first column,
    // which has no header, and "Total for <name>" closes it. The heading is the lines' account, read by
    // its name: Design income (income, no rule says OP: à vérifier, counted, the reason naming it),
    // Discounts given (discount; its label "Discount" says remise → OP, SPEC 2.1 step 5), Interest
    // Earned (financial); Checking, Accounts Receivable (A/R) and Advertising are not revenue.
    // Heading and total rows are not lines (before: each heading was an unreadable line, every line
    // counted à vérifier, CA OP 3001.00).
    file: "quickbooks-grand-livre-titres-noms.csv",
    headerRow: 5,
    pattern: "30. QuickBooks General Ledger: account names as heading rows in an unnamed first column",
    caop: "1500.50",
    gross_sales: "1550.50",
    deductions: { discount: "50.00", rebate: "0.00", return: "0.00" },
    excluded: { financial: { count: 1, amount: "12.34" } },
    to_review: { count: 2, amount: "1550.50" },
    ignored: { count: 0 },
    months: { "2025-01": "300.00", "2025-02": "1200.50" },
    reading: { decimal: { Amount: "." }, date: "Date" },
    diagnostics: [
      { code: "named_account_headings", row: 6 },
      { code: "total_rows", row: 10 },
    ],
  },
  {
    // A sales journal, one row per invoice: "Montant" is the TTC (= Montant HT + TVA on every row),
    // so the CA OP is read from "Montant HT". AV documents are credit notes (negative: returns); the
    // 775 line is a vehicle sold (asset disposal). CA OP = 1200 + 2500 − 200 + 800 − 100 = 4200.
    file: "journal-ventes-ttc-ht-fa-av.csv",
    pattern: "31. Sales journal: Montant (TTC) beside Montant HT, FA/AV document codes",
    caop: "4200.00",
    gross_sales: "4500.00",
    deductions: { discount: "0.00", rebate: "0.00", return: "300.00" },
    excluded: { asset_disposal: { count: 1, amount: "7500.00" } },
    to_review: { count: 0, amount: "0.00" },
    ignored: { count: 0 },
    months: { "2025-01": "3500.00", "2025-02": "700.00" },
    reading: { decimal: { "Montant HT": "," } },
  },
  {
    // EBP's list of sales documents: no account column; "Type" holds only the document codes FA / AV
    // (a document type, as its data proves: not a nature), AV credit notes written positive (an
    // unsigned export): they subtract. Montant HT beside TVA and Montant TTC: read from Montant HT.
    // CA OP = 1500 + 2400 − 300 + 980.50 − 120.25 + 3000 = 7460.25; every line to review (no account).
    file: "ebp-documents-type-fa-av.csv",
    pattern: "32. EBP sales documents: a Type column of FA/AV codes only, credit notes positive",
    caop: "7460.25",
    gross_sales: "7880.50",
    deductions: { discount: "0.00", rebate: "0.00", return: "420.25" },
    excluded: {},
    to_review: { count: 6, amount: "7460.25" },
    ignored: { count: 0 },
    months: { "2025-01": "3600.00", "2025-02": "3860.25" },
    reading: { decimal: { "Montant HT": "," }, credit_notes: { column: "Type", unsigned: true } },
    diagnostics: [{ code: "kind_document_codes", row: 0, column: "Type" }],
  },
  {
    // Sellsy's list of sales documents: quotes, orders and pro-formas beside the invoices and credit
    // notes. A quote, an order or a pro-forma is no sale (the invoice is): set apart, each type said.
    // The cancelled invoice was never issued. Credit notes positive: they subtract.
    // CA OP = 1500 + 800 − 200 + 900 = 3000 (January 2100, February 900).
    file: "sellsy-documents-devis-commandes.csv",
    pattern: "33. Document list: quotes, orders and pro-formas beside invoices (Sellsy, Axonaut)",
    caop: "3000.00",
    gross_sales: "3200.00",
    deductions: { discount: "0.00", rebate: "0.00", return: "200.00" },
    excluded: {},
    to_review: { count: 4 },
    ignored: { count: 0 },
    months: { "2025-01": "2100.00", "2025-02": "900.00" },
    reading: { credit_notes: { column: "Type de document", unsigned: true } },
    diagnostics: [
      { code: "document_not_sale", row: 2, column: "Type de document" },
      { code: "document_not_sale", row: 4, column: "Type de document" },
      { code: "document_not_sale", row: 7, column: "Type de document" },
      { code: "status_not_issued", row: 9, column: "Statut" },
    ],
  },
  {
    // Stripe's payments export: a failed payment is no sale (set apart); a refund (Amount Refunded)
    // is a return of an issued sale, whole or partial; Stripe's fee is a charge, not a deduction.
    // CA OP = 120 + (120 − 120) + 49.90 + (240 − 40) = 369.90.
    file: "stripe-paiements.csv",
    pattern: "34. Stripe payments: Failed set apart, Amount Refunded as returns, Fee not read",
    caop: "369.90",
    gross_sales: "529.90",
    deductions: { discount: "0.00", rebate: "0.00", return: "160.00" },
    excluded: {},
    to_review: { count: 1, amount: "49.90" },
    ignored: { count: 0 },
    months: { "2025-01": "120.00", "2025-02": "249.90" },
    reading: { decimal: { Amount: ".", "Amount Refunded": "." }, date: "Created date (UTC)" },
    diagnostics: [{ code: "status_not_issued", row: 4, column: "Status" }],
    onlyListedDiagnostics: true,
  },
  {
    // A sales list by article (EBP, Sage "ventes par article"): each line shows the invoice's total
    // ("Total HT facture"), the line itself is quantity × unit price. Summed as written, FA-1001
    // would count twice and FA-1003 three times (5 443.10). The lines' Qté × PU give each invoice's
    // total back: CA OP = 340 + 750 + 79.80 + 1200 + 170 + 154.50 = 2694.30 (every line to review:
    // no account, no sales keyword).
    file: "ventes-par-article-total-facture.csv",
    pattern: "35. Invoice total repeated on each line of a sales list by article, Qté × PU beside",
    caop: "2694.30",
    gross_sales: "2694.30",
    deductions: { discount: "0.00", rebate: "0.00", return: "0.00" },
    excluded: {},
    to_review: { count: 6, amount: "2694.30" },
    ignored: { count: 0 },
    months: { "2025-01": "1169.80", "2025-02": "1524.50" },
    diagnostics: [{ code: "invoice_total_lines", row: 2, column: "Total HT facture" }],
  },
  {
    // Zoho Books' invoice export: one row per item, the invoice-level ("entity") discount repeated on
    // every row of its invoice. Counted once per invoice, it gives SubTotal back: 1 350 + 900 + 1 178
    // + 484.50 = 3 912.50 (the void invoice is no sale). Subtracted on every row, INV-000101 would
    // lose 300 and INV-000104 186; ignored, the CA OP would be the gross 4 150.
    file: "zoho-books-remise-globale.csv",
    pattern: "36. Invoice-level discount repeated on each item row (Zoho Books entity discount)",
    caop: "3912.50",
    gross_sales: "4150.00",
    deductions: { discount: "237.50", rebate: "0.00", return: "0.00" },
    excluded: {},
    to_review: { count: 7 },
    ignored: { count: 0 },
    months: { "2025-01": "2250.00", "2025-02": "1662.50" },
    reading: { date: "Invoice Date" },
    diagnostics: [
      { code: "invoice_discount_once", column: "Entity Discount Amount" },
      { code: "status_not_issued", row: 5, column: "Invoice Status" },
    ],
  },
  {
    // An SAP line-item download (SE16N, BSEG): an unsigned Montant and SAP's debit/credit code S
    // (Soll, debit) / H (Haben, credit). A credit note and a partial cancellation booked as debits on
    // 706 take back 150 and 321.09; read unsigned, they would add up as sales (11 342.68).
    // CA OP = 4 650.50 − 100 + 2 000 − 150 + 4 321.09 − 321.09 = 10 400.50.
    file: "sap-code-debit-credit-s-h.csv",
    pattern: "37. SAP Code débit/crédit S/H beside an unsigned amount, dates 31.01.2025, item text",
    caop: "10400.50",
    gross_sales: "10971.59",
    deductions: { discount: "100.00", rebate: "0.00", return: "471.09" },
    excluded: {
      asset_disposal: { count: 1, amount: "10000.00" },
      subsidy: { count: 1, amount: "5000.00" },
    },
    to_review: { count: 0 },
    ignored: { count: 0 },
    months: { "2025-01": "4550.50", "2025-02": "1850.00", "2025-03": "4000.00" },
    reading: { decimal: { Montant: "," }, date: "Date comptable" },
  },
  {
    // A receipts book (livre des recettes): the amount received, VAT included, and "dont TVA" beside
    // it. Each VAT is the amount × 20/120 (240,00 of 1 440,00; 864,22 of 5 185,31 rounded): the amount
    // is proven TTC, and the CA OP is the amount less its VAT: 1 200 + 3 450.50 + 2 000 + 4 321.09 =
    // 10 971.59 (the subsidy set apart). Read as written, it was 13 165.91 without a word.
    file: "livre-recettes-dont-tva.csv",
    pattern: "38. Amount TTC with a VAT column beside it (dont TVA): proven TTC by the VAT, read HT",
    caop: "10971.59",
    gross_sales: "10971.59",
    deductions: NO_DED,
    excluded: { subsidy: { count: 1, amount: "5000.00" } },
    to_review: { count: 0 },
    ignored: { count: 0 },
    months: { "2025-01": "4650.50", "2025-02": "2000.00", "2025-03": "4321.09" },
    diagnostics: [{ code: "amount_includes_vat", row: 2, column: "Montant" }],
  },
  {
    // A controller's monthly revenue report in thousands of euros: the header says it, "Montant (k€)".
    // Each value is worth 1 000 €: 120,5 is 120 500 €, 1 234,567 is 1 234 567 €, 0,0125 is 12,50 €.
    // CA OP = 120 500 − 2 250 + 98 750 + 1 234 567 + 12.50 = 1 451 579.50 (the subsidy and the
    // vehicle sale set apart). Read as written, it was 1 451.58, a thousand times too small, without a word.
    file: "reporting-ca-k-euros.csv",
    pattern: "39. Amounts in thousands of euros, the unit in the header (Montant (k€))",
    caop: "1451579.50",
    gross_sales: "1453829.50",
    deductions: { discount: "2250.00", rebate: "0.00", return: "0.00" },
    excluded: { subsidy: { count: 1, amount: "15000.00" }, asset_disposal: { count: 1, amount: "8400.00" } },
    to_review: { count: 0 },
    ignored: { count: 0 },
    months: { "2025-01": "118250.00", "2025-02": "98750.00", "2025-03": "1234579.50" },
    diagnostics: [{ code: "amount_unit", row: 0, column: "Montant (k€)" }],
  },
  {
    // A hotel's PMS revenue journal (round 12): the tourist tax is collected for the town and a gift
    // card sold is paid in advance for a stay to come: neither is revenue. CA OP (HT) = 400 + 120 +
    // 45 + 600 + 30 = 1 195; the two tourist-tax lines (33.00) and the gift card (150.00) set apart.
    // Before: 1 378.00 (the gift card counted as a "vente", the tax only "à vérifier").
    file: "hotel-pms-taxe-sejour-carte-cadeau.csv",
    pattern: "40. Hotel PMS journal: tourist tax and a gift card sold are not revenue",
    caop: "1195.00",
    gross_sales: "1195.00",
    deductions: NO_DED,
    excluded: { non_core: { count: 3, amount: "183.00" } },
    to_review: { count: 5, amount: "1195.00" },
    ignored: { count: 0 },
    months: { "2025-01": "565.00", "2025-02": "630.00" },
  },
  {
    // Zettle receipts (round 12): "Montant TTC" and "dont TVA", no HT column. The VAT proves the
    // amount TTC (4,00 of 44,00 at 10 %), each receipt is read less its VAT: 45 + 40 + 12.50 + 23
    // − 12.50 (the refund, a return) = 108. Before: refused ("amount missing").
    file: "zettle-recus-ttc-dont-tva.csv",
    pattern: "41. Till receipts TTC with their VAT, no HT column: read less the VAT",
    caop: "108.00",
    gross_sales: "120.50",
    deductions: { discount: "0.00", rebate: "0.00", return: "12.50" },
    excluded: {},
    to_review: { count: 0 },
    ignored: { count: 0 },
    months: { "2025-01": "85.00", "2025-02": "23.00" },
    diagnostics: [{ code: "amount_includes_vat", row: 3, column: "Montant TTC" }],
  },
  {
    // Axonaut invoices (round 12): credit notes written positive (AV-…), said by their "Titre"
    // ("Avoir sur FA-00031 - geste commercial", "Avoir - annulation partielle FA-00032"). CA OP =
    // 1 500 + 3 250 − 150 + 1 500 − 650 + 2 100 = 7 550. Before: 9 150 ("Titre" not read as the label).
    file: "axonaut-factures-titre-avoirs.csv",
    pattern: "42. Invoice list whose label is its Titre: unsigned credit notes subtract",
    caop: "7550.00",
    gross_sales: "8350.00",
    deductions: { discount: "0.00", rebate: "0.00", return: "800.00" },
    excluded: {},
    to_review: { count: 2, amount: "5350.00" },
    ignored: { count: 0 },
    months: { "2025-01": "4750.00", "2025-02": "700.00", "2025-03": "2100.00" },
  },
  {
    // A Belgian non-profit's journal in the PCMN (round 12): 700 is its sales account, 73 its
    // members' dues, gifts and subsidies (not in the PCG). CA OP = 3 000. Before: 8 700, every 73
    // line counted "à vérifier", the 700 line too.
    file: "pcmn-belge-asbl-cotisations.csv",
    pattern: "43. Belgian PCMN: 700 sales, 73 dues, gifts and subsidies of a non-profit",
    caop: "3000.00",
    gross_sales: "3000.00",
    deductions: NO_DED,
    excluded: { non_core: { count: 3, amount: "5700.00" } },
    to_review: { count: 0, amount: "0.00" },
    ignored: { count: 0 },
    months: { "2025-01": "3000.00", "2025-02": "0.00" },
  },
  {
    // A Winbooks (Belgium) ACT export (round 12): AMOUNT is in the entry's currency (all 0.00 here),
    // AMOUNTEUR in euros, signed debit positive: the customer 400000 positive, sales 700000 and VAT
    // negative. The entries balance, so the convention is proven and each amount read negated.
    // CA OP = 1 000 + 2 000 + 1 000 − 100 (708 remise accordée) = 3 900; the gain on the van (763)
    // set apart. Before: 0.00 without a word (AMOUNT read, ACCOUNTGL not the account).
    file: "winbooks-act-amounteur-debit-positif.csv",
    pattern: "44. Journal with one signed amount, debit positive: proven by its balanced entries",
    caop: "3900.00",
    gross_sales: "4000.00",
    deductions: { discount: "100.00", rebate: "0.00", return: "0.00" },
    excluded: { financial: { count: 1, amount: "6000.00" } },
    to_review: { count: 0, amount: "0.00" },
    ignored: { count: 0 },
    months: { "2025-01": "3000.00", "2025-02": "900.00" },
    diagnostics: [{ code: "amount_debit_positive", row: 0, column: "AMOUNTEUR" }],
  },
  {
    // A hand-kept list (round 12): invoices and credit notes in two columns, "Factures HT | Avoirs HT",
    // the credit note's row empty in the invoices column. CA OP = 2 000 + 3 500 − 400 + 1 800 = 6 900.
    // Before: refused ("amount missing").
    file: "factures-avoirs-deux-colonnes.csv",
    pattern: "45. Invoices and credit notes in two columns (Factures HT | Avoirs HT)",
    caop: "6900.00",
    gross_sales: "7300.00",
    deductions: { discount: "0.00", rebate: "0.00", return: "400.00" },
    excluded: {},
    to_review: { count: 4 },
    ignored: { count: 0 },
    months: { "2025-01": "5100.00", "2025-02": "1800.00" },
  },
  {
    // PayPal's English activity download (round 12): "Balance Impact" (Credit / Debit) only repeats the sign of Gross.
    // Gross is the sale (the fee is a charge); the refund is a return; the bank withdrawal, the card
    // top-up and the account holder's own payment (Canva) are no sales. CA OP = 150 + 89.90 − 89.90 +
    // 240 = 390. Before: 737.93, each negative Debit row read as a credit.
    file: "paypal-activity-gross-fee-net.csv",
    pattern:
      "46. PayPal activity download (Gross | Fee | Net | Balance Impact): signed amounts, transfers apart",
    caop: "390.00",
    gross_sales: "479.90",
    deductions: { discount: "0.00", rebate: "0.00", return: "89.90" },
    excluded: { non_core: { count: 3, amount: "-144.15" } },
    to_review: { count: 3 },
    ignored: { count: 0 },
    months: { "2025-01": "150.00", "2025-02": "240.00" },
  },
  {
    // PayPal's French activity download (round 12): "Brut | Frais | Net".
    // Gross is the sale (the fee is a charge); the refund is a return; the bank withdrawal, the card
    // top-up and the account holder's own payment (Canva) are no sales. CA OP = 150 + 89.90 − 89.90 +
    // 240 = 390. Before: 231.48 without a word (Net read, the withdrawal and the purchase counted).
    file: "paypal-activite-brut-frais-net.csv",
    pattern: "47. PayPal French download (Brut | Frais | Net): the gross is the sale, transfers apart",
    caop: "390.00",
    gross_sales: "479.90",
    deductions: { discount: "0.00", rebate: "0.00", return: "89.90" },
    excluded: { non_core: { count: 3, amount: "-144.15" } },
    to_review: { count: 3 },
    ignored: { count: 0 },
    months: { "2025-01": "150.00", "2025-02": "240.00" },
  },
  {
    // A hand-kept sheet saved as CSV: each month closed by a row named after the month alone, dated
    // at its end, without client, whose amount is its month's lines added up (its =SUM formula is
    // gone). Not lines. CA OP = 2 400 + 1 150 − 120 + 980 + 640 + 2 200 = 7 250. Before: 14 500
    // (every month counted twice) without a word.
    file: "tableur-sous-totaux-mois.csv",
    pattern: "48. Month-named subtotal rows of a hand-kept sheet saved as CSV",
    caop: "7250.00",
    gross_sales: "7370.00",
    deductions: { discount: "120.00", rebate: "0.00", return: "0.00" },
    excluded: {},
    to_review: { count: 3, amount: "3990.00" },
    ignored: { count: 0 },
    months: { "2025-01": "3430.00", "2025-02": "980.00", "2025-03": "2840.00" },
    diagnostics: [{ code: "dated_total_rows", row: 5, column: "Libellé" }],
  },
  {
    // Stripe's balance history: charges are the sales (Amount is the gross, the Fee a charge), the
    // refund a return; payouts to the bank and Stripe's own usage fee are no sales; the chargeback
    // (adjustment) takes the disputed sale back, counted as a negative line to check. CA OP =
    // 49 + 490 − 490 + 49 + 149 + 49 + 149 − 15 = 430. Before: 14.64 without a word (payouts and
    // fees counted as sales).
    file: "stripe-historique-solde.csv",
    pattern: "49. Stripe balance history (charge, refund, payout, stripe_fee, adjustment)",
    caop: "430.00",
    gross_sales: "920.00",
    deductions: { discount: "0.00", rebate: "0.00", return: "490.00" },
    excluded: { non_core: { count: 4, amount: "-415.36" } },
    to_review: { count: 1, amount: "-15.00" },
    ignored: { count: 0 },
    months: { "2025-01": "49.00", "2025-02": "198.00", "2025-03": "183.00" },
  },
  {
    // A pipe FEC whose labels were typed on several lines (quoted, a line break inside): line.split
    // cut each such entry into short lines. They are joined back (row_rebuilt warning naming rows 3
    // to 4 and 7 to 9); the continuation lines are not lines. CA OP = 1 200 + 550 − 50 + 300 =
    // 2 000. Before: 1 450, the two sales lost to missing_fields errors with nothing in `ignored`.
    file: "fec-libelle-sur-plusieurs-lignes.txt",
    pattern: "50. FEC with labels written on several lines",
    caop: "2000.00",
    gross_sales: "2050.00",
    deductions: { discount: "50.00", rebate: "0.00", return: "0.00" },
    excluded: {},
    to_review: { count: 0, amount: "0.00" },
    ignored: { count: 0 },
    months: { "2025-01": "1200.00", "2025-02": "500.00", "2025-03": "300.00" },
    diagnostics: [
      { code: "row_rebuilt", row: 3, column: "EcritureLib" },
      { code: "row_rebuilt", row: 7, column: "EcritureLib" },
    ],
  },
  {
    // NetSuite saved search (FR locale), "Main Line" "*" on each invoice's main line, which holds its
    // total, its items below it (empty Main Line). The items count, the main lines are set apart
    // (invoice_header_rows note, row 2). CA OP = 3 057,41 + 2 093,10 + 2 215,37 + 1 200 = 8 565,88.
    // Before: 17 131,76 (every invoice twice) without a word.
    file: "netsuite-recherche-ligne-principale.csv",
    pattern: "51. NetSuite saved search with Main Line header rows",
    caop: "8565.88",
    gross_sales: "8565.88",
    deductions: NO_DED,
    excluded: {},
    to_review: { count: 4, amount: "8565.88" },
    ignored: { count: 0 },
    months: { "2025-01": "7365.88", "2025-02": "1200.00" },
    diagnostics: [{ code: "invoice_header_rows", row: 2, column: "Main Line" }],
    onlyListedDiagnostics: true,
  },
  {
    // An ERP's sales documents (EBP / Divalto style), "Type ligne" Entête (the document's total HT)
    // above its Ligne rows. The lines count, each Entête the sum of its lines: set apart
    // (invoice_header_rows note). CA OP = 745,36 + 3 092,20 + 996,81 + 3 353,20 + 6 750,10 + 6 140,79
    // = 21 078,46. Before: 42 156,92 without a word.
    file: "erp-entete-lignes.csv",
    pattern: "52. ERP export with Entête (document total) and Ligne rows",
    caop: "21078.46",
    gross_sales: "21078.46",
    deductions: NO_DED,
    excluded: {},
    to_review: { count: 6, amount: "21078.46" },
    ignored: { count: 0 },
    months: { "2025-01": "8187.57", "2025-02": "12890.89" },
    diagnostics: [{ code: "invoice_header_rows", row: 2, column: "Type ligne" }],
    onlyListedDiagnostics: true,
  },
  {
    // A BNC receipts-and-expenses book (round 24b) whose "Rubrique 2035" column names each line's
    // heading on the 2035 form: the fees (Honoraires) are the revenue; the owner's contribution, the
    // débours and the "Gains divers" are not, the interest is financial, the purchase an expense.
    // CA OP = 60 + 80 + 230 = 370. Before: 1 535 (the column unread: 60 + 1 000 + 45 + 80 + 120 + 230).
    file: "bnc-livre-recettes-rubrique-2035.csv",
    pattern: "53. BNC receipts book with its Rubrique 2035 column read as the nature",
    caop: "370.00",
    gross_sales: "370.00",
    deductions: NO_DED,
    excluded: { non_core: { count: 3, amount: "1165.00" }, financial: { count: 1, amount: "12.50" } },
    to_review: { count: 3, amount: "370.00" },
    ignored: { count: 0 },
    months: { "2025-01": "60.00", "2025-02": "310.00" },
    diagnostics: [{ code: "expense_lines", row: 5 }],
    onlyListedDiagnostics: true,
  },
  {
    // A carrier's invoice lines (round 24b): customs duties and import VAT "avancés pour compte
    // client" and an "Avance de fonds" are paid in the client's name (débours), not revenue; the
    // carrier's own fee on the advance and its "transport pour compte d'autrui" are its sales.
    // CA OP = 1 200 + 25 + 950 + 150 = 2 325 (set apart: 800 + 400 + 300 = 1 500). Before: 3 825.
    file: "transport-avances-pour-compte-client.csv",
    pattern: "54. Carrier invoice lines with duties advanced for the client under other words than débours",
    caop: "2325.00",
    gross_sales: "2325.00",
    deductions: NO_DED,
    excluded: { non_core: { count: 3, amount: "1500.00" } },
    to_review: { count: 4, amount: "2325.00" },
    ignored: { count: 0 },
    months: { "2025-02": "1225.00", "2025-03": "1100.00" },
    diagnostics: [{ code: "label_only_decisions", row: 3, column: "Désignation" }],
  },
  {
    // A builder's hand-kept progress invoices (round 24b), each followed by its 5 % holdback written
    // as a negative line: a payment term (paid at the works' acceptance), not a discount. The
    // commercial discount still deducts. CA OP = 10 000 + 8 000 + 6 000 − 300 = 23 700.
    // Before: 22 800 (the holdbacks −500 − 400 subtracted).
    file: "btp-situations-retenue-garantie-lignes.csv",
    pattern: "55. Progress invoices with the holdback as a negative line",
    caop: "23700.00",
    gross_sales: "24000.00",
    deductions: { discount: "300.00", rebate: "0.00", return: "0.00" },
    excluded: { non_core: { count: 2, amount: "-900.00" } },
    to_review: { count: 3, amount: "24000.00" },
    ignored: { count: 0 },
    months: { "2025-01": "10000.00", "2025-02": "13700.00" },
    diagnostics: [{ code: "label_only_decisions", row: 3, column: "Désignation" }],
  },
  {
    // Sage 50 UK's audit trail: Type holds its transaction types, SI / SC beside SD, SR, BR, JC and JD
    // (a real trail's); the Nominal code (Sage 50 UK's chart) decides the postings. SC sales credits
    // are written positive: they subtract. CA OP = 1000 + 2500 − 300 (Jan 3200) − 50 (SD, 4009
    // discount allowed) + 800 (Feb 750) + 120 (Mar, 4905 carriage) = 4070. The grant (BR to 4900) is
    // non-core, the van (BR to 4200) a disposal; the receipt (1200) no revenue; the journal's credit
    // to 4900 (JC, the tax credit claimed) non-core, its debit to the bank (JD, 1200) no revenue.
    file: "sage50uk-audit-trail-bank-journals.csv",
    pattern: "Sage 50 UK audit trail: SC credits positive beside bank, discount and journal types",
    caop: "4070.00",
    gross_sales: "4420.00",
    deductions: { discount: "50.00", rebate: "0.00", return: "300.00" },
    excluded: { asset_disposal: { count: 1, amount: "6500.00" }, non_core: { count: 2, amount: "8125.00" } },
    to_review: { count: 0, amount: "0.00" },
    ignored: { count: 0 },
    months: { "2025-01": "3200.00", "2025-02": "750.00", "2025-03": "120.00" },
    reading: { credit_notes: { column: "Type", unsigned: true } },
    diagnostics: [{ code: "document_codes_sage50uk", row: 0, column: "Type" }],
  },
  {
    // EBP Gestion Commerciale's lines: Type FA / AV beside DE (quote), CC (customer order) and BR
    // (return note): no sales, set apart; AV written unsigned subtracts. No account: lines to review.
    // CA OP = 778 + 459 (Jan 1237) − 389 + 1049.70 (Feb 660.70) = 1897.70.
    file: "ebp-lignes-type-de-cc-br.csv",
    pattern: "EBP lines: Type FA / AV beside DE, CC and BR codes",
    caop: "1897.70",
    gross_sales: "2286.70",
    deductions: { discount: "0.00", rebate: "0.00", return: "389.00" },
    excluded: {},
    to_review: { count: 4, amount: "1897.70" },
    ignored: { count: 0 },
    months: { "2025-01": "1237.00", "2025-02": "660.70" },
    reading: { credit_notes: { column: "Type", unsigned: true } },
    diagnostics: [
      { code: "document_codes_ebp", row: 0, column: "Type" },
      { code: "document_not_sale", row: 3, column: "Type" },
      { code: "document_not_sale", row: 4, column: "Type" },
      { code: "document_not_sale", row: 6, column: "Type" },
    ],
  },
  {
    // QuickBooks US "Sales by Customer Detail" over "January 1-12, 2025" (round 25a): every day is 12
    // or less, so the dates alone cannot tell 01/09/2025 (9 January) from 1 September. The report's
    // period in its title holds them all only as mm/dd: all four lines in January.
    // CA OP = 5 500 + 350 + 300 + 150 = 6 300, month 2025-01 only. Before: read dd/mm (French locale),
    // 5 500 in February, 350 in September, 300 in May, 150 in December.
    file: "quickbooks-sales-by-customer-period.csv",
    headerRow: 5,
    pattern: "64. QuickBooks US report whose days are all 12 or less, its period in its title",
    caop: "6300.00",
    gross_sales: "6300.00",
    deductions: NO_DED,
    excluded: {},
    to_review: { count: 4, amount: "6300.00" },
    ignored: { count: 0 },
    months: { "2025-01": "6300.00" },
    diagnostics: [{ code: "date_order_title", row: 0, column: "Date" }],
  },
  {
    // A brewery's Sage 100 invoice lines (round 25b): the keg deposit (Consigne fût, 4196) is money
    // held until the keg comes back, and its "Retour consigne" line is that money given back, not a
    // return of sales. CA OP = 476 + 238 + 357 = 1 071 (set apart: 120 + 60 − 60 = 120).
    // Before: 1 131 (the consignes added, their refund deducted as a return).
    file: "sage100-consignes-futs.csv",
    pattern: "56. Sales lines with returnable packaging deposits (consignes) and their refund",
    caop: "1071.00",
    gross_sales: "1071.00",
    deductions: NO_DED,
    excluded: { non_core: { count: 3, amount: "120.00" } },
    to_review: { count: 3, amount: "1071.00" },
    ignored: { count: 0 },
    months: { "2025-01": "714.00", "2025-02": "357.00" },
    diagnostics: [{ code: "label_only_decisions", row: 3, column: "Désignation" }],
  },
  {
    // EBP invoice lines (round 25b) with an early-payment escompte written as a negative line: a
    // financial charge (665), outside CA OP, not a discount on sales (SPEC 2.1).
    // CA OP = 778 + 104,97 + 459 = 1 341,97 (financial: −11,67 − 9,18 = −20,85). Before: 1 321,12.
    file: "ebp-escompte-lignes.csv",
    pattern: "57. Invoice lines with an escompte (cash discount) line",
    caop: "1341.97",
    gross_sales: "1341.97",
    deductions: NO_DED,
    excluded: { financial: { count: 2, amount: "-20.85" } },
    to_review: { count: 3, amount: "1341.97" },
    ignored: { count: 0 },
    months: { "2025-01": "882.97", "2025-02": "459.00" },
    diagnostics: [{ code: "label_only_decisions", row: 3, column: "Désignation" }],
  },
  {
    // Divalto's order lines with their remainders (round 25b): ordered, delivered and invoiced
    // quantities, and the order's value. Only what was invoiced is a sale: invoiced quantity × PU HT.
    // CA OP = 4 × 389 + 20 × 45,90 + 0 × 34,99 + 2 × 599 = 1 556 + 918 + 0 + 1 198 = 3 672.
    // Before: 7 378,95 (the ordered value).
    file: "divalto-commandes-qte-facturee.csv",
    pattern: "58. Order lines with ordered, delivered and invoiced quantities",
    caop: "3672.00",
    gross_sales: "3672.00",
    deductions: NO_DED,
    excluded: {},
    to_review: { count: 4, amount: "3672.00" },
    ignored: { count: 0 },
    months: { "2025-03": "2474.00", "2025-04": "1198.00" },
    diagnostics: [{ code: "order_lines_invoiced", column: "Qté facturée" }],
    onlyListedDiagnostics: true,
  },
  {
    // An order book's lines with their stage (Statut ligne, round 25b): only the invoiced lines are
    // sales; delivered, still ordered and cancelled lines are not. CA OP = 778 + 459 = 1 237.
    // Before: 2 272,18.
    file: "statut-ligne-commandes.csv",
    pattern: "59. Order lines with a line stage (Facturée / Livrée / En commande / Annulée)",
    caop: "1237.00",
    gross_sales: "1237.00",
    deductions: NO_DED,
    excluded: {},
    to_review: { count: 2, amount: "1237.00" },
    ignored: { count: 0 },
    months: { "2025-03": "778.00", "2025-04": "459.00" },
    diagnostics: [
      { code: "line_not_invoiced", row: 3, column: "Statut ligne" },
      { code: "line_not_invoiced", row: 4, column: "Statut ligne" },
      { code: "line_not_invoiced", row: 5, column: "Statut ligne" },
    ],
    onlyListedDiagnostics: true,
  },
  {
    // Odoo's sale order lines with their Invoice Status (round 25b): Fully Invoiced lines are sales;
    // To Invoice and Nothing to Invoice are not invoiced yet. CA OP = 778 + 599 = 1 377.
    // Before: 1 814,18.
    file: "odoo-lignes-commande-statut-facturation.csv",
    pattern: "60. Odoo order lines with Invoice Status",
    caop: "1377.00",
    gross_sales: "1377.00",
    deductions: NO_DED,
    excluded: {},
    to_review: { count: 2, amount: "1377.00" },
    ignored: { count: 0 },
    months: { "2025-02": "778.00", "2025-03": "599.00" },
    diagnostics: [
      { code: "line_not_invoiced", row: 3, column: "Invoice Status" },
      { code: "line_not_invoiced", row: 4, column: "Invoice Status" },
    ],
  },
  {
    // Odoo's sale order lines with the untaxed amount invoiced (round 25b): it is the sale, not the
    // Subtotal ordered nor the amount still to invoice. CA OP = 69,98 + 149 + 459 + 0 = 677,98.
    // Before: 2 291,98 (the Subtotal ordered, Invoiced Quantity unread).
    file: "odoo-lignes-commande-montant-facture.csv",
    pattern: "61. Odoo order lines with Untaxed Invoiced Amount",
    caop: "677.98",
    gross_sales: "677.98",
    deductions: NO_DED,
    excluded: {},
    to_review: { count: 4, amount: "677.98" },
    ignored: { count: 0 },
    months: { "2025-02": "677.98", "2025-03": "0.00" },
    diagnostics: [{ code: "order_lines_invoiced", column: "Untaxed Invoiced Amount" }],
  },
  {
    // Sage 100 invoice lines with kits (nomenclature commerciale, round 25b): FA00001's kit is priced
    // 2 × 499 = 998 and its components 598 + 400 = 998 detail it; FA00002's kit is at 0 and its
    // components carry the sale. CA OP = 389 + 998 + 0 + 299 + 200 + 389 = 2 275.
    // Before: 3 273 (FA00001's components added on top of their kit).
    file: "sage100-nomenclature-kits.csv",
    pattern: "62. Invoice lines with kits: parent line and component lines",
    caop: "2275.00",
    gross_sales: "2275.00",
    deductions: NO_DED,
    excluded: {},
    to_review: { count: 6, amount: "2275.00" },
    ignored: { count: 0 },
    months: { "2025-01": "1387.00", "2025-02": "888.00" },
    diagnostics: [{ code: "kit_components", row: 4, column: "Type ligne" }],
    onlyListedDiagnostics: true,
  },
  {
    // WooCommerce's order items (round 25b): the order's shipping (Order Shipping, HT) is written on
    // each item row of its order; billed once per order, it is revenue (7085).
    // January: 34,99 + 37,40 + 6,90 + 45,90 + 4,90 = 130,09; February: 12 + 24 + 0 + 89,90 + 19,50
    // + 4,90 + 9,90 = 160,20. CA OP = 290,29. Before: 268,59 (shipping unread).
    file: "woocommerce-articles-frais-de-port-commande.csv",
    pattern: "63. Shop order items with the order's shipping repeated on each row",
    caop: "290.29",
    gross_sales: "290.29",
    deductions: NO_DED,
    excluded: {},
    to_review: { count: 8, amount: "290.29" },
    ignored: { count: 0 },
    months: { "2025-01": "130.09", "2025-02": "160.20" },
    diagnostics: [{ code: "order_shipping_once", row: 3, column: "Order Shipping" }],
    onlyListedDiagnostics: true,
  },
  {
    // Sage 50 US (Peachtree) General Journal (round 25a): each entry dated on its first line only,
    // its "Reference" and "Jrnl" repeated on every line; the chart's own numbers (40000-EQ "Sales -
    // Equipment" is the seller's product line, not a sale of equipment it owned).
    // January: 1 000 + 500 + 2 100 - 100 (Sales Discounts) = 3 500; February: 800. Interest 12 is
    // financial, the truck's 3 000 gain an asset disposal. CA OP = 4 300. Before: 0 (undated lines
    // dropped, the equipment read as a disposal).
    file: "sage50us-journal-reference-repetee.csv",
    headerRow: 5,
    pattern: "69. Sage 50 US journal: entries dated on their first line, reference on every line",
    caop: "4300.00",
    gross_sales: "4400.00",
    deductions: { discount: "100.00", rebate: "0.00", return: "0.00" },
    excluded: {
      asset_disposal: { count: 1, amount: "3000.00" },
      financial: { count: 1, amount: "12.00" },
    },
    to_review: { count: 4, amount: "4400.00" },
    ignored: { count: 0 },
    months: { "2025-01": "3500.00", "2025-02": "800.00" },
    diagnostics: [
      { code: "entry_dates_filled", row: 7 },
      { code: "account_chart_names", row: 7, column: "Account ID" },
    ],
  },
  {
    // EBP journal (round 26b): the customers' and supplier's lines on their auxiliary codes (CDUPONT,
    // C0001, FMETRO) in the one account column, where 411 / 401 would be: third parties, not revenue.
    // CA OP = 706000 1 200 (January) + 706000 2 500 − 709000 120 (February, "remise") = 3 580.
    // Before: the codes counted as sales by their labels (the customers' debits negative, the
    // supplier's credit positive): 3 580 − 1 440 + 600 − 3 000 + 144 + 1 440 = 1 324.
    file: "ebp-journal-comptes-auxiliaires.csv",
    pattern: "65. EBP journal: third parties' codes in the account column",
    caop: "3580.00",
    gross_sales: "3700.00",
    deductions: { discount: "120.00", rebate: "0.00", return: "0.00" },
    excluded: {},
    to_review: { count: 0, amount: "0.00" },
    months: { "2025-01": "1200.00", "2025-02": "2380.00" },
    diagnostics: [
      { code: "third_party_accounts", row: 2, column: "Compte" },
      { code: "not_revenue", row: 0 },
    ],
    onlyListedDiagnostics: true,
  },
  {
    // Tagetik reporting pack (round 26a): Réel beside Budget and Forecast rows for the same months.
    // Only Réel is a CA OP. January: 12 544.13 + 8 062.72 = 20 606.85, less the 709100 rebate 450.20 =
    // 20 156.65; February: 11 873.40 (740000 5 000 is a subsidy). CA OP = 32 030.05. Budget 13 000 +
    // 9 000 = 22 000 and Forecast 12 500 are set apart, each said with its amount. Before: 66 530.05.
    file: "tagetik-scenario-reel-budget.csv",
    pattern: "67. Reporting pack: a scenario column, actual beside budget and forecast",
    caop: "32030.05",
    gross_sales: "32480.25",
    deductions: { discount: "0.00", rebate: "450.20", return: "0.00" },
    excluded: { subsidy: { count: 1, amount: "5000.00" } },
    to_review: { count: 0, amount: "0.00" },
    ignored: { count: 0 },
    months: { "2025-01": "20156.65", "2025-02": "11873.40" },
    diagnostics: [
      { code: "scenario_set_apart", row: 4, column: "Scénario" },
      { code: "scenario_set_apart", row: 9, column: "Scénario" },
    ],
    onlyListedDiagnostics: true,
  },
  {
    // Oracle EBS journal lines (round 26a): accounts written company.cost-centre.account.product.
    // project (101.000.706100.0000.000), read by their third segment; Accounted Dr / Cr (the ledger's
    // EUR) read, not the Entered ones (the DECATHLON invoice in USD: 11 000 entered, 10 000 accounted).
    // CA OP = 41 355.66 + 10 000 (January) + 3 000 − 1 000 credit memo (February) + 5 000 (March)
    // = 58 355.66; 775000 8 000 an asset disposal. Before: 0 (every line read as class 1, 101…).
    file: "oracle-ebs-segments.csv",
    pattern: "66. Oracle EBS: concatenated account strings",
    caop: "58355.66",
    gross_sales: "59355.66",
    deductions: { discount: "0.00", rebate: "0.00", return: "1000.00" },
    excluded: { asset_disposal: { count: 1, amount: "8000.00" } },
    to_review: { count: 0, amount: "0.00" },
    months: { "2025-01": "51355.66", "2025-02": "2000.00", "2025-03": "5000.00" },
    diagnostics: [{ code: "account_segments", row: 2, column: "Account" }],
  },
  {
    // OneStream data export (round 26a): "Time" 2025M1 is the month, period n of a calendar year.
    // January: 213 776.35 + 48 213.63 = 261 989.98, less the 709100 discount 1 520 = 260 469.98;
    // February: 32 850.16 (761000 1 250 financial); March: 12 279.94. CA OP = 305 600.08. Before:
    // refused (no date column).
    file: "onestream-time-2025m1.csv",
    pattern: "68. OneStream export: Time periods 2025M1, Scenario Actual, View Periodic",
    caop: "305600.08",
    gross_sales: "307120.08",
    deductions: { discount: "1520.00", rebate: "0.00", return: "0.00" },
    excluded: { financial: { count: 1, amount: "1250.00" } },
    to_review: { count: 0, amount: "0.00" },
    ignored: { count: 0 },
    months: { "2025-01": "260469.98", "2025-02": "32850.16", "2025-03": "12279.94" },
    diagnostics: [{ code: "date_periods", row: 2, column: "Time" }],
    onlyListedDiagnostics: true,
  },
  {
    // Oracle EBS Receivables transaction register (round 26a): the Class column is Oracle's own
    // (INV invoice, DM debit memo, CM credit memo written negative; DEP deposit and GUAR guarantee
    // are commitments, CB a chargeback is a receipt's unpaid rest: no sales). Transaction Type holds
    // the company's own names. January: 12 500 + 8 400.50 − 1 250 = 19 650.50; February: DM 320 +
    // 6 780.25 = 7 100.25. CA OP = 26 750.75 (before: 52 200.75, DEP, GUAR and CB counted).
    file: "oracle-ar-registre-classes.csv",
    pattern: "74. Oracle Receivables register: Class INV / CM / DM / DEP / GUAR / CB",
    caop: "26750.75",
    gross_sales: "28000.75",
    deductions: { discount: "0.00", rebate: "0.00", return: "1250.00" },
    excluded: {},
    to_review: { count: 5, amount: "26750.75" },
    ignored: { count: 0 },
    months: { "2025-01": "19650.50", "2025-02": "7100.25" },
    reading: { credit_notes: { column: "Class", unsigned: false } },
    diagnostics: [
      { code: "document_codes_oracle", row: 0, column: "Class" },
      { code: "document_not_sale", row: 3, column: "Class" },
      { code: "document_not_sale", row: 6, column: "Class" },
      { code: "document_not_sale", row: 9, column: "Class" },
    ],
    onlyListedDiagnostics: true,
  },
  {
    // SAP VF05, French headers (round 26a): intercompany billing IV is the entity's sale (eliminated
    // only in a consolidation), IG its credit memo; G2 a credit memo, both written unsigned; F5 a pro
    // forma, no sale; ZF2 a customer's own type, counted as written and said. January: 21 382.45 +
    // 8 000 − 1 382.45 = 28 000; February: 11 335.30 − 500 + 2 000 = 12 835.30. CA OP = 40 835.30
    // (before: 48 600.20, the whole column unread).
    file: "sap-vf05-facturation-intragroupe.csv",
    pattern: "75. SAP VF05: intercompany billing IV / IG beside F2 / G2 and a customer type",
    caop: "40835.30",
    gross_sales: "42717.75",
    deductions: { discount: "0.00", rebate: "0.00", return: "1882.45" },
    excluded: {},
    to_review: { count: 6, amount: "40835.30" },
    ignored: { count: 0 },
    months: { "2025-01": "28000.00", "2025-02": "12835.30" },
    reading: { credit_notes: { column: "Type de facture", unsigned: true } },
    diagnostics: [
      { code: "document_codes_sap", row: 0, column: "Type de facture" },
      { code: "document_code_unknown", row: 7, column: "Type de facture" },
      { code: "document_not_sale", row: 8, column: "Type de facture" },
    ],
    onlyListedDiagnostics: true,
  },
  {
    // Sage X3 invoice headers (SIH, round 26a): Type facture FAC / AVO / NDB beside the category
    // (Facture / Avoir / Note de débit), avoirs written positive. January: 10 550.31 + 21 039.89 −
    // 1 550.31 = 30 039.89; February: NDB 240 + 18 475.66 − 475.66 = 18 240. CA OP = 48 279.89
    // (before: 52 331.83, the avoirs added).
    file: "sagex3-sih-type-facture-categorie.csv",
    pattern: "76. Sage X3 SIH: Type facture FAC / AVO / NDB, avoirs positive",
    caop: "48279.89",
    gross_sales: "50305.86",
    deductions: { discount: "0.00", rebate: "0.00", return: "2025.97" },
    excluded: {},
    to_review: { count: 6, amount: "48279.89" },
    ignored: { count: 0 },
    months: { "2025-01": "30039.89", "2025-02": "18240.00" },
    reading: { credit_notes: { column: "Type facture", unsigned: true } },
    diagnostics: [{ code: "document_codes_sagex3", row: 0, column: "Type facture" }],
    onlyListedDiagnostics: true,
  },
  {
    // SAP SE16N on BSEG (wave 20, round 26a finding 8), tab-separated, amounts unsigned: only the
    // posting key "CC" gives the side (50 credit, 40 debit). January: 20 830.74 − 2 242.52 (709
    // remise, key 40) = 18 588.22, the van's 7 859.23 on 757 an asset disposal; February: 41 730.03 −
    // 1 500 (the credit memo, key 40 on 706) = 40 230.03; March 3 200. CA OP = 62 018.25. Before:
    // the credit memo added as a sale (65 018.25), silent.
    file: "sap-se16n-bseg-cle-compta.csv",
    pattern: "77. SAP BSEG: unsigned amounts, the posting key (40 / 50) gives the side",
    caop: "62018.25",
    gross_sales: "65760.77",
    deductions: { discount: "2242.52", rebate: "0.00", return: "1500.00" },
    excluded: { asset_disposal: { count: 1, amount: "7859.23" } },
    to_review: { count: 0, amount: "0.00" },
    ignored: { count: 0 },
    months: { "2025-01": "18588.22", "2025-02": "40230.03", "2025-03": "3200.00" },
    diagnostics: [
      { code: "sens_posting_key", row: 2, column: "CC" },
      { code: "direction_column_codes", row: 0, column: "CC" },
    ],
  },
  {
    // The same postings in SAP FBL3N (round 26a finding 2): revenue accounts only, credits written
    // with a trailing minus (20.830,74-), no S/H column. Its sales add up negative while its 709
    // remise is positive: debit positive, read negated. CA OP = 62 018.25 as above. Before:
    // −69 503.29, with a sign_convention warning whose fix (map Debit and Credit) did not exist here.
    file: "sap-fbl3n-credits-moins-final.csv",
    pattern: "78. SAP FBL3N of revenue accounts, credits written 1.234,56-: read debit positive",
    caop: "62018.25",
    gross_sales: "65760.77",
    deductions: { discount: "2242.52", rebate: "0.00", return: "1500.00" },
    excluded: { asset_disposal: { count: 1, amount: "7859.23" } },
    to_review: { count: 0, amount: "0.00" },
    ignored: { count: 0 },
    months: { "2025-01": "18588.22", "2025-02": "40230.03", "2025-03": "3200.00" },
    diagnostics: [{ code: "amount_debit_positive", row: 0, column: "Montant en DI" }],
  },
  {
    // SAP CO-PA KE24 line items (round 26a s14): value fields side by side. Revenue is gross; each
    // deduction column is taken off: Remise client 26.62 + 239.89 + 67.75 and Remise quantitative
    // 484.84 + 95.96 = 915.06. The Escompte (47.98 + 121.46 + 13.55) is a financial charge (665) and
    // the cost of sales no revenue: neither read. Gross 532.49 + 16 161.31 + 4 797.76 + 12 145.75 +
    // 1 355.02 = 34 992.33; CA OP = 34 992.33 − 915.06 = 34 077.27. January 505.87 + 15 676.47 =
    // 16 182.34; February 4 461.91 + 12 145.75 = 16 607.66; March 1 287.27. Before: 34 992.33 (revenue
    // read net: no discount taken off at all).
    file: "sap-ke24-copa-champs-valeur.csv",
    pattern: "79. SAP CO-PA value fields: gross revenue, two discount columns, escompte not a deduction",
    caop: "34077.27",
    gross_sales: "34992.33",
    deductions: { discount: "915.06", rebate: "0.00", return: "0.00" },
    excluded: {},
    to_review: { count: 5, amount: "34077.27" },
    ignored: { count: 0 },
    months: { "2025-01": "16182.34", "2025-02": "16607.66", "2025-03": "1287.27" },
    reading: { amount: { column: "Chiffre d'affaires", is: "gross" } },
    diagnostics: [
      { code: "amount_value_fields", column: "Chiffre d'affaires" },
      { code: "value_field_deduction", row: 3, column: "Remise quantitative" },
      { code: "cash_discount_unread", row: 4, column: "Escompte" },
    ],
  },
  {
    // Power BI underlying data (round 26a p03): the nature in Account Category beside account names.
    // Sales 8 735.23 + 8 557.32 + 21 553.87 = 38 846.42, discounts 635.61 + 1 077.69 = 1 713.30;
    // the interest 412.50 is financial, the other operating income 1 200 non-core. CA OP = 37 133.12.
    // January 8 735.23 − 635.61 = 8 099.62; February 8 557.32; March 21 553.87 − 1 077.69 = 20 476.18.
    // Before: 38 745.62 (the interest and the other income counted as sales).
    file: "powerbi-account-category.csv",
    pattern: "80. Power BI: Account Category holds the natures beside account names",
    caop: "37133.12",
    gross_sales: "38846.42",
    deductions: { discount: "1713.30", rebate: "0.00", return: "0.00" },
    excluded: {
      financial: { count: 1, amount: "412.50" },
      non_core: { count: 1, amount: "1200.00" },
    },
    to_review: { count: 3, amount: "38846.42" },
    ignored: { count: 0 },
    months: { "2025-01": "8099.62", "2025-02": "8557.32", "2025-03": "20476.18" },
    diagnostics: [{ code: "segment_natures", row: 4, column: "Account Category" }],
  },
  {
    // An Excel pivot table pasted as values (round 28c C01): months in rows, PCG accounts in columns,
    // "Somme de Solde | Étiquettes de colonnes" on the row above. One line per month and account:
    // 706 12 450.00 + 9 870.25 + 14 102.40 and 708 310.50 + 280.00 are sales (37 013.15), 709
    // −220.00 − 145.75 a discount (365.75), 775 8 000.00 an asset disposal. The Total général column
    // and row are totals. CA OP = 37 013.15 − 365.75 = 36 647.40; January 12 540.50, February
    // 9 870.25 − 145.75 = 9 724.50, March 14 382.40. Before: refused (no Date, no Montant).
    file: "tcd-mois-comptes.csv",
    headerRow: 2,
    pattern: "81. Pivot table pasted as values: months × PCG accounts, Total général column and row",
    caop: "36647.40",
    gross_sales: "37013.15",
    deductions: { discount: "365.75", rebate: "0.00", return: "0.00" },
    excluded: { asset_disposal: { count: 1, amount: "8000.00" } },
    to_review: { count: 0, amount: "0.00" },
    ignored: { count: 0 },
    months: { "2025-01": "12540.50", "2025-02": "9724.50", "2025-03": "14382.40" },
    diagnostics: [{ code: "pivot_accounts", row: 3, column: "Étiquettes de lignes" }],
  },
  {
    // A compact pivot (round 28c C05): each month row holds its accounts' sum, the accounts below it.
    // Sales 8 900.00 + 215.30 + 11 250.00 + 9 812.45 + 250.00 = 30 427.75; 709 375.00 + 190.00 =
    // 565.00 discount; 775 7 250.00 an asset disposal; the month rows and Total général no lines.
    // CA OP = 29 862.75; January 8 740.30, February 11 060.00, March 10 062.45. Before: refused.
    file: "tcd-compact-mois-comptes.csv",
    pattern: "82. Compact pivot: a month row (its subtotal) then its accounts",
    caop: "29862.75",
    gross_sales: "30427.75",
    deductions: { discount: "565.00", rebate: "0.00", return: "0.00" },
    excluded: { asset_disposal: { count: 1, amount: "7250.00" } },
    to_review: { count: 0, amount: "0.00" },
    ignored: { count: 0 },
    months: { "2025-01": "8740.30", "2025-02": "11060.00", "2025-03": "10062.45" },
    diagnostics: [{ code: "pivot_compact", row: 2, column: "Étiquettes de lignes" }],
  },
  {
    // A tabular pivot without repeated item labels (round 28c C04): the month on each group's first
    // row, each group closed by "Total <mois>" equal to its sum. Sales 15 320.00 + 412.60 +
    // 13 905.15 + 17 480.90 + 389.10 = 47 507.75; 709 280.40 + 512.00 = 792.40; 775 4 500.00 an asset
    // disposal. CA OP = 46 715.35; January 15 452.20, February 13 905.15, March 17 358.00. Before:
    // 46 706.05 (the first row of each month only; the others date_empty, the totals date_unreadable).
    file: "tcd-tabulaire-sans-repetition.csv",
    pattern: "83. Tabular pivot, month once per group, Total <mois> rows",
    caop: "46715.35",
    gross_sales: "47507.75",
    deductions: { discount: "792.40", rebate: "0.00", return: "0.00" },
    excluded: { asset_disposal: { count: 1, amount: "4500.00" } },
    to_review: { count: 0, amount: "0.00" },
    ignored: { count: 0 },
    months: { "2025-01": "15452.20", "2025-02": "13905.15", "2025-03": "17358.00" },
    diagnostics: [{ code: "pivot_tabular", row: 5, column: "Mois" }],
  },
  {
    // An English pivot of months alone (round 28c C06): Row Labels Jan-25 … | Sum of Net Amount,
    // Grand Total 36 565.90 = the months' sum, never counted. No account: every month a sale to
    // review. CA OP = 12 480.55 + 9 875.00 + 14 210.35 = 36 565.90. Before: refused (no Date).
    file: "pivot-months-en.csv",
    pattern: "84. Pivot of months alone (Row Labels | Sum of Net Amount | Grand Total)",
    caop: "36565.90",
    gross_sales: "36565.90",
    deductions: NO_DED,
    excluded: {},
    to_review: { count: 3, amount: "36565.90" },
    ignored: { count: 0 },
    months: { "2025-01": "12480.55", "2025-02": "9875.00", "2025-03": "14210.35" },
    diagnostics: [{ code: "pivot_months", row: 2, column: "Row Labels" }],
  },
  {
    // Lightspeed X-Series sales history (outside round 28b K01): `Line Type` Sale rows are receipt
    // totals (each equal to its Product rows' Subtotal), Payment rows tenders: only Product rows are
    // sales, Total less Sales Tax (49 + 34, 158, 49 + 15). VOIDED (1202) and LAYBY (1205, a layaway
    // not completed) are no sales. CA OP = 83 + 158 + 64 = 305; January 241, February 64. Before:
    // 1 652 (receipts, lines and tenders summed, voided and lay-by counted).
    file: "lightspeed-xseries-historique-ventes.csv",
    pattern: "85. Lightspeed X-Series: Sale/Product/Payment rows under Line Type, voided and lay-by sales",
    caop: "305.00",
    gross_sales: "305.00",
    deductions: { discount: "0.00", rebate: "0.00", return: "0.00" },
    excluded: {},
    to_review: { count: 5, amount: "305.00" },
    ignored: { count: 0 },
    months: { "2025-01": "241.00", "2025-02": "64.00" },
    diagnostics: [
      { code: "status_not_issued", row: 6, column: "Status" },
      { code: "status_not_issued", row: 15, column: "Status" },
      { code: "invoice_header_rows", row: 2, column: "Line Type" },
      { code: "invoice_tender_rows", row: 5, column: "Line Type" },
    ],
  },
  {
    // MYOB AccountRight service sales (outside round 28b T02): `Account #` in MYOB's chart (x-xxxx),
    // never the PCG: 4-1100, 4-1200, 4-1300 are income (1 200 + 850 − 300 credit + 480 = 2 230), 8-1000
    // interest income no sale. Amount is ex-GST. Before: 0.00 (4- read as PCG class 4).
    file: "myob-ventes-services-comptes.txt",
    headerRow: 2,
    pattern: "86. MYOB service sales: Account # in MYOB's chart (4- income, 8- other income)",
    caop: "2230.00",
    gross_sales: "2230.00",
    deductions: { discount: "0.00", rebate: "0.00", return: "0.00" },
    excluded: {},
    to_review: { count: 0, amount: "0.00" },
    ignored: { count: 0 },
    months: { "2025-03": "2230.00" },
    diagnostics: [{ code: "account_chart_myob", row: 3, column: "Account #" }],
  },
  {
    // MYOB AccountRight item sales (outside round 28b T01): Total ex-GST after the line's discount
    // (price × quantity less the discount %), plus the Freight Amount billed (25 and 40, on each sale's
    // first line) of Sale Status I; Q (quote, 320 + 25) and O (order, 96) are no sales. Gross
    // 128 + 25 + 1 450 + 64 + 435 + 40 = 2 142, discounts 145 + 21.75 = 166.75; CA OP 1 975.25;
    // January 153 + 1 305 + 64 = 1 522, February 413.25 + 40 = 453.25. Before: 2 326.25.
    file: "myob-ventes-articles-port-statut.txt",
    headerRow: 2,
    pattern: "87. MYOB item sales: freight billed once per sale, quotes and orders no sales",
    caop: "1975.25",
    gross_sales: "2142.00",
    deductions: { discount: "166.75", rebate: "0.00", return: "0.00" },
    excluded: {},
    to_review: { count: 4, amount: "1975.25" },
    ignored: { count: 0 },
    months: { "2025-01": "1522.00", "2025-02": "453.25" },
    diagnostics: [
      { code: "shipping_once_per_invoice", row: 3, column: "Freight Amount" },
      { code: "status_not_issued", row: 8, column: "Sale Status" },
      { code: "status_not_issued", row: 10, column: "Sale Status" },
    ],
  },
  {
    // Mirakl order export (Conforama, outside round 28b B03): states a closed list. CLOSED, SHIPPED,
    // RECEIVED and REFUNDED orders were sold (Total order amount, shipping included), less their
    // Refunded amount (208 and 50); REFUSED, CANCELED, WAITING_ACCEPTANCE never were. Gross
    // 488 + 208 + 208 + 488 = 1 392, returns 258; CA OP 1 134. Before: 1 837 (RECEIVED unknown, the
    // whole column unread).
    file: "mirakl-commandes-etats.csv",
    pattern: "88. Mirakl orders: states read, refused, cancelled and waiting orders no sales",
    caop: "1134.00",
    gross_sales: "1392.00",
    deductions: { discount: "0.00", rebate: "0.00", return: "258.00" },
    excluded: {},
    to_review: { count: 4, amount: "1134.00" },
    ignored: { count: 0 },
    months: { "2025-03": "1134.00" },
    diagnostics: [
      { code: "status_not_issued", row: 4, column: "Status" },
      { code: "status_not_issued", row: 7, column: "Status" },
      { code: "status_not_issued", row: 8, column: "Status" },
    ],
  },
  {
    // A liberal profession's fee statement (round 28c I12) under its firm's block (name, address,
    // title): `Honoraires HT` is its revenue (BNC). 1 200 + 2 450.50 + 800 + 1 200 + 350.25 =
    // 6 000.75; January 3 650.50, February 2 000.00, March 350.25. Before: refused (no amount), the
    // message naming the firm's name as the header found.
    file: "bnc-releve-honoraires-bloc-cabinet.csv",
    headerRow: 5,
    pattern: "89. Fee statement (Honoraires HT) under the firm's name, address and title",
    caop: "6000.75",
    gross_sales: "6000.75",
    deductions: NO_DED,
    excluded: {},
    to_review: { count: 5, amount: "6000.75" },
    ignored: { count: 0 },
    months: { "2025-01": "3650.50", "2025-02": "2000.00", "2025-03": "350.25" },
    diagnostics: [{ code: "above_header", row: 5 }],
  },
  {
    // A builder's situations kept by their running total only (round 28c D02): per site, numbered
    // from n°1 in sequence, the running total never decreasing, so each situation bills its total
    // less the site's previous one. Tilleuls 12 000, 30 500 − 12 000 = 18 500, 41 250.50 − 30 500 =
    // 10 750.50; Jean Moulin 8 000, 19 400 − 8 000 = 11 400. January 12 000; February 18 500 +
    // 8 000 = 26 500; March 10 750.50 + 11 400 = 22 150.50; CA OP 60 650.50. Before: refused.
    file: "btp-situations-cumul-seul.csv",
    pattern: "90. Builder's situations by their running total only, two sites interleaved",
    caop: "60650.50",
    gross_sales: "60650.50",
    deductions: NO_DED,
    excluded: {},
    to_review: { count: 5, amount: "60650.50" },
    ignored: { count: 0 },
    months: { "2025-01": "12000.00", "2025-02": "26500.00", "2025-03": "22150.50" },
    diagnostics: [{ code: "cumulative_situations", column: "Cumul facturé HT" }],
  },
  {
    // eBay's Orders report (round 28b C03): a blank line above the header, a record count and the
    // seller id below it. Sales Record Number (2001, 2002…) is a record's number, never money; the
    // sale is Sold For with its Shipping And Handling (billed shipping, 7085); Total Price holds the
    // sales tax eBay collects. March 64 + 11.50 + 38 + 9.95 = 123.45; April 1 240; CA OP 1 363.45.
    // Before: 6 006.00 (the record numbers summed).
    file: "ebay-orders-report-us.csv",
    headerRow: 2,
    pattern: "91. eBay Orders report: Sold For + Shipping And Handling, never the Sales Record Number",
    caop: "1363.45",
    gross_sales: "1363.45",
    deductions: { discount: "0.00", rebate: "0.00", return: "0.00" },
    excluded: {},
    to_review: { count: 3, amount: "1363.45" },
    ignored: { count: 0 },
    months: { "2025-03": "123.45", "2025-04": "1240.00" },
    diagnostics: [{ code: "amount_plus_shipping", column: "Sold For" }],
  },
  {
    // Deliveroo's UK statement (round 28b R03): the order value less the restaurant-funded offers
    // (discount) and the refunds (returns); Deliveroo-funded offers, the delivery fee and the
    // commission are no sales deduction; Payout amount is after the commission, never the sale.
    // Orders 30 + 44.50 + 21.80 + 62 = 158.30; offers 3 + 6.20 = 9.20; refunds 10 + 21.80 = 31.80;
    // CA OP 117.30. April 30 − 3 + 44.50 − 10 = 61.50; May 21.80 − 21.80 + 62 − 6.20 = 55.80.
    // Before: the payout read as a net amount, its refunds added back.
    file: "deliveroo-uk-statement.csv",
    pattern: "92. Deliveroo UK: order value less restaurant-funded offers and refunds, never the payout",
    caop: "117.30",
    gross_sales: "158.30",
    deductions: { discount: "9.20", rebate: "0.00", return: "31.80" },
    excluded: {},
    to_review: { count: 4, amount: "117.30" },
    ignored: { count: 0 },
    months: { "2025-04": "61.50", "2025-05": "55.80" },
    reading: { amount: { column: "Order value (incl. VAT)", is: "gross" } },
    diagnostics: [{ code: "amount_ttc", column: "Order value (incl. VAT)" }],
  },
  {
    // A Mirakl (Fnac Darty) transaction log, Débit / Crédit (round 28b B01): its Type names each row.
    // The order amounts 120 + 890 + 245.50 and the shipping 6.90 are sales; the refund of the order
    // amount 120 a return. Commissions and their refund, the subscription, the Paiement (the payout
    // to the bank) and the manual debit (a penalty) are no sale nor deduction: set apart. CA OP =
    // 1 262.40 − 120 = 1 142.40; January 120 + 6.90 + 890 − 120 = 896.90; February 245.50. Before:
    // 201.13, the whole log summed, the payout a negative sale (February −548.01).
    file: "mirakl-journal-transactions-paiement.csv",
    pattern: "93. Mirakl transaction log: fees, payout and penalty rows are no sale",
    caop: "1142.40",
    gross_sales: "1262.40",
    deductions: { discount: "0.00", rebate: "0.00", return: "120.00" },
    excluded: {},
    to_review: { count: 4, amount: "1262.40" },
    ignored: { count: 0 },
    months: { "2025-01": "896.90", "2025-02": "245.50" },
    diagnostics: [{ code: "platform_log_types", row: 0, column: "Type" }],
  },
  {
    // Stripe's itemized balance change report (round 28b F02): reporting_category names each row. The
    // charges 250 + 80 + 400 + 120 are sales, the refund 80 a return; Stripe Billing's fee 19, the
    // payout and the network cost are no sale. CA OP = 850 − 80 = 770; January 250, February 400,
    // March 120. Before: 751.00 (Stripe Billing's fee counted as a negative sale).
    file: "stripe-itemized-fee-payout.csv",
    pattern: "94. Stripe itemized report: fee, payout and network_cost rows are no sale",
    caop: "770.00",
    gross_sales: "850.00",
    deductions: { discount: "0.00", rebate: "0.00", return: "80.00" },
    excluded: {},
    to_review: { count: 4, amount: "850.00" },
    ignored: { count: 0 },
    months: { "2025-01": "250.00", "2025-02": "400.00", "2025-03": "120.00" },
    diagnostics: [{ code: "platform_log_types", row: 0, column: "reporting_category" }],
  },
  {
    // WooCommerce's order export, one row per item (round 28a M02): the order's number, total, tax and
    // shipping repeated on each item row of the order. Each order counts once, its Total less its Tax
    // (shipping billed is revenue): 5001 151.20 − 25.20 = 126.00 (2 × 40 + 25 + 3 × 5 + 6 of
    // shipping), 5002 60 − 10 = 50, 5003 96 − 16 = 80 (2 × 30 + 15 + 5). January 176, February 80,
    // CA OP 256.00. Before: 588.00 (each order's total counted on every item row).
    file: "woocommerce-articles-total-commande-repete.csv",
    pattern: "95. Shop order items with the order's total repeated on each row",
    caop: "256.00",
    gross_sales: "256.00",
    deductions: NO_DED,
    excluded: {},
    to_review: { count: 3, amount: "256.00" },
    ignored: { count: 0 },
    months: { "2025-01": "176.00", "2025-02": "80.00" },
    diagnostics: [
      { code: "order_totals_repeated", row: 3, column: "Order Total Amount" },
      { code: "amount_includes_vat", row: 2, column: "Order Total Amount" },
    ],
    onlyListedDiagnostics: true,
  },
  {
    // Odoo's invoices exported with their lines (round 28a M03): "Invoice lines/Subtotal" is Odoo's
    // line Subtotal; each invoice's number, date and partner only on its first line. Every line is the
    // invoice's, at its date: January 1 200 + 150 + 300 + 2 000 − 200 (709 remise) = 3 450; February
    // 900 + 80 + 400 = 1 380 (the vehicle's 5 000 on 775 an asset disposal). CA OP = 4 830.
    // Before: refused (no amount column), and with --map 3 200 (the further lines dropped, date empty).
    file: "odoo-factures-lignes-relation.csv",
    pattern: "96. Odoo invoices with their lines: number and date on the first line only",
    caop: "4830.00",
    gross_sales: "5030.00",
    deductions: { discount: "200.00", rebate: "0.00", return: "0.00" },
    excluded: { asset_disposal: { count: 1, amount: "5000.00" } },
    to_review: { count: 0 },
    ignored: { count: 0 },
    months: { "2025-01": "3450.00", "2025-02": "1380.00" },
    diagnostics: [{ code: "record_lines_filled", row: 3, column: "Invoice/Bill Date" }],
    onlyListedDiagnostics: true,
  },
];
