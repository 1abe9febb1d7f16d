/**
 * The core issue's French sales ledger (15 months, segments, salespeople, 709 deductions, every
 * excluded reason, one unreadable amount) through the functions, against the CLI's JSON
 * (compute + toJson): the same unreadable row, the same total, the same months.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { compute } from "../../src/core/engine";
import { toJson, type CaopJson } from "../../src/core/report";
import type { RawTable } from "../../src/core/types";
import { resetFunctionContext, setFunctionContext } from "../../src/functions/context";
import { readCsv } from "../../src/workbook/readers/csv";
import { cellOf, loadExcel, valueOf, type FakeExcel } from "./excel";
import { serial } from "./sheets";

const file = join(__dirname, "..", "fixtures", "ledger-fr.csv");
const table: RawTable = readCsv(readFileSync(file), { source: "ledger-fr.csv" });
const json: CaopJson = toJson(compute(table));

/** The ledger as a French Excel shows it once opened: dates as serials, amounts as numbers (text when unreadable). */
function asExcelRange(): unknown[][] {
  const date = (s: string): unknown => {
    const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(s);
    return m ? serial(Number(m[3]), Number(m[2]), Number(m[1])) : s;
  };
  const amount = (s: string): unknown => {
    let t = s.replace(/\s/g, "");
    let sign = 1;
    if (/^\(.*\)$/.test(t)) {
      sign = -1;
      t = t.slice(1, -1);
    }
    if (t.endsWith("-")) {
      sign = -1;
      t = t.slice(0, -1);
    }
    if (t.startsWith("-")) {
      sign = -sign;
      t = t.slice(1);
    }
    return /^\d+(,\d{1,2})?$/.test(t) ? sign * Number(t.replace(",", ".")) : s;
  };
  const h = table.headers;
  const di = h.indexOf("Date pièce");
  const ai = h.indexOf("Montant HT");
  return [
    h,
    ...table.rows.map((r) =>
      r.map((c, j) => (j === di ? date(String(c)) : j === ai ? amount(String(c)) : c)),
    ),
  ];
}

/** The range with the unreadable line emptied (what a user does after the #VALUE!), rows kept in place. */
function fixed(range: unknown[][], badRow: number): unknown[][] {
  return range.map((r, i) => (i === badRow - 1 ? r.map(() => "") : r));
}

const bad = json.diagnostics.find((d) => d.code === "amount_unreadable");
let excel: FakeExcel;
beforeAll(async () => {
  excel = await loadExcel();
});
beforeEach(() => {
  resetFunctionContext();
  setFunctionContext({ settings: () => null, formattedNumbers: false });
});

describe("the ledger fixture as the CLI reads it", () => {
  it("has one unreadable amount in the CLI's diagnostics", () => {
    expect(bad).toBeDefined();
  });

  it.each([
    [
      "as text cells, straight from the CSV",
      (): unknown[][] => [table.headers, ...table.rows.map((r) => [...r])],
    ],
    ["as Excel shows it (serials and numbers)", asExcelRange],
  ])("%s: #VALUE! on the same row, column and value as the CLI", async (_k, range) => {
    const o = await excel.call("CAOP", [range()], { addresses: ["Ventes!A1:H684"] });
    expect(o).toEqual({
      error: "#VALUE!",
      message: `ligne ${bad?.row} : montant illisible « ${bad?.value} » (colonne « ${bad?.column} »)`,
    });
  });

  it.each([
    ["as text cells", (): unknown[][] => [table.headers, ...table.rows.map((r) => [...r])]],
    ["as Excel shows it", asExcelRange],
  ])("%s, once the bad line is emptied: the CLI's CA OP, and each month's", async (_k, range) => {
    const r = fixed(range(), bad?.row ?? 0);
    expect(cellOf(await excel.call("CAOP", [r]))).toBe(Number(json.caop));
    for (const m of json.months) {
      expect([m.period, cellOf(await excel.call("CAOP", [fixed(range(), bad?.row ?? 0), m.period]))]).toEqual(
        [m.period, Number(m.caop)],
      );
    }
  });

  it("CAOP.BY per segment adds up to the CLI's CA OP, to the cent", async () => {
    const rows = valueOf(await excel.call("CAOP.BY", [fixed(asExcelRange(), bad?.row ?? 0), "segment"])) as [
      string,
      number,
    ][];
    const cents = rows.reduce((t, [, v]) => t + Math.round(v * 100), 0);
    expect(cents).toBe(Math.round(Number(json.caop) * 100));
    expect(rows.map((r) => r[1])).toEqual([...rows.map((r) => r[1])].sort((a, b) => b - a));
  });

  it("CAOP.VAR MOM of the last month equals the CLI's months", async () => {
    const [prev, last] = json.months.slice(-2);
    const v = cellOf(
      await excel.call("CAOP.VAR", [fixed(asExcelRange(), bad?.row ?? 0), last.period, "MOM"]),
    );
    expect(v).toBeCloseTo((Number(last.caop) - Number(prev.caop)) / Math.abs(Number(prev.caop)), 12);
  });
});
