import { writeTagging } from "../../src/app/tagging";
import { compute } from "../../src/core/engine";
import { locateTable, taggingSheet } from "../../src/dashboard/tagging";
import { SAMPLE_HEADERS, SAMPLE_SHEET, sampleRows } from "../../src/taskpane/playground/sample";
import { MemoryWorkbook } from "../../src/workbook/memory";

/** The playground's sample as a memory workbook. */
function sampleBook(): MemoryWorkbook {
  return MemoryWorkbook.fromRows(SAMPLE_SHEET, SAMPLE_HEADERS, sampleRows());
}

/** Values of a sheet's columns [from, to] (1-based), row by row. */
function columns(wb: MemoryWorkbook, sheet: string, from: number, to: number): unknown[][] {
  const s = wb.sheet(sheet);
  if (!s) throw new Error(sheet);
  return s.grid.map((row) =>
    Array.from({ length: to - from + 1 }, (_x, i) => row?.[from - 1 + i]?.value ?? null),
  );
}

describe("writeTagging", () => {
  it("writes in slices exactly what one tagging plan writes", async () => {
    const a = sampleBook();
    const b = sampleBook();
    const { table, layout } = locateTable(await a.readTable({ sheet: "Ventes" }), "Ventes");
    const result = compute(table);
    await writeTagging(a, result, layout, { sliceRows: 37 });
    await b.applyPlan({ sheets: [taggingSheet(result, layout)], messages: [] });
    expect(columns(a, "Ventes", 10, 13)).toEqual(columns(b, "Ventes", 10, 13));
    expect(columns(a, "Ventes", 10, 13)[0]).toEqual(["OP", "Motif", "Contribution CA OP", "Mois CA OP"]);
  });

  it("reports progress slice by slice and stops between slices when cancelled", async () => {
    const wb = sampleBook();
    const { table, layout } = locateTable(await wb.readTable({ sheet: "Ventes" }), "Ventes");
    const result = compute(table);
    const controller = new AbortController();
    const seen: number[] = [];
    const run = writeTagging(wb, result, layout, {
      sliceRows: 100,
      signal: controller.signal,
      onProgress: (p) => {
        seen.push(p.done);
        if (p.done >= 200) controller.abort();
      },
    });
    await expect(run).rejects.toMatchObject({ name: "AbortError" });
    expect(seen).toEqual([100, 200]);
  });

  it("clears stale tags below the data when the table got shorter", async () => {
    const wb = sampleBook();
    const first = locateTable(await wb.readTable({ sheet: "Ventes" }), "Ventes");
    await writeTagging(wb, compute(first.table), first.layout, { sliceRows: 50 });
    const sheet = wb.sheet("Ventes");
    if (!sheet) throw new Error("no sheet");
    sheet.grid.length = 101; // the user deleted the last lines (and their tags with them, except ours)
    sheet.grid.push([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      { value: "OP" },
    ]);
    const again = locateTable(await wb.readTable({ sheet: "Ventes", address: "A1:I101" }), "Ventes");
    await writeTagging(wb, compute(again.table), again.layout, { sliceRows: 50 });
    expect(sheet.grid[101]?.[9]).toBeUndefined();
  });
});

describe("locateTable on a filtered read of a full sheet", () => {
  it("takes the first and last row numbers of a million rows without spreading them (call stack)", () => {
    const n = 1_000_000;
    const rowNumbers = Array.from({ length: n }, (_x, i) => 2 + 2 * i);
    const table = {
      headers: ["Date", "Montant"],
      rows: [],
      firstRow: 2,
      rowNumbers,
      source: "Ventes!A1:B2000001",
    };
    const located = locateTable(table, "Ventes");
    expect([located.layout.firstRow, located.layout.lastRow]).toEqual([2, 2 * n]);
  });
});
