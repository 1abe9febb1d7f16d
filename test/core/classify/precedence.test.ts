/**
 * Issue 9 item 2 / SPEC 2.1: the account beats nature values and label keywords (with a `conflict`
 * diagnostic), the sign rule on sales accounts, keyword exceptions as rule data, and document-type
 * columns (never a nature; credit notes are returns, unsigned exports subtract; streamed = whole).
 */
import fc from "fast-check";
import { computeChunks } from "../../../src/core/chunks";
import { createClassifier } from "../../../src/core/classify";
import { compileRules } from "../../../src/core/classify/compile";
import { compute, lineKeys } from "../../../src/core/engine";
import { detectMapping } from "../../../src/core/fields";
import { toJson } from "../../../src/core/report";
import { DEFAULT_RULES, validateRules, type RuleSet } from "../../../src/core/rules";
import type { LineFacts, RawTable } from "../../../src/core/types";
import { readCsv } from "../../../src/workbook/readers/csv";

const classifier = createClassifier();
const classify = (f: LineFacts) => classifier.classify(f);
const csv = (text: string): RawTable => readCsv(new TextEncoder().encode(text));
const json = (text: string) => toJson(compute(csv(text)));

describe("account beats nature and label keywords (SPEC 2.1 step 3)", () => {
  it("keeps the account's scope against a nature value, with the nature as the conflict", () => {
    const c = classify({ account: "740000", kindText: "Vente", label: "Aide France Travail" });
    expect(c).toMatchObject({ scope: "subsidy", source: "account" });
    expect(c?.conflict).toEqual({
      source: "kind_column",
      reason: { fr: "nature « Vente » → vente", en: 'type "Vente" → sale' },
      scope: "op",
    });
    expect(classify({ account: "706000", kindText: "Subvention" })).toMatchObject({
      scope: "op",
      conflict: { source: "kind_column" },
    });
  });

  it("keeps the account's scope against a label keyword, with the keyword as the conflict", () => {
    const c = classify({ account: "706000", label: "Subvention formation" });
    expect(c).toMatchObject({ scope: "op", source: "account", conflict: { source: "label" } });
    expect(c?.conflict?.reason.fr).toBe("libellé contient « subvention » → subvention / indemnité");
  });

  it("sees no conflict when they agree, or when a deduction word speaks of the kind only", () => {
    expect(classify({ account: "775000", label: "Cession terrain" })?.conflict).toBeUndefined();
    expect(classify({ account: "706000", kindText: "Vente", label: "Vente" })?.conflict).toBeUndefined();
    expect(classify({ account: "775000", label: "Avoir sur cession" })?.conflict).toBeUndefined();
    expect(classify({ account: "740000", kindText: "Avoir" })?.conflict).toBeUndefined();
  });

  it("keeps the 74/75 tax-credit override: CIR, CII, crédit d'impôt", () => {
    for (const label of ["CIR 2024", "CII", "Crédit d'impôt recherche"]) {
      for (const account of ["740000", "758000"]) {
        expect(classify({ account, label })).toMatchObject({ scope: "tax_credit", source: "account" });
        expect(classify({ account, label })?.conflict).toBeUndefined();
      }
    }
  });

  it("lets the nature decide when no account does, and the OP flag before the account", () => {
    expect(classify({ kindText: "Subvention", label: "Prestation" })?.scope).toBe("subsidy");
    expect(classify({ account: "70", kindText: "Subvention" })?.source).toBe("kind_column");
    expect(classify({ opFlag: "Oui", account: "775000", kindText: "Cession" })).toMatchObject({
      scope: "op",
      source: "op_flag",
    });
    expect(classify({ opFlag: "Oui", account: "775000", kindText: "Vente" })?.conflict).toBeUndefined();
  });

  it("reports each conflict with its row, column, value and both reasons, through compute()", () => {
    const j = json(
      "Date;Compte;Nature;Libellé;Montant HT\n" +
        "04/08/2025;706000;Vente;Conseil;3 000,00\n" +
        "11/08/2025;740000;Vente;Aide apprentissage;4 500,00\n" +
        "28/08/2025;706000;Subvention;Formation OPCO;1 500,00\n",
    );
    expect(j.caop).toBe("4500.00");
    const conflicts = j.diagnostics.filter((d) => d.code === "conflict");
    expect(conflicts.map((d) => [d.row, d.column, d.value, d.severity])).toEqual([
      [3, "Nature", "Vente", "warning"],
      [4, "Nature", "Subvention", "warning"],
    ]);
    expect(conflicts[0].message).toBe(
      "ligne 3 : conflit, compte 74 → subvention / indemnité ; nature « Vente » → vente " +
        "(colonne « Nature », valeur « Vente ») : le compte 740000 l'emporte",
    );
    expect(conflicts[0].message_en).toContain("account 740000 wins");
  });

  it("gives no conflict on a line the user decided by hand", () => {
    const table = csv("Date;Compte;Nature;Montant\n01/01/2025;740000;Vente;100,00\n");
    expect(compute(table).diagnostics.some((d) => d.code === "conflict")).toBe(true);
    const [key] = lineKeys(table, detectMapping(table.headers).mapping);
    const r = compute(table, { decisions: { [key]: { scope: "op" } } });
    expect(r.diagnostics.some((d) => d.code === "conflict")).toBe(false);
  });
});

