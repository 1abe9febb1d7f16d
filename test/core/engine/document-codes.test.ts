/**
 * Software's own document-type codes (evidence/document-kinds.ts, rules/document-codes.ts): SAP's
 * billing types (VF05) and Xero's invoice types, read only in a column whose every value is such a code.
 */
import { computeChunks } from "../../../src/core/chunks";
import { compute } from "../../../src/core/engine";
import { toJson } from "../../../src/core/report";
import type { CellValue, RawTable } from "../../../src/core/types";
import { source, split } from "./chunking";

/** SAP VF05 "List Billing Documents", English headers: Net Value written unsigned, dd.mm.yyyy, 1.234,56. */
function vf05(rows: [string, string][], typeHeader = "Billing Type"): RawTable {
  return {
    headers: [
      "Billing Document",
      typeHeader,
      "Billing Date",
      "Sold-To Party",
      "Net Value",
      "Document Currency",
    ],
    rows: rows.map(([type, value], i): CellValue[] => [
      String(90000001 + i),
      type,
      `${String(10 + i).padStart(2, "0")}.01.2025`,
      "197481",
      value,
      "EUR",
    ]),
    firstRow: 2,
    source: "vf05.csv",
  };
}

const codes = (r: ReturnType<typeof compute>) => r.diagnostics.map((d) => d.code);
const notSale = (r: ReturnType<typeof compute>) =>
  r.diagnostics.filter((d) => d.code === "document_not_sale").map((d) => [d.row, d.value, d.args?.count]);

describe("SAP billing types in a VF05 list (F2 / G2 / RE / S1 / S2 / L2 / F5)", () => {
  const all = vf05([
    ["F2", "1.000,00"],
    ["F2", "500,00"],
    ["G2", "200,00"],
    // S1 cancels the second F2, which stays in the list.
    ["S1", "500,00"],
    ["F5", "700,00"],
    ["L2", "50,00"],
    ["RE", "100,00"],
    // S2 cancels the G2 credit memo: the 200 is revenue again.
    ["S2", "200,00"],
    ["F8", "80,00"],
  ]);

  it("subtracts credit memos, returns and invoice cancellations; a debit memo and a credit-memo cancellation add; pro formas apart", () => {
    // 1 000 + 500 − 200 (G2) − 500 (S1) + 50 (L2) − 100 (RE) + 200 (S2) = 950; F5 700 and F8 80 never posted.
    const r = compute(all);
    expect(r.totals.caop.toFixed(2)).toBe("950.00");
    // Returns: G2 200 + S1 500 + RE 100 = 800.
    expect(toJson(r).deductions.return).toBe("800.00");
    expect(r.mapping.doc_type).toBe(1);
    expect(notSale(r)).toEqual([
      [6, "F5", 1],
      [10, "F8", 1],
    ]);
    const note = r.diagnostics.find((d) => d.code === "document_codes_sap");
    expect([note?.column, note?.severity]).toEqual(["Billing Type", "info"]);
    expect(r.creditNotes).toEqual({ column: "Billing Type", unsigned: true });
  });

  it("reads the French VF05 (Type de facture, a document-type header) the same way", () => {
    // 2 282,82 + 11 367,14 − 1 000 (G2) + 300 (L2) − 450 (RE) = 12 499,96.
    const t = vf05(
      [
        ["F2", "2.282,82"],
        ["F2", "11.367,14"],
        ["G2", "1.000,00"],
        ["L2", "300,00"],
        ["RE", "450,00"],
      ],
      "Type de facture",
    );
    const r = compute(t);
    expect(r.totals.caop.toFixed(2)).toBe("12499.96");
    expect(codes(r)).toContain("document_codes_sap");
  });

  it("keeps a signed export's credit memos as written (trailing minus)", () => {
    // 1 000 − 200 (G2 written 200,00-) − 300 (S1 written 300,00-) = 500.
    const r = compute(
      vf05([
        ["F2", "1.000,00"],
        ["G2", "200,00-"],
        ["S1", "300,00-"],
      ]),
    );
    expect(r.totals.caop.toFixed(2)).toBe("500.00");
  });

  it("reads nothing into an unknown code: a column with a customer's own type (ZF2) is not proven", () => {
    // Not all values are SAP's standard codes: today's reading (the column a nature, nothing matches).
    const r = compute(
      vf05([
        ["F2", "1.000,00"],
        ["G2", "200,00"],
        ["ZF2", "300,00"],
      ]),
    );
    expect(codes(r)).not.toContain("document_codes_sap");
  });

  it("never reads RE as a return outside a column of codes (a journal RE of receipts, a nature column)", () => {
    const journal: RawTable = {
      headers: ["Date", "Journal", "Libellé", "Montant HT"],
      rows: [
        ["10/01/2025", "VE", "Facture 1", "1000,00"],
        ["12/01/2025", "RE", "Recette comptoir", "200,00"],
      ],
      firstRow: 2,
      source: "journal.csv",
    };
    // Both lines are sales: 1 000 + 200.
    expect(compute(journal).totals.caop.toFixed(2)).toBe("1200.00");
    const natures: RawTable = {
      headers: ["Date", "Type", "Montant HT"],
      rows: [
        ["10/01/2025", "Facture", "1000,00"],
        ["12/01/2025", "RE", "200,00"],
        ["13/01/2025", "Vente", "50,00"],
      ],
      firstRow: 2,
      source: "types.csv",
    };
    expect(compute(natures).totals.caop.toFixed(2)).toBe("1250.00");
  });

  it("read in chunks, proven by a later chunk: the same figure as the whole table", async () => {
    const whole = toJson(compute(all));
    for (const sizes of [[1], [2], [4]]) {
      const r = toJson(await computeChunks(source(split(all, sizes))));
      expect([sizes, r.caop]).toEqual([sizes, whole.caop]);
    }
  });
});

