/**
 * Every argument shape Excel passes: cells of every type inside the range (numbers, texts,
 * booleans, date serials, empties as "" / null, error values, data types), periods, fields,
 * optional arguments left out, and the workbook's settings.
 */
import { defaultSettings, type CaopSettings } from "../../src/core/settings";
import { resetFunctionContext, setFunctionContext } from "../../src/functions/context";
import { cellOf, loadExcel, StubError, valueOf, type FakeExcel, type Outcome } from "./excel";
import { copy, FURNITURE, segmentsTable, serial } from "./sheets";

let excel: FakeExcel;
beforeAll(async () => {
  excel = await loadExcel();
});
beforeEach(() => {
  resetFunctionContext();
  setFunctionContext({ settings: () => null, formattedNumbers: false });
});

const caop = async (...args: unknown[]): Promise<unknown> => cellOf(await excel.call("CAOP", args));
const errorOf = (o: Outcome): { error: string; message?: string } => {
  if (!("error" in o)) throw new Error(`expected an error, got ${JSON.stringify(o.value)}`);
  return o;
};

describe("cells inside the range", () => {
  it("reads amounts given as numbers or as French texts, and dates as serials or texts", async () => {
    const sheet = [
      ["Date", "Compte", "Libellé", "Montant HT"],
      [serial(2025, 1, 15), 701000, "Ventes", "4 000 000,00 €"],
      ["20/01/2025", "709000", "Remises", "150\u00a0000,00"],
      ["2025-01-25", 775000, "Cession terrain", 900000],
    ];
    expect(await caop(sheet)).toBe(3850000);
  });

  it('skips empty rows given as "" or null, and a table with only its headers is 0', async () => {
    const sheet = copy(FURNITURE);
    sheet.push(["", "", "", ""], [null, null, null, null]);
    expect(await caop(sheet)).toBe(3850000);
    expect(await caop([["Date", "Montant"]])).toBe(0);
  });

  it("where a host passes empty cells as 0: empty rows stay blank, an empty header is no header", async () => {
    const sheet = copy(FURNITURE);
    sheet[0].push(0);
    for (const r of sheet.slice(1)) r.push(0);
    sheet.push([0, 0, 0, 0, 0], [0, "", null, 0, 0]);
    expect(await caop(sheet)).toBe(3850000);
  });

  it("takes an OP flag column of booleans (VRAI/FAUX) and 1/0", async () => {
    const sheet = [
      ["Date", "Libellé", "OP", "Montant"],
      [serial(2025, 1, 2), "Vente A", true, 100],
      [serial(2025, 1, 3), "Vente B", false, 1000],
      [serial(2025, 1, 4), "Vente C", 1, 10],
      [serial(2025, 1, 5), "Vente D", 0, 10000],
    ];
    expect(await caop(sheet)).toBe(110);
  });

  it("takes data types: a formatted number is its number", async () => {
    const sheet = copy(FURNITURE);
    sheet[1][3] = { type: "Double", basicValue: 4000000, numberFormat: "# ##0 €" };
    expect(await caop(sheet)).toBe(3850000);
  });

  it("is exact to the cent where floats are not (0.1 + 0.2 …)", async () => {
    const sheet: unknown[][] = [["Date", "Montant"]];
    for (let i = 0; i < 1000; i++) sheet.push([serial(2025, 1, 1 + (i % 28)), 0.1]);
    sheet.push([serial(2025, 1, 2), 0.2]);
    expect(await caop(sheet)).toBe(100.2);
  });

  it.each([
    ["CustomFunctions.Error", new StubError("#N/A")],
    ["an error data type", { type: "Error", basicValue: "#N/A", errorType: "NotAvailable" }],
    ["an error object", { error: "#N/A" }],
  ])("an error value in an amount cell (%s) is #VALUE! naming its row and the error", async (_k, err) => {
    const sheet = copy(FURNITURE);
    sheet[2][3] = err;
    const e = errorOf(await excel.call("CAOP", [sheet]));
    expect(e.error).toBe("#VALUE!");
    expect(e.message).toBe("ligne 3 : la cellule montant contient l'erreur #N/A (colonne « Montant HT »)");
  });

  it("an error value in a label cell does not stop the computation", async () => {
    const sheet = copy(FURNITURE);
    sheet[1][2] = new StubError("#N/A");
    expect(await caop(sheet)).toBe(3850000);
  });
});

