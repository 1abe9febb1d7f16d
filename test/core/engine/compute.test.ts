import Decimal from "decimal.js";
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { compute, lineContribution, lineKeys } from "../../../src/core/engine";
import { EngineError } from "../../../src/core/errors";
import { toJson } from "../../../src/core/report";
import type { CellValue, RawTable } from "../../../src/core/types";
import { readCsv } from "../../../src/workbook/readers/csv";

const fixture = (p: string): RawTable =>
  readCsv(readFileSync(join(__dirname, "..", "..", "fixtures", p)), { source: p });
const table = (headers: string[], rows: CellValue[][]): RawTable => ({
  headers,
  rows,
  firstRow: 2,
  source: "test",
});

describe("compute: the article's three examples", () => {
  it("furniture maker: 4 000 000 sales − 150 000 discounts, land sale ignored → 3 850 000", () => {
    const r = compute(fixture("article/furniture.csv"));
    expect(r.totals.caop.toFixed(2)).toBe("3850000.00");
    expect(r.totals.gross_sales.toFixed(2)).toBe("4000000.00");
    expect(r.totals.deductions.discount.toFixed(2)).toBe("150000.00");
    expect(r.totals.excluded.asset_disposal).toEqual({ count: 1, amount: new Decimal(900000) });
  });
  it("B2B SaaS: 450 000 subscriptions, 50 000 subsidy excluded → 450 000", () => {
    const r = compute(fixture("article/saas.csv"));
    expect(r.totals.caop.toFixed(2)).toBe("450000.00");
    expect(r.totals.excluded.subsidy.amount.toFixed(2)).toBe("50000.00");
  });
  it("textile: 1 050 000 of which warehouse sale 150 000 and tax credit 100 000 → 800 000", () => {
    const r = compute(fixture("article/textile.csv"));
    expect(r.totals.caop.toFixed(2)).toBe("800000.00");
    expect(r.totals.excluded.asset_disposal.amount.toFixed(2)).toBe("150000.00");
    expect(r.totals.excluded.tax_credit.amount.toFixed(2)).toBe("100000.00");
    const all = r.totals.caop
      .plus(r.totals.excluded.asset_disposal.amount)
      .plus(r.totals.excluded.tax_credit.amount);
    expect(all.toFixed(2)).toBe("1050000.00");
  });
});

/** Independent oracle for the ledger fixture: its own CSV split, its own account table, decimal.js sums. */
function ledgerOracle(): {
  caop: Decimal;
  gross: Decimal;
  ded: Record<string, Decimal>;
  excluded: Record<string, Decimal>;
  review: Decimal;
  months: Map<string, Decimal>;
} {
  const text = readFileSync(join(__dirname, "..", "..", "fixtures", "ledger-fr.csv"), "utf8");
  const rows = text
    .trim()
    .split(/\r\n/)
    .slice(1)
    .map((l) => l.split(";"));
  const toDec = (s: string): Decimal | null => {
    let t = s.replace(/[\s\u00a0]/g, "");
    let neg = false;
    if (/^\(.*\)$/.test(t)) {
      neg = true;
      t = t.slice(1, -1);
    }
    if (t.endsWith("-")) {
      neg = true;
      t = t.slice(0, -1);
    }
    if (t.startsWith("-")) {
      neg = true;
      t = t.slice(1);
    }
    if (!/^\d+,\d\d$/.test(t)) return null;
    const d = new Decimal(t.replace(",", "."));
    return neg ? d.neg() : d;
  };
  const z = (): Decimal => new Decimal(0);
  const o = {
    caop: z(),
    gross: z(),
    review: z(),
    ded: { discount: z(), rebate: z(), return: z() } as Record<string, Decimal>,
    excluded: {} as Record<string, Decimal>,
    months: new Map<string, Decimal>(),
  };
  const excl: Record<string, string> = {
    "775": "asset_disposal",
    "740": "subsidy",
    "761": "financial",
    "771": "exceptional",
    "699": "tax_credit",
    "781": "non_core",
  };
  for (const [date, , acct, label, , , , amount] of rows) {
    const a = toDec(amount);
    if (a === null) continue; // the one unreadable amount
    const month = `${date.slice(6, 10)}-${date.slice(3, 5)}`;
    const reason = excl[acct.slice(0, 3)];
    if (reason) {
      o.excluded[reason] = (o.excluded[reason] ?? z()).plus(a);
      continue;
    }
    let contribution = a;
    if (acct.startsWith("709")) {
      const kind = /rabais|ristourne/i.test(label)
        ? "rebate"
        : /avoir|retour/i.test(label)
          ? "return"
          : "discount";
      contribution = a.abs().neg();
      o.ded[kind] = o.ded[kind].minus(contribution);
    } else o.gross = o.gross.plus(a);
    if (acct.startsWith("7088")) o.review = o.review.plus(a);
    o.caop = o.caop.plus(contribution);
    o.months.set(month, (o.months.get(month) ?? z()).plus(contribution));
  }
  return o;
}

