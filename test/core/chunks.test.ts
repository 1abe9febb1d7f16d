import fc from "fast-check";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { computeChunks } from "../../src/core/chunks";
import { compute } from "../../src/core/engine";
import { toJson } from "../../src/core/report";
import type { CellValue, RawTable } from "../../src/core/types";
import { readCsv } from "../../src/workbook/readers/csv";

/** The table cut into chunks of the given sizes (the last one takes the rest). */
function split(t: RawTable, sizes: number[]): RawTable[] {
  const out: RawTable[] = [];
  let at = 0;
  for (const s of sizes) {
    if (at >= t.rows.length) break;
    out.push({
      ...t,
      rows: t.rows.slice(at, at + s),
      firstRow: t.firstRow + at,
      readDiagnostics: at === 0 ? t.readDiagnostics : [],
    });
    at += s;
  }
  if (at < t.rows.length)
    out.push({ ...t, rows: t.rows.slice(at), firstRow: t.firstRow + at, readDiagnostics: [] });
  return out;
}
const source = (chunks: RawTable[]) =>
  async function* () {
    for (const c of chunks) yield c;
  };
const sorted = (j: ReturnType<typeof toJson>) => ({
  ...j,
  diagnostics: [...j.diagnostics].sort((a, b) => a.row - b.row || a.code.localeCompare(b.code)),
});

describe("computeChunks: a table read in chunks gives what compute gives on the whole table", () => {
  const ledger = readCsv(readFileSync(join(__dirname, "..", "fixtures", "ledger-fr.csv")));
  it("on the 15-month ledger, for any chunking", async () => {
    const whole = sorted(toJson(compute(ledger)));
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 1, max: 300 }), { minLength: 1, maxLength: 8 }),
        async (sizes) => {
          const r = await computeChunks(source(split(ledger, sizes)));
          expect(sorted(toJson(r))).toEqual(whole);
        },
      ),
      { numRuns: 25 },
    );
  });
  const H = ["Date", "Compte", "Montant"];
  const t = (rows: CellValue[][]): RawTable => ({ headers: H, rows, firstRow: 2, source: "t" });
  it("a date order proven by a late chunk re-reads the early chunks with it", async () => {
    const table = t([
      ["01/02/2025", "706000", "10"],
      ["03/04/2025", "706000", "20"],
      ["05/13/2025", "706000", "30"],
    ]);
    const whole = compute(table, { locale: "fr" });
    expect(whole.months.map((m) => m.period)).toEqual(["2025-01", "2025-03", "2025-05"]);
    const r = await computeChunks(source(split(table, [1, 1, 1])), { locale: "fr" });
    expect(r.months.map((m) => m.period)).toEqual(["2025-01", "2025-03", "2025-05"]);
    expect(r.diagnostics.map((d) => d.code)).not.toContain("date_order_locale");
  });
  it("chunks proving opposite orders are an error naming a row of each", async () => {
    const table = t([
      ["13/01/2025", "706000", "10"],
      ["01/13/2025", "706000", "20"],
    ]);
    await expect(computeChunks(source(split(table, [1, 1])))).rejects.toThrow(/ligne 2 .*ligne 3/);
  });
  it("a second currency in a later chunk is an error that lists both", async () => {
    const table: RawTable = {
      headers: ["Date", "Montant", "Devise"],
      rows: [
        ["01/01/2025", "1", "EUR"],
        ["02/01/2025", "1", "USD"],
      ],
      firstRow: 2,
      source: "t",
    };
    await expect(computeChunks(source(split(table, [1, 1])))).rejects.toThrow(/EUR, USD/);
  });
});

