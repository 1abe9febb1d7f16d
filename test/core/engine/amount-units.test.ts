/** Amounts in thousands or millions, the unit named by the header (evidence/amount-units.ts). */
import { computeChunks } from "../../../src/core/chunks";
import { compute } from "../../../src/core/engine";
import { unitFactor } from "../../../src/core/amount-units";
import { toJson } from "../../../src/core/report";
import { source, split, table } from "./chunking";

const units = (r: { diagnostics: { code: string; column: string; args?: Record<string, unknown> }[] }) =>
  r.diagnostics.filter((d) => d.code === "amount_unit").map((d) => [d.column, d.args?.factor]);

describe("unitFactor", () => {
  it.each([
    ["Montant (k€)", 1000],
    ["Montant HT (K€)", 1000],
    ["CA k€", 1000],
    ["Montant (kEUR)", 1000],
    ["Revenue (k$)", 1000],
    ["CA en milliers d'euros", 1000],
    ["Montant (milliers €)", 1000],
    ["Revenue ($000)", 1000],
    ["Sales ('000)", 1000],
    ["Sales (in thousands)", 1000],
    ["Montant (M€)", 1_000_000],
    ["CA (MEUR)", 1_000_000],
    ["CA en millions d'euros", 1_000_000],
    ["Chiffre d'affaires — en milliers d'euros (K€)", 1000],
    ["CA HT (milliers)", 1000],
    ["Montant en milliers", 1000],
  ])("reads %s as worth %d per value", (header, factor) => {
    expect(unitFactor(header)).toBe(factor);
  });

  it.each([
    "Montant",
    "Montant HT (€)",
    "Montant (EUR)",
    "Montant TTC",
    "Remise %",
    "Kilométrage",
    "Montant m€",
    "Marketing",
    "Total 2000",
    "Ventes Milliery",
    // An amount, not a unit (a title's or a note's sentence), and thousands of something else.
    "Suivi commercial 2025 — objectif annuel 1,5 M€",
    "Note : les affaires de plus de 10 k€ sont validées par la direction",
    "Relevé flotte — distances en milliers de km",
    "Nombre de milliers d'unités",
  ])("reads no unit in %s", (header) => {
    expect(unitFactor(header)).toBe(1);
  });
});

const HEADERS = ["Date", "Compte", "Libellé", "Montant (k€)"];
const report = table(HEADERS, [
  ["15/01/2025", "706000", "Conseil", "120,5"],
  ["20/01/2025", "709000", "Remise annuelle", "-2,25"],
  ["10/02/2025", "707000", "Marchandises", "1 234,567"],
  ["11/02/2025", "706000", "Frais de dossier", "0,0125"],
  ["12/02/2025", "740000", "Subvention", 15],
]);

