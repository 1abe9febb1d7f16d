import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { computeChunks } from "../../../src/core/chunks";
import { toJson } from "../../../src/core/report";
import { streamTableFile, type StreamOptions } from "../../../src/workbook/readers";
import { periodSheetRest, periodSiblings } from "../../../src/workbook/readers/period-sheets";

let dir = "";
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "caop-period-sheets-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HEADER = ["Date", "Client", "Libellé", "Montant HT"];
const day = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));

/** Writes a workbook of sheets (name → rows under HEADER, or its own rows with `own`) and returns its path. */
async function workbook(
  name: string,
  sheets: Record<string, unknown[][]>,
  own: Record<string, string[]> = {},
): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const [sheet, rows] of Object.entries(sheets))
    wb.addWorksheet(sheet).addRows([own[sheet] ?? HEADER, ...rows]);
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

/** `caop compute --json` of a file, as the CLI computes it (streamed in chunks). */
async function computeFile(path: string, opts: StreamOptions = {}): Promise<ReturnType<typeof toJson>> {
  return toJson(await computeChunks(() => streamTableFile(path, opts)), "en");
}

const months = (j: ReturnType<typeof toJson>): Record<string, string> =>
  Object.fromEntries(j.months.map((m) => [m.period, m.caop]));

describe("periodSheetRest", () => {
  it("gives what a sheet name says besides the period it names", () => {
    expect(periodSheetRest("Janvier")).toBe("");
    expect(periodSheetRest("Février 2025")).toBe("");
    expect(periodSheetRest("févr.")).toBe("");
    expect(periodSheetRest("Ventes janvier")).toBe("ventes");
    expect(periodSheetRest("2025-01")).toBe("");
    expect(periodSheetRest("CA T1")).toBe("ca");
    expect(periodSheetRest("Sales Q3 2024")).toBe("sales");
    expect(periodSheetRest("2024")).toBe("");
  });

  it("is null for names of no period (other tables, copies, Excel's default names)", () => {
    expect(periodSheetRest("Achats")).toBeNull();
    expect(periodSheetRest("Synthèse")).toBeNull();
    expect(periodSheetRest("Feuil2")).toBeNull();
    expect(periodSheetRest("Sheet1")).toBeNull();
    expect(periodSheetRest("Janvier (2)")).toBeNull();
  });
});

describe("periodSiblings", () => {
  const h = ["Date", "Montant"];
  it("takes the sheets naming another period with the same other words and the same header", () => {
    const names = ["Notes", "Janvier", "Février", "Achats", "Janvier (2)", "Mars", "Ventes avril"];
    expect(periodSiblings(names, 1, (i) => (i === 0 ? null : h))).toEqual([1, 2, 5]);
  });

  it("leaves a sheet whose header differs, even by one column, and a sheet of no period read alone", () => {
    expect(periodSiblings(["Janvier", "Février"], 0, (i) => (i === 0 ? h : [...h, "Client"]))).toEqual([0]);
    expect(periodSiblings(["Ventes", "Achats"], 0, () => h)).toEqual([0]);
    expect(periodSiblings(["Janvier", "janvier"], 0, () => h)).toEqual([0]);
  });
});

