/**
 * A reporting pack's scenario column (evidence/scenarios.ts): only actual rows are a CA OP; budget and
 * forecast rows are set apart, each value said with its count and amount.
 */
import { computeChunks } from "../../../src/core/chunks";
import { compute } from "../../../src/core/engine";
import { detectMapping } from "../../../src/core/fields";
import type { CellValue } from "../../../src/core/types";
import { source, split, table } from "./chunking";

const said = (r: ReturnType<typeof compute>, code: string) =>
  r.diagnostics
    .filter((d) => d.code === code)
    .map((d) => [d.row, d.column, d.value, d.args?.count, d.amount, d.severity]);

describe("a scenario column", () => {
  it("is found under a pack's headers, never under 'Version' (a product's tier: Essentiel / Pro / Budget)", () => {
    for (const h of ["Scénario", "Scenario"])
      expect([h, detectMapping(["Période", "Compte", "Montant", h]).mapping.scenario]).toEqual([h, 3]);
    for (const h of ["Version", "Version produit"])
      expect(detectMapping(["Date", "Montant", h]).mapping.scenario).toBeUndefined();
  });

  it("leaves a subscription's Version column alone, a 'Budget' tier included (review 20)", () => {
    // 480 + 960 + 240 + 960 = 2 640: every subscription sold.
    const rows: CellValue[][] = [
      ["03/02/2025", "Abonnement annuel", "Essentiel", "480,00"],
      ["05/02/2025", "Abonnement annuel", "Pro", "960,00"],
      ["07/02/2025", "Abonnement annuel", "Budget", "240,00"],
      ["09/02/2025", "Abonnement annuel", "Pro", "960,00"],
    ];
    const r = compute(table(["Date", "Formule", "Version", "Montant HT"], rows));
    expect(r.totals.caop.toFixed(2)).toBe("2640.00");
  });

  it("counts the actual rows of a Tagetik pack (Réel), its budget set apart with its amount", () => {
    // Réel: 706100 1 000 (Jan) + 709100 -100 (Jan) + 706100 900 (Feb) = 1 800;
    // 740000 500 (Réel) is a subsidy, not CA OP. Budget: 1 200 + 1 100 = 2 300, never counted.
    const rows: CellValue[][] = [
      ["FR01", "Réel", "2025.01", "706100", "1000,00"],
      ["FR01", "Budget", "2025.01", "706100", "1200,00"],
      ["FR01", "Réel", "2025.01", "709100", "-100,00"],
      ["FR01", "Réel", "2025.01", "740000", "500,00"],
      ["FR01", "Réel", "2025.02", "706100", "900,00"],
      ["FR01", "Budget", "2025.02", "706100", "1100,00"],
    ];
    const r = compute(table(["Entité", "Scénario", "Période", "Compte", "Montant"], rows));
    expect(r.totals.caop.toFixed(2)).toBe("1800.00");
    expect(r.months.map((m) => [m.period, m.totals.caop.toFixed(2)])).toEqual([
      ["2025-01", "900.00"],
      ["2025-02", "900.00"],
    ]);
    expect(said(r, "scenario_set_apart")).toEqual([[3, "Scénario", "Budget", 2, "2300.00", "warning"]]);
    expect(r.diagnostics.find((d) => d.code === "scenario_set_apart")?.messageEn).toContain("2300.00");
  });

  it("sets apart ACT's budget and numbered forecasts (BUD, FC1), and says an unknown scenario it does not count", () => {
    // ACT 1 000 counted; BUD 1 200 and FC1 1 100 set apart; "V3" (unknown) 700 set apart, said.
    const rows: CellValue[][] = [
      ["FR01", "ACT", "01/2025", "706100", "1000.00"],
      ["FR01", "BUD", "01/2025", "706100", "1200.00"],
      ["FR01", "FC1", "01/2025", "706100", "1100.00"],
      ["FR01", "V3", "01/2025", "706100", "700.00"],
    ];
    const r = compute(table(["Entity", "Scenario", "Period", "Account", "Amount"], rows));
    expect(r.totals.caop.toFixed(2)).toBe("1000.00");
    expect(said(r, "scenario_set_apart")).toEqual([
      [3, "Scenario", "BUD", 1, "1200.00", "warning"],
      [4, "Scenario", "FC1", 1, "1100.00", "warning"],
    ]);
    expect(said(r, "scenario_unknown")).toEqual([[5, "Scenario", "V3", 1, "700.00", "warning"]]);
  });

  it("gives no CA OP from a file of budget rows only: an error names the column and its values", () => {
    const rows: CellValue[][] = [
      ["2025-01", "Budget", "Industrie", "578773,13"],
      ["2025-01", "Prévision", "Services", "400000,00"],
    ];
    const r = compute(table(["Mois", "Scénario", "Business Unit", "CA net"], rows));
    expect(r.totals.caop.toFixed(2)).toBe("0.00");
    const err = r.diagnostics.find((d) => d.code === "scenario_no_actual");
    expect([err?.severity, err?.column, err?.args?.values]).toEqual([
      "error",
      "Scénario",
      "Budget, Prévision",
    ]);
  });

  it("does not read a column of no known scenario (a product's version): every row counted, said", () => {
    // 100 + 200 = 300, both counted.
    const rows: CellValue[][] = [
      ["05/01/2025", "Licence", "v1.2", "100"],
      ["06/01/2025", "Licence", "v2.0", "200"],
    ];
    const r = compute(table(["Date", "Libellé", "Scénario", "Montant HT"], rows));
    expect(r.totals.caop.toFixed(2)).toBe("300.00");
    expect(said(r, "scenario_not_read")).toEqual([[2, "Scénario", "v1.2", undefined, undefined, "info"]]);
  });

  it("reads the same streamed: budget rows first, actuals in a later chunk (no budget-only error)", async () => {
    // Actual: 1 000 + 900 = 1 900; Budget 1 200 + 1 100 = 2 300 set apart (amount summed over chunks).
    const t = table(
      ["Entité", "Scénario", "Période", "Compte", "Montant"],
      [
        ["FR01", "Budget", "2025.01", "706100", "1200,00"],
        ["FR01", "Budget", "2025.02", "706100", "1100,00"],
        ["FR01", "Réel", "2025.01", "706100", "1000,00"],
        ["FR01", "Réel", "2025.02", "706100", "900,00"],
      ],
    );
    for (const sizes of [[1, 1, 1], [2], [3]]) {
      const r = await computeChunks(source(split(t, sizes)));
      expect([
        sizes,
        r.totals.caop.toFixed(2),
        said(r, "scenario_set_apart"),
        said(r, "scenario_no_actual"),
      ]).toEqual([sizes, "1900.00", [[2, "Scénario", "Budget", 2, "2300.00", "warning"]], []]);
    }
  });
});
