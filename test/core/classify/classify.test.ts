import Decimal from "decimal.js";
import { createClassifier, opFlagConvention, readOpFlag } from "../../../src/core/classify";
import { DEFAULT_RULES, type RuleSet } from "../../../src/core/rules";
import type { CellValue, Classification, Kind, LineFacts, Scope } from "../../../src/core/types";

const classifier = createClassifier();
const classify = (facts: LineFacts): Classification | null => classifier.classify(facts);
/** Scope, kind, source and rule of a line, or null for a non-revenue line. */
const brief = (facts: LineFacts): [Scope, Kind, string, string] | null => {
  const c = classify(facts);
  return c === null ? null : [c.scope, c.kind, c.source, c.ruleId];
};

describe("account rules (SPEC 2.1 item 4, both charts)", () => {
  it.each<[string, Scope, Kind, string]>([
    ["701000", "op", "sale", "pcg-701"],
    ["702000", "op", "sale", "pcg-702"],
    ["703000", "op", "sale", "pcg-703"],
    ["704000", "op", "sale", "pcg-704"],
    ["705000", "op", "sale", "pcg-705"],
    ["706100", "op", "sale", "pcg-706"],
    ["707000", "op", "sale", "pcg-707"],
    ["708100", "op", "sale", "pcg-708"],
    ["708800", "op", "sale", "pcg-708"],
    ["708500", "op", "sale", "pcg-7085"],
    ["709000", "op", "discount", "pcg-709"],
    ["713000", "non_core", "sale", "pcg-71"],
    ["721000", "non_core", "sale", "pcg-72"],
    ["740000", "subsidy", "sale", "pcg-74"],
    ["747000", "subsidy", "sale", "pcg-747"],
    ["752000", "non_core", "sale", "pcg-75"],
    ["751000", "to_review", "sale", "pcg-751"],
    ["757100", "asset_disposal", "sale", "pcg-757"],
    ["758100", "non_core", "sale", "pcg-758"],
    ["758700", "subsidy", "sale", "pcg-7587"],
    ["761000", "financial", "sale", "pcg-76"],
    ["767000", "financial", "sale", "pcg-767"],
    ["771000", "exceptional", "sale", "pcg-77"],
    ["775000", "asset_disposal", "sale", "pcg-775"],
    ["777000", "subsidy", "sale", "pcg-777"],
    ["781500", "non_core", "sale", "pcg-78"],
    ["790000", "non_core", "sale", "pcg-79"],
    ["791000", "non_core", "sale", "pcg-791"],
    ["796000", "non_core", "sale", "pcg-796"],
    ["797000", "non_core", "sale", "pcg-797"],
    ["695000", "tax_credit", "sale", "pcg-695"],
    ["699000", "tax_credit", "sale", "pcg-699"],
  ])("account %s → %s / %s (%s)", (account, scope, kind, ruleId) => {
    expect(brief({ account, label: "Écriture 42" })).toEqual([scope, kind, "account", ruleId]);
  });

  it("takes the longest prefix (7587 vs 758 vs 75)", () => {
    expect(brief({ account: "7587" })?.[3]).toBe("pcg-7587");
    expect(brief({ account: "75870000" })?.[0]).toBe("subsidy");
    expect(brief({ account: "7588" })).toEqual(["non_core", "sale", "account", "pcg-758"]);
    expect(brief({ account: "7540" })).toEqual(["non_core", "sale", "account", "pcg-75"]);
    expect(brief({ account: "75" })).toEqual(["non_core", "sale", "account", "pcg-75"]);
    expect(brief({ account: "7" })).toEqual(["to_review", "sale", "default", "default"]);
  });

  it("classifies N-1 (pre-2025) and N (2025) accounts of the same event alike", () => {
    expect(classify({ account: "775000" })?.scope).toBe(classify({ account: "757000" })?.scope);
    expect(classify({ account: "777000" })?.scope).toBe(classify({ account: "747000" })?.scope);
  });

  it("reads account cells with spaces, dots or a suffix", () => {
    expect(brief({ account: "706 100" })?.[3]).toBe("pcg-706");
    expect(brief({ account: "775.000" })?.[3]).toBe("pcg-775");
    expect(classify({ account: "411DUPONT" })).toBeNull();
    // SAP pads accounts with zeros to ten digits: no account class is 0.
    expect(brief({ account: "0000706000" })?.[3]).toBe("pcg-706");
    expect(classify({ account: "0000411000" })).toBeNull();
  });

  it("reads an account number written after its name", () => {
    expect(brief({ account: "Ventes de services (706000)" })?.[3]).toBe("pcg-706");
    expect(brief({ account: "Produits des cessions (775000)" })?.[0]).toBe("asset_disposal");
    expect(brief({ account: "Produits financiers [762000]" })?.[0]).toBe("financial");
    expect(brief({ account: "Ventes de marchandises - 707000" })?.[3]).toBe("pcg-707");
    expect(classify({ account: "Clients (411000)" })).toBeNull();
    // A number inside the name, or two digits, is no account: the name says nothing (default).
    expect(brief({ account: "Lot 12 ventes" })?.[2]).toBe("default");
    expect(brief({ account: "Ventes (70)" })?.[2]).toBe("default");
    // Xero's own codes and years are not PCG accounts.
    expect(brief({ account: "Sales (200)" })?.[2]).toBe("default");
    expect(brief({ account: "Ventes export - 2025" })?.[2]).toBe("default");
  });

  it("leaves a class 7 account without rule to the label", () => {
    expect(brief({ account: "70", label: "Subvention" })).toEqual(["subsidy", "sale", "label", "kw-subsidy"]);
    expect(brief({ account: "70", label: "Divers" })).toEqual(["to_review", "sale", "default", "default"]);
  });

  it("reads the Belgian and Luxembourg charts' accounts the PCG lacks: 700 sales, 73 never sales", () => {
    expect(brief({ account: "700000", label: "Stage été" })).toEqual(["op", "sale", "account", "pcg-700"]);
    for (const account of ["730000", "731000", "732000", "737000"])
      expect(brief({ account, label: "Cotisations 2025" })?.slice(0, 2)).toEqual(["non_core", "sale"]);
  });

  it("ignores an account cell without digits", () => {
    expect(brief({ account: "Ventes", label: "Cession" })).toEqual([
      "asset_disposal",
      "sale",
      "label",
      "kw-asset-disposal",
    ]);
  });
});

