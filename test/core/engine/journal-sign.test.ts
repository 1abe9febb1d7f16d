/** A journal's one signed amount column, debit positive, proven by its balanced entries (evidence/journal-sign.ts). */
import { computeChunks } from "../../../src/core/chunks";
import { compute } from "../../../src/core/engine";
import { toJson } from "../../../src/core/report";
import type { CellValue } from "../../../src/core/types";
import { source, split, table } from "./chunking";

const HEADERS = ["DATE", "DOCNUMBER", "ACCOUNTGL", "COMMENT", "AMOUNTEUR"];
/** Winbooks-like entries: the customer debited (positive), sales and VAT credited (negative). */
const entries: CellValue[][] = [
  ["10/01/2025", "25001", "400000", "Dupont SPRL", "1210.00"],
  ["10/01/2025", "25001", "700000", "Ventes marchandises", "-1000.00"],
  ["10/01/2025", "25001", "451000", "TVA due", "-210.00"],
  ["24/01/2025", "25002", "400000", "Martin SA", "2420.00"],
  ["24/01/2025", "25002", "706000", "Prestations", "-2000.00"],
  ["24/01/2025", "25002", "451000", "TVA due", "-420.00"],
  // A credit note: the customer credited, the sale debited (a return).
  ["05/02/2025", "25003", "400000", "Dupont SPRL", "-121.00"],
  ["05/02/2025", "25003", "706000", "Avoir retour", "100.00"],
  ["05/02/2025", "25003", "451000", "TVA due", "21.00"],
  ["06/02/2025", "25004", "400000", "Leroy SRL", "1089.00"],
  ["06/02/2025", "25004", "706000", "Prestations", "-900.00"],
  ["06/02/2025", "25004", "451000", "TVA due", "-189.00"],
];
const journal = table(HEADERS, entries);
const codes = (r: { diagnostics: { code: string }[] }) => r.diagnostics.map((d) => d.code);

describe("a journal's one signed amount, credits negative", () => {
  it("is read as credit − debit once its balanced entries prove it, with a note and the JSON reading", () => {
    const r = compute(journal);
    // 1 000 + 2 000 − 100 + 900: the credit note is a return.
    expect(r.totals.caop.toFixed(2)).toBe("3800.00");
    expect(r.totals.deductions.return.toFixed(2)).toBe("100.00");
    const note = r.diagnostics.find((d) => d.code === "amount_debit_positive");
    expect([note?.column, note?.args?.row1, note?.args?.row2, note?.severity]).toEqual([
      "AMOUNTEUR",
      2,
      4,
      "info",
    ]);
    expect(toJson(r).reading.journal).toEqual({ column: "AMOUNTEUR", convention: "debit_positive", row: 2 });
    expect(codes(r)).not.toContain("sign_convention_signed");
    expect(toJson(compute(journal, { fastPath: false }))).toEqual(toJson(r));
  });

  it("stays as written when the entries write the sales positive, or when there are no entries", () => {
    const flipped = table(
      HEADERS,
      entries.map((row) => [...row.slice(0, 4), (-Number(row[4])).toFixed(2)]),
    );
    const r = compute(flipped);
    expect([r.totals.caop.toFixed(2), codes(r).includes("amount_debit_positive")]).toEqual([
      "3800.00",
      false,
    ]);
    // A sales ledger alone (no customer or VAT line): nothing balances, the sign warning says it.
    const ledger = table(HEADERS, [
      ["10/01/2025", "1", "706000", "Prestations", "-2500.00"],
      ["12/01/2025", "2", "707000", "Ventes", "-950.00"],
    ]);
    const l = compute(ledger);
    expect([l.totals.caop.toFixed(2), codes(l).includes("amount_debit_positive")]).toEqual([
      "-3450.00",
      false,
    ]);
    expect(codes(l).some((c) => c.startsWith("sign_convention"))).toBe(true);
  });

  it.each([[[1]], [[4]], [[3, 3]], [[2, 5, 1]], [[7]]])(
    "streamed in chunks %j: the figures of the whole table, the note once",
    async (sizes) => {
      const whole = toJson(compute(journal));
      const r = toJson(await computeChunks(source(split(journal, sizes))));
      // The entry named as proof is the first whole one the chunks show (a cut one is not seen).
      const reading = (j: typeof r) => [j.reading.journal?.column, j.reading.journal?.convention];
      expect([r.caop, r.months, r.deductions, reading(r)]).toEqual([
        whole.caop,
        whole.months,
        whole.deductions,
        reading(whole),
      ]);
      expect(r.diagnostics.filter((d) => d.code === "amount_debit_positive")).toHaveLength(1);
    },
  );

  it("streamed, a first chunk without an entry is read again negated once a later one proves it", async () => {
    const late = table(HEADERS, [["02/01/2025", "24999", "706000", "Prestations", "-50.00"], ...entries]);
    const whole = toJson(compute(late));
    expect(whole.caop).toBe("3850.00");
    const r = toJson(await computeChunks(source(split(late, [1]))));
    expect([r.caop, r.months]).toEqual([whole.caop, whole.months]);
  });
});