describe("compute: French sales ledger (15 months) against an independent decimal.js oracle", () => {
  const r = compute(fixture("ledger-fr.csv"));
  const o = ledgerOracle();
  it("totals equal the oracle to the cent", () => {
    expect(r.totals.caop.toFixed(2)).toBe(o.caop.toFixed(2));
    expect(r.totals.gross_sales.toFixed(2)).toBe(o.gross.toFixed(2));
    for (const k of ["discount", "rebate", "return"] as const) {
      expect(r.totals.deductions[k].toFixed(2)).toBe(o.ded[k].toFixed(2));
      expect(r.totals.deductions[k].isPositive()).toBe(true);
    }
    for (const [reason, amount] of Object.entries(o.excluded)) {
      expect([reason, r.totals.excluded[reason as keyof typeof r.totals.excluded].amount.toFixed(2)]).toEqual(
        [reason, amount.toFixed(2)],
      );
      expect(r.totals.excluded[reason as keyof typeof r.totals.excluded].count).toBe(1);
    }
    expect(r.totals.to_review.count).toBe(1);
    expect(r.totals.to_review.amount.toFixed(2)).toBe(o.review.toFixed(2));
  });
  it("every month equals the oracle", () => {
    expect(r.months.map((m) => m.period)).toEqual([...o.months.keys()].sort());
    for (const m of r.months)
      expect([m.period, m.totals.caop.toFixed(2)]).toEqual([m.period, o.months.get(m.period)?.toFixed(2)]);
  });
  it("the unreadable amount is diagnosed with its row, column and value, and counted as ignored", () => {
    const d = r.diagnostics.find((x) => x.code === "amount_unreadable");
    expect(d).toMatchObject({ row: 684, column: "Montant HT", value: "abc", severity: "error" });
    expect(d?.message).toBe("ligne 684 : montant illisible « abc » (colonne « Montant HT »), ligne ignorée");
    expect(d?.messageEn).toContain('row 684: unreadable amount "abc"');
    expect(r.ignored.count).toBe(1);
  });
  it("JSON report keeps the SPEC 9 contract", () => {
    const j = toJson(r);
    expect(Object.keys(j)).toEqual(
      expect.arrayContaining([
        "caop",
        "currency",
        "gross_sales",
        "deductions",
        "excluded",
        "to_review",
        "months",
        "diagnostics",
      ]),
    );
    expect(j.caop).toMatch(/^-?\d+\.\d{2,}$/);
    expect(j.currency).toBe("EUR");
    expect(Object.keys(j.excluded).sort()).toEqual([
      "asset_disposal",
      "exceptional",
      "financial",
      "non_core",
      "subsidy",
      "tax_credit",
    ]);
    expect(j.diagnostics[0]).toEqual(
      expect.objectContaining({
        row: expect.any(Number),
        column: expect.any(String),
        value: expect.any(String),
        message: expect.any(String),
      }),
    );
  });
});

