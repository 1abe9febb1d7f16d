import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { computeChunks } from "../../../src/core/chunks";
import { toJson } from "../../../src/core/report";
import { streamTableFile, type StreamOptions } from "../../../src/workbook/readers";
import {
  periodSiblings,
  sheetPeriod,
  sheetsOverlap,
  toDateChain,
} from "../../../src/workbook/readers/period-sheets";

let dir = "";
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "caop-period-sheets-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HEADER = ["Date", "Client", "Libellé", "Montant HT"];
const day = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));

/** Writes a workbook of sheets (name → rows under HEADER, or its own rows with `own`) and returns its path. */
async function workbook(
  name: string,
  sheets: Record<string, unknown[][]>,
  own: Record<string, string[]> = {},
): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const [sheet, rows] of Object.entries(sheets))
    wb.addWorksheet(sheet).addRows([own[sheet] ?? HEADER, ...rows]);
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

/** `caop compute --json` of a file, as the CLI computes it (streamed in chunks). */
async function computeFile(path: string, opts: StreamOptions = {}): Promise<ReturnType<typeof toJson>> {
  return toJson(await computeChunks(() => streamTableFile(path, opts)), "en");
}

const months = (j: ReturnType<typeof toJson>): Record<string, string> =>
  Object.fromEntries(j.months.map((m) => [m.period, m.caop]));

describe("sheetPeriod", () => {
  it("gives the kind of period a sheet name names and what it says besides", () => {
    expect(sheetPeriod("Janvier")).toEqual({ kind: "month", rest: "", id: "1", month: 1 });
    expect(sheetPeriod("Février 2025")).toEqual({
      kind: "month",
      rest: "",
      id: "2 2025",
      month: 2,
      year: 2025,
    });
    expect(sheetPeriod("févr.")).toMatchObject({ kind: "month", rest: "" });
    expect(sheetPeriod("Ventes janvier")).toMatchObject({ kind: "month", rest: "ventes" });
    expect(sheetPeriod("2025-01")).toEqual({ kind: "month", rest: "", id: "2025 1", month: 1, year: 2025 });
    expect(sheetPeriod("CA T1")).toMatchObject({ kind: "quarter", rest: "ca" });
    expect(sheetPeriod("Sales Q3 2024")).toMatchObject({ kind: "quarter", rest: "sales" });
    expect(sheetPeriod("Semaine 12")).toEqual({ kind: "week", rest: "", id: "w12" });
    expect(sheetPeriod("Week 3 2025")).toEqual({ kind: "week", rest: "", id: "w3 2025", year: 2025 });
    // A week's word without its number names no period.
    expect(sheetPeriod("Semaine")).toBeNull();
    expect(sheetPeriod("S07")).toEqual({ kind: "week", rest: "", id: "w7" });
    expect(sheetPeriod("S2 2025")).toMatchObject({ kind: "half" });
  });

  it("is null for names of no period, a year alone (it may repeat the months), copies, Excel's default names", () => {
    expect(sheetPeriod("2024")).toBeNull();
    expect(sheetPeriod("Ventes 2025")).toBeNull();
    expect(sheetPeriod("Achats")).toBeNull();
    expect(sheetPeriod("Synthèse")).toBeNull();
    expect(sheetPeriod("Feuil2")).toBeNull();
    expect(sheetPeriod("Sheet1")).toBeNull();
    expect(sheetPeriod("Janvier (2)")).toBeNull();
  });
});