describe("an extract of revenue accounts, credits written negative (SAP FBL3N / FAGLL03 / ALV, no S / H)", () => {
  const FBL3N = ["Compte", "Date comptable", "Montant en DI", "Texte"];
  /** Revenue accounts only: the sales credited (1.234,56-), the 709 discount and the credit memo debited. */
  const fbl3n = table(FBL3N, [
    ["706100", "15.01.2025", "1.000,00-", "Prestation"],
    ["706100", "20.01.2025", "2.000,00-", "Prestation"],
    ["709100", "22.01.2025", "100,00", "Remise"],
    ["706100", "25.01.2025", "300,00", "Avoir"],
    ["707100", "03.02.2025", "1.500,00-", "Vente marchandises"],
    ["757100", "04.02.2025", "7.000,00-", "Produit cession véhicule"],
  ]);
  const note = (r: { diagnostics: { code: string; args?: Record<string, unknown> }[] }) =>
    r.diagnostics.find((d) => d.code === "amount_debit_positive")?.args;

  it("is read as credit − debit: its sales mostly negative while its 709 lines are positive, said", () => {
    const r = compute(fbl3n);
    // January 1 000 + 2 000 − 100 (709 remise) − 300 (avoir, a debit on 706) = 2 600; February 1 500.
    // The asset disposal on 757 (7 000) is excluded, not a sale.
    expect(toJson(r).months.map((m) => [m.period, m.caop])).toEqual([
      ["2025-01", "2600.00"],
      ["2025-02", "1500.00"],
    ]);
    expect([r.totals.caop.toFixed(2), r.totals.deductions.return.toFixed(2)]).toEqual(["4100.00", "300.00"]);
    // 3 of the 4 lines on 701–708 negative (rows 2, 3, 6), the 709 line positive (row 4).
    expect(note(r)).toEqual({
      row1: 2,
      value1: "1.000,00-",
      row2: 4,
      value2: "100,00",
      negative: 3,
      total: 4,
    });
    expect(toJson(r).reading.journal).toEqual({
      column: "Montant en DI",
      convention: "debit_positive",
      row: 2,
      by: "extract",
    });
    expect(codes(r)).not.toContain("sign_convention");
    expect(toJson(compute(fbl3n, { fastPath: false }))).toEqual(toJson(r));
  });

  it.each([[[1]], [[3]], [[2, 2]]])(
    "streamed in chunks %j: the figures of the whole, the note once",
    async (sizes) => {
      const whole = toJson(compute(fbl3n));
      const r = toJson(await computeChunks(source(split(fbl3n, sizes))));
      expect([r.caop, r.months, r.reading.journal]).toEqual([
        whole.caop,
        whole.months,
        whole.reading.journal,
      ]);
      expect(r.diagnostics.filter((d) => d.code === "amount_debit_positive")).toHaveLength(1);
    },
  );

  it("streamed, the credit notes' signs learnt while read as written are learnt again once read negated", async () => {
    const typed = table(
      ["Date", "Compte", "Libellé", "Type pièce", "Montant"],
      [
        ["05/01/2024", "706000", "Prestation", "Facture", "-1000,00"],
        ["06/01/2024", "709700", "Remise", "Facture", "100,00"],
        ["07/01/2024", "706000", "Prestation", "Avoir", "-50,00"],
      ],
    );
    const whole = toJson(compute(typed));
    // Read negated: sale 1 000 − remise 100 − the credit note, positive like every one of the file
    // (an unsigned export's credit notes subtract), 50 = 850.
    expect(whole.caop).toBe("850.00");
    const r = toJson(await computeChunks(source(split(typed, [1]))));
    expect([r.caop, r.deductions]).toEqual([whole.caop, whole.deductions]);
  });

  it("never negates a list of credit notes (706 negative by nature, no 709 line): read as written, warned", () => {
    const avoirs = table(FBL3N, [
      ["706100", "15.01.2025", "-300,00", "Avoir client A"],
      ["706100", "20.01.2025", "-200,00", "Avoir client B"],
    ]);
    const r = compute(avoirs);
    // Two credit notes: −300 − 200 = −500, as the export says.
    expect(r.totals.caop.toFixed(2)).toBe("-500.00");
    expect([note(r), codes(r).includes("sign_convention")]).toEqual([undefined, true]);
  });

  it("the user's word decides first: --signs as-written keeps the signs, debit-positive reads a list negated", () => {
    const kept = compute(fbl3n, { signs: "as_written" });
    // 1 000 + 2 000 − 300 + 1 500 written negative: −4 200 of sales, − 100 (709, its absolute value) = −4 300.
    expect([kept.totals.caop.toFixed(2), note(kept)]).toEqual(["-4300.00", undefined]);
    const warning = kept.diagnostics.find((d) => d.code === "sign_convention");
    expect(warning?.messageEn).toContain("--signs debit-positive");
    // A sales list without accounts: nothing can prove it, the option reads it negated and says so.
    const list = table(
      ["Date", "Montant", "Libellé"],
      [
        ["15.01.2025", "1.000,00-", "Prestation"],
        ["20.01.2025", "250,00", "Avoir"],
      ],
    );
    const r = compute(list, { signs: "debit_positive" });
    // 1 000 sale − 250 credit note = 750.
    expect(r.totals.caop.toFixed(2)).toBe("750.00");
    const d = r.diagnostics.find((x) => x.code === "amount_debit_positive");
    expect([d?.severity, toJson(r).reading.journal]).toEqual([
      "info",
      { column: "Montant", convention: "debit_positive", by: "option" },
    ]);
  });
});