describe("compute: amounts, signs and layouts", () => {
  const H = ["Date", "Compte", "Libellé", "Montant"];
  it("quantity × unit price is exact, each line rounded to the cent as invoiced, also with 3-decimal prices", () => {
    const r = compute(
      table(
        ["Date", "Libellé", "Quantité", "Prix unitaire"],
        [
          ["01/03/2025", "Vente", "3", "19,99"],
          ["01/03/2025", "Vente", "7", "0,125"],
        ],
      ),
    );
    // 3 × 19,99 = 59,97; 7 × 0,125 = 0,875, invoiced 0,88 (round half up per line): 60,85.
    expect(r.totals.caop.toString()).toBe("60.85");
    expect(r.diagnostics.map((d) => d.code)).toContain("amount_rounded_per_line");
  });
  it("FEC Montant + Sens: D is negative, C positive; an unknown direction is diagnosed", () => {
    const r = compute(
      table(
        ["EcritureDate", "CompteNum", "EcritureLib", "Montant", "Sens"],
        [
          ["20250105", "706000", "Facture", "1000,00", "C"],
          ["20250106", "709000", "Remise", "100,00", "D"],
          ["20250107", "706000", "Facture", "5,00", "?"],
        ],
      ),
    );
    expect(r.totals.caop.toFixed(2)).toBe("900.00");
    expect(r.diagnostics.find((x) => x.code === "direction_unreadable")).toMatchObject({
      row: 4,
      value: "?",
    });
  });
  it("an ambiguous amount follows the locale and is diagnosed", () => {
    const t = table(H, [["01/02/2025", "706000", "Vente", "1,234"]]);
    expect(compute(t).totals.caop.toString()).toBe("1.234");
    expect(compute(t, { locale: "en" }).totals.caop.toString()).toBe("1234");
    expect(compute(t).diagnostics.find((x) => x.code === "amount_ambiguous")).toMatchObject({
      row: 2,
      value: "1,234",
    });
  });
  it("contradictory day/month order is an error naming two example rows", () => {
    const t = table(H, [
      ["13/01/2025", "706000", "Vente", "1"],
      ["01/02/2025", "706000", "Vente", "1"],
      ["01/13/2025", "706000", "Vente", "1"],
    ]);
    expect(() => compute(t)).toThrow(/ligne 2 .*ligne 4/);
  });
  it("dates the data cannot order are read with the locale and said so", () => {
    const t = table(H, [["01/02/2025", "706000", "Vente", "1"]]);
    expect(compute(t).months[0].period).toBe("2025-02");
    expect(compute(t, { locale: "en" }).months[0].period).toBe("2025-01");
    expect(compute(t).diagnostics.map((x) => x.code)).toContain("date_order_locale");
  });
  it("a negative sale is a correction; a deduction subtracts its absolute value whatever its sign", () => {
    const r = compute(
      table(H, [
        ["01/02/2025", "706000", "Vente", "1 000,00"],
        ["02/02/2025", "706000", "Correction", "-100,00"],
        ["03/02/2025", "709000", "Remise", "(50,00)"],
        ["03/02/2025", "709000", "Remise", "50,00"],
        ["03/02/2025", "709000", "Rabais", "25,00-"],
      ]),
    );
    expect(r.totals.gross_sales.toFixed(2)).toBe("900.00");
    expect(r.totals.deductions.discount.toFixed(2)).toBe("100.00");
    expect(r.totals.deductions.rebate.toFixed(2)).toBe("25.00");
    expect(r.totals.caop.toFixed(2)).toBe("775.00");
  });
  it("debit/credit: amount = credit − debit used as is (a 709 debit is already negative)", () => {
    const r = compute(
      table(
        ["Date", "Compte", "Libellé", "Débit", "Crédit"],
        [
          ["2025-01-10", "706000", "Facture", "", "1200,00"],
          ["2025-01-11", "709000", "Remise", "200,00", ""],
          ["2025-01-11", "411000", "Client", "1000,00", ""],
        ],
      ),
    );
    expect(r.totals.caop.toFixed(2)).toBe("1000.00");
    expect(r.totals.deductions.discount.toFixed(2)).toBe("200.00");
    expect(r.diagnostics.find((d) => d.code === "not_revenue")?.value).toBe("1");
  });
  it("amounts with more than two decimals stay exact (no rounding)", () => {
    const r = compute(
      table(H, [
        ["01/02/2025", "706000", "Vente", "0,1234"],
        ["01/02/2025", "706000", "Vente", "0,0001"],
        ["01/02/2025", "706000", "Vente", 1.5],
      ]),
    );
    expect(r.totals.caop.toString()).toBe("1.6235");
    expect(toJson(r).caop).toBe("1.6235");
  });
  it("per-line deduction columns (brut | remise | net) are subtracted once, never twice", () => {
    const r = compute(
      table(
        ["Date", "Libellé", "Montant brut", "Remise", "Montant net"],
        [["05/03/2025", "Vente", "1 000,00", "100,00", "900,00"]],
      ),
    );
    expect(r.totals.gross_sales.toFixed(2)).toBe("1000.00");
    expect(r.totals.deductions.discount.toFixed(2)).toBe("100.00");
    expect(r.totals.caop.toFixed(2)).toBe("900.00");
  });
  it("two currencies are an error that lists them", () => {
    expect(() =>
      compute(
        table(
          ["Date", "Montant", "Devise"],
          [
            ["01/01/2025", "10", "EUR"],
            ["02/01/2025", "10", "USD"],
          ],
        ),
      ),
    ).toThrow(/EUR, USD/);
  });
  it("a missing required column names it and lists the headers found", () => {
    try {
      compute(table(["Libellé", "Montant"], [["x", "1"]]));
      throw new Error("no error");
    } catch (e) {
      expect(e).toBeInstanceOf(EngineError);
      expect((e as EngineError).fr).toContain("date");
      expect((e as EngineError).fr).toContain("Libellé, Montant");
    }
  });
  it("error cells, empty amounts and bad dates are diagnosed, not silently dropped", () => {
    const r = compute(
      table(H, [
        ["01/02/2025", "706000", "Vente", { error: "#N/A" }],
        ["01/02/2025", "706000", "Vente", ""],
        ["31/02/2025", "706000", "Vente", "10,00"],
        ["01/02/2025", "706000", "Vente", "5,00"],
      ]),
    );
    expect(r.diagnostics.map((d) => [d.code, d.row])).toEqual(
      expect.arrayContaining([
        ["amount_error_cell", 2],
        ["amount_empty", 3],
        ["date_unreadable", 4],
      ]),
    );
    expect(r.ignored.count).toBe(3);
    expect(r.ignored.amount.toFixed(2)).toBe("10.00");
    expect(r.totals.caop.toFixed(2)).toBe("5.00");
  });
  it("strict mode excludes lines to review; default counts them", () => {
    const rows: CellValue[][] = [
      ["01/02/2025", "", "Divers", "100,00"],
      ["01/02/2025", "706000", "Vente", "50,00"],
    ];
    const t = table(H, rows);
    expect(compute(t).totals.caop.toFixed(2)).toBe("150.00");
    const s = compute(t, { strict: true });
    expect(s.totals.caop.toFixed(2)).toBe("50.00");
    expect(s.totals.to_review).toEqual({ count: 1, amount: new Decimal(100) });
  });
  it("manual decisions win over every rule and survive re-sorting the data", () => {
    const rows: CellValue[][] = [
      ["01/02/2025", "706000", "Vente A", "100,00"],
      ["02/02/2025", "706000", "Vente B", "50,00"],
    ];
    const t = table(H, rows);
    const keys = lineKeys(t, compute(t).mapping);
    const decisions = { [keys[1]]: { scope: "exceptional" as const } };
    expect(compute(t, { decisions }).totals.caop.toFixed(2)).toBe("100.00");
    const resorted = table(H, [rows[1], rows[0]]);
    const r = compute(resorted, { decisions });
    expect(r.totals.caop.toFixed(2)).toBe("100.00");
    expect(r.totals.excluded.exceptional.count).toBe(1);
  });
});

