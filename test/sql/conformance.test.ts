/**
 * Issue 14 item 3: the TypeScript engine and the DuckDB path (rule set compiled to SQL) agree on the
 * test fixtures and on random tables: equal totals to the cent, and the same kind and scope per line.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { computeFiles } from "../../src/cli/duckdb/run";
import { duckJson } from "../../src/cli/duckdb/totals";
import { compute } from "../../src/core/engine";
import { toJson } from "../../src/core/report";
import { KINDS, SCOPES } from "../../src/core/types";
import { readTableFile } from "../../src/workbook/readers";

const F = "test/fixtures";
/** Fixtures both engines read the same way (others need reading options the SQL path lacks: README). */
const SAME = [
  `${F}/fec/123456789FEC20251231.txt`,
  `${F}/readers/fec-montant-sens.txt`,
  `${F}/readers/fec-pipe-bnc.txt`,
  `${F}/readers/fec-tab-18.txt`,
  `${F}/real/fec-montant-sens-negatif.txt`,
  `${F}/real/fec-sens-plus-moins-un.txt`,
  `${F}/real/fec-virgule-point.txt`,
  `${F}/article/furniture.csv`,
  `${F}/article/saas.csv`,
  `${F}/article/textile.csv`,
  `${F}/real/account-beats-nature.csv`,
  `${F}/real/label-keyword-exceptions.csv`,
  `${F}/real/montant-ht-sign-rule.csv`,
  `${F}/real/uk-ddmmyyyy.csv`,
  `${F}/readers/ventes-a-verifier.csv`,
  `${F}/readers/ventes-cp1252-comma.csv`,
  `${F}/readers/ventes-cr.csv`,
  `${F}/ledger-fr.csv`,
];

/** The TypeScript engine on a file: its JSON and each line's row, kind and scope. */
async function viaTs(file: string, signs?: "as_written") {
  const r = compute(await readTableFile(file), { locale: "fr", signs });
  const lines: { row: number; kind: string; scope: string }[] = [];
  for (let i = 0; i < r.lines.count; i++) {
    const s = r.lines.scope[i];
    if (s === 254) lines.push({ row: r.lines.rowNumber[i], kind: "sale", scope: "not_revenue" });
    else if (s < SCOPES.length)
      lines.push({ row: r.lines.rowNumber[i], kind: KINDS[r.lines.kind[i]], scope: SCOPES[s] });
  }
  return { json: toJson(r), lines };
}

/** The DuckDB path on a file: its JSON and each line's row, kind and scope. */
async function viaDuck(file: string) {
  const [o] = await computeFiles([file], { keepLines: true });
  const lines = o.lines.map((l) => (l.scope === "not_revenue" ? { ...l, kind: "sale" } : l));
  return { json: duckJson([o], "fr"), lines };
}

/** The totals both engines must give alike. */
const totals = (j: ReturnType<typeof toJson>) => ({
  caop: j.caop,
  gross_sales: j.gross_sales,
  deductions: j.deductions,
  excluded: j.excluded,
  to_review: j.to_review,
  lines: j.lines,
  months: j.months.map((m) => [m.period, m.caop]),
  review: j.review.map((r) => [r.row, r.amount]),
});

describe("TypeScript engine and DuckDB agree (issue 14)", () => {
  it.each(SAME)("%s: same totals to the cent, same kind and scope per line", async (file) => {
    const [ts, duck] = await Promise.all([viaTs(file), viaDuck(file)]);
    expect(totals(duck.json)).toEqual(totals(ts.json));
    expect(duck.lines).toEqual(ts.lines);
  });

  it("keeps unreadable amounts and dates with row, column and value", async () => {
    const [ts, duck] = await Promise.all([viaTs(`${F}/ledger-fr.csv`), viaDuck(`${F}/ledger-fr.csv`)]);
    const pick = (d: { code: string; row: number; column: string; value: string }[]) =>
      d
        .filter((x) => x.code.startsWith("amount_") || x.code.startsWith("date_"))
        .map((x) => [x.code, x.row, x.column, x.value]);
    expect(pick(duck.json.diagnostics).length).toBeGreaterThan(0);
    expect(pick(duck.json.diagnostics)).toEqual(pick(ts.json.diagnostics));
    expect(duck.json.ignored.count).toBe(ts.json.ignored.count);
  });

  it("reports a row with a stray separator as unusable (the TS engine rebuilds it: README)", async () => {
    const duck = await viaDuck(`${F}/readers/fec-pipe-stray.txt`);
    const rows = duck.json.diagnostics.filter((d) => d.severity === "error").map((d) => [d.code, d.row]);
    expect(rows).toEqual([
      ["row_unusable", 3],
      ["row_unusable", 4],
      ["missing_fields", 5],
    ]);
  });
});

