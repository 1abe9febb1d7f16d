/**
 * Dated total rows (evidence/dated-totals.ts): a row labelled as a total is set apart only when its
 * amount is the sum of the lines above it (since the last total, or all so far); otherwise it stays
 * a line with a warning. Streamed in chunks, the running sums carry on: same result as whole.
 */
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { computeChunks } from "../../../src/core/chunks";
import { compute } from "../../../src/core/engine";
import { FEC_COLUMNS } from "../../../src/core/fields";
import { toJson } from "../../../src/core/report";
import type { CellValue, RawTable } from "../../../src/core/types";
import { readCsv } from "../../../src/workbook/readers/csv";
import { source, split } from "./chunking";

const FIXTURE = join(__dirname, "..", "..", "fixtures", "real", "excel-sous-totaux-dates.csv");
const table = (headers: string[], rows: CellValue[][]): RawTable => ({
  headers,
  rows,
  firstRow: 2,
  source: "t",
});
const codes = (r: ReturnType<typeof compute>) => r.diagnostics.map((d) => [d.code, d.row]);

describe("dated total rows", () => {
  it("a debit/credit ledger's dated 'Total 706000' row sums its account's lines: not a line", () => {
    const r = compute(
      table(
        ["Date", "Compte", "Libellé", "Débit", "Crédit"],
        [
          ["10/01/2025", "706000", "Prestation A", "", "1000,00"],
          ["20/01/2025", "706000", "Prestation B", "", "500,00"],
          ["20/01/2025", "706000", "Avoir B", "100,00", ""],
          ["31/01/2025", "706000", "Total 706000", "100,00", "1500,00"],
          ["31/01/2025", "775000", "Cession véhicule", "", "3000,00"],
          ["31/01/2025", "775000", "Total 775000", "", "3000,00"],
        ],
      ),
    );
    expect(r.totals.caop.toFixed(2)).toBe("1400.00");
    expect(r.totals.excluded.asset_disposal.amount.toFixed(2)).toBe("3000.00");
    expect(codes(r)).toContainEqual(["dated_total_rows", 5]);
  });

  it("a label that sums nothing stays a line, said once per label; a first line sums nothing either", () => {
    const r = compute(
      table(
        ["Date", "Libellé", "Montant"],
        [
          ["10/01/2025", "Total Energies", "500,00"],
          ["11/01/2025", "Vente", "200,00"],
          ["12/01/2025", "Total Energies", "300,00"],
        ],
      ),
    );
    expect(r.totals.caop.toFixed(2)).toBe("1000.00");
    expect(
      r.diagnostics.filter((d) => d.code === "total_label_counted").map((d) => [d.row, d.value]),
    ).toEqual([[2, "Total Energies"]]);
  });

  it("a customer's label summing one line above it stays a line; a period's label may close one line", () => {
    const r = compute(
      table(
        ["Date", "N° facture", "Libellé", "Montant"],
        [
          ["05/01/2025", "F1", "Maintenance", "450,00"],
          ["06/01/2025", "F2", "Total Energies - maintenance", "450,00"],
          ["31/01/2025", "", "Sous-total janvier", "900,00"],
          ["03/02/2025", "F3", "Maintenance", "450,00"],
          ["28/02/2025", "", "S/Total février", "450,00"],
        ],
      ),
    );
    expect(r.totals.caop.toFixed(2)).toBe("1350.00");
    expect(codes(r).filter(([c]) => c !== "date_order_locale")).toEqual([
      ["total_label_counted", 3],
      ["dated_total_rows", 4],
    ]);
  });

  it("a subtotal written as the column's plain sum (a discount written positive) is a total too", () => {
    const r = compute(
      table(
        ["Date", "Libellé", "Type", "Montant"],
        [
          ["20/12/2024", "Vente", "Vente", "300,00"],
          ["31/12/2024", "Sous-total décembre", "", "300,00"],
          ["05/01/2025", "Vente", "Vente", "1000,00"],
          ["06/01/2025", "Remise", "Remise", "100,00"],
          ["31/01/2025", "Sous-total janvier", "", "1100,00"],
        ],
      ),
    );
    expect(r.totals.caop.toFixed(2)).toBe("1200.00");
  });

  it("a subtotal counting cancelled invoices (a status column) is still a total", () => {
    const r = compute(
      table(
        ["Date", "Libellé", "Montant", "Statut"],
        [
          ["05/01/2025", "F1", "1000,00", "Payée"],
          ["06/01/2025", "F2", "500,00", "Annulée"],
          ["31/01/2025", "Sous-total janvier", "1500,00", ""],
        ],
      ),
    );
    expect(r.totals.caop.toFixed(2)).toBe("1000.00");
  });

  it("the same on the straightforward path", () => {
    const t = readCsv(readFileSync(FIXTURE));
    expect(toJson(compute(t, { fastPath: false }))).toEqual(toJson(compute(t)));
    expect(compute(t).totals.caop.toFixed(2)).toBe("3350.00");
  });

  it("streamed in chunks of any size: the same CA OP, months and notes as the whole table", async () => {
    const t = readCsv(readFileSync(FIXTURE));
    const whole = toJson(compute(t));
    const sorted = (j: typeof whole) => [...j.diagnostics].map((d) => `${d.code}@${d.row}`).sort();
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 6 }),
        async (sizes) => {
          const r = toJson(await computeChunks(source(split(t, sizes))));
          expect([r.caop, r.months, sorted(r)]).toEqual([whole.caop, whole.months, sorted(whole)]);
        },
      ),
      { numRuns: 40 },
    );
  });

  describe("a month's name alone closing its lines (a hand-kept sheet exported without its formulas)", () => {
    // Accountant's figure: the lines only, 1 000 + 500 in January, 700 in February = 2 200.
    const subtotals = table(
      ["Date", "Client", "Libellé", "Montant HT"],
      [
        ["10/01/2025", "Dupont", "Vente A", "1000,00"],
        ["20/01/2025", "Martin", "Vente B", "500,00"],
        ["31/01/2025", "", "Janvier", "1500,00"],
        ["05/02/2025", "Leroy", "Vente C", "700,00"],
        ["28/02/2025", "", "Février 2025", "700,00"],
      ],
    );

    it("sets apart a month's row summing its month's lines (one line is enough when it has no client)", () => {
      const r = compute(subtotals);
      expect([r.totals.caop.toFixed(2), r.months.map((m) => m.totals.caop.toFixed(2))]).toEqual([
        "2200.00",
        ["1500.00", "700.00"],
      ]);
      expect(
        r.diagnostics
          .filter((d) => d.code === "dated_total_rows")
          .map((d) => [d.row, d.value, d.args?.count]),
      ).toEqual([[4, "Janvier", 2]]);
      expect(toJson(compute(subtotals, { fastPath: false }))).toEqual(toJson(compute(subtotals)));
    });

    it("keeps a monthly sheet's lines: other months, a client of their own, one line without client column", () => {
      const monthly = compute(
        table(
          ["Date", "Libellé", "Montant HT"],
          [
            ["31/01/2025", "Janvier", "1000,00"],
            ["28/02/2025", "Février", "1000,00"],
            ["31/03/2025", "Mars", "2000,00"],
          ],
        ),
      );
      expect(monthly.totals.caop.toFixed(2)).toBe("4000.00");
      const oneLine = compute(
        table(
          ["Date", "Libellé", "Montant HT"],
          [
            ["15/04/2025", "Vente", "300,00"],
            ["30/04/2025", "Avril", "300,00"],
          ],
        ),
      );
      expect(oneLine.totals.caop.toFixed(2)).toBe("600.00");
      const rents = compute(
        table(
          ["Date", "Client", "Libellé", "Montant HT"],
          [
            ["01/01/2025", "Dupont", "Janvier", "1000,00"],
            ["01/01/2025", "Martin", "Janvier", "1000,00"],
          ],
        ),
      );
      expect(rents.totals.caop.toFixed(2)).toBe("2000.00");
      for (const r of [monthly, oneLine, rents])
        expect(r.diagnostics.map((d) => d.code)).not.toContain("dated_total_rows");
      expect(monthly.diagnostics.map((d) => d.code)).not.toContain("total_label_counted");
    });

    it("sets apart single-line months once the file closes two months so (a stale one too), streamed = whole", async () => {
      // The accountant's figures: the lines only. Each month closed by a row naming it, one line a month.
      const single = table(
        ["Date", "Libellé", "Montant HT"],
        [
          ["15/01/2025", "Prestation", "800,00"],
          ["31/01/2025", "Janvier", "800,00"],
          ["14/02/2025", "Prestation", "650,00"],
          ["28/02/2025", "Février", "650,00"],
          ["12/03/2025", "Prestation", "900,00"],
          ["31/03/2025", "Mars", "900,00"],
        ],
      );
      // English months, January over two lines, February over one.
      const english = table(
        ["Date", "Description", "Amount"],
        [
          ["2025-01-05", "Consulting", "1000.00"],
          ["2025-01-19", "Licence", "250.00"],
          ["2025-01-31", "January 2025", "1250.00"],
          ["2025-02-07", "Consulting", "900.00"],
          ["2025-02-28", "February 2025", "900.00"],
        ],
      );
      // March's subtotal typed before its last line: off, still no sale (total_row_off).
      const stale = table(
        ["Date", "Libellé", "Montant HT"],
        [
          ["10/01/2025", "Vente matériel", "500,00"],
          ["20/01/2025", "Vente matériel", "250,00"],
          ["31/01/2025", "janv. 2025", "750,00"],
          ["12/02/2025", "Vente matériel", "400,00"],
          ["28/02/2025", "févr. 2025", "400,00"],
          ["05/03/2025", "Vente matériel", "300,00"],
          ["18/03/2025", "Vente matériel", "220,00"],
          ["31/03/2025", "mars 2025", "300,00"],
        ],
      );
      for (const [t, caop, rows] of [
        [single, "2350.00", 3],
        [english, "2150.00", 2],
        [stale, "1670.00", 2],
      ] as const) {
        const r = compute(t);
        const whole = toJson(r);
        expect([whole.caop, r.diagnostics.find((d) => d.code === "dated_total_rows")?.args?.count]).toEqual([
          caop,
          rows,
        ]);
        // Streamed: the same figures and notes (a streamed file says its dated totals once, at the end).
        const said = (j: typeof whole) => [
          j.caop,
          j.months,
          j.diagnostics.map((d) => `${d.code}@${d.row}`).sort(),
        ];
        for (const size of [1, 2, 3, 4])
          expect(said(toJson(await computeChunks(source(split(t, [size])))))).toEqual(said(whole));
      }
      expect(toJson(compute(stale)).diagnostics.find((d) => d.code === "total_row_off")?.row).toBe(9);
    });

    it("keeps month-named lines that sum nothing (a retainer at each month's end; a monthly list's months)", () => {
      // The accountant's figures: every line counts.
      const retainer = table(
        ["Date", "Libellé", "Montant HT"],
        [
          ["15/01/2025", "Mission audit ACME", "1 000,00"],
          ["31/01/2025", "Janvier 2025", "500,00"],
          ["10/02/2025", "Mission conseil Durand", "800,00"],
          ["28/02/2025", "Février 2025", "500,00"],
          ["12/03/2025", "Mission audit Leroy", "1 200,00"],
          ["31/03/2025", "Mars 2025", "500,00"],
        ],
      );
      expect(compute(retainer).totals.caop.toFixed(2)).toBe("4500.00");
      // The month in the date column of every line: two equal amounts in a month are two sales.
      const monthly = table(
        ["Mois", "Produit", "CA HT"],
        [
          ["Janvier 2025", "Abonnement Basic", "100,00"],
          ["Janvier 2025", "Abonnement Pro", "100,00"],
          ["Janvier 2025", "Formation", "250,00"],
          ["Février 2025", "Abonnement Basic", "100,00"],
          ["Février 2025", "Abonnement Pro", "100,00"],
          ["Février 2025", "Formation", "300,00"],
          ["Mars 2025", "Abonnement Basic", "120,00"],
          ["Mars 2025", "Abonnement Pro", "120,00"],
        ],
      );
      expect(compute(monthly).totals.caop.toFixed(2)).toBe("1190.00");
    });

    it("streamed in chunks of any size: the same as the whole table", async () => {
      const whole = toJson(compute(subtotals));
      for (const sizes of [
        [1, 1, 1, 1, 1],
        [2, 3],
        [3, 2],
        [4, 1],
      ]) {
        const r = toJson(await computeChunks(source(split(subtotals, sizes))));
        expect([r.caop, r.months, r.diagnostics.map((d) => `${d.code}@${d.row}`)]).toEqual([
          whole.caop,
          whole.months,
          whole.diagnostics.map((d) => `${d.code}@${d.row}`),
        ]);
      }
    });
  });

  describe("a period's total whose sum is off, and one typed in the client column", () => {
    // Accountant's figure: the lines only. January 2 400 + 3 150 + 980 = 6 530 (its subtotal says
    // 5 550: a line missed by hand), February 2 400 + 1 200 = 3 600, March 980: 11 110.
    const rows = (totalCol: 1 | 2): CellValue[][] =>
      [
        ["03/01/2025", "Total Energies", "Maintenance site Lyon", "2400,00"],
        ["15/01/2025", "Dalkia", "Audit énergétique", "3150,00"],
        ["28/01/2025", "Engie", "Maintenance", "980,00"],
        ["31/01/2025", "Sous-total janvier", "5550,00"],
        ["07/02/2025", "Total Energies", "Maintenance site Lyon", "2400,00"],
        ["21/02/2025", "Dalkia", "Avenant audit", "1200,00"],
        ["28/02/2025", "Sous-total février", "3600,00"],
        ["14/03/2025", "Engie", "Maintenance", "980,00"],
        ["31/03/2025", "Sous-total mars", "980,00"],
      ].map((r) => (r.length === 4 ? r : totalCol === 1 ? [r[0], r[1], "", r[2]] : [r[0], "", r[1], r[2]]));
    const headers = ["Date", "Client", "Désignation", "Montant HT"];

    it("sets the off total apart with its figures, and the next totals close their own lines", () => {
      const r = compute(table(headers, rows(2)));
      expect([r.totals.caop.toFixed(2), r.months.map((m) => m.totals.caop.toFixed(2))]).toEqual([
        "11110.00",
        ["6530.00", "3600.00", "980.00"],
      ]);
      const off = r.diagnostics.filter((d) => d.code === "total_row_off");
      expect(off.map((d) => [d.row, d.column, d.value, d.args])).toEqual([
        [5, "Désignation", "Sous-total janvier", { written: "5550.00", lines: "6530.00" }],
      ]);
      expect(r.diagnostics.map((d) => d.code)).not.toContain("total_label_counted");
    });

    it("reads a period's total typed in the client column, never a customer named Total", () => {
      const r = compute(table(headers, rows(1)));
      expect(r.totals.caop.toFixed(2)).toBe("11110.00");
      expect(r.diagnostics.filter((d) => d.code === "total_row_off").map((d) => [d.row, d.column])).toEqual([
        [5, "Client"],
      ]);
      const codes = r.diagnostics.map((d) => d.code);
      expect(codes).not.toContain("total_label_counted");
    });

    it("keeps a sheet of month totals as lines (no line for them to total)", () => {
      const r = compute(
        table(
          ["Date", "Libellé", "Montant HT"],
          [
            ["31/01/2025", "Total janvier", "5000,00"],
            ["28/02/2025", "Total février", "6000,00"],
            ["31/03/2025", "Total mars", "7000,00"],
          ],
        ),
      );
      expect(r.totals.caop.toFixed(2)).toBe("18000.00");
      expect(r.diagnostics.map((d) => d.code)).not.toContain("total_row_off");
    });

    it("streamed in chunks of any size: the same as the whole table", async () => {
      for (const col of [1, 2] as const) {
        const t = table(headers, rows(col));
        const whole = toJson(compute(t));
        for (const sizes of [
          [1, 1, 1, 1, 1, 1, 1, 1, 1],
          [3, 6],
          [4, 5],
          [5, 4],
          [2, 2, 2, 3],
        ]) {
          const r = toJson(await computeChunks(source(split(t, sizes))));
          expect([r.caop, r.months, r.diagnostics.map((d) => `${d.code}@${d.row}`)]).toEqual([
            whole.caop,
            whole.months,
            whole.diagnostics.map((d) => `${d.code}@${d.row}`),
          ]);
        }
      }
    });
  });

  describe("outside round 15: where a month's total is typed, and customers named like totals", () => {
    it("reads a month typed in the client column of a row without label, and one dated the 1st of the next month", () => {
      const inClient = compute(
        table(
          ["Date", "Client", "Libellé", "Montant HT"],
          [
            ["07/01/2025", "Dupont SA", "Installation", "700,00"],
            ["21/01/2025", "Leroy SARL", "Dépannage", "180,00"],
            ["31/01/2025", "Janvier", "", "880,00"],
            ["11/02/2025", "Dupont SA", "Contrat entretien", "420,00"],
            ["28/02/2025", "Février", "", "420,00"],
          ],
        ),
      );
      expect(inClient.totals.caop.toFixed(2)).toBe("1300.00");
      const nextMonth = compute(
        table(
          ["Date", "Libellé", "Montant HT"],
          [
            ["09/01/2025", "Coupe", "35,00"],
            ["23/01/2025", "Couleur", "65,00"],
            ["01/02/2025", "Janvier", "100,00"],
            ["06/02/2025", "Coupe", "35,00"],
          ],
        ),
      );
      expect(nextMonth.months.map((m) => [m.period, m.totals.caop.toFixed(2)])).toEqual([
        ["2025-01", "100.00"],
        ["2025-02", "35.00"],
      ]);
    });

    it("keeps a line named like a month mid-month (a customer Avril, a Mars bar): a subtotal closes its month", () => {
      const avril = compute(
        table(
          ["Date", "Libellé", "Montant HT"],
          [
            ["03/04/2025", "Dupont", "120,00"],
            ["09/04/2025", "Martin", "80,00"],
            ["15/04/2025", "Avril", "200,00"],
            ["22/04/2025", "Lefèvre", "60,00"],
          ],
        ),
      );
      expect(avril.totals.caop.toFixed(2)).toBe("460.00");
      const mars = compute(
        table(
          ["Date", "Libellé", "Montant HT"],
          [
            ["03/03/2025", "Twix", "12,00"],
            ["03/03/2025", "Bounty", "12,00"],
            ["04/03/2025", "Mars", "24,00"],
          ],
        ),
      );
      expect(mars.totals.caop.toFixed(2)).toBe("48.00");
    });

    it("keeps a customer called TOTAL or CUMUL whose line has its own label", () => {
      const r = compute(
        table(
          ["Date", "Client", "Libellé", "Montant HT"],
          [
            ["06/01/2025", "Garage Lemoine", "Révision", "320,00"],
            ["13/01/2025", "Transports Roux", "Pneus", "880,00"],
            ["27/01/2025", "TOTAL", "Vidange flotte", "450,00"],
            ["28/01/2025", "CUMUL", "Pneus", "400,00"],
          ],
        ),
      );
      expect(r.totals.caop.toFixed(2)).toBe("2050.00");
      expect(r.diagnostics.map((d) => d.code)).not.toContain("total_row_off");
    });
  });

  describe("a till's Z report: its daily Total written in a column nothing reads (no label column)", () => {
    const z = table(
      ["Date", "Taux TVA", "CA TTC", "TVA", "CA HT", "Nb tickets"],
      [
        ["15/01/2025", "5,5 %", "211,00", "11,00", "200,00", "14"],
        ["15/01/2025", "10 %", "1 650,00", "150,00", "1 500,00", "38"],
        ["15/01/2025", "Total", "1 861,00", "161,00", "1 700,00", "52"],
        ["16/01/2025", "20 %", "300,00", "50,00", "250,00", "17"],
        ["16/01/2025", "10 %", "1 320,00", "120,00", "1 200,00", "31"],
        ["16/01/2025", "TOTAL JOUR", "1 620,00", "170,00", "1 450,00", "48"],
        ["13/02/2025", "20 %", "480,00", "80,00", "400,00", "25"],
        ["13/02/2025", "Total", "480,00", "80,00", "400,00", "25"],
      ],
    );

    it("sets the daily totals apart (their sums are the day's lines): counted once", () => {
      const r = compute(z);
      // 200 + 1 500 + 250 + 1 200 + 400: the totals (1 700, 1 450, 400) not added again.
      expect(r.totals.caop.toFixed(2)).toBe("3550.00");
      expect(r.months.map((m) => [m.period, m.totals.caop.toFixed(2)])).toEqual([
        ["2025-01", "3150.00"],
        ["2025-02", "400.00"],
      ]);
      const d = r.diagnostics.find((x) => x.code === "dated_total_rows");
      expect([d?.row, d?.column, d?.value, d?.args?.count]).toEqual([4, "Taux TVA", "Total", 3]);
      expect(toJson(compute(z, { fastPath: false }))).toEqual(toJson(r));
    });

    it("streamed in chunks of any size: the same as the whole table", async () => {
      const whole = toJson(compute(z));
      for (const sizes of [[1], [2], [3, 1], [5]]) {
        const r = toJson(await computeChunks(source(split(z, sizes))));
        expect([r.caop, r.months, r.diagnostics]).toEqual([whole.caop, whole.months, whole.diagnostics]);
      }
    });

    it("keeps a brand or supplier called Total a line: its own invoice number, or its own unit price", () => {
      const oils = (headers: string[], rows: string[][]) =>
        compute(table(headers, rows)).totals.caop.toFixed(2);
      const rows = [
        ["14/01/2025", "FA-1", "Castrol", "4", "30,00", "120,00"],
        ["16/01/2025", "FA-2", "Motul", "2", "40,00", "80,00"],
        ["22/01/2025", "FA-3", "Total", "8", "25,00", "200,00"],
      ];
      expect(oils(["Date", "N° facture", "Marque", "Qté", "PU HT", "Montant HT"], rows)).toBe("400.00");
      const noNumber = rows.map((r) => [r[0], ...r.slice(2)]);
      expect(oils(["Date", "Marque", "Qté", "PU HT", "Montant HT"], noNumber)).toBe("400.00");
    });

    it("reads such a column only without a label: beside one, a cell 'Total' elsewhere is said nothing of", () => {
      const labelled = table(
        ["Date", "Libellé", "Taux TVA", "CA HT"],
        z.rows.map((r) => [r[0], "Vente comptoir", r[1], r[4]]),
      );
      expect(compute(labelled).totals.caop.toFixed(2)).toBe("7100.00");
    });
  });

  describe("a month's subtotal written as the month in the date column, without a label (round 15 c51)", () => {
    const sheet = table(
      ["Date", "Libellé", "Montant HT"],
      [
        ["08/01/2025", "Vente", "300,00"],
        ["20/01/2025", "Vente", "200,00"],
        ["janv. 2025", "", "500,00"],
        ["10/02/2025", "Vente", "150,00"],
        ["18/02/2025", "Vente", "50,00"],
        ["févr. 2025", "", "200,00"],
      ],
    );

    it("sets the month rows apart (each sums its month's lines): counted once, said", () => {
      const r = compute(sheet);
      expect(r.months.map((m) => [m.period, m.totals.caop.toFixed(2)])).toEqual([
        ["2025-01", "500.00"],
        ["2025-02", "200.00"],
      ]);
      const d = r.diagnostics.find((x) => x.code === "dated_total_rows");
      expect([d?.row, d?.column, d?.value, d?.args?.count]).toEqual([4, "Date", "janv. 2025", 2]);
      expect(toJson(compute(sheet, { fastPath: false }))).toEqual(toJson(r));
      // Lines without a label of their own: the month rows share their (blank) label, not their reading.
      const bare = table(
        sheet.headers,
        sheet.rows.map((row) => [row[0], "", row[2]]),
      );
      expect(toJson(compute(bare)).caop).toBe("700.00");
      expect(toJson(compute(bare, { fastPath: false }))).toEqual(toJson(compute(bare)));
    });

    it("keeps a month-by-month summary (every row a month) and a labelled monthly line as lines", () => {
      const summary = table(
        ["Mois", "CA HT"],
        [
          ["janv. 2025", "500,00"],
          ["févr. 2025", "500,00"],
          ["mars 2025", "1000,00"],
        ],
      );
      expect(compute(summary).totals.caop.toFixed(2)).toBe("2000.00");
      const retainer = table(sheet.headers, [
        ...sheet.rows.slice(0, 2),
        ["janv. 2025", "Forfait mensuel", "500,00"],
      ]);
      expect(compute(retainer).totals.caop.toFixed(2)).toBe("1000.00");
    });

    it("streamed in chunks of any size: the same as the whole table", async () => {
      const whole = toJson(compute(sheet));
      for (const sizes of [[1], [2], [4, 1]]) {
        const r = toJson(await computeChunks(source(split(sheet, sizes))));
        expect([r.caop, r.months, r.diagnostics]).toEqual([whole.caop, whole.months, whole.diagnostics]);
      }
    });
  });
});

