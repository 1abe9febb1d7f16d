/**
 * Health, social, education, agriculture and public-service exports (round 27b): a practitioner's
 * tiers-payant invoices, a pharmacy's daily recap, an EHPAD's ESSMS ledger, receipts books naming
 * grants, money handed on and words that are no return. Expected figures are the accountant's,
 * written from each file before the code read it.
 */
import { computeChunks } from "../../../src/core/chunks";
import { compute } from "../../../src/core/engine";
import { detectMapping } from "../../../src/core/fields";
import { DEFAULT_RULES } from "../../../src/core/rules";
import { source, split, table } from "./chunking";

const caop = (t: ReturnType<typeof table>): string => compute(t).totals.caop.toFixed(2);
const codes = (t: ReturnType<typeof table>): string[] => compute(t).diagnostics.map((d) => d.code);

describe("tiers-payant invoices: the invoice's total, not the insurer's part", () => {
  const stellair = table(
    [
      "Date des soins",
      "N° facture",
      "Patient",
      "Organisme AMO",
      "Montant AMO",
      "Organisme AMC",
      "Montant AMC",
      "Montant patient",
      "Total facture",
    ],
    [
      ["06/01/2025", "F1", "MARTIN Jean", "CPAM 91", "9,45", "Harmonie", "6,30", "0,00", "15,75"],
      ["07/01/2025", "F2", "PETIT Léa", "CPAM 91", "13,23", "", "8,82", "0,00", "22,05"],
      ["08/02/2025", "F3", "ROUX Noé", "CPAM 91", "18,90", "", "0,00", "12,60", "31,50"],
    ],
  );

  it("a nurse's Stellair-like export is read in Total facture, the parts said to add up to it", () => {
    // 15,75 + 22,05 + 31,50 = 69,30 (the AMO parts alone would be 41,58).
    expect(caop(stellair)).toBe("69.30");
    const d = compute(stellair).diagnostics.find((x) => x.code === "payer_parts_total");
    expect(d).toMatchObject({ row: 2, column: "Total facture", value: "15,75" });
  });

  it("the total first (Montant total | Montant AMO | Montant AMC | Reste à charge) is the amount", () => {
    const t = table(
      ["Date", "Facture", "Patient", "Montant total", "Montant AMO", "Montant AMC", "Reste à charge"],
      [
        ["01/01/2025", "FS1", "BERTRAND Marie", "30,00", "21,00", "9,00", "0,00"],
        ["02/01/2025", "FS2", "DURAND Isabelle", "16,13", "11,29", "4,84", "0,00"],
      ],
    );
    // 30,00 + 16,13 = 46,13.
    expect(detectMapping(t.headers).mapping.amount).toBe(3);
    expect(caop(t)).toBe("46.13");
  });

  it("Montant Sécu | Montant Mutuelle | Montant Assuré | Montant Total: the total", () => {
    const t = table(
      ["Date", "Facture", "Patient", "Montant Sécu", "Montant Mutuelle", "Montant Assuré", "Montant Total"],
      [
        ["01/01/2025", "FS1", "LEFEBVRE Inès", "42,00", "0,00", "18,00", "60,00"],
        ["01/01/2025", "FS2", "GIRARD Élodie", "18,55", "7,95", "0,00", "26,50"],
      ],
    );
    // 60,00 + 26,50 = 86,50.
    expect(caop(t)).toBe("86.50");
  });

  it("a lab's Total dossier beside its parts is read (no longer refused)", () => {
    const t = table(
      [
        "Date prélèvement",
        "N° dossier",
        "Patient",
        "Part Sécu",
        "Part Mutuelle",
        "Part Patient",
        "Total dossier",
      ],
      [
        ["01/01/2025", "D1", "DURAND Inès", "61,31", "0,00", "40,88", "102,19"],
        ["01/01/2025", "D2", "MARTIN Isabelle", "16,15", "10,76", "0,00", "26,91"],
      ],
    );
    // 102,19 + 26,91 = 129,10.
    expect(caop(t)).toBe("129.10");
  });

  it("parts that do not add up to the total on a row: the total still read, that row named", () => {
    const t = table(
      ["Date", "Facture", "Montant AMO", "Montant AMC", "Montant patient", "Total facture"],
      [
        ["06/01/2025", "F1", "9,45", "6,30", "0,00", "15,75"],
        ["07/01/2025", "F2", "13,23", "8,82", "1,00", "22,05"],
      ],
    );
    // 15,75 + 22,05 = 37,80; row 3: 13,23 + 8,82 + 1,00 = 23,05 ≠ 22,05.
    expect(caop(t)).toBe("37.80");
    const d = compute(t).diagnostics.find((x) => x.code === "payer_parts_differ");
    expect(d).toMatchObject({ row: 3, value: "22,05" });
  });

  it("streamed in chunks, the same figure", async () => {
    const r = await computeChunks(source(split(stellair, [1, 1])));
    expect(r.totals.caop.toFixed(2)).toBe("69.30");
  });
});

