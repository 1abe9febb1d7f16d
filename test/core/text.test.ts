import fc from "fast-check";
import { containsPhrase, normalizeText, PhraseIndex, sameWord, wordsOf } from "../../src/core/text";

describe("normalizeText", () => {
  it.each([
    ["Crédit d’Impôt  (CIR)", "credit d impot cir"],
    ["Crédit d'impôt", "credit d impot"],
    ["PLUS-VALUE sur cession", "plus value sur cession"],
    ["  Entrepôt   Roubaix ", "entrepot roubaix"],
    ["Hors cœur de métier", "hors coeur de metier"],
    ["Ex ÆQUO", "ex aequo"],
    ["Facture F2025-000123 Dupont SARL", "facture f2025 000123 dupont sarl"],
    ["Indemnité, litige; (n°12)", "indemnite litige n 12"],
    ["ÉTUDES", "etudes"],
    ["", ""],
    ["  -- ", ""],
  ])("normalizes %j to %j", (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it("keeps the same result on the ASCII fast path and the Unicode path", () => {
    // "é" forces the Unicode path; the rest of the text must normalize as on the fast path.
    expect(normalizeText("Facture F-12, Dupont é")).toBe(`${normalizeText("Facture F-12, Dupont")} e`);
  });

  it("is idempotent, on ASCII and on any Unicode text", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: "binary", maxLength: 20 })),
        (s) => {
          const once = normalizeText(s);
          expect(normalizeText(once)).toBe(once);
        },
      ),
    );
  });

  it("never leaves upper case, double spaces or edge spaces", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: "binary", maxLength: 20 })),
        (s) => {
          const n = normalizeText(s);
          expect(n).not.toMatch(/ {2}|^ | $|[A-Z]/);
          expect(n).toBe(n.toLowerCase());
        },
      ),
    );
  });
});

describe("wordsOf", () => {
  it("splits a normalized text into words", () => {
    expect(wordsOf("Plus-value sur cession")).toEqual(["plus", "value", "sur", "cession"]);
    expect(wordsOf("Remise l'été")).toEqual(["remise", "l", "ete"]);
  });
  it("returns no word for an empty or punctuation-only text", () => {
    expect(wordsOf("")).toEqual([]);
    expect(wordsOf(" ;-) ")).toEqual([]);
  });
  it("agrees with normalizeText", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (s) => {
        expect(wordsOf(s).join(" ")).toBe(normalizeText(s));
      }),
    );
  });
});

describe("containsPhrase", () => {
  it("matches whole words only", () => {
    expect(containsPhrase("vente entrepot lyon", "entrepot")).toBe(true);
    expect(containsPhrase("circuit imprime", "cir")).toBe(false);
    expect(containsPhrase("credit d impot recherche", "credit d impot")).toBe(true);
    expect(containsPhrase("credit d impot", "")).toBe(false);
  });
});

describe("sameWord", () => {
  it("accepts the word and its plural in -s or -x", () => {
    expect(sameWord("remise", "remise")).toBe(true);
    expect(sameWord("remises", "remise")).toBe(true);
    expect(sameWord("aides", "aide")).toBe(true);
    expect(sameWord("reseaux", "reseau")).toBe(true);
  });
  it("rejects other endings and other words", () => {
    expect(sameWord("aider", "aide")).toBe(false);
    expect(sameWord("circuit", "cir")).toBe(false);
    expect(sameWord("remise", "remises")).toBe(false);
  });
});

describe("PhraseIndex", () => {
  const index = new PhraseIndex<string>()
    .add("Produit financier", "financial")
    .add("produit", "product")
    .add("crédit d'impôt", "tax")
    .add("CIR", "tax")
    .add("  ", "never");

  it("finds phrases in any spelling, as whole words, in text order", () => {
    const hits = index.findAll(wordsOf("Produits financiers et crédit d’impôt"));
    expect(hits.map((h) => [h.phrase, h.value, h.start])).toEqual([
      ["produit financier", "financial", 0],
      ["produit", "product", 0],
      ["credit d impot", "tax", 3],
    ]);
  });

  it("does not match inside words", () => {
    expect(index.findAll(wordsOf("circuit CIRCE"))).toEqual([]);
  });

  it("lets articles and de / of stand between a phrase's words, in the phrase or in the text", () => {
    const links = new PhraseIndex<string>().add("vente bâtiment", "building").add("sale of patent", "patent");
    const found = (text: string): string[] => links.findAll(wordsOf(text)).map((h) => h.value);
    expect(found("Vente d'un bâtiment")).toEqual(["building"]);
    expect(found("Vente des bâtiments A et B")).toEqual(["building"]);
    expect(found("Sale of a patent")).toEqual(["patent"]);
    expect(found("Sale patent")).toEqual(["patent"]);
    expect(found("Sale of the new patent")).toEqual([]);
    expect(found("Vente neuve bâtiment")).toEqual([]);
    expect(index.findAll(wordsOf("Crédit de l'impôt")).map((h) => h.phrase)).toEqual(["credit d impot"]);
  });

  it("still finds a phrase made of articles only, as written", () => {
    expect(new PhraseIndex<number>().add("de la", 1).findAll(wordsOf("Vente de la maison"))).toEqual([
      { phrase: "de la", value: 1, start: 1, end: 3 },
    ]);
  });

  it("ignores empty phrases", () => {
    expect(index.findAll(wordsOf("never"))).toEqual([]);
  });
});