describe("periodSiblings", () => {
  const h = ["Date", "Montant"];
  it("takes a month whose sheet has a column of its own no field reads (a Remarque added by hand)", () => {
    const remark = ["Date", "Remarque", "Montant"];
    expect(periodSiblings(["Janvier", "Février", "Mars"], 0, (i) => (i === 1 ? remark : h))).toEqual([
      0, 1, 2,
    ]);
  });

  it("takes the sheets naming another period with the same other words and the same header", () => {
    const names = ["Notes", "Janvier", "Février", "Achats", "Janvier (2)", "Mars", "Ventes avril"];
    expect(periodSiblings(names, 1, (i) => (i === 0 ? null : h))).toEqual([1, 2, 5]);
  });

  it("takes a month whose headers are worded otherwise for the same fields (Montant HT, Mt HT)", () => {
    const jan = ["Date", "Client", "Montant HT"];
    const feb = ["Date", "Client", "Mt HT"];
    expect(periodSiblings(["Janvier", "Février"], 0, (i) => (i === 0 ? jan : feb))).toEqual([0, 1]);
    expect(periodSiblings(["Janvier", "Février"], 0, (i) => (i === 0 ? h : ["Date", "Montant HT"]))).toEqual([
      0, 1,
    ]);
    // Another currency, or another money under a word of its own: not the same table.
    const eur = ["Date", "Montant HT (EUR)"];
    expect(
      periodSiblings(["Janvier", "Février"], 0, (i) => (i === 0 ? eur : ["Date", "Montant HT (USD)"])),
    ).toEqual([0]);
    expect(
      periodSiblings(["Janvier", "Février"], 0, (i) =>
        i === 0 ? jan : ["Date", "Client", "Montant encaissé"],
      ),
    ).toEqual([0]);
  });

  it("leaves a sheet whose header differs, even by one column read, and a sheet of no period read alone", () => {
    expect(periodSiblings(["Janvier", "Février"], 0, (i) => (i === 0 ? h : [...h, "Client"]))).toEqual([0]);
    expect(periodSiblings(["Janvier", "Février"], 0, (i) => (i === 0 ? h : ["Date", "Montant TTC"]))).toEqual(
      [0],
    );
    expect(periodSiblings(["Ventes", "Achats"], 0, () => h)).toEqual([0]);
    expect(periodSiblings(["Janvier", "janvier"], 0, () => h)).toEqual([0]);
    // One month written twice, and numbers that name no month.
    expect(periodSiblings(["Janvier", "Janv.", "Février"], 0, () => h)).toEqual([0, 2]);
    expect(periodSiblings(["Version 1", "Version 2"], 0, () => h)).toEqual([0]);
    expect(periodSiblings(["Feuille 1", "Feuille 2"], 0, () => h)).toEqual([0]);
    expect(periodSiblings(["2025-01", "2025-02"], 0, () => h)).toEqual([0, 1]);
    // Months beside quarters: not one table cut in tabs.
    expect(periodSiblings(["Janvier", "T1"], 0, () => h)).toEqual([0]);
  });
});

describe("sheetsOverlap", () => {
  it("finds a year-to-date sheet's repeated lines through an added column or another column order", () => {
    const jan = { headers: ["Date", "Client", "Montant HT"], rows: [["05/01/2025", "Dupont", 1000]] };
    const febRemark = {
      headers: ["Date", "Client", "Montant HT", "Remarque"],
      rows: [
        ["05/01/2025", "Dupont", 1000, null],
        ["10/02/2025", "Durand", 1500, "relancé"],
      ],
    };
    const febOrder = {
      headers: ["Client", "Date", "Montant HT"],
      rows: [
        ["Dupont", "05/01/2025", 1000],
        ["Durand", "10/02/2025", 1500],
      ],
    };
    expect(sheetsOverlap([jan, febRemark])).toBe(true);
    expect(sheetsOverlap([jan, febOrder])).toBe(true);
    expect(sheetsOverlap([jan, { ...febOrder, rows: febOrder.rows.slice(1) }])).toBe(false);
  });
});

