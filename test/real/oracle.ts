/**
 * Independent oracle for the real-export fixtures: for each fixture line, the accountant's
 * hand-written decision (contribution, kind, scope), summed with decimal.js by the SPEC 2.2
 * definitions. Uses nothing from src/ at run time: it checks expected.ts for arithmetic slips.
 */
import Decimal from "decimal.js";

type Kind = "sale" | "discount" | "rebate" | "return";
type Reason = "asset_disposal" | "subsidy" | "financial" | "exceptional" | "tax_credit" | "non_core";
/**
 * "not_revenue": outside class 7, ignored; "unusable": could not be read, counted in ignored;
 * "not_line": an account heading or a total row of the export, not a line, never counted.
 */
type Scope = "op" | "to_review" | Reason | "not_revenue" | "unusable" | "not_line";

/** One contribution of one line (a line with a rate or net discount has a sale part and a discount part). */
export interface LineNote {
  row: number;
  /** Signed contribution (SPEC 2.2): a deduction part is negative. */
  c: string;
  kind: Kind;
  scope: Scope;
  /** yyyy-mm of the sales date. */
  month: string;
}

const REASONS: readonly Reason[] = [
  "asset_disposal",
  "subsidy",
  "financial",
  "exceptional",
  "tax_credit",
  "non_core",
];

function l(row: number, c: string, kind: Kind, scope: Scope, month: string): LineNote {
  return { row, c, kind, scope, month };
}

