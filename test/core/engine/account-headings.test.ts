/**
 * General-ledger layout (session 3): account heading rows fill the empty account of the lines below
 * them; heading and total rows are not lines. Streamed in chunks = whole; flat exports unchanged.
 */
import fc from "fast-check";
import { groupBy } from "../../../src/core/aggregate";
import { computeChunks } from "../../../src/core/chunks";
import { compute } from "../../../src/core/engine";
import { withAccountHeadings } from "../../../src/core/engine/evidence/account-headings";
import { detectMapping } from "../../../src/core/fields";
import { toJson } from "../../../src/core/report";
import type { CellValue, RawTable } from "../../../src/core/types";
import { source, split } from "./chunking";

const H = ["Compte", "Date", "Libellé", "Débit", "Crédit"];
const table = (rows: CellValue[][]): RawTable => ({ headers: H, rows, firstRow: 2, source: "gl" });
const GL: CellValue[][] = [
  ["706000 - Prestations de services", "", "", "", ""],
  ["", "15/01/2025", "Durand SARL", "", "1 200,00"],
  ["", "20/02/2025", "Durand SARL", "300,00", ""],
  ["Total 706000", "", "", "300,00", "1 200,00"],
  ["740000 Subventions", "", "", "", ""],
  ["", "10/03/2025", "Région", "", "5 000,00"],
  ["706100", "12/03/2025", "Ligne avec son compte", "", "50,00"],
  ["Total compte 740000", "", "", "0,00", "5 000,00"],
  ["Total général", "", "", "300,00", "6 250,00"],
];

describe("account headings (general ledger)", () => {
  it("gives each line its heading's account; headings and totals are not lines", () => {
    const j = toJson(compute(table(GL)));
    expect([j.caop, j.gross_sales]).toEqual(["950.00", "950.00"]);
    expect(j.excluded.subsidy).toEqual({ count: 1, amount: "5000.00" });
    expect(j.ignored).toEqual({ count: 0, amount: "0.00" });
    const codes = j.diagnostics.map((d) => [d.code, d.row]);
    expect(codes).toContainEqual(["account_headings", 2]);
    expect(codes).toContainEqual(["total_rows", 5]);
    expect(codes.filter(([c]) => c === "date_empty" || c === "debit_and_credit")).toEqual([]);
  });

  it("groups by the filled-down account, even when the account was named in groupColumns", () => {
    const named = compute(table(GL), { groupColumns: ["account", "label"] });
    // The ids read before the headings filled the account are dropped for that column only.
    expect([...(named.lines.groups?.keys() ?? [])]).toEqual([2]);
    const byAccount = (r: ReturnType<typeof compute>) => groupBy(r, 0).map((g) => [g.key, g.caop.toFixed(2)]);
    expect(byAccount(named)).toEqual([
      ["706000", "900.00"],
      ["706100", "50.00"],
    ]);
    expect(byAccount(named)).toEqual(byAccount(compute(table(GL))));
    expect(groupBy(named, 2).map((g) => g.key)).toEqual(groupBy(compute(table(GL)), 2).map((g) => g.key));
  });

  it("keeps the reader's rows that are not lines (a workbook's =SUM totals) apart", () => {
    // Row index 2 is a dated subtotal the reader proved from its =SUM formula (readXlsx notLines).
    const rows: CellValue[][] = [
      ["706000 - Prestations de services", "", "", "", ""],
      ["", "15/01/2025", "Durand SARL", "", "1 200,00"],
      ["", "31/01/2025", "Janvier", "", "1 200,00"],
    ];
    const r = compute({ ...table(rows), notLines: new Set([2]) });
    expect([r.totals.caop.toFixed(2), r.totals.lines]).toEqual(["1200.00", 1]);
  });

  it("leaves a flat export as it is (same table object)", () => {
    const flat = table([
      ["706000", "15/01/2025", "Durand", "", "1 200,00"],
      ["", "16/01/2025", "Sans compte", "", "10,00"],
    ]);
    expect(withAccountHeadings(flat, detectMapping(H).mapping, undefined).table).toBe(flat);
  });

  it("streamed in any chunking = whole (the heading in force crosses chunk boundaries)", async () => {
    const whole = toJson(compute(table(GL)));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 1, max: 4 }), { maxLength: 5 }), async (sizes) => {
        const streamed = toJson(await computeChunks(source(split(table(GL), sizes))));
        expect([streamed.caop, streamed.excluded.subsidy, streamed.ignored]).toEqual([
          whole.caop,
          whole.excluded.subsidy,
          whole.ignored,
        ]);
        expect(streamed.diagnostics.filter((d) => d.code === "account_headings")).toHaveLength(1);
        expect(streamed.diagnostics.filter((d) => d.code === "total_rows")).toHaveLength(1);
      }),
      { numRuns: 40 },
    );
  });
});

