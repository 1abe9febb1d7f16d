import fc from "fast-check";
import { repairMojibake } from "../../src/core/mojibake";
import { normalizeText } from "../../src/core/text";
import { createClassifier } from "../../src/core/classify";
import { DEFAULT_RULES } from "../../src/core/rules";

/** Windows-1252 at 0x80–0x9F (its undefined bytes as the C1 code points), to write the reference. */
const C1 = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";
/** A text's UTF-8 bytes read as Windows-1252: what a tool that took them for it shows. */
const misread = (s: string): string =>
  [...Buffer.from(s, "utf8")]
    .map((b) => (b >= 0x80 && b <= 0x9f ? C1[b - 0x80] : String.fromCharCode(b)))
    .join("");

describe("repairMojibake", () => {
  it("reads double-encoded UTF-8 back", () => {
    expect(repairMojibake("IndemnitÃ© d'assurance")).toBe("Indemnité d'assurance");
    expect(repairMojibake("CrÃ©dit d'impÃ´t recherche")).toBe("Crédit d'impôt recherche");
    expect(repairMojibake("lâ€™Ã©tÃ© â€” 12 â‚¬")).toBe("l’été — 12 €");
    expect(normalizeText("CrÃ©dit d'impÃ´t")).toBe("credit d impot");
  });

  it("gives back any French or English text misread so, and leaves text that is right as it is", () => {
    const text = fc
      .array(fc.constantFrom(..."aéèêàçôûîïëüœÉÈÀÇ’€—… ;:-'dAZ09«»°"), { maxLength: 40 })
      .map((cs) => cs.join(""));
    fc.assert(
      fc.property(text, (s) => {
        expect(repairMojibake(misread(s))).toBe(s);
        expect(repairMojibake(s)).toBe(s);
      }),
      { numRuns: 2000 },
    );
    // Runs standing for no character stay: "Ã" before a space, "Â" alone.
    expect(repairMojibake("SÃO PAULO Â ")).toBe("SÃO PAULO Â ");
  });

  it("lets the label's keywords decide: a double-encoded subsidy and tax credit are no sales", () => {
    const classify = createClassifier(DEFAULT_RULES);
    expect(classify.classify({ label: "IndemnitÃ© d'assurance sinistre" })?.scope).toBe("subsidy");
    expect(classify.classify({ label: "CrÃ©dit d'impÃ´t recherche 2024" })?.scope).toBe("tax_credit");
  });
});