/** Accounts with their known meaning for random tables. */
const ACCOUNTS = [
  { account: "706000", label: "Prestation", kind: "sale", counted: true },
  { account: "707000", label: "Marchandises", kind: "sale", counted: true },
  { account: "709000", label: "Remise", kind: "discount", counted: true },
  { account: "709000", label: "Rabais", kind: "rebate", counted: true },
  { account: "709000", label: "Avoir", kind: "return", counted: true },
  { account: "775000", label: "Cession", kind: "sale", counted: false },
  { account: "761000", label: "Intérêts", kind: "sale", counted: false },
  { account: "740000", label: "Subvention", kind: "sale", counted: false },
] as const;

const rowArb = fc.record({
  acct: fc.integer({ min: 0, max: ACCOUNTS.length - 1 }),
  units: fc.bigInt({ min: -10_000_000_000n, max: 10_000_000_000n }),
  scale: fc.constantFrom(0, 1, 2, 2, 2, 3, 4),
  month: fc.integer({ min: 1, max: 12 }),
  asText: fc.boolean(),
});
type Row = { acct: number; units: bigint; scale: number; month: number; asText: boolean };
const dec = (r: Row): Decimal => new Decimal(r.units.toString()).dividedBy(new Decimal(10).pow(r.scale));
const toRows = (rows: Row[]): CellValue[][] =>
  rows.map((r) => {
    const d = dec(r);
    const text = d.toFixed(r.scale).replace(".", ",");
    const cell: CellValue = r.asText || Math.abs(d.toNumber()) > 1e14 ? text : Number(d.toFixed(r.scale));
    return [
      `15/${String(r.month).padStart(2, "0")}/2025`,
      ACCOUNTS[r.acct].account,
      ACCOUNTS[r.acct].label,
      cell,
    ];
  });