describe("accounts written as names (QuickBooks, Xero, Sage 50 journals)", () => {
  // Read so in journals only (the engine passes accountNames for debit/credit layouts).
  const journal = createClassifier(DEFAULT_RULES, true);
  const line = (facts: LineFacts): Classification | null => journal.classify(facts);
  const scopeOf = (facts: LineFacts): Scope | null | undefined => line(facts)?.scope ?? null;

  it.each([
    "Accounts Receivable (A/R)",
    "Sales Tax Payable",
    "VAT",
    "VAT on Sales",
    "TVA collectée",
    "TVA sur ventes",
    "Checking",
    "Current Account",
    "Undeposited Funds",
    "Debtors Control Account",
    "Trade Debtors",
    "Clients",
    "Caisse",
    "Petty Cash",
    "Cost of Goods Sold",
    "Office Expenses",
  ])("%s is not revenue", (account) => {
    expect(line({ account, label: "Invoice 1001" })).toBeNull();
  });

  it.each<[string, Scope, Kind]>([
    ["Interest Earned", "financial", "sale"],
    ["Interest Income", "financial", "sale"],
    ["Gain on Sale of Fixed Assets", "asset_disposal", "sale"],
    ["Subventions d'exploitation", "subsidy", "sale"],
  ])("%s names its excluded reason, as an account does", (account, scope, kind) => {
    const c = line({ account, label: "Vente" });
    expect([c?.scope, c?.kind, c?.source]).toEqual([scope, kind, "account"]);
    expect(c?.reason.fr).toContain(`compte « ${account} »`);
  });

  it("a deduction account's name gives the kind; the scope comes from the other steps", () => {
    expect(line({ account: "Discounts given", label: "Loyalty" })?.kind).toBe("discount");
    expect(line({ account: "Sales Returns and Allowances", label: "" })?.kind).toBe("return");
  });

  it("a revenue name asserts nothing more; a weak word beside a revenue word keeps the line", () => {
    expect(scopeOf({ account: "Sales of Product Income", label: "Blue widget" })).toBe("to_review");
    expect(scopeOf({ account: "Ventes TVA 20 %", label: "Cession terrain" })).toBe("asset_disposal");
    expect(scopeOf({ account: "Cash Sales", label: "Vente" })).toBe("op");
  });

  it("outside journals a name says nothing: a sales list's column of customers keeps every line", () => {
    for (const account of ["Banque Populaire", "Clients divers", "Crédit Agricole", "Trésor Public"])
      expect(classify({ account, label: "Prestation audit" })?.scope).toBe("op");
  });
});

describe("non-revenue accounts", () => {
  it.each(["411000", "445710", "512000", "6061", "401", "101300", "0"])("%s is not revenue", (account) => {
    expect(classify({ account, label: "Subvention" })).toBeNull();
  });

  it("keeps tax-credit accounts 695 and 699", () => {
    expect(brief({ account: "699", label: "CIR 2024" })).toEqual([
      "tax_credit",
      "sale",
      "account",
      "pcg-699",
    ]);
    expect(brief({ account: "695100" })).toEqual(["tax_credit", "sale", "account", "pcg-695"]);
  });

  it("drops a non-revenue line even when the OP flag says yes", () => {
    expect(classify({ account: "411000", opFlag: "Oui" })).toBeNull();
  });

  it("treats lines without an account as revenue", () => {
    expect(classify({ label: "Divers" })).not.toBeNull();
    expect(classify({ account: "", label: "Divers" })).not.toBeNull();
  });
});

describe("a payment platform's own movements (Stripe balance history types)", () => {
  it.each([
    "payout",
    "topup",
    "stripe_fee",
    "network_cost",
    "transfer",
    "Transfer",
    "Reversal of General Account Hold",
  ])("%s → not a sale", (kindText) => {
    expect(classify({ kindText, label: "Connect" })).toMatchObject({
      scope: "non_core",
      ruleId: "val-transfer",
    });
  });

  it("a charge and a payment stay sales", () => {
    expect(classify({ kindText: "charge", label: "Order 1" })?.scope).toBe("to_review");
  });
});

describe("money in that was not earned (a receipts book's, a cash book's)", () => {
  it.each<[LineFacts, Scope, string]>([
    [{ label: "Apport personnel renflouement compte pro" }, "non_core", "kw-funding"],
    [{ label: "Déblocage de prêt BPI" }, "non_core", "kw-funding"],
    [{ label: "Virement interne vers livret" }, "non_core", "kw-funding"],
    [{ label: "Owner's contribution" }, "non_core", "kw-funding"],
    [{ kindText: "Apport personnel" }, "non_core", "kw-funding"],
    [{ kindText: "Emprunt" }, "non_core", "val-funding"],
    // An association's category of gifts (754 in its chart): not sales (round 24b).
    [{ kindText: "Dons" }, "non_core", "val-funding"],
    // Sales that hold the words: a referral fee, a clothes shop's range.
    [{ label: "Apport d'affaires dossier Martin" }, "to_review", "default"],
    [{ label: "Prêt-à-porter femme" }, "to_review", "default"],
    [{ label: "Emprunt" }, "non_core", "kw-funding"],
    [{ label: "Emprunt BPI" }, "non_core", "kw-funding"],
    [{ label: "Virement de compte à compte" }, "non_core", "kw-funding"],
    [{ label: "Emprunt de livres (abonnement médiathèque)" }, "op", "kw-sale"],
    [{ label: "Intérêts d'emprunt refacturés" }, "financial", "kw-financial"],
  ])("%j → %s (%s)", (facts, scope, ruleId) => {
    expect(classify(facts)).toMatchObject({ scope, ruleId });
  });
});