describe("a workbook kept one month a sheet", () => {
  // The accountant's figure: January 1 000 (its "abc" amount is an error on the January sheet),
  // February 2 000 − 150 credit note, March 3 000 (the van sold is an asset disposal); the purchases
  // sheet and the copy of January, same columns, are no sales: 5 850.00.
  const sheets = {
    Janvier: [
      [day(2025, 1, 5), "Durand", "Vente marchandises", 1000],
      [day(2025, 1, 9), "Martin", "Vente marchandises", "abc"],
    ],
    Février: [
      [day(2025, 2, 5), "Durand", "Vente marchandises", 2000],
      [day(2025, 2, 9), "Martin", "Avoir sur facture", -150],
    ],
    Achats: [[day(2025, 3, 5), "Fournisseur", "Achat marchandises", 999]],
    "Janvier (2)": [[day(2025, 1, 5), "Durand", "Vente marchandises", 1000]],
    Mars: [
      [day(2025, 3, 5), "Durand", "Vente marchandises", 3000],
      [day(2025, 3, 7), "Garage", "Cession véhicule", 5000],
    ],
  };

  it("reads every month sheet, not the others, and says which (streamed as the CLI does, any chunk size)", async () => {
    const path = await workbook("mois.xlsx", sheets);
    for (const chunkRows of [1, 2, 100]) {
      const j = await computeFile(path, { chunkRows });
      expect(j.caop).toBe("5850.00");
      expect(months(j)).toEqual({ "2025-01": "1000.00", "2025-02": "1850.00", "2025-03": "3000.00" });
      expect(j.excluded.asset_disposal).toEqual({ count: 1, amount: "5000.00" });
      const codes = j.diagnostics.map((d) => d.code);
      expect(codes).toContain("period_sheets");
      const read = j.diagnostics.find((d) => d.code === "period_sheets");
      expect(read?.value).toBe("Janvier, Février, Mars");
      const others = j.diagnostics.find((d) => d.code === "other_sheets");
      expect(others?.message_en).toContain("(Achats, Janvier (2))");
    }
  });

  it("names the sheet of every row a diagnostic is about, in both languages", async () => {
    const path = await workbook("mois-erreur.xlsx", sheets);
    const j = await computeFile(path);
    const bad = j.diagnostics.find((d) => d.code === "amount_unreadable");
    expect(bad).toMatchObject({ sheet: "Janvier", row: 3, column: "Montant HT", value: "abc" });
    expect(bad?.message).toMatch(/^feuille « Janvier », ligne 3/);
    expect(bad?.message_en).toMatch(/^sheet "Janvier", row 3/);
    // Table-wide notes name no sheet.
    expect(j.diagnostics.find((d) => d.code === "period_sheets")?.sheet).toBeUndefined();
  });

  it("names the sheet of each line to review", async () => {
    // Re-billed costs are counted "à vérifier" (SPEC 2.1): the February one is on the February sheet.
    const path = await workbook("mois-revue.xlsx", {
      Janvier: [[day(2025, 1, 5), "Durand", "Vente marchandises", 1000]],
      Février: [
        [day(2025, 2, 5), "Durand", "Vente marchandises", 500],
        [day(2025, 2, 6), "Durand", "Refacturation frais de port", 80],
      ],
    });
    const j = await computeFile(path);
    expect(j.to_review).toEqual({ count: 1, amount: "80.00" });
    expect(j.review).toEqual([expect.objectContaining({ sheet: "Février", row: 3, amount: "80.00" })]);
  });

  it("never reads a year sheet with the month sheets that may repeat it, and reads a named sheet alone", async () => {
    // The year's lines on "2025", then January and February again on their own sheets: 1 000 once.
    const path = await workbook("annee-et-mois.xlsx", {
      "2025": [
        [day(2025, 1, 15), "Durand", "Vente", 400],
        [day(2025, 2, 15), "Durand", "Vente", 600],
      ],
      Janvier: [[day(2025, 1, 15), "Durand", "Vente", 400]],
      Février: [[day(2025, 2, 15), "Durand", "Vente", 600]],
    });
    const j = await computeFile(path);
    expect(j.caop).toBe("1000.00");
    expect(j.diagnostics.some((d) => d.code === "period_sheets")).toBe(false);
    expect(j.diagnostics.find((d) => d.code === "other_sheets")?.value).toBe("2025");
    const alone = await computeFile(path, { sheet: "Février" });
    expect(alone.caop).toBe("600.00");
    expect(alone.diagnostics.some((d) => d.code === "period_sheets" || d.code === "other_sheets")).toBe(
      false,
    );
  });

  it("reads one sheet of sales beside a sheet of purchases with the same columns, and warns", async () => {
    const path = await workbook("ventes-achats.xlsx", {
      Ventes: [[day(2025, 1, 5), "Durand", "Vente", 1000]],
      Achats: [[day(2025, 1, 6), "Fournisseur", "Achat", 300]],
    });
    const j = await computeFile(path);
    expect(j.caop).toBe("1000.00");
    expect(j.diagnostics.find((d) => d.code === "other_sheets")?.severity).toBe("warning");
    expect(j.diagnostics.some((d) => d.code === "period_sheets")).toBe(false);
  });
});

