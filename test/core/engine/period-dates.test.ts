/**
 * Period-only dates of packs and BI exports: SAP's "001.2025", OneStream's "2025M1" (said as
 * periods read as months), Power BI's month names beside a Year column (evidence/year-column.ts),
 * a billing date preferred to a CO-PA period.
 */
import { compute } from "../../../src/core/engine";
import { detectMapping } from "../../../src/core/fields";
import type { CellValue } from "../../../src/core/types";
import { table } from "./chunking";

const months = (r: ReturnType<typeof compute>) => r.months.map((m) => [m.period, m.totals.caop.toFixed(2)]);

describe("period-only dates", () => {
  it("reads SAP's Période/exercice 001.2025 as January, said once with its first value", () => {
    // Jan: 532.49 + 12 145.75 = 12 678.24; Feb: 16 161.31.
    const rows: CellValue[][] = [
      ["001.2025", "109111372", "532,49"],
      ["002.2025", "152628032", "16.161,31"],
      ["001.2025", "175131875", "12.145,75"],
    ];
    const r = compute(table(["Période/exercice", "N° pièce", "Montant"], rows));
    expect(months(r)).toEqual([
      ["2025-01", "12678.24"],
      ["2025-02", "16161.31"],
    ]);
    const note = r.diagnostics.filter((d) => d.code === "date_periods");
    expect(note.map((d) => [d.row, d.column, d.value, d.args?.month, d.severity])).toEqual([
      [2, "Période/exercice", "001.2025", "2025-01", "info"],
    ]);
    expect(r.diagnostics.map((d) => d.code)).not.toContain("date_unreadable");
  });

  it("maps OneStream's Time column and reads 2025M1 as January", () => {
    // Jan: 213 776.35 + 482 134.63 = 695 910.98; Feb: 100.
    const headers = ["Entity", "Scenario", "Time", "View", "Account", "Amount"];
    expect(detectMapping(headers).mapping.date).toBe(2);
    const rows: CellValue[][] = [
      ["FR01", "Actual", "2025M1", "Periodic", "706100", "213776.35"],
      ["FR01", "Actual", "2025M1", "Periodic", "706100", "482134.63"],
      ["FR01", "Actual", "2025M2", "Periodic", "707100", "100.00"],
    ];
    expect(months(compute(table(headers, rows)))).toEqual([
      ["2025-01", "695910.98"],
      ["2025-02", "100.00"],
    ]);
    // "Time" names a date only alone: a till's "Time" beside its "Date" is not taken.
    expect(detectMapping(["Date", "Time", "Montant"]).mapping.date).toBe(0);
  });

  it("reads Power BI's month names with the Year column of their row, said", () => {
    // Dec 2024: 100; Jan 2025: 268 765.37 + 229 077.95 = 497 843.32; Feb 2025: 50.
    const rows: CellValue[][] = [
      ["2024", "December", "FR01", "100.00"],
      ["2025", "January", "FR01", "268765.37"],
      ["2025", "January", "FR01", "229077.95"],
      ["2025", "February", "FR01", "50.00"],
    ];
    const r = compute(table(["Year", "Month", "Entity", "Net Sales"], rows));
    expect(months(r)).toEqual([
      ["2024-12", "100.00"],
      ["2025-01", "497843.32"],
      ["2025-02", "50.00"],
    ]);
    const note = r.diagnostics.find((d) => d.code === "date_year_column");
    expect([note?.row, note?.column, note?.value, note?.args?.year_column, note?.args?.month]).toEqual([
      2,
      "Month",
      "December",
      "Year",
      "2024-12",
    ]);
  });

  it("reads month numbers under 'Mois' with 'Année', and leaves full dates beside a year column as they are", () => {
    // Mois 1/2025: 10 + 20 = 30; 2/2025: 5.
    const r = compute(
      table(
        ["Année", "Mois", "Montant HT"],
        [
          [2025, 1, "10"],
          [2025, 1, "20"],
          [2025, 2, "5"],
        ],
      ),
    );
    expect(months(r)).toEqual([
      ["2025-01", "30.00"],
      ["2025-02", "5.00"],
    ]);
    const dated = compute(table(["Année", "Date", "Montant HT"], [["2025", "15/03/2025", "10"]]));
    expect(months(dated)).toEqual([["2025-03", "10.00"]]);
    expect(dated.diagnostics.map((d) => d.code)).not.toContain("date_year_column");
  });

  it("takes KE24's Billing Date over its Period/year", () => {
    const m = detectMapping(["Period/year", "Billing Date", "Customer", "Revenue"]).mapping;
    expect(m.date).toBe(1);
  });
});

describe("cumulative (year-to-date) amounts", () => {
  const headers = ["Entité", "Période", "Compte", "Montant cumulé (YTD)"];
  const rows: CellValue[][] = [
    ["FR01", "01/2025", "706100", "1000,00"],
    ["FR01", "02/2025", "706100", "2500,00"],
    ["FR01", "03/2025", "706100", "3700,00"],
  ];

  it("refuses a YTD column mapped as the amount: summing 1 000 + 2 500 + 3 700 would count January three times", () => {
    const run = () => compute(table(headers, rows), { mapping: { amount: "Montant cumulé (YTD)" } });
    expect(run).toThrow(/cumul/);
    try {
      run();
    } catch (e) {
      expect((e as { code: string; en: string }).code).toBe("amount_cumulative");
      expect((e as { en: string }).en).toContain('column "Montant cumulé (YTD)"');
      expect((e as { en: string }).en).toContain("row 2: 1000,00");
    }
  });

  it("says why a pack of YTD amounts has no amount column, rather than a missing 'Montant'", () => {
    expect(() => compute(table(headers, rows))).toThrow(/montants cumulés/);
  });

  it("refuses a OneStream export whose View column says YTD, reads its Periodic view", () => {
    const h = ["Entity", "Time", "View", "Account", "Amount"];
    expect(() => compute(table(h, [["FR01", "2025M1", "YTD", "706100", "10"]]))).toThrow(/View/);
    expect(compute(table(h, [["FR01", "2025M1", "Periodic", "706100", "10"]])).totals.caop.toFixed(2)).toBe(
      "10.00",
    );
  });

  it("leaves a periodic amount beside a cumulative one as the amount", () => {
    // The month's column is read: 1 000 + 1 500 = 2 500.
    const h = ["Période", "Compte", "Montant", "Montant cumulé"];
    const r = compute(
      table(h, [
        ["01/2025", "706100", "1000", "1000"],
        ["02/2025", "706100", "1500", "2500"],
      ]),
    );
    expect(r.totals.caop.toFixed(2)).toBe("2500.00");
  });
});
