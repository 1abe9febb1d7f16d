/**
 * Issue 9 (SPEC 2.2), amounts: Montant/Sens (D/C and +1/-1, negative Montant) gives what
 * Debit/Credit gives (credit − debit as is, both sides filled counted at their net), checked against
 * a decimal.js reference; two-digit years as Excel; sign sanity; a chunked table = the whole table.
 */
import Decimal from "decimal.js";
import fc from "fast-check";
import { computeChunks } from "../../../src/core/chunks";
import { compute } from "../../../src/core/engine";
import { toJson } from "../../../src/core/report";
import type { CellValue, RawTable } from "../../../src/core/types";
import { source, split, table } from "./chunking";

const ACCOUNTS = ["706000", "707000", "709000", "411000"] as const;
const fr = (cents: number): string => new Decimal(cents).div(100).toFixed(2).replace(".", ",");

interface Line {
  day: number;
  month: number;
  account: (typeof ACCOUNTS)[number];
  debit: number;
  credit: number;
  /** How the Montant/Sens form writes the line: letters or ±1, and the Montant's sign flipped. */
  numeric: boolean;
  /** The letters of credit and debit: the FEC's C / D, English ledgers' CR / DR (DB), the words. */
  words: readonly [string, string];
  flip: boolean;
  shortYear: boolean;
}

const cents = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 50_000_000 }));
const line: fc.Arbitrary<Line> = fc.record({
  day: fc.integer({ min: 1, max: 28 }),
  month: fc.integer({ min: 1, max: 3 }),
  account: fc.constantFrom(...ACCOUNTS),
  debit: cents,
  credit: cents,
  numeric: fc.boolean(),
  words: fc.constantFrom(
    ["C", "D"] as const,
    ["CR", "DR"] as const,
    ["Cr", "Db"] as const,
    ["Crédit", "Débit"] as const,
  ),
  flip: fc.boolean(),
  shortYear: fc.boolean(),
});

const date = (l: Line): string =>
  `${String(l.day).padStart(2, "0")}/${String(l.month).padStart(2, "0")}/${l.shortYear ? "25" : "2025"}`;

/** The lines as a Débit/Crédit ledger (an empty side when zero). */
function debitCredit(lines: Line[]): RawTable {
  return {
    headers: ["Date", "Compte", "Libellé", "Débit", "Crédit"],
    rows: lines.map((l) => [
      date(l),
      l.account,
      "Ligne",
      l.debit ? fr(l.debit) : "",
      l.credit ? fr(l.credit) : "",
    ]),
    firstRow: 2,
    source: "dc.csv",
  };
}

/** The same lines as Montant + Sens: the net on its side, or its negative on the other side. */
function montantSens(lines: Line[]): RawTable {
  const rows: CellValue[][] = lines.map((l) => {
    const net = l.credit - l.debit;
    let side = net >= 0 ? "C" : "D";
    let amount = Math.abs(net);
    if (l.flip && amount !== 0) {
      side = side === "C" ? "D" : "C";
      amount = -amount;
    }
    // Article A47 A-1 LPF / BOI-CF-IOR-60-40-20: +1 = débit, -1 = crédit (see amount-direction.ts).
    const sens = l.numeric ? (side === "D" ? "+1" : "-1") : l.words[side === "C" ? 0 : 1];
    return [date(l), l.account, "Ligne", fr(amount), sens];
  });
  return { headers: ["Date", "Compte", "Libellé", "Montant", "Sens"], rows, firstRow: 2, source: "ms.csv" };
}

/** decimal.js reference (SPEC 2.2 definitions): contributions credit − debit of the 70x lines. */
function reference(lines: Line[]): { caop: string; gross: string; discount: string } {
  let gross = new Decimal(0);
  let discount = new Decimal(0);
  for (const l of lines) {
    const c = new Decimal(l.credit - l.debit).div(100);
    if (l.account === "709000") discount = discount.minus(c);
    else if (l.account !== "411000") gross = gross.plus(c);
  }
  return { caop: gross.minus(discount).toFixed(2), gross: gross.toFixed(2), discount: discount.toFixed(2) };
}

const figures = (j: ReturnType<typeof toJson>) => ({
  caop: j.caop,
  gross_sales: j.gross_sales,
  deductions: j.deductions,
  months: j.months,
});