describe("toDateChain", () => {
  const sheet = (rows: unknown[][]) => ({ headers: HEADER, rows });
  const a = ["2025-01-10", "Dupont", "Vente", 100];
  const b = ["2025-02-10", "Martin", "Vente", 50];
  const c = ["2025-03-10", "Durand", "Vente", 70];

  it("gives the most complete of sheets each holding a smaller one's lines and more, in any order", () => {
    expect(toDateChain([sheet([a]), sheet([a, b]), sheet([b, a, c])])).toBe(2);
    expect(toDateChain([sheet([a, b, c]), sheet([a])])).toBe(0);
    // A line twice in the smaller sheet must be twice in the larger one.
    expect(toDateChain([sheet([a, a]), sheet([a, b, c])])).toBeNull();
  });

  it("is null for disjoint months, equal copies, a sheet alone, sheets that diverge", () => {
    expect(toDateChain([sheet([a]), sheet([b])])).toBeNull();
    expect(toDateChain([sheet([a, b]), sheet([a, b])])).toBeNull();
    expect(toDateChain([sheet([a, b])])).toBeNull();
    expect(toDateChain([sheet([a, b]), sheet([a, c]), sheet([a, b, c])])).toBeNull();
  });
});

describe("month sheets with the same footer or heading rows (round 23)", () => {
  it("are read together: a row without date or amount repeated on each sheet is no repeated line", async () => {
    const footer = [null, null, "Établi par : M. Chevalier", null];
    const path = await workbook("mois-pied.xlsx", {
      Janvier: [[day(2025, 1, 10), "Dupont", "Vente", 100], footer],
      Février: [[day(2025, 2, 10), "Martin", "Vente", 50], footer],
      Mars: [[day(2025, 3, 10), "Durand", "Vente", 70], footer],
    });
    const j = await computeFile(path);
    expect(j.caop).toBe("220.00");
    expect(j.diagnostics.find((d) => d.code === "period_sheets")?.message_en).toContain(
      "Janvier, Février, Mars",
    );
  });
});

describe("month sheets whose amount header is worded otherwise (round 23)", () => {
  it("are read together, each by its own header: Montant HT in January, Mt HT in February", async () => {
    // The accountant's figure: 1 200 + 800.50 in January, 1 500 in February: 3 500.50.
    const path = await workbook(
      "mois-entetes.xlsx",
      {
        Janvier: [
          [day(2025, 1, 10), "Dupont", "Maintenance", 1200],
          [day(2025, 1, 20), "Dupont", "Maintenance", 800.5],
        ],
        Février: [[day(2025, 2, 5), "Martin", "Maintenance", 1500]],
      },
      { Février: ["Date", "Client", "Libellé", "Mt HT"] },
    );
    const j = await computeFile(path);
    expect([j.caop, months(j)]).toEqual(["3500.50", { "2025-01": "2000.50", "2025-02": "1500.00" }]);
    // With tax on one sheet and not the other: not the same table, the first read alone.
    const ttc = await workbook(
      "mois-ttc.xlsx",
      {
        Janvier: [[day(2025, 1, 10), "Dupont", "Vente", 1200]],
        Février: [[day(2025, 2, 5), "Martin", "Vente", 1800]],
      },
      { Février: ["Date", "Client", "Libellé", "Montant TTC"] },
    );
    expect((await computeFile(ttc)).caop).toBe("1200.00");
  });
});

