import { computeChunks } from "../../../src/core/chunks";
import { compute } from "../../../src/core/engine";
import { toJson } from "../../../src/core/report";
import type { RawTable } from "../../../src/core/types";
import { source, split } from "./chunking";

/** EBP's sales documents: a "Type" column (mapped as the nature by its header) of FA / AV codes. */
function documents(types: string[], amounts = ["1000,00", "200,00", "500,00", "300,00"]): RawTable {
  return {
    headers: ["Date", "N° pièce", "Type", "Client", "Montant HT"],
    rows: types.map((t, i) => [`1${i}/01/2025`, `P${i}`, t, "Dupont", amounts[i % amounts.length]]),
    firstRow: 2,
    source: "ventes.csv",
  };
}

const said = (r: ReturnType<typeof compute>) =>
  r.diagnostics.filter((d) => d.code === "kind_document_codes").map((d) => [d.row, d.column, d.value]);

describe("a nature column holding document codes only (evidence/document-kinds.ts)", () => {
  it("is read as the document type: its positive AV credit notes subtract, and a note says why", () => {
    const r = compute(documents(["FA", "AV", "FA", "FA"]));
    expect(r.totals.caop.toFixed(2)).toBe("1600.00");
    expect(toJson(r).deductions.return).toBe("200.00");
    expect(r.mapping.doc_type).toBe(2);
    expect(r.mapping.kind).toBeUndefined();
    expect(r.creditNotes).toEqual({ column: "Type", unsigned: true });
    expect(said(r)).toEqual([[0, "Type", "FA, AV"]]);
  });

  it("stays a nature when another value is not a document type (AV may be a product family)", () => {
    const r = compute(documents(["FA", "AV", "Vente", "FA"]));
    expect(r.totals.caop.toFixed(2)).toBe("2000.00");
    expect(r.mapping.kind).toBe(2);
    expect(said(r)).toEqual([]);
  });

  it("is still proven with the export's total row in the column (Total, TOTAL GÉNÉRAL)", () => {
    // 1 000 − 200 + 500 = 1 300; the total row (its amount the sum) is no line.
    const t = documents(["FA", "AV", "FA", "Total"], ["1000,00", "200,00", "500,00", "1700,00"]);
    t.rows[3][0] = "";
    const r = compute(t);
    expect(r.mapping.doc_type).toBe(2);
    expect(r.totals.caop.toFixed(2)).toBe("1300.00");
  });

  it("Sellsy's list: quotes and pro-formas set apart, a deposit invoice counted and said", async () => {
    // 3 200 + 3 750 (deposit, said) − 320 + 12 500 = 19 130; the quote and the pro-forma are no sales.
    const t: RawTable = {
      headers: ["Date", "Numéro", "Type", "Client", "Montant HT"],
      rows: [
        ["12/01/2025", "F-1", "Facture", "Horizon", "3200,00"],
        ["20/01/2025", "D-4", "Devis", "Nova", "12500,00"],
        ["03/02/2025", "FA-1", "Facture d'acompte", "Nova", "3750,00"],
        ["25/02/2025", "A-1", "Avoir", "Horizon", "320,00"],
        ["07/03/2025", "PF-2", "Proforma", "Trait d'Union", "1400,00"],
        ["14/03/2025", "F-3", "Facture", "Nova", "12500,00"],
      ],
      firstRow: 2,
      source: "sellsy.csv",
    };
    const r = compute(t);
    expect(r.totals.caop.toFixed(2)).toBe("19130.00");
    const codes = r.diagnostics.map((d) => [d.code, d.row, d.value]);
    expect(codes).toContainEqual(["deposit_invoice_counted", 4, "Facture d'acompte"]);
    // Two deposits in two chunks: one warning for the file, counted.
    const twice: RawTable = {
      ...t,
      rows: [...t.rows, ["20/03/2025", "FA-2", "Facture d'acompte", "Lumière", "100,00"]],
    };
    const streamed = await computeChunks(source(split(twice, [3, 4])));
    expect(
      streamed.diagnostics
        .filter((d) => d.code === "deposit_invoice_counted")
        .map((d) => [d.row, d.args?.count]),
    ).toEqual([[4, 2]]);
    expect(streamed.totals.caop.toFixed(2)).toBe("19230.00");
    expect(codes.filter((c) => c[0] === "document_not_sale")).toEqual([
      ["document_not_sale", 3, "Devis"],
      ["document_not_sale", 6, "Proforma"],
    ]);
  });

  it("needs both an invoice and a credit note; the user's word on the document type wins", () => {
    expect(compute(documents(["AV", "AV"])).mapping.kind).toBe(2);
    expect(compute(documents(["FA", "FA"])).mapping.kind).toBe(2);
    // "No document type column" (--map doc_type=) keeps it a nature; naming it the nature (as the
    // add-in's confirmed mapping does for every detected field) does not.
    const none = compute(documents(["FA", "AV", "FA", "FA"]), { mapping: { doc_type: null } });
    expect([none.mapping.kind, none.totals.caop.toFixed(2), said(none)]).toEqual([2, "2000.00", []]);
    const named = compute(documents(["FA", "AV", "FA", "FA"]), { mapping: { kind: "Type" } });
    expect([named.mapping.doc_type, named.totals.caop.toFixed(2)]).toEqual([2, "1600.00"]);
  });

  it("read in chunks, proven by a later chunk: the same figures and one note as on the whole table", async () => {
    // The first chunk holds a credit note alone (nothing proven yet): read again once the second proves it.
    const t = documents(["AV", "FA", "FA", "AV", "FA"], ["100,00", "1000,00", "500,00", "200,00", "300,00"]);
    const chunks = [
      { ...t, rows: t.rows.slice(0, 1) },
      { ...t, rows: t.rows.slice(1), firstRow: 3 },
    ];
    const r = await computeChunks(async function* () {
      yield* chunks;
    });
    const whole = compute(t);
    expect(toJson(r).caop).toBe(toJson(whole).caop);
    expect(toJson(r).caop).toBe("1500.00");
    expect(r.mapping.doc_type).toBe(2);
    expect(said(r)).toEqual(said(whole));
  });
});