describe("a count column is never the amount", () => {
  it("a pharmacy's recap (Nb ventes | Total TTC | dont TVA | parts): Total TTC less its VAT", () => {
    const t = table(
      ["Date", "Nb ventes", "Total TTC", "dont TVA", "Part Sécu", "Part mutuelle", "Part assuré"],
      [
        ["02/01/2025", "215", "5275,00", "275,00", "2901,25", "633,00", "1740,75"],
        ["03/01/2025", "198", "4220,00", "220,00", "2321,00", "506,40", "1392,60"],
      ],
    );
    // (5 275,00 − 275,00) + (4 220,00 − 220,00) = 9 000,00 (5,5 %); the counts 215 and 198 are no money.
    expect(detectMapping(t.headers).mapping.amount).toBe(2);
    expect(caop(t)).toBe("9000.00");
  });

  it("at mixed rates, Total TTC less its dont TVA: both headers say the tax is in the total", () => {
    const t = table(
      ["Date", "Nb ventes", "Total TTC", "dont TVA", "Part Sécu", "Part mutuelle", "Part assuré"],
      [
        ["02/01/2025", "134", "5 333,43", "540,76", "2 933,39", "640,01", "1 760,03"],
        ["03/01/2025", "296", "4 837,15", "406,73", "2 660,43", "580,46", "1 596,26"],
      ],
    );
    // (5 333,43 − 540,76) + (4 837,15 − 406,73) = 4 792,67 + 4 430,42 = 9 223,09 (no single rate: 2,1 %, 5,5 %,
    // 10 % and 20 % sold the same day).
    expect(caop(t)).toBe("9223.09");
    expect(codes(t)).toContain("amount_includes_vat");
    expect(codes(t)).not.toContain("vat_unproven");
  });

  it.each(["Nb clients", "Nombre de ventes", "Nb ventes"])("%s beside CA TTC and dont TVA", (count) => {
    const t = table(
      ["Date", count, "CA TTC", "dont TVA"],
      [
        ["02/01/2025", "182", "1055,00", "55,00"],
        ["03/01/2025", "267", "2110,00", "110,00"],
      ],
    );
    // 1 000,00 + 2 000,00 = 3 000,00 (5,5 % included).
    expect(detectMapping(t.headers).mapping.amount).toBe(2);
    expect(caop(t)).toBe("3000.00");
  });
});

describe("the ESSMS chart (M22): 734, the residents' price, is the EHPAD's sale", () => {
  it("7341 hébergement and 7342 dépendance count, 7311 forfait soins ARS does not", () => {
    const t = table(
      ["Date", "Compte", "Libellé", "Débit", "Crédit"],
      [
        ["31/01/2025", "734100", "Hébergement janvier MARTIN Jean", "", "2121,95"],
        ["31/01/2025", "734200", "Tarif dépendance GIR 5-6 janvier MARTIN Jean", "", "180,42"],
        ["31/01/2025", "731100", "Forfait global soins ARS janvier", "", "12000,00"],
      ],
    );
    // 2 121,95 + 180,42 = 2 302,37; the ARS dotation (731) is left out.
    expect(caop(t)).toBe("2302.37");
  });

  it("a ledger whose revenue is all 731–732 dotations gives 0, never silently", async () => {
    const t = table(
      ["Date", "Compte", "Libellé", "Débit", "Crédit"],
      [
        ["31/01/2025", "731100", "Dotation globale de soins ARS janvier", "", "12000,00"],
        ["31/01/2025", "732100", "Forfait global dépendance CD janvier", "", "3000,00"],
        ["28/02/2025", "731100", "Dotation globale de soins ARS février", "", "12000,00"],
      ],
    );
    // Dotations of the ARS and the département (ambiguous: a price of care or a grant): not counted, 0,00,
    // and said with their 27 000,00.
    expect(caop(t)).toBe("0.00");
    const d = compute(t).diagnostics.find((x) => x.code === "class73_only");
    expect(d).toMatchObject({
      severity: "warning",
      row: 2,
      column: "Compte",
      value: "27000.00",
      args: { count: 3 },
    });
    const streamed = await computeChunks(source(split(t, [1, 1])));
    expect(streamed.diagnostics.filter((x) => x.code === "class73_only")).toHaveLength(1);
  });
});

