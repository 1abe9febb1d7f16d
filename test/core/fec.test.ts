import { join } from "node:path";
import { compute } from "../../src/core/engine";
import { readTableFile } from "../../src/workbook/readers";

describe("compute on a FEC (debit/credit, class 7 only)", () => {
  it("counts only class-7 lines and tax credits; 411, 445, 512, 6xx are ignored in one summary diagnostic", async () => {
    const table = await readTableFile(join(__dirname, "..", "fixtures", "fec", "123456789FEC20251231.txt"));
    const r = compute(table);
    // 706 1 200 + 707 5 000 + 706 3 000 − 709 500 = 8 700
    expect(r.totals.gross_sales.toFixed(2)).toBe("9200.00");
    expect(r.totals.deductions.discount.toFixed(2)).toBe("500.00");
    expect(r.totals.caop.toFixed(2)).toBe("8700.00");
    expect(r.totals.excluded.financial).toMatchObject({ count: 1 });
    expect(r.totals.excluded.financial.amount.toFixed(2)).toBe("35.50");
    expect(r.totals.excluded.tax_credit.amount.toFixed(2)).toBe("8000.00");
    expect(r.totals.excluded.asset_disposal.amount.toFixed(2)).toBe("2500.00");
    const ignored = r.diagnostics.filter((d) => d.code === "not_revenue");
    expect(ignored).toHaveLength(1);
    expect(ignored[0].value).toBe("15"); // 411 ×5, 445 ×4, 512 ×3, 606, 444, 462
    expect(r.months.map((m) => [m.period, m.totals.caop.toFixed(2)])).toEqual([
      ["2025-01", "5700.00"],
      ["2025-02", "3000.00"],
    ]);
  });
});