/** Accounts, natures and labels drawn together: keywords, exceptions, sign-rule words, accents. */
const ACCOUNTS = [
  "",
  "706000",
  "707100",
  "708500",
  "709000",
  "740000",
  "758700",
  "775000",
  "761000",
  "411000",
  "699000",
  "7",
];
const NATURES = ["", "", "", "Vente", "Remise", "Subvention", "Vente annulée", "Cession d'actif", "Avoir"];
const LABELS = [
  "Prestation",
  "Remise fidélité",
  "Rabais qualité",
  "Retour d'expérience client",
  "Stage de remise à niveau",
  "Billet aller-retour",
  "Vente d'un bâtiment",
  "Terrain de football synthétique",
  "Cession terrain",
  "CIR 2024",
  "Crédit d'impôt recherche",
  "Intérêts livret",
  "Refacturation transport",
  "Subventions",
  "Avoirs clients",
  "Land Rover",
  "",
];
const FLAGS = ["", "", "", "Oui", "Non", "hors OP"];

const rowArb = fc.record({
  account: fc.constantFrom(...ACCOUNTS),
  nature: fc.constantFrom(...NATURES),
  label: fc.constantFrom(...LABELS),
  flag: fc.constantFrom(...FLAGS),
  units: fc.bigInt({ min: -10_000_000_000n, max: 10_000_000_000n }),
  scale: fc.constantFrom(0, 1, 2, 2, 2, 3, 4),
  // Thousands as French exports group them (none, space, U+00A0, U+202F): the SQL path's fast reading.
  group: fc.constantFrom("", "", " ", "\u00a0", "\u202f"),
  mark: fc.constantFrom(",", ",", "."),
  // Days up to 31: some dates do not exist (31/04, 30/02): unreadable in both engines on revenue
  // lines, not read on lines that are not revenue (classified first).
  day: fc.integer({ min: 1, max: 31 }),
  month: fc.integer({ min: 1, max: 12 }),
});
type Row = typeof rowArb extends fc.Arbitrary<infer R> ? R : never;

/** A French CSV of random rows (the property tests' amounts: 0–4 decimals, comma, signed). */
function csvOf(rows: Row[]): string {
  const lines = rows.map((r) => {
    const neg = r.units < 0n;
    const digits = (neg ? -r.units : r.units).toString().padStart(r.scale + 1, "0");
    const whole = r.scale === 0 ? digits : digits.slice(0, -r.scale);
    const grouped = r.group ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, r.group) : whole;
    const amount = r.scale === 0 ? grouped : `${grouped}${r.mark}${digits.slice(-r.scale)}`;
    const date = `${String(r.day).padStart(2, "0")}/${String(r.month).padStart(2, "0")}/2025`;
    return [date, r.account, r.nature, r.label, r.flag, `${neg ? "-" : ""}${amount}`].join(";");
  });
  return ["Date;Compte;Nature;Libellé;OP;Montant", ...lines].join("\n") + "\n";
}