describe("a FEC's lines are entries, never total rows", () => {
  it("counts an entry labelled 'Sous-total janvier' that equals the lines above (balanced by its 411)", () => {
    const fec = (
      n: string,
      d: string,
      account: string,
      label: string,
      debit: string,
      credit: string,
    ): CellValue[] => [
      "VE",
      "Ventes",
      n,
      d,
      account,
      "",
      "",
      "",
      `P${n}`,
      d,
      label,
      debit,
      credit,
      "",
      "",
      d,
      "",
      "",
    ];
    const headers = [...FEC_COLUMNS];
    const t: RawTable = {
      headers,
      rows: [
        fec("1", "20250110", "706000", "Facture 125", "", "500,00"),
        fec("1", "20250110", "411000", "Facture 125", "500,00", ""),
        fec("2", "20250120", "706000", "Prestation janvier", "", "300,00"),
        fec("2", "20250120", "411000", "Prestation janvier", "300,00", ""),
        fec("3", "20250131", "706000", "Sous-total janvier", "", "800,00"),
        fec("3", "20250131", "411000", "Sous-total janvier", "800,00", ""),
      ],
      firstRow: 2,
      source: "fec.txt",
    };
    const r = compute(t);
    expect(r.totals.caop.toFixed(2)).toBe("1600.00");
    expect(r.diagnostics.map((d) => d.code)).not.toContain("dated_total_rows");
  });
});