describe("month sheets whose date column holds the day alone (round 23)", () => {
  it("reads each day as a date of the month the sheet is named after, with a note", async () => {
    // January: the 10th 1 200 and the 20th 800.50; February: the 5th 1 500 (a day, not 5 Jan. 1900).
    const own = {
      "Janvier 2025": ["Jour", "Client", "Montant HT"],
      "Février 2025": ["Jour", "Client", "Montant HT"],
    };
    const path = await workbook(
      "jours.xlsx",
      {
        "Janvier 2025": [
          [10, "Garage Moreau", 1200],
          [20, "Hôtel du Parc", 800.5],
        ],
        "Février 2025": [["5", "Garage Moreau", 1500]],
      },
      own,
    );
    const j = await computeFile(path);
    expect([j.caop, months(j)]).toEqual(["3500.50", { "2025-01": "2000.50", "2025-02": "1500.00" }]);
    const note = j.diagnostics.find((d) => d.code === "sheet_month_days");
    expect(note?.message_en).toContain("read as days of 2025-01");
    // A sheet named after no year, or a day past the month's end: left as it was (no note).
    const noYear = await workbook(
      "jours-sans-annee.xlsx",
      { Janvier: [[10, "Garage", 100]] },
      { Janvier: own["Janvier 2025"] },
    );
    expect((await computeFile(noYear)).diagnostics.map((d) => d.code)).not.toContain("sheet_month_days");
    const past = await workbook(
      "jours-31.xlsx",
      { "Février 2025": [[31, "Garage", 100]] },
      { "Février 2025": own["Février 2025"] },
    );
    expect((await computeFile(past)).diagnostics.map((d) => d.code)).not.toContain("sheet_month_days");
  });
});