describe("Xero's invoice types (ACCREC / ACCRECCREDIT / ACCPAY)", () => {
  /** Xero's invoice export: Type and Status columns, credit notes written positive. */
  const xero = (rows: [string, string, string][], account = true): RawTable => ({
    headers: [
      "InvoiceNumber",
      "InvoiceDate",
      "LineAmount",
      ...(account ? ["AccountCode"] : []),
      "Currency",
      "Type",
      "Status",
    ],
    rows: rows.map(([type, amount, acc], i): CellValue[] => [
      `INV-${i + 1}`,
      `${15 + i}/01/2025`,
      amount,
      ...(account ? [acc] : []),
      "EUR",
      type,
      "PAID",
    ]),
    firstRow: 2,
    source: "xero.csv",
  });

  it("subtracts a sales credit note (ACCRECCREDIT) written positive", () => {
    // 1 000 + 500 − 200 = 1 300.
    const r = compute(
      xero([
        ["ACCREC", "1000.00", "706000"],
        ["ACCREC", "500.00", "706000"],
        ["ACCRECCREDIT", "200.00", "706000"],
      ]),
    );
    expect(r.totals.caop.toFixed(2)).toBe("1300.00");
    expect(toJson(r).deductions.return).toBe("200.00");
    expect(codes(r)).toContain("document_codes_xero");
  });

  it("sets bills and supplier credits (ACCPAY, ACCPAYCREDIT) apart when no account decides", () => {
    // 1 000 − 100 (ACCRECCREDIT); the bill 400 and the supplier credit 30 are purchases.
    const r = compute(
      xero(
        [
          ["ACCREC", "1000.00", ""],
          ["ACCPAY", "400.00", ""],
          ["ACCRECCREDIT", "100.00", ""],
          ["ACCPAYCREDIT", "30.00", ""],
        ],
        false,
      ),
    );
    expect(r.totals.caop.toFixed(2)).toBe("900.00");
    expect(notSale(r)).toEqual([
      [3, "ACCPAY", 1],
      [5, "ACCPAYCREDIT", 1],
    ]);
  });
});