describe("periods", () => {
  const sheet = (): unknown[][] => segmentsTable();
  // January: 100000.25 + 50000.25 + 30000.25; February also has a 10.10 discount.
  it.each([
    ["2025-01", 180000.75],
    ["janv. 2025", 180000.75],
    ["01/2025", 180000.75],
    [serial(2025, 1, 31), 180000.75],
    [202501, 180000.75],
    ["2025-Q1", 180000.75 + 183000.75 - 10.1 + 156000.75],
    ["T1 2025", 180000.75 + 183000.75 - 10.1 + 156000.75],
    ["2025", 180000.75 + 183000.75 - 10.1 + 156000.75 + 142000.75 + 147000.75],
    [2025, 180000.75 + 183000.75 - 10.1 + 156000.75 + 142000.75 + 147000.75],
  ])("%p", async (period, expected) => {
    expect(await caop(sheet(), period)).toBeCloseTo(expected, 6);
  });

  it('left out, empty ("", null) or 0 means all months', async () => {
    const all = await caop(sheet());
    expect(await caop(sheet(), "")).toBe(all);
    expect(await caop(sheet(), null)).toBe(all);
    expect(await caop(sheet(), 0)).toBe(all);
  });

  it("a year follows the workbook's fiscal-year start", async () => {
    const settings: CaopSettings = { ...defaultSettings(), fiscalYearStartMonth: 3 };
    setFunctionContext({ settings: () => settings });
    // Fiscal 2024 = March 2024 – February 2025: January and February 2025.
    expect(await caop(sheet(), 2024)).toBeCloseTo(180000.75 + 183000.75 - 10.1, 6);
  });

  it("an error value as period is returned as that error", async () => {
    const e = errorOf(await excel.call("CAOP", [sheet(), new StubError("#N/A")]));
    expect(e.error).toBe("#N/A");
    expect(e.message).toBe("l'argument période contient l'erreur #N/A");
  });
});

describe("fields and values", () => {
  it("by header text, by field id, by French or English field label; values ignore case", async () => {
    const mobilier = 100000.25 + 100000.25 + 80000.25 + 60000.25 + 60000.25;
    expect(await caop(segmentsTable(), null, "Segment", "Mobilier")).toBeCloseTo(mobilier, 6);
    expect(await caop(segmentsTable(), null, "segment", "mobilier")).toBeCloseTo(mobilier, 6);
    expect(await caop(segmentsTable(), "2025-02", "salesperson", "Alice")).toBeCloseTo(
      100000.25 + 33000.25 - 10.1,
      6,
    );
    expect(await caop(segmentsTable(), "2025-02", "Commercial", "Alice")).toBeCloseTo(
      100000.25 + 33000.25 - 10.1,
      6,
    );
    expect(await caop(segmentsTable(), "2025-02", "Salesperson", "Alice")).toBeCloseTo(
      100000.25 + 33000.25 - 10.1,
      6,
    );
    expect(await caop(segmentsTable(), null, "Segment", "Absent")).toBe(0);
  });

  it("a numeric value matches a numeric cell", async () => {
    const sheet = [
      ["Date", "Entité", "Montant"],
      [serial(2025, 1, 1), 12, 5],
      [serial(2025, 1, 1), 13, 7],
    ];
    expect(await caop(sheet, null, "Entité", 12)).toBe(5);
  });
});

