/**
 * Issue 13: the dashboard's "CA OP par commercial" block shows figures: the top salespeople of the
 * fiscal year with their CA OP (live SUMIFS), the same months of N-1, the variation and their share,
 * each linked to its row of the salesperson detail sheet; the others in one row; a clear sentence
 * when no salesperson column is mapped. (Values against LibreOffice: test/dashboard/libreoffice.test.ts.)
 */
import Decimal from "decimal.js";
import { groupBy } from "../../src/core/aggregate";
import { defaultSettings } from "../../src/core/settings";
import { generateDashboard } from "../../src/app/generate";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { ledgerRows } from "../fixtures/dashboard-ledger";

const DASH = "Tableau de bord CA OP";
const SELLER = "CA OP par commercial";
const options = { settings: { ...defaultSettings(), year: 2025 }, sheet: "Ventes" };

function workbook(rows: string[][]): MemoryWorkbook {
  return MemoryWorkbook.fromRows("Ventes", rows[0], rows.slice(1));
}

/** The row of the dashboard whose column A holds a text, or -1. */
function rowOf(wb: MemoryWorkbook, sheet: string, text: string): number {
  const grid = wb.sheet(sheet)?.grid ?? [];
  return grid.findIndex((r) => r?.[0]?.value === text) + 1 || -1;
}

/** The engine's CA OP per salesperson over [from, to] (month keys), from its groups. */
function sums(groups: ReturnType<typeof groupBy>, from: number, to: number): Map<string, Decimal> {
  const out = new Map<string, Decimal>();
  for (const g of groups) {
    let s = new Decimal(0);
    let any = false;
    for (const [m, v] of g.byMonth) {
      if (m < from || m > to) continue;
      s = s.plus(v);
      any = true;
    }
    if (any) out.set(g.key, s);
  }
  return out;
}

