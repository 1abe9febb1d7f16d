import { groupBy } from "../../src/core/aggregate";
import { compute } from "../../src/core/engine";
import { fiscalMonths } from "../../src/core/periods";
import type { RawTable } from "../../src/core/types";
import { detailSheet, exactCriterion, formulaSafeKeys } from "../../src/dashboard/detail";
import { isFormula } from "../../src/sheet/plan";
import { dataRefs, locateTable } from "../../src/dashboard/tagging";

const raw: RawTable = {
  headers: ["Date", "Compte", "Montant", "Commercial"],
  rows: [
    ["15/01/2025", "706000", "100,00", "Dupont*"],
    ["15/02/2025", "706000", "200,00", " Martin "],
    ["15/02/2025", "706000", "300,00", "martin"],
    ["15/03/2025", "706000", "50,00", 42],
    ["16/03/2025", "706000", "25,00", ""],
    ["17/03/2025", "706000", "10,00", "Durand"],
  ],
  firstRow: 2,
  source: "Ventes!A1:D7",
};

describe("detail sheets", () => {
  it("match SUMIFS criteria exactly: wildcards escaped, blanks as «=»", () => {
    expect(exactCriterion("Dupont*")).toBe("=Dupont~*");
    expect(exactCriterion("a?b~c")).toBe("=a~?b~~c");
    expect(exactCriterion("(non renseigné)")).toBe("=");
  });

  it("freeze the values SUMIFS cannot find exactly (spaces, numbers, case variants)", () => {
    const { table } = locateTable(raw, "Ventes");
    const r = compute(table, { mapping: { salesperson: "Commercial" } });
    const keys = groupBy(r, 3).map((g) => g.key);
    const safe = formulaSafeKeys(r, 3, keys);
    expect([...safe].sort()).toEqual(["(non renseigné)", "Dupont*", "Durand"]);
  });

  it("has one live formula per safe value and month, frozen values with a note otherwise, and totals", () => {
    const { table, layout } = locateTable(raw, "Ventes");
    const r = compute(table, { mapping: { salesperson: "Commercial" } });
    const d = detailSheet({
      key: "detail:salesperson",
      name: "CA OP par commercial",
      fieldLabel: "Commercial",
      column: 3,
      groups: groupBy(r, 3),
      months: fiscalMonths(2025, 1),
      year: 2025,
      result: r,
      refs: dataRefs(layout),
      currency: "EUR",
      dashboard: "Tableau de bord CA OP",
    });
    const rows = d.sheet.blocks.find((b) => b.row === 5 && b.col === 1)?.cells ?? [];
    const byKey = new Map(rows.map((row) => [row[0], row]));
    const dupont = byKey.get("Dupont*") ?? [];
    const at = 5 + rows.indexOf(dupont);
    expect(isFormula(dupont[1]) && dupont[1].formula).toBe(
      `=SUMIFS('Ventes'!$G$2:$G$7,'Ventes'!$H$2:$H$7,B$3,'Ventes'!$D$2:$D$7,$P${at})`,
    );
    expect(isFormula(dupont[1]) && dupont[1].value).toBe(100);
    const martin = byKey.get("Martin") ?? [];
    expect(martin[2]).toBe(200);
    expect(d.sheet.notes.some((n) => n.text.startsWith("Valeurs figées"))).toBe(true);
    expect(d.monthCell(202503)).toBe("D4");
    const total = d.sheet.blocks.find((b) => b.cells[0]?.[0] === "Total")?.cells[0] ?? [];
    expect(isFormula(total[13]) && total[13].value).toBe(685);
  });
});