describe("a customer ledger's payments beside its invoices (Business Central, SAP FBL5N)", () => {
  /** Business Central's Cust. Ledger Entries: the sale before VAT in "Sales (LCY)", "Amount" with VAT in its own currency. */
  const ledger = (types: string[], sales: string[]): RawTable => ({
    headers: ["Posting Date", "Document Type", "Customer Name", "Currency Code", "Amount", "Sales (LCY)"],
    rows: types.map((t, i) => [
      `0${(i % 9) + 1}/01/2025`,
      t,
      "Adatum",
      i === 1 ? "USD" : "",
      "9999,00",
      sales[i],
    ]),
    firstRow: 2,
    source: "ledger.csv",
  });
  const bc = ledger(
    ["Invoice", "Invoice", "Payment", "Credit Memo", "Payment", "Invoice"],
    ["5000,00", "3000,00", "0,00", "-500,00", "-2000,00", "8000,00"],
  );
  const codes = (r: ReturnType<typeof compute>) => r.diagnostics.map((d) => d.code);

  it("reads Sales (LCY), sets the payments apart with a warning, and the currency column goes with Amount", () => {
    const r = compute(bc);
    // 5 000 + 3 000 − 500 + 8 000: the payments (0, −2 000) are money received, not sales.
    expect([r.currency, r.totals.caop.toFixed(2)]).toEqual(["EUR", "15500.00"]);
    const d = r.diagnostics.find((x) => x.code === "payment_not_sale");
    expect([d?.row, d?.column, d?.value, d?.args?.count]).toEqual([4, "Document Type", "Payment", 2]);
    expect(codes(r)).toContain("currency_of_foreign_amounts");
    expect(codes(r)).not.toContain("currency_blank");
  });

  it("counts a receipts book's payments (no invoice beside them: each is the sale)", () => {
    const r = compute(ledger(["Encaissement", "Encaissement"], ["60,00", "455,00"]));
    expect(r.totals.caop.toFixed(2)).toBe("515.00");
    expect(codes(r)).not.toContain("payment_not_sale");
  });

  it("counts a positive Règlement beside invoices: money received for a sale it lists no invoice of", () => {
    const book = ledger(
      ["Invoice", "Règlement", "Encaissement", "Payment"],
      ["500,00", "120,00", "80,00", "-500,00"],
    );
    const r = compute(book);
    // 500 + 120 + 80: only the payment taking money off the customer's account (−500) is set apart.
    expect(r.totals.caop.toFixed(2)).toBe("700.00");
    const d = r.diagnostics.filter((x) => x.code === "payment_not_sale");
    expect(d.map((x) => [x.row, x.value, x.args?.count])).toEqual([[5, "Payment", 1]]);
  });

  it("reads the file again when the invoices show only in a later chunk (streamed = whole)", async () => {
    const late = ledger(
      ["Payment", "Payment", "Invoice", "Invoice"],
      ["-100,00", "-200,00", "700,00", "300,00"],
    );
    const whole = toJson(compute(late));
    expect(whole.caop).toBe("1000.00");
    for (const sizes of [[1], [2], [3]]) {
      const r = toJson(await computeChunks(source(split(late, sizes))));
      expect([r.caop, r.diagnostics]).toEqual([whole.caop, whole.diagnostics]);
    }
  });

  it("leaves payments to the accounts when an account column decides (a ledger's bank lines)", () => {
    const t: RawTable = {
      headers: ["Date", "Compte", "Type", "Montant"],
      rows: [
        ["10/01/2025", "706000", "Invoice", "1000,00"],
        ["20/01/2025", "706000", "Payment", "50,00"],
      ],
      firstRow: 2,
      source: "gl.csv",
    };
    const r = compute(t);
    expect(r.totals.caop.toFixed(2)).toBe("1050.00");
    expect(codes(r)).not.toContain("payment_not_sale");
  });
});

