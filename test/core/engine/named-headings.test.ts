/**
 * QuickBooks Online reports ("General Ledger", "Profit and Loss Detail") print each account's name
 * on a row of its own, in a first column without a header, above the account's lines, and close it
 * with "Total for <name>". The heading's name is the lines' account, read as a named account by the
 * classifier (income → sale, bank and expenses → not revenue); heading, total and section rows are
 * not lines. Expected figures written from SPEC 2.1 / 2.2 before the code.
 */
import fc from "fast-check";
import { computeChunks } from "../../../src/core/chunks";
import { compute } from "../../../src/core/engine";
import { toJson } from "../../../src/core/report";
import type { CellValue, RawTable } from "../../../src/core/types";
import { source, split } from "./chunking";

const GL_H = [
  "",
  "Date",
  "Transaction Type",
  "Num",
  "Name",
  "Memo/Description",
  "Split",
  "Amount",
  "Balance",
];
const table = (headers: string[], rows: CellValue[][]): RawTable => ({
  headers,
  rows,
  firstRow: 2,
  source: "qbo",
});
const blank = (name: string): CellValue[] => [name, "", "", "", "", "", "", "", ""];
const total = (name: string, amount: number): CellValue[] => [name, "", "", "", "", "", "", amount, ""];

/** A General Ledger: a bank, a receivable, an income and an expense account (rows 2–16). */
const GL: CellValue[][] = [
  blank("Checking"), // 2
  ["", "10/01/2025", "Payment", "", "Amy", "", "Accounts Receivable (A/R)", 300, 300],
  ["", "15/01/2025", "Expense", "", "Google", "Ads", "Advertising", -200, 100],
  total("Total for Checking", 100), // 5
  blank("Accounts Receivable (A/R)"),
  ["", "05/01/2025", "Invoice", "1021", "Amy", "", "Design income", 300, 300],
  ["", "10/01/2025", "Payment", "", "Amy", "", "Checking", -300, 0],
  total("Total for Accounts Receivable (A/R)", 0), // 9
  blank("Design income"), // 10
  ["", "05/01/2025", "Invoice", "1021", "Amy", "Custom design", "Accounts Receivable (A/R)", 300, 300],
  ["", "20/02/2025", "Invoice", "1022", "Bill", "Design", "Accounts Receivable (A/R)", 450.5, 750.5],
  total("Total for Design income", 750.5),
  blank("Advertising"), // 14
  ["", "15/01/2025", "Expense", "", "Google", "Ads", "Checking", 200, 200],
  total("Total for Advertising", 200),
  total("TOTAL", 1050.5), // 17
];

/** A Profit and Loss Detail: sections (Income, Expenses, Other Income) over accounts, and summary rows. */
const PL: CellValue[][] = [
  blank("Ordinary Income/Expenses"), // 2
  blank("Income"),
  blank("Design income"),
  ["", "12/01/2025", "Invoice", "1021", "Amy", "Custom Design", "Accounts Receivable (A/R)", 300, 300],
  ["", "03/02/2025", "Invoice", "1035", "Bill", "Design", "Accounts Receivable (A/R)", 1250.5, 1550.5],
  total("Total for Design income", 1550.5), // 7
  blank("Discounts given"),
  ["", "03/02/2025", "Invoice", "1035", "Bill", "Discount", "Accounts Receivable (A/R)", -50, -50],
  total("Total for Discounts given", -50),
  total("Total for Income", 1500.5), // 11
  blank("Expenses"),
  blank("Contractors"), // an expense account whose name says nothing: the Expenses section decides
  ["", "05/01/2025", "Expense", "", "Bob", "Site work", "Checking", 200, 200],
  total("Total for Contractors", 200),
  blank("Office Supplies"),
  ["", "25/01/2025", "Bill", "", "Office Depot", "Paper", "Accounts Payable (A/P)", 80, 80],
  total("Total for Office Supplies", 80),
  total("Total for Expenses", 280), // 19
  total("Net Ordinary Income", 1220.5),
  blank("Other Income/Expense"),
  blank("Other Income"),
  blank("Interest Earned"),
  ["", "31/01/2025", "Deposit", "", "Bank", "Interest", "Checking", 12.34, 12.34], // 24
  total("Total for Interest Earned", 12.34),
  total("Total for Other Income", 12.34),
  total("Net Income", 1232.84), // 27
];

