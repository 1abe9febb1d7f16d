import ExcelJS from "exceljs";
import { findHeaderRow, headerRowOf, twoRowHeader } from "../../src/core/header";
import { compute } from "../../src/core/engine";
import { tableFromGrid } from "../../src/workbook/grid";
import { readCsv } from "../../src/workbook/readers/csv";
import { readXlsx } from "../../src/workbook/readers/xlsx";

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe("finding the header row under a title", () => {
  it("is the first row naming a date and an amount; -1 when none does", () => {
    expect(
      findHeaderRow([["Export des ventes"], [], ["Date", "Libellé", "Montant HT"], ["x", "y", "z"]]),
    ).toBe(2);
    expect(findHeaderRow([["Date", "Montant"]])).toBe(0);
    expect(
      findHeaderRow([
        ["Nom", "Ville"],
        ["a", "b"],
      ]),
    ).toBe(-1);
  });
  it("passes over a recap box of 'label :' cells beside values above the table; a header written 'Date :' is still one", () => {
    // "Date d'édition :" 05/04/2025 … "Total HT :" =SUM(…): a date and an amount named, yet no header.
    const recap = ["Date d'édition :", 45752, null, null, "Total HT :", 6030.95];
    const header = ["Date", "N° facture", "Client", "Montant HT", "Montant TTC"];
    expect(
      findHeaderRow([
        ["Relevé des ventes — T1 2025"],
        recap,
        [],
        header,
        [45669, "F000", "A", 113.52, 136.22],
      ]),
    ).toBe(3);
    expect(
      findHeaderRow([
        ["Date :", "Client :", "Montant HT :"],
        [45669, "A", 100],
      ]),
    ).toBe(0);
    // A CSV's recap: its values are texts.
    const csvRecap = ["Date d'édition :", "15/02/2025", "", "Total HT :", "20 228,62"];
    expect(findHeaderRow([csvRecap, [], ["Date", "N° facture", "Client", "Montant HT"]])).toBe(2);
  });

  it("CSV: a title and a blank line above the header are read as a title, with sheet row numbers", () => {
    const t = readCsv(
      utf8("Export des ventes - janvier 2025\n\nDate;Compte;Montant\n15/01/2025;706000;abc\n"),
    );
    expect(t.headers).toEqual(["Date", "Compte", "Montant"]);
    expect(t.firstRow).toBe(4);
    expect(t.readDiagnostics?.map((d) => [d.code, d.row])).toEqual([["above_header", 3]]);
    const r = compute(t);
    expect(r.diagnostics.find((d) => d.code === "amount_unreadable")?.row).toBe(4);
  });
  it("CSV: a title with a comma does not decide the separator", () => {
    const t = readCsv(utf8("Ventes, janvier 2025\nDate;Libellé;Montant\n15/01/2025;Vente;1 000,50\n"));
    expect(t.headers).toEqual(["Date", "Libellé", "Montant"]);
    expect(compute(t).totals.caop.toFixed(2)).toBe("1000.50");
  });
  it('CSV: Excel\'s "sep=;" line declares the separator', () => {
    const t = readCsv(utf8("sep=;\r\nDate;Libellé;Montant\r\n15/01/2025;Vente, lot 2;12,00\r\n"));
    expect(t.headers).toEqual(["Date", "Libellé", "Montant"]);
    expect(t.rows[0]).toEqual(["15/01/2025", "Vente, lot 2", "12,00"]);
    // Excel hides the sep= line: the first data line is row 2 (SPEC 2.2).
    expect(t.firstRow).toBe(2);
  });
  it("xlsx: title rows above the header are skipped with a diagnostic", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Ventes");
    ws.getCell("A1").value = "Grand livre des ventes 2025";
    ws.getCell("A2").value = "Société Exemple SAS";
    ws.addRow([]);
    ws.getRow(4).values = ["Date", "Compte", "Montant"];
    ws.getRow(5).values = [new Date(Date.UTC(2025, 0, 15)), "706000", 99.5];
    const t = await readXlsx(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(t.headers).toEqual(["Date", "Compte", "Montant"]);
    expect(t.firstRow).toBe(5);
    expect(t.readDiagnostics?.[0]).toMatchObject({ code: "above_header", row: 4 });
    expect(compute(t).totals.caop.toFixed(2)).toBe("99.50");
  });
  it("a sheet range read by the add-in: the header under a title keeps the sheet's row numbers", () => {
    const t = tableFromGrid(
      [
        ["Ventes janvier", "", ""],
        ["Date", "Libellé", "Montant"],
        ["15/01/2025", "Vente", "10"],
      ],
      { sheet: "Feuil1", row: 1, col: 1 },
    );
    expect(t.headers).toEqual(["Date", "Libellé", "Montant"]);
    expect(t.firstRow).toBe(3);
    expect(t.source).toBe("Feuil1!A2:C3");
  });
});