describe("deposit invoices restated by their final invoice", () => {
  const list = (rows: string[][]): RawTable => ({
    headers: ["Type", "Numéro", "Date", "Client", "Objet", "Total HT"],
    rows,
    firstRow: 2,
    source: "factures.csv",
  });

  it("sets a deposit apart when the final invoice of its customer names its number; counts the others, said", () => {
    // The accountant's figure: the final invoice states the whole price (10 000), the deposit deducted
    // from the amount due only; with the 250 of another sale, 10 250.
    const t = list([
      ["Facture d'acompte", "FA-0031", "10/01/2025", "SCI Lumière", "Acompte 30 % rénovation", "3 000,00"],
      ["Facture", "FA-0032", "22/01/2025", "M. Noël", "Dépannage", "250,00"],
      ["Facture d'acompte", "FA-0033", "05/02/2025", "Durand", "Acompte cuisine", "1 000,00"],
      [
        "Facture",
        "FA-0036",
        "20/03/2025",
        "SCI Lumière",
        "Rénovation (solde, acompte FA-0031 déduit)",
        "10 000,00",
      ],
    ]);
    const r = compute(t);
    // Durand's deposit has no final invoice yet: counted, with its warning.
    expect(r.totals.caop.toFixed(2)).toBe("11250.00");
    const said = (code: string) => r.diagnostics.find((d) => d.code === code);
    expect([said("deposit_invoice_restated")?.row, said("deposit_invoice_restated")?.args?.count]).toEqual([
      2, 1,
    ]);
    expect([said("deposit_invoice_counted")?.row, said("deposit_invoice_counted")?.args?.count]).toEqual([
      4, 1,
    ]);
  });

  it("keeps a deposit named by another customer's invoice, or by a smaller one (a balance invoice)", () => {
    const other = list([
      ["Facture d'acompte", "FA-0031", "10/01/2025", "SCI Lumière", "Acompte", "3 000,00"],
      ["Facture", "FA-0036", "20/03/2025", "Durand", "Travaux (acompte FA-0031 déduit)", "10 000,00"],
    ]);
    expect(compute(other).totals.caop.toFixed(2)).toBe("13000.00");
    const balance = list([
      ["Facture d'acompte", "FA-0031", "10/01/2025", "SCI Lumière", "Acompte", "3 000,00"],
      ["Facture", "FA-0036", "20/03/2025", "SCI Lumière", "Solde après acompte FA-0031", "2 000,00"],
    ]);
    expect(compute(balance).totals.caop.toFixed(2)).toBe("5000.00");
  });
});

