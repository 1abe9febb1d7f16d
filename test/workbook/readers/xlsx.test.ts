import ExcelJS from "exceljs";
import JSZip from "jszip";
import { compute } from "../../../src/core/engine";
import { ReadError } from "../../../src/workbook/readers/read-error";
import { dateToSerial, readXlsx } from "../../../src/workbook/readers/xlsx";

/** Builds a workbook in memory and returns its .xlsx bytes. */
async function xlsx(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const utcDate = (y: number, m: number, d: number, h = 0, min = 0): Date =>
  new Date(Date.UTC(y, m - 1, d, h, min));

describe("readXlsx", () => {
  it("reads numbers, dates as serials, error cells, rich text, formulas, hyperlinks and booleans", async () => {
    const data = await xlsx((wb) => {
      const ws = wb.addWorksheet("Ventes");
      ws.addRow(["Date", "Libellé", "Montant", "Double", "Lien", "OP"]);
      ws.addRow([
        utcDate(2025, 1, 15),
        "Vente tables",
        1234.56,
        { formula: "C2*2", result: 2469.12 },
        null,
        true,
      ]);
      ws.addRow([
        utcDate(2010, 12, 1, 8, 26),
        { richText: [{ text: "Cession " }, { text: "terrain", font: { bold: true } }] },
        { error: "#N/A" },
        { formula: "1/0", result: { error: "#DIV/0!" } },
        { text: "facture F-7", hyperlink: "https://example.com/F-7" },
        false,
      ]);
      ws.getCell("A2").numFmt = "dd/mm/yyyy";
      ws.getCell("A3").numFmt = "dd/mm/yyyy hh:mm";
    });
    const t = await readXlsx(data, { source: "ventes.xlsx" });
    expect(t.headers).toEqual(["Date", "Libellé", "Montant", "Double", "Lien", "OP"]);
    expect(t.firstRow).toBe(2);
    expect(t.source).toBe("ventes.xlsx");
    expect(t.date1904).toBe(false);
    expect(t.rows[0]).toEqual([45672, "Vente tables", 1234.56, 2469.12, null, true]);
    const serial = t.rows[1][0] as number;
    expect(Math.floor(serial)).toBe(40513);
    expect(Math.round((serial - 40513) * 24 * 60)).toBe(8 * 60 + 26);
    expect(t.rows[1].slice(1)).toEqual([
      "Cession terrain",
      { error: "#N/A" },
      { error: "#DIV/0!" },
      "facture F-7",
      false,
    ]);
    expect(t.readDiagnostics).toBeUndefined();
  });

  it("gives 1904-system serials and says so for a Mac workbook", async () => {
    const data = await xlsx((wb) => {
      wb.properties.date1904 = true;
      const ws = wb.addWorksheet("S");
      ws.addRow(["Date", "Montant"]);
      ws.addRow([utcDate(2025, 1, 15), 10]);
      ws.getCell("A2").numFmt = "dd/mm/yyyy";
    });
    const t = await readXlsx(data);
    expect(t.date1904).toBe(true);
    expect(t.rows[0][0]).toBe(45672 - 1462);
  });

  it("takes the first non-empty row as header and keeps the sheet's row numbers and columns", async () => {
    const data = await xlsx((wb) => {
      const ws = wb.addWorksheet("Export");
      ws.getCell("B2").value = "Date";
      ws.getCell("C2").value = "Montant";
      ws.getCell("D2").value = 2025; // a year as header text
      ws.getCell("B3").value = "01/01/2025";
      ws.getCell("C3").value = 5;
      ws.getCell("B5").value = "02/01/2025";
      ws.getCell("C5").value = 7;
      ws.getCell("C8").value = "  "; // a blank-looking cell after the data: dropped with the blank rows
    });
    const t = await readXlsx(data);
    expect(t.headers).toEqual(["Date", "Montant", "2025"]);
    expect(t.firstRow).toBe(3);
    expect(t.rows).toEqual([
      ["01/01/2025", 5, null],
      [null, null, null],
      ["02/01/2025", 7, null],
    ]);
  });

  it("reads the sheet named by opts.sheet (exact, then case-insensitive)", async () => {
    const data = await xlsx((wb) => {
      wb.addWorksheet("Notes").addRow(["Rien"]);
      const ws = wb.addWorksheet("Ventes 2025");
      ws.addRow(["Date", "Montant"]);
      ws.addRow(["2025-03-01", 42]);
    });
    // Unnamed: the first sheet whose header maps a date and an amount, not the notes before it.
    const first = await readXlsx(data);
    expect(first.headers).toEqual(["Date", "Montant"]);
    expect(first.readDiagnostics).toContainEqual(
      expect.objectContaining({ code: "other_sheets", value: "Ventes 2025" }),
    );
    const t = await readXlsx(data, { sheet: "Ventes 2025" });
    expect(t.rows).toEqual([["2025-03-01", 42]]);
    expect((await readXlsx(data, { sheet: "ventes 2025" })).headers).toEqual(["Date", "Montant"]);
  });

  it("says that other sheets with data were not read (a summary or month tabs first), none when --sheet names one", async () => {
    const data = await xlsx((wb) => {
      wb.addWorksheet("Janvier").addRows([
        ["Date", "Montant"],
        ["15/01/2025", 100],
      ]);
      wb.addWorksheet("Février").addRows([
        ["Date", "Montant"],
        ["15/02/2025", 200],
      ]);
      wb.addWorksheet("Vide");
      const hidden = wb.addWorksheet("Réglages");
      hidden.addRow(["x"]);
      hidden.state = "veryHidden";
    });
    const t = await readXlsx(data, { source: "mois.xlsx" });
    expect(t.readDiagnostics).toContainEqual(
      expect.objectContaining({ code: "other_sheets", value: "Janvier", severity: "warning" }),
    );
    const d = t.readDiagnostics?.find((x) => x.code === "other_sheets");
    expect(d?.message).toContain("(Février)");
    expect(d?.messageEn).toContain("--sheet");
    const named = await readXlsx(data, { source: "mois.xlsx", sheet: "Février" });
    expect(named.readDiagnostics?.some((x) => x.code === "other_sheets") ?? false).toBe(false);
  });

  it("throws ReadError unknown_sheet listing the sheets", async () => {
    const data = await xlsx((wb) => {
      wb.addWorksheet("Notes").addRow(["x"]);
      wb.addWorksheet("Ventes").addRow(["y"]);
    });
    const err = await readXlsx(data, { sheet: "CA", source: "classeur.xlsx" }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ReadError);
    const r = err as ReadError;
    expect(r.code).toBe("unknown_sheet");
    expect(r.fr).toBe(
      "la feuille « CA » n'existe pas dans « classeur.xlsx » ; feuilles : « Notes », « Ventes »",
    );
    expect(r.en).toBe('the sheet "CA" does not exist in "classeur.xlsx"; sheets: "Notes", "Ventes"');
  });

  it("throws ReadError for an empty sheet and for bytes that are not an xlsx", async () => {
    const empty = await xlsx((wb) => {
      wb.addWorksheet("Vide");
    });
    await expect(readXlsx(empty)).rejects.toMatchObject({ code: "empty_sheet" });
    await expect(
      readXlsx(new TextEncoder().encode("Date;Montant\n"), { source: "x.xlsx" }),
    ).rejects.toMatchObject({
      code: "unreadable_file",
    });
  });

  it("reads a header naming no date as the first row (not an empty sheet), so --map can name the date", async () => {
    const data = await xlsx((wb) => {
      const ws = wb.addWorksheet("Factures");
      ws.addRow(["Number", "Bill Day", "Untaxed Total"]);
      ws.addRow(["INV/1", new Date(Date.UTC(2025, 0, 7)), 1550]);
    });
    const t = await readXlsx(data);
    expect(t.headers).toEqual(["Number", "Bill Day", "Untaxed Total"]);
    expect(t.firstRow).toBe(2);
    expect(compute(t, { mapping: { date: "Bill Day" } }).totals.caop.toFixed(2)).toBe("1550.00");
  });

  it("keeps a first column without a header when it holds data (QuickBooks' account headings)", async () => {
    const data = await xlsx((wb) => {
      const ws = wb.addWorksheet("General Ledger");
      ws.addRow(["", "Date", "Transaction Type", "Memo/Description", "Amount"]);
      ws.addRow(["Checking"]);
      ws.addRow(["", "10/01/2025", "Payment", "", 300]);
      ws.addRow(["Design income"]);
      ws.addRow(["", "05/01/2025", "Invoice", "Custom design", 300]);
    });
    const t = await readXlsx(data);
    expect(t.headers).toEqual(["", "Date", "Transaction Type", "Memo/Description", "Amount"]);
    expect(t.rows[0]).toEqual(["Checking", null, null, null, null]);
    expect(t.rows[3]).toEqual(["", "05/01/2025", "Invoice", "Custom design", 300]);
    // The bank's line is not revenue, the income account's is a sale.
    expect(compute(t).totals.caop.toFixed(2)).toBe("300.00");
  });

  it("sets apart rows whose amount sums the same column's rows above, whatever their label", async () => {
    // Hand-kept monthly subtotals (=SUM, no "total" word), Excel's Subtotal command (=SUBTOTAL(9, …),
    // one cell), a Table's totals row (structured reference) and a bare =SUM at the bottom: none is
    // a sale. A running balance (=SUM of another column) is on every line and proves nothing.
    const data = await xlsx((wb) => {
      const ws = wb.addWorksheet("Ventes");
      ws.addRow(["Date", "Libellé", "Montant HT", "Cumul"]);
      ws.addRow([utcDate(2025, 1, 10), "Vente A", 1000, { formula: "SUM(C$2:C2)", result: 1000 }]);
      ws.addRow([utcDate(2025, 1, 20), "Vente B", 500, { formula: "SUM(C$2:C3)", result: 1500 }]);
      ws.addRow([utcDate(2025, 1, 31), "Janvier", { formula: "SUM(C2:C3)", result: 1500 }, null]);
      ws.addRow([utcDate(2025, 2, 5), "Vente C", 700, { formula: "SUM(C$2:C5)", result: 3700 }]);
      ws.addRow([utcDate(2025, 2, 28), "Février", { formula: "SUBTOTAL(9,C5)", result: 700 }, null]);
      ws.addRow([
        null,
        "Ventes[Montant HT]",
        { formula: "SUBTOTAL(109,Ventes[Montant HT])", result: 2200 },
        null,
      ]);
      ws.addRow([null, null, { formula: "SUM(C2:C7)" }, null]);
      // Typed by hand: a recap of a month's rows (=C2+C3, =C5) adds rows above in its own column; =C2*2
      // or =C2+D2 is a line's own amount.
      ws.addRow([utcDate(2025, 1, 31), "Janvier", { formula: "C2+C3", result: 1500 }, null]);
      ws.addRow([utcDate(2025, 2, 28), "Février", { formula: "C5", result: 700 }, null]);
      ws.addRow([utcDate(2025, 3, 31), "Double", { formula: "C2*2", result: 2000 }, null]);
      ws.addRow([utcDate(2025, 3, 31), "Autre", { formula: "C2+D2", result: 2000 }, null]);
    });
    const t = await readXlsx(data, { source: "ventes.xlsx" });
    // The bare =SUM saved without its result, alone on its row, is a blank row of a recalculated sheet.
    expect([...(t.notLines ?? [])]).toEqual([2, 4, 5, 7, 8]);
    expect(t.rows[6]).toEqual([null, null, null, null]);
    const d = (t.readDiagnostics ?? []).filter((x) => x.code !== "formula_without_value");
    expect(d.map((x) => [x.code, x.row, x.column, x.value, x.args?.count])).toEqual([
      ["formula_total_rows", 4, "Montant HT", "=SUM(C2:C3)", 5],
    ]);
    // The formula without a result is on a row nothing was typed in: nothing to say about it.
    expect((t.readDiagnostics ?? []).map((x) => x.code)).not.toContain("formula_without_value");
    const r = compute(t);
    expect([
      r.totals.caop.toFixed(2),
      r.ignored.count,
      r.months.map((m) => m.totals.caop.toFixed(2)),
    ]).toEqual(["6200.00", 0, ["1500.00", "700.00", "4000.00"]]);
  });

  it("sets apart a total placed above its detail (=SUM of the rows below), said like the others", async () => {
    // A summary sheet: the year's total first, then each month's subtotal above its lines.
    const data = await xlsx((wb) => {
      const ws = wb.addWorksheet("Ventes");
      ws.addRow(["Date", "Libellé", "Montant HT"]);
      ws.addRow([utcDate(2025, 12, 31), "Total 2025", { formula: "SUM(C4:C7)", result: 2200 }]);
      ws.addRow([utcDate(2025, 1, 31), "Janvier", { formula: "C4+C5", result: 1500 }]);
      ws.addRow([utcDate(2025, 1, 10), "Vente A", 1000]);
      ws.addRow([utcDate(2025, 1, 20), "Vente B", 500]);
      ws.addRow([utcDate(2025, 2, 28), "Février", { formula: "SUBTOTAL(9,C7:C7)", result: 700 }]);
      ws.addRow([utcDate(2025, 2, 5), "Vente C", 700]);
    });
    const t = await readXlsx(data, { source: "ventes.xlsx" });
    expect([...(t.notLines ?? [])]).toEqual([0, 1, 4]);
    const d = (t.readDiagnostics ?? []).map((x) => [x.code, x.row, x.column, x.value, x.args?.count]);
    expect(d).toEqual([["formula_total_rows", 2, "Montant HT", "=SUM(C4:C7)", 3]]);
    const r = compute(t);
    expect([r.totals.caop.toFixed(2), r.months.map((m) => m.totals.caop.toFixed(2))]).toEqual([
      "2200.00",
      ["1500.00", "700.00"],
    ]);
  });

  it("reads =D2 carrying a client's amount to the next month as a line, =D7 under a total as a total", async () => {
    // A subscription typed once and carried month to month (=D2, =D3: same client), a recap row
    // copying its month's one line (=D5: shares nothing with it), a grand total copying a total.
    const data = await xlsx((wb) => {
      const ws = wb.addWorksheet("Abonnements");
      ws.addRow(["Date", "Client", "Libellé", "Montant HT"]);
      ws.addRow([utcDate(2025, 1, 1), "Dupont", "Abonnement janvier", 1500]);
      ws.addRow([utcDate(2025, 2, 1), "Dupont", "Abonnement février", { formula: "D2", result: 1500 }]);
      ws.addRow([utcDate(2025, 3, 1), "Dupont", "Abonnement mars", { formula: "$D$3", result: 1500 }]);
      ws.addRow([utcDate(2025, 3, 15), "Martin", "Installation", { formula: "SUM(1200,350)", result: 1550 }]);
      ws.addRow([utcDate(2025, 3, 31), null, "Mars", { formula: "D5", result: 1550 }]);
      ws.addRow([null, null, "Total", { formula: "SUM(D2:D5)", result: 6050 }]);
      ws.addRow([null, null, "Total général", { formula: "D7", result: 6050 }]);
    });
    const t = await readXlsx(data, { source: "abonnements.xlsx" });
    expect([...(t.notLines ?? [])]).toEqual([4, 5, 6]);
    const d = (t.readDiagnostics ?? []).map((x) => [x.code, x.row, x.value, x.args?.count]);
    expect(d).toEqual([["formula_total_rows", 6, "=D5", 3]]);
    const r = compute(t);
    expect([r.totals.caop.toFixed(2), r.months.map((m) => m.totals.caop.toFixed(2))]).toEqual([
      "6050.00",
      ["1500.00", "1500.00", "3050.00"],
    ]);
  });

  it("reads =C2 and =C2+C3 reusing earlier amounts on a line of its own as lines, =C5+C6 under its block as a total", async () => {
    // An artisan's sheet: a second kitchen priced as the first (=C2), a site billed as the two
    // earlier lines together (=C2+C3), then a job of two lines closed by its subtotal (=C6+C7).
    const data = await xlsx((wb) => {
      const ws = wb.addWorksheet("Ventes");
      ws.addRow(["Date", "Libellé", "Montant HT"]);
      ws.addRow([utcDate(2025, 1, 5), "Pose cuisine", 2500]);
      ws.addRow([utcDate(2025, 1, 9), "Fourniture plan de travail", 800]);
      ws.addRow([
        utcDate(2025, 1, 20),
        "Avenant : même prestation (2e cuisine)",
        { formula: "C2", result: 2500 },
      ]);
      ws.addRow([
        utcDate(2025, 2, 3),
        "Chantier Durand : pose + fourniture",
        { formula: "C2+C3", result: 3300 },
      ]);
      ws.addRow([utcDate(2025, 2, 18), "Dépannage", 450]);
      ws.addRow([utcDate(2025, 2, 19), "Dépannage bis", 150]);
      ws.addRow([utcDate(2025, 2, 28), "Sous-total chantier Leroy", { formula: "C6+C7", result: 600 }]);
    });
    const t = await readXlsx(data, { source: "artisan.xlsx" });
    expect([...(t.notLines ?? [])]).toEqual([6]);
    const r = compute(t);
    expect([r.totals.caop.toFixed(2), r.months.map((m) => m.totals.caop.toFixed(2))]).toEqual([
      "9700.00",
      ["5800.00", "3900.00"],
    ]);
  });

  it("skips a summary sheet whose amounts are formulas over the detail sheet, and says so", async () => {
    const data = await xlsx((wb) => {
      const syn = wb.addWorksheet("Synthèse");
      syn.addRow(["Mois", "Montant total"]);
      syn.addRow([
        utcDate(2025, 1, 1),
        { formula: "SUMPRODUCT((MONTH(Détail!A2:A3)=1)*Détail!C2:C3)", result: 1500 },
      ]);
      syn.addRow([
        utcDate(2025, 2, 1),
        { formula: "SUMIFS('Détail'!C:C,'Détail'!A:A,\">=\"&A3)", result: 0 },
      ]);
      const det = wb.addWorksheet("Détail");
      det.addRow(["Date", "Libellé", "Montant HT"]);
      det.addRow([utcDate(2025, 1, 10), "Vente A", 1000]);
      det.addRow([utcDate(2025, 1, 20), "Vente B", 500]);
    });
    const t = await readXlsx(data, { source: "ca.xlsx" });
    expect(t.headers).toEqual(["Date", "Libellé", "Montant HT"]);
    const d = (t.readDiagnostics ?? []).map((x) => [x.code, x.value, x.args?.sheets]);
    expect(d).toContainEqual(["summary_sheets", "Détail", "Synthèse"]);
    expect(compute(t).totals.caop.toFixed(2)).toBe("1500.00");
    // Named, the summary is read as asked; alone in its workbook, it is read.
    expect((await readXlsx(data, { source: "ca.xlsx", sheet: "Synthèse" })).headers).toEqual([
      "Mois",
      "Montant total",
    ]);
  });

  it("reads a month's fee copying last month's (=D2 on 'Février') and a client's line adding two prices as lines", async () => {
    // Outside round 15: a retainer typed once, carried to each month under the month's name, and a
    // client's job priced as the two lines above it. Accountant's figure: 1 500 × 3 + 1 000 + 500 + 1 500 = 7 500.
    const data = await xlsx((wb) => {
      const ws = wb.addWorksheet("Honoraires");
      ws.addRow(["Date", "Client", "Libellé", "Montant HT"]);
      ws.addRow([utcDate(2025, 1, 1), null, "Janvier", 1500]);
      ws.addRow([utcDate(2025, 2, 1), null, "Février", { formula: "D2", result: 1500 }]);
      ws.addRow([utcDate(2025, 3, 1), null, "Mars", { formula: "D3", result: 1500 }]);
      ws.addRow([utcDate(2025, 3, 10), "Leroy", "Audit", 1000]);
      ws.addRow([utcDate(2025, 3, 11), "Leroy", "Rapport", 500]);
      ws.addRow([utcDate(2025, 3, 20), "Durand", "Audit + rapport", { formula: "D5+D6", result: 1500 }]);
    });
    const t = await readXlsx(data, { source: "honoraires.xlsx" });
    expect(t.notLines).toBeUndefined();
    expect(compute(t).totals.caop.toFixed(2)).toBe("7500.00");
  });

  it("reads a sheet whose amounts look a price up on another sheet (=C2*Tarifs!$B$2): lines, no summary", async () => {
    const data = await xlsx((wb) => {
      const ws = wb.addWorksheet("Ventes 2025");
      ws.addRow(["Date", "Article", "Qté", "Montant HT"]);
      ws.addRow([utcDate(2025, 1, 10), "Café", 20, { formula: "C2*Tarifs!$B$2", result: 300 }]);
      ws.addRow([utcDate(2025, 1, 20), "Thé", 10, { formula: "C3*Tarifs!$B$3", result: 80 }]);
      const tarifs = wb.addWorksheet("Tarifs");
      tarifs.addRow(["Article", "Prix HT"]);
      tarifs.addRow(["Café", 15]);
      const old = wb.addWorksheet("Ventes 2024");
      old.addRow(["Date", "Article", "Qté", "Montant HT"]);
      old.addRow([utcDate(2024, 1, 12), "Café", 18, 252]);
    });
    const t = await readXlsx(data, { source: "ventes.xlsx" });
    expect(compute(t).totals.caop.toFixed(2)).toBe("380.00");
    expect((t.readDiagnostics ?? []).map((d) => d.code)).not.toContain("summary_sheets");
  });

  it("says a merged title above the header once, not once per cell it spans", async () => {
    const data = await xlsx((wb) => {
      const ws = wb.addWorksheet("GL");
      ws.addRow(["SARL DUPONT"]);
      ws.mergeCells("A1:D1");
      ws.addRow(["Date", "Compte", "Libellé", "Montant"]);
      ws.addRow(["15/01/2025", "706000", "Vente", 100]);
    });
    const t = await readXlsx(data, { source: "gl.xlsx" });
    const d = (t.readDiagnostics ?? []).find((x) => x.code === "above_header");
    expect(d?.value).toBe("SARL DUPONT");
  });

  it("says rows hidden in the sheet (counted like the others) and a mapped column that is hidden", async () => {
    const data = await xlsx((wb) => {
      const ws = wb.addWorksheet("Ventes");
      ws.addRow(["Date", "Libellé", "Montant HT", "Montant HT corrigé"]);
      ws.addRow(["15/01/2025", "Vente A", 1000, 900]);
      ws.addRow(["16/01/2025", "Doublon", 500, 500]);
      ws.addRow(["17/01/2025", "Vente B", 500, 500]);
      ws.getRow(3).hidden = true;
      ws.getColumn(3).hidden = true;
    });
    const t = await readXlsx(data, { source: "ventes.xlsx" });
    expect(t.hiddenColumns).toEqual([2]);
    const r = compute(t);
    expect(r.totals.caop.toFixed(2)).toBe("2000.00");
    const said = r.diagnostics
      .filter((d) => d.code.startsWith("hidden_"))
      .map((d) => [d.code, d.row, d.column, d.value]);
    expect(said).toEqual([
      ["hidden_rows", 3, "", "1"],
      ["hidden_column", 1, "Montant HT", "amount"],
    ]);
  });

  it("diagnoses a formula saved without a computed value", async () => {
    const data = await xlsx((wb) => {
      const ws = wb.addWorksheet("S");
      ws.addRow(["Date", "Montant"]);
      ws.addRow(["2025-01-01", { formula: "SUM(1,2)" }]);
    });
    const t = await readXlsx(data);
    expect(t.rows[0]).toEqual(["2025-01-01", null]);
    expect(t.readDiagnostics).toEqual([
      expect.objectContaining({
        code: "formula_without_value",
        row: 2,
        column: "Montant",
        value: "=SUM(1,2)",
      }),
    ]);
  });

  it("reads a formula whose saved result is 0 as 0, not as a formula never recalculated", async () => {
    // ExcelJS writes no zero result: the saved value is set to 0 in the sheet's XML, as Excel saves it.
    const built = await xlsx((wb) => {
      const ws = wb.addWorksheet("S");
      ws.addRow(["Date", "Montant brut", "Remise", "Montant net"]);
      ws.addRow(["2025-01-10", 100, { formula: "B2*0.1", result: 10 }, { formula: "B2-C2", result: 90 }]);
      ws.addRow(["2025-01-11", 200, { formula: "B3*0", result: 7777 }, { formula: "B3-C3", result: 200 }]);
    });
    const zip = await JSZip.loadAsync(built);
    const path = "xl/worksheets/sheet1.xml";
    const xml = await zip.file(path)?.async("string");
    if (xml === undefined || !xml.includes("<v>7777</v>")) throw new Error("no cached 7777 to patch");
    zip.file(path, xml.replace("<v>7777</v>", "<v>0</v>"));
    const data = new Uint8Array(await zip.generateAsync({ type: "uint8array" }));
    const t = await readXlsx(data);
    expect(t.rows[1]).toEqual(["2025-01-11", 200, 0, 200]);
    expect((t.readDiagnostics ?? []).map((d) => d.code)).not.toContain("formula_without_value");
    expect(compute(t).totals.caop.toFixed(2)).toBe("290.00");
  });
});

describe("readXlsx: a header unit over full amounts a format shows in thousands", () => {
  /** A controller's sheet headed "CA HT (k€)": `numFmt` on every amount cell. */
  async function sheet(numFmt: string | ((row: number) => string)): Promise<Uint8Array> {
    return xlsx((wb) => {
      const ws = wb.addWorksheet("CA");
      ws.addRow(["Date", "Client", "CA HT (k€)"]);
      ws.addRow(["2025-01-10", "Alpha", 1234567.89]);
      ws.addRow(["2025-02-12", "Beta", 250000]);
      for (const r of [2, 3]) ws.getCell(`C${r}`).numFmt = typeof numFmt === "string" ? numFmt : numFmt(r);
    });
  }
  const unitCodes = (r: { diagnostics: { code: string }[] }) =>
    r.diagnostics.map((d) => d.code).filter((c) => c.startsWith("amount_unit"));

  it.each(["#,##0,", '#,##0.0," k€"', "# ##0,;-# ##0,", '[$€-40C]#,##0,"k"'])(
    "reads the cells as written when every one shows thousands (%s), and says so",
    async (fmt) => {
      const t = await readXlsx(await sheet(fmt));
      expect([...(t.formatScales ?? [])]).toEqual([[2, 1000]]);
      const r = compute(t);
      expect(r.totals.caop.toFixed(2)).toBe("1484567.89");
      expect(unitCodes(r)).toEqual(["amount_unit_format"]);
    },
  );

  it("keeps the header's unit when the cells are not all shown divided, or shown in millions", async () => {
    for (const fmt of ["#,##0.00", "General", (row: number) => (row === 2 ? "#,##0," : "#,##0"), "#,##0,,"]) {
      const r = compute(await readXlsx(await sheet(fmt)));
      expect([r.totals.caop.toFixed(2), unitCodes(r)]).toEqual(["1484567890.00", ["amount_unit"]]);
    }
  });
});

describe("readXlsx: a template's rows nothing was typed in", () => {
  it("are blank (formulas giving 0 or nothing), said only when the sheet was never recalculated", async () => {
    const data = await xlsx((wb) => {
      const ws = wb.addWorksheet("Ventes");
      ws.addRow(["Date", "Client", "Qté", "PU HT", "Montant HT"]);
      ws.addRow([utcDate(2025, 1, 10), "Durand", 2, 50, { formula: "C2*D2", result: 100 }]);
      ws.addRow([null, null, null, null, { formula: "C3*D3", result: 0 }]);
      ws.addRow([null, null, null, null, { formula: 'IF(C4="","",C4*D4)' }]);
    });
    const t = await readXlsx(data);
    expect(t.rows).toEqual([[expect.any(Number), "Durand", 2, 50, 100]]);
    expect(t.readDiagnostics ?? []).toEqual([]);
    const r = compute(t);
    expect([r.totals.caop.toFixed(2), r.diagnostics.filter((d) => d.severity === "error")]).toEqual([
      "100.00",
      [],
    ]);
    // Never recalculated (no formula has a result): its formulas without results are said.
    const raw = await xlsx((wb) => {
      const ws = wb.addWorksheet("Ventes");
      ws.addRow(["Date", "Client", "Montant HT"]);
      ws.addRow([utcDate(2025, 1, 10), "Durand", { formula: "100*1" }]);
      ws.addRow([null, null, { formula: "C2*2" }]);
    });
    const codes = ((await readXlsx(raw)).readDiagnostics ?? []).map((d) => [d.code, d.row]);
    expect(codes).toEqual([
      ["formula_without_value", 2],
      ["formula_without_value", 3],
    ]);
  });
});

describe("readXlsx: a header on two rows with cells merged down both", () => {
  it("reads the HT column under 'Montant' merged over 'TTC | HT', Date, Client and Mode merged down", async () => {
    const data = await xlsx((wb) => {
      const ws = wb.addWorksheet("Ventes");
      ws.addRow(["Date", "Client", "Montant", null, "Mode de paiement"]);
      ws.addRow([null, null, "TTC", "HT", null]);
      ws.addRow([utcDate(2025, 1, 10), "Durand", 1200, 1000, "Virement"]);
      ws.addRow([utcDate(2025, 2, 12), "Martin", 600, 500, "Chèque"]);
      for (const range of ["A1:A2", "B1:B2", "C1:D1", "E1:E2"]) ws.mergeCells(range);
    });
    const t = await readXlsx(data);
    expect(t.headers).toEqual(["Date", "Client", "TTC", "HT", "Mode de paiement"]);
    // The accountant's figure: HT, 1 000 + 500.
    expect(compute(t).totals.caop.toFixed(2)).toBe("1500.00");
  });
});

describe("readXlsx: amounts typed in thousands, their format writing the unit", () => {
  /** A controller's sheet "CA HT" holding 12.5 and 40 typed in k€: `numFmt` on every amount cell. */
  async function sheet(numFmt: string | ((row: number) => string), header = "CA HT"): Promise<Uint8Array> {
    return xlsx((wb) => {
      const ws = wb.addWorksheet("Affaires");
      ws.addRow(["Date", "Client", header]);
      ws.addRow(["2025-01-10", "Alpha", 12.5]);
      ws.addRow(["2025-02-12", "Beta", 40]);
      for (const r of [2, 3]) ws.getCell(`C${r}`).numFmt = typeof numFmt === "string" ? numFmt : numFmt(r);
    });
  }
  const units = (r: { diagnostics: { code: string }[] }) =>
    r.diagnostics.map((d) => d.code).filter((c) => c.startsWith("amount_unit"));

  // The accountant's figure: 12.5 k€ + 40 k€ = 52 500.00 €.
  it.each(['#,##0.0" k€"', "0.0\\ \\k\\€", '# ##0.0" K€";-# ##0.0" K€"', '#,##0.0" kEUR"'])(
    "reads them × 1 000 when every cell's format writes k€ after the number (%s), and says so",
    async (fmt) => {
      const r = compute(await readXlsx(await sheet(fmt)));
      expect(r.totals.caop.toFixed(2)).toBe("52500.00");
      expect(units(r)).toEqual(["amount_unit_shown"]);
    },
  );

  it("reads them as written when the format divides (full euros shown in k€), differs between cells or writes no unit", async () => {
    for (const fmt of [
      '#,##0.0," k€"',
      (row: number) => (row === 2 ? '#,##0.0" k€"' : "#,##0.0"),
      "#,##0.00 €",
    ]) {
      const r = compute(await readXlsx(await sheet(fmt)));
      expect([r.totals.caop.toFixed(2), units(r)]).toEqual(["52.50", []]);
    }
  });

  it("counts the unit once when the header names it too", async () => {
    const r = compute(await readXlsx(await sheet('#,##0.0" k€"', "CA HT (k€)")));
    expect([r.totals.caop.toFixed(2), units(r)]).toEqual(["52500.00", ["amount_unit"]]);
  });
});

describe("dateToSerial", () => {
  it("matches Excel serials in both date systems", () => {
    expect(dateToSerial(utcDate(1900, 3, 1), false)).toBe(61);
    expect(dateToSerial(utcDate(2025, 1, 1), false)).toBe(45658);
    expect(dateToSerial(utcDate(1904, 1, 1), true)).toBe(0);
    expect(dateToSerial(utcDate(2025, 1, 1, 12), false)).toBe(45658.5);
  });
});