describe("a month's subtotal after an undated total row (round 18, C20)", () => {
  const t: RawTable = {
    headers: ["Date", "Libellé", "Montant HT"],
    rows: [
      ["05/01/2025", "Vente A", "100"],
      ["15/01/2025", "Vente B", "250"],
      ["", "Total janvier", "350"],
      ["05/02/2025", "Vente C", "400"],
      ["20/02/2025", "Vente D", "100"],
      ["28/02/2025", "Février", "500"],
    ],
    firstRow: 2,
    source: "suivi.csv",
  };

  it("the undated total closes January's lines: February's subtotal is the sum since, set apart", () => {
    const r = compute(t);
    expect(r.totals.caop.toFixed(2)).toBe("850.00");
    const d = r.diagnostics.find((x) => x.code === "dated_total_rows");
    expect([d?.row, d?.value]).toEqual([7, "Février"]);
  });

  it("streamed in chunks of any size: the same as the whole table", async () => {
    const whole = toJson(compute(t));
    for (const sizes of [[1], [2], [3], [4, 1]]) {
      const r = toJson(await computeChunks(source(split(t, sizes))));
      expect([sizes, r.caop, r.months]).toEqual([sizes, whole.caop, whole.months]);
    }
  });
});

describe("a hand sheet's closing rows without a total word (CA janvier, Arrêté au, Certifié exact)", () => {
  const H = ["Date", "Client", "Désignation", "Montant HT"];
  it.each([
    ["CA janvier", "31/01/2025"],
    ["C.A. janvier", "31/01/2025"],
    ["Chiffre d'affaires T1 2025", "31/03/2025"],
    ["Arrêté au 31/03/2025", "31/03/2025"],
    ["Arrêté à fin janvier", "31/01/2025"],
    ["Récapitulatif", "31/01/2025"],
  ])("%s holding the sum of the lines above: a total, not counted", (label, date) => {
    const r = compute(
      table(H, [
        ["08/01/2025", "Boulangerie Martin", "Dépannage urgent", "1200,50"],
        ["22/01/2025", "Garage des Alpes", "Visite de contrôle", "800,25"],
        [date, "", label, "2000,75"],
      ]),
    );
    expect(r.totals.caop.toFixed(2)).toBe("2000.75");
    expect(r.diagnostics.map((d) => d.code)).toContain("dated_total_rows");
  });

  it("Certifié exact typed in the client column, under a blank row", () => {
    const r = compute(
      table(H, [
        ["03/03/2025", "Boulangerie Martin", "Dépannage urgent", "1200,50"],
        ["10/03/2025", "Garage des Alpes", "Visite", "800,25"],
        ["", "", "", ""],
        ["31/03/2025", "Certifié exact", "", "2000,75"],
      ]),
    );
    expect(r.totals.caop.toFixed(2)).toBe("2000.75");
  });

  it("stay lines when they are a monthly summary's, a customer's, or not a sum", () => {
    const L = ["Date", "Libellé", "Montant HT"];
    // One line a month called "CA …": February equal to January is no total of it.
    const summary = table(L, [
      ["31/01/2025", "CA janvier", "5000,00"],
      ["28/02/2025", "CA février", "5000,00"],
      ["31/03/2025", "CA mars", "5000,00"],
    ]);
    expect(compute(summary).totals.caop.toFixed(2)).toBe("15000.00");
    // March equal to January and February: not the sum of March's lines.
    const months = table(L, [
      ["31/01/2025", "CA janvier", "12000,00"],
      ["28/02/2025", "CA février", "8000,00"],
      ["31/03/2025", "CA mars", "20000,00"],
    ]);
    expect(compute(months).totals.caop.toFixed(2)).toBe("40000.00");
    // A builder's invoice "Situation au …" of the sum of the two before: a line.
    const builder = table(L, [
      ["31/01/2025", "Situation n°1 chantier Dupont", "10000,00"],
      ["28/02/2025", "Situation n°2 chantier Dupont", "15000,00"],
      ["31/03/2025", "Situation au 31/03/2025", "25000,00"],
    ]);
    expect(compute(builder).totals.caop.toFixed(2)).toBe("50000.00");
    // A customer "CA Consulting": not a period after the word, even when it equals the lines above.
    const customer = table(L, [
      ["05/01/2025", "Abonnement Dupont", "500,00"],
      ["12/01/2025", "Abonnement Martin", "500,00"],
      ["20/01/2025", "CA Consulting - audit", "1000,00"],
    ]);
    expect(compute(customer).totals.caop.toFixed(2)).toBe("2000.00");
    // "Chiffre d'affaires" as a line's label, not the sum: counted, no warning.
    const line = table(L, [
      ["05/01/2025", "Prestation conseil", "1000,00"],
      ["20/01/2025", "Chiffre d'affaires", "800,00"],
    ]);
    expect(compute(line).totals.caop.toFixed(2)).toBe("1800.00");
    expect(compute(line).diagnostics.map((d) => d.code)).toEqual([]);
  });
});
