/**
 * Proofs a streamed file may hold only across chunks (outside round 28a, defect group 1): each table
 * is computed whole, then in chunks of several sizes (one cut right where the evidence starts), and
 * must give the same totals and months.
 */
import { computeChunks } from "../../src/core/chunks";
import { compute, type EngineResult } from "../../src/core/engine";
import type { CellValue, RawTable } from "../../src/core/types";
import { source, split, table } from "./engine/chunking";

/** The CA OP and its months, as text. */
const figures = (r: EngineResult) => ({
  caop: r.totals.caop.toFixed(2),
  months: r.months.map((m) => [m.period, m.totals.caop.toFixed(2)]),
});

/** The table in chunks of `size` rows (and the rest), its figures; the first cut at `first` when given. */
async function chunked(t: RawTable, size: number, first = size): Promise<ReturnType<typeof figures>> {
  const sizes = [first, ...Array.from({ length: Math.ceil(t.rows.length / size) }, () => size)];
  return figures(await computeChunks(source(split(t, sizes))));
}

const day = (k: number) =>
  `${String((k % 28) + 1).padStart(2, "0")}/${String((k % 12) + 1).padStart(2, "0")}/2025`;
const money = (k: number) => `${100 + ((k * 37) % 900)},${String((k * 13) % 100).padStart(2, "0")}`;

describe("a grand livre printing its auxiliary accounts (third parties' codes) first", () => {
  // ACD's "grand livre général + auxiliaire": 40 customer lines CDUPONT / CMARTIN (debits), then
  // 445710, 706000 and 709000. Over the file: 70 numbered lines against 40 codes, class 7 beside
  // class 4: the codes are third parties. A first chunk of codes only proves nothing by itself.
  const codes: CellValue[][] = Array.from({ length: 40 }, (_, k) => [
    k % 2 === 0 ? "CDUPONT" : "CMARTIN",
    day(k),
    "VE",
    String(k + 1),
    "Facture client",
    money(k),
    "",
  ]);
  const vat: CellValue[][] = Array.from({ length: 20 }, (_, k) => [
    "445710",
    day(k),
    "VE",
    String(k + 1),
    "TVA",
    "",
    "20,00",
  ]);
  const sales: CellValue[][] = Array.from({ length: 45 }, (_, k) => [
    "706000",
    day(k),
    "VE",
    String(k + 1),
    "Prestation",
    "",
    money(k + 3),
  ]);
  const rebates: CellValue[][] = Array.from({ length: 5 }, (_, k) => [
    "709000",
    day(k),
    "VE",
    `R${k}`,
    "RRR accordés",
    "10,00",
    "",
  ]);
  const t = table(
    ["Compte", "Date", "Journal", "N° pièce", "Libellé", "Débit", "Crédit"],
    [...codes, ...vat, ...sales, ...rebates],
  );

  it("is read as whole in chunks: the proof counts the file read so far, not one chunk", async () => {
    const whole = compute(t);
    // The sales: 706000 credits less 709000 debits (5 × 10.00); the customer debits are no sale.
    const expected = sales.reduce((s, r) => s + Number(String(r[6]).replace(",", ".")) * 100, 0) - 5000;
    expect(whole.totals.caop.toFixed(2)).toBe((expected / 100).toFixed(2));
    expect(whole.thirdParties).toBe("Compte");
    for (const [size, first] of [
      [40, 40],
      [41, 41],
      [30, 30],
      [10, 10],
      [60, 40],
      [200, 39],
    ])
      expect(await chunked(t, size, first)).toEqual(figures(whole));
  });

  it("says the codes once, counted over the chunks as whole", async () => {
    const r = await computeChunks(source(split(t, [40, 30, 30])));
    const notes = r.diagnostics.filter((d) => d.code === "third_party_accounts");
    expect(notes.map((d) => [d.row, d.value, d.args?.count])).toEqual([[2, "CDUPONT", 40]]);
  });

  it("a column of more codes than numbers stays unproven in chunks too", async () => {
    // 40 codes, 20 VAT lines and 10 sales: 30 numbered lines < 40 codes, whole and streamed.
    const few = { ...t, rows: [...codes, ...vat, ...sales.slice(0, 10)] };
    const whole = compute(few);
    expect(whole.thirdParties).toBeUndefined();
    for (const size of [40, 25, 7]) expect(await chunked(few, size)).toEqual(figures(whole));
  });
});

describe("a hand sheet's AVOIRS section whose lines run past a chunk's end", () => {
  // 30 invoices, a blank row, "AVOIRS" typed in the date column, 20 positive credit notes, a blank
  // row, 5 invoices more: the section's lines subtract, wherever the chunks are cut.
  const H = ["Date", "N° facture", "Client", "Libellé", "Montant HT"];
  const invoices = (from: number, n: number): CellValue[][] =>
    Array.from({ length: n }, (_, k) => [
      day(from + k),
      `F${from + k}`,
      "Client 1",
      "Prestation",
      money(from + k),
    ]);
  const credits: CellValue[][] = Array.from({ length: 20 }, (_, k) => [
    "15/12/2025",
    `A${k}`,
    "Client 1",
    "Avoir",
    money(k + 50),
  ]);
  const blank: CellValue[] = ["", "", "", "", ""];
  const heading: CellValue[] = ["AVOIRS", "", "", "", ""];
  const t = table(H, [...invoices(0, 30), blank, heading, ...credits, blank, ...invoices(30, 5)]);

  it("carries the section into the next chunks: the same credit notes subtract", async () => {
    const whole = compute(t);
    const note = whole.diagnostics.find((d) => d.code === "credit_note_section_read");
    expect([note?.row, note?.value, note?.args?.count]).toEqual([33, "AVOIRS", 20]);
    // Rows (index): heading 31, credit notes 32–51, blank 52, invoices 53–57.
    for (const size of [31, 32, 33, 40, 52, 53, 10, 3, 1])
      expect(await chunked(t, size)).toEqual(figures(whole));
    const r = await computeChunks(source(split(t, [40, 40])));
    const notes = r.diagnostics.filter((d) => d.code === "credit_note_section_read");
    expect(notes.map((d) => [d.row, d.value, d.args?.count])).toEqual([[33, "AVOIRS", 20]]);
  });

  it("a section ended by a blank row at a chunk's end does not go on into the next chunk", async () => {
    const whole = compute(t);
    // The chunk ends on the blank row after the section, or right before it.
    for (const first of [52, 53]) expect(await chunked(t, 100, first)).toEqual(figures(whole));
  });
});