describe("Excel's Subtotal command ('janv. 2025 Total', 'Grand Total' on undated rows)", () => {
  it("its rows are totals, not lines with an empty date", () => {
    const r = compute({
      headers: ["Date", "Mois", "Compte", "Montant HT"],
      rows: [
        [45661, "janv. 2025", "706000", 1200],
        [45675, "janv. 2025", "709000", -60],
        [null, "janv. 2025 Total", null, 1140],
        [45691, "févr. 2025", "706000", 950],
        [null, "févr. 2025 Total", null, 950],
        [null, "Grand Total", null, 2090],
      ],
      firstRow: 2,
      source: "xlsx",
    });
    expect(r.totals.caop.toFixed(2)).toBe("2090.00");
    expect(r.diagnostics.map((d) => [d.code, d.row])).toEqual([["total_rows", 4]]);
  });

  it("in the date column itself ('15/01/2025 Total', 'Grand Total'): totals too, not unreadable dates", () => {
    const r = compute({
      headers: ["Date", "Compte", "Montant HT"],
      rows: [
        [45672, "706000", 1200],
        ["15/01/2025 Total", null, 1200],
        [45691, "706000", 950],
        ["Grand Total", null, 2150],
      ],
      firstRow: 2,
      source: "xlsx",
    });
    expect(r.totals.caop.toFixed(2)).toBe("2150.00");
    expect(
      r.diagnostics
        .filter((d) => d.severity !== "info" || d.code === "total_rows")
        .map((d) => [d.code, d.row]),
    ).toEqual([["total_rows", 3]]);
  });
});

describe("sign sanity: negative months in a file whose signs look right", () => {
  it("says to check those months' credit notes, not that the columns are swapped", () => {
    const r = compute(
      table([
        ["706000", "15/01/2025", "Vente", "", "1 000,00"],
        ["706000", "20/02/2025", "Avoir", "300,00", ""],
        ["706000", "03/03/2025", "Vente", "", "500,00"],
      ]),
    );
    const d = r.diagnostics.find((x) => x.code === "sign_convention");
    expect(d?.messageEn ?? "").toContain("the file's signs look right");
    expect(d?.messageEn ?? "").not.toContain("swapped");
    // Each month with its own CA OP; the file's said as the file's.
    expect(d?.messageEn ?? "").toContain("2025-02 (-300.00)");
    expect(d?.message ?? "").toContain("CA OP du fichier 1200.00");
  });
});