describe("label overrides of account rules", () => {
  it.each<[string, string, string]>([
    ["740000", "CIR 2024", "pcg-74:cir"],
    ["741000", "Crédit d'impôt recherche", "pcg-74:cir"],
    ["750000", "CII", "pcg-75:cir"],
    ["758700", "credit d’impot innovation", "pcg-75:cir"],
    ["747000", "CICE", "pcg-74:cir"],
  ])("account %s with label %j → tax credit (%s)", (account, label, ruleId) => {
    expect(brief({ account, label })).toEqual(["tax_credit", "sale", "account", ruleId]);
  });

  it("keeps 74 a subsidy without tax-credit words", () => {
    expect(brief({ account: "740000", label: "Subvention région circuit court" })?.[0]).toBe("subsidy");
  });

  it("sends 708 re-billing to review, including sub-accounts", () => {
    expect(brief({ account: "708000", label: "Refacturation frais de transport" })).toEqual([
      "to_review",
      "sale",
      "account",
      "pcg-708:refacturation",
    ]);
    expect(brief({ account: "708800", label: "Re-billed costs" })?.[0]).toBe("to_review");
    expect(brief({ account: "708500", label: "Port refacturé" })?.[3]).toBe("pcg-708:refacturation");
    expect(brief({ account: "708100", label: "Commissions" })?.[0]).toBe("op");
  });

  it("does not apply an override to an account that does not inherit it", () => {
    expect(brief({ account: "706000", label: "Refacturation" })?.[0]).toBe("op");
    expect(brief({ account: "771000", label: "CIR" })?.[0]).toBe("exceptional");
  });
});

describe("709: kind from the label", () => {
  it.each<[string, Kind]>([
    ["Remise 5 %", "discount"],
    ["Remises quantitatives", "discount"],
    ["Rabais qualité", "rebate"],
    ["Ristourne annuelle", "rebate"],
    ["Remise de fin d'année", "rebate"],
    ["RFA 2024", "rebate"],
    ["Avoir n°12", "return"],
    ["Annulation facture F12", "return"],
    ["Retour marchandises", "return"],
    ["Credit note 12", "return"],
    ["RRR accordés", "discount"],
    ["", "discount"],
  ])("709 %j → %s", (label, kind) => {
    expect(brief({ account: "709100", label })).toEqual(["op", kind, "account", "pcg-709"]);
  });

  it("explains the kind with the account and the label word", () => {
    expect(classify({ account: "709", label: "Rabais qualité" })?.reason).toEqual({
      fr: "compte 709, libellé contient « rabais » → rabais / ristourne",
      en: 'account 709, label contains "rabais" → rebate',
    });
    expect(classify({ account: "709", label: "RRR" })?.reason).toEqual({
      fr: "compte 709 → remise",
      en: "account 709 → discount",
    });
  });
});

describe("OP flag column", () => {
  it.each<[CellValue, Scope | null]>([
    ["OP", "op"],
    ["Oui", "op"],
    [" oui ", "op"],
    ["O", "op"],
    ["Yes", "op"],
    ["1", "op"],
    ["VRAI", "op"],
    ["TRUE", "op"],
    ["X", "op"],
    ["x", "op"],
    ["✓", "op"],
    [true, "op"],
    [1, "op"],
    ["Non", "non_core"],
    ["NON", "non_core"],
    ["N", "non_core"],
    ["No", "non_core"],
    ["0", "non_core"],
    ["FAUX", "non_core"],
    ["FALSE", "non_core"],
    ["Hors OP", "non_core"],
    [false, "non_core"],
    [0, "non_core"],
    ["", null],
    ["   ", null],
    [null, null],
    [undefined, null],
    [2, null],
    ["peut-être", null],
    [new Date(2025, 0, 1), null],
    [{ error: "#N/A" }, null],
  ])("%p → %p (null: the next step decides)", (opFlag, scope) => {
    const c = classify({ opFlag, account: "775000", label: "Vente terrain" });
    if (scope === null) expect([c?.scope, c?.source]).toEqual(["asset_disposal", "account"]);
    else expect([c?.scope, c?.source]).toEqual([scope, "op_flag"]);
  });

  it("supports the X / empty convention: X is OP, empty lets the rules decide", () => {
    expect(classify({ opFlag: "X", account: "706000" })?.scope).toBe("op");
    expect(classify({ opFlag: "", account: "706000" })?.source).toBe("account");
    expect(classify({ opFlag: "", account: "771000" })?.scope).toBe("exceptional");
  });

  it("says which value decided, FR and EN", () => {
    expect(classify({ opFlag: "Non", account: "706" })?.reason).toEqual({
      fr: "colonne OP = « Non » → hors cœur de métier",
      en: 'OP column = "Non" → non-core',
    });
    expect(classify({ opFlag: true, account: "775" })?.reason).toEqual({
      fr: "colonne OP = « VRAI » → OP",
      en: 'OP column = "TRUE" → OP',
    });
    expect(classify({ opFlag: "Oui" })?.ruleId).toBe("op_flag:yes");
    expect(classify({ opFlag: "Non" })?.ruleId).toBe("op_flag:no");
  });
});

describe("readOpFlag", () => {
  it.each<[CellValue, string]>([
    ["Oui", "yes"],
    ["vrai", "yes"],
    [true, "yes"],
    [1, "yes"],
    ["Non", "no"],
    [false, "no"],
    [0, "no"],
    ["", "empty"],
    [" ", "empty"],
    [null, "empty"],
    [undefined, "empty"],
    ["peut-être", "unknown"],
    [0.5, "unknown"],
    [{ error: "#VALUE!" }, "unknown"],
  ])("%p → %s", (value, reading) => {
    expect(readOpFlag(value)).toBe(reading);
  });

  it("uses the given word lists", () => {
    expect(readOpFlag("Inclus", { yes: ["inclus"], no: ["exclu"] })).toBe("yes");
    expect(readOpFlag("Oui", { yes: ["inclus"], no: ["exclu"] })).toBe("unknown");
  });
});