describe("the spilled and text functions", () => {
  it("CAOP.BY spills value and CA OP rows, CA OP descending", async () => {
    const v = valueOf(await excel.call("CAOP.BY", [segmentsTable(), "Segment", "2025-03"])) as unknown[][];
    expect(v).toEqual([
      ["Mobilier", 80000.25],
      ["Textile", 40000.25],
      ["Services", 36000.25],
    ]);
  });

  it("CAOP.BY names blank values", async () => {
    const sheet = segmentsTable();
    sheet[1][3] = "";
    const v = valueOf(await excel.call("CAOP.BY", [sheet, "Segment", "2025-01"])) as unknown[][];
    expect(v.map((r) => r[0])).toContain("(non renseigné)");
  });

  it('CAOP.TOP gives "A, B, D" with ties by name, n and period optional', async () => {
    const sheet = [
      ["Date", "Segment", "Montant"],
      [serial(2025, 1, 1), "D", 50],
      [serial(2025, 1, 1), "B", 100],
      [serial(2025, 1, 1), "A", 100],
      [serial(2025, 1, 1), "C", 10],
      [serial(2025, 2, 1), "C", 1000],
    ];
    expect(cellOf(await excel.call("CAOP.TOP", [sheet, "Segment", null, "2025-01"]))).toBe("A, B, D");
    expect(cellOf(await excel.call("CAOP.TOP", [sheet, "Segment", 2, "2025-01"]))).toBe("A, B");
    expect(cellOf(await excel.call("CAOP.TOP", [sheet, "Segment"]))).toBe("C, A, B");
    expect(cellOf(await excel.call("CAOP.TOP", [sheet, "Segment", "1"]))).toBe("C");
  });

  it("CAOP.VAR: MOM and YOY, the article's −5,6 %, and n/d without reference", async () => {
    const sheet = [
      ["Date", "Montant"],
      [serial(2024, 2, 1), 800000],
      [serial(2025, 1, 1), 900000],
      [serial(2025, 2, 1), 850000],
    ];
    const v = async (...a: unknown[]): Promise<unknown> =>
      cellOf(await excel.call("CAOP.VAR", [sheet, ...a]));
    expect(await v("2025-02", "MOM")).toBeCloseTo(-50000 / 900000, 12);
    expect(await v("2025-02", "YOY")).toBeCloseTo(50000 / 800000, 12);
    expect(await v("2025-02")).toBeCloseTo(-50000 / 900000, 12);
    expect(await v("2025-02", "m-1")).toBeCloseTo(-50000 / 900000, 12);
    expect(await v("2025-01", "MOM")).toBe("n/d");
    expect(await v(null, "YOY")).toBeCloseTo(50000 / 800000, 12);
    setFunctionContext({ lang: "en" });
    expect(await v("2025-01", "YOY")).toBe("n/a");
  });

  it("CAOP.VAR on a quarter compares with the quarter before", async () => {
    const sheet = [
      ["Date", "Montant"],
      [serial(2024, 11, 1), 100],
      [serial(2025, 1, 1), 60],
      [serial(2025, 3, 1), 90],
    ];
    expect(cellOf(await excel.call("CAOP.VAR", [sheet, "2025-Q1", "MOM"]))).toBeCloseTo(0.5, 12);
  });

  it("CAOP.VAR returns a formatted percentage where Excel takes data types", async () => {
    setFunctionContext({ formattedNumbers: true });
    const sheet = [
      ["Date", "Montant"],
      [serial(2025, 1, 1), 900000],
      [serial(2025, 2, 1), 850000],
    ];
    const v = cellOf(await excel.call("CAOP.VAR", [sheet, "2025-02"])) as {
      type: string;
      basicValue: number;
      numberFormat: string;
    };
    expect(v.type).toBe("Double");
    expect(v.basicValue).toBeCloseTo(-0.0556, 4);
    expect(v.numberFormat).toContain("%");
  });

  it("CAOP.ALERTS lists the segment down more than 15 % two months running, not the one down once", async () => {
    const rows = valueOf(await excel.call("CAOP.ALERTS", [segmentsTable(), "segment"])) as string[][];
    expect(rows).toEqual([["Mobilier", "2025-04", "2 mois de baisse > 15 % (\u221220,0 %, \u221225,0 %)"]]);
    const stricter = valueOf(
      await excel.call("CAOP.ALERTS", [segmentsTable(), "segment", "10 %", 1]),
    ) as string[][];
    expect(stricter.map((r) => r[0] + " " + r[1])).toEqual([
      "Mobilier 2025-03",
      "Textile 2025-03",
      "Mobilier 2025-04",
    ]);
    expect(valueOf(await excel.call("CAOP.ALERTS", [segmentsTable(), "segment", 0.5]))).toEqual([
      ["Aucune alerte"],
    ]);
    expect(valueOf(await excel.call("CAOP.ALERTS", [segmentsTable(), "segment", -30]))).toEqual([
      ["Aucune alerte"],
    ]);
  });
});

