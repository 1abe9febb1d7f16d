/**
 * Real dates a month-first spreadsheet swapped (evidence/swapped-dates.ts): a French CSV opened in a
 * US Excel and saved keeps the dates it could not read as text (26/01/2025) and turns the others
 * into real dates with day and month swapped (04/01/2025 → 1 April). Written from the accountant's
 * expectation: every sale in its own month, January to March.
 */
import ExcelJS from "exceljs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { computeChunks } from "../../../src/core/chunks";
import { ymdToSerial } from "../../../src/core/dates";
import { compute } from "../../../src/core/engine";
import { toJson } from "../../../src/core/report";
import type { CellValue } from "../../../src/core/types";
import { streamTableFile } from "../../../src/workbook/readers";
import { table } from "./chunking";

/** A real date as the US spreadsheet made it from the French text "dd/mm/yyyy" (day ≤ 12): month = dd, day = mm. */
const swapped = (dd: number, mm: number): number => ymdToSerial(2025, dd, mm, false);

/** The sales as written in the French file: [dd, mm, amount]. */
const SALES: [number, number, string][] = [
  [4, 1, "1000,00"],
  [26, 1, "500,00"],
  [3, 2, "200,00"],
  [20, 2, "300,00"],
  [9, 3, "40,00"],
  [14, 3, "60,00"],
  [11, 1, "7,00"],
];

/** The rows as the saved workbook holds them: a real date when the day is 12 or less, else the text. */
function rows(): CellValue[][] {
  return SALES.map(([dd, mm, amount]) => [dd <= 12 ? swapped(dd, mm) : `${dd}/0${mm}/2025`, "Vente", amount]);
}

const MONTHS = [
  ["2025-01", "1507.00"],
  ["2025-02", "500.00"],
  ["2025-03", "100.00"],
];

describe("real dates swapped by a month-first spreadsheet", () => {
  it("are read back day/month, each sale in its month, with a warning naming a real and a text date", () => {
    const r = toJson(compute(table(["Date", "Libellé", "Montant HT"], rows())));
    expect(r.caop).toBe("2107.00");
    expect(r.months.map((m) => [m.period, m.caop])).toEqual(MONTHS);
    const d = r.diagnostics.find((x) => x.code === "dates_swapped");
    expect(d?.message).toContain("4 date(s)");
    expect(d?.message).toContain("ligne 3 « 26/01/2025 »");
    expect(d?.message).toContain("ligne 2, le 01/04/2025 est lu le 04/01/2025");
  });

  it("are proven by text dates with a two-digit year too (26/01/25)", () => {
    const short = rows().map((r) =>
      typeof r[0] === "string" ? [r[0].replace("/2025", "/25"), ...r.slice(1)] : r,
    );
    const r = toJson(compute(table(["Date", "Libellé", "Montant HT"], short)));
    expect(r.months.map((m) => [m.period, m.caop])).toEqual(MONTHS);
  });

  it("are not swapped without the proof: a real date past the 12th, an ambiguous text, no text, too few", () => {
    const months = (rs: CellValue[][]) =>
      toJson(compute(table(["Date", "Libellé", "Montant HT"], rs))).months.map((m) => m.period);
    const late = [...rows(), [ymdToSerial(2025, 1, 20, false), "Vente", "1,00"]];
    const ambiguous = [...rows(), ["05/02/2025", "Vente", "1,00"]];
    const noText = rows().filter((r) => typeof r[0] === "number");
    const few = rows().filter((r, i) => typeof r[0] !== "number" || i < 2);
    for (const rs of [late, ambiguous, noText, few]) {
      const r = compute(table(["Date", "Libellé", "Montant HT"], rs));
      expect(r.diagnostics.map((d) => d.code)).not.toContain("dates_swapped");
      // As the workbook holds them: 4 January written 01/04 read as April.
      expect(months(rs)).toContain("2025-04");
    }
  });

  it("read from the workbook in chunks of any size: the proof is the whole column's", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("fr_export");
    ws.addRow(["Date", "Libellé", "Montant HT"]);
    for (const [dd, mm, amount] of SALES)
      ws.addRow([dd <= 12 ? new Date(Date.UTC(2025, dd - 1, mm)) : `${dd}/0${mm}/2025`, "Vente", amount]);
    const file = join(mkdtempSync(join(tmpdir(), "caop-swap-")), "export.xlsx");
    await wb.xlsx.writeFile(file);
    for (const chunkRows of [1, 2, 3, 100]) {
      const r = toJson(await computeChunks(() => streamTableFile(file, { chunkRows })));
      expect([chunkRows, r.months.map((m) => [m.period, m.caop])]).toEqual([chunkRows, MONTHS]);
      expect(r.diagnostics.filter((d) => d.code === "dates_swapped")).toHaveLength(1);
    }
  });
});