/** Σ of the rows' amounts as written that `pick` keeps. */
const sumOf = (rows: Row[], pick: (a: (typeof ACCOUNTS)[number]) => boolean): Decimal =>
  rows.reduce((t, r) => (pick(ACCOUNTS[r.acct]) ? t.plus(dec(r)) : t), new Decimal(0));
/**
 * An extract of revenue accounts whose sales are four fifths negative (by amount) while its 709 lines
 * add up positive is debit positive (journal-sign.ts): every amount read negated. Otherwise as written.
 */
const debitPositive = (rows: Row[]): boolean => {
  const sales = rows.filter((r) => /^70[1-8]/.test(ACCOUNTS[r.acct].account)).map(dec);
  const positive = sales.filter((d) => d.gt(0)).reduce((t, d) => t.plus(d), new Decimal(0));
  const negative = sales.filter((d) => d.lt(0)).reduce((t, d) => t.minus(d), new Decimal(0));
  // Four fifths of the sales' amount written negative, and the 709 lines adding up positive.
  return (
    negative.gt(0) && negative.gte(positive.times(4)) && sumOf(rows, (a) => a.account === "709000").gt(0)
  );
};
const reference = (rows: Row[]): Decimal => {
  const sign = debitPositive(rows) ? -1 : 1;
  return rows.reduce((t, r) => {
    const a = ACCOUNTS[r.acct];
    if (!a.counted) return t;
    const d = dec(r);
    return t.plus(a.kind === "sale" ? d.times(sign) : d.abs().neg());
  }, new Decimal(0));
};

