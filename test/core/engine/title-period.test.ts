/** A report's period in its title rows (evidence/title-period.ts) proves the order of dates that cannot tell it. */
import { compute } from "../../../src/core/engine";
import { periodOf } from "../../../src/core/engine/evidence/title-period";
import type { CellValue, RawTable } from "../../../src/core/types";

const table = (titles: string[], rows: CellValue[][]): RawTable => ({
  headers: ["Date", "Num", "Amount"],
  rows,
  firstRow: 6,
  source: "t",
  titles,
});

describe("a report's period in its title", () => {
  it("reads periods written with months in words, English and French", () => {
    const span = (t: string) => {
      const p = periodOf(t);
      return p === null ? null : [p.from, p.to];
    };
    expect(span("January 1-12, 2025")).toEqual([20250101, 20250112]);
    expect(span("January - March, 2025")).toEqual([20250101, 20250331]);
    expect(span("January 1 - March 15, 2025")).toEqual([20250101, 20250315]);
    expect(span("December 2024 - February 2025")).toEqual([20241201, 20250228]);
    expect(span("Du 15 janvier au 12 février 2025")).toEqual([20250115, 20250212]);
    expect(span("Du 1er au 12 janvier 2025")).toEqual([20250101, 20250112]);
    // No period: a company's name, a report's name, a month without its year.
    expect(span("Craig's Design and Landscaping Services")).toBeNull();
    expect(span("Sales by Customer Detail")).toBeNull();
    expect(span("January 1-12")).toBeNull();
  });

  it("reads dates that cannot tell dd/mm from mm/dd in the order the period holds them, said", () => {
    const rows: CellValue[][] = [
      ["01/03/2025", "1001", "300.00"],
      ["01/10/2025", "1002", "150.00"],
    ];
    // mm/dd: 3 and 10 January, inside January 1-12 (dd/mm would be 1 March and 1 October).
    const r = compute(table(["Sales by Customer Detail", "January 1-12, 2025"], rows), { locale: "fr" });
    expect(r.months.map((m) => [m.period, m.totals.caop.toFixed(2)])).toEqual([["2025-01", "450.00"]]);
    const said = r.diagnostics.filter((d) => d.code.startsWith("date_order"));
    expect(said.map((d) => [d.code, d.column, d.value])).toEqual([
      ["date_order_title", "Date", "January 1-12, 2025"],
    ]);
    // The same dates over "January - December, 2025" fit both orders: nothing proven, the locale decides, said.
    const both = compute(table(["January - December, 2025"], rows), { locale: "fr" });
    expect(both.diagnostics.map((d) => d.code)).toContain("date_order_locale");
    expect(both.months.map((m) => m.period)).toEqual(["2025-03", "2025-10"]);
  });
});