describe("property: Montant/Sens = Debit/Credit = decimal.js reference", () => {
  it("for random signs, both sides filled, D/C and +1/-1, negative Montant", () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 40 }), (lines) => {
        const dc = toJson(compute(debitCredit(lines)));
        const ms = toJson(compute(montantSens(lines)));
        const ref = reference(lines);
        expect(dc.caop).toBe(ref.caop);
        expect(dc.gross_sales).toBe(ref.gross);
        expect(dc.deductions.discount).toBe(ref.discount);
        expect(figures(ms)).toEqual(figures(dc));
        const both = lines.filter((l) => l.debit && l.credit).length;
        expect(dc.diagnostics.filter((d) => d.code === "debit_and_credit")).toHaveLength(both);
        const negatives = lines.filter((l) => l.flip && l.credit !== l.debit).length;
        expect(ms.diagnostics.filter((d) => d.code === "montant_sens_negative")).toHaveLength(negatives);
        // Dates are read on revenue lines only (411 is not revenue).
        const short = lines.filter((l) => l.shortYear && l.account !== "411000").length;
        expect(dc.diagnostics.filter((d) => d.code === "two_digit_year")).toHaveLength(short > 0 ? 1 : 0);
      }),
      { numRuns: 60 },
    );
  });
});

describe("property: Sens written 0/1 (Sage: 0 = débit, 1 = crédit) = Debit/Credit, streamed = whole", () => {
  it("once a 0 proves the convention, wherever it falls among the chunks", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(line, { minLength: 1, maxLength: 30 }),
        fc.array(fc.integer({ min: 1, max: 8 }), { maxLength: 4 }),
        async (lines, sizes) => {
          const t = montantSens(lines);
          const zeroOne: RawTable = {
            ...t,
            rows: t.rows.map((r) => {
              const d = ["D", "DR", "Db", "Débit", "+1"].includes(String(r[4]));
              return [...r.slice(0, 4), d ? "0" : "1"];
            }),
          };
          // Without a 0 (credits only) nothing proves the convention: "1" keeps its FEC reading (debit).
          fc.pre(zeroOne.rows.some((r) => r[4] === "0"));
          const whole = toJson(compute(zeroOne));
          expect(figures(whole)).toEqual(figures(toJson(compute(debitCredit(lines)))));
          expect(whole.diagnostics.filter((d) => d.code === "sens_zero_one")).toHaveLength(1);
          const streamed = toJson(await computeChunks(source(split(zeroOne, sizes))));
          expect(figures(streamed)).toEqual(figures(whole));
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("property: streamed = whole (amounts, two-digit years, sign sanity)", () => {
  const split = (t: RawTable, sizes: number[]): RawTable[] => {
    const out: RawTable[] = [];
    let at = 0;
    for (const s of sizes) {
      if (at >= t.rows.length) break;
      out.push({ ...t, rows: t.rows.slice(at, at + s), firstRow: t.firstRow + at });
      at += s;
    }
    if (at < t.rows.length) out.push({ ...t, rows: t.rows.slice(at), firstRow: t.firstRow + at });
    return out;
  };
  const sorted = (j: ReturnType<typeof toJson>) => ({
    ...j,
    diagnostics: [...j.diagnostics].sort((a, b) => a.row - b.row || a.code.localeCompare(b.code)),
  });
  it("Debit/Credit and Montant/Sens tables give the same JSON whole and in chunks", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(line, { minLength: 1, maxLength: 30 }),
        fc.array(fc.integer({ min: 1, max: 10 }), { minLength: 1, maxLength: 5 }),
        fc.boolean(),
        async (lines, sizes, ms) => {
          const table = ms ? montantSens(lines) : debitCredit(lines);
          const whole = sorted(toJson(compute(table)));
          const chunks = split(table, sizes);
          const r = await computeChunks(async function* () {
            for (const c of chunks) yield c;
          });
          expect(sorted(toJson(r))).toEqual(whole);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe("a credit note in its own column (Montant facturé HT | Montant avoir HT)", () => {
  it("leaves the invoice amount empty: read as 0 less the credit note, never an unreadable line", () => {
    const r = toJson(
      compute(
        table(
          ["Date", "N° pièce", "Montant facturé HT", "Montant avoir HT"],
          [
            ["15/01/2025", "FA0001", "1 200,00", ""],
            ["31/01/2025", "AV0001", "", "100,00"],
            ["10/02/2025", "FA0002", "", ""],
            ["11/02/2025", "FA0003", "", "0,00"],
          ],
        ),
      ),
    );
    // 1 200 − 100; a line with neither (or a zero credit note) is still an empty amount, said and ignored.
    expect([r.caop, r.deductions.return]).toEqual(["1100.00", "100.00"]);
    expect(r.diagnostics.map((d) => [d.code, d.row])).toEqual([
      ["amount_empty", 4],
      ["amount_empty", 5],
    ]);
  });
});

describe("amounts: examples", () => {
  const H = ["Date", "Compte", "Libellé", "Montant", "Sens"];
  const t = (rows: CellValue[][]): RawTable => ({ headers: H, rows, firstRow: 2, source: "t" });
  it("-300,00 with C is a 300 debit; +1 is a debit, -1 a credit (one summary diagnostic)", () => {
    const r = toJson(
      compute(
        t([
          ["01/05/2025", "706000", "Vente", "1000,00", "-1"],
          ["02/05/2025", "709000", "Remise", "100,00", "+1"],
          ["03/05/2025", "709000", "Remise", "-300,00", "C"],
        ]),
      ),
    );
    expect(r.caop).toBe("600.00");
    expect(r.deductions.discount).toBe("400.00");
    expect(r.diagnostics.filter((d) => d.code === "sens_plus_minus_one")).toHaveLength(1);
    expect(r.diagnostics).toContainEqual(
      expect.objectContaining({ code: "montant_sens_negative", row: 4, column: "Montant", value: "-300,00" }),
    );
  });
  it("two-digit years as Excel: 29 → 2029, 30 → 1930, one summary naming an example", () => {
    const r = toJson(
      compute(
        t([
          ["01/05/29", "706000", "Vente", "10,00", "C"],
          ["01/05/30", "706000", "Vente", "20,00", "C"],
        ]),
      ),
    );
    expect(r.months.map((m) => m.period)).toEqual(["1930-05", "2029-05"]);
    const d = r.diagnostics.filter((x) => x.code === "two_digit_year");
    expect(d).toEqual([expect.objectContaining({ row: 0, column: "Date", value: "01/05/29" })]);
    expect(d[0].message).toContain("ligne 2");
  });
  it("a Débit/Crédit ledger whose sales are debits gets a sign_convention warning naming the columns", () => {
    const r = toJson(
      compute({
        headers: ["Date", "Compte", "Libellé", "Débit", "Crédit"],
        rows: [
          ["01/05/2025", "706000", "Vente", "1000,00", ""],
          ["02/05/2025", "706000", "Vente", "500,00", ""],
        ],
        firstRow: 2,
        source: "t",
      }),
    );
    expect(r.caop).toBe("-1500.00");
    const w = r.diagnostics.filter((d) => d.code === "sign_convention");
    expect(w).toHaveLength(1);
    expect(w[0].message).toContain("Débit et Crédit semblent inversées");
    expect(w[0].message).toContain("2025-05");
  });
  it("positive sales outweighed by deductions (strict mode leaving the lines to review out) are no reversed export", () => {
    const rows = [
      ["01/03/2025", "Divers", "100,00"],
      ["02/03/2025", "Divers", "101,00"],
      ["03/03/2025", "Remise exceptionnelle", "-50,00"],
    ];
    const r = toJson(
      compute(
        { headers: ["Date", "Libellé", "Montant HT"], rows, firstRow: 2, source: "t" },
        { strict: true },
      ),
    );
    expect(r.caop).toBe("-50.00");
    const w = r.diagnostics.filter((d) => d.code === "sign_convention");
    expect(w.map((d) => d.message)).toEqual([
      expect.stringContaining("les signes du fichier semblent justes"),
    ]);
  });
  it("a right-signed file gets no sign_convention warning", () => {
    const r = toJson(compute(t([["01/05/2025", "706000", "Vente", "1000,00", "C"]])));
    expect(r.diagnostics.some((d) => d.code === "sign_convention")).toBe(false);
  });
});
