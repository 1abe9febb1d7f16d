/** A column of debit/credit codes beside an unsigned amount (evidence/direction-column.ts). */
import { computeChunks } from "../../../src/core/chunks";
import { compute } from "../../../src/core/engine";
import { detectMapping } from "../../../src/core/fields";
import { toJson } from "../../../src/core/report";
import { source, split, table } from "./chunking";

/** SE16N with technical names for the code: SHKZG holds S (Soll, debit) / H (Haben, credit). */
const sap = table(
  ["Date", "Compte", "Libellé", "SHKZG", "Montant"],
  [
    ["15.01.2025", "706000", "Prestation", "H", "1.200,00"],
    ["31.01.2025", "709000", "Remise", "S", "100,00"],
    ["12.02.2025", "706000", "Avoir client", "S", "150,00"],
    ["20.02.2025", "706000", "Prestation", "H", "2.000,00"],
  ],
);
const notes = (r: { diagnostics: { code: string; column: string; value: string }[] }) =>
  r.diagnostics.filter((d) => d.code === "direction_column_codes").map((d) => [d.column, d.value]);

describe("a column of debit/credit codes", () => {
  it("under a header no synonym knows is proven the direction by its S / H codes, with a note", () => {
    const r = compute(sap);
    // 1200 − 100 (discount) − 150 (return) + 2000.
    expect([r.totals.caop.toFixed(2), r.totals.deductions.return.toFixed(2)]).toEqual(["2950.00", "150.00"]);
    expect([r.mappingInfo.layout, notes(r)]).toEqual(["amount_direction", [["SHKZG", "S / H"]]]);
  });

  it("is read under the headers exports give it, and SAP's S / H are directions there too", () => {
    for (const h of ["Débit/Crédit", "Code débit/crédit", "Debit/Credit", "Debit/Credit ind.", "DC", "S/H"]) {
      const m = detectMapping(["Date", "Compte", "Montant", h]);
      expect([h, m.layout, m.mapping.direction]).toEqual([h, "amount_direction", 3]);
    }
    const named = table(
      ["Date", "Compte", "Code débit/crédit", "Montant"],
      [
        ["15.01.2025", "706000", "H", "1.200,00"],
        ["12.02.2025", "706000", "S", "150,00"],
      ],
    );
    expect(compute(named).totals.caop.toFixed(2)).toBe("1050.00");
  });

  it("SAP's FAGLL03 writes credits negative beside S / H: the sign repeats the direction, read once", () => {
    const fagll03 = table(
      ["Date comptable", "Compte général", "Code débit/crédit", "Montant en devise interne", "Texte"],
      [
        ["15.01.2025", "706000", "H", "1.200,00-", "Vente"],
        ["20.01.2025", "706000", "H", "2.000,00-", "Vente"],
        ["31.01.2025", "709000", "S", "100,00", "Remise"],
        ["22.01.2025", "706000", "S", "150,00", "Avoir client"],
      ],
    );
    const r = compute(fagll03);
    // 1 200 + 2 000 − 100 − 150, not −3 450 (negative credits read as debits, as a FEC's Montant combines).
    expect(r.totals.caop.toFixed(2)).toBe("2950.00");
    expect(r.diagnostics.map((d) => [d.code, d.row])).toEqual([["amount_signed_like_direction", 2]]);
    expect(compute(fagll03, { fastPath: false }).totals.caop.toFixed(2)).toBe("2950.00");
    // The same signs with a FEC's D / C: a negative Montant combines with its Sens (SPEC 2.2).
    const fec = table(fagll03.headers, [
      ["15.01.2025", "706000", "C", "1.200,00-", "Vente"],
      ["31.01.2025", "709000", "D", "100,00", "Remise"],
    ]);
    expect(compute(fec).diagnostics.some((d) => d.code.startsWith("montant_sens_negative"))).toBe(true);
  });

  it("is not proven by one code alone, by a third value, nor against the user's word", () => {
    const creditsOnly = table(
      sap.headers,
      sap.rows.filter((r) => r[3] === "H"),
    );
    expect(notes(compute(creditsOnly))).toEqual([]);
    const third = table(sap.headers, [...sap.rows, ["21.02.2025", "706000", "Prestation", "X", "10,00"]]);
    const r = compute(third);
    expect([r.mappingInfo.layout, notes(r)]).toEqual(["amount", []]);
    const unmapped = compute(sap, { mapping: { direction: null } });
    expect([unmapped.totals.caop.toFixed(2), notes(unmapped)]).toEqual(["3250.00", []]);
  });

  it("proven only by a later chunk, the file is read again: the same as whole", async () => {
    // The first chunk holds only S: it cannot prove the column, and read unsigned its 50 would add.
    const corrected = table(sap.headers, [["05.01.2025", "706000", "Correction", "S", "50,00"], ...sap.rows]);
    const whole = toJson(compute(corrected));
    expect(whole.caop).toBe("2900.00");
    const r = toJson(await computeChunks(source(split(corrected, [1]))));
    expect([r.caop, r.months, r.diagnostics]).toEqual([whole.caop, whole.months, whole.diagnostics]);
  });

  it("is no direction when its codes only repeat a signed amount's sign (PayPal's Balance Impact)", () => {
    const paypal = table(
      ["Date", "Type", "Gross", "Balance Impact"],
      [
        ["01/01/2025", "Express Checkout Payment", "150.00", "Credit"],
        ["08/01/2025", "Payment Refund", "-89.90", "Debit"],
        ["20/02/2025", "Website Payment", "240.00", "Credit"],
      ],
    );
    const r = compute(paypal);
    // 150 − 89.90 + 240: the refund subtracts once, never read as a credit.
    expect(r.totals.caop.toFixed(2)).toBe("300.10");
    expect(r.diagnostics.map((d) => d.code)).not.toContain("direction_column_codes");
    // One debit written positive: the codes say more than the sign, they are the direction.
    const unsigned = table(paypal.headers, [...paypal.rows, ["21/02/2025", "Refund", "10.00", "Debit"]]);
    expect(compute(unsigned).diagnostics.map((d) => d.code)).toContain("direction_column_codes");
  });

  describe("SAP's posting key (BSCHL: 40 debit / 50 credit, 01 invoice / 11 credit memo)", () => {
    /** SE16N on BSEG, tab-separated: unsigned amounts, the side only in the posting key "CC". */
    const bseg = table(
      ["Soc.", "CC", "Compte", "Montant DI", "Date comptable", "Texte"],
      [
        ["FR01", "50", "706100", "1.000,00", "10.01.2025", "Prestation"],
        ["FR01", "40", "706100", "200,00", "12.01.2025", "Avoir client"],
        ["FR01", "50", "706100", "500,00", "20.01.2025", "Prestation"],
        ["FR01", "40", "709100", "30,00", "25.01.2025", "Remise"],
      ],
    );
    const codes = (r: { diagnostics: { code: string; column: string; value: string; row: number }[] }) =>
      r.diagnostics
        .filter((d) => d.code === "direction_column_codes" || d.code === "sens_posting_key")
        .map((d) => [d.code, d.row, d.column, d.value]);

    it("is the direction of an unsigned amount: the credit memo on 706 (key 40) subtracts, said", () => {
      const r = compute(bseg);
      // 1 000 + 500 sales − 200 (the credit memo, a debit on 706) − 30 (709 remise) = 1 270.
      expect(r.totals.caop.toFixed(2)).toBe("1270.00");
      expect(r.totals.deductions.return.toFixed(2)).toBe("200.00");
      expect(compute(bseg, { fastPath: false }).totals.caop.toFixed(2)).toBe("1270.00");
      expect(codes(r)).toEqual([
        ["sens_posting_key", 2, "CC", "50"],
        ["direction_column_codes", 0, "CC", "40 / 50"],
      ]);
      expect(toJson(r).reading.sens).toEqual({ column: "CC", convention: "posting_key", row: 2 });
    });

    it("reads whole documents: customer keys 01 (invoice) / 11 (credit memo), spreadsheet numbers", () => {
      const documents = table(
        ["Clé de comptabilisation", "Compte", "Montant", "Date"],
        [
          [1, "411000", 960, "03.02.2025"],
          [50, "706000", 800, "03.02.2025"],
          [50, "445710", 160, "03.02.2025"],
          [11, "411000", 144, "04.02.2025"],
          [40, "706000", 120, "04.02.2025"],
          [40, "445710", 24, "04.02.2025"],
        ],
      );
      // 706: 800 credited by the invoice − 120 debited by the credit memo = 680 (411 and 445 are no revenue).
      expect(compute(documents).totals.caop.toFixed(2)).toBe("680.00");
    });

    it("beside SAP's credits written negative (FBL3N 1.234,56-), the key repeats the sign: read once", () => {
      const fbl3n = table(
        ["Compte", "Clé compta", "Date comptable", "Montant en DI", "Texte"],
        [
          ["706100", "50", "15.01.2025", "1.000,00-", "Prestation"],
          ["706100", "50", "20.01.2025", "2.000,00-", "Prestation"],
          ["709100", "40", "22.01.2025", "100,00", "Remise"],
          ["706100", "40", "25.01.2025", "300,00", "Avoir"],
        ],
      );
      // 1 000 + 2 000 − 100 (remise) − 300 (avoir) = 2 600, not −2 800.
      const r = compute(fbl3n);
      expect(r.totals.caop.toFixed(2)).toBe("2600.00");
      expect(r.diagnostics.map((d) => d.code)).toContain("amount_signed_like_direction");
    });

    it("is not proven under another header, nor by values that are no posting key", () => {
      const renamed = table(
        bseg.headers.map((h) => (h === "CC" ? "Centre" : h)),
        bseg.rows,
      );
      // Unread, the unsigned amounts all add: 1 000 + 200 + 500 − 30 (709 remise, a deduction by its account).
      expect([compute(renamed).totals.caop.toFixed(2), codes(compute(renamed))]).toEqual(["1670.00", []]);
      const notKeys = table(bseg.headers, [
        ...bseg.rows,
        ["FR01", "10", "706100", "5,00", "26.01.2025", "x"],
      ]);
      expect(codes(compute(notKeys))).toEqual([]);
    });
  });
});