describe("receipts books: grants named by their scheme, money handed on, words that are no return", () => {
  const book = (lines: [string, string][]): ReturnType<typeof table> =>
    table(
      ["Date", "Libellé", "Montant"],
      lines.map(([label, amount], i) => [`${String(i + 1).padStart(2, "0")}/01/2025`, label, amount]),
    );

  it("a farm's CAP payments, DJA and organic-conversion aid are subsidies", () => {
    const t = book([
      ["Vente colza Terrena contrat 2024", "6450,20"],
      ["Paiement de base DPB solde 2024 ASP", "18450,20"],
      ["Éco-régime 2024 solde", "6320,00"],
      ["Aide couplée bovins allaitants 2024", "7650,00"],
      ["ICHN 2024", "5120,00"],
      ["MAEC système polyculture-élevage annuité 2024", "3000,00"],
      ["DJA Dotation Jeunes Agriculteurs 1re fraction", "22000,00"],
      ["Aide à la conversion à l'agriculture biologique CAB 2024", "8640,00"],
      ["Arrêt temporaire FEAMPA golfe de Gascogne - compensation", "11240,00"],
    ]);
    // Only the rapeseed sale: 6 450,20.
    expect(caop(t)).toBe("6450.20");
    expect(compute(t).totals.excluded.subsidy.count).toBe(8);
  });

  it("a doctor's CAIM, IJ, and a club's PSF ANS, a crèche's CAF bonuses, a département's participation", () => {
    const t = book([
      ["Consultation G - MARTIN Jean", "30,00"],
      ["Aide à l'installation CAIM CPAM 1re fraction", "25000,00"],
      ["IJ CPAM arrêt maladie 01-14/01", "1254,40"],
      ["PSF ANS 2025 - projet sportif fédéral", "3500,00"],
      ["Bonus mixité sociale 2024 solde", "4230,00"],
      ["Bonus territoire CTG acompte 2025", "9600,00"],
      ["Schéma départemental enseignements artistiques - participation 2025", "7500,00"],
      ["Aide à la création DRAC Île-de-France", "15000,00"],
    ]);
    // The consultation alone: 30,00.
    expect(caop(t)).toBe("30.00");
  });

  it("an agency's help with a website or a file conversion stays its sale", () => {
    const t = book([
      ["Aide à la création de votre site vitrine", "1200,00"],
      ["Aide à la conversion de fichiers comptables", "300,00"],
    ]);
    // 1 200,00 + 300,00 = 1 500,00: no public aid named.
    expect(caop(t)).toBe("1500.00");
  });

  it("retour in an act's, a course's or a catch's name is no return", () => {
    const t = book([
      ["Paiement CPAM retour NOEMIE", "312,50"],
      ["Séance drainage retour veineux - PETIT Léa", "16,13"],
      ["Rééducation retour à domicile post-PTH - ROUX Noé", "18,20"],
      ["Bilan kiné retour au sport - DAVID Hugo", "32,26"],
      ["Vente criée retour de marée 10/01 - sole", "2450,20"],
      ["Formation Préparer son retour à l'emploi", "1450,00"],
      ["Formation Gestion des retours clients", "1890,00"],
      ["Retour marchandise client Dupont", "100,00"],
    ]);
    // 312,50 + 16,13 + 18,20 + 32,26 + 2 450,20 + 1 450,00 + 1 890,00 = 6 169,29; the real return
    // (positive, read as an unsigned deduction in a single-column book) takes 100,00 off: 6 069,29.
    expect(caop(t)).toBe("6069.29");
  });

  it("a theatre company's contrat de cession is its sale; a business sold is not", () => {
    const t = book([
      ["Contrat de cession - Le Bourgeois gentilhomme - Théâtre de Rungis", "4800,00"],
      ["Cession du droit d'exploitation du spectacle - Scène nationale d'Évry", "6200,00"],
      ["Formation Cession-transmission d'entreprise", "2100,00"],
      ["Contrat de cession du fonds de commerce", "90000,00"],
    ]);
    // 4 800,00 + 6 200,00 + 2 100,00 = 13 100,00.
    expect(caop(t)).toBe("13100.00");
    expect(compute(t).totals.excluded.asset_disposal.count).toBe(1);
  });

  it("money paid out or handed on and refunds received are neither sales nor deductions", () => {
    const t = book([
      ["Consultation G - MARTIN Jean", "30,00"],
      ["Redevance d'occupation versée à la commune T1", "-4500,00"],
      ["Remboursement TICPE gazole non routier 2024", "1642,35"],
      ["Remboursement MSA trop-perçu cotisations", "812,00"],
      ["Cotisation APEL 2024-2025", "28,50"],
      ["Assurance scolaire Mutuelle Saint-Christophe", "12,40"],
      ["Consommation part collectivité (surtaxe)", "24,80"],
      ["Redevance pollution domestique Agence de l'eau", "13,20"],
    ]);
    // The consultation alone: 30,00 (7 lines set apart as non-core, none subtracted).
    expect(caop(t)).toBe("30.00");
    expect(compute(t).totals.excluded.non_core.count).toBe(7);
  });

  it("a rétrocession received is the remplaçant's revenue (rounds 16 and 24b)", () => {
    const t = book([["Rétrocession d'honoraires Dr MARTIN remplacement janvier", "4200,00"]]);
    // The locum's whole revenue: 4 200,00 (a word alone cannot tell it from one paid out).
    expect(caop(t)).toBe("4200.00");
  });

  it("a seller's remise arrière, an invoice to the DRAC and a vehicle under a contrat de cession (review 20)", () => {
    const t = book([
      ["Vente biscuits janvier", "48000,00"],
      ["Remise arrière Carrefour T4 2024", "-3600,00"],
      ["Relevé photogrammétrique chapelle - DRAC", "3200,00"],
      ["Contrat de cession véhicule utilitaire Master à M. Petit", "9000,00"],
    ]);
    // 48 000 − 3 600 (the back margin granted: a deduction) + 3 200 (a study sold to the DRAC) = 47 600;
    // the van sold is an asset disposal.
    expect(caop(t)).toBe("47600.00");
    expect(compute(t).totals.excluded.asset_disposal.count).toBe(1);
  });

  it("a cooperative's ristourne on the member's deliveries adds to its sales", () => {
    const t = book([
      ["Apport blé tendre Axéréal - acompte", "8450,20"],
      ["Ristourne coopérative Axéréal sur apports 2024", "2184,60"],
      ["Ristourne SICA sur ventes animaux 2024", "965,30"],
    ]);
    // 8 450,20 + 2 184,60 + 965,30 = 11 600,10.
    expect(caop(t)).toBe("11600.10");
  });

  it("the 2035 rubrique Honoraires rétrocédés sets its line apart", () => {
    const t = table(
      ["Date", "Libellé", "Montant", "Rubrique 2035"],
      [
        ["06/01/2025", "Consultation G - MARTIN Jean", "30,00", "Recettes encaissées"],
        ["31/01/2025", "Rétrocession Dr LEBLANC remplacement", "842,60", "Honoraires rétrocédés"],
      ],
    );
    // 30,00: the fees handed on to the locum are an expense (6226).
    expect(caop(t)).toBe("30.00");
  });

  it("the rule set is version 2025.12", () => {
    expect(DEFAULT_RULES.version).toBe("2025.12");
    expect(codes(book([["Consultation", "30,00"]]))).not.toContain("payer_parts_total");
  });
});