describe("sign rule on sales accounts (SPEC 2.1)", () => {
  it("keeps a line that adds revenue on 701–708 a sale whatever its label", () => {
    for (const account of ["701000", "706000", "707100", "708500"]) {
      expect(classify({ account, label: "Remise commerciale", reduces: false })?.kind).toBe("sale");
      expect(classify({ account, label: "Remise commerciale", reduces: true })?.kind).toBe("discount");
      expect(classify({ account, label: "Retour marchandise", reduces: true })?.kind).toBe("return");
    }
  });

  it("applies the sign after the cached label lookup (same label, both signs, in turn)", () => {
    const c = createClassifier();
    for (let i = 0; i < 4; i++) {
      expect(c.classify({ account: "706000", label: "Avoir client", reduces: i % 2 === 1 })?.kind).toBe(
        i % 2 === 1 ? "return" : "sale",
      );
    }
  });

  it("lets an explicit nature value and account 709 decide whatever the sign", () => {
    expect(classify({ account: "706000", kindText: "Remise", reduces: false })?.kind).toBe("discount");
    expect(classify({ account: "709000", label: "Rabais", reduces: false })?.kind).toBe("rebate");
    expect(classify({ account: "709000", label: "Divers", reduces: false })?.kind).toBe("discount");
  });

  it("keeps the single-column convention without an account", () => {
    expect(classify({ label: "Remise commerciale", reduces: false })?.kind).toBe("discount");
  });

  it("gives the issue's figure: 800 + 120 are sales, CA OP 920 not −420", () => {
    const j = json(
      "Date;Compte;Libellé;Montant HT\n" +
        "06/01/2025;706000;Stage de remise à niveau;800,00\n" +
        "08/01/2025;706000;Billet aller-retour Paris-Lyon;120,00\n",
    );
    expect([j.caop, j.deductions]).toEqual(["920.00", { discount: "0.00", rebate: "0.00", return: "0.00" }]);
  });

  it("counts a negative line with a deduction word as that deduction, a 709 line always", () => {
    const j = json(
      "Date;Compte;Libellé;Montant HT\n" +
        "06/01/2025;706000;Remise en état matériel;450,00\n" +
        "07/01/2025;706000;Avoir sur facture F-12;-200,00\n" +
        "08/01/2025;709000;Remise commerciale;50,00\n",
    );
    expect([j.caop, j.deductions.return, j.deductions.discount]).toEqual(["200.00", "200.00", "50.00"]);
  });

  it("reads a ledger debit on 706 as reducing revenue", () => {
    const j = json(
      "Date;Compte;Libellé;Débit;Crédit\n" +
        "06/01/2025;706000;Prestation;;1 000,00\n" +
        "07/01/2025;706000;Retour client;100,00;\n" +
        "08/01/2025;706000;Retour d'expérience;;300,00\n",
    );
    expect([j.caop, j.gross_sales, j.deductions.return]).toEqual(["1200.00", "1300.00", "100.00"]);
  });
});