describe("Sage 50's audit trail: receipts (SR) of the invoices' gross beside their Net", () => {
  const trail = (headers: string[], rows: string[][]): RawTable => ({
    headers,
    rows,
    firstRow: 2,
    source: "sage50.csv",
  });

  it("sets apart a receipt of the invoice's net + tax, and one of its Gross column (streamed = whole)", async () => {
    // SI 1 000 + 200 of tax, paid 1 200 (SR); SC 100; SI 750: CA OP 1 000 + 500 − 100 + 750.
    const tax = trail(
      ["Type", "Account Ref", "Date", "Ref", "Details", "Net", "Tax"],
      [
        ["SI", "ACME01", "06/01/2025", "1001", "Consultancy", "1000,00", "200,00"],
        ["SI", "BOLT01", "15/01/2025", "1002", "Licence", "500,00", "100,00"],
        ["SR", "ACME01", "30/01/2025", "", "Sales Receipt", "1200,00", "0,00"],
        ["SC", "BOLT01", "05/02/2025", "CN01", "Credit note", "100,00", "20,00"],
        ["SI", "CORE01", "18/02/2025", "1003", "Support", "750,00", "150,00"],
      ],
    );
    const whole = toJson(compute(tax));
    expect(whole.caop).toBe("2150.00");
    expect(whole.diagnostics.find((d) => d.code === "payment_not_sale")?.row).toBe(4);
    // Chunks holding the receipt with its invoice (the payments of a chunk are matched in it).
    for (const sizes of [[3], [4]])
      expect(toJson(await computeChunks(source(split(tax, sizes)))).caop).toBe("2150.00");
    const gross = trail(
      ["Type", "Account Ref", "Date", "Ref", "Net", "Tax", "Gross"],
      [
        ["SI", "ACME01", "06/01/2025", "1001", "1000,00", "200,00", "1200,00"],
        ["SR", "ACME01", "30/01/2025", "", "1200,00", "0,00", "1200,00"],
        ["SI", "BOLT01", "10/02/2025", "1002", "500,00", "100,00", "600,00"],
        ["SC", "BOLT01", "15/02/2025", "CN1", "50,00", "10,00", "60,00"],
      ],
    );
    expect(compute(gross).totals.caop.toFixed(2)).toBe("1450.00");
  });

  it("pays an invoice once, by its net or its gross: a second payment of its other amount is counted", () => {
    const t: RawTable = {
      headers: ["Date", "Type", "N° pièce", "Libellé", "Montant HT", "TVA", "Montant TTC"],
      rows: [
        ["10/01/2025", "Facture", "F001", "Prestation conseil", "1 000,00", "200,00", "1 200,00"],
        ["15/01/2025", "Facture", "F002", "Formation", "500,00", "100,00", "600,00"],
        ["05/02/2025", "Règlement", "R001", "Règlement F001", "1 200,00", "", "1 200,00"],
        ["06/02/2025", "Règlement", "R002", "Vente comptoir", "1 000,00", "", "1 000,00"],
      ],
      firstRow: 2,
      source: "journal.csv",
    };
    const r = compute(t);
    expect(r.totals.caop.toFixed(2)).toBe("2500.00");
    expect(r.diagnostics.find((d) => d.code === "payment_counted")?.row).toBe(5);
  });

  it("still counts a receipt beyond what the customer owes, tax included", () => {
    const t = trail(
      ["Type", "Account Ref", "Date", "Net", "Tax"],
      [
        ["SI", "ACME01", "06/01/2025", "1000,00", "200,00"],
        ["SR", "ACME01", "30/01/2025", "1300,00", "0,00"],
      ],
    );
    const r = compute(t);
    expect(r.totals.caop.toFixed(2)).toBe("2300.00");
    expect(r.diagnostics.map((d) => d.code)).toContain("payment_counted");
  });
});