describe("a workbook kept one month a sheet", () => {
  // The accountant's figure: January 1 000 (its "abc" amount is an error on the January sheet),
  // February 2 000 − 150 credit note, March 3 000 (the van sold is an asset disposal); the purchases
  // sheet and the copy of January, same columns, are no sales: 5 850.00.
  const sheets = {
    Janvier: [
      [day(2025, 1, 5), "Durand", "Vente marchandises", 1000],
      [day(2025, 1, 9), "Martin", "Vente marchandises", "abc"],
    ],
    Février: [
      [day(2025, 2, 5), "Durand", "Vente marchandises", 2000],
      [day(2025, 2, 9), "Martin", "Avoir sur facture", -150],
    ],
    Achats: [[day(2025, 3, 5), "Fournisseur", "Achat marchandises", 999]],
    "Janvier (2)": [[day(2025, 1, 5), "Durand", "Vente marchandises", 1000]],
    Mars: [
      [day(2025, 3, 5), "Durand", "Vente marchandises", 3000],
      [day(2025, 3, 7), "Garage", "Cession véhicule", 5000],
    ],
  };

  it("reads every month sheet, not the others, and says which (streamed as the CLI does, any chunk size)", async () => {
    const path = await workbook("mois.xlsx", sheets);
    for (const chunkRows of [1, 2, 100]) {
      const j = await computeFile(path, { chunkRows });
      expect(j.caop).toBe("5850.00");
      expect(months(j)).toEqual({ "2025-01": "1000.00", "2025-02": "1850.00", "2025-03": "3000.00" });
      expect(j.excluded.asset_disposal).toEqual({ count: 1, amount: "5000.00" });
      const codes = j.diagnostics.map((d) => d.code);
      expect(codes).toContain("period_sheets");
      const read = j.diagnostics.find((d) => d.code === "period_sheets");
      expect(read?.value).toBe("Janvier, Février, Mars");
      const others = j.diagnostics.find((d) => d.code === "other_sheets");
      expect(others?.message_en).toContain("(Achats, Janvier (2))");
    }
  });

  it("names the sheet of every row a diagnostic is about, in both languages", async () => {
    const path = await workbook("mois-erreur.xlsx", sheets);
    const j = await computeFile(path);
    const bad = j.diagnostics.find((d) => d.code === "amount_unreadable");
    expect(bad).toMatchObject({ sheet: "Janvier", row: 3, column: "Montant HT", value: "abc" });
    expect(bad?.message).toMatch(/^feuille « Janvier », ligne 3/);
    expect(bad?.message_en).toMatch(/^sheet "Janvier", row 3/);
    // Table-wide notes name no sheet.
    expect(j.diagnostics.find((d) => d.code === "period_sheets")?.sheet).toBeUndefined();
  });

  it("names the sheet of each line to review", async () => {
    // Re-billed costs are counted "à vérifier" (SPEC 2.1): the February one is on the February sheet.
    const path = await workbook("mois-revue.xlsx", {
      Janvier: [[day(2025, 1, 5), "Durand", "Vente marchandises", 1000]],
      Février: [
        [day(2025, 2, 5), "Durand", "Vente marchandises", 500],
        [day(2025, 2, 6), "Durand", "Refacturation frais de port", 80],
      ],
    });
    const j = await computeFile(path);
    expect(j.to_review).toEqual({ count: 1, amount: "80.00" });
    expect(j.review).toEqual([expect.objectContaining({ sheet: "Février", row: 3, amount: "80.00" })]);
  });

  it("reads year sheets together too, and a named sheet alone", async () => {
    const path = await workbook("annees.xlsx", {
      "2024": [[day(2024, 12, 15), "Durand", "Vente", 400]],
      "2025": [[day(2025, 1, 15), "Durand", "Vente", 600]],
    });
    expect((await computeFile(path)).caop).toBe("1000.00");
    const alone = await computeFile(path, { sheet: "2025" });
    expect(alone.caop).toBe("600.00");
    expect(alone.diagnostics.some((d) => d.code === "period_sheets" || d.code === "other_sheets")).toBe(
      false,
    );
  });

  it("reads one sheet of sales beside a sheet of purchases with the same columns, and warns", async () => {
    const path = await workbook("ventes-achats.xlsx", {
      Ventes: [[day(2025, 1, 5), "Durand", "Vente", 1000]],
      Achats: [[day(2025, 1, 6), "Fournisseur", "Achat", 300]],
    });
    const j = await computeFile(path);
    expect(j.caop).toBe("1000.00");
    expect(j.diagnostics.find((d) => d.code === "other_sheets")?.severity).toBe("warning");
    expect(j.diagnostics.some((d) => d.code === "period_sheets")).toBe(false);
  });
});
