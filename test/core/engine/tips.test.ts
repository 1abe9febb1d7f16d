/** Tips inside an amount headed total (evidence/tips.ts): not the business's revenue. */
import { computeChunks } from "../../../src/core/chunks";
import { compute } from "../../../src/core/engine";
import { toJson } from "../../../src/core/report";
import { source, split, table } from "./chunking";

/** A hairdresser's card terminal (SumUp): the total holds the VAT and the tip; the VAT is the sale's alone. */
const sumup = table(
  ["Date", "ID de transaction", "Statut", "Description", "Montant total", "TVA", "Pourboire"],
  [
    ["01/04/2025 10:12", "TX1", "Réussie", "Coupe homme", "32,00", "5,00", "2,00"],
    ["03/04/2025 09:30", "TX4", "Réussie", "Brushing", "24,00", "4,00", "0,00"],
    ["15/05/2025 09:30", "TX5", "Réussie", "Coupe femme", "50,00", "7,50", "5,00"],
    ["16/05/2025 09:30", "TX6", "Réussie", "Remboursement coupe", "-12,00", "-2,00", ""],
  ],
);
const said = (r: { diagnostics: { code: string; column: string; args?: Record<string, unknown> }[] }) =>
  r.diagnostics.filter((d) => d.code === "amount_less_tips").map((d) => [d.column, d.args?.tips]);

describe("a total beside a tip column", () => {
  it("is read less the tip, then less its VAT, with a note (32 − 2 − 5 = 25)", () => {
    const r = toJson(compute(sumup));
    expect([r.caop, r.months.map((m) => m.caop)]).toEqual(["72.50", ["45.00", "27.50"]]);
    expect(said(compute(sumup))).toEqual([["Montant total", "Pourboire"]]);
    expect(r.diagnostics.map((d) => d.code)).toContain("amount_includes_vat");
  });

  it("proves the VAT from the sale without its tip, even when every line has one", () => {
    const tipped = table(sumup.headers, [sumup.rows[0], sumup.rows[2]]);
    expect(toJson(compute(tipped)).caop).toBe("62.50");
  });

  it("leaves an amount named otherwise as the sale alone (a subtotal, a tax-exclusive amount)", () => {
    const shop = table(
      ["Date", "Name", "Subtotal", "Tip", "Total"],
      [["2025-08-03", "#1001", "40.00", "4.00", "44.00"]],
    );
    expect([toJson(compute(shop)).caop, said(compute(shop))]).toEqual(["40.00", []]);
    const till = table(["Date", "Montant HT", "Pourboire"], [["01/02/2025", "50,00", "5,00"]]);
    expect(toJson(compute(till)).caop).toBe("50.00");
    const excluded = table(
      ["Date", "Total HT (hors pourboires)", "Pourboires"],
      [["01/02/2025", "50,00", "5,00"]],
    );
    expect(toJson(compute(excluded)).caop).toBe("50.00");
  });

  it("reads no tips off a total that excludes them, nor a TIP column of payment-slip numbers or words", () => {
    const rows = [["01/04/2025", "Coupe", "30,00", "2,00"]];
    for (const header of ["Total HT", "Total des ventes"])
      expect([header, toJson(compute(table(["Date", "Libellé", header, "Pourboire"], rows))).caop]).toEqual([
        header,
        "30.00",
      ]);
    const slips = table(
      ["Date", "Libellé", "Montant total", "TIP"],
      [["05/01/2025", "Abonnement", "120,00", "1202938"]],
    );
    expect(toJson(compute(slips)).caop).toBe("120.00");
    const words = table(
      ["Date", "Libellé", "Montant total", "Tip"],
      [["05/01/2025", "Abonnement", "120,00", "non"]],
    );
    expect(toJson(compute(words)).caop).toBe("120.00");
  });

  it.each([[[1]], [[2, 2]], [[3]]])(
    "streamed in chunks %j: the figures of the whole, the note once",
    async (sizes) => {
      const whole = toJson(compute(sumup));
      const r = await computeChunks(source(split(sumup, sizes)));
      expect([toJson(r).caop, toJson(r).months]).toEqual([whole.caop, whole.months]);
      expect(said(r)).toEqual([["Montant total", "Pourboire"]]);
    },
  );
});