describe("opFlagConvention (the X / empty convention of a whole OP column)", () => {
  it.each<[string, CellValue[]]>([
    ["X and empty cells", ["X", "", null, "x", undefined, "  "]],
    ["check marks", ["✓", "", "✔", "☑"]],
    ["stars", ["*", null, " * "]],
    ["marks and an error cell", ["X", { error: "#N/A" }, ""]],
  ])("%s → x_empty", (_name, values) => {
    expect(opFlagConvention(values)).toBe("x_empty");
  });

  it.each<[string, CellValue[]]>([
    ["Oui/Non", ["Oui", "Non", ""]],
    ["X with one Oui", ["X", "", "Oui"]],
    ["X with a Non", ["X", "Non", ""]],
    ["1/0 numbers", [1, 0, null]],
    ["X with a boolean", ["X", true]],
    ["only empty cells (an unfilled column excludes nothing)", ["", null, undefined]],
    ["no cells", []],
    ["X with an unknown word", ["X", "peut-être"]],
  ])("%s → explicit", (_name, values) => {
    expect(opFlagConvention(values)).toBe("explicit");
  });

  it("reads any iterable, once", () => {
    function* column(): Generator<CellValue> {
      yield "x";
      yield "";
    }
    expect(opFlagConvention(column())).toBe("x_empty");
  });

  it("uses the rule set's marks, and the default marks for a rule set stored without them", () => {
    expect(opFlagConvention(["+", ""], { yes: ["oui"], no: ["non"], marks: ["+"] })).toBe("x_empty");
    expect(opFlagConvention(["X", ""], { yes: ["oui"], no: ["non"], marks: ["+"] })).toBe("explicit");
    expect(opFlagConvention(["X", ""], { yes: ["oui"], no: ["non"] })).toBe("x_empty");
    expect(readOpFlag("+", { yes: ["oui"], no: ["non"], marks: ["+"] })).toBe("yes");
  });

  it("reads every mark as yes, '*' included", () => {
    for (const mark of ["x", "X", "✓", "✔", "☑", "*"]) expect(readOpFlag(mark)).toBe("yes");
  });

  it("with 'non' passed for empty cells, an X / empty column keeps X lines and excludes the others", () => {
    const column: CellValue[] = ["X", "", "X", null];
    const asEngine = opFlagConvention(column) === "x_empty" ? "non" : undefined;
    const scopes = column.map(
      (v) => classify({ opFlag: v === null || v === "" ? asEngine : v, account: "706000" })?.scope,
    );
    expect(scopes).toEqual(["op", "non_core", "op", "non_core"]);
  });
});

describe("document types in a nature/type column say nothing (SPEC 2.1)", () => {
  const classifier = createClassifier();
  it.each(["Facture", "Invoice", "Sales Receipt", "FACTURE"])("%s: the account decides, no conflict", (v) => {
    const c = classifier.classify({ account: "775000", kindText: v, label: "Cession chariot" });
    expect(c).toMatchObject({ scope: "asset_disposal" });
    expect(c?.conflict).toBeUndefined();
  });
  it.each(["Facture", "Invoice"])("%s without account or keyword: the default (à vérifier)", (v) => {
    expect(classifier.classify({ kindText: v, label: "Consulting" })).toMatchObject({
      scope: "to_review",
      kind: "sale",
    });
  });
  it("a credit note value is still a return, and 'Facture' in a label still reads as a sale", () => {
    expect(classifier.classify({ kindText: "Credit Memo" })?.kind).toBe("return");
    expect(classifier.classify({ label: "Facture F2025-000123 Dupont SARL" })).toMatchObject({
      scope: "op",
      kind: "sale",
    });
  });
});

describe("nature / type column", () => {
  it.each<[string, Scope, Kind, string]>([
    ["Vente", "op", "sale", "val-sale"],
    ["VENTES", "op", "sale", "val-sale"],
    ["Sale", "op", "sale", "val-sale"],
    ["Remise", "op", "discount", "val-discount"],
    ["DISCOUNT", "op", "discount", "val-discount"],
    ["rabais", "op", "rebate", "val-rebate"],
    ["Ristourne", "op", "rebate", "val-rebate"],
    ["Rebate", "op", "rebate", "val-rebate"],
    ["Retour", "op", "return", "val-return"],
    ["Annulation", "op", "return", "val-return"],
    ["Avoir", "op", "return", "val-return"],
    ["Credit note", "op", "return", "val-return"],
    ["Return", "op", "return", "val-return"],
    ["Subvention", "subsidy", "sale", "val-subsidy"],
    ["Cession", "asset_disposal", "sale", "val-asset-disposal"],
    ["Produit financier", "financial", "sale", "val-financial"],
    ["Intérêts", "financial", "sale", "val-financial"],
    ["interets", "financial", "sale", "val-financial"],
    ["Exceptionnel", "exceptional", "sale", "val-exceptional"],
    ["Crédit d'impôt", "tax_credit", "sale", "val-tax-credit"],
    ["CREDIT D'IMPOT", "tax_credit", "sale", "val-tax-credit"],
    ["CIR", "tax_credit", "sale", "val-tax-credit"],
    ["Hors activité", "non_core", "sale", "val-non-core"],
    ["Non core", "non_core", "sale", "val-non-core"],
  ])("%j → %s / %s", (kindText, scope, kind, ruleId) => {
    expect(brief({ kindText, label: "Écriture 42" })).toEqual([scope, kind, "kind_column", ruleId]);
  });

  it.each<[string, Scope, Kind]>([
    ["Vente d'actif", "asset_disposal", "sale"],
    ["Vente terrain", "asset_disposal", "sale"],
    ["Vente d'immobilisation", "asset_disposal", "sale"],
    ["Vente d'entrepôt", "asset_disposal", "sale"],
    ["Vente entrepôt", "asset_disposal", "sale"],
    ["Sale of asset", "asset_disposal", "sale"],
    ["Sale of fixed asset", "asset_disposal", "sale"],
    ["Land sale", "asset_disposal", "sale"],
    ["Crédit d'impôt", "tax_credit", "sale"],
    ["Vente annulée", "op", "return"],
    ["Annulation vente", "op", "return"],
    ["Sale cancelled", "op", "return"],
    ["Remise sur cession", "asset_disposal", "discount"],
    ["Licence", "op", "sale"],
    ["License", "op", "sale"],
    ["Abonnement", "op", "sale"],
    ["Subscription", "op", "sale"],
    ["Prestation", "op", "sale"],
    ["Service", "op", "sale"],
  ])("%j → %s / %s: excluded reasons and deductions win over the sale word", (kindText, scope, kind) => {
    // No account column: the nature decides (with an account, the account does: see "precedence").
    const c = classify({ kindText, label: "Écriture 42" });
    expect([c?.scope, c?.kind, c?.source]).toEqual([scope, kind, "kind_column"]);
  });

  it("explains a nature value decided by a label keyword rule with the value as typed", () => {
    expect(classify({ kindText: "Vente d'actif" })).toMatchObject({
      ruleId: "kw-asset-disposal",
      reason: {
        fr: "nature « Vente d'actif » → cession d'actif",
        en: 'type "Vente d\'actif" → asset disposal',
      },
    });
    expect(classify({ kindText: "Vente annulée" })?.reason.fr).toBe(
      "nature « Vente annulée » → retour / annulation",
    );
  });

  it("falls through to the account for an unknown value", () => {
    expect(brief({ kindText: "Divers", account: "775000" })).toEqual([
      "asset_disposal",
      "sale",
      "account",
      "pcg-775",
    ]);
  });

  it("explains the decision with the value as typed", () => {
    expect(classify({ kindText: "Remise" })?.reason).toEqual({
      fr: "nature « Remise » → remise",
      en: 'type "Remise" → discount',
    });
    expect(classify({ kindText: "Subvention" })?.reason).toEqual({
      fr: "nature « Subvention » → subvention / indemnité",
      en: 'type "Subvention" → subsidy / indemnity',
    });
  });
});