describe("computeChunks: diagnostics given once per table with a count", () => {
  it("cancelled invoices, dated totals and two-digit years in several chunks: once, as the whole table says them", async () => {
    const table: RawTable = {
      headers: ["Date", "Libellé", "Montant HT", "Statut"],
      rows: [
        ["05/01/25", "Facture A", "1000,00", "Payée"],
        ["06/01/25", "Facture B", "250,00", "Payée"],
        ["31/01/25", "Total janvier", "1250,00", "Payée"],
        ["09/02/25", "Facture C", "300,00", "Payée"],
        ["28/02/25", "Total février", "300,00", "Payée"],
        ["01/03/25", "Facture D", "400,00", "Annulée"],
        ["02/03/25", "Facture E", "250,00", "Brouillon"],
        ["03/03/25", "Facture F", "600,00", "annulée"],
      ],
      firstRow: 2,
      source: "t",
    };
    const whole = sorted(toJson(compute(table)));
    const counted = (j: typeof whole) =>
      j.diagnostics
        .filter((d) => ["status_not_issued", "dated_total_rows", "two_digit_year"].includes(d.code))
        .map((d) => [d.code, d.row, d.value, d.message]);
    expect(counted(whole).map((d) => d.slice(0, 3))).toEqual([
      ["two_digit_year", 0, "05/01/25"],
      ["dated_total_rows", 4, "Total janvier"],
      ["status_not_issued", 7, "Annulée"],
      ["status_not_issued", 8, "Brouillon"],
    ]);
    for (const sizes of [[1, 1, 1, 1, 1, 1], [3, 4], [4]]) {
      const r = sorted(toJson(await computeChunks(source(split(table, sizes)))));
      expect([sizes, r.caop, counted(r)]).toEqual([sizes, whole.caop, counted(whole)]);
    }
  });
});

describe("computeChunks: OP column convention seen only in a later chunk", () => {
  it("re-reads early chunks whose OP cells were all empty once a later chunk shows the X convention", async () => {
    const table: RawTable = {
      headers: ["Date", "Libellé", "Montant", "OP"],
      rows: [
        ["15/01/2025", "Aide", "50", ""],
        ["15/01/2025", "Abonnements", "450", "X"],
      ],
      firstRow: 2,
      source: "t",
    };
    const whole = compute(table);
    const r = await computeChunks(source(split(table, [1, 1])));
    expect(r.totals.caop.toFixed(2)).toBe(whole.totals.caop.toFixed(2));
    expect(r.totals.caop.toFixed(2)).toBe("450.00");
  });
});

describe("computeChunks: a closing entry cut by a chunk's end", () => {
  // The accountant's figure: the year's sales, 1 000 + 500; the closing entry clears 1 500 from 706
  // and 707 into 120, its lines on both sides of a chunk's end.
  const fec: RawTable = {
    headers: ["JournalCode", "EcritureNum", "EcritureDate", "CompteNum", "EcritureLib", "Debit", "Credit"],
    rows: [
      ["VE", "1", "20251115", "706000", "Facture F001", "0,00", "1000,00"],
      ["VE", "1", "20251115", "411000", "Facture F001", "1000,00", "0,00"],
      ["VE", "2", "20251210", "707000", "Facture F002", "0,00", "500,00"],
      ["VE", "2", "20251210", "411000", "Facture F002", "500,00", "0,00"],
      ["CL", "9", "20251231", "706000", "Solde des produits", "1000,00", "0,00"],
      ["CL", "9", "20251231", "707000", "Solde des produits", "500,00", "0,00"],
      ["CL", "9", "20251231", "120000", "Solde des produits", "0,00", "1500,00"],
    ],
    firstRow: 2,
    source: "FEC.txt",
  };

  it("sets apart its revenue lines in every chunk, as the whole table does", async () => {
    const whole = compute(fec);
    expect(whole.totals.caop.toFixed(2)).toBe("1500.00");
    for (const sizes of [[5], [6], [4, 1], [1, 1, 1, 1, 1, 1]]) {
      const r = await computeChunks(source(split(fec, sizes)));
      expect([sizes, r.totals.caop.toFixed(2)]).toEqual([sizes, "1500.00"]);
      expect(r.diagnostics.find((d) => d.code === "closing_entries")?.args?.count).toBe(2);
    }
  });
});