describe("a money column in thousands", () => {
  it("counts each value × 1 000, exact, with a note and the JSON reading", () => {
    const r = compute(report);
    // 120 500 − 2 250 + 1 234 567 + 12.50; the subsidy (a number cell) is 15 000.
    expect(r.totals.caop.toFixed(2)).toBe("1352829.50");
    expect(r.totals.excluded.subsidy.amount.toFixed(2)).toBe("15000.00");
    expect(units(r)).toEqual([["Montant (k€)", 1000]]);
    expect(toJson(r).reading.units).toEqual({ "Montant (k€)": 1000 });
  });

  it("gives the same lines on the fast path and the straightforward one", () => {
    const fast = compute(report);
    const slow = compute(report, { fastPath: false });
    expect(toJson(fast)).toEqual(toJson(slow));
    expect(Array.from(fast.lines.cents)).toEqual(Array.from(slow.lines.cents));
  });

  it("scales debit and credit in millions, and a VAT column beside an amount alike", () => {
    const ledger = table(
      ["Date", "Compte", "Débit (M€)", "Crédit (M€)"],
      [
        ["15/01/2025", "706000", "", "1,25"],
        ["16/01/2025", "709000", "0,000001", ""],
      ],
    );
    expect(compute(ledger).totals.caop.toFixed(2)).toBe("1249999.00");
    const ttc = table(
      ["Date", "Compte", "Montant (k€)", "dont TVA (k€)"],
      [["15/01/2025", "706000", "1,44", "0,24"]],
    );
    expect(compute(ttc).totals.caop.toFixed(2)).toBe("1200.00");
  });

  it("reads a discount column with a unit as amounts, never rates (0,5 k€ is 500 €)", () => {
    const discounted = table(
      ["Date", "Compte", "Montant brut (k€)", "Remise (k€)"],
      [
        ["15/01/2025", "706000", "10", "0,5"],
        ["16/01/2025", "706000", "20", "0,25"],
      ],
    );
    const r = compute(discounted);
    expect(toJson(r).reading.discount).toEqual({ column: "Remise (k€)", as: "amount" });
    expect([r.totals.gross_sales.toFixed(2), r.totals.deductions.discount.toFixed(2)]).toEqual([
      "30000.00",
      "750.00",
    ]);
    expect(units(r)).toEqual([
      ["Montant brut (k€)", 1000],
      ["Remise (k€)", 1000],
    ]);
  });

  it("streamed in chunks: the same as whole, the note said once", async () => {
    const whole = toJson(compute(report));
    const r = toJson(await computeChunks(source(split(report, [2, 1]))));
    expect([r.caop, r.months, r.reading.units]).toEqual([whole.caop, whole.months, whole.reading.units]);
    expect(r.diagnostics.filter((d) => d.code === "amount_unit")).toHaveLength(1);
  });

  it("takes the unit from the title above the header when no header names one; a rate stays a rate", () => {
    const titled = {
      ...table(
        ["Date", "Client", "CA HT", "Taux de remise"],
        [
          ["15/01/2025", "Dupont", "125,5", "10 %"],
          ["20/02/2025", "Martin", "210", "0 %"],
        ],
      ),
      readDiagnostics: [
        {
          row: 3,
          column: "",
          value: "Chiffre d'affaires par client — en milliers d'euros (K€)",
          message: "",
          messageEn: "",
          code: "above_header",
          severity: "info" as const,
        },
      ],
    };
    const r = compute(titled);
    expect(toJson(r).reading.units).toEqual({ "CA HT": 1000 });
    expect(
      r.diagnostics.filter((d) => d.code === "amount_unit_title").map((d) => [d.column, d.value]),
    ).toEqual([["CA HT", "Chiffre d'affaires par client — en milliers d'euros (K€)"]]);
    // 125 500 + 210 000, the rates read as rates (the amount is net: not deducted again).
    expect(r.totals.caop.toFixed(2)).toBe("335500.00");
    const untitled = {
      ...titled,
      readDiagnostics: [{ ...titled.readDiagnostics[0], value: "Chiffre d'affaires 2025" }],
    };
    expect(compute(untitled).totals.caop.toFixed(2)).toBe("335.50");
  });

  it("reads a cell that writes its unit ('125,5 k€', '1,2 M€'), said once per column, streamed alike", async () => {
    const cells = table(
      ["Date", "Client", "Montant HT"],
      [
        ["15/01/2025", "Dupont", "125,5 k€"],
        ["28/01/2025", "Martin", "48,25 K€"],
        ["10/02/2025", "Leroy", "1,2 M€"],
        ["11/02/2025", "Petit", "310,00"],
      ],
    );
    const r = compute(cells);
    // 125 500 + 48 250 + 1 200 000 + 310.
    expect(r.totals.caop.toFixed(2)).toBe("1374060.00");
    expect(
      r.diagnostics.filter((d) => d.code === "amount_unit_cells").map((d) => [d.column, d.args?.example]),
    ).toEqual([["Montant HT", "125,5 k€"]]);
    expect(toJson(compute(cells, { fastPath: false }))).toEqual(toJson(r));
    const streamed = toJson(await computeChunks(source(split(cells, [1, 1]))));
    expect([
      streamed.caop,
      streamed.diagnostics.filter((d) => d.code === "amount_unit_cells").length,
    ]).toEqual(["1374060.00", 1]);
    // A word after a number is no unit: still unreadable, said.
    const word = compute(table(["Date", "Montant"], [["15/01/2025", "125 kilos"]]));
    expect(word.diagnostics.map((d) => d.code)).toContain("amount_unreadable");
  });
});