describe("QuickBooks' transaction lists: payments written positive beside the invoices they pay", () => {
  const list = (headers: string[], rows: string[][]): RawTable => ({
    headers,
    rows,
    firstRow: 2,
    source: "qbo.csv",
  });
  const codes = (r: ReturnType<typeof compute>) => r.diagnostics.map((d) => d.code);

  it("sets apart a payment of an invoice's amount for the same customer; another customer's is counted", () => {
    const t = list(
      ["Date", "Transaction Type", "Num", "Customer", "Memo/Description", "Amount"],
      [
        ["01/03/2025", "Invoice", "1001", "Alpha", "Logo", "1,500.00"],
        ["01/10/2025", "Payment", "", "Alpha", "", "1,500.00"],
        ["01/20/2025", "Invoice", "1002", "Beta", "Site", "3,000.00"],
        ["01/25/2025", "Credit Memo", "1003", "Alpha", "Discount", "-100.00"],
        // Paid for a sale the list holds no invoice of: money received, counted.
        ["01/28/2025", "Payment", "", "Gamma", "", "250.00"],
      ],
    );
    const r = compute(t);
    expect(r.totals.caop.toFixed(2)).toBe("4650.00");
    const d = r.diagnostics.find((x) => x.code === "payment_not_sale");
    expect([d?.row, d?.value, d?.args?.count]).toEqual([3, "Payment", 1]);
  });

  it("sets apart instalments and one payment for two invoices, within the customer's invoices (round 19)", () => {
    const t = list(
      ["Date", "Type", "Client", "Montant"],
      [
        ["03/01/2025", "Facture", "Alpha", "3000,00"],
        ["10/01/2025", "Règlement", "Alpha", "1000,00"],
        ["10/02/2025", "Règlement", "Alpha", "1000,00"],
        ["10/03/2025", "Règlement", "Alpha", "1000,00"],
        ["04/01/2025", "Facture", "Beta", "500,00"],
        ["05/01/2025", "Facture", "Beta", "150,00"],
        ["20/01/2025", "Règlement", "Beta", "650,00"],
        // A direct sale paid on the spot, no invoice for that customer: counted, and said.
        ["21/01/2025", "Règlement", "Mme Martin", "48,00"],
      ],
    );
    const r = compute(t);
    expect(r.totals.caop.toFixed(2)).toBe("3698.00");
    const said = (code: string) =>
      r.diagnostics.filter((d) => d.code === code).map((d) => [d.row, d.args?.count]);
    expect(said("payment_not_sale")).toEqual([[3, 4]]);
    expect(said("payment_counted")).toEqual([[9, 1]]);
  });

  it("without a customer column, a payment with no number of its own or of an invoice's amount pays it", () => {
    const t = list(
      ["Date", "Transaction Type", "Num", "Posting", "Account", "Amount"],
      [
        ["01/14/2025", "Invoice", "1037", "Yes", "Accounts Receivable (A/R)", "3,500.00"],
        ["01/29/2025", "Payment", "", "Yes", "Undeposited Funds", "3,500.00"],
        ["02/11/2025", "Delayed Charge", "1044", "No", "Accounts Receivable (A/R)", "450.00"],
        ["02/18/2025", "Invoice", "1045", "Yes", "Accounts Receivable (A/R)", "450.00"],
        ["02/20/2025", "Payment", "R-77", "Yes", "Undeposited Funds", "450.00"],
      ],
    );
    // 3 500 + 450: QuickBooks numbers payments too (R-77 pays invoice 1045 of 450, each invoice paid
    // once); the delayed charge is never posted.
    expect(compute(t).totals.caop.toFixed(2)).toBe("3950.00");
    // A numbered payment of no listed invoice's amount is still counted (a receipt of its own), said.
    const other = list(t.headers, [
      ...(t.rows.slice(0, 4) as string[][]),
      ["02/20/2025", "Payment", "R-77", "Yes", "Undeposited Funds", "99.00"],
    ]);
    expect(compute(other).totals.caop.toFixed(2)).toBe("4049.00");
    expect(codes(compute(other))).toContain("payment_counted");
    expect(codes(compute(t))).toContain("document_not_sale");
  });

  it("sets apart QuickBooks' purchases and bank deposits where no account decides, each said", () => {
    const t = list(
      ["Date", "Transaction Type", "Num", "Name", "Memo/Description", "Account", "Split", "Amount"],
      [
        [
          "01/05/2025",
          "Invoice",
          "1001",
          "Cool Cars",
          "Consulting",
          "Accounts Receivable (A/R)",
          "Services",
          "1,000.00",
        ],
        [
          "01/20/2025",
          "Payment",
          "1002",
          "Cool Cars",
          "",
          "Undeposited Funds",
          "Accounts Receivable (A/R)",
          "1,000.00",
        ],
        ["01/22/2025", "Deposit", "", "", "Deposit", "Checking", "-Split-", "1,000.00"],
        ["01/25/2025", "Expense", "", "Hicks Hardware", "Supplies", "Checking", "Supplies", "-45.00"],
        [
          "01/27/2025",
          "Bill Payment (Check)",
          "77",
          "Hicks Hardware",
          "",
          "Checking",
          "Accounts Payable",
          "-120.00",
        ],
        [
          "02/03/2025",
          "Invoice",
          "1003",
          "Diego Rodriguez",
          "Consulting",
          "Accounts Receivable (A/R)",
          "Services",
          "500.00",
        ],
      ],
    );
    // The accountant: the two invoices, 1 000 + 500; the payment pays the first, the deposit banks it.
    const r = compute(t);
    expect(r.totals.caop.toFixed(2)).toBe("1500.00");
    const said = r.diagnostics.filter((d) => d.code === "document_not_sale").map((d) => [d.value, d.row]);
    expect(said).toEqual([
      ["Deposit", 4],
      ["Expense", 5],
      ["Bill Payment (Check)", 6],
    ]);
  });

  it("keeps payments to the accounts when they are numbers, not when they are names", () => {
    const rows = [
      ["10/01/2025", "Invoice", "A", "1000,00"],
      ["20/01/2025", "Payment", "B", "1000,00"],
    ];
    const gl = list(
      ["Date", "Type", "Compte", "Montant"],
      rows.map(([d, t, a, m]) => [d, t, a === "A" ? "706000" : "512000", m]),
    );
    expect(compute(gl).totals.caop.toFixed(2)).toBe("1000.00");
    const named = list(
      ["Date", "Type", "Account", "Amount"],
      rows.map(([d, t, a, m]) => [d, t, a === "A" ? "A/R" : "Undeposited Funds", m]),
    );
    expect(compute(named).totals.caop.toFixed(2)).toBe("1000.00");
    expect(codes(compute(named))).toContain("payment_not_sale");
  });
});