describe("carried balances of a ledger printed for a period (Solde au …, Report à nouveau)", () => {
  // Q2 ledger: each account opens with its balance at 31/03, dated like a line.
  const Q2: CellValue[][] = [
    ["706000", "01/04/2025", "Solde au 31/03/2025", "", "45 000,00"],
    ["706000", "03/04/2025", "Client Durand", "", "3 000,00"],
    ["706000", "22/05/2025", "Solde facture FA210", "", "500,00"],
    ["709000", "01/04/2025", "Report à nouveau", "1 200,00", ""],
    ["709000", "30/06/2025", "Remise Durand", "300,00", ""],
    ["411000", "01/04/2025", "A nouveau", "9 000,00", ""],
  ];

  it("are not lines: each is said with its row and value; a 'Solde facture' line still counts", () => {
    const j = toJson(compute(table(Q2)));
    // 3 000 + 500 − 300; the 411 "A nouveau" is not revenue (outside class 7), as any 411 line.
    expect([j.caop, j.gross_sales, j.deductions.discount]).toEqual(["3200.00", "3500.00", "300.00"]);
    const opening = j.diagnostics.filter((d) => d.code === "opening_balance");
    expect(opening.map((d) => [d.row, d.column, d.value])).toEqual([
      [2, "Libellé", "Solde au 31/03/2025"],
      [5, "Libellé", "Report à nouveau"],
    ]);
    expect(j.months.map((m) => [m.period, m.caop])).toEqual([
      ["2025-04", "3000.00"],
      ["2025-05", "500.00"],
      ["2025-06", "-300.00"],
    ]);
  });

  it.each([
    ["Report", true],
    ["A reporter", true],
    ["Ancien solde", true],
    ["Report au 01/04/2025", true],
    ["Reprise de solde", true],
    ["Total report", true],
    ["Solde au 31 mars 2025", true],
    ["Opening balance as at 01/04/2025", true],
    ["Balance b/f", true],
    // The movements before the period summed on one row (ledgers printed for one month).
    ["Cumuls antérieurs", true],
    ["Total antérieur", true],
    ["Totaux antérieurs", true],
    ["Mouvements antérieurs", true],
    ["Antérieur", true],
    ["Cumul au 31/03/2025", true],
    ["Solde début de période", true],
    ["Solde à fin mars", true],
    ["Solde à fin mars 2025", true],
    ["Report janvier", true],
    ["Report de février 2025", true],
    // A label that says more is a line of its own (a progress invoice, a customer's name).
    ["Solde au 31/01/2025 situation n°3 chantier Leroy", false],
    ["A nouveau client Martin", false],
    ["Solde facture FA210", false],
    ["Solde de tout compte", false],
    ["Report de livraison", false],
    ["Cumul chiffre client Martin", false],
    ["Antériorité client", false],
  ])("%s on a 706 ledger line: carried balance %p", (label, carried) => {
    const j = toJson(compute(table([["706000", "01/04/2025", label, "", "45 000,00"], ...Q2.slice(1, 2)])));
    expect(j.caop).toBe(carried ? "3000.00" : "48000.00");
    expect(j.diagnostics.some((d) => d.code === "opening_balance")).toBe(carried);
  });

  it("streamed in chunks = whole; a single amount column is not a ledger and keeps its lines", async () => {
    const whole = toJson(compute(table(Q2)));
    expect(toJson(await computeChunks(source(split(table(Q2), [2, 1]))))).toEqual(whole);
    const flat: RawTable = {
      headers: ["Date", "Libellé", "Montant"],
      rows: [["01/04/2025", "Solde au client Dupont", "100,00"]],
      firstRow: 2,
      source: "t",
    };
    expect(toJson(compute(flat)).gross_sales).toBe("100.00");
  });

  it("a hand-kept sheet or receipts book: the month's carried total is no sale, a line that says more is", async () => {
    // February's page opens with January's total carried ("Report janvier") and closes with the
    // total carried to March ("A reporter"): the month's sales are 958.82 + 991.81 = 1 950.63.
    const book: RawTable = {
      headers: ["Date", "Libellé", "Montant HT"],
      rows: [
        ["01/02/2025", "Report janvier", "12 345,67"],
        ["09/02/2025", "Vente", "958,82"],
        ["21/02/2025", "Report de livraison Martin", "991,81"],
        ["28/02/2025", "A reporter", "14 296,30"],
        ["28/02/2025", "Report page précédente", "350,00"],
      ],
      firstRow: 2,
      source: "t",
    };
    const j = toJson(compute(book));
    expect(j.caop).toBe("1950.63");
    expect(j.diagnostics.filter((d) => d.code === "opening_balance").map((d) => [d.row, d.value])).toEqual([
      [2, "Report janvier"],
      [5, "A reporter"],
      [6, "Report page précédente"],
    ]);
    expect(toJson(await computeChunks(source(split(book, [1, 2, 2]))))).toEqual(j);
  });
});