describe("TypeScript engine and DuckDB agree on random tables", () => {
  const dir = mkdtempSync(join(tmpdir(), "caop-conformance-"));
  it("equal totals to the cent and the same kind and scope per line", async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(rowArb, { minLength: 1, maxLength: 80 }), async (rows) => {
        const file = join(dir, `t${n++}.csv`);
        writeFileSync(file, csvOf(rows));
        // The SQL path reads a single signed amount as written (README): a random table whose sales
        // add up negative beside a positive 709 would be read negated by the TypeScript engine alone.
        const [ts, duck] = await Promise.all([viaTs(file, "as_written"), viaDuck(file)]);
        expect(totals(duck.json)).toEqual(totals(ts.json));
        expect(duck.json.ignored).toEqual(ts.json.ignored);
        expect(duck.lines).toEqual(ts.lines);
      }),
      { numRuns: 25 },
    );
  });

  /** Both engines on a CSV written from its lines (header first). */
  const bothOn = async (name: string, lines: string[]) => {
    const file = join(dir, name);
    writeFileSync(file, lines.join("\n") + "\n");
    return Promise.all([viaTs(file), viaDuck(file)]);
  };
  /** What both engines must give alike: totals, ignored lines, each line's kind and scope. */
  const expectAgree = (ts: Awaited<ReturnType<typeof viaTs>>, duck: Awaited<ReturnType<typeof viaDuck>>) => {
    expect(totals(duck.json)).toEqual(totals(ts.json));
    expect(duck.json.ignored).toEqual(ts.json.ignored);
    expect(duck.lines).toEqual(ts.lines);
  };

  it("reads grouped thousands and dd/mm/yyyy dates as the accountant does (the SQL path's fast forms)", async () => {
    const [ts, duck] = await bothOn("grouped.csv", [
      "Date;Compte;Libellé;Montant",
      "31/01/2025;706000;Vente;1\u00a0234,56",
      "15/02/2025;706000;Vente;12\u202f345\u202f678,90",
      "28/02/2025;709000;Remise;1 000,5",
      "29/02/2025;706000;Vente;2 000,00",
    ]);
    // 1 234,56 + 12 345 678,90 − 1 000,50; 29/02/2025 does not exist: ignored with its amount.
    expect(duck.json.caop).toBe("12345912.96");
    expect(duck.json.months.map((m) => [m.period, m.caop])).toEqual([
      ["2025-01", "1234.56"],
      ["2025-02", "12344678.40"],
    ]);
    expect(duck.json.ignored).toEqual({ count: 1, amount: "2000.00" });
    expectAgree(ts, duck);
  });

  it("reads SAP's zero-padded accounts (0000706000) as the PCG's, in both engines", async () => {
    const [ts, duck] = await bothOn("padded.csv", [
      "Date;Compte;Libellé;Montant",
      "31/01/2025;0000706000;Vente;1 200,00",
      "31/01/2025;0000411000;Client Durand;1 440,00",
      "15/02/2025;0000775000;Cession véhicule;10 000,00",
      "15/02/2025;0000709000;Remise;100,00",
    ]);
    // 1 200 − 100; the 411 line is not revenue, the 775 an asset disposal.
    expect([duck.json.caop, duck.json.excluded.asset_disposal.count]).toEqual(["1100.00", 1]);
    expectAgree(ts, duck);
  });

  it("a line that is not revenue is set aside before its date is read, in both engines", async () => {
    const [ts, duck] = await bothOn("not-revenue-date.csv", [
      "Date;Compte;Libellé;Montant",
      "31/04/2025;411000;Client;150,00",
      "31/04/2025;706000;Vente;40,00",
      "15/01/2025;706000;Vente;10,00",
    ]);
    // 31/04 does not exist: the sale is ignored with its 40,00; the 411000 line is not revenue.
    expect(duck.json.ignored).toEqual({ count: 1, amount: "40.00" });
    expect(duck.json.diagnostics.filter((d) => d.code === "date_unreadable").map((d) => d.row)).toEqual([3]);
    expect(duck.json.caop).toBe("10.00");
    expectAgree(ts, duck);
  });

  it("a grouped amount proves its column's decimal mark: 1 234.56 makes 1.234 one euro and 234 thousandths", async () => {
    const [ts, duck] = await bothOn("grouped-dot.csv", [
      "Date;Compte;Libellé;Montant",
      "15/01/2025;706000;Vente;1 234.56",
      "16/01/2025;706000;Vente;1.234",
    ]);
    expect(ts.json.caop).toBe("1235.794");
    expectAgree(ts, duck);
  });

  it("a column of ambiguous amounts reads with the mark the other column proves: 1.617 credit beside a 0.15 debit", async () => {
    const [ts, duck] = await bothOn("ambiguous-credit.csv", [
      "Date;Compte;Libellé;Débit;Crédit",
      "15/01/2025;706000;Vente;;1.617",
      "16/01/2025;709000;Remise;0.15;",
      "17/01/2025;706000;Vente;;2.500",
    ]);
    // The debit 0.15 proves ".": 1.617 + 2.500 − 0.15, not 1 617 + 2 500 − 0.15.
    expect(ts.json.caop).toBe("3.967");
    expect(duck.json.reading.decimal_by["Crédit"]).toEqual({ by: "data" });
    expectAgree(ts, duck);
  });
});