describe("label keywords", () => {
  it.each<[string, Scope, Kind]>([
    ["Cession véhicule", "asset_disposal", "sale"],
    ["Vente d'un terrain", "asset_disposal", "sale"],
    ["Vente entrepôt Roubaix", "asset_disposal", "sale"],
    ["VENTE ENTREPOT", "asset_disposal", "sale"],
    ["Cession de brevet", "asset_disposal", "sale"],
    ["Sale of land", "asset_disposal", "sale"],
    ["Subvention BPI", "subsidy", "sale"],
    ["Subventions région", "subsidy", "sale"],
    ["Indemnité assurance", "subsidy", "sale"],
    ["INDEMNITE litige fournisseur", "subsidy", "sale"],
    ["Indemnisation sinistre", "subsidy", "sale"],
    ["Aide publique à l'innovation", "subsidy", "sale"],
    ["Aides à l'embauche", "subsidy", "sale"],
    ["Government grant", "subsidy", "sale"],
    ["Intérêts compte à terme", "financial", "sale"],
    ["Dividendes filiale", "financial", "sale"],
    ["Produits financiers", "financial", "sale"],
    ["Gain de change USD", "financial", "sale"],
    ["FX gain", "financial", "sale"],
    ["Bank interest", "financial", "sale"],
    ["Plus-value", "exceptional", "sale"],
    ["Plus value sur titres", "exceptional", "sale"],
    ["Litige client soldé", "exceptional", "sale"],
    ["Produit exceptionnel", "exceptional", "sale"],
    ["Capital gain", "exceptional", "sale"],
    ["Crédit d'impôt recherche", "tax_credit", "sale"],
    ["CIR 2024", "tax_credit", "sale"],
    ["R&D tax credit", "tax_credit", "sale"],
    ["Remise commerciale", "op", "discount"],
    ["Rabais", "op", "rebate"],
    ["Avoir client", "op", "return"],
    ["Refund order 12", "op", "return"],
    ["Facture F2025-000123 Dupont SARL", "op", "sale"],
    ["Abonnement mars", "op", "sale"],
  ])("%j → %s / %s", (label, scope, kind) => {
    const c = classify({ label });
    expect([c?.scope, c?.kind, c?.source]).toEqual([scope, kind, "label"]);
  });

  it.each([
    "Vente bâtiment",
    "Vente d'un bâtiment",
    "Vente du bâtiment B",
    "Vente immeuble",
    "Vente de l'immeuble rue Haute",
    "Vente machine",
    "Vente d'une machine",
    "Vente équipement",
    "Patent sale",
    "Sale of a patent",
    "Sale of the building",
    "Machine sale",
    "Equipment sale",
    "Cession brevet",
  ])("%j → asset disposal (SPEC 2: land, building, warehouse, patent, machine)", (label) => {
    expect(classify({ label })?.scope).toBe("asset_disposal");
  });

  it.each(["Machine à café", "Travaux bâtiment", "Location machine", "Immeuble Lyon", "Building materials"])(
    "%j alone is not an asset disposal (asset nouns that are core business for some count after a sale word)",
    (label) => {
      expect(classify({ label })?.scope).not.toBe("asset_disposal");
    },
  );

  // Round 21 (outside): a company car, old kit and the gain on them; an insurer's payout; a bond's coupon.
  it.each([
    ["Vente véhicule de fonction Peugeot 508", "asset_disposal"],
    ["Vente ancien matériel informatique", "asset_disposal"],
    ["Sale of company car", "asset_disposal"],
    ["Gain on disposal of office equipment", "asset_disposal"],
    ["Proceeds from disposal of vehicle", "asset_disposal"],
    ["Profit on sale of vehicle", "exceptional"],
    ["Insurance claim proceeds", "subsidy"],
    ["Insurance payout - flood", "subsidy"],
    ["Coupon obligations", "financial"],
    ["Bond coupon received", "financial"],
  ])("%j → %s (an excluded income by its label)", (label, scope) => {
    expect(classify({ label })?.scope).toBe(scope);
  });

  it.each([
    "Vente véhicule neuf Clio",
    "Coupon de réduction -10 %",
    "Disposal of old appliance at delivery",
    "Waste disposal service",
    "Location véhicule de fonction",
    "Entretien espaces verts selon bon d'achat n° 4521",
    "Fournitures sur bon d'achat 2025-118",
  ])(
    "%j is no excluded income (a dealer's car, a shop's coupon, a disposal service, a purchase order)",
    (label) => {
      expect(["op", "to_review"]).toContain(classify({ label })?.scope);
    },
  );

  // Round 28b (outside): a shop's voucher sold and returnable cup deposits are money held, not sales.
  it.each(["Bon d'achat", "Bons d'achat 50 €", "Consignes gobelets", "Consigne gobelet", "Cup deposit"])(
    "%j → non_core (paid in advance or held)",
    (label) => {
      expect(classify({ label })?.scope).toBe("non_core");
    },
  );

  it.each(["Réglé par bon d'achat", "Paiement par bon d'achat", "Gobelets carton x100"])(
    "%j is no voucher sold nor deposit (a sale paid with one, cups sold)",
    (label) => {
      expect(["op", "to_review"]).toContain(classify({ label })?.scope);
    },
  );

  it.each(["Intérêt", "interet", "Intérêt compte courant", "interest", "Interest received"])(
    "%j (singular too) → financial, as a label and as a nature value",
    (text) => {
      expect(classify({ label: text })?.scope).toBe("financial");
      expect(classify({ kindText: text })?.scope).toBe("financial");
    },
  );

  it("matches whole words only", () => {
    expect(classify({ label: "Circuit imprimé" })?.scope).toBe("to_review");
    expect(classify({ label: "Aider un client" })?.scope).toBe("to_review");
    expect(classify({ label: "Terrains" })?.scope).toBe("asset_disposal");
    expect(classify({ label: "Terrasse" })?.scope).toBe("to_review");
    expect(classify({ label: "Concession" })?.scope).toBe("to_review");
  });

  it("is accent-insensitive both ways: 'remisé' is 'remise'", () => {
    expect(classify({ label: "Article remisé" })?.kind).toBe("discount");
    expect(classify({ label: "Credit d'impot" })?.scope).toBe("tax_credit");
    expect(classify({ label: "crédit d’impôt" })?.scope).toBe("tax_credit");
  });

  it("does not take 'aide' alone as a subsidy (services such as home help are core)", () => {
    expect(classify({ label: "Prestation aide à domicile" })?.scope).toBe("op");
  });

  it("lets an excluded reason win the scope while a deduction word gives the kind", () => {
    const c = classify({ label: "Remise sur cession terrain" });
    expect([c?.scope, c?.kind, c?.ruleId]).toEqual(["asset_disposal", "discount", "kw-asset-disposal"]);
    expect(c?.reason).toEqual({
      fr: "libellé contient « cession » → cession d'actif ; libellé contient « remise » → remise",
      en: 'label contains "cession" → asset disposal ; label contains "remise" → discount',
    });
  });

  it("says which word decided, FR and EN", () => {
    expect(classify({ label: "Subvention région" })?.reason).toEqual({
      fr: "libellé contient « subvention » → subvention / indemnité",
      en: 'label contains "subvention" → subsidy / indemnity',
    });
    expect(classify({ label: "Remise" })?.reason).toEqual({
      fr: "libellé contient « remise » → remise",
      en: 'label contains "remise" → discount',
    });
  });

  it("defaults an unclassified line to OP, to review", () => {
    expect(classify({ label: "Divers" })).toEqual({
      kind: "sale",
      scope: "to_review",
      source: "default",
      ruleId: "default",
      reason: { fr: "non classé → à vérifier", en: "unclassified → to review" },
    });
    expect(classify({})?.scope).toBe("to_review");
  });
});

