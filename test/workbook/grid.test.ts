/** tableFromGrid: what every host (add-in, workbook hosts) reads from a block of cells. */
import { compute } from "../../src/core/engine";
import { creditTitleOf, tableFromGrid } from "../../src/workbook/grid";

describe("tableFromGrid on a sheet named or titled for credit notes", () => {
  const day = (d: number): number => 45658 + d; // 2025-01-01 + d as an Excel serial
  const grid = [
    ["Avoirs janvier 2025", null, null],
    [null, null, null],
    ["Date", "Client", "Montant HT"],
    [day(9), "Dupont", 100],
    [day(19), "Martin", 50],
  ];

  it("gives the add-in the title the CLI reads: its positive lines are credit notes, subtracted", () => {
    const t = tableFromGrid(grid, { sheet: "Feuil1", row: 1, col: 1 });
    expect(t.creditTitle).toBe("Avoirs janvier 2025");
    expect(compute(t).totals.caop.toFixed(2)).toBe("-150.00");
    const named = tableFromGrid(grid.slice(2), { sheet: "Avoirs", row: 1, col: 1 });
    expect(named.creditTitle).toBe("Avoirs");
    expect(compute(named).totals.caop.toFixed(2)).toBe("-150.00");
  });

  it("names none for other sheets and titles", () => {
    expect(creditTitleOf("Ventes", [["Ventes janvier 2025"]])).toBeUndefined();
    expect(creditTitleOf("Avoirs bancaires et placements", [])).toBeUndefined();
    expect(tableFromGrid(grid.slice(2), { sheet: "Ventes", row: 1, col: 1 }).creditTitle).toBeUndefined();
  });
});

describe("tableFromGrid on a month's sheet whose date column holds the day alone", () => {
  it("reads the days as dates of the month the sheet is named after, as the CLI does", () => {
    // The 10th 1 200 and the 20th 800.50 of January 2025: 2 000.50, all in 2025-01.
    const grid = [
      ["Jour", "Client", "Montant HT"],
      [10, "Garage Moreau", 1200],
      [20, "Hôtel du Parc", 800.5],
    ];
    const r = compute(tableFromGrid(grid, { sheet: "Janvier 2025", row: 1, col: 1 }));
    expect(r.totals.caop.toFixed(2)).toBe("2000.50");
    expect(r.months.map((m) => m.period)).toEqual(["2025-01"]);
    expect(r.diagnostics.map((d) => d.code)).toContain("sheet_month_days");
  });
});
