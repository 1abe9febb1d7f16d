/**
 * A builder's situations kept by their running total only (round 28c D02): each read as the
 * difference from the site's previous situation when the numbers run from n°1 and the running total
 * never decreases; refused otherwise, saying what to export.
 */
import { compute } from "../../../src/core/engine";
import { EngineError } from "../../../src/core/errors";
import type { CellValue } from "../../../src/core/types";
import { table } from "./chunking";

const HEADERS = ["Date situation", "Chantier", "Situation n°", "Cumul facturé HT"];
const months = (r: ReturnType<typeof compute>) => r.months.map((m) => [m.period, m.totals.caop.toFixed(2)]);

/** Two sites, their situations interleaved by date. */
const TWO_SITES: CellValue[][] = [
  ["30/01/2025", "Les Chênes", 1, 18000],
  ["30/01/2025", "Giverny", 1, "9 500,50"],
  ["28/02/2025", "Les Chênes", 2, 52000],
  ["28/02/2025", "Giverny", 2, "23 750,75"],
  ["31/03/2025", "Les Chênes", 3, 52000],
];

/** The EngineError compute throws. */
function refusal(rows: CellValue[][], headers = HEADERS): EngineError {
  try {
    compute(table(headers, rows));
  } catch (e) {
    if (e instanceof EngineError) return e;
    throw e;
  }
  throw new Error("not refused");
}

describe("a builder's running totals of situations", () => {
  it("reads each situation as its running total less the site's previous one (n°1 less 0), said in a note", () => {
    // January 18 000 + 9 500.50 = 27 500.50; February (52 000 − 18 000) + (23 750.75 − 9 500.50) =
    // 34 000 + 14 250.25 = 48 250.25; March 52 000 − 52 000 = 0 (no work billed).
    const r = compute(table(HEADERS, TWO_SITES));
    expect(r.totals.caop.toFixed(2)).toBe("75750.75");
    expect(months(r)).toEqual([
      ["2025-01", "27500.50"],
      ["2025-02", "48250.25"],
      ["2025-03", "0.00"],
    ]);
    const note = r.diagnostics.find((d) => d.code === "cumulative_situations");
    expect([note?.column, note?.value, note?.args?.sites, note?.severity]).toEqual([
      "Cumul facturé HT",
      "Situation n°",
      2,
      "info",
    ]);
  });

  it("reads one site without a site column, and a total row under the list as no situation", () => {
    const rows: CellValue[][] = [
      ["31/01/2025", "Situation 1", 1, 1000],
      ["28/02/2025", "Situation 2", 2, 2500],
      ["", "Total", "", 2500],
    ];
    const r = compute(table(["Date", "Libellé", "N° situation", "Cumul travaux HT"], rows));
    expect(r.totals.caop.toFixed(2)).toBe("2500.00");
  });

  it("refuses a site whose first situation in the file is not n°1, naming it and what to export", () => {
    const e = refusal([["31/03/2025", "Les Chênes", 3, 87500], ...TWO_SITES.slice(1, 2)]);
    expect(e.code).toBe("amount_cumulative_situations");
    expect(e.fr).toContain(
      "la première situation du chantier « Les Chênes » dans le fichier n'est pas la n°1 (ligne 2",
    );
    expect(e.fr).toContain("exportez le montant de chaque situation");
    expect(e.en).toContain("export each situation's own amount");
  });

  it("refuses a running total that decreases, and a number skipped", () => {
    expect(refusal([...TWO_SITES, ["30/04/2025", "Les Chênes", 4, 50000]]).fr).toContain(
      "le cumul du chantier « Les Chênes » diminue (ligne 7",
    );
    expect(refusal([...TWO_SITES, ["30/04/2025", "Giverny", 4, 50000]]).fr).toContain(
      "les situations du chantier « Giverny » ne se suivent pas",
    );
  });

  it("is not read without a situation number, nor beside an amount of its own (each situation's amount is read)", () => {
    const noNumber = refusal(
      TWO_SITES.map((r) => [r[0], r[1], r[3]]),
      ["Date situation", "Chantier", "Cumul facturé HT"],
    );
    expect(noNumber.code).not.toBe("amount_cumulative_situations");
    const rows = TWO_SITES.map((r) => [...r, 100]);
    const r = compute(table([...HEADERS, "Montant situation HT"], rows));
    expect(r.totals.caop.toFixed(2)).toBe("500.00");
    expect(r.diagnostics.map((d) => d.code)).not.toContain("cumulative_situations");
  });
});