describe("precedence", () => {
  const all: LineFacts = { opFlag: "Oui", kindText: "Subvention", account: "775000", label: "Intérêts" };

  it("OP flag beats account beats nature beats label (SPEC 2.1)", () => {
    expect(brief(all)?.[2]).toBe("op_flag");
    expect(brief({ ...all, opFlag: undefined })?.slice(0, 3)).toEqual(["asset_disposal", "sale", "account"]);
    expect(brief({ ...all, opFlag: undefined, kindText: undefined })?.slice(0, 3)).toEqual([
      "asset_disposal",
      "sale",
      "account",
    ]);
    expect(brief({ kindText: all.kindText, label: all.label })?.slice(0, 3)).toEqual([
      "subsidy",
      "sale",
      "kind_column",
    ]);
    expect(brief({ label: all.label })?.slice(0, 3)).toEqual(["financial", "sale", "label"]);
  });

  it("decides the kind independently: nature, then 709 + label, then label, then sale", () => {
    expect(classify({ opFlag: "Non", account: "709", label: "Rabais" })).toMatchObject({
      scope: "non_core",
      kind: "rebate",
    });
    expect(classify({ kindText: "Remise", account: "706000", label: "Avoir" })?.kind).toBe("discount");
    expect(classify({ account: "706000", label: "Avoir client", reduces: true })).toMatchObject({
      scope: "op",
      kind: "return",
    });
    expect(classify({ account: "775000", label: "Avoir" })).toMatchObject({
      scope: "asset_disposal",
      kind: "return",
    });
    expect(classify({ account: "706000", label: "Facture" })?.kind).toBe("sale");
  });

  it("explains an account decision with a kind from the label", () => {
    expect(classify({ account: "706000", label: "Avoir client", reduces: true })?.reason).toEqual({
      fr: "compte 706 → OP ; libellé contient « avoir » → retour / annulation",
      en: 'account 706 → OP ; label contains "avoir" → return / cancellation',
    });
    expect(classify({ account: "775000" })?.reason).toEqual({
      fr: "compte 775 → cession d'actif",
      en: "account 775 → asset disposal",
    });
  });

  it("marks 708 lines as counted but to check, and 751 with its meaning", () => {
    expect(classify({ account: "708500" })?.reason.fr).toBe(
      "compte 7085 → OP, à contrôler (ports et frais accessoires facturés)",
    );
    expect(classify({ account: "751000" })?.reason.en).toBe(
      "account 751 → to review (royalties for concessions, patents, licences: may be core business)",
    );
  });
});

describe("kindOf", () => {
  it("follows the kind precedence alone", () => {
    expect(classifier.kindOf({ kindText: "Ristourne", account: "709", label: "Avoir" })).toBe("rebate");
    expect(classifier.kindOf({ account: "709", label: "Avoir" })).toBe("return");
    expect(classifier.kindOf({ account: "709" })).toBe("discount");
    expect(classifier.kindOf({ label: "Remise" })).toBe("discount");
    expect(classifier.kindOf({ label: "Facture" })).toBe("sale");
    expect(classifier.kindOf({})).toBe("sale");
  });
});

/** CA OP of classified lines as SPEC 2.2 defines it (single signed amount column), for the article's cases. */
function caop(lines: [LineFacts, string][]): string {
  const c = createClassifier();
  let total = new Decimal(0);
  for (const [facts, amount] of lines) {
    const cl = c.classify(facts);
    if (cl === null || (cl.scope !== "op" && cl.scope !== "to_review")) continue;
    total = cl.kind === "sale" ? total.plus(amount) : total.minus(new Decimal(amount).abs());
  }
  return total.toFixed(2);
}