describe("month sheets that are no table cut in tabs (round 21)", () => {
  it("year-to-date sheets, by name or by their lines repeated, are not added up: the most complete one is read", async () => {
    // The accountant's figures: each line once, January's 100 and February's 50.
    const jan = [[day(2025, 1, 10), "Dupont", "Vente", 100]];
    const feb = [...jan, [day(2025, 2, 10), "Martin", "Vente", 50]];
    for (const [name, sheets, read] of [
      ["cumul.xlsx", { "Cumul janvier": jan, "Cumul février": feb }, "Cumul février"],
      ["cumul-mois.xlsx", { Janvier: jan, Février: feb }, "Février"],
      // Latest first, and snapshots named by their date.
      ["situation.xlsx", { "Situation au 28-02": feb, "Situation au 31-01": jan }, "Situation au 28-02"],
    ] as const) {
      const j = await computeFile(await workbook(name, sheets));
      expect([name, j.caop, months(j)]).toEqual([
        name,
        "150.00",
        { "2025-01": "100.00", "2025-02": "50.00" },
      ]);
      expect(j.diagnostics.some((d) => d.code === "period_sheets")).toBe(false);
      const note = j.diagnostics.find((d) => d.code === "to_date_sheets");
      expect([note?.severity, note?.value]).toEqual(["info", read]);
      expect(j.diagnostics.some((d) => d.code === "other_sheets")).toBe(false);
    }
  });

  it("finds year-to-date sheets each closed by its own =SUM total row", async () => {
    const jan = [[day(2025, 1, 10), "Dupont", "Vente", 100]];
    const feb = [...jan, [day(2025, 2, 10), "Martin", "Vente", 50]];
    const total = (n: number, sum: number) => [
      null,
      null,
      "Total",
      { formula: `SUM(D2:D${n + 1})`, result: sum },
    ];
    const path = await workbook("cumul-total.xlsx", {
      "Cumul janvier": [...jan, total(1, 100)],
      "Cumul février": [...feb, total(2, 150)],
    });
    const j = await computeFile(path);
    expect([j.caop, j.diagnostics.find((d) => d.code === "to_date_sheets")?.value]).toEqual([
      "150.00",
      "Cumul février",
    ]);
  });

  it("says the sheets of another header left unread beside year-to-date sheets; versions and copies stay first-read", async () => {
    const jan = [[day(2025, 1, 10), "Dupont", "Vente", 100]];
    const feb = [...jan, [day(2025, 2, 10), "Martin", "Vente", 50]];
    const withOther = await workbook(
      "cumul-achats.xlsx",
      { "Cumul janvier": jan, "Cumul février": feb, Achats: [["Fournisseur", 30]] },
      { Achats: ["Fournisseur", "Montant"] },
    );
    const j = await computeFile(withOther);
    expect(j.caop).toBe("150.00");
    expect(j.diagnostics.find((d) => d.code === "other_sheets")?.message_en).toContain("Achats");
    // Two versions of a month (the second corrects a line): not a chain, the first read as before.
    const v2 = [
      [day(2025, 1, 10), "Dupont", "Vente", 120],
      [day(2025, 1, 20), "Martin", "Vente", 50],
    ];
    const versions = await computeFile(
      await workbook("versions.xlsx", { "Janvier V1": jan, "Janvier V2": v2 }),
    );
    expect(versions.caop).toBe("100.00");
    expect(versions.diagnostics.some((d) => d.code === "to_date_sheets")).toBe(false);
    const copies = await computeFile(await workbook("copie.xlsx", { Janvier: jan, "Janvier (2)": jan }));
    expect(copies.diagnostics.some((d) => d.code === "to_date_sheets")).toBe(false);
  });
});

describe("a sheet named or titled for credit notes", () => {
  it("reads its positive lines as credit notes written unsigned: subtracted, said of the sheet", async () => {
    // The accountant's figure: two credit notes of 100 and 50 are −150 of CA OP.
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Ventes").addRows([
      ["Avoirs janvier 2025"],
      [],
      ["Date", "Client", "Désignation", "Montant HT"],
      [day(2025, 1, 10), "Dupont", "Geste commercial", 100],
      [day(2025, 1, 20), "Martin", "Erreur de prix", 50],
    ]);
    const titled = join(dir, "titre-avoirs.xlsx");
    await wb.xlsx.writeFile(titled);
    const j = await computeFile(titled);
    expect(j.caop).toBe("-150.00");
    expect(j.diagnostics.find((d) => d.code === "credit_note_section_read")?.message_en).toBe(
      'the table (its sheet, its title or its number column "Avoirs janvier 2025") announces credit notes, and its 2 line(s) are all positive: read as credit notes written unsigned, subtracted',
    );
    const jan = [[day(2025, 1, 10), "Dupont", "Vente", 100]];
    const named = await workbook("avoirs.xlsx", {
      Avoirs: [...jan, [day(2025, 1, 12), "Martin", "Vente", 30]],
    });
    expect((await computeFile(named)).caop).toBe("-130.00");
    // Signed already (one negative): the positive one is counted as written, with a warning.
    const signed = await workbook("avoirs-signes.xlsx", {
      Avoirs: [...jan, [day(2025, 1, 12), "Martin", "Vente", -30]],
    });
    const s = await computeFile(signed);
    expect(s.caop).toBe("70.00");
    expect(s.diagnostics.find((d) => d.code === "credit_note_section")?.severity).toBe("warning");
    // A sheet named otherwise is read as it is.
    expect((await computeFile(await workbook("ventes.xlsx", { Ventes: jan }))).caop).toBe("100.00");
  });
});