describe("orders in a document list", () => {
  const docs = (types: string[]): RawTable => ({
    headers: ["Type", "Numéro", "Date", "Client", "Montant HT"],
    rows: types.map((t, i) => [t, `D${i}`, `1${i}/02/2025`, "SCI Lilas", `${(i + 1) * 100},00`]),
    firstRow: 2,
    source: "documents.csv",
  });

  it("beside invoices, an order is no sale (Sellsy, Axonaut); progress invoices are invoices", () => {
    const r = compute(docs(["Devis", "Commande", "Facture de situation", "Facture", "Avoir partiel"]));
    // 300 + 400 − 500 (a positive credit note subtracts).
    expect(r.totals.caop.toFixed(2)).toBe("200.00");
    const d = r.diagnostics.filter((x) => x.code === "document_not_sale").map((x) => [x.row, x.value]);
    expect(d).toEqual([
      [2, "Devis"],
      [3, "Commande"],
    ]);
  });

  it("without an invoice, orders are the sales (Amazon's settlement types its sales Order)", () => {
    const t = {
      ...docs(["Order", "Order", "Refund"]),
      headers: ["Type", "order-id", "posted-date", "Client", "amount"],
    };
    expect(compute(t).totals.caop.toFixed(2)).toBe("0.00");
    expect(compute(t).diagnostics.map((d) => d.code)).not.toContain("document_not_sale");
  });

  it("reads Sage 50's day book codes: SI invoices, SC credit notes written positive", () => {
    const r = compute(docs(["SI", "SI", "SC"]));
    expect([r.totals.caop.toFixed(2), toJson(r).deductions.return]).toEqual(["0.00", "300.00"]);
  });
});