describe("the article's three examples", () => {
  it("furniture maker: sales − discounts, land sale ignored = 3 850 000", () => {
    expect(
      caop([
        [{ label: "Ventes meubles" }, "4000000"],
        [{ label: "Remises clients" }, "150000"],
        [{ label: "Vente d'un terrain" }, "275000"],
      ]),
    ).toBe("3850000.00");
    expect(
      caop([
        [{ account: "701000", label: "Ventes meubles" }, "4000000"],
        [{ account: "709000", label: "Remises clients" }, "-150000"],
        [{ account: "775000", label: "Vente terrain" }, "275000"],
      ]),
    ).toBe("3850000.00");
  });

  it("B2B SaaS: subscriptions, subsidy excluded = 450 000", () => {
    expect(
      caop([
        [{ label: "Abonnements SaaS" }, "450000"],
        [{ label: "Subvention" }, "50000"],
      ]),
    ).toBe("450000.00");
    expect(classify({ account: "740000", label: "Subvention BPI" })?.scope).toBe("subsidy");
  });

  it("textile, with a nature column: Vente / Vente d'actif / Crédit d'impôt = 800 000", () => {
    expect(
      caop([
        [{ kindText: "Vente" }, "800000"],
        [{ kindText: "Vente d'actif" }, "150000"],
        [{ kindText: "Crédit d'impôt" }, "100000"],
      ]),
    ).toBe("800000.00");
  });

  it("furniture maker, with an English type column: Sale / Discount / Land sale = 3 850 000", () => {
    expect(
      caop([
        [{ kindText: "Sale" }, "4000000"],
        [{ kindText: "Discount" }, "-150000"],
        [{ kindText: "Land sale" }, "600000"],
      ]),
    ).toBe("3850000.00");
  });

  it("textile: 1 050 000 − warehouse sale − tax credit = 800 000", () => {
    expect(
      caop([
        [{ label: "Ventes textiles" }, "800000"],
        [{ label: "Vente entrepôt" }, "150000"],
        [{ label: "Crédit d'impôt" }, "100000"],
      ]),
    ).toBe("800000.00");
    expect(
      caop([
        [{ account: "707000", label: "Ventes textiles" }, "800000"],
        [{ account: "757000", label: "Vente entrepôt" }, "150000"],
        [{ account: "699000", label: "CIR" }, "100000"],
      ]),
    ).toBe("800000.00");
  });
});

describe("shared frozen results", () => {
  it("returns the same frozen object for lines decided the same way", () => {
    const a = classify({ account: "706000", label: "Facture 1" });
    const b = classify({ account: "706100", label: "Facture 2" });
    expect(a).toBe(b);
    expect(Object.isFrozen(a)).toBe(true);
    expect(Object.isFrozen(a?.reason)).toBe(true);
    expect(() => {
      (a as Classification).scope = "financial";
    }).toThrow(TypeError);
  });

  it("keeps sharing and stays right with many unique labels (caches bounded)", () => {
    const c = createClassifier();
    const results = new Set<Classification | null>();
    for (let i = 0; i < 120_000; i++) {
      results.add(
        c.classify({ account: "706000", label: `Facture F2025-${String(i).padStart(6, "0")} Dupont SARL` }),
      );
    }
    expect(results.size).toBe(1);
    expect(c.classify({ label: "Subvention 119999" })?.scope).toBe("subsidy");
    expect(c.classify({ account: "775000", label: "Facture F2025-000001 Dupont SARL" })?.scope).toBe(
      "asset_disposal",
    );
  });
});

describe("user-edited rule sets", () => {
  it("gives the same results after a JSON round trip", () => {
    const c = createClassifier(JSON.parse(JSON.stringify(DEFAULT_RULES)) as RuleSet);
    for (const facts of [
      { account: "7587", label: "CIR" },
      { account: "709", label: "Avoir" },
      { label: "Remise sur cession terrain" },
      { opFlag: "Non" },
    ]) {
      expect(c.classify(facts)).toEqual(classify(facts));
    }
  });

  it("applies an added keyword and a changed account scope", () => {
    const rules = JSON.parse(JSON.stringify(DEFAULT_RULES)) as RuleSet;
    rules.keywords.find((r) => r.id === "kw-subsidy")!.keywords.push("mécénat");
    rules.accounts.find((r) => r.prefix === "751")!.scope = "op";
    const c = createClassifier(rules);
    expect(c.classify({ label: "MECENAT fondation" })?.scope).toBe("subsidy");
    expect(c.classify({ account: "751000" })?.scope).toBe("op");
    expect(classify({ label: "MECENAT fondation" })?.scope).toBe("to_review");
  });
});

describe("money collected for others or paid in advance (label keywords)", () => {
  it.each<[string, string]>([
    ["Débours : frais de greffe", "kw-pass-through"],
    ["Taxe de séjour", "kw-pass-through"],
    ["Disbursement - court fees", "kw-pass-through"],
    ["Vente carte cadeau", "kw-gift-card"],
    ["Chèque cadeau 50 €", "kw-gift-card"],
    ["Gift card sold", "kw-gift-card"],
  ])("%s is not revenue", (label, rule) => {
    expect(brief({ label })).toEqual(["non_core", "sale", "label", rule]);
  });

  it("leaves the sales around them to the other rules", () => {
    expect(brief({ label: "Chambre double" })?.[0]).toBe("to_review");
    expect(brief({ label: "Vente boutique" })?.[0]).toBe("op");
    // A sale paid with a gift card, a room whose tourist tax is not included: sales.
    expect(brief({ label: "Vente réglée par carte cadeau" })?.[0]).toBe("op");
    expect(brief({ label: "Chambre double – taxe de séjour non incluse" })?.[0]).toBe("to_review");
  });

  it("applies the sign rule on the Belgian sales account 700 as on 701–708", () => {
    // A sale whose label names its discount adds revenue: a sale; the same words reducing it: a discount.
    expect(brief({ account: "700000", label: "Vente remise fidélité déduite", reduces: false })?.[1]).toBe(
      "sale",
    );
    expect(brief({ account: "700000", label: "Remise fidélité", reduces: true })?.[1]).toBe("discount");
  });
});