describe("keyword exceptions (SPEC 2.1 step 5, rule data)", () => {
  it.each([
    ["Prestation retour d'expérience projet ERP", "op", "sale"],
    ["Facture cession de formation Excel", "op", "sale"],
    ["Entretien terrain de football synthétique", "to_review", "sale"],
    ["Billet aller-retour Paris-Lyon", "to_review", "sale"],
    ["Stage de remise à niveau", "to_review", "sale"],
    ["REMISE EN ETAT materiel", "to_review", "sale"],
    ["Remise de chèques n°12", "to_review", "sale"],
    ["REMISE CB 12/03", "to_review", "sale"],
    ["REMISE CHQ N 1234", "to_review", "sale"],
    ["REMISE LCR 0012", "to_review", "sale"],
    ["Intervention sur le terrain", "to_review", "sale"],
    ["Frais d'annulation séjour", "to_review", "sale"],
    ["Return flight Paris London", "to_review", "sale"],
    ["VAT return preparation Q4", "to_review", "sale"],
    ["Self assessment return 2024/25", "to_review", "sale"],
    ["Cession terrain rue des Acacias", "asset_disposal", "sale"],
    ["Retour marchandise", "op", "return"],
    ["Remise commerciale", "op", "discount"],
    ["Aller-retour facturé ; retour client", "op", "return"],
  ])("%j → %s / %s", (label, scope, kind) => {
    expect(classify({ label })).toMatchObject({ scope, kind });
  });

  it.each([
    // A service sold about what follows: its subject is no excluded reason (a consultant's, a trainer's sale).
    ["Accompagnement cession société Martin", "to_review", "sale"],
    ["Conseil en crédit d'impôt recherche (CIR)", "to_review", "sale"],
    ["Accompagnement dossier de subvention FEDER", "to_review", "sale"],
    ["Formation plus-value immobilière", "to_review", "sale"],
    ["Location terrain de padel", "to_review", "sale"],
    ["Conseil en dividendes et rémunération du dirigeant", "to_review", "sale"],
    // Public bodies paying subsidies, and deductions after a service, still count.
    ["Conseil régional subvention emploi", "subsidy", "sale"],
    ["Mission locale subvention", "subsidy", "sale"],
    ["Formation annulée", "op", "return"],
    ["Cession terrain rue des Acacias", "asset_disposal", "sale"],
  ])("a service's subject: %j → %s / %s", (label, scope, kind) => {
    expect(classify({ label })).toMatchObject({ scope, kind });
  });

  it("hold for a nature value and an account's name as for a label", () => {
    expect(classify({ kindText: "Terrain de football" })?.scope).not.toBe("asset_disposal");
    expect(classify({ kindText: "Vente terrain" })?.scope).toBe("asset_disposal");
    // Sage 50 US's chart: the product line "Sales - Equipment" is the seller's sales.
    const names = createClassifier(DEFAULT_RULES, true);
    expect(names.classify({ account: "Sales - Equipment" })?.scope).not.toBe("asset_disposal");
    expect(names.classify({ account: "Gain on Sale of Equipment" })?.scope).toBe("asset_disposal");
  });

  it("are data: a user's exception applies, and removing one brings the keyword back", () => {
    const rules: RuleSet = structuredClone(DEFAULT_RULES);
    const ret = rules.keywords.find((r) => r.id === "kw-return");
    if (!ret) throw new Error("kw-return missing");
    ret.exceptions = [...(ret.exceptions ?? []), "retour de vacances"];
    expect(createClassifier(rules).classify({ label: "Atelier retour de vacances" })?.kind).toBe("sale");
    ret.exceptions = [];
    expect(createClassifier(rules).classify({ label: "Retour d'expérience" })?.kind).toBe("return");
  });

  it("are compiled once per rule set, and again once the set is edited in place", () => {
    const rules: RuleSet = structuredClone(DEFAULT_RULES);
    const first = compileRules(rules);
    expect(compileRules(rules)).toBe(first);
    rules.keywords[0].keywords = [...rules.keywords[0].keywords, "mot ajouté"];
    expect(compileRules(rules)).not.toBe(first);
  });

  it("are checked by validateRules: a list of phrases each holding a keyword of its rule", () => {
    expect(validateRules(DEFAULT_RULES)).toEqual([]);
    const rules: RuleSet = structuredClone(DEFAULT_RULES);
    rules.keywords[0].exceptions = ["", "football"];
    expect(validateRules(rules).map((p) => p.en)).toEqual([
      'Rule kw-tax-credit: empty exception or one without letters or digits ("").',
      'Rule kw-tax-credit: the exception "football" contains none of the rule\'s keywords: it would exclude nothing.',
    ]);
    (rules.keywords[0] as { exceptions: unknown }).exceptions = "x";
    expect(validateRules(rules).map((p) => p.en)).toEqual([
      "Rule kw-tax-credit: the exceptions are not a list.",
    ]);
  });

  it("keep working on a rule set stored before exceptions existed", () => {
    const old: RuleSet = JSON.parse(JSON.stringify(DEFAULT_RULES)) as RuleSet;
    for (const r of old.keywords) delete r.exceptions;
    expect(validateRules(old)).toEqual([]);
    expect(createClassifier(old).classify({ label: "Retour d'expérience" })?.kind).toBe("return");
  });
});