describe("a Type column of invoices and deposit invoices only (round 19, K5)", () => {
  it("is read as the document type: the deposit counted, with its warning", () => {
    const t: RawTable = {
      headers: ["Type", "Numéro", "Date", "Client", "Total HT"],
      rows: [
        ["Facture d'acompte", "FA-0031", "10/01/2025", "SCI Lumière", "3 000,00"],
        ["Facture", "FA-0032", "22/01/2025", "M. Noël", "250,00"],
        ["Facture", "FA-0036", "20/03/2025", "SCI Lumière", "10 000,00"],
      ],
      firstRow: 2,
      source: "factures.csv",
    };
    const r = compute(t);
    expect(r.mapping.doc_type).toBe(0);
    const d = r.diagnostics.find((x) => x.code === "deposit_invoice_counted");
    expect([d?.row, d?.value]).toEqual([2, "Facture d'acompte"]);
  });
});

describe("Sage 50 UK's audit trail (round 20, C14)", () => {
  const trail: RawTable = {
    headers: ["No", "Type", "Account", "Nominal", "Dept", "Details", "Date", "Ref", "Net", "Tax"],
    rows: [
      ["1", "SI", "CUST1", "4000", "0", "Widgets", "05/06/2025", "INV1", "1000.00", "200.00"],
      ["2", "SC", "CUST1", "4000", "0", "Returned widgets", "06/06/2025", "CR1", "100.00", "20.00"],
      ["3", "SR", "CUST1", "1200", "0", "Sales Receipt", "07/06/2025", "BACS", "960.00", "0.00"],
      ["4", "JC", "", "4200", "0", "Sale of van", "08/06/2025", "JNL1", "6000.00", "0.00"],
    ],
    firstRow: 2,
    source: "audit-trail.csv",
  };

  it("reads 'Account' as the customer beside the nominal code, receipts and journals as no sales", () => {
    // The accountant's figure: the 1 000 invoice less the 100 credit note.
    const r = compute(trail);
    expect(r.totals.caop.toFixed(2)).toBe("900.00");
    // The nominal code is the account, read in Sage 50 UK's chart (rules/nominal-codes.ts).
    expect([r.mapping.client, r.mapping.account, r.mapping.doc_type]).toEqual([2, 3, 1]);
    const said = r.diagnostics.filter((d) => d.severity === "warning").map((d) => [d.code, d.value]);
    // The receipt is posted to the bank (nominal 1200): no revenue by its code, before its type says so.
    expect(said).toEqual(expect.arrayContaining([["document_not_sale", "JC"]]));
    expect(r.diagnostics.map((d) => d.code)).toContain("not_revenue");
  });

  it("keeps 'Account' the account without a nominal column", () => {
    const t = { ...trail, headers: trail.headers.map((h) => (h === "Nominal" ? "Code" : h)) };
    expect(compute(t).mapping.account).toBe(2);
  });
});