describe("trade wordings of money that is not the company's revenue (round 24b)", () => {
  it.each<[string, Scope, string]>([
    // Public aid without the word "subvention".
    ["Subv. Région fonctionnement 2025", "subsidy", "kw-subsidy"],
    ["VIR REGION AURA SUBV FONCT 2025", "subsidy", "kw-subsidy"],
    ["VIR DRFIP FDVA 2025", "subsidy", "kw-subsidy"],
    ["VIR ASP AIDE PEC M. LEBRUN", "subsidy", "kw-subsidy"],
    ["VIR MAIRIE DE BRON - AIDE ASSOCIATIONS", "subsidy", "kw-subsidy"],
    ["Aide ASP contrat de professionnalisation", "subsidy", "kw-subsidy"],
    ["Aide Agefiph maintien dans l'emploi", "subsidy", "kw-subsidy"],
    ["Prime à l'apprentissage (aide unique)", "subsidy", "kw-subsidy"],
    ["Aide exceptionnelle à l'embauche d'alternants - ASP", "subsidy", "kw-subsidy"],
    ["Fonds de solidarité volet 1", "subsidy", "kw-subsidy"],
    ["Dotation Département - convention 2025", "subsidy", "kw-subsidy"],
    ["Financement Région - appel à projets", "subsidy", "kw-subsidy"],
    ["Financement Conseil régional", "subsidy", "kw-subsidy"],
    // Money collected for someone else.
    ["Achat d'espace - mandat (refacturation au nom et pour le compte)", "non_core", "kw-pass-through"],
    ["Droits de douane avancés pour compte client", "non_core", "kw-pass-through"],
    ["TVA import avancée pour compte client", "non_core", "kw-pass-through"],
    ["Avance de fonds - droits et taxes", "non_core", "kw-pass-through"],
    ["Droits d'enregistrement", "non_core", "kw-pass-through"],
    ["Contribution de sécurité immobilière", "non_core", "kw-pass-through"],
    ["Droit de plaidoirie", "non_core", "kw-pass-through"],
    ["Taxe forfaitaire art. 302 bis Y CGI", "non_core", "kw-pass-through"],
    ["Taxe additionnelle départementale 10 %", "non_core", "kw-pass-through"],
    ["Tx séjour", "non_core", "kw-pass-through"],
    ["TS adulte", "non_core", "kw-pass-through"],
    ["Pourboire", "non_core", "kw-tips"],
    // Deposits held, a gift box sold, a holdback.
    ["Caution location (chèque encaissé)", "non_core", "kw-deposit"],
    ["Dépôt de garantie appartement", "non_core", "kw-deposit"],
    ["Arrhes réservation été", "non_core", "kw-deposit"],
    ["Retenue de garantie 5 %", "non_core", "kw-holdback"],
    // Returnable packaging held (4196) and its refund; an early-payment cash discount (665).
    ["Consigne fût inox 30 L", "non_core", "kw-consigne"],
    ["Consigne palette Europe", "non_core", "kw-consigne"],
    ["Déconsigne casiers", "non_core", "kw-consigne"],
    ["Escompte pour règlement anticipé 2 %", "financial", "kw-escompte"],
    ["Escompte financier 1,5 %", "financial", "kw-escompte"],
  ])("%s is not revenue", (label, scope, rule) => {
    expect(brief({ label })).toEqual([scope, "sale", "label", rule]);
  });

  it.each<string>([
    // A property manager's fees under its mandate, a workwear supplier's kit, home help, a bank's
    // guarantee, an OPCO paying a course, a landlord's rent paid by the housing fund, a carrier's
    // fee on an advance and its haulage for hire, a booking's part payment.
    "Mandat de gestion locative – honoraires",
    "Dotation vêtements de travail 2025",
    "Aide à domicile – janvier",
    "Aide aux devoirs",
    "Caution bancaire – commission trimestrielle",
    "Financement OPCO – formation SST",
    "Prise en charge formation SST - subrogation",
    "Fonds de solidarité logement – loyer mars",
    "Commission d'avance de fonds",
    "Transport pour compte d'autrui",
    // A gift box is a voucher in a spa, a product in a shop (its VAT tells, not its label).
    "Coffret cadeau",
    "Coffret cadeau duo",
    "Acompte de réservation 30 %",
    // A left-luggage service is a sale; an invoice's "no escompte" mention is no discount.
    "Consigne à bagages – journée",
    "Formation consignes de sécurité",
    // Instructions, and the invoices' legal mention of no escompte (review).
    "Intervention selon consignes du client",
    "Mise à jour des consignes de tri sélectif",
    "Escompte pour paiement anticipé : néant",
  ])("%s stays a sale", (label) => {
    expect(brief({ label })?.[0]).toBe("to_review");
  });

  it("sets a consigne's refund (Retour consigne) apart with the consigne, not as a return of sales", () => {
    expect(brief({ label: "Retour consigne fût inox" })?.[0]).toBe("non_core");
  });

  it("keeps a bank's fee on a guarantee a sale when it is named a service", () => {
    expect(brief({ label: "Prestation caution bancaire" })?.slice(0, 2)).toEqual(["op", "sale"]);
  });

  it("reads a cheque deposit written means first as no discount", () => {
    // "CHQ REMISE 8823": a bank's deposit of cheques, like "REMISE CHQ"; a real discount still deducts.
    expect(brief({ label: "CHQ REMISE 8823" })?.slice(0, 2)).toEqual(["to_review", "sale"]);
    expect(brief({ label: "Remise fidélité" })?.[1]).toBe("discount");
  });

  it.each<[string, Scope]>([
    ["Dons", "non_core"],
    ["Mécénat", "non_core"],
    ["Dépôt de garantie", "non_core"],
    ["Deposits", "non_core"],
    ["Pourboires", "non_core"],
    ["Gains divers", "non_core"],
    ["Apport personnel", "non_core"],
  ])("reads the nature or category %s as not revenue", (kindText, scope) => {
    expect(brief({ kindText })?.[0]).toBe(scope);
  });

  it("leaves the labels alone for gifts and sponsorship: only a category says it", () => {
    // "Don" is a first name and a word of product names; a category "Dons" is unambiguous.
    expect(brief({ label: "MECENAT fondation" })?.[0]).toBe("to_review");
    expect(brief({ label: "Don Quichotte – édition reliée" })?.[0]).toBe("to_review");
  });
});

describe("a payment account's own movements (nature values)", () => {
  it("sets PayPal's transfers and own payments apart, never a payment method's 'Virement'", () => {
    for (const kindText of [
      "Virement bancaire standard",
      "General Withdrawal",
      "Paiement préapprouvé de l'utilisateur",
    ])
      expect(brief({ kindText })?.slice(0, 2)).toEqual(["non_core", "sale"]);
    for (const kindText of ["Virement bancaire", "Virement", "Paiement Express Checkout"])
      expect(brief({ kindText })?.[0]).not.toBe("non_core");
  });
});