describe("named account headings (QuickBooks General Ledger, Profit and Loss Detail)", () => {
  it("GL: the income account's lines are sales; bank, receivable and expense lines are not revenue", () => {
    const j = toJson(compute(table(GL_H, GL)));
    expect([j.caop, j.gross_sales]).toEqual(["750.50", "750.50"]);
    expect(j.to_review).toEqual({ count: 2, amount: "750.50" });
    expect(j.ignored).toEqual({ count: 0, amount: "0.00" });
    expect(j.months.map((m) => [m.period, m.caop])).toEqual([
      ["2025-01", "300.00"],
      ["2025-02", "450.50"],
    ]);
    // Headings and totals are neither blank rows nor unreadable lines.
    const codes = j.diagnostics.map((d) => d.code);
    expect(codes.filter((c) => ["date_empty", "amount_empty", "blank_rows"].includes(c))).toEqual([]);
    expect(j.diagnostics).toContainEqual(
      expect.objectContaining({ code: "named_account_headings", row: 2, value: "Checking" }),
    );
    expect(j.diagnostics).toContainEqual(expect.objectContaining({ code: "total_rows", row: 5 }));
    // 5 lines outside revenue: 2 bank, 2 receivable, 1 expense.
    expect(j.diagnostics).toContainEqual(expect.objectContaining({ code: "not_revenue", value: "5" }));
    // The lines to review name their heading.
    expect(j.review.map((r) => [r.row, r.reason.includes("« Design income »")])).toEqual([
      [11, true],
      [12, true],
    ]);
  });

  it("P&L detail: sections nest their accounts; an expense account with no telling name is not revenue", () => {
    const j = toJson(compute(table(GL_H, PL)));
    // 300 + 1250.50 − 50 (Discounts given); expenses not revenue; interest excluded (financial).
    expect([j.caop, j.gross_sales, j.deductions.discount]).toEqual(["1500.50", "1550.50", "50.00"]);
    expect(j.excluded.financial).toEqual({ count: 1, amount: "12.34" });
    expect(j.ignored).toEqual({ count: 0, amount: "0.00" });
    const codes = j.diagnostics.map((d) => d.code);
    expect(codes.filter((c) => ["date_empty", "amount_empty", "blank_rows"].includes(c))).toEqual([]);
    expect(j.diagnostics).toContainEqual(expect.objectContaining({ code: "not_revenue", value: "2" }));
  });

  it("P&L detail without total rows: a heading after lines closes the account above it", () => {
    const H = ["", "Date", "Transaction Type", "Num", "Name", "Memo/Description", "Amount"];
    const j = toJson(
      compute(
        table(H, [
          ["Income", "", "", "", "", "", ""],
          ["Sales", "", "", "", "", "", ""],
          ["", "12/01/2025", "Invoice", "1021", "Amy", "Custom Design", 1000],
          ["Expenses", "", "", "", "", "", ""],
          ["Advertising", "", "", "", "", "", ""],
          ["", "05/01/2025", "Expense", "", "Google", "Ads", 200],
          ["", "07/01/2025", "Bill", "", "Office Depot", "Paper", 80],
        ]),
      ),
    );
    expect([j.caop, j.to_review.count]).toEqual(["1000.00", 1]);
    expect(j.diagnostics.map((d) => d.code).filter((c) => c === "amount_empty")).toEqual([]);
  });

  it("a heading the classifier does not know stays to review, its reason naming the heading", () => {
    const H = ["", "Date", "Transaction Type", "Num", "Name", "Memo/Description", "Amount"];
    const j = toJson(
      compute(
        table(H, [
          ["Checking", "", "", "", "", "", ""],
          ["", "10/01/2025", "Payment", "", "Amy", "", 300],
          ["Design income", "", "", "", "", "", ""],
          ["", "06/01/2025", "Invoice", "1020", "Bob", "Logo", 200],
          ["Landscaping Services", "", "", "", "", "", ""],
          ["", "05/01/2025", "Invoice", "1021", "Amy", "Hedges", 300],
        ]),
      ),
      "en",
    );
    expect(j.caop).toBe("500.00");
    expect(j.review).toContainEqual(
      expect.objectContaining({ row: 7, reason: expect.stringContaining('"Landscaping Services"') }),
    );
  });

  it("a customers report is not a ledger, even with a customer called like a bank", () => {
    const H = ["", "Date", "Transaction Type", "Num", "Memo/Description", "Amount"];
    const j = toJson(
      compute(
        table(H, [
          ["Banque Populaire Rives de Paris", "", "", "", "", ""],
          ["", "10/01/2025", "Invoice", "F1", "Audit", 5500],
          ["Total Banque Populaire Rives de Paris", "", "", "", "", 5500],
          ["Assurances Dupont", "", "", "", "", ""],
          ["", "12/01/2025", "Invoice", "F2", "Conseil", 2000],
          ["Total Assurances Dupont", "", "", "", "", 2000],
        ]),
      ),
    );
    expect(j.caop).toBe("7500.00");
    expect(j.diagnostics.map((d) => d.code)).not.toContain("named_account_headings");
  });

  it("headings none of which names an account (customers) are not read as accounts", () => {
    const H = ["", "Date", "Transaction Type", "Num", "Product/Service", "Memo/Description", "Amount"];
    const j = toJson(
      compute(
        table(H, [
          ["Bright Labs", "", "", "", "", "", ""],
          ["", "15/01/2025", "Invoice", "1001", "Consulting", "Workshop", 1500],
          ["Total for Bright Labs", "", "", "", "", "", 1500],
        ]),
      ),
    );
    expect([j.caop, j.to_review.count]).toEqual(["1500.00", 1]);
    expect(j.diagnostics.map((d) => d.code)).not.toContain("named_account_headings");
    expect(j.review[0].reason).toBe("non classé → à vérifier");
  });

  it("streamed in any chunking = whole (the open headings cross chunk boundaries)", async () => {
    for (const rows of [GL, PL]) {
      const whole = toJson(compute(table(GL_H, rows)));
      await fc.assert(
        fc.asyncProperty(fc.array(fc.integer({ min: 1, max: 5 }), { maxLength: 6 }), async (sizes) => {
          const streamed = toJson(await computeChunks(source(split(table(GL_H, rows), sizes))));
          expect([streamed.caop, streamed.excluded.financial, streamed.ignored, streamed.to_review]).toEqual([
            whole.caop,
            whole.excluded.financial,
            whole.ignored,
            whole.to_review,
          ]);
          expect(streamed.diagnostics.filter((d) => d.code === "named_account_headings")).toHaveLength(1);
        }),
        { numRuns: 30 },
      );
    }
  });

  it("leaves the French general ledger as it was (account column, digits)", () => {
    const H = ["Compte", "Date", "Libellé", "Débit", "Crédit"];
    const j = toJson(
      compute(
        table(H, [
          ["706000 - Prestations de services", "", "", "", ""],
          ["", "15/01/2025", "Durand SARL", "", "1 200,00"],
          ["Total 706000", "", "", "", "1 200,00"],
          ["512000 Banque", "", "", "", ""],
          ["", "15/01/2025", "Durand SARL", "1 200,00", ""],
        ]),
      ),
    );
    expect([j.caop, j.to_review.count]).toEqual(["1200.00", 0]);
    const codes = j.diagnostics.map((d) => d.code);
    expect(codes).toContain("account_headings");
    expect(codes).not.toContain("named_account_headings");
  });
});

