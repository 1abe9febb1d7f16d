/**
 * Reading a sheet through the Office host under Excel on the web's 5 MB response limit (issue 10
 * item 9): chunks are sized from measured bytes, not a cell count, and a chunk Excel refuses
 * (ResponsePayloadSizeLimitExceeded) is halved and read again. The mock Excel fails any sync whose
 * response passes 5,000,000 bytes, as Excel on the web does.
 */
import { OfficeHost } from "../../src/workbook/office";
import { MockExcel, PAYLOAD_LIMIT } from "./mockExcel";

/** A sales sheet whose labels are `len(i)` characters long. */
function sheet(rows: number, len: (i: number) => number): (string | number)[][] {
  const out: (string | number)[][] = [["Date", "Libellé", "Montant HT"]];
  for (let i = 0; i < rows; i++) out.push([45672 + (i % 28), `Vente ${i} ` + "é".repeat(len(i)), 10]);
  return out;
}

function host(excel: MockExcel): OfficeHost {
  return new OfficeHost({ run: excel.run, isSetSupported: excel.isSetSupported });
}

describe("OfficeHost.readTable under the 5 MB response limit", () => {
  it("reads 3,000 lines of 1,500-character labels (≈ 9 MB) in chunks under the limit", async () => {
    const excel = new MockExcel();
    excel.addSheet(
      "Ventes",
      sheet(3000, () => 1500),
    );
    const table = await host(excel).readTable({ sheet: "Ventes" });
    expect(table.rows).toHaveLength(3000);
    expect(String(table.rows[2999][1])).toHaveLength("Vente 2999 ".length + 1500);
    expect(excel.largestResponse).toBeLessThanOrEqual(PAYLOAD_LIMIT);
    expect(excel.rejected).toEqual([]);
  });

  it("halves and retries a chunk Excel refuses when labels grow longer further down", async () => {
    const excel = new MockExcel();
    // Short labels first (the first chunk promises many rows per request), then very long ones.
    excel.addSheet(
      "Ventes",
      sheet(6000, (i) => (i < 300 ? 5 : 3000)),
    );
    const table = await host(excel).readTable({ sheet: "Ventes" });
    expect(table.rows).toHaveLength(6000);
    expect(table.rows.map((r) => r[2])).toEqual(new Array(6000).fill(10));
    expect(excel.rejected).toContain("ResponsePayloadSizeLimitExceeded");
    expect(excel.largestResponse).toBeLessThanOrEqual(PAYLOAD_LIMIT);
  });

  it("a failure other than the payload limit is not retried", async () => {
    const excel = new MockExcel();
    excel.addSheet(
      "Ventes",
      sheet(10, () => 5),
    );
    let calls = 0;
    const failing = new OfficeHost({
      isSetSupported: excel.isSetSupported,
      run: (fn) =>
        excel.run(async (ctx) => {
          const sync = ctx.sync.bind(ctx);
          ctx.sync = async () => {
            if (++calls === 2) throw Object.assign(new Error("busy"), { code: "ActivityLimitReached" });
            return sync();
          };
          return fn(ctx);
        }),
    });
    await expect(failing.readTable({ sheet: "Ventes" })).rejects.toThrow("busy");
  });
});
