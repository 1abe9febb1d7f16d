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

  it("reads the known codes beside a customer's own type (ZF2), and says the unknown one with its rows", () => {
    // The accountant's figure: F2 1 000 − G2 200 (a credit memo written unsigned) + ZF2 300, an
    // unknown type counted as an ordinary line = 1 100 (before: the column went unread, 1 500).
    const r = compute(
      vf05([
        ["F2", "1.000,00"],
        ["G2", "200,00"],
        ["ZF2", "300,00"],
      ]),
    );
    expect(r.totals.caop.toFixed(2)).toBe("1100.00");
    expect(codes(r)).toContain("document_codes_sap");
    const d = r.diagnostics.find((x) => x.code === "document_code_unknown");
    expect([d?.row, d?.column, d?.value, d?.args?.count]).toEqual([4, "Billing Type", "ZF2", 1]);
  });

  it("reads the known codes beside as many customer types (ZF2 / ZG2) in a billing-type column, each said", () => {
    // Round 26a: before, the whole column went unread and the G2 credit memo was added (1 600).
    // The accountant's figure: F2 1 000 − G2 200 + ZF2 300 + ZG2 100 (unknown types, counted as
    // written, said: a customer's ZG2 may be a credit memo, the data cannot tell) = 1 200.
    const own = compute(
      vf05([
        ["F2", "1.000,00"],
        ["G2", "200,00"],
        ["ZF2", "300,00"],
        ["ZG2", "100,00"],
      ]),
    );
    expect(own.totals.caop.toFixed(2)).toBe("1200.00");
    expect(codes(own)).toContain("document_codes_sap");
    const unknown = own.diagnostics.filter((d) => d.code === "document_code_unknown");
    expect(unknown.map((d) => [d.row, d.value, d.args?.count])).toEqual([
      [4, "ZF2", 1],
      [5, "ZG2", 1],
    ]);
    // French VF05 headers ("Type de facture", the document type's own header): the same reading.
    const fr = compute(
      vf05(
        [
          ["F2", "1.000,00"],
          ["G2", "200,00"],
          ["ZF2", "300,00"],
          ["ZG2", "100,00"],
        ],
        "Type de facture",
      ),
    );
    expect(fr.totals.caop.toFixed(2)).toBe("1200.00");
  });

  it("never reads a column of more unknown values than codes, nor a nature, as codes", () => {
    // F2 / G2 / ZF2 / ZF3 / ZF4: the unknown ones outnumber the codes, the column is not proven:
    // 1 000 + 200 + 300 + 100 + 50 = 1 650, every line counted as written.
    const own = compute(
      vf05([
        ["F2", "1.000,00"],
        ["G2", "200,00"],
        ["ZF2", "300,00"],
        ["ZF3", "100,00"],
        ["ZF4", "50,00"],
      ]),
    );
    expect(codes(own)).not.toContain("document_codes_sap");
    expect(own.totals.caop.toFixed(2)).toBe("1650.00");
    // A "Type" nature column keeps the stricter proof: two unknown values beside two codes are no proof.
    const typed = compute(
      vf05(
        [
          ["F2", "1.000,00"],
          ["G2", "200,00"],
          ["ZF2", "300,00"],
          ["ZF3", "100,00"],
        ],
        "Type",
      ),
    );
    expect(codes(typed)).not.toContain("document_codes_sap");
    // A nature beside codes (CIR, a tax credit): the column stays a nature, the CIR line excluded.
    const nature = compute(
      vf05(
        [
          ["F2", "1.000,00"],
          ["G2", "200,00"],
          ["CIR", "300,00"],
        ],
        "Type",
      ),
    );
    expect(codes(nature)).not.toContain("document_codes_sap");
    expect(toJson(nature).excluded.tax_credit.amount).toBe("300.00");
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

describe("Sage 50 UK's transaction types in an audit trail (SI / SC / SR / SD / BR / JC / JD)", () => {
  const trail: RawTable = {
    headers: ["No", "Type", "Account", "Nominal", "Dept", "Details", "Date", "Ref", "Net", "Tax", "T/C"],
    rows: [
      [
        "1",
        "SI",
        "BRO001",
        "4000",
        "0",
        "Sales - Products",
        "14/01/2025",
        "10001",
        "1000.00",
        "200.00",
        "T1",
      ],
      ["2", "SC", "BRO001", "4000", "0", "Returned goods", "20/01/2025", "10003", "300.00", "60.00", "T1"],
      ["3", "SD", "BRO001", "4009", "0", "Discount allowed", "22/01/2025", "10001", "20.00", "0.00", "T9"],
      ["4", "BR", "1200", "4900", "0", "Bank interest received", "03/02/2025", "", "12.00", "0.00", "T2"],
      ["5", "BR", "1200", "4000", "0", "Cash sales banked", "04/02/2025", "", "150.00", "30.00", "T1"],
      ["6", "SR", "BRO001", "1200", "0", "Sales Receipt", "05/02/2025", "BACS", "1200.00", "0.00", "T9"],
      ["7", "JC", "4200", "4200", "0", "Sale of van", "06/02/2025", "JNL", "6000.00", "0.00", "T9"],
      ["8", "JD", "1200", "1200", "0", "Sale of van", "06/02/2025", "JNL", "6000.00", "0.00", "T9"],
    ],
    firstRow: 2,
    source: "audit-trail.csv",
  };

  it("subtracts a sales credit written positive among bank and journal rows; the nominal decides the rest", () => {
    // The accountant's figure: SI 1 000 − SC 300 − SD 20 (4009 discount allowed) + BR 150 (a cash
    // sale banked to 4000) = 830; interest (4900), the receipt (1200) and the van (JC) are no sales.
    const r = compute(trail);
    const j = toJson(r);
    expect([j.caop, j.deductions.return, j.deductions.discount]).toEqual(["830.00", "300.00", "20.00"]);
    expect(r.diagnostics.find((d) => d.code === "document_codes_sage50uk")).toMatchObject({
      row: 0,
      column: "Type",
    });
    expect(codes(r)).not.toContain("document_code_unknown");
  });

  it("gives the same figure streamed", async () => {
    expect(toJson(await computeChunks(source(split(trail, [3])))).caop).toBe("830.00");
  });

  it("sets bank postings apart without a nominal column", () => {
    // Without the nominal, only the documents speak: SI 1 000 − SC 300 = 700; SD, BR, SR, JC, JD apart.
    const kept = (_: unknown, i: number) => i !== 2 && i !== 3;
    const t = {
      ...trail,
      headers: trail.headers.filter(kept),
      rows: trail.rows.map((row) => row.filter(kept)),
    };
    const r = compute(t);
    expect(r.totals.caop.toFixed(2)).toBe("700.00");
    expect(notSale(r).map(([, v]) => v)).toEqual(expect.arrayContaining(["SD", "BR", "JC"]));
  });
});

describe("EBP's document codes (FA / AV / BL / DE / CC / BR) and Cegid's natures (FFO / FAC / AVC / BLC / CC)", () => {
  /** An EBP lines export: Type, N° document, Date, Désignation, Montant net HT. */
  const ebp = (rows: [string, string][]): RawTable => ({
    headers: ["Type", "N° document", "Date", "Nom client", "Désignation", "Montant net HT"],
    rows: rows.map(([type, v], i) => [
      type,
      `${type}0000${i}`,
      `1${i}/01/2025`,
      "Menuiserie Leroy",
      "Table chêne",
      v,
    ]),
    firstRow: 2,
    source: "ebp.csv",
  });

  it("reads a quote, an order and a return note beside invoices and unsigned credit notes", () => {
    // FA 778 − AV 389 (unsigned) + FA 104,97 = 493,97; DE 459, CC 200 and BR 50 are no sales.
    const r = compute(
      ebp([
        ["FA", "778,00"],
        ["AV", "389,00"],
        ["DE", "459,00"],
        ["CC", "200,00"],
        ["BR", "50,00"],
        ["FA", "104,97"],
      ]),
    );
    expect(r.totals.caop.toFixed(2)).toBe("493.97");
    expect(codes(r)).toContain("document_codes_ebp");
    expect(notSale(r)).toEqual([
      [4, "DE", 1],
      [5, "CC", 1],
      [6, "BR", 1],
    ]);
  });

  it("reads the known codes beside an unknown one (FD), said with its rows and count", () => {
    // FA 1 000 − AV 100 + FD 300 (unknown: an ordinary line, counted) + FD 200 = 1 400; BL 500 apart.
    const r = compute(
      ebp([
        ["FA", "1000,00"],
        ["AV", "100,00"],
        ["BL", "500,00"],
        ["FD", "300,00"],
        ["FD", "200,00"],
      ]),
    );
    expect(r.totals.caop.toFixed(2)).toBe("1400.00");
    const d = r.diagnostics.find((x) => x.code === "document_code_unknown");
    expect([d?.severity, d?.row, d?.column, d?.value, d?.args?.count]).toEqual([
      "warning",
      5,
      "Type",
      "FD",
      2,
    ]);
  });

  it("gives the same figure streamed when the first chunk holds only FA / AV / BL", async () => {
    // FA 1 000 − AV 100 + FA 400 = 1 300; BL 500 and DE 700 apart; FD 300 counted (unknown, said once).
    const t = ebp([
      ["FA", "1000,00"],
      ["AV", "100,00"],
      ["BL", "500,00"],
      ["DE", "700,00"],
      ["FD", "300,00"],
      ["FA", "400,00"],
    ]);
    expect(compute(t).totals.caop.toFixed(2)).toBe("1600.00");
    const r = toJson(await computeChunks(source(split(t, [3]))));
    expect(r.caop).toBe("1600.00");
    const d = r.diagnostics.filter((x) => x.code === "document_code_unknown");
    expect(d.map((x) => [x.row, x.value])).toEqual([[6, "FD"]]);
    expect(r.diagnostics.filter((x) => x.code === "document_not_sale").map((x) => x.value)).toEqual([
      "BL",
      "DE",
    ]);
  });

  it("reads Cegid Y2's natures: FFO and FAC count, AVC subtracts, CC and BLC are no sales", () => {
    const y2: RawTable = {
      headers: [
        "Date pièce",
        "Etablissement",
        "Nature pièce",
        "Numéro",
        "Tiers",
        "Libellé",
        "Qté",
        "Montant HT",
      ],
      rows: [
        ["13/01/2025", "001", "FFO", "10001", "Client comptoir", "Chaise hêtre", "2", "91,80"],
        ["14/01/2025", "001", "CC", "10002", "Hôtel du Lac", "Table chêne", "4", "1556,00"],
        ["15/01/2025", "001", "BLC", "10003", "Hôtel du Lac", "Table chêne", "4", "1556,00"],
        ["16/01/2025", "001", "FAC", "10004", "Hôtel du Lac", "Table chêne", "4", "1556,00"],
        ["20/01/2025", "001", "AVC", "10005", "Client comptoir", "Chaise hêtre", "1", "45,90"],
      ],
      firstRow: 2,
      source: "y2.csv",
    };
    // 91,80 + 1 556 − 45,90 (AVC written unsigned) = 1 601,90.
    const r = compute(y2);
    expect(r.totals.caop.toFixed(2)).toBe("1601.90");
    expect(codes(r)).toContain("document_codes_cegid");
    expect(notSale(r).map(([, v]) => v)).toEqual(["CC", "BLC"]);
    // In words: Facture client 1 556 + Ticket 45,90 = 1 601,90; Commande / Livraison client apart.
    const words: RawTable = {
      ...y2,
      rows: [
        ["13/01/2025", "001", "Facture client", "10001", "Hôtel du Lac", "Table chêne", "4", "1556,00"],
        ["14/01/2025", "001", "Commande client", "10002", "Hôtel du Lac", "Table chêne", "4", "1556,00"],
        ["15/01/2025", "001", "Livraison client", "10003", "Hôtel du Lac", "Table chêne", "4", "1556,00"],
        ["20/01/2025", "001", "Ticket", "10005", "Client comptoir", "Chaise hêtre", "1", "45,90"],
      ],
    };
    expect(compute(words).totals.caop.toFixed(2)).toBe("1601.90");
  });

  it("reads Sage 100's Préparation de livraison as no sale beside its invoices", () => {
    const s100: RawTable = {
      headers: ["Type document", "N° pièce", "Date", "Code client", "Désignation", "Montant HT"],
      rows: [
        ["Facture", "FA00001", "13/01/2025", "C1001", "Table chêne", "778,00"],
        ["Préparation de livraison", "PL00003", "20/01/2025", "C1002", "Chaise hêtre", "459,00"],
        ["Facture", "FA00004", "21/01/2025", "C1003", "Lampe LED", "104,97"],
      ],
      firstRow: 2,
      source: "s100.csv",
    };
    // 778 + 104,97 = 882,97; the picking note's 459 is no sale.
    const r = compute(s100);
    expect(r.totals.caop.toFixed(2)).toBe("882.97");
    expect(notSale(r)).toEqual([[3, "Préparation de livraison", 1]]);
  });
});

describe("SAP intercompany billing (IV / IG) in a VF05 list (round 26a)", () => {
  it("counts intercompany billing as the entity's sales and subtracts its credit memos, said in the note", () => {
    // The entity's CA OP (no consolidation): F2 1 000 − G2 200 + IV 500 − IG 50 = 1 250
    // (before: IV / IG unknown, the whole column unread, 1 750).
    const r = compute(
      vf05(
        [
          ["F2", "1.000,00"],
          ["G2", "200,00"],
          ["IV", "500,00"],
          ["IG", "50,00"],
        ],
        "Type de facture",
      ),
    );
    expect(r.totals.caop.toFixed(2)).toBe("1250.00");
    // Returns: G2 200 + IG 50.
    expect(toJson(r).deductions.return).toBe("250.00");
    const note = toJson(r).diagnostics.find((d) => d.code === "document_codes_sap");
    expect(note?.message_en).toContain("intercompany billing (IV");
    expect(codes(r)).not.toContain("document_code_unknown");
  });

  it("reads the cancellations of intercompany billing (IVS subtracts, IGS adds back)", () => {
    // F2 1 000 + IV 400 − IVS 400 (cancels the IV) − IG 60 + IGS 60 (cancels the IG) = 1 000.
    const r = compute(
      vf05([
        ["F2", "1.000,00"],
        ["IV", "400,00"],
        ["IVS", "400,00"],
        ["IG", "60,00"],
        ["IGS", "60,00"],
      ]),
    );
    expect(r.totals.caop.toFixed(2)).toBe("1000.00");
  });
});

describe("Sage X3 invoice types (Type facture FAC / AVO / NDB) and categories (Catégorie)", () => {
  /** X3 SIH (invoice headers), FR: avoirs written positive, 1234,56. */
  const sih = (headers: string[], rows: CellValue[][]): RawTable => ({
    headers,
    rows,
    firstRow: 2,
    source: "sih.csv",
  });

  it("reads FAC and NDB as sales and AVO as credit notes written positive (SIH with both columns)", () => {
    // FAC 1 000 − AVO 200 + NDB 50 + FAC 300 = 1 150 (before: 1 550, the avoir added).
    const r = compute(
      sih(
        ["Type facture", "Catégorie", "N° facture", "Date", "Raison sociale", "Montant HT"],
        [
          ["FAC", "Facture", "FAC1", "10/01/2025", "ACME", "1000,00"],
          ["AVO", "Avoir", "AVO1", "12/01/2025", "ACME", "200,00"],
          ["NDB", "Note de débit", "NDB1", "14/01/2025", "ACME", "50,00"],
          ["FAC", "Facture", "FAC2", "15/01/2025", "ACME", "300,00"],
        ],
      ),
    );
    expect(r.totals.caop.toFixed(2)).toBe("1150.00");
    expect(toJson(r).deductions.return).toBe("200.00");
    const note = r.diagnostics.find((d) => d.code === "document_codes_sagex3");
    expect([note?.column, note?.value, note?.severity]).toEqual(["Type facture", "FAC, NDB, AVO", "info"]);
    expect(r.creditNotes).toEqual({ column: "Type facture", unsigned: true });
  });

  it("reads a Catégorie column of Facture / Avoir / Note de débit (mapped as a segment) as the document type", () => {
    // Facture 1 000 − Avoir 200 + Note de débit 50 = 850 (before: 1 250).
    const table = sih(
      ["Catégorie", "N° facture", "Date", "Raison sociale", "Montant HT"],
      [
        ["Facture", "FAC1", "10/01/2025", "ACME", "1000,00"],
        ["Avoir", "AVO1", "12/01/2025", "ACME", "200,00"],
        ["Note de débit", "NDB1", "14/01/2025", "ACME", "50,00"],
      ],
    );
    const r = compute(table);
    expect(r.totals.caop.toFixed(2)).toBe("850.00");
    expect(r.mapping.segment).toBeUndefined();
    expect(r.mapping.doc_type).toBe(0);
    const note = r.diagnostics.find((d) => d.code === "class_document_types");
    expect([note?.column, note?.value]).toEqual(["Catégorie", "Facture, Note de débit, Avoir"]);
    // The add-in's confirmed mapping names the detected segment: no user choice, the same 850.
    const confirmed = compute(table, {
      mapping: { segment: "Catégorie", date: "Date", amount: "Montant HT", client: "Raison sociale" },
      mappingConfirmed: true,
    });
    expect(confirmed.totals.caop.toFixed(2)).toBe("850.00");
  });

  it("keeps a Catégorie of product families a segment, and the user's segment choice", () => {
    // Every line a sale: 1 000 + 200 = 1 200.
    const families = sih(
      ["Catégorie", "Date", "Montant HT"],
      [
        ["Mobilier", "10/01/2025", "1000,00"],
        ["Avoir", "12/01/2025", "200,00"],
      ],
    );
    const r = compute(families);
    expect(r.mapping.segment).toBe(0);
    expect(codes(r)).not.toContain("class_document_types");
    const docs = sih(
      ["Catégorie", "Date", "Montant HT"],
      [
        ["Facture", "10/01/2025", "1000,00"],
        ["Avoir", "12/01/2025", "200,00"],
      ],
    );
    // The user maps it as the segment: no document type read, 1 000 + 200.
    const chosen = compute(docs, { mapping: { segment: "Catégorie" } });
    expect(chosen.totals.caop.toFixed(2)).toBe("1200.00");
    expect(codes(chosen)).not.toContain("class_document_types");
  });
});

describe("Oracle Receivables transaction classes (Class INV / CM / DM / DEP / GUAR / CB)", () => {
  /** An AR transaction register: Oracle writes credit memos negative, dates DD-MON-YYYY, 1234.56. */
  const register = (rows: [string, string][]): RawTable => ({
    headers: [
      "Transaction Number",
      "Transaction Type",
      "Class",
      "Transaction Date",
      "Bill-to Customer Name",
      "Currency",
      "Line Amount",
    ],
    rows: rows.map(([cls, amount], i): CellValue[] => [
      String(1001 + i),
      `FR ${cls}`,
      cls,
      `${String(10 + i).padStart(2, "0")}-JAN-2025`,
      "ACME",
      "EUR",
      amount,
    ]),
    firstRow: 2,
    source: "ar.csv",
  });
  const all = register([
    ["INV", "1000.00"],
    ["CM", "-100.00"],
    ["DM", "40.00"],
    ["DEP", "5000.00"],
    ["GUAR", "2000.00"],
    ["CB", "300.00"],
    ["INV", "250.00"],
  ]);

  it("counts invoices and debit memos, takes credit memos off, sets deposits, guarantees and chargebacks apart", () => {
    // INV 1 000 − CM 100 + DM 40 + INV 250 = 1 190; DEP 5 000, GUAR 2 000 and CB 300 no sales
    // (before: 8 490, every line a sale).
    const r = compute(all);
    expect(r.totals.caop.toFixed(2)).toBe("1190.00");
    expect(notSale(r)).toEqual([
      [5, "DEP", 1],
      [6, "GUAR", 1],
      [7, "CB", 1],
    ]);
    const note = r.diagnostics.find((d) => d.code === "document_codes_oracle");
    expect([note?.column, note?.value]).toEqual(["Class", "DM, INV, CM, CB, DEP"]);
    expect(r.mapping.doc_type).toBe(2);
  });

  it("gives the same figure streamed, the class proven by a later chunk", async () => {
    const whole = toJson(compute(all));
    for (const sizes of [[1], [2], [3, 1]]) {
      const r = toJson(await computeChunks(source(split(all, sizes))));
      expect([sizes, r.caop]).toEqual([sizes, whole.caop]);
    }
  });

  it("leaves a QuickBooks Class (a department) alone", () => {
    // Class tracking: Retail / Wholesale, no document: 1 000 + 200 = 1 200, the transaction type read as before.
    const t: RawTable = {
      headers: ["Date", "Transaction type", "Num", "Name", "Class", "Amount"],
      rows: [
        ["01/10/2025", "Invoice", "1001", "ACME", "Retail", "1000.00"],
        ["01/12/2025", "Invoice", "1002", "ACME", "Wholesale", "200.00"],
      ],
      firstRow: 2,
      source: "qb.csv",
    };
    const r = compute(t);
    expect(r.totals.caop.toFixed(2)).toBe("1200.00");
    expect(r.mapping.doc_type).toBe(1);
    expect(codes(r)).not.toContain("class_document_types");
  });
});
