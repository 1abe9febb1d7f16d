import fc from "fast-check";
import { compute } from "../../src/core/engine";
import type { RawTable } from "../../src/core/types";
import {
  dataRefs,
  findProductBlock,
  lineStatus,
  locateTable,
  taggedContribution,
  taggedNumber,
  taggingSheet,
} from "../../src/dashboard/tagging";
import { checkPlan, PlanRefused } from "../../src/workbook/guard";

const table = (over: Partial<RawTable> = {}): RawTable => ({
  headers: ["Date", "Compte", "Libellé", "Montant"],
  rows: [
    ["15/01/2025", "706000", "Prestation", "1 000,00"],
    ["16/01/2025", "709000", "Remise fidélité", "100,00"],
    ["17/01/2025", "775000", "Cession terrain", "5 000,00"],
    ["18/01/2025", "411000", "Client", "1 200,00"],
    ["19/01/2025", "706000", "Prestation", "abc"],
    ["20/01/2025", "708800", "Divers", "10,00"],
  ],
  firstRow: 2,
  source: "Ventes!A1:D7",
  ...over,
});

describe("tagging", () => {
  it("taggedNumber and the cached statuses are exactly the Decimal path's values, line by line", () => {
    const amount = fc.oneof(
      fc.integer({ min: -1e9, max: 1e9 }).map((c) => (c / 100).toFixed(2).replace(".", ",")),
      fc.constantFrom(
        "0,00",
        "-0,00",
        "12,345",
        "0,1234",
        "9 007 199 254 740 993,00",
        "1e400",
        "abc",
        "",
        "-5",
      ),
      fc.double({ noNaN: true }).map(String),
    );
    const row = fc.tuple(
      fc.constantFrom("15/01/2025", "03/06/2024", "", "x"),
      fc.constantFrom("706000", "709000", "775000", "411000", "708800", "701000", ""),
      fc.constantFrom("Prestation", "Remise", "Cession"),
      amount,
    );
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 40 }), fc.boolean(), (rows, strict) => {
        const result = compute(table({ rows, source: "Ventes!A1:D41" }), { strict });
        const { layout } = locateTable(result.table, "Ventes");
        const cells = taggingSheet(result, layout).blocks[1].cells;
        for (let i = 0; i < result.lines.count; i++) {
          const want = taggedContribution(result, i)?.toNumber() ?? null;
          expect(Object.is(taggedNumber(result, i), want)).toBe(true);
          const r = result.lines.rowNumber[i] - layout.firstRow;
          expect(cells[r][0]).toBe(lineStatus(result, i) || null);
          expect(Object.is(cells[r][2], want)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("finds the product's block only as four contiguous headers", () => {
    expect(findProductBlock(["Date", "OP", "Motif", "Contribution CA OP", "Mois CA OP"])).toBe(1);
    expect(findProductBlock(["OP", "Montant"])).toBe(-1);
  });

  it("places the columns after the table, or on their previous block, from the table's origin", () => {
    expect(locateTable(table(), "Ventes").layout).toMatchObject({
      op: 5,
      month: 8,
      firstRow: 2,
      lastRow: 7,
      headerRow: 1,
    });
    const shifted = locateTable(table({ source: "Ventes!C3:F9", firstRow: 4 }), "Ventes").layout;
    expect(shifted).toMatchObject({ op: 7, headerRow: 3, columns: [3, 4, 5, 6] });
    const t = table();
    const tagged: RawTable = {
      ...t,
      headers: [...t.headers, "OP", "Motif", "Contribution CA OP", "Mois CA OP"],
      rows: t.rows.map((r) => [...r, "OP", "x", 1, 202501]),
    };
    const again = locateTable(tagged, "Ventes");
    expect(again.table.headers).toEqual(t.headers);
    expect(again.layout.op).toBe(5);
  });

  it("writes status, reason, counted contribution and month key for every line", () => {
    const { table: t, layout } = locateTable(table(), "Ventes");
    const r = compute(t);
    const plan = taggingSheet(r, layout);
    const body = plan.blocks[1].cells;
    expect(body.map((row) => row[0])).toEqual([
      "OP",
      "OP – Remise",
      "Exclu : Cession d'actif",
      "Hors CA",
      "Ignorée",
      expect.any(String),
    ]);
    expect(body.map((row) => row[2])).toEqual([1000, -100, 0, null, null, expect.any(Number)]);
    expect(body[0][3]).toBe(202501);
    expect(body[4][1]).toMatch(/montant illisible/);
    expect(plan.ownedColumns).toEqual([5, 6, 7, 8]);
    expect(dataRefs(layout).contribution).toBe("'Ventes'!$G$2:$G$7");
  });

  it("a host refuses a plan that writes outside the product's columns or over a user's sheet", () => {
    const { table: t, layout } = locateTable(table(), "Ventes");
    const plan = taggingSheet(compute(t), layout);
    plan.blocks.push({ row: 2, col: 1, cells: [["écrasé"]] });
    expect(() => checkPlan({ sheets: [plan], messages: [] }, [{ name: "Ventes" }])).toThrow(PlanRefused);
    const product = {
      ...taggingSheet(compute(t), layout),
      role: "product" as const,
      key: "dashboard",
      name: "Notes",
    };
    expect(() => checkPlan({ sheets: [product], messages: [] }, [{ name: "notes" }])).toThrow(
      /n'a pas été créée par CA OP/,
    );
  });
});
