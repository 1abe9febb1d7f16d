/** A description column under a header no synonym names (evidence/unread-labels.ts). */
import { compute } from "../../../src/core/engine";
import type { RawTable } from "../../../src/core/types";

const sheet = (header: string, texts: string[]): RawTable => ({
  headers: ["Date", "Client", header, "Mode de paiement", "Montant HT"],
  rows: texts.map((t, i) => [`0${i + 1}/02/2025`, `Client ${i}`, t, "Virement", "1000,00"]),
  firstRow: 2,
  source: "honoraires.xlsx",
});

describe("a description column no synonym names", () => {
  it("is read as the label under the usual names of consulting firms and hand journals", () => {
    for (const header of ["Mission", "Opération", "Motif", "Narrative"]) {
      const r = compute(sheet(header, ["Audit", "Subvention Région"]));
      // The accountant's figure: the audit fee only; the subsidy is no sale.
      expect([header, r.totals.caop.toFixed(2)]).toEqual([header, "1000.00"]);
    }
  });

  it("otherwise is warned of when its texts say lines are no sales, naming the column, a row and the way out", () => {
    const r = compute(sheet("Intervention", ["Audit", "Subvention Région", "Intérêts de retard"]));
    // Not read: every line counts, and the warning says so.
    expect(r.totals.caop.toFixed(2)).toBe("3000.00");
    const d = r.diagnostics.find((x) => x.code === "label_column_unread");
    expect(d).toMatchObject({
      severity: "warning",
      row: 3,
      column: "Intervention",
      value: "Subvention Région",
    });
    expect(d?.messageEn).toContain('--map label="Intervention"');
    // Mapped as the user is told, it reads right.
    const mapped = compute(sheet("Intervention", ["Audit", "Subvention Région", "Intérêts de retard"]), {
      mapping: { label: "Intervention" },
    });
    expect(mapped.totals.caop.toFixed(2)).toBe("1000.00");
  });

  it("says nothing when the column's texts are plain sales", () => {
    const r = compute(sheet("Intervention", ["Audit", "Formation"]));
    expect(r.diagnostics.map((x) => x.code)).not.toContain("label_column_unread");
  });
});