/** The accountant's per-line decisions, by fixture file name. */
export const NOTES: Record<string, LineNote[]> = {
  "ebp-journal-comptes-auxiliaires.csv": [
    // CDUPONT, FMETRO, C0001: third parties' accounts, as 411 / 401 would be.
    l(2, "-1440", "sale", "not_revenue", "2025-01"),
    l(3, "1200", "sale", "op", "2025-01"),
    l(4, "240", "sale", "not_revenue", "2025-01"),
    l(5, "-500", "sale", "not_revenue", "2025-01"),
    l(6, "-100", "sale", "not_revenue", "2025-01"),
    l(7, "600", "sale", "not_revenue", "2025-01"),
    l(8, "-3000", "sale", "not_revenue", "2025-02"),
    l(9, "2500", "sale", "op", "2025-02"),
    l(10, "500", "sale", "not_revenue", "2025-02"),
    l(11, "-120", "discount", "op", "2025-02"),
    l(12, "-24", "sale", "not_revenue", "2025-02"),
    l(13, "144", "sale", "not_revenue", "2025-02"),
    l(14, "-1440", "sale", "not_revenue", "2025-02"),
    l(15, "1440", "sale", "not_revenue", "2025-02"),
  ],
  "oracle-ebs-segments.csv": [
    // Accounted amounts (EUR); the natural account is the third segment.
    l(2, "41355.66", "sale", "op", "2025-01"),
    l(3, "8271.13", "sale", "not_revenue", "2025-01"),
    l(4, "-49626.79", "sale", "not_revenue", "2025-01"),
    l(5, "10000", "sale", "op", "2025-01"),
    l(6, "2000", "sale", "not_revenue", "2025-01"),
    l(7, "-12000", "sale", "not_revenue", "2025-01"),
    l(8, "3000", "sale", "op", "2025-02"),
    l(9, "600", "sale", "not_revenue", "2025-02"),
    l(10, "-3600", "sale", "not_revenue", "2025-02"),
    l(11, "-1000", "return", "op", "2025-02"),
    l(12, "-200", "sale", "not_revenue", "2025-02"),
    l(13, "1200", "sale", "not_revenue", "2025-02"),
    l(14, "8000", "sale", "asset_disposal", "2025-02"),
    l(15, "-8000", "sale", "not_revenue", "2025-02"),
    l(16, "5000", "sale", "op", "2025-03"),
    l(17, "-5000", "sale", "not_revenue", "2025-03"),
  ],
  "us-superstore.csv": [
    // Lead decision (issue 9, phase 2): Sales is net (no unit price to prove otherwise) and the
    // Discount rates are not turned into amounts, since gross = net / (1 − rate) is not exact
    // (e.g. / 0.85): each line counts its net, discount 0.00.
    l(2, "261.96", "sale", "to_review", "2016-11"),
    l(3, "731.94", "sale", "to_review", "2016-11"),
    l(4, "14.62", "sale", "to_review", "2016-06"),
    l(5, "957.5775", "sale", "to_review", "2015-10"),
    l(6, "22.368", "sale", "to_review", "2015-10"),
    l(7, "48.86", "sale", "to_review", "2014-06"),
    l(8, "15.552", "sale", "to_review", "2017-04"),
    l(9, "8.56", "sale", "to_review", "2014-08"),
  ],
  "montant-ht-sign-rule.csv": [
    l(2, "800", "sale", "op", "2025-01"),
    l(3, "120", "sale", "op", "2025-01"),
    l(4, "1500", "sale", "op", "2025-01"),
    l(5, "-50", "discount", "op", "2025-01"),
    l(6, "-200", "return", "op", "2025-01"),
    l(7, "450", "sale", "op", "2025-01"),
  ],
  "sage-debit-credit.csv": [
    l(2, "-1440", "sale", "not_revenue", "2025-02"),
    l(3, "1200", "sale", "op", "2025-02"),
    l(4, "240", "sale", "not_revenue", "2025-02"),
    l(5, "-2160", "sale", "not_revenue", "2025-02"),
    l(6, "2000", "sale", "op", "2025-02"),
    l(7, "-200", "discount", "op", "2025-02"),
    l(8, "360", "sale", "not_revenue", "2025-02"),
    l(9, "-350", "rebate", "op", "2025-02"),
    l(10, "420", "sale", "not_revenue", "2025-02"),
    l(11, "-70", "sale", "not_revenue", "2025-02"),
    l(12, "-150", "return", "op", "2025-02"),
    l(13, "180", "sale", "not_revenue", "2025-02"),
    l(14, "-30", "sale", "not_revenue", "2025-02"),
  ],
  "type-piece-unsigned.csv": [
    l(2, "4800", "sale", "op", "2025-03"),
    l(3, "1250", "sale", "op", "2025-03"),
    l(4, "6000", "sale", "asset_disposal", "2025-03"),
    l(5, "10000", "sale", "subsidy", "2025-03"),
    l(6, "-300", "return", "op", "2025-03"),
    l(7, "-125", "return", "op", "2025-03"),
    l(8, "900", "sale", "op", "2025-03"),
  ],
  "qte-pu-remise-net.csv": [
    l(2, "500", "sale", "to_review", "2025-04"),
    l(2, "-50", "discount", "to_review", "2025-04"),
    l(3, "640", "sale", "to_review", "2025-04"),
    l(4, "380", "sale", "to_review", "2025-04"),
    l(4, "-38", "discount", "to_review", "2025-04"),
    l(5, "149.40", "sale", "to_review", "2025-04"),
    l(5, "-14.94", "discount", "to_review", "2025-04"),
  ],
  "qte-pu-remise-taux.csv": [
    l(2, "500", "sale", "to_review", "2025-04"),
    l(2, "-50", "discount", "to_review", "2025-04"),
    l(3, "640", "sale", "to_review", "2025-04"),
    l(4, "380", "sale", "to_review", "2025-04"),
    l(4, "-19", "discount", "to_review", "2025-04"),
    l(5, "410", "sale", "to_review", "2025-04"),
    l(5, "-61.50", "discount", "to_review", "2025-04"),
  ],
  // Session 3: rate columns named by their header ("Remise %" in percent points, "Taux de remise" as fractions).
  "ebp-remise-pourcent.csv": [
    l(2, "1200", "sale", "op", "2025-05"),
    l(2, "-120", "discount", "op", "2025-05"),
    l(3, "960", "sale", "op", "2025-05"),
    l(3, "-48", "discount", "op", "2025-05"),
    l(4, "364", "sale", "op", "2025-05"),
    l(5, "190", "sale", "op", "2025-05"),
    l(5, "-23.75", "discount", "op", "2025-05"),
    l(6, "4000", "sale", "asset_disposal", "2025-05"),
  ],
  "sage-taux-remise-brut.csv": [
    l(2, "2400", "sale", "op", "2025-06"),
    l(2, "-360", "discount", "op", "2025-06"),
    l(3, "1200", "sale", "op", "2025-06"),
    l(3, "-120", "discount", "op", "2025-06"),
    l(4, "800", "sale", "op", "2025-06"),
    l(5, "1500", "sale", "op", "2025-06"),
    l(5, "-75", "discount", "op", "2025-06"),
    l(6, "5000", "sale", "subsidy", "2025-06"),
  ],
  "quickbooks-sales-by-customer.csv": [
    // Title rows and "Total for …" rows are not lines; customer header rows (a name, no date, no
    // amount) are section headings, not lines. No account, no keyword: sales are à vérifier; the
    // Credit Memo (document type) is signed negative: a return counted as it is; "Cancelled" says return.
    l(6, "0", "sale", "not_line", "2025-01"),
    l(7, "1500", "sale", "to_review", "2025-01"),
    l(8, "600", "sale", "to_review", "2025-02"),
    l(9, "-150", "return", "op", "2025-02"),
    l(10, "1950", "sale", "not_line", "2025-02"),
    l(11, "0", "sale", "not_line", "2025-02"),
    l(12, "2400", "sale", "to_review", "2025-03"),
    l(13, "2400", "sale", "not_line", "2025-03"),
    l(14, "4350", "sale", "not_line", "2025-03"),
  ],
  "quickbooks-sales-by-customer-period.csv": [
    // The same report over "January 1-12, 2025": its days all 12 or less, read mm/dd as its period
    // holds them (9 January, not 1 September). Headings and totals are not lines.
    l(6, "0", "sale", "not_line", "2025-01"),
    l(7, "5500", "sale", "to_review", "2025-01"),
    l(8, "350", "sale", "to_review", "2025-01"),
    l(9, "5850", "sale", "not_line", "2025-01"),
    l(10, "0", "sale", "not_line", "2025-01"),
    l(11, "300", "sale", "to_review", "2025-01"),
    l(12, "150", "sale", "to_review", "2025-01"),
    l(13, "450", "sale", "not_line", "2025-01"),
    l(14, "6300", "sale", "not_line", "2025-01"),
  ],
  "type-facture-avoir.csv": [
    // "Type" holds document types: Facture says nothing, the account decides (no conflict);
    // Avoir on 706 subtracts (a credit note, even written positive).
    l(2, "1000", "sale", "op", "2025-01"),
    l(3, "3000", "sale", "asset_disposal", "2025-01"),
    l(4, "-200", "return", "op", "2025-01"),
    l(5, "5000", "sale", "subsidy", "2025-01"),
  ],
  "sage-grand-livre.csv": [
    // General ledger: the account heads its lines (empty account cells); "Total …" rows are not lines.
    l(5, "0", "sale", "not_line", "2025-01"),
    l(6, "1200", "sale", "op", "2025-01"),
    l(7, "-300", "sale", "op", "2025-02"),
    l(8, "2450", "sale", "op", "2025-03"),
    l(9, "3350", "sale", "not_line", "2025-03"),
    l(10, "0", "sale", "not_line", "2025-03"),
    l(11, "-150", "discount", "op", "2025-03"),
    l(12, "-150", "sale", "not_line", "2025-03"),
    l(13, "0", "sale", "not_line", "2025-03"),
    l(14, "5000", "sale", "subsidy", "2025-03"),
    l(15, "5000", "sale", "not_line", "2025-03"),
    l(16, "0", "sale", "not_line", "2025-03"),
    l(17, "8000", "sale", "asset_disposal", "2025-03"),
    l(18, "8000", "sale", "not_line", "2025-03"),
    l(19, "16200", "sale", "not_line", "2025-03"),
  ],
  "stray-semicolon.csv": [
    l(2, "1200", "sale", "op", "2025-01"),
    l(3, "5000", "sale", "op", "2025-01"),
    l(4, "850", "sale", "op", "2025-01"),
    l(5, "0", "sale", "unusable", "2025-01"),
  ],
  "fec-montant-sens-negatif.txt": [
    l(2, "-1800", "sale", "not_revenue", "2025-05"),
    l(3, "1500", "sale", "op", "2025-05"),
    l(4, "300", "sale", "not_revenue", "2025-05"),
    l(5, "2400", "sale", "op", "2025-05"),
    l(6, "-300", "discount", "op", "2025-05"),
    l(7, "-200", "return", "op", "2025-05"),
  ],
  "fec-sens-plus-moins-un.txt": [
    l(2, "-3000", "sale", "not_revenue", "2025-06"),
    l(3, "2500", "sale", "op", "2025-06"),
    l(4, "500", "sale", "not_revenue", "2025-06"),
    l(5, "-100", "rebate", "op", "2025-06"),
    l(6, "1200", "sale", "op", "2025-06"),
  ],
  "fec-virgule-point.txt": [
    l(2, "-1183.585", "sale", "not_revenue", "2025-07"),
    l(3, "1200.50", "sale", "op", "2025-07"),
    l(4, "33.335", "sale", "op", "2025-07"),
    l(5, "-50.25", "discount", "op", "2025-07"),
  ],
  "ledger-credit-negative.csv": [
    // Debit positive (709 positive beside negative sales): each amount read negated.
    l(2, "2500", "sale", "op", "2025-06"),
    l(3, "1800", "sale", "op", "2025-06"),
    l(4, "950", "sale", "op", "2025-06"),
    l(5, "-125", "discount", "op", "2025-06"),
  ],
  "label-keyword-exceptions.csv": [
    l(2, "1200", "sale", "op", "2025-07"),
    l(3, "2400", "sale", "op", "2025-07"),
    l(4, "3600", "sale", "op", "2025-07"),
    l(5, "85000", "sale", "asset_disposal", "2025-07"),
    l(6, "1000", "sale", "op", "2025-07"),
  ],
  "account-beats-nature.csv": [
    l(2, "3000", "sale", "op", "2025-08"),
    l(3, "4500", "sale", "subsidy", "2025-08"),
    l(4, "8000", "sale", "asset_disposal", "2025-08"),
    l(5, "2200", "sale", "op", "2025-08"),
    l(6, "1500", "sale", "op", "2025-08"),
  ],
  "cegid-two-digit-years.csv": [
    l(2, "2750", "sale", "op", "2025-01"),
    l(3, "2750", "sale", "op", "2025-02"),
    l(4, "-275", "discount", "op", "2025-02"),
    l(5, "3100", "sale", "op", "2025-03"),
    l(6, "-3720", "sale", "not_revenue", "2025-03"),
    l(7, "250", "sale", "op", "2025-03"),
  ],
  "uk-ddmmyyyy.csv": [
    l(2, "1234.56", "sale", "to_review", "2025-01"),
    l(3, "2000", "sale", "op", "2025-01"),
    l(4, "875.40", "sale", "to_review", "2025-01"),
    l(5, "-234.56", "return", "op", "2025-02"),
    l(6, "3500", "sale", "asset_disposal", "2025-02"),
    l(7, "2000", "sale", "op", "2025-02"),
  ],
  "ebp-furniture.csv": [
    l(2, "4000000", "sale", "op", "2025-01"),
    l(3, "-150000", "discount", "op", "2025-01"),
    l(4, "900000", "sale", "asset_disposal", "2025-01"),
    l(5, "-900000", "sale", "not_revenue", "2025-01"),
  ],
  "excel-comptabilite-tiret-zero.csv": [
    l(2, "1500", "sale", "op", "2025-01"),
    l(3, "-150", "discount", "op", "2025-01"),
    l(4, "2000", "sale", "op", "2025-02"),
    l(5, "99.90", "sale", "op", "2025-02"),
  ],
  "cegid-general-auxiliaire.csv": [
    l(2, "-6000", "sale", "not_revenue", "2025-05"),
    l(3, "5000", "sale", "op", "2025-05"),
    l(4, "1000", "sale", "not_revenue", "2025-05"),
    l(5, "-1200", "sale", "not_revenue", "2025-05"),
    l(6, "1000", "sale", "to_review", "2025-05"),
    l(7, "200", "sale", "not_revenue", "2025-05"),
    l(8, "33", "sale", "non_core", "2025-06"),
    l(9, "900", "sale", "non_core", "2025-06"),
    l(10, "2000", "sale", "non_core", "2025-06"),
    l(11, "15000", "sale", "non_core", "2025-06"),
  ],
  "sage-grand-livre-solde-report.csv": [
    // Carried balances and totals are not lines; RFA (remise de fin d'année) on 709 is a rebate.
    l(2, "45000", "sale", "not_line", "2025-04"),
    l(3, "3000", "sale", "op", "2025-04"),
    l(4, "2500", "sale", "op", "2025-05"),
    l(5, "50500", "sale", "not_line", "2025-05"),
    l(6, "-1200", "discount", "not_line", "2025-04"),
    l(7, "-300", "rebate", "op", "2025-06"),
    l(8, "-1500", "discount", "not_line", "2025-06"),
  ],
  "quadratus-jjmmaa.csv": [
    l(2, "1500", "sale", "op", "2025-01"),
    l(3, "2000", "sale", "op", "2025-02"),
    l(4, "-100", "discount", "op", "2025-02"),
    l(5, "700", "sale", "op", "2025-03"),
  ],
  "quickbooks-journal-account-names.csv": [
    l(2, "-1630", "sale", "not_revenue", "2025-01"),
    l(3, "1500", "sale", "to_review", "2025-01"),
    l(4, "130", "sale", "not_revenue", "2025-01"),
    l(5, "-2300", "sale", "not_revenue", "2025-02"),
    l(6, "2500", "sale", "to_review", "2025-02"),
    l(7, "-200", "discount", "op", "2025-02"),
    l(8, "-12.40", "sale", "not_revenue", "2025-03"),
    l(9, "12.40", "sale", "financial", "2025-03"),
    l(10, "-8000", "sale", "not_revenue", "2025-03"),
    l(11, "8000", "sale", "asset_disposal", "2025-03"),
  ],
  "xero-account-transactions.csv": [
    l(2, "1950", "sale", "to_review", "2025-02"),
    l(3, "-2340", "sale", "not_revenue", "2025-02"),
    l(4, "390", "sale", "not_revenue", "2025-02"),
    l(5, "1200", "sale", "to_review", "2025-02"),
    l(6, "14.20", "sale", "financial", "2025-02"),
  ],
  "sage-grand-livre-sans-colonne-compte.csv": [
    l(2, "0", "sale", "not_line", "2025-04"),
    l(3, "3200", "sale", "op", "2025-04"),
    l(4, "1850.50", "sale", "op", "2025-04"),
    l(5, "5050.50", "sale", "not_line", "2025-04"),
    l(6, "0", "sale", "not_line", "2025-06"),
    l(7, "-400", "rebate", "op", "2025-06"),
    l(8, "-400", "sale", "not_line", "2025-06"),
    l(9, "0", "sale", "not_line", "2025-06"),
    l(10, "6000", "sale", "asset_disposal", "2025-06"),
    l(11, "6000", "sale", "not_line", "2025-06"),
  ],
  "quickbooks-journal-date-premiere-ligne.csv": [
    l(6, "-1630", "sale", "not_revenue", "2025-01"),
    l(7, "1500", "sale", "to_review", "2025-01"),
    l(8, "130", "sale", "not_revenue", "2025-01"),
    l(9, "-2300", "sale", "not_revenue", "2025-02"),
    l(10, "2500", "sale", "to_review", "2025-02"),
    l(11, "-200", "discount", "op", "2025-02"),
    l(12, "-12.40", "sale", "not_revenue", "2025-03"),
    l(13, "12.40", "sale", "financial", "2025-03"),
    l(14, "-8000", "sale", "not_revenue", "2025-03"),
    l(15, "8000", "sale", "asset_disposal", "2025-03"),
    l(16, "0", "sale", "unusable", "2025-03"),
  ],
  "sage50us-journal-reference-repetee.csv": [
    l(6, "-1605", "sale", "not_revenue", "2025-01"),
    l(7, "1000", "sale", "to_review", "2025-01"),
    l(8, "500", "sale", "to_review", "2025-01"),
    l(9, "105", "sale", "not_revenue", "2025-01"),
    l(10, "-2140", "sale", "not_revenue", "2025-01"),
    l(11, "-100", "discount", "op", "2025-01"),
    l(12, "2100", "sale", "to_review", "2025-01"),
    l(13, "140", "sale", "not_revenue", "2025-01"),
    l(14, "-12", "sale", "not_revenue", "2025-02"),
    l(15, "12", "sale", "financial", "2025-02"),
    l(16, "-3000", "sale", "not_revenue", "2025-02"),
    l(17, "3000", "sale", "asset_disposal", "2025-02"),
    l(18, "-856", "sale", "not_revenue", "2025-02"),
    l(19, "800", "sale", "to_review", "2025-02"),
    l(20, "56", "sale", "not_revenue", "2025-02"),
    l(21, "0", "sale", "not_line", "2025-02"),
  ],
  // SAP BSEG, unsigned: 50 credit (adds), 40 debit (the 709 remise, the credit memo on 706).
  "sap-se16n-bseg-cle-compta.csv": [
    l(2, "20830.74", "sale", "op", "2025-01"),
    l(3, "7859.23", "sale", "asset_disposal", "2025-01"),
    l(4, "-2242.52", "discount", "op", "2025-01"),
    l(5, "41730.03", "sale", "op", "2025-02"),
    l(6, "-1500", "return", "op", "2025-02"),
    l(7, "3200", "sale", "op", "2025-03"),
  ],
  // SAP FBL3N, the same postings written debit positive (credits 1.234,56-): each amount read negated.
  "sap-fbl3n-credits-moins-final.csv": [
    l(2, "20830.74", "sale", "op", "2025-01"),
    l(3, "7859.23", "sale", "asset_disposal", "2025-01"),
    l(4, "-2242.52", "discount", "op", "2025-01"),
    l(5, "41730.03", "sale", "op", "2025-02"),
    l(6, "-1500", "return", "op", "2025-02"),
    l(7, "3200", "sale", "op", "2025-03"),
  ],
  "sage-montant-sens-0-1.csv": [
    l(2, "1500", "sale", "op", "2025-01"),
    l(3, "-1800", "sale", "not_revenue", "2025-01"),
    l(4, "-150", "discount", "op", "2025-01"),
    l(5, "2000", "sale", "op", "2025-02"),
    l(6, "-100", "sale", "op", "2025-02"),
  ],
  "excel-montant-debit-credit-deux-lignes.csv": [
    l(3, "-2400", "sale", "not_revenue", "2025-01"),
    l(4, "2000", "sale", "op", "2025-01"),
    l(5, "400", "sale", "not_revenue", "2025-01"),
    l(6, "-1080", "sale", "not_revenue", "2025-01"),
    l(7, "900", "sale", "op", "2025-01"),
    l(8, "180", "sale", "not_revenue", "2025-01"),
    l(9, "-100", "discount", "op", "2025-01"),
    l(10, "-20", "sale", "not_revenue", "2025-01"),
    l(11, "120", "sale", "not_revenue", "2025-01"),
    l(12, "-3600", "sale", "not_revenue", "2025-02"),
    l(13, "3000", "sale", "op", "2025-02"),
    l(14, "600", "sale", "not_revenue", "2025-02"),
    l(15, "-5000", "sale", "not_revenue", "2025-02"),
    l(16, "5000", "sale", "asset_disposal", "2025-02"),
  ],
  "excel-sous-totaux-dates.csv": [
    l(2, "1200", "sale", "op", "2025-01"),
    l(3, "830.50", "sale", "op", "2025-01"),
    l(4, "-30.50", "discount", "op", "2025-01"),
    l(5, "2000", "sale", "not_line", "2025-01"),
    l(6, "950", "sale", "op", "2025-02"),
    l(7, "400", "sale", "op", "2025-02"),
    l(8, "1350", "sale", "not_line", "2025-02"),
    l(9, "3350", "sale", "not_line", "2025-02"),
    l(10, "3350", "sale", "not_line", "2025-02"),
  ],
  // Cancelled and draft invoices (rows 5, 7) were never issued: "not_line", never counted.
  "odoo-factures-statut.csv": [
    l(2, "1550", "sale", "op", "2025-01"),
    l(3, "2875.40", "sale", "op", "2025-01"),
    l(4, "-150", "return", "op", "2025-01"),
    l(5, "500", "sale", "not_line", "2025-02"),
    l(6, "999.99", "sale", "op", "2025-02"),
    l(7, "1200", "sale", "not_line", "2025-02"),
  ],
  // The HT column, never the TTC "Montant"; AV rows are returns, the 775 row an asset disposal.
  "journal-ventes-ttc-ht-fa-av.csv": [
    l(2, "1200", "sale", "op", "2025-01"),
    l(3, "2500", "sale", "op", "2025-01"),
    l(4, "-200", "return", "op", "2025-01"),
    l(5, "7500", "sale", "asset_disposal", "2025-02"),
    l(6, "800", "sale", "op", "2025-02"),
    l(7, "-100", "return", "op", "2025-02"),
  ],
  // EBP sales documents: FA invoices, AV credit notes (positive, unsigned: returns); no account.
  "ebp-documents-type-fa-av.csv": [
    l(2, "1500", "sale", "to_review", "2025-01"),
    l(3, "2400", "sale", "to_review", "2025-01"),
    l(4, "-300", "return", "to_review", "2025-01"),
    l(5, "980.50", "sale", "to_review", "2025-02"),
    l(6, "-120.25", "return", "to_review", "2025-02"),
    l(7, "3000", "sale", "to_review", "2025-02"),
  ],
  // Sage 50 UK audit trail: SC credits subtract, SD to 4009 a discount; the nominal decides bank
  // receipts (4900 other income, 4200 the van); SR to the bank no revenue; journals JC / JD apart.
  "sage50uk-audit-trail-bank-journals.csv": [
    l(2, "1000", "sale", "op", "2025-01"),
    l(3, "2500", "sale", "op", "2025-01"),
    l(4, "-300", "return", "op", "2025-01"),
    l(5, "-50", "discount", "op", "2025-02"),
    l(6, "0", "sale", "not_revenue", "2025-02"),
    l(7, "5000", "sale", "non_core", "2025-02"),
    l(8, "6500", "sale", "asset_disposal", "2025-02"),
    l(9, "800", "sale", "op", "2025-02"),
    l(10, "3125", "sale", "non_core", "2025-02"),
    l(11, "0", "sale", "not_revenue", "2025-02"),
    l(12, "120", "sale", "op", "2025-03"),
  ],
  // EBP lines: DE quotes, CC orders and BR return notes are no sale; AV written unsigned subtracts.
  "ebp-lignes-type-de-cc-br.csv": [
    l(2, "778", "sale", "to_review", "2025-01"),
    l(3, "0", "sale", "not_line", "2025-01"),
    l(4, "0", "sale", "not_line", "2025-01"),
    l(5, "459", "sale", "to_review", "2025-01"),
    l(6, "0", "sale", "not_line", "2025-02"),
    l(7, "-389", "return", "to_review", "2025-02"),
    l(8, "1049.70", "sale", "to_review", "2025-02"),
  ],
  // Sellsy documents: quotes, orders, pro-formas and a cancelled invoice are no sale.
  "sellsy-documents-devis-commandes.csv": [
    l(2, "0", "sale", "not_line", "2025-01"),
    l(3, "1500", "sale", "to_review", "2025-01"),
    l(4, "0", "sale", "not_line", "2025-01"),
    l(5, "800", "sale", "to_review", "2025-01"),
    l(6, "-200", "return", "to_review", "2025-01"),
    l(7, "0", "sale", "not_line", "2025-01"),
    l(8, "900", "sale", "to_review", "2025-02"),
    l(9, "0", "sale", "not_line", "2025-02"),
  ],
  // Stripe payments: the refunded part of a payment is a return; a failed payment no sale.
  "stripe-paiements.csv": [
    l(2, "120", "sale", "op", "2025-01"),
    l(3, "120", "sale", "op", "2025-01"),
    l(3, "-120", "return", "op", "2025-01"),
    l(4, "0", "sale", "not_line", "2025-01"),
    l(5, "49.90", "sale", "to_review", "2025-02"),
    l(6, "240", "sale", "op", "2025-02"),
    l(6, "-40", "return", "op", "2025-02"),
  ],
  // Sales by article: the invoice's total repeated on its lines; each line is Qté × PU.
  "ventes-par-article-total-facture.csv": [
    l(2, "340", "sale", "to_review", "2025-01"),
    l(3, "750", "sale", "to_review", "2025-01"),
    l(4, "79.80", "sale", "to_review", "2025-01"),
    l(5, "1200", "sale", "to_review", "2025-02"),
    l(6, "170", "sale", "to_review", "2025-02"),
    l(7, "154.50", "sale", "to_review", "2025-02"),
  ],
  // Zoho Books: the invoice's discount once, on its first row.
  // SAP CO-PA KE24: each line's revenue, less its Remise client and Remise quantitative; the escompte unread.
  // A fee statement under its firm's block: each note's Honoraires HT is a sale, none classified.
  "bnc-releve-honoraires-bloc-cabinet.csv": [
    l(6, "1200", "sale", "to_review", "2025-01"),
    l(7, "2450.50", "sale", "to_review", "2025-01"),
    l(8, "800", "sale", "to_review", "2025-02"),
    l(9, "1200", "sale", "to_review", "2025-02"),
    l(10, "350.25", "sale", "to_review", "2025-03"),
  ],
  // A builder's running totals: each situation is its total less the site's previous one.
  "btp-situations-cumul-seul.csv": [
    l(2, "12000", "sale", "to_review", "2025-01"),
    l(3, "18500", "sale", "to_review", "2025-02"),
    l(4, "8000", "sale", "to_review", "2025-02"),
    l(5, "10750.50", "sale", "to_review", "2025-03"),
    l(6, "11400", "sale", "to_review", "2025-03"),
  ],
  "sap-ke24-copa-champs-valeur.csv": [
    l(2, "532.49", "sale", "to_review", "2025-01"),
    l(2, "-26.62", "discount", "to_review", "2025-01"),
    l(3, "16161.31", "sale", "to_review", "2025-01"),
    l(3, "-484.84", "discount", "to_review", "2025-01"),
    l(4, "4797.76", "sale", "to_review", "2025-02"),
    l(4, "-239.89", "discount", "to_review", "2025-02"),
    l(4, "-95.96", "discount", "to_review", "2025-02"),
    l(5, "12145.75", "sale", "to_review", "2025-02"),
    l(6, "1355.02", "sale", "to_review", "2025-03"),
    l(6, "-67.75", "discount", "to_review", "2025-03"),
  ],
  // Power BI: Account Category is the nature (Revenue unclassified, Discounts a discount).
  "powerbi-account-category.csv": [
    l(2, "8735.23", "sale", "to_review", "2025-01"),
    l(3, "-635.61", "discount", "op", "2025-01"),
    l(4, "412.50", "sale", "financial", "2025-01"),
    l(5, "8557.32", "sale", "to_review", "2025-02"),
    l(6, "1200.00", "sale", "non_core", "2025-02"),
    l(7, "21553.87", "sale", "to_review", "2025-03"),
    l(8, "-1077.69", "discount", "op", "2025-03"),
  ],
  "zoho-books-remise-globale.csv": [
    l(2, "1000", "sale", "to_review", "2025-01"),
    l(2, "-150", "discount", "to_review", "2025-01"),
    l(3, "500", "sale", "to_review", "2025-01"),
    l(4, "900", "sale", "to_review", "2025-01"),
    l(5, "0", "sale", "not_line", "2025-01"),
    l(6, "1000", "sale", "to_review", "2025-02"),
    l(6, "-62", "discount", "to_review", "2025-02"),
    l(7, "120", "sale", "to_review", "2025-02"),
    l(8, "120", "sale", "to_review", "2025-02"),
    l(9, "510", "sale", "to_review", "2025-02"),
    l(9, "-25.50", "discount", "to_review", "2025-02"),
  ],
  // SAP: S (Soll) is a debit, H (Haben) a credit; a debit on 706 takes a sale back.
  "sap-code-debit-credit-s-h.csv": [
    l(2, "1200", "sale", "op", "2025-01"),
    l(3, "3450.50", "sale", "op", "2025-01"),
    l(4, "-100", "discount", "op", "2025-01"),
    l(5, "2000", "sale", "op", "2025-02"),
    l(6, "-150", "return", "op", "2025-02"),
    l(7, "10000", "sale", "asset_disposal", "2025-02"),
    l(8, "5000", "sale", "subsidy", "2025-03"),
    l(9, "4321.09", "sale", "op", "2025-03"),
    l(10, "-321.09", "return", "op", "2025-03"),
  ],
  // A receipts book: the amount less its VAT ("dont TVA").
  "livre-recettes-dont-tva.csv": [
    l(2, "1200", "sale", "op", "2025-01"),
    l(3, "3450.50", "sale", "op", "2025-01"),
    l(4, "2000", "sale", "op", "2025-02"),
    l(5, "5000", "sale", "subsidy", "2025-02"),
    l(6, "4321.09", "sale", "op", "2025-03"),
  ],
  // A report in thousands of euros (Montant (k€)): each value × 1 000.
  "reporting-ca-k-euros.csv": [
    l(2, "120500", "sale", "op", "2025-01"),
    l(3, "-2250", "discount", "op", "2025-01"),
    l(4, "98750", "sale", "op", "2025-02"),
    l(5, "15000", "sale", "subsidy", "2025-02"),
    l(6, "1234567", "sale", "op", "2025-03"),
    l(7, "12.50", "sale", "op", "2025-03"),
    l(8, "8400", "sale", "asset_disposal", "2025-03"),
  ],
  // A hotel journal: the tourist tax and a gift card sold set apart (HT column).
  "hotel-pms-taxe-sejour-carte-cadeau.csv": [
    l(2, "400", "sale", "to_review", "2025-01"),
    l(3, "120", "sale", "to_review", "2025-01"),
    l(4, "13.20", "sale", "non_core", "2025-01"),
    l(5, "45", "sale", "to_review", "2025-01"),
    l(6, "150", "sale", "non_core", "2025-01"),
    l(7, "600", "sale", "to_review", "2025-02"),
    l(8, "19.80", "sale", "non_core", "2025-02"),
    l(9, "30", "sale", "to_review", "2025-02"),
  ],
  // A Mirakl log: order amounts and shipping sold, the refund a return; fees, payout, penalty no line.
  "mirakl-journal-transactions-paiement.csv": [
    l(2, "120", "sale", "to_review", "2025-01"),
    l(3, "6.90", "sale", "to_review", "2025-01"),
    l(4, "0", "sale", "not_line", "2025-01"),
    l(5, "0", "sale", "not_line", "2025-01"),
    l(6, "890", "sale", "to_review", "2025-01"),
    l(7, "0", "sale", "not_line", "2025-01"),
    l(8, "-120", "return", "op", "2025-01"),
    l(9, "0", "sale", "not_line", "2025-01"),
    l(10, "0", "sale", "not_line", "2025-01"),
    l(11, "0", "sale", "not_line", "2025-02"),
    l(12, "245.50", "sale", "to_review", "2025-02"),
    l(13, "0", "sale", "not_line", "2025-02"),
    l(14, "0", "sale", "not_line", "2025-02"),
  ],
  // A Stripe itemized report: charges sold, the refund a return; fee, payout, network cost no line.
  "stripe-itemized-fee-payout.csv": [
    l(2, "250", "sale", "to_review", "2025-01"),
    l(3, "80", "sale", "to_review", "2025-01"),
    l(4, "-80", "return", "op", "2025-01"),
    l(5, "0", "sale", "not_line", "2025-01"),
    l(6, "0", "sale", "not_line", "2025-02"),
    l(7, "400", "sale", "to_review", "2025-02"),
    l(8, "0", "sale", "not_line", "2025-02"),
    l(9, "120", "sale", "to_review", "2025-03"),
  ],
  // Till receipts TTC, each less its VAT; the refund is a return.
  "zettle-recus-ttc-dont-tva.csv": [
    l(2, "45", "sale", "op", "2025-01"),
    l(3, "40", "sale", "op", "2025-01"),
    l(4, "12.50", "sale", "op", "2025-02"),
    l(5, "23", "sale", "op", "2025-02"),
    l(6, "-12.50", "return", "op", "2025-02"),
  ],
  // Invoices and unsigned credit notes, said by their title.
  "axonaut-factures-titre-avoirs.csv": [
    l(2, "1500", "sale", "op", "2025-01"),
    l(3, "3250", "sale", "to_review", "2025-01"),
    l(4, "-150", "return", "op", "2025-02"),
    l(5, "1500", "sale", "op", "2025-02"),
    l(6, "-650", "return", "op", "2025-02"),
    l(7, "2100", "sale", "to_review", "2025-03"),
  ],
  // The Belgian PCMN: 700 sales, 73 dues, gifts, subsidies.
  "pcmn-belge-asbl-cotisations.csv": [
    l(2, "3000", "sale", "op", "2025-01"),
    l(3, "1200", "sale", "non_core", "2025-01"),
    l(4, "500", "sale", "non_core", "2025-02"),
    l(5, "4000", "sale", "non_core", "2025-02"),
  ],
  // A Winbooks journal, one signed amount debit positive: each amount read negated.
  "winbooks-act-amounteur-debit-positif.csv": [
    l(2, "-1210", "sale", "not_revenue", "2025-01"),
    l(3, "1000", "sale", "op", "2025-01"),
    l(4, "210", "sale", "not_revenue", "2025-01"),
    l(5, "-2420", "sale", "not_revenue", "2025-01"),
    l(6, "2000", "sale", "op", "2025-01"),
    l(7, "420", "sale", "not_revenue", "2025-01"),
    l(8, "-1089", "sale", "not_revenue", "2025-02"),
    l(9, "1000", "sale", "op", "2025-02"),
    l(10, "-100", "discount", "op", "2025-02"),
    l(11, "189", "sale", "not_revenue", "2025-02"),
    l(12, "-6000", "sale", "not_revenue", "2025-02"),
    l(13, "6000", "sale", "financial", "2025-02"),
  ],
  // Invoices and credit notes in two columns: the credit note's line is a return of 400.
  "factures-avoirs-deux-colonnes.csv": [
    l(2, "2000", "sale", "to_review", "2025-01"),
    l(3, "3500", "sale", "to_review", "2025-01"),
    l(4, "0", "sale", "to_review", "2025-01"),
    l(4, "-400", "return", "to_review", "2025-01"),
    l(5, "1800", "sale", "to_review", "2025-02"),
  ],
  // PayPal: the gross is the sale, the refund a return, transfers and own payments apart.
  "paypal-activity-gross-fee-net.csv": [
    l(2, "150", "sale", "to_review", "2025-01"),
    l(3, "89.90", "sale", "to_review", "2025-01"),
    l(4, "-89.90", "return", "op", "2025-01"),
    l(5, "-144.15", "sale", "non_core", "2025-01"),
    l(6, "-11.99", "sale", "non_core", "2025-01"),
    l(7, "11.99", "sale", "non_core", "2025-01"),
    l(8, "240", "sale", "to_review", "2025-02"),
  ],
  // PayPal: the gross is the sale, the refund a return, transfers and own payments apart.
  // Rows named after a month alone, summing their month's lines: the sheet's subtotals, not lines.
  // "Prestation" is a sale word (op); the other labels say nothing (to review).
  "tableur-sous-totaux-mois.csv": [
    l(2, "2400", "sale", "op", "2025-01"),
    l(3, "1150", "sale", "to_review", "2025-01"),
    l(4, "-120", "discount", "op", "2025-01"),
    l(5, "3430", "sale", "not_line", "2025-01"),
    l(6, "980", "sale", "op", "2025-02"),
    l(7, "980", "sale", "not_line", "2025-02"),
    l(8, "640", "sale", "to_review", "2025-03"),
    l(9, "2200", "sale", "to_review", "2025-03"),
    l(10, "2840", "sale", "not_line", "2025-03"),
  ],
  // Stripe balance history: payouts, top-ups and Stripe's fees are no sales (non_core); the
  // "Subscription" charges are sales (op), the chargeback a negative line to check.
  "stripe-historique-solde.csv": [
    l(2, "49", "sale", "op", "2025-01"),
    l(3, "490", "sale", "op", "2025-01"),
    l(4, "-490", "return", "op", "2025-01"),
    l(5, "-40.01", "sale", "non_core", "2025-01"),
    l(6, "49", "sale", "op", "2025-02"),
    l(7, "149", "sale", "op", "2025-02"),
    l(8, "-2.50", "sale", "non_core", "2025-02"),
    l(9, "-192.67", "sale", "non_core", "2025-02"),
    l(10, "49", "sale", "op", "2025-03"),
    l(11, "149", "sale", "op", "2025-03"),
    l(12, "-15", "sale", "to_review", "2025-03"),
    l(13, "-180.18", "sale", "non_core", "2025-03"),
  ],
  // FEC with labels on several lines: rows 4, 8 and 9 carry on the label above them (not lines).
  "fec-libelle-sur-plusieurs-lignes.txt": [
    l(2, "1440", "sale", "not_revenue", "2025-01"),
    l(3, "1200", "sale", "op", "2025-01"),
    l(4, "0", "sale", "not_line", "2025-01"),
    l(5, "240", "sale", "not_revenue", "2025-01"),
    l(6, "600", "sale", "not_revenue", "2025-02"),
    l(7, "550", "sale", "op", "2025-02"),
    l(8, "0", "sale", "not_line", "2025-02"),
    l(9, "0", "sale", "not_line", "2025-02"),
    l(10, "-50", "discount", "op", "2025-02"),
    l(11, "100", "sale", "not_revenue", "2025-02"),
    l(12, "360", "sale", "not_revenue", "2025-03"),
    l(13, "300", "sale", "op", "2025-03"),
    l(14, "60", "sale", "not_revenue", "2025-03"),
  ],
  "paypal-activite-brut-frais-net.csv": [
    l(2, "150", "sale", "to_review", "2025-01"),
    l(3, "89.90", "sale", "to_review", "2025-01"),
    l(4, "-89.90", "return", "op", "2025-01"),
    l(5, "-144.15", "sale", "non_core", "2025-01"),
    l(6, "-11.99", "sale", "non_core", "2025-01"),
    l(7, "11.99", "sale", "non_core", "2025-01"),
    l(8, "240", "sale", "to_review", "2025-02"),
  ],
  // QuickBooks General Ledger: heading rows (an account's name) and "Total for …" rows are not lines;
  // the heading's name is the account of the lines below it.
  "quickbooks-grand-livre-titres-noms.csv": [
    l(6, "0", "sale", "not_line", "2025-01"),
    l(7, "300", "sale", "not_revenue", "2025-01"),
    l(8, "-200", "sale", "not_revenue", "2025-01"),
    l(9, "12.34", "sale", "not_revenue", "2025-01"),
    l(10, "112.34", "sale", "not_line", "2025-01"),
    l(11, "0", "sale", "not_line", "2025-01"),
    l(12, "300", "sale", "not_revenue", "2025-01"),
    l(13, "-300", "sale", "not_revenue", "2025-01"),
    l(14, "1200.50", "sale", "not_revenue", "2025-02"),
    l(15, "1200.50", "sale", "not_line", "2025-02"),
    l(16, "0", "sale", "not_line", "2025-02"),
    l(17, "300", "sale", "to_review", "2025-01"),
    l(18, "1250.50", "sale", "to_review", "2025-02"),
    l(19, "1550.50", "sale", "not_line", "2025-02"),
    l(20, "0", "sale", "not_line", "2025-02"),
    l(21, "-50", "discount", "op", "2025-02"),
    l(22, "-50", "sale", "not_line", "2025-02"),
    l(23, "0", "sale", "not_line", "2025-02"),
    l(24, "12.34", "sale", "financial", "2025-01"),
    l(25, "12.34", "sale", "not_line", "2025-01"),
    l(26, "0", "sale", "not_line", "2025-01"),
    l(27, "200", "sale", "not_revenue", "2025-01"),
    l(28, "200", "sale", "not_line", "2025-01"),
    l(29, "3025.68", "sale", "not_line", "2025-02"),
  ],
  // NetSuite saved search, main line "*" (the invoice's total) above its items: the items count.
  "netsuite-recherche-ligne-principale.csv": [
    l(2, "0", "sale", "not_line", "2025-01"),
    l(3, "3057.41", "sale", "to_review", "2025-01"),
    l(4, "0", "sale", "not_line", "2025-01"),
    l(5, "2093.10", "sale", "to_review", "2025-01"),
    l(6, "2215.37", "sale", "to_review", "2025-01"),
    l(7, "0", "sale", "not_line", "2025-02"),
    l(8, "1200", "sale", "to_review", "2025-02"),
  ],
  // ERP sales documents, "Type ligne" Entête (the document's total) above its Ligne rows: the lines count.
  // Lightspeed X-Series: Sale (receipt total) and Payment (tender) rows are not lines; VOIDED and LAYBY sales none.
  "lightspeed-xseries-historique-ventes.csv": [
    l(2, "0", "sale", "not_line", "2025-01"),
    l(3, "49", "sale", "to_review", "2025-01"),
    l(4, "34", "sale", "to_review", "2025-01"),
    l(5, "0", "sale", "not_line", "2025-01"),
    l(6, "0", "sale", "not_line", "2025-01"),
    l(7, "89", "sale", "not_line", "2025-01"),
    l(8, "0", "sale", "not_line", "2025-01"),
    l(9, "158", "sale", "to_review", "2025-01"),
    l(10, "0", "sale", "not_line", "2025-01"),
    l(11, "0", "sale", "not_line", "2025-02"),
    l(12, "49", "sale", "to_review", "2025-02"),
    l(13, "15", "sale", "to_review", "2025-02"),
    l(14, "0", "sale", "not_line", "2025-02"),
    l(15, "0", "sale", "not_line", "2025-02"),
    l(16, "249", "sale", "not_line", "2025-02"),
  ],
  // MYOB's chart: 4- income (counted by its account), 8-1000 interest income no revenue.
  "myob-ventes-services-comptes.txt": [
    l(3, "1200", "sale", "op", "2025-03"),
    l(5, "850", "sale", "op", "2025-03"),
    l(7, "35.40", "sale", "not_revenue", "2025-03"),
    l(9, "-300", "sale", "op", "2025-03"),
    l(11, "480", "sale", "op", "2025-03"),
  ],
  // MYOB item sales: Total after its discount % plus the sale's freight; Q and O no sales.
  "myob-ventes-articles-port-statut.txt": [
    l(3, "153", "sale", "to_review", "2025-01"),
    l(5, "1450", "sale", "to_review", "2025-01"),
    l(5, "-145", "discount", "to_review", "2025-01"),
    l(6, "64", "sale", "to_review", "2025-01"),
    l(8, "345", "sale", "not_line", "2025-01"),
    l(10, "96", "sale", "not_line", "2025-02"),
    l(12, "475", "sale", "to_review", "2025-02"),
    l(12, "-21.75", "discount", "to_review", "2025-02"),
  ],
  // Mirakl orders: the refunded amount is the order's return; refused, cancelled, waiting orders none.
  "mirakl-commandes-etats.csv": [
    l(2, "488", "sale", "to_review", "2025-03"),
    l(3, "208", "sale", "to_review", "2025-03"),
    l(4, "178", "sale", "not_line", "2025-03"),
    l(5, "208", "sale", "to_review", "2025-03"),
    l(5, "-208", "return", "to_review", "2025-03"),
    l(6, "488", "sale", "to_review", "2025-03"),
    l(6, "-50", "return", "to_review", "2025-03"),
    l(7, "347", "sale", "not_line", "2025-03"),
    l(8, "178", "sale", "not_line", "2025-03"),
  ],
  "erp-entete-lignes.csv": [
    l(2, "0", "sale", "not_line", "2025-01"),
    l(3, "745.36", "sale", "to_review", "2025-01"),
    l(4, "3092.20", "sale", "to_review", "2025-01"),
    l(5, "996.81", "sale", "to_review", "2025-01"),
    l(6, "0", "sale", "not_line", "2025-01"),
    l(7, "3353.20", "sale", "to_review", "2025-01"),
    l(8, "0", "sale", "not_line", "2025-02"),
    l(9, "6750.10", "sale", "to_review", "2025-02"),
    l(10, "6140.79", "sale", "to_review", "2025-02"),
  ],
  // A BNC receipts book whose "Rubrique 2035" says each line's nature: only the fees are revenue.
  "bnc-livre-recettes-rubrique-2035.csv": [
    l(2, "60", "sale", "to_review", "2025-01"),
    l(3, "1000", "sale", "non_core", "2025-01"),
    l(4, "45", "sale", "non_core", "2025-01"),
    l(5, "0", "sale", "not_revenue", "2025-01"),
    l(6, "80", "sale", "to_review", "2025-02"),
    l(7, "120", "sale", "non_core", "2025-02"),
    l(8, "12.50", "sale", "financial", "2025-02"),
    l(9, "230", "sale", "to_review", "2025-02"),
  ],
  // A carrier's invoice lines: customs duties and import VAT advanced for the client set apart.
  "transport-avances-pour-compte-client.csv": [
    l(2, "1200", "sale", "to_review", "2025-02"),
    l(3, "800", "sale", "non_core", "2025-02"),
    l(4, "400", "sale", "non_core", "2025-02"),
    l(5, "25", "sale", "to_review", "2025-02"),
    l(6, "950", "sale", "to_review", "2025-03"),
    l(7, "300", "sale", "non_core", "2025-03"),
    l(8, "150", "sale", "to_review", "2025-03"),
  ],
  // Progress invoices with their holdback as a negative line: the holdback is no deduction.
  "btp-situations-retenue-garantie-lignes.csv": [
    l(2, "10000", "sale", "to_review", "2025-01"),
    l(3, "-500", "sale", "non_core", "2025-01"),
    l(4, "8000", "sale", "to_review", "2025-02"),
    l(5, "-400", "sale", "non_core", "2025-02"),
    l(6, "6000", "sale", "to_review", "2025-02"),
    l(7, "-300", "discount", "op", "2025-02"),
  ],
  // Round 25b: consignes (money held, 4196) and their refund set apart.
  "sage100-consignes-futs.csv": [
    l(2, "476", "sale", "to_review", "2025-01"),
    l(3, "120", "sale", "non_core", "2025-01"),
    l(4, "238", "sale", "to_review", "2025-01"),
    l(5, "60", "sale", "non_core", "2025-01"),
    l(6, "357", "sale", "to_review", "2025-02"),
    l(7, "-60", "sale", "non_core", "2025-02"),
  ],
  // Escompte lines: a financial charge (665), outside CA OP.
  "ebp-escompte-lignes.csv": [
    l(2, "778", "sale", "to_review", "2025-01"),
    l(3, "-11.67", "sale", "financial", "2025-01"),
    l(4, "104.97", "sale", "to_review", "2025-01"),
    l(5, "459", "sale", "to_review", "2025-02"),
    l(6, "-9.18", "sale", "financial", "2025-02"),
  ],
  // Order lines: invoiced quantity × PU HT (4 × 389, 20 × 45,90, 0 × 34,99, 2 × 599).
  "divalto-commandes-qte-facturee.csv": [
    l(2, "1556", "sale", "to_review", "2025-03"),
    l(3, "918", "sale", "to_review", "2025-03"),
    l(4, "0", "sale", "to_review", "2025-03"),
    l(5, "1198", "sale", "to_review", "2025-04"),
  ],
  // Order lines by stage: only Facturée lines are sales.
  "statut-ligne-commandes.csv": [
    l(2, "778", "sale", "to_review", "2025-03"),
    l(3, "0", "sale", "not_line", "2025-03"),
    l(4, "0", "sale", "not_line", "2025-03"),
    l(5, "0", "sale", "not_line", "2025-03"),
    l(6, "459", "sale", "to_review", "2025-04"),
  ],
  "odoo-lignes-commande-statut-facturation.csv": [
    l(2, "778", "sale", "to_review", "2025-02"),
    l(3, "0", "sale", "not_line", "2025-02"),
    l(4, "0", "sale", "not_line", "2025-02"),
    l(5, "599", "sale", "to_review", "2025-03"),
  ],
  // Untaxed Invoiced Amount.
  "odoo-lignes-commande-montant-facture.csv": [
    l(2, "69.98", "sale", "to_review", "2025-02"),
    l(3, "149", "sale", "to_review", "2025-02"),
    l(4, "459", "sale", "to_review", "2025-02"),
    l(5, "0", "sale", "to_review", "2025-03"),
  ],
  // Kits: FA00001's components detail their priced kit; FA00002's kit at 0, its components priced.
  "sage100-nomenclature-kits.csv": [
    l(2, "389", "sale", "to_review", "2025-01"),
    l(3, "998", "sale", "to_review", "2025-01"),
    l(4, "0", "sale", "not_line", "2025-01"),
    l(5, "0", "sale", "not_line", "2025-01"),
    l(6, "0", "sale", "to_review", "2025-02"),
    l(7, "299", "sale", "to_review", "2025-02"),
    l(8, "200", "sale", "to_review", "2025-02"),
    l(9, "389", "sale", "to_review", "2025-02"),
  ],
  // Order items with the order's shipping counted on the order's first row.
  "woocommerce-articles-frais-de-port-commande.csv": [
    l(2, "41.89", "sale", "to_review", "2025-01"),
    l(3, "37.40", "sale", "to_review", "2025-01"),
    l(4, "50.80", "sale", "to_review", "2025-01"),
    l(5, "12", "sale", "to_review", "2025-02"),
    l(6, "24", "sale", "to_review", "2025-02"),
    l(7, "99.80", "sale", "to_review", "2025-02"),
    l(8, "19.50", "sale", "to_review", "2025-02"),
    l(9, "4.90", "sale", "to_review", "2025-02"),
  ],
  // Only the actual scenario counts: budget and forecast rows are not lines.
  "tagetik-scenario-reel-budget.csv": [
    l(2, "12544.13", "sale", "op", "2025-01"),
    l(3, "8062.72", "sale", "op", "2025-01"),
    l(4, "13000", "sale", "not_line", "2025-01"),
    l(5, "-450.20", "rebate", "op", "2025-01"),
    l(6, "11873.40", "sale", "op", "2025-02"),
    l(7, "5000", "sale", "subsidy", "2025-02"),
    l(8, "9000", "sale", "not_line", "2025-02"),
    l(9, "12500", "sale", "not_line", "2025-02"),
  ],
  // OneStream's periods: 2025M1 is January; 709 a discount, 761 financial income.
  "onestream-time-2025m1.csv": [
    l(2, "213776.35", "sale", "op", "2025-01"),
    l(3, "48213.63", "sale", "op", "2025-01"),
    l(4, "-1520", "discount", "op", "2025-01"),
    l(5, "32850.16", "sale", "op", "2025-02"),
    l(6, "1250", "sale", "financial", "2025-02"),
    l(7, "12279.94", "sale", "op", "2025-03"),
  ],
  "oracle-ar-registre-classes.csv": [
    l(2, "12500", "sale", "to_review", "2025-01"),
    l(3, "0", "sale", "not_line", "2025-01"),
    l(4, "8400.50", "sale", "to_review", "2025-01"),
    l(5, "-1250", "return", "to_review", "2025-01"),
    l(6, "0", "sale", "not_line", "2025-01"),
    l(7, "320", "sale", "to_review", "2025-02"),
    l(8, "6780.25", "sale", "to_review", "2025-02"),
    l(9, "0", "sale", "not_line", "2025-02"),
  ],
  "sap-vf05-facturation-intragroupe.csv": [
    l(2, "21382.45", "sale", "to_review", "2025-01"),
    l(3, "8000", "sale", "to_review", "2025-01"),
    l(4, "-1382.45", "return", "to_review", "2025-01"),
    l(5, "11335.30", "sale", "to_review", "2025-02"),
    l(6, "-500", "return", "to_review", "2025-02"),
    l(7, "2000", "sale", "to_review", "2025-02"),
    l(8, "0", "sale", "not_line", "2025-02"),
  ],
  // eBay's Orders report: Sold For + Shipping And Handling per order; the footer rows are no lines.
  "ebay-orders-report-us.csv": [
    l(3, "75.50", "sale", "to_review", "2025-03"),
    l(4, "47.95", "sale", "to_review", "2025-03"),
    l(5, "1240", "sale", "to_review", "2025-04"),
    l(7, "0", "sale", "not_line", "2025-04"),
    l(9, "0", "sale", "not_line", "2025-04"),
  ],
  // Deliveroo UK: order value, restaurant-funded offers a discount, refunds returns.
  "deliveroo-uk-statement.csv": [
    l(2, "30", "sale", "to_review", "2025-04"),
    l(2, "-3", "discount", "to_review", "2025-04"),
    l(3, "44.50", "sale", "to_review", "2025-04"),
    l(3, "-10", "return", "to_review", "2025-04"),
    l(4, "21.80", "sale", "to_review", "2025-05"),
    l(4, "-21.80", "return", "to_review", "2025-05"),
    l(5, "62", "sale", "to_review", "2025-05"),
    l(5, "-6.20", "discount", "to_review", "2025-05"),
  ],
  "sagex3-sih-type-facture-categorie.csv": [
    l(2, "10550.31", "sale", "to_review", "2025-01"),
    l(3, "21039.89", "sale", "to_review", "2025-01"),
    l(4, "-1550.31", "return", "to_review", "2025-01"),
    l(5, "240", "sale", "to_review", "2025-02"),
    l(6, "18475.66", "sale", "to_review", "2025-02"),
    l(7, "-475.66", "return", "to_review", "2025-02"),
  ],
  "tcd-mois-comptes.csv": [
    // One line per month and account; the Total général column and row (line 6) are totals.
    l(3, "12450", "sale", "op", "2025-01"),
    l(3, "310.50", "sale", "op", "2025-01"),
    l(3, "-220", "discount", "op", "2025-01"),
    l(4, "9870.25", "sale", "op", "2025-02"),
    l(4, "-145.75", "discount", "op", "2025-02"),
    l(4, "8000", "sale", "asset_disposal", "2025-02"),
    l(5, "14102.40", "sale", "op", "2025-03"),
    l(5, "280", "sale", "op", "2025-03"),
    l(6, "0", "sale", "not_line", "2025-03"),
  ],
  "tcd-compact-mois-comptes.csv": [
    l(2, "0", "sale", "not_line", "2025-01"),
    l(3, "8900", "sale", "op", "2025-01"),
    l(4, "215.30", "sale", "op", "2025-01"),
    l(5, "-375", "discount", "op", "2025-01"),
    l(6, "0", "sale", "not_line", "2025-02"),
    l(7, "11250", "sale", "op", "2025-02"),
    l(8, "-190", "discount", "op", "2025-02"),
    l(9, "7250", "sale", "asset_disposal", "2025-02"),
    l(10, "0", "sale", "not_line", "2025-03"),
    l(11, "9812.45", "sale", "op", "2025-03"),
    l(12, "250", "sale", "op", "2025-03"),
    l(13, "0", "sale", "not_line", "2025-03"),
  ],
  "tcd-tabulaire-sans-repetition.csv": [
    l(2, "15320", "sale", "op", "2025-01"),
    l(3, "412.60", "sale", "op", "2025-01"),
    l(4, "-280.40", "discount", "op", "2025-01"),
    l(5, "0", "sale", "not_line", "2025-01"),
    l(6, "13905.15", "sale", "op", "2025-02"),
    l(7, "4500", "sale", "asset_disposal", "2025-02"),
    l(8, "0", "sale", "not_line", "2025-02"),
    l(9, "17480.90", "sale", "op", "2025-03"),
    l(10, "389.10", "sale", "op", "2025-03"),
    l(11, "-512", "discount", "op", "2025-03"),
    l(12, "0", "sale", "not_line", "2025-03"),
    l(13, "0", "sale", "not_line", "2025-03"),
  ],
  "pivot-months-en.csv": [
    l(2, "12480.55", "sale", "to_review", "2025-01"),
    l(3, "9875", "sale", "to_review", "2025-02"),
    l(4, "14210.35", "sale", "to_review", "2025-03"),
    l(5, "0", "sale", "not_line", "2025-03"),
  ],
  // Each order once, on its first row, less its tax; its further item rows repeat it.
  "woocommerce-articles-total-commande-repete.csv": [
    l(2, "126.00", "sale", "to_review", "2025-01"),
    l(3, "126.00", "sale", "not_line", "2025-01"),
    l(4, "126.00", "sale", "not_line", "2025-01"),
    l(5, "50.00", "sale", "to_review", "2025-01"),
    l(6, "80.00", "sale", "to_review", "2025-02"),
    l(7, "80.00", "sale", "not_line", "2025-02"),
  ],
  // Each further line at its invoice's date; 709 a discount, 775 an asset disposal.
  "odoo-factures-lignes-relation.csv": [
    l(2, "1200", "sale", "op", "2025-01"),
    l(3, "150", "sale", "op", "2025-01"),
    l(4, "300", "sale", "op", "2025-01"),
    l(5, "2000", "sale", "op", "2025-01"),
    l(6, "-200", "discount", "op", "2025-01"),
    l(7, "900", "sale", "op", "2025-02"),
    l(8, "80", "sale", "op", "2025-02"),
    l(9, "5000", "sale", "asset_disposal", "2025-02"),
    l(10, "400", "sale", "op", "2025-02"),
  ],
};