describe("document-type column (SPEC 2.1)", () => {
  it.each(["Type pièce", "Type de pièce", "Type de document", "Journal", "Document type"])(
    "maps %j to doc_type, never to the nature",
    (h) => {
      const m = detectMapping(["Date", h, "Compte", "Montant"]).mapping;
      expect([m.doc_type, m.kind]).toEqual([1, undefined]);
    },
  );

  const typePiece =
    "Date;Type pièce;Compte;Libellé;Montant HT\n" +
    "05/03/2025;Facture;706000;Maintenance;4 800,00\n" +
    "12/03/2025;Facture;775000;Cession chariot élévateur;6 000,00\n" +
    "14/03/2025;Facture;740000;Subvention Région;10 000,00\n" +
    "20/03/2025;Avoir;706000;Geste commercial;300,00\n";

  it("never decides the scope; unsigned credit notes subtract as returns, and the reading is reported", () => {
    const j = json(typePiece);
    expect(j.caop).toBe("4500.00");
    expect(j.excluded.asset_disposal.amount).toBe("6000.00");
    expect(j.excluded.subsidy.amount).toBe("10000.00");
    expect(j.deductions.return).toBe("300.00");
    expect(j.mapping.doc_type).toBe("Type pièce");
    expect(j.mapping.kind).toBeUndefined();
    expect(j.reading.credit_notes).toEqual({ column: "Type pièce", unsigned: true });
  });

  it("counts credit notes as they are in a signed export (a positive one is then a sale)", () => {
    const j = json(
      "Date;Type pièce;Compte;Libellé;Montant HT\n" +
        "05/03/2025;Facture;706000;Maintenance;1 000,00\n" +
        "20/03/2025;Avoir;706000;Geste commercial;-300,00\n" +
        "21/03/2025;Avoir;706000;Correction;50,00\n",
    );
    expect([j.caop, j.gross_sales, j.deductions.return]).toEqual(["750.00", "1050.00", "300.00"]);
    expect(j.reading.credit_notes).toEqual({ column: "Type pièce", unsigned: false });
  });

  it("reports no reading when the column holds no credit note", () => {
    const j = json("Date;Type pièce;Compte;Montant\n01/01/2025;Facture;706000;10,00\n");
    expect(j.reading.credit_notes).toBeUndefined();
  });

  it("gives the same result streamed in chunks as whole (a negative credit note late)", async () => {
    const rows = Array.from({ length: 30 }, (_, i) => {
      const day = String((i % 28) + 1).padStart(2, "0");
      const doc = i % 3 === 0 ? "Avoir" : "Facture";
      const amount = i === 24 ? "-40,00" : `${(i + 1) * 10},00`;
      return `${day}/01/2025;${doc};706000;Ligne ${i};${amount}`;
    });
    const table = csv(`Date;Type pièce;Compte;Libellé;Montant\n${rows.join("\n")}\n`);
    const whole = toJson(compute(table));
    expect(whole.reading.credit_notes?.unsigned).toBe(false);
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 6 }),
        async (sizes) => {
          const chunks: RawTable[] = [];
          let at = 0;
          for (const s of [...sizes, table.rows.length]) {
            if (at >= table.rows.length) break;
            chunks.push({ ...table, rows: table.rows.slice(at, at + s), firstRow: table.firstRow + at });
            at += s;
          }
          const r = toJson(
            await computeChunks(async function* () {
              for (const c of chunks) yield c;
            }),
          );
          expect([r.caop, r.gross_sales, r.deductions, r.reading]).toEqual([
            whole.caop,
            whole.gross_sales,
            whole.deductions,
            whole.reading,
          ]);
        },
      ),
      { numRuns: 40 },
    );
  });
});