describe("compute: property tests against a plain decimal.js reference", () => {
  const H = ["Date", "Compte", "Libellé", "Montant"];
  it("equals the reference on random tables (numbers and French texts, 0–4 decimals)", () => {
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 60 }), (rows) => {
        const r = compute(table(H, toRows(rows)));
        expect(r.totals.caop.equals(reference(rows))).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
  it("totals do not change when rows are permuted", () => {
    fc.assert(
      fc.property(fc.array(rowArb, { minLength: 1, maxLength: 40 }), fc.integer(), (rows, seed) => {
        const shuffled = [...rows].sort((a, b) =>
          (a.units ^ BigInt(seed)) < (b.units ^ BigInt(seed)) ? -1 : 1,
        );
        const a = compute(table(H, toRows(rows))).totals;
        const b = compute(table(H, toRows(shuffled))).totals;
        expect(b.caop.equals(a.caop)).toBe(true);
        expect(b.gross_sales.equals(a.gross_sales)).toBe(true);
      }),
      { numRuns: 80 },
    );
  });
  it("totals do not change when a line is split in two", () => {
    fc.assert(
      fc.property(fc.array(rowArb, { minLength: 1, maxLength: 30 }), fc.nat(), (rows, at) => {
        const i = at % rows.length;
        const r = rows[i];
        // Split into two parts of the same sign so deductions stay deductions.
        const half = r.units / 2n;
        const split = [
          ...rows.slice(0, i),
          { ...r, units: half },
          { ...r, units: r.units - half },
          ...rows.slice(i + 1),
        ];
        expect(
          compute(table(H, toRows(split))).totals.caop.equals(compute(table(H, toRows(rows))).totals.caop),
        ).toBe(true);
      }),
      { numRuns: 80 },
    );
  });
  it("each line's contribution adds up to CA OP", () => {
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 40 }), (rows) => {
        const r = compute(table(H, toRows(rows)));
        let t = new Decimal(0);
        for (let i = 0; i < r.lines.count; i++)
          if (ACCOUNTS[rows[i].acct].counted) t = t.plus(lineContribution(r, i));
        expect(t.equals(r.totals.caop)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});

describe("compute: doubtful input is diagnosed with what is known", () => {
  const t = (headers: string[], rows: CellValue[][]): RawTable => ({
    headers,
    rows,
    firstRow: 2,
    source: "t",
  });
  it("an unreadable per-line deduction drops the line with its gross amount in the diagnostic and the ignored total", () => {
    const r = compute(
      t(
        ["Date", "Libellé", "Montant brut", "Remise", "Montant net"],
        [
          ["15/01/2025", "Vente", "1000", "abc", "900"],
          ["15/01/2025", "Vente", "500", "", "500"],
        ],
      ),
    );
    expect(r.totals.caop.toFixed(2)).toBe("500.00");
    expect(r.diagnostics.find((d) => d.code === "amount_unreadable")).toMatchObject({
      row: 2,
      column: "Remise",
      value: "abc",
      amount: "1000.00",
    });
    expect(r.ignored).toEqual({ count: 1, amount: new Decimal(1000) });
  });
  it("an unreadable gross beside a readable net reports the net as the known amount", () => {
    const r = compute(
      t(
        ["Date", "Libellé", "Montant brut", "Remise", "Montant net"],
        [["15/01/2025", "Vente", "", "", "300"]],
      ),
    );
    expect(r.ignored.amount.toFixed(2)).toBe("300.00");
  });
  it("error cells in the account, label or OP columns are diagnosed and read as empty", () => {
    const r = compute(
      t(
        ["Date", "Compte", "Libellé", "OP", "Montant"],
        [["15/01/2025", { error: "#N/A" }, { error: "#NAME?" }, { error: "#REF!" }, "10"]],
      ),
    );
    expect(
      r.diagnostics.filter((d) => d.code === "class_error_cell").map((d) => [d.column, d.value]),
    ).toEqual([
      ["Compte", "#N/A"],
      ["Libellé", "#NAME?"],
      ["OP", "#REF!"],
    ]);
    expect(r.totals.to_review.count).toBe(1);
  });
  it("an OP flag that is neither yes nor no is diagnosed", () => {
    const r = compute(t(["Date", "Libellé", "OP", "Montant"], [["15/01/2025", "Vente", "peut-être", "10"]]));
    expect(r.diagnostics.find((d) => d.code === "op_flag_unknown")).toMatchObject({
      row: 2,
      column: "OP",
      value: "peut-être",
    });
  });
  it("ISO dates never raise the day/month guess", () => {
    const r = compute(
      t(
        ["Date", "Montant"],
        [
          ["2025-01-05", "1"],
          ["2025/02/03 10:00", "1"],
        ],
      ),
    );
    expect(r.diagnostics.map((d) => d.code)).not.toContain("date_order_locale");
  });
  it("a repeated header is diagnosed; the first column is used", () => {
    const r = compute(t(["Date", "Libellé", "Montant", "Montant"], [["15/01/2025", "Vente", "10", "99"]]));
    expect(r.totals.caop.toFixed(2)).toBe("10.00");
    expect(r.diagnostics.find((d) => d.code === "duplicate_header")).toMatchObject({
      row: 1,
      column: "Montant",
      value: "4",
    });
  });
  it("counts are worded in the singular for one line", () => {
    const r = compute(t(["Date", "Compte", "Montant"], [["15/01/2025", "411000", "10"]]));
    expect(r.diagnostics.find((d) => d.code === "not_revenue")?.message).toMatch(
      /^1 ligne hors classe 7 .* ignorée \(/,
    );
  });
  it("totals keep every digit of huge amounts", () => {
    const r = compute(
      t(
        ["Date", "Montant"],
        [
          ["15/01/2025", "1234567890123456789,12"],
          ["15/01/2025", "0,01"],
        ],
      ),
    );
    expect(toJson(r).caop).toBe("1234567890123456789.13");
  });
});

describe("compute: OP flag column in the X / empty convention", () => {
  const t = (rows: CellValue[][]): RawTable => ({
    headers: ["Date", "Libellé", "Montant", "OP"],
    rows,
    firstRow: 2,
    source: "t",
  });
  it("an empty cell means not OP when the column marks OP lines with X (SaaS example)", () => {
    const r = compute(
      t([
        ["15/01/2025", "Abonnements", "450000", "X"],
        ["15/01/2025", "Aide BPI France", "50000", ""],
      ]),
    );
    expect(r.totals.caop.toFixed(2)).toBe("450000.00");
    expect(r.totals.excluded.non_core.amount.toFixed(2)).toBe("50000.00");
  });
  it("with Oui/Non values an empty cell lets the next rules decide", () => {
    const r = compute(
      t([
        ["15/01/2025", "Vente", "100", "Oui"],
        ["15/01/2025", "Subvention", "50", ""],
      ]),
    );
    expect(r.totals.caop.toFixed(2)).toBe("100.00");
    expect(r.totals.excluded.subsidy.count).toBe(1);
  });
});