describe("dashboard: CA OP par commercial", () => {
  it("lists the top salespeople with live CA OP, N-1 same months, variation, share and a link to their row", async () => {
    const wb = workbook(ledgerRows());
    const g = await generateDashboard(wb, options);
    const title = rowOf(wb, DASH, "CA OP par commercial — exercice 2025");
    expect(title).toBe(19);
    const header = [1, 2, 3, 4, 5, 6].map((c) => wb.sheet(DASH)?.grid[title]?.[c - 1]?.value);
    expect(header).toEqual([
      "Commercial",
      "CA OP 2025",
      "CA OP 2024 (mêmes mois)",
      "Var. YoY",
      "Part du CA OP",
      "Détail",
    ]);
    const groups = groupBy(g.result, g.result.mapping.salesperson as number);
    const n = sums(groups, 202501, 202512);
    const n1 = sums(groups, 202401, 202403); // 2025 has data in January–March
    const ranked = [...n.entries()].sort((a, b) => b[1].comparedTo(a[1]) || a[0].localeCompare(b[0]));
    let total = new Decimal(0);
    ranked.forEach(([name, caop], i) => {
      const R = title + 2 + i;
      const at = (c: string): ReturnType<MemoryWorkbook["cell"]> => wb.cell(DASH, `${c}${R}`);
      expect(at("A")?.value).toBe(name);
      expect(at("B")?.value).toBeCloseTo(caop.toNumber(), 2);
      expect(at("C")?.value).toBeCloseTo((n1.get(name) ?? new Decimal(0)).toNumber(), 2);
      const v = caop.minus(n1.get(name) ?? 0).dividedBy((n1.get(name) ?? new Decimal(1)).abs());
      expect(at("D")?.value).toBeCloseTo(v.toNumber(), 9);
      expect(at("D")?.formula).toBe(`=IFERROR(($B${R}-$C${R})/ABS($C${R}),"n/d")`);
      expect(at("E")?.formula).toBe(`=IFERROR($B${R}/$B$17,"n/d")`);
      // The link goes to the salesperson's own row of the detail sheet.
      const link = at("F")?.link;
      expect(link?.sheet).toBe(SELLER);
      expect(wb.cell(SELLER, link?.cell ?? "Z99")?.value).toBe(name);
      total = total.plus(caop);
      if (name === "+33 6 12") {
        // A name SUMIFS would read as a number: the engine's value, frozen, with a note.
        expect(at("B")?.formula).toBeUndefined();
        expect(wb.sheet(DASH)?.notes.some((x) => x.cell === `A${R}`)).toBe(true);
      } else {
        expect(at("B")?.formula).toMatch(/^=SUMIFS\('Ventes'!\$\w+\$2:\$\w+\$\d+,.*,\$J\d+\)$/);
        expect(at("C")?.formula).toContain("SUMPRODUCT(($M$5:$M$16>0)*SUMIFS(");
        expect(wb.cell(DASH, `J${R}`)?.value).toBe(`=${name}`);
      }
    });
    // Every salesperson is listed: their CA OP adds up to the year-to-date CA OP.
    expect(total.toNumber()).toBeCloseTo(wb.cell(DASH, "B17")?.value as number, 2);
    expect(g.model.total.caop.toNumber()).toBeCloseTo(total.toNumber(), 2);
    // Alerts and audit still follow, below the block.
    expect(rowOf(wb, DASH, "Audit")).toBeGreaterThan(title + 2 + ranked.length);
  });

  it("groups the salespeople after the top five in one row that adds up to the year's CA OP", async () => {
    const wb = workbook(ledgerRows({ months: 15, segments: 5, salespeople: 9, lines: 3000 }));
    const g = await generateDashboard(wb, options);
    const title = rowOf(wb, DASH, "CA OP par commercial — les 5 premiers de l'exercice 2025");
    expect(title).toBeGreaterThan(0);
    const others = title + 7;
    expect(wb.cell(DASH, `A${others}`)?.value).toBe("Autres commerciaux (4)");
    expect(wb.cell(DASH, `B${others}`)?.formula).toBe(`=$B$17-SUM(B${title + 2}:B${others - 1})`);
    let sum = 0;
    for (let r = title + 2; r <= others; r++) sum += wb.cell(DASH, `B${r}`)?.value as number;
    expect(sum).toBeCloseTo(g.model.total.caop.toNumber(), 2);
    let sumN1 = 0;
    for (let r = title + 2; r <= others; r++) sumN1 += wb.cell(DASH, `C${r}`)?.value as number;
    expect(sumN1).toBeCloseTo(g.model.total.yoyCaop.toNumber(), 2);
  });

  it("freezes the engine's values when another name differs only by case (SUMIFS ignores case)", async () => {
    const rows = ledgerRows();
    const i = rows.findIndex((r) => r[0].endsWith("/02/2025") && r[5] === "Claire Martin");
    rows[i] = rows[i].map((v, c) => (c === 5 ? "claire martin" : v));
    const wb = workbook(rows);
    await generateDashboard(wb, options);
    const title = rowOf(wb, DASH, "CA OP par commercial — les 5 premiers de l'exercice 2025");
    const rowsOf = (name: string): number => rowOf(wb, DASH, name);
    expect(title).toBe(-1); // five names, all listed: "exercice 2025"
    for (const name of ["Claire Martin", "claire martin"]) {
      const R = rowsOf(name);
      expect(R).toBeGreaterThan(19);
      expect(wb.cell(DASH, `B${R}`)?.formula).toBeUndefined();
      expect(typeof wb.cell(DASH, `B${R}`)?.value).toBe("number");
    }
    expect(wb.cell(DASH, `B${rowsOf("Hugo Bernard")}`)?.formula).toMatch(/^=SUMIFS\(/);
  });

  it("says so when no salesperson column is mapped, in the sheet's language", async () => {
    const rows = ledgerRows().map((r) => r.filter((_c, i) => i !== 5));
    const fr = workbook(rows);
    await generateDashboard(fr, options);
    const row = rowOf(fr, DASH, "CA OP par commercial");
    expect(row).toBe(19);
    expect(fr.cell(DASH, `A${row + 1}`)?.value).toMatch(/^Aucune colonne Commercial associée/);
    const en = workbook(rows);
    await generateDashboard(en, { ...options, lang: "en" });
    const enRow = rowOf(en, DASH, "CA OP by salesperson");
    expect(enRow).toBe(19);
    expect(en.cell(DASH, `A${enRow + 1}`)?.value).toMatch(/^No Salesperson column mapped/);
  });

  it("is written in English with the English headers", async () => {
    const wb = workbook(ledgerRows());
    await generateDashboard(wb, { ...options, lang: "en" });
    const title = rowOf(wb, DASH, "CA OP by salesperson — fiscal year 2025");
    expect(title).toBe(19);
    expect(wb.cell(DASH, `C${title + 1}`)?.value).toBe("CA OP 2024 (same months)");
    expect(wb.cell(DASH, `F${title + 2}`)?.value).toBe("See detail tab");
  });
});
