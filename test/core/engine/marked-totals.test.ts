/** SAP ALV's subtotal (*) and total (**) rows, marked in a column of their own (evidence/marked-totals.ts). */
import { computeChunks } from "../../../src/core/chunks";
import { compute } from "../../../src/core/engine";
import { toJson } from "../../../src/core/report";
import { source, split, table } from "./chunking";

/** FBL3N saved as a spreadsheet: the marks column has no header; S / H gives the side of each line. */
const alv = table(
  ["", "Cpte", "N° pièce", "S/H", "Date cpt.", "Montant DI", "Texte"],
  [
    ["", "706100", "90000206", "H", "03.01.2025", "1.000,00", "Prestation"],
    ["", "706100", "90000173", "H", "10.02.2025", "2.000,00", "Prestation"],
    ["*", "706100", "", "", "", "3.000,00", ""],
    ["", "709100", "90000218", "S", "06.01.2025", "150,00", "Remise quantitative"],
    ["*", "709100", "", "", "", "150,00", ""],
    ["**", "", "", "", "", "2.850,00", ""],
  ],
);

describe("SAP ALV total rows marked * / **", () => {
  it("are totals, never lines: not counted, not ignored, said once", () => {
    const r = toJson(compute(alv));
    // January 1 000 − 150 (709 remise) = 850; February 2 000; the * and ** rows (3 000, 150, 2 850) add nothing.
    expect([r.caop, r.months.map((m) => m.caop), r.ignored]).toEqual([
      "2850.00",
      ["850.00", "2000.00"],
      { count: 0, amount: "0.00" },
    ]);
    const notes = r.diagnostics.filter((d) => d.code === "total_rows").map((d) => [d.row, d.value]);
    expect(notes).toEqual([[4, "*"]]);
    expect(r.diagnostics.map((d) => d.code)).not.toContain("direction_unreadable");
  });

  it("streamed in chunks, the same", async () => {
    const whole = toJson(compute(alv));
    const r = toJson(await computeChunks(source(split(alv, [2, 2]))));
    expect([r.caop, r.months, r.ignored]).toEqual([whole.caop, whole.months, whole.ignored]);
  });

  it("a column that marks a dated line is no marks column: the line counts", () => {
    const flagged = table(alv.headers, [
      ["*", "706100", "90000206", "H", "03.01.2025", "1.000,00", "Prestation"],
      ["", "706100", "90000173", "H", "10.02.2025", "2.000,00", "Prestation"],
    ]);
    const r = toJson(compute(flagged));
    // Both lines are sales: 1 000 + 2 000.
    expect(r.diagnostics.map((d) => d.code)).not.toContain("total_rows");
    expect(r.caop).toBe("3000.00");
  });
});