describe("a customer ledger whose payments pay invoices of an earlier chunk", () => {
  // 40 invoices (Facture) of customers C01…C40, each paid ten invoices later by a positive Règlement
  // of its amount: the payments are no sales, even where the chunks part an invoice from its payment.
  const H = ["Date", "Type", "N° pièce", "Client", "Libellé", "Montant"];
  const who = (k: number) => `C${String(k + 1).padStart(2, "0")}`;
  const invoice = (k: number): CellValue[] => [day(k), "Facture", `FA${k}`, who(k), "Prestation", money(k)];
  const payment = (k: number): CellValue[] => [
    day(k + 10),
    "Règlement",
    `RG${k}`,
    who(k),
    `Règlement FA${k}`,
    money(k),
  ];
  // Rows (index): invoices 0–9, then invoice k and the payment of invoice k − 10 in turn, the last payments.
  const rows: CellValue[][] = [];
  for (let k = 0; k < 40; k++) {
    rows.push(invoice(k));
    if (k >= 10) rows.push(payment(k - 10));
  }
  for (let k = 30; k < 40; k++) rows.push(payment(k));
  const t = table(H, rows);

  it("sets the payments apart in every chunking, as whole", async () => {
    const whole = compute(t);
    const expected = rows
      .filter((r) => r[1] === "Facture")
      .reduce((s, r) => s + Number(String(r[5]).replace(",", ".")) * 100, 0);
    expect(whole.totals.caop.toFixed(2)).toBe((expected / 100).toFixed(2));
    expect(whole.diagnostics.map((d) => d.code)).not.toContain("payment_counted");
    // The first payment is row index 11 (its invoice in the first chunk when cut there).
    for (const [size, first] of [
      [11, 11],
      [12, 11],
      [20, 20],
      [15, 15],
      [7, 7],
      [30, 70],
    ]) {
      const r = await computeChunks(source(split(t, [first, ...Array.from({ length: 12 }, () => size)])));
      expect(figures(r)).toEqual(figures(whole));
      expect(r.diagnostics.map((d) => d.code)).not.toContain("payment_counted");
    }
  });

  it("without a customer column, a payment pays an earlier chunk's invoice of its amount", async () => {
    const noClient = table(
      ["Date", "Type", "N° pièce", "Libellé", "Montant"],
      t.rows.map((r) => [r[0], r[1], r[2], r[4], r[5]]),
    );
    const whole = compute(noClient);
    expect(whole.diagnostics.map((d) => d.code)).not.toContain("payment_counted");
    for (const size of [11, 20, 13]) expect(await chunked(noClient, size)).toEqual(figures(whole));
  });

  it("payments beyond what the customer owes stay counted and said, whole or streamed", async () => {
    // C01 pays twice its invoice: the second payment has no invoice left to pay.
    const extra: CellValue[] = ["20/12/2025", "Règlement", "RGX", "C01", "Règlement", money(0)];
    const more = { ...t, rows: [...t.rows, extra] };
    const whole = compute(more);
    expect(whole.diagnostics.map((d) => d.code)).toContain("payment_counted");
    for (const size of [11, 20, 45]) {
      const r = await computeChunks(source(split(more, [size, size, size, size, size])));
      expect(figures(r)).toEqual(figures(whole));
      expect(r.diagnostics.map((d) => d.code)).toContain("payment_counted");
    }
  });
});

describe("concatenated account strings of a ledger sorted by account", () => {
  // Oracle EBS's 101.000.411000.0000.000 lines first (the customers' debits), then the sales
  // 101.000.706100… credits: no chunk holds a class-7 account beside another class's, the file does.
  const H = ["Effective Date", "Account", "Line Description", "Accounted Dr", "Accounted Cr"];
  const customers: CellValue[][] = Array.from({ length: 20 }, (_, k) => [
    day(k),
    "101.000.411000.0000.000",
    `Invoice ${k}`,
    "120.00",
    "",
  ]);
  const sales: CellValue[][] = Array.from({ length: 20 }, (_, k) => [
    day(k),
    "101.000.706100.0000.000",
    `Invoice ${k}`,
    "",
    "100.00",
  ]);
  const t = table(H, [...customers, ...sales]);

  it("proves the natural-account segment over the chunks read so far, as whole", async () => {
    const whole = compute(t);
    expect(whole.totals.caop.toFixed(2)).toBe("2000.00");
    for (const size of [20, 10, 21, 7]) expect(await chunked(t, size)).toEqual(figures(whole));
  });

  it("a plain PCG account in an earlier chunk: later concatenated strings prove nothing, as whole", async () => {
    const mixed = table(H, [[day(0), "706000", "Vente", "", "50.00"], ...customers, ...sales]);
    const whole = compute(mixed);
    expect(whole.accountSegments).toBeUndefined();
    for (const size of [1, 21, 10]) expect(await chunked(mixed, size)).toEqual(figures(whole));
  });
});