describe("an account column empty on every line", () => {
  const wave = table(
    ["Transaction Date", "Account ID", "Description", "Amount"],
    [
      ["2025-01-08", "", "Accounts Receivable", "1200.00"],
      ["2025-01-08", "", "Sales", "-1000.00"],
      ["2025-01-08", "", "TVA collectée", "-200.00"],
    ],
  );

  it("gets a warning with the way out (its journal's lines all count)", () => {
    const r = compute(wave);
    const d = r.diagnostics.find((x) => x.code === "account_column_empty");
    expect([d?.column, d?.severity]).toEqual(["Account ID", "warning"]);
    expect(d?.messageEn).toContain("--map account=");
  });

  it("streamed, is said only when every chunk's column is empty", async () => {
    const all = toJson(await computeChunks(source(split(wave, [1]))));
    expect(all.diagnostics.filter((d) => d.code === "account_column_empty")).toHaveLength(1);
    const some = table(wave.headers, [...wave.rows, ["2025-01-09", "706000", "Sales", "-10.00"]]);
    expect(codes(compute(some))).not.toContain("account_column_empty");
    const cut = toJson(await computeChunks(source(split(some, [3]))));
    expect(codes(cut)).not.toContain("account_column_empty");
  });
});

describe("an account column empty on every line beside the accounts' names (Wave)", () => {
  const headers = [
    "Transaction Date",
    "Account Name",
    "Transaction Description",
    "Amount (One column)",
    "Account ID",
  ];
  /** Wave's one-column amounts: the receivable debited (positive), sales and VAT credited (negative). */
  const wave = table(headers, [
    ["2025-01-08", "Accounts Receivable", "Invoice 101", "1200.00", ""],
    ["2025-01-08", "Sales", "Invoice 101", "-1000.00", ""],
    ["2025-01-08", "Sales Tax", "Invoice 101", "-200.00", ""],
    ["2025-01-20", "Cash on Hand", "Payment Invoice 101", "1200.00", ""],
    ["2025-01-20", "Accounts Receivable", "Payment Invoice 101", "-1200.00", ""],
    ["2025-02-04", "Accounts Receivable", "Invoice 103", "300.00", ""],
    ["2025-02-04", "Consulting Income", "Invoice 103", "-300.00", ""],
    ["2025-02-28", "Cash on Hand", "Interest", "12.34", ""],
    ["2025-02-28", "Interest Earned", "Interest", "-12.34", ""],
  ]);

  it("reads the accounts by their names: sales only, credits negative, and says so", () => {
    const r = toJson(compute(wave));
    expect([r.caop, r.months.map((m) => m.caop)]).toEqual(["1300.00", ["1000.00", "300.00"]]);
    expect(r.mapping.account).toBe("Account Name");
    const d = r.diagnostics.find((x) => x.code === "account_names_read");
    expect([d?.column, d?.value, d?.severity]).toEqual(["Account Name", "Account ID", "info"]);
    expect(codes(r)).not.toContain("account_column_empty");
  });

  it("never reads customers as a chart: Salesforce's 'Nom du compte' beside an empty 'Compte' (round 19)", () => {
    const crm = table(
      ["Date", "Compte", "Nom du compte", "Montant"],
      [
        ["05/01/2025", "", "Banque Populaire Rives", "4000,00"],
        ["12/01/2025", "", "Interest Media Ltd", "3500,00"],
        ["20/02/2025", "", "Dividend Capital", "2300,00"],
      ],
    );
    const r = compute(crm);
    expect(r.totals.caop.toFixed(2)).toBe("9800.00");
    expect(r.diagnostics.map((d) => d.code)).not.toContain("account_names_read");
  });

  it("keeps the user's own account mapping, and an ID column that has accounts", () => {
    const mapped = compute(wave, { mapping: { account: "Account ID" } });
    expect(codes(mapped)).toContain("account_column_empty");
    expect(codes(mapped)).not.toContain("account_names_read");
    const filled = table(
      headers,
      wave.rows.map((row, i) => (i === 1 ? [...row.slice(0, 4), "4000"] : row)),
    );
    expect(codes(compute(filled))).not.toContain("account_names_read");
  });

  it.each([[[1]], [[2]], [[4, 5]]])(
    "streamed in chunks %j: the figures of the whole, the note once",
    async (sizes) => {
      const whole = toJson(compute(wave));
      const r = toJson(await computeChunks(source(split(wave, sizes))));
      expect([r.caop, r.months]).toEqual([whole.caop, whole.months]);
      expect(r.diagnostics.filter((d) => d.code === "account_names_read")).toHaveLength(1);
    },
  );
});