describe("invoices and credit notes kept on two sheets", () => {
  it("reads Factures and Avoirs together, the credit notes subtracted; Achats beside them stays unread", async () => {
    // The accountant's figure: invoices 1 000 + 400, credit notes 100 and 50: 1 250.
    const invoices = [
      [day(2025, 1, 10), "Dupont", "Vente", 1000],
      [day(2025, 2, 10), "Martin", "Vente", 400],
    ];
    const credits = [
      [day(2025, 1, 20), "Dupont", "Geste commercial", 100],
      [day(2025, 2, 20), "Martin", "Retour", 50],
    ];
    const path = await workbook("factures-avoirs.xlsx", {
      Factures: invoices,
      Avoirs: credits,
      Achats: invoices,
    });
    const j = await computeFile(path);
    expect([j.caop, months(j)]).toEqual(["1250.00", { "2025-01": "900.00", "2025-02": "350.00" }]);
    const note = j.diagnostics.find((d) => d.code === "period_sheets");
    expect(note?.message_en).toMatch(
      /^invoices and credit notes kept on sheets of their own: the sheets Factures, Avoirs/,
    );
    expect(j.diagnostics.find((d) => d.code === "other_sheets")?.message_en).toContain("Achats");
    // An "Avoirs" sheet of other customers (a bank's balances, say): not the invoices' credit notes.
    const assets = [[day(2025, 1, 31), "Banque Populaire", "Solde livret", 15000]];
    const notCredits = await computeFile(
      await workbook("avoirs-banque.xlsx", { Ventes: invoices, Avoirs: assets }),
    );
    expect(notCredits.caop).toBe("1400.00");
    // Two sheets of sales beside the credit notes: which one to read with them is not known, the first alone.
    const two = await workbook("deux.xlsx", { Factures: invoices, Ventes: invoices, Avoirs: credits });
    expect((await computeFile(two)).caop).toBe("1400.00");
  });

  it("reads an Avoirs sheet with its own header (N° avoir, Facture d'origine, Motif) with the invoices (round 23)", async () => {
    // The accountant's figure: invoices 1 200 + 1 500, a 150 credit note in February: 2 550.
    const own = {
      Factures: ["Date", "N° facture", "Client", "Désignation", "Montant HT", "TVA", "Montant TTC"],
      Avoirs: ["Date", "N° avoir", "Facture d'origine", "Client", "Motif", "Montant HT"],
    };
    const path = await workbook(
      "avoirs-entete.xlsx",
      {
        Factures: [
          [day(2025, 1, 10), "FA-1", "Garage Moreau", "Maintenance", 1200, 240, 1440],
          [day(2025, 2, 5), "FA-3", "Garage Moreau", "Maintenance", 1500, 300, 1800],
        ],
        Avoirs: [[day(2025, 2, 10), "AV-1", "FA-3", "Garage Moreau", "Geste commercial", 150]],
      },
      own,
    );
    const j = await computeFile(path);
    expect([j.caop, months(j)]).toEqual(["2550.00", { "2025-01": "1200.00", "2025-02": "1350.00" }]);
    // Credit notes written with tax beside invoices before tax: not read with them.
    const ttc = await workbook(
      "avoirs-ttc.xlsx",
      {
        Factures: [[day(2025, 1, 10), "FA-1", "Garage Moreau", "Maintenance", 1200, 240, 1440]],
        Avoirs: [[day(2025, 2, 10), "AV-1", "FA-1", "Garage Moreau", "Geste", 180]],
      },
      { ...own, Avoirs: ["Date", "N° avoir", "Facture d'origine", "Client", "Motif", "Montant TTC"] },
    );
    expect((await computeFile(ttc)).caop).toBe("1200.00");
  });
});