describe("CAOP.NET", () => {
  it("sums ranges exactly, counts deductions by magnitude, reads amount texts", async () => {
    const net = async (...a: unknown[]): Promise<unknown> => cellOf(await excel.call("CAOP.NET", a));
    expect(await net([[0.1], [0.2], ["1 000,05 €"]], [[-0.3]])).toBe(1000.05);
    expect(
      await net(
        [
          [100, ""],
          [null, 50],
        ],
        10,
        5,
        [[1, 2]],
      ),
    ).toBe(132);
    expect(await net(4000000, -150000)).toBe(3850000);
    expect(await net([[1.005], [2.0049]])).toBe(3.0099);
  });
});

describe("settings stored in the workbook", () => {
  const sheet = (): unknown[][] => [
    ["Jour", "Total ligne", "CA HT"],
    [serial(2025, 1, 1), 999, 100],
    [serial(2025, 1, 2), 999, 50],
  ];

  it("the confirmed mapping is used when the range's headers match it", async () => {
    const settings: CaopSettings = { ...defaultSettings(), mapping: { date: "Jour", amount: "Total ligne" } };
    setFunctionContext({ settings: () => settings });
    expect(await caop(sheet())).toBe(1998);
  });

  it("and ignored (auto-detection) on a range whose headers do not match", async () => {
    const settings: CaopSettings = {
      ...defaultSettings(),
      mapping: { date: "Date pièce", amount: "Total ligne" },
    };
    setFunctionContext({ settings: () => settings });
    const other = [
      ["Date", "Montant HT"],
      [serial(2025, 1, 1), 7],
    ];
    expect(await caop(other)).toBe(7);
  });

  it("strict mode excludes lines to review, in CAOP and CAOP.ISOP alike", async () => {
    const s = [
      ["Date", "Libellé", "Montant"],
      [serial(2025, 1, 1), "Vente", 100],
      [serial(2025, 1, 1), "Divers", 5],
    ];
    const lax = await caop(copy(s));
    const laxIsOp = cellOf(await excel.call("CAOP.ISOP", ["", "Divers"]));
    setFunctionContext({ settings: () => ({ ...defaultSettings(), strict: true }) });
    expect(await caop(copy(s))).toBeLessThan(lax as number);
    expect(laxIsOp).toBe(true);
    expect(cellOf(await excel.call("CAOP.ISOP", ["", "Divers"]))).toBe(false);
  });

  it("reads settings saved by the task pane in Office's document settings", async () => {
    resetFunctionContext();
    setFunctionContext({ formattedNumbers: false });
    const saved = JSON.stringify({ ...defaultSettings(), mapping: { date: "Jour", amount: "Total ligne" } });
    const g = globalThis as unknown as { Office?: unknown };
    g.Office = {
      context: {
        displayLanguage: "fr-FR",
        document: { settings: { get: (k: string) => (k === "caop.settings" ? saved : null) } },
      },
    };
    try {
      expect(await caop(sheet())).toBe(1998);
    } finally {
      delete g.Office;
    }
  });

  it("a workbook in the 1904 date system reads serials from 1904", async () => {
    const s = [
      ["Date", "Montant"],
      [serial(2025, 1, 15) - 1462, 10],
    ];
    setFunctionContext({ date1904: true });
    expect(await caop(s, "2025-01")).toBe(10);
  });
});

describe("row numbers follow the sheet when Excel gives the range's address", () => {
  it("a range starting on row 5 names sheet rows", async () => {
    const sheet = copy(FURNITURE);
    sheet[2][3] = "abc";
    const e = errorOf(await excel.call("CAOP", [sheet], { addresses: ["'Ventes 2025'!$B$5:$E$8"] }));
    expect(e.message).toBe("ligne 7 : montant illisible « abc » (colonne « Montant HT »)");
  });
});