describe("a header written on two rows (Excel's merged cells)", () => {
  // A journal whose "Montant" is merged over "Débit | Crédit": 1000 of sales, 50 of discount.
  const LINES: (string | number | null)[][] = [
    ["15/01/2025", "411000", "Client Martin", 1200, null],
    ["15/01/2025", "706000", "Prestation Martin", null, 1000],
    ["15/01/2025", "445710", "TVA", null, 200],
    ["20/01/2025", "709000", "Remise Martin", 50, null],
    ["20/01/2025", "411000", "Client Martin", null, 50],
  ];

  it("reads the lower row where the upper one is merged (blank, or the text of the cell to its left)", () => {
    const top = ["Date", "Compte", "Libellé", "Montant", ""];
    expect(twoRowHeader(top, ["", "", "", "Débit", "Crédit"])).toEqual([
      "Date",
      "Compte",
      "Libellé",
      "Débit",
      "Crédit",
    ]);
    // ExcelJS gives a merged cell's text in each of its cells: "Date" over "Date", "Montant" twice.
    expect(
      twoRowHeader(["Date", "Compte", "Montant", "Montant"], ["Date", "Compte", "Débit", "Crédit"]),
    ).toEqual(["Date", "Compte", "Débit", "Crédit"]);
  });

  it("a lower cell naming a field only after its merged cell: 'Montant HT' over 'Brut | Remise | Net'", () => {
    const csv = [
      "Date;Compte;Montant HT;;",
      ";;Brut;Remise;Net",
      "06/01/2025;706000;1 000,00;100,00;900,00",
      "14/01/2025;706000;2 000,00;0,00;2 000,00",
    ].join("\n");
    const t = readCsv(utf8(csv));
    expect(t.headers).toEqual(["Date", "Compte", "Montant HT Brut", "Remise", "Net"]);
    const r = compute(t);
    expect([r.totals.caop.toFixed(2), r.totals.deductions.discount.toFixed(2)]).toEqual([
      "2900.00",
      "100.00",
    ]);
    // A lower cell naming nothing even so is data: the row is not a header.
    expect(twoRowHeader(["Date", "Montant HT", ""], ["", "Brut", "Lemoine"])).toBeNull();
  });

  it("'Montant' over 'TTC | TVA | HT': the amount is HT, words naming no field kept as names", () => {
    expect(twoRowHeader(["Date", "Client", "Montant", "", ""], ["", "", "TTC", "TVA", "HT"])).toEqual([
      "Date",
      "Client",
      "TTC",
      "TVA",
      "HT",
    ]);
  });

  it("columns merged down both rows give their text on both: still one header (a column naming no field kept)", () => {
    const top = ["Date", "Client", "Montant", "", "Mode de paiement"];
    expect(twoRowHeader(top, ["Date", "Client", "TTC", "HT", "Mode de paiement"])).toEqual([
      "Date",
      "Client",
      "TTC",
      "HT",
      "Mode de paiement",
    ]);
  });

  it("'Date' merged over 'Facture | Échéance': the invoice's date and the due date, never an invoice number", () => {
    const both = twoRowHeader(
      ["Date", "Date", "Client", "Montant HT"],
      ["Facture", "Échéance", "Client", "Montant HT"],
    );
    expect(both).toEqual(["Date Facture", "Date Échéance", "Client", "Montant HT"]);
    // Saved as CSV, the merged cells blank.
    expect(twoRowHeader(["Date", "", "Montant", ""], ["Facture", "Livraison", "HT", "TTC"])).toEqual([
      "Date Facture",
      "Date Livraison",
      "HT",
      "TTC",
    ]);
  });

  it("'Montant TTC' and 'Montant HT' each over 'Débit | Crédit': the tax-exclusive pair is the one read", () => {
    const top = ["Date", "Compte", "Montant TTC", "Montant TTC", "Montant HT", "Montant HT"];
    const lower = ["", "", "Débit", "Crédit", "Débit", "Crédit"];
    const both = twoRowHeader(top, lower);
    expect(both).toEqual([
      "Date",
      "Compte",
      "Débit (Montant TTC)",
      "Crédit (Montant TTC)",
      "Débit",
      "Crédit",
    ]);
    const t = {
      headers: both ?? [],
      rows: [["05/01/2025", "706000", null, 1200, null, 1000]],
      firstRow: 3,
      source: "t",
    };
    expect([compute(t).mapping.debit, compute(t).mapping.credit, compute(t).totals.caop.toFixed(2)]).toEqual([
      4,
      5,
      "1000.00",
    ]);
  });

  it("a ledger with title rows above 'Mouvements | Solde' over 'Débit | Crédit' twice", () => {
    const csv = [
      "Grand livre - SARL Exemple",
      "Période du 01/01/2025 au 31/01/2025",
      "Date;Compte;Libellé;Mouvements;;Solde;",
      ";;;Débit;Crédit;Débit;Crédit",
      "15/01/2025;706000;Prestation;;1000,00;;1000,00",
      "20/01/2025;709000;Remise;50,00;;;950,00",
    ].join("\n");
    const t = readCsv(utf8(csv));
    expect(t.headers).toEqual(["Date", "Compte", "Libellé", "Débit", "Crédit", "Débit", "Crédit"]);
    expect(t.firstRow).toBe(5);
    expect(compute(t).totals.caop.toFixed(2)).toBe("950.00");
  });

  it("a text under a plain header cell is data: a section row 'Ventes France' stays a row", () => {
    expect(
      twoRowHeader(["Date", "Libellé", "Débit", "Crédit", ""], ["", "Ventes France", "", "", "Remarque"]),
    ).toBeNull();
    expect(twoRowHeader(["Date", "Libellé", "Montant", ""], ["", "Remise", "", ""])).toBeNull();
  });

  it("leaves a data row, a text-only data row and a repeated header as they are", () => {
    const top = ["Date", "Compte", "Libellé", "Montant", ""];
    expect(twoRowHeader(top, ["15/01/2025", "706000", "Vente", "100", ""])).toBeNull();
    expect(twoRowHeader(top, [45672, "706000", "Vente", 100, null])).toBeNull();
    // A heading row of a ledger: texts, but not names of columns.
    expect(twoRowHeader(top, ["", "706000 Ventes", "", "", ""])).toBeNull();
    // A section row whose only text is a field's name ("Remise" names discount amounts), under no
    // merged cell: data, not a header.
    expect(twoRowHeader(["Date", "Libellé", "Montant"], ["", "Remise", ""])).toBeNull();
    // Names of columns, but under no merged cell and adding no field: the header row repeated.
    expect(twoRowHeader(["Date", "Montant"], ["Date", "Montant"])).toBeNull();
    expect(twoRowHeader(top, undefined)).toBeNull();
  });

  it("CSV: the header is read from both lines, the data starts on line 3, said once", () => {
    const csv = [
      "Date;Compte;Libellé;Montant;",
      ";;;Débit;Crédit",
      ...LINES.map((l) => l.map((v) => (v === null ? "" : String(v))).join(";")),
    ].join("\r\n");
    const t = readCsv(utf8(csv));
    expect(t.headers).toEqual(["Date", "Compte", "Libellé", "Débit", "Crédit"]);
    expect(t.firstRow).toBe(3);
    expect(t.readDiagnostics?.map((d) => [d.code, d.row, d.value])).toEqual([
      ["two_row_header", 2, "Débit, Crédit"],
    ]);
    const r = compute(t);
    expect(r.totals.caop.toFixed(2)).toBe("950.00");
    expect(r.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });

  it("xlsx: Montant merged over Débit | Crédit, Date merged over two rows", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Journal");
    ws.getRow(1).values = ["Date", "Compte", "Libellé", "Montant"];
    ws.getRow(2).values = [null, null, null, "Débit", "Crédit"];
    ws.mergeCells("A1:A2");
    ws.mergeCells("B1:B2");
    ws.mergeCells("C1:C2");
    ws.mergeCells("D1:E1");
    LINES.forEach((l, i) => {
      const [d, ...rest] = l;
      const [dd, mm, yyyy] = String(d).split("/").map(Number);
      ws.getRow(3 + i).values = [new Date(Date.UTC(yyyy, mm - 1, dd)), ...rest];
    });
    const t = await readXlsx(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(t.headers).toEqual(["Date", "Compte", "Libellé", "Débit", "Crédit"]);
    expect(t.firstRow).toBe(3);
    expect(t.readDiagnostics?.map((d) => [d.code, d.row])).toEqual([["two_row_header", 2]]);
    expect(compute(t).totals.caop.toFixed(2)).toBe("950.00");
  });

  it("a sheet range read by the add-in: Excel gives merged cells' text in their first cell only", () => {
    const t = tableFromGrid(
      [
        ["Date", "Compte", "Libellé", "Montant", ""],
        ["", "", "", "Débit", "Crédit"],
        ...LINES.map((l) => l.map((v) => v ?? "")),
      ],
      { sheet: "Journal", row: 1, col: 1 },
    );
    expect(t.headers).toEqual(["Date", "Compte", "Libellé", "Débit", "Crédit"]);
    expect(t.firstRow).toBe(3);
    expect(t.source).toBe("Journal!A1:E7");
    expect(compute(t).totals.caop.toFixed(2)).toBe("950.00");
  });
});

describe("a balance's header under its title (no date: found only when no header of lines is)", () => {
  it("is the row of an account column beside two balance or month columns", () => {
    const title = [["Balance générale"], ["Du 01/01/2025 au 31/12/2025"]];
    const generale = [
      "Compte",
      "Intitulé",
      "Total débit",
      "Total crédit",
      "Solde débiteur",
      "Solde créditeur",
    ];
    expect(
      findHeaderRow([...title, generale, ["706000", "Prestations", "0,00", "1200,00", "", "1200,00"]]),
    ).toBe(2);
    expect(findHeaderRow([["Balance comparative"], ["Compte", "Intitulé", "Solde N", "Solde N-1"]])).toBe(1);
    expect(findHeaderRow([["Balance"], ["Compte", "Intitulé", "Janv. 2025", "Févr. 2025", "Total"]])).toBe(1);
    // Months in digits (round 28c C08): "01/2025", "2025-01"; a lone year or a day is no month.
    expect(findHeaderRow([["Balance"], ["Compte", "Libellé compte", "01/2025", "02/2025", "Cumul"]])).toBe(1);
    expect(findHeaderRow([["Balance"], ["Compte", "Intitulé", "2025-01", "2025-02"]])).toBe(1);
    expect(findHeaderRow([["x"], ["Compte", "Intitulé", "2024", "2025"]])).toBe(-1);
    expect(findHeaderRow([["x"], ["Compte", "Intitulé", "13/2025", "31/01/2025"]])).toBe(-1);
    // One balance column only, or no account column: no balance.
    expect(findHeaderRow([["x"], ["Compte", "Intitulé", "Solde"]])).toBe(-1);
    expect(findHeaderRow([["x"], ["Client", "Solde N", "Solde N-1"]])).toBe(-1);
    // A header of lines below a balance-like row wins (the search for lines comes first).
    expect(
      findHeaderRow([
        ["Compte", "Intitulé", "Solde N", "Solde N-1"],
        ["Date", "Compte", "Montant"],
      ]),
    ).toBe(1);
  });
});

describe("an Excel pivot table's header (Row Labels / Étiquettes de lignes)", () => {
  it("is found under the value field's row (Somme de Solde | Étiquettes de colonnes)", () => {
    expect(
      findHeaderRow([
        ["Somme de Solde", "Étiquettes de colonnes", null],
        ["Étiquettes de lignes", "706000", "Total général"],
        ["janv. 2025", 100, 100],
      ]),
    ).toBe(1);
    expect(
      findHeaderRow([
        ["Row Labels", "Sum of Net Amount"],
        ["Jan-25", 1],
      ]),
    ).toBe(0);
  });

  it("a header of lines above it wins; a lone Row Labels cell is no header", () => {
    expect(
      findHeaderRow([
        ["Date", "Montant"],
        ["Row Labels", "Sum of Net Amount"],
      ]),
    ).toBe(0);
    expect(
      findHeaderRow([
        ["Titre", null],
        ["Row Labels", null],
        ["x", 1],
      ]),
    ).toBe(-1);
  });
});

describe("headerRowOf: the header row readers take when no row names every required field", () => {
  const company = [
    ["Cabinet Girard Expertise"],
    ["12 rue de la Paix 75002 Paris"],
    [],
    ["Relevé des honoraires"],
  ];
  it("is the row naming the date under title lines of one cell, not the title (round 28c I12)", () => {
    const rows = [...company, ["Date", "N° note", "Client", "Facturé"], [45667, "FA1", "SCI", 7841.2]];
    expect(findHeaderRow(rows)).toBe(-1);
    expect(headerRowOf(rows)).toBe(4);
  });

  it("is the row findHeaderRow finds when one names every field", () => {
    expect(headerRowOf([...company, ["Date", "Client", "Honoraires HT"]])).toBe(4);
  });

  it("stays the first row otherwise: no date named, a data row, a recap box, a first row of two cells", () => {
    expect(headerRowOf([...company, ["N° note", "Client", "Facturé"]])).toBe(0);
    expect(headerRowOf([...company, ["10/01/2025", "FA1", "7841,20"]])).toBe(0);
    expect(headerRowOf([...company, ["Date d'édition :", "05/04/2025"]])).toBe(0);
    expect(
      headerRowOf([
        ["Row Labels", "Sum of Net"],
        ["Date", "Client", "Facturé"],
      ]),
    ).toBe(0);
  });
});
