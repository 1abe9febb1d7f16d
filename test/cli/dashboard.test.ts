/** `caop dashboard` and `caop qc` through runDashboard / runQc on files. */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runDashboard } from "../../src/cli/dashboard";
import { main } from "../../src/cli/main";
import { runQc } from "../../src/cli/qc";
import { ledgerCsv, ledgerRows } from "../fixtures/dashboard-ledger";

const DASH = "Tableau de bord CA OP";

function io(): { out: string[]; err: string[]; stdout(s: string): void; stderr(s: string): void } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (s) => void out.push(s), stderr: (s) => void err.push(s) };
}

const dir = mkdtempSync(join(tmpdir(), "caop-cli-"));
const csv = join(dir, "ventes.csv");
writeFileSync(csv, ledgerCsv());

async function open(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

/** `caop compute FILE`'s CA OP line, as printed (French summary). */
async function runCompute(file: string): Promise<string> {
  const o = io();
  expect(await main(["compute", file], o)).toBe(0);
  return /CA OP : ([-\d\s\u202f\u00a0,]+€)/.exec(o.out.join(""))?.[1] ?? "";
}

describe("caop dashboard", () => {
  it("writes the data copy with its CA OP columns, the detail sheets and the dashboard", async () => {
    const o = io();
    const out = join(dir, "tdb.xlsx");
    expect(await runDashboard({ file: csv, out, year: 2025 }, o)).toBe(0);
    expect(o.out.join("")).toMatch(/Tableau de bord CA OP écrit dans .*exercice 2025.*1 alerte/);
    // The chart N vs N-1 is in the file (DrawingML part over the dashboard's cells), nothing to warn about.
    expect(o.err.join("")).not.toMatch(/graphique/);
    const zip = await JSZip.loadAsync(readFileSync(out));
    const chart = await zip.file("xl/charts/chart1.xml")?.async("string");
    expect(chart).toContain("<c:f>'Tableau de bord CA OP'!$B$5:$B$16</c:f>");
    const wb = await open(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "Données CA OP",
      "CA OP par commercial",
      "CA OP par segment",
      "CA OP par produit",
      "CA OP par client",
      DASH,
      "_caop_settings",
    ]);
    const data = wb.getWorksheet("Données CA OP");
    expect(data?.getRow(1).values).toEqual([
      undefined,
      ...ledgerRows()[0],
      "OP",
      "Motif",
      "Contribution CA OP",
      "Mois CA OP",
    ]);
    const b5 = wb.getWorksheet(DASH)?.getCell("B5").value as ExcelJS.CellFormulaValue;
    expect(b5.formula).toBe("SUMIFS('Données CA OP'!$L$2:$L$230,'Données CA OP'!$M$2:$M$230,$J5)");
    expect(typeof b5.result).toBe("number");
    expect(wb.getWorksheet("_caop_settings")?.state).toBe("veryHidden");
  });

  it("on an .xlsx reads what caop compute reads: formula totals apart, a two-row header without merges", async () => {
    // Each a disagreement found from outside: the dashboard counted the =SUM rows compute sets apart,
    // and compute lost "Crédit" under a blank header cell that the dashboard read.
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Ventes");
    ws.addRow(["Date", "Compte", "Libellé", "Montant"]);
    ws.addRow([null, null, null, "Débit", "Crédit"]);
    ws.addRow([new Date(Date.UTC(2025, 0, 10)), "706000", "Facture Dupont", null, 1000]);
    ws.addRow([new Date(Date.UTC(2025, 0, 20)), "706000", "Facture Leroy", null, 500]);
    ws.addRow([new Date(Date.UTC(2025, 0, 31)), "706000", "", null, { formula: "SUM(E3:E4)", result: 1500 }]);
    ws.addRow([new Date(Date.UTC(2025, 1, 12)), "709000", "Remise Martin", 100, null]);
    const file = join(dir, "classeur.xlsx");
    await wb.xlsx.writeFile(file);
    const computed = await runCompute(file);
    expect(computed).toBe("1 400,00 €");
    const o = io();
    expect(await runDashboard({ file, out: join(dir, "classeur-tdb.xlsx"), year: 2025 }, o)).toBe(0);
    expect(o.out.join("")).toContain(`CA OP à date ${computed}`);
  });

  it("on a workbook whose first sheet summarises the detail reads the detail, as caop compute does", async () => {
    const wb = new ExcelJS.Workbook();
    const syn = wb.addWorksheet("Synthèse");
    syn.addRow(["Mois", "Montant total"]);
    syn.addRow([new Date(Date.UTC(2025, 0, 1)), { formula: "SUM(Détail!C2:C3)", result: 1500 }]);
    const det = wb.addWorksheet("Détail");
    det.addRow(["Date", "Libellé", "Montant HT"]);
    det.addRow([new Date(Date.UTC(2025, 0, 10)), "Vente A", 1000]);
    det.addRow([new Date(Date.UTC(2025, 0, 20)), "Vente B", 500]);
    const file = join(dir, "synthese.xlsx");
    await wb.xlsx.writeFile(file);
    const computed = await runCompute(file);
    expect(computed).toBe("1 500,00 €");
    const o = io();
    const out = join(dir, "synthese-tdb.xlsx");
    expect(await runDashboard({ file, out, year: 2025 }, o)).toBe(0);
    expect(o.out.join("")).toContain(`CA OP à date ${computed}`);
    const written = await open(out);
    expect(written.getWorksheet("Synthèse")?.getRow(1).values).toEqual([undefined, "Mois", "Montant total"]);
    expect(written.getWorksheet("Détail")?.getRow(1).getCell(4).value).toBe("OP");
  });

  it("on a workbook kept one month a sheet says that the dashboard covers one sheet, which compute reads whole", async () => {
    const wb = new ExcelJS.Workbook();
    for (const [name, m, amount] of [
      ["Janvier", 0, 1000],
      ["Février", 1, 2000],
    ] as const)
      wb.addWorksheet(name).addRows([
        ["Date", "Libellé", "Montant HT"],
        [new Date(Date.UTC(2025, m, 10)), "Vente", amount],
      ]);
    const file = join(dir, "mois.xlsx");
    await wb.xlsx.writeFile(file);
    expect(await runCompute(file)).toBe("3 000,00 €");
    const o = io();
    expect(await runDashboard({ file, out: join(dir, "mois-tdb.xlsx"), year: 2025 }, o)).toBe(0);
    expect(o.out.join("")).toContain("CA OP à date 1 000,00 €");
    expect(o.err.join("")).toContain(
      "le tableau de bord porte sur la seule feuille « Janvier », pas sur Février",
    );
  });

  it("on a workbook kept year to date builds on the most complete sheet, as caop compute reads it", async () => {
    const wb = new ExcelJS.Workbook();
    const jan = [new Date(Date.UTC(2025, 0, 10)), "Vente", 1000];
    const feb = [new Date(Date.UTC(2025, 1, 10)), "Vente", 2000];
    wb.addWorksheet("Cumul janvier").addRows([["Date", "Libellé", "Montant HT"], jan]);
    wb.addWorksheet("Cumul février").addRows([["Date", "Libellé", "Montant HT"], jan, feb]);
    const file = join(dir, "cumul.xlsx");
    await wb.xlsx.writeFile(file);
    expect(await runCompute(file)).toBe("3 000,00 €");
    const o = io();
    expect(await runDashboard({ file, out: join(dir, "cumul-tdb.xlsx"), year: 2025 }, o)).toBe(0);
    expect(o.out.join("")).toContain("CA OP à date 3 000,00 €");
    expect(o.err.join("")).not.toContain("porte sur la seule feuille");
  });

  it("regenerating from its own output keeps Objectif and duplicates nothing", async () => {
    const first = join(dir, "first.xlsx");
    await runDashboard({ file: csv, out: first, year: 2025 }, io());
    const wb = await open(first);
    wb.getWorksheet(DASH)!.getCell("G5").value = 280000;
    const edited = join(dir, "edited.xlsx");
    await wb.xlsx.writeFile(edited);
    const again = join(dir, "again.xlsx");
    expect(await runDashboard({ file: edited, out: again }, io())).toBe(0);
    const re = await open(again);
    expect(re.worksheets.map((w) => w.name)).toEqual(wb.worksheets.map((w) => w.name));
    expect(re.getWorksheet(DASH)?.getCell("G5").value).toBe(280000);
    expect(re.getWorksheet("Données CA OP")?.getRow(1).cellCount).toBe(13);
    expect(re.getWorksheet(DASH)?.getCell("A1").value).toBe("Tableau de bord CA OP — exercice 2025");
  });

  it("never overwrites a user's sheet named like the dashboard", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Ventes");
    for (const r of ledgerRows()) ws.addRow(r);
    wb.addWorksheet(DASH).getCell("A1").value = "mes notes";
    const input = join(dir, "user.xlsx");
    await wb.xlsx.writeFile(input);
    const o = io();
    const out = join(dir, "user-out.xlsx");
    expect(await runDashboard({ file: input, out }, o)).toBe(0);
    expect(o.err.join("")).toContain(`« ${DASH} (2) »`);
    const re = await open(out);
    expect(re.getWorksheet(DASH)?.getCell("A1").value).toBe("mes notes");
    expect(re.getWorksheet(`${DASH} (2)`)).toBeDefined();
    // The user's data cells are unchanged; values written as text stay text.
    expect(re.getWorksheet("Ventes")?.getCell("H3").value).toBe('=HYPERLINK("x")');
  });

  it("exits 2 with one line on unusable input", async () => {
    const cases: [Parameters<typeof runDashboard>[0], RegExp][] = [
      [{ file: csv, out: "" }, /sortie manquant/],
      [{ file: join(dir, "absent.csv"), out: join(dir, "x.xlsx") }, /impossible de lire/],
      [{ file: csv, out: join(dir, "x.xlsx"), map: { bogus: "X" } }, /champ inconnu/],
    ];
    for (const [args, message] of cases) {
      const o = io();
      expect(await runDashboard(args, o)).toBe(2);
      expect(o.err.join("")).toMatch(message);
      expect(o.err.join("").trim().split("\n")).toHaveLength(1);
    }
  });
});

describe("caop qc", () => {
  it("writes the quarter's QC sheet with its Oui/Non validation", async () => {
    const o = io();
    const out = join(dir, "qc.xlsx");
    expect(await runQc({ file: csv, out, quarter: "2025-Q1" }, o)).toBe(0);
    expect(o.out.join("")).toMatch(/Contrôle qualité 2025-Q1 écrit dans .* ligne\(s\) tirée\(s\) sur 51/);
    const ws = (await open(out)).getWorksheet("Contrôle qualité 2025-T1");
    expect(ws?.getCell("I12").dataValidation).toMatchObject({ type: "list", formulae: ['"Oui,Non"'] });
  });

  it("exits 2 without a quarter or with an unreadable one", async () => {
    for (const quarter of [undefined, "2025-Q5"]) {
      const o = io();
      expect(await runQc({ file: csv, out: join(dir, "q.xlsx"), quarter }, o)).toBe(2);
      expect(o.err.join("")).toMatch(/trimestre manquant|période illisible/);
    }
  });
});