describe("a ledger printed without an account column (Sage Grand livre: headings in the date column)", () => {
  const headers = ["Date", "Journal", "Pièce", "Libellé", "Débit", "Crédit"];
  // Every account of the ledger: 411 and 445 lines cancel the sale, 512 the subsidy, if taken as sales.
  const rows: CellValue[][] = [
    ["411000 - Clients"],
    ["05/01/2025", "VT", "FA001", "Facture Dupont", "1 200,00", ""],
    ["15/02/2025", "BQ", "RG001", "Règlement Dupont", "", "1 200,00"],
    ["Total 411000", "", "", "", "1 200,00", "1 200,00"],
    ["445710 - TVA collectée"],
    ["05/01/2025", "VT", "FA001", "Facture Dupont", "", "200,00"],
    ["512000 - Banque"],
    ["20/02/2025", "BQ", "VIR", "Subvention BPI", "5 000,00", ""],
    ["706000 - Prestations de services"],
    ["05/01/2025", "VT", "FA001", "Facture Dupont", "", "1 000,00"],
    // A short line (no trailing empty credit cell): its account still lands in the account column.
    ["06/01/2025", "VT", "AV001", "Avoir Dupont", "100,00"],
    ["740000 Subventions d'exploitation"],
    ["20/02/2025", "BQ", "VIR", "Subvention BPI", "", "5 000,00"],
    ["Total général", "", "", "", "7 400,00", "7 400,00"],
  ];
  const gl: RawTable = { headers, rows, firstRow: 2, source: "gl" };

  it("gives each line its heading's account: only the 706 sale counts, the 740 line is a subsidy", () => {
    const j = toJson(compute(gl));
    // 1 000 − the 100 credit note on 706 (a return by its label, on a sales account, reducing revenue).
    expect([j.caop, j.gross_sales, j.deductions.return]).toEqual(["900.00", "1000.00", "100.00"]);
    expect(j.excluded.subsidy).toEqual({ count: 1, amount: "5000.00" });
    expect(j.to_review.count).toBe(0);
    expect(j.mapping.account).toBe("Compte (titres du grand livre)");
    const codes = j.diagnostics.map((d) => [d.code, d.row]);
    expect(codes).toContainEqual(["account_headings", 2]);
    expect(codes).toContainEqual(["total_rows", 5]);
    expect(codes.filter(([c]) => c === "date_unreadable" || c === "amount_unreadable")).toEqual([]);
  });

  it("streamed in chunks = whole (the heading in force crosses chunks); an account un-mapped on purpose stays so", async () => {
    const whole = toJson(compute(gl));
    for (const sizes of [[1], [2, 3], [4, 1, 1]])
      expect(toJson(await computeChunks(source(split(gl, sizes))))).toEqual(whole);
    expect(toJson(compute(gl, { mapping: { account: null } })).mapping.account).toBeUndefined();
  });

  it("a date column of dates only (ddmmyy '150125' included) gets no account column", () => {
    const t: RawTable = {
      headers: ["Date", "Libellé", "Montant"],
      rows: [
        ["150125", "Vente", "10,00"],
        ["2025-01-16", "Vente", "5,00"],
      ],
      firstRow: 2,
      source: "t",
    };
    expect(toJson(compute(t)).mapping.account).toBeUndefined();
  });
});