describe("a QuickBooks report by customer (outside tests, round 10)", () => {
  it("reads its headings as customers, never as accounts, when its title says so", () => {
    // A bank's name read as an account dropped the customer's sales; "Vente-privee.com" read as income.
    const rows: CellValue[][] = [
      ["Banque Populaire Rives de Paris", null, null, null, null],
      [null, "06/01/2025", "Facture", "Mission audit SI", "1000.00"],
      [null, "20/02/2025", "Facture", "Mission audit SI", "1500.00"],
      ["Total pour Banque Populaire Rives de Paris", null, null, null, "2500.00"],
      ["Vente-privee.com SA", null, null, null, null],
      [null, "12/03/2025", "Facture", "Mission conseil", "1500.00"],
      ["Total pour Vente-privee.com SA", null, null, null, "1500.00"],
    ];
    const headers = ["", "Date", "Type de transaction", "Mémo/Description", "Montant"];
    const title = {
      row: 0,
      column: "",
      value: "Ventes par client (détail) / Conseil SI Dupuis SAS",
      message: "",
      messageEn: "",
      code: "above_header",
      severity: "info" as const,
    };
    const byCustomer = { ...table(headers, rows), firstRow: 6, readDiagnostics: [title] };
    expect(compute(byCustomer).totals.caop.toFixed(2)).toBe("4000.00");
    // The same report without its title is read as a ledger by account names (the bank's lines are not revenue).
    expect(compute({ ...byCustomer, readDiagnostics: [] }).totals.caop.toFixed(2)).toBe("1500.00");
  });
});