/** Totals by the SPEC 2.2 definitions, as Decimal (compare with Decimal.eq, not strings). */
export interface OracleTotals {
  caop: Decimal;
  gross_sales: Decimal;
  deductions: Record<Exclude<Kind, "sale">, Decimal>;
  excluded: Record<Reason, { count: number; amount: Decimal }>;
  to_review: { count: number; amount: Decimal };
  ignored: number;
  months: Record<string, Decimal>;
}

/** Sums one fixture's notes: in-scope (op, to_review) lines make CA OP; excluded reasons count rows. */
export function oracle(notes: readonly LineNote[]): OracleTotals {
  const zero = new Decimal(0);
  const ded = { discount: zero, rebate: zero, return: zero };
  let gross = zero;
  const excluded = Object.fromEntries(REASONS.map((r) => [r, { rows: new Set<number>(), amount: zero }]));
  const review = { rows: new Set<number>(), amount: zero };
  const unusable = new Set<number>();
  const months: Record<string, Decimal> = {};
  for (const n of notes) {
    const c = new Decimal(n.c);
    if (n.scope === "not_revenue" || n.scope === "not_line") continue;
    if (n.scope === "unusable") {
      unusable.add(n.row);
      continue;
    }
    if (n.scope !== "op" && n.scope !== "to_review") {
      excluded[n.scope].rows.add(n.row);
      excluded[n.scope].amount = excluded[n.scope].amount.plus(c);
      // A month of excluded lines only is still a month of the data, at CA OP 0.
      months[n.month] ??= zero;
      continue;
    }
    if (n.scope === "to_review") {
      review.rows.add(n.row);
      review.amount = review.amount.plus(c);
    }
    if (n.kind === "sale") gross = gross.plus(c);
    else ded[n.kind] = ded[n.kind].minus(c);
    // A line's effect on CA OP is its contribution, whatever its kind.
    months[n.month] = (months[n.month] ?? zero).plus(c);
  }
  return {
    caop: gross.minus(ded.discount).minus(ded.rebate).minus(ded.return),
    gross_sales: gross,
    deductions: ded,
    excluded: Object.fromEntries(
      REASONS.map((r) => [r, { count: excluded[r].rows.size, amount: excluded[r].amount }]),
    ) as OracleTotals["excluded"],
    to_review: { count: review.rows.size, amount: review.amount },
    ignored: unusable.size,
    months,
  };
}