describe("Xero's Account Transactions: named headings with their code in the date column", () => {
  const headers = ["Date", "Source", "Description", "Reference", "Debit", "Credit", "Running Balance"];
  const rows: CellValue[][] = [
    ["Accounts Receivable (610)"],
    ["14/01/2025", "Receivable Invoice", "City Agency", "INV-1", "1440,00", "", "1440,00"],
    ["Total Accounts Receivable (610)", "", "", "", "1440,00", "0,00", ""],
    ["Sales (200)"],
    ["Opening Balance", "", "", "", "", "", "0,00"],
    ["14/01/2025", "Receivable Invoice", "City Agency - Consulting", "INV-1", "", "1200,00", "-1200,00"],
    ["20/02/2025", "Receivable Invoice", "Ridgeway - Consulting", "INV-3", "", "1500,00", "-2700,00"],
    ["Total Sales (200)", "", "", "", "0,00", "2700,00", ""],
    ["Closing Balance", "", "", "", "", "", "-2700,00"],
    ["Interest Income (270)"],
    ["28/02/2025", "Spend Money", "Bank interest", "", "", "12,50", "-12,50"],
    ["VAT (820)"],
    ["14/01/2025", "Receivable Invoice", "City Agency - Consulting", "INV-1", "", "240,00", "-240,00"],
  ];
  const xero: RawTable = { headers, rows, firstRow: 2, source: "xero" };

  it("reads each heading by its name: the sales count; receivable and VAT are not revenue, interest is financial", () => {
    const j = toJson(compute(xero));
    expect([j.caop, j.months.map((m) => m.caop)]).toEqual(["2700.00", ["1200.00", "1500.00"]]);
    expect(j.excluded.financial).toEqual({ count: 1, amount: "12.50" });
    // Each account's Opening Balance and Closing Balance rows are not lines (no date to read).
    expect(j.diagnostics.map((d) => d.code)).not.toContain("date_unreadable");
    expect(j.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });

  it("reads Xero's Other Revenue (260) as outside the business: a grant received there is no sale", () => {
    const other: RawTable = {
      ...xero,
      rows: [
        ...xero.rows,
        ["Other Revenue (260)"],
        ["20/05/2025", "Receive Money", "Innovate UK", "Grant", "", "8000,00", "-8000,00"],
        ["Total Other Revenue (260)", "", "", "", "0,00", "8000,00", ""],
      ],
    };
    const j = toJson(compute(other));
    expect(j.caop).toBe("2700.00");
    expect(j.excluded.non_core).toEqual({ count: 1, amount: "8000.00" });
  });

  it("reads the names in a single signed amount column too (not a journal layout)", () => {
    const net: RawTable = {
      ...xero,
      headers: ["Date", "Source", "Description", "Reference", "Net"],
      rows: rows.map((r) =>
        r.length === 1 ? r : [...r.slice(0, 4), String(r[5] ?? "") === "" ? `-${String(r[4])}` : r[5]],
      ),
    };
    expect(toJson(compute(net)).caop).toBe("2700.00");
  });

  it("streamed in chunks = whole (a named heading in force crosses chunks)", async () => {
    const whole = toJson(compute(xero));
    for (const sizes of [[1], [2, 3], [4, 1, 1]])
      expect(toJson(await computeChunks(source(split(xero, sizes))))).toEqual(whole);
  });
});

describe("journal entries dated on their first line only (QuickBooks Journal report)", () => {
  const headers = ["Date", "Transaction Type", "Num", "Memo/Description", "Account", "Debit", "Credit"];
  const rows: CellValue[][] = [
    ["01/15/2025", "Invoice", "1001", "", "Accounts Receivable (A/R)", "$1,630.00", ""],
    ["", "", "", "Blue widget x100", "Sales of Product Income", "", "$1,500.00"],
    ["", "", "", "Sales tax", "Sales Tax Payable", "", "$130.00"],
    ["02/20/2025", "Invoice", "1002", "", "Accounts Receivable (A/R)", "$2,300.00", ""],
    ["", "", "", "Installation", "Services", "", "$2,500.00"],
    ["", "", "", "Loyalty discount", "Discounts given", "$200.00", ""],
    // An undated line with its own number is not a continuation: its date is missing.
    ["", "Invoice", "1003", "Consulting", "Services", "", "$900.00"],
  ];
  const qbo: RawTable = { headers, rows, firstRow: 2, source: "qbo" };

  it("the entry's undated lines take its first line's date, said once; a line with its own number does not", () => {
    const j = toJson(compute(qbo));
    expect([j.caop, j.deductions.discount]).toEqual(["3800.00", "200.00"]);
    expect(j.months.map((m) => [m.period, m.caop])).toEqual([
      ["2025-01", "1500.00"],
      ["2025-02", "2300.00"],
    ]);
    const codes = j.diagnostics.map((d) => [d.code, d.row]);
    expect(codes).toContainEqual(["entry_dates_filled", 3]);
    expect(codes).toContainEqual(["date_empty", 8]);
    expect(j.ignored).toEqual({ count: 1, amount: "900.00" });
  });

  it("the same under QuickBooks' French headers ('N°' the entry number)", () => {
    const fr: RawTable = {
      ...qbo,
      headers: ["Date", "Type de transaction", "N°", "Description", "Compte", "Débit", "Crédit"],
    };
    expect(toJson(compute(fr)).caop).toBe("3800.00");
  });

  it("streamed in chunks = whole, an entry cut between two chunks; without a type or number column nothing is filled", async () => {
    const whole = toJson(compute(qbo));
    for (const sizes of [[1], [2, 2], [4]])
      expect(toJson(await computeChunks(source(split(qbo, sizes))))).toEqual(whole);
    const bare: RawTable = {
      headers: ["Date", "Account", "Debit", "Credit"],
      rows: rows.map((r) => [r[0], r[4], r[5], r[6]]),
      firstRow: 2,
      source: "bare",
    };
    expect(toJson(compute(bare)).diagnostics.some((d) => d.code === "entry_dates_filled")).toBe(false);
  });
});

describe("journal entries dated on their first line, their reference on every line (Sage 50 US)", () => {
  const headers = [
    "Date",
    "Account ID",
    "Account Description",
    "Reference",
    "Jrnl",
    "Debit Amt",
    "Credit Amt",
  ];
  const rows: CellValue[][] = [
    ["1/14/25", "11000", "Accounts Receivable", "10301", "SJ", "1,070.00", ""],
    ["", "40000-EQ", "Sales - Equipment", "10301", "SJ", "", "1,000.00"],
    ["", "23100", "Sales Tax Payable", "10301", "SJ", "", "70.00"],
    ["2/3/25", "11000", "Accounts Receivable", "10302", "SJ", "535.00", ""],
    ["", "40000-NU", "Sales - Nursery", "10302", "SJ", "", "500.00"],
    ["", "23100", "Sales Tax Payable", "10302", "SJ", "", "35.00"],
    // Another reference without a date: its date is missing, not its neighbour's.
    ["", "40000-NU", "Sales - Nursery", "10399", "SJ", "", "900.00"],
  ];
  const sage: RawTable = { headers, rows, firstRow: 2, source: "sage50us" };

  it("an undated line with its entry's reference takes the entry's date; another reference does not", () => {
    const j = toJson(compute(sage));
    expect(j.months.map((m) => [m.period, m.caop])).toEqual([
      ["2025-01", "1000.00"],
      ["2025-02", "500.00"],
    ]);
    const codes = j.diagnostics.map((d) => [d.code, d.row]);
    expect(codes).toContainEqual(["entry_dates_filled", 3]);
    expect(codes).toContainEqual(["date_empty", 8]);
  });

  it("a journal print with its code on every line and the number on the first only (EBP, Ciel)", () => {
    const fr: RawTable = {
      headers: ["Date", "Journal", "N° pièce", "Compte", "Libellé", "Débit", "Crédit"],
      rows: [
        ["05/01/2025", "VE", "FA1", "411000", "Facture FA1", "1200,00", ""],
        ["", "VE", "", "706000", "Facture FA1", "", "1000,00"],
        ["", "VE", "", "445710", "Facture FA1", "", "200,00"],
        ["", "VE", "FA2", "706000", "Facture FA2", "", "300,00"],
      ],
      firstRow: 2,
      source: "ebp",
    };
    const j = toJson(compute(fr));
    expect(j.caop).toBe("1000.00");
    expect(j.diagnostics.map((d) => [d.code, d.row])).toContainEqual(["date_empty", 5]);
  });

  it("streamed in chunks = whole, an entry cut between two chunks; the chart said once", async () => {
    // Counted notes (not_revenue) come last from chunks: compared in one order.
    const sorted = (j: ReturnType<typeof toJson>) => ({
      ...j,
      diagnostics: [...j.diagnostics].sort((a, b) => a.code.localeCompare(b.code) || a.row - b.row),
    });
    const whole = sorted(toJson(compute(sage)));
    for (const sizes of [[1], [2, 2], [4]])
      expect(sorted(toJson(await computeChunks(source(split(sage, sizes)))))).toEqual(whole);
  });
});

describe("a journal printed with its date once per day (Sage, EBP, Ciel journal prints)", () => {
  const headers = ["Date", "Journal", "N° pièce", "Compte", "Libellé", "Débit", "Crédit"];
  // Three days; under each day's first entry, an undated entry with its own piece number.
  const rows: CellValue[][] = [
    ["06/01/2025", "VE", "FA1", "411000", "Facture FA1", "1200,00", ""],
    ["", "VE", "FA1", "706000", "Facture FA1", "", "1000,00"],
    ["", "VE", "FA1", "445710", "Facture FA1", "", "200,00"],
    ["", "VE", "FA2", "411000", "Facture FA2", "600,00", ""],
    ["", "VE", "FA2", "706000", "Facture FA2", "", "500,00"],
    ["", "VE", "FA2", "445710", "Facture FA2", "", "100,00"],
    ["14/02/2025", "AC", "A1", "607000", "Fournisseur", "100,00", ""],
    ["", "AC", "A1", "401000", "Fournisseur", "", "100,00"],
    ["", "VE", "FA3", "411000", "Facture FA3", "360,00", ""],
    ["", "VE", "FA3", "706000", "Facture FA3", "", "300,00"],
    ["", "VE", "FA3", "445710", "Facture FA3", "", "60,00"],
    ["03/03/2025", "VE", "FA4", "411000", "Facture FA4", "240,00", ""],
    ["", "VE", "FA4", "706000", "Facture FA4", "", "200,00"],
    ["", "VE", "FA4", "445710", "Facture FA4", "", "40,00"],
    ["", "VE", "FA5", "411000", "Facture FA5", "840,00", ""],
    ["", "VE", "FA5", "706000", "Facture FA5", "", "700,00"],
    ["", "VE", "FA5", "445710", "Facture FA5", "", "140,00"],
  ];
  const day: RawTable = { headers, rows, firstRow: 2, source: "journal-par-jour" };

  it("every undated line takes the day's date above it, said with its row and date", () => {
    const j = toJson(compute(day));
    // 706 credits: January FA1 1 000 + FA2 500 = 1 500; February FA3 300; March FA4 200 + FA5 700 = 900.
    expect(j.caop).toBe("2700.00");
    expect(j.months.map((m) => [m.period, m.caop])).toEqual([
      ["2025-01", "1500.00"],
      ["2025-02", "300.00"],
      ["2025-03", "900.00"],
    ]);
    const note = j.diagnostics.find((d) => d.code === "dates_once_per_day");
    expect([note?.row, note?.column, note?.value]).toEqual([5, "Date", "06/01/2025"]);
    expect(j.diagnostics.filter((d) => d.code === "date_empty")).toEqual([]);
  });

  it("not proven when two dated rows in a row share a date: another piece's undated lines stay undated", () => {
    // FA4 dated 14/02/2025 like the A1 row above it: dates are per entry, not per day.
    const perEntry = { ...day, rows: rows.map((r, i) => (i === 11 ? ["14/02/2025", ...r.slice(1)] : r)) };
    const j = toJson(compute(perEntry));
    // Only the dated entries count: FA1 1 000 (January) + FA4 200 (February) = 1 200.
    expect(j.caop).toBe("1200.00");
    const empty = j.diagnostics.filter((d) => d.code === "date_empty").map((d) => d.row);
    expect(empty).toEqual(expect.arrayContaining([6, 11, 17]));
    expect(j.diagnostics.some((d) => d.code === "dates_once_per_day")).toBe(false);
  });

  it("not proven on one day: a single undated entry stays a missing date", () => {
    const j = toJson(compute({ ...day, rows: rows.slice(0, 6) }));
    // FA1 1 000 only; FA2's 500 is a line without a date.
    expect(j.caop).toBe("1000.00");
    expect(j.diagnostics.map((d) => [d.code, d.row])).toContainEqual(["date_empty", 6]);
  });

  it("streamed = whole once the proof stands in the first chunk; the note said once", async () => {
    const whole = toJson(compute(day));
    for (const sizes of [[15], [15, 1], [16]])
      expect(toJson(await computeChunks(source(split(day, sizes))))).toEqual(whole);
  });
});
