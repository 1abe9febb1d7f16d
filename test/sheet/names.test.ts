import { cleanSheetName, keyOfMark, markName, qcSheetName, resolveSheetName } from "../../src/sheet/names";
import type { PlanMessage } from "../../src/sheet/plan";

describe("sheet names", () => {
  it("reuses the product's own sheet even renamed", () => {
    const msgs: PlanMessage[] = [];
    const name = resolveSheetName(
      "dashboard",
      "Tableau de bord CA OP",
      [{ name: "Mon TDB", productKey: "dashboard" }],
      new Set(),
      msgs,
    );
    expect(name).toBe("Mon TDB");
    expect(msgs).toEqual([]);
  });

  it("suffixes a clash with a user's sheet and says so", () => {
    const msgs: PlanMessage[] = [];
    const sheets = [{ name: "tableau de bord ca op" }, { name: "Tableau de bord CA OP (2)" }];
    expect(resolveSheetName("dashboard", "Tableau de bord CA OP", sheets, new Set(), msgs)).toBe(
      "Tableau de bord CA OP (3)",
    );
    expect(msgs[0].code).toBe("sheet_name_clash");
  });

  it("never gives two keys of one plan the same name, and keeps names within 31 characters", () => {
    const taken = new Set<string>();
    const long = "CA OP par une dimension très très longue";
    const a = resolveSheetName("detail:a", long, [], taken, []);
    const b = resolveSheetName("detail:b", long, [], taken, []);
    expect(a).not.toBe(b);
    expect(b.length).toBeLessThanOrEqual(31);
    expect(b.endsWith(" (2)")).toBe(true);
  });

  it("cleans forbidden characters and names the QC sheet in French", () => {
    expect(cleanSheetName("a/b:c*d?[e]")).toBe("a-b-c-d--e-");
    expect(qcSheetName("2025-Q1")).toBe("Contrôle qualité 2025-T1");
  });

  it("marks round-trip to keys", () => {
    for (const k of ["dashboard", "detail:salesperson", "qc:2025-Q1", "data"])
      expect(keyOfMark(markName(k))).toBe(k);
    expect(keyOfMark("Print_Area")).toBeUndefined();
  });
});
