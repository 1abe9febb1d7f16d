/**
 * Balances opened by accounting firms (round 26b): a balance par mois (one column per month) is read
 * month by month; a balance générale or comparative (one row per account, no month) is refused with a
 * message saying what the file is and what to export instead; so is Quadra's ASCII export.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(argv, { stdout: (s) => (out += s), stderr: (s) => (err += s) });
  return { code, out, err };
}

/** A CSV file in a fresh temporary folder. */
function csv(text: string): string {
  const f = join(mkdtempSync(join(tmpdir(), "caop-balance-")), "t.csv");
  writeFileSync(f, text);
  return f;
}

interface Out {
  caop: string;
  gross_sales: string;
  deductions: { discount: string };
  excluded: { subsidy: { count: number; amount: string } };
  months: { period: string; caop: string }[];
  diagnostics: { code: string; column: string; value: string; message: string }[];
}

// Each month balances (Σ = 0): January 411 −1 440,00 + 445710 240,00 + 706000 1 200,00 = 0;
// February 411 −720,00 + 445710 120,00 + 706000 650,00 + 709000 −50,00 = 0;
// March 411 −2 400,00 + 706000 400,00 + 740000 2 000,00 = 0 (a subsidy received on the client account).
const BY_MONTH = [
  "Balance mensuelle (soldes créditeurs positifs);;;;;",
  "Compte;Intitulé;Janv. 2025;Févr. 2025;Mars 2025;Total",
  "411000;Clients;-1440,00;-720,00;-2400,00;-4560,00",
  "445710;TVA collectée;240,00;120,00;0,00;360,00",
  "706000;Prestations de services;1200,00;650,00;400,00;2250,00",
  "709000;Remises accordées;0,00;-50,00;0,00;-50,00",
  "740000;Subventions d'exploitation;0,00;0,00;2000,00;2000,00",
];

/** The balance with every month's sign turned (debit positive: the sales negative). */
function debitPositive(lines: string[]): string[] {
  return lines.map((l, i) =>
    i < 2
      ? l
      : l.replace(/;(-?)(\d[\d,]*)/g, (all, minus: string, n: string) =>
          /^0,00$/.test(n) ? all : `;${minus === "-" ? "" : "-"}${n}`,
        ),
  );
}

describe("a balance by month (one column per month)", () => {
  it("reads each account's month as a line dated by its month, said in a note", async () => {
    const r = await run(["compute", csv(BY_MONTH.join("\n")), "--json"]);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as Out;
    // 706: 1 200 + 650 + 400 = 2 250; 709 discount 50: CA OP 2 200; 740 a subsidy (2 000).
    expect([j.caop, j.gross_sales, j.deductions.discount]).toEqual(["2200.00", "2250.00", "50.00"]);
    expect(j.months.map((m) => [m.period, m.caop])).toEqual([
      ["2025-01", "1200.00"],
      ["2025-02", "600.00"],
      ["2025-03", "400.00"],
    ]);
    expect(j.excluded.subsidy).toEqual({ count: 1, amount: "2000.00" });
    const note = j.diagnostics.find((d) => d.code === "balance_by_month");
    expect([note?.column, note?.value]).toEqual(["Janv. 2025", "Janv. 2025 … Mars 2025"]);
    expect(note?.message).toContain("Total non lue");
  });

  it("the same balance written debit positive gives the same figures (each month an entry that balances)", async () => {
    const r = await run(["compute", csv(debitPositive(BY_MONTH).join("\n")), "--json"]);
    const j = JSON.parse(r.out) as Out;
    expect(j.caop).toBe("2200.00");
    expect(j.months.map((m) => m.caop)).toEqual(["1200.00", "600.00", "400.00"]);
    expect(j.diagnostics.map((d) => d.code)).toContain("amount_debit_positive");
  });

  // Round 28c C08: the month headers in digits (a month form SPEC 2.2 lists), beside a Cumul column.
  it.each([
    ["01/2025", "02/2025", "03/2025"],
    ["2025-01", "2025-02", "2025-03"],
    ["01-2025", "02-2025", "03-2025"],
    ["Jan-25", "Feb-25", "Mar-25"],
  ])("month headers written %s, %s, %s read as the same months", async (a, b, c) => {
    const lines = debitPositive(BY_MONTH).map((l, i) =>
      i === 1 ? `Compte;Intitulé;${a};${b};${c};Cumul` : l,
    );
    const r = await run(["compute", csv(lines.join("\n")), "--json"]);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as Out;
    expect(j.caop).toBe("2200.00");
    expect(j.months.map((m) => [m.period, m.caop])).toEqual([
      ["2025-01", "1200.00"],
      ["2025-02", "600.00"],
      ["2025-03", "400.00"],
    ]);
    const note = j.diagnostics.find((d) => d.code === "balance_by_month");
    expect([note?.column, note?.value]).toEqual([a, `${a} … ${c}`]);
    expect(j.diagnostics.map((d) => d.code)).toContain("amount_debit_positive");
  });

  it("years alone (2024, 2025) are no month columns: a comparative balance stays refused", async () => {
    const f = csv(
      ["Compte;Intitulé;2024;2025", "706000;Prestations de services;-1100,00;-1200,00"].join("\n"),
    );
    const r = await run(["compute", f]);
    expect(r.code).toBe(2);
  });
});

describe("balances without months, and Quadra's ASCII export: refused, saying what the file is", () => {
  it("a balance générale: its header found under the title, the message names a balance and what to export", async () => {
    const f = csv(
      [
        "Balance générale;;;;;",
        "Du 01/01/2025 au 31/12/2025;;;;;",
        "Compte;Intitulé;Total débit;Total crédit;Solde débiteur;Solde créditeur",
        "411000;Clients;1440,00;0,00;1440,00;",
        "706000;Prestations de services;0,00;1200,00;;1200,00",
      ].join("\n"),
    );
    const r = await run(["compute", f]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(
      "ce fichier est une balance des comptes (en-têtes : Compte, Intitulé, Total débit",
    );
    expect(r.err).toContain("exportez le grand livre ou le FEC");
    const en = await run(["compute", f, "--lang", "en"]);
    expect(en.err).toContain("this file is a trial balance");
  });

  it("a balance comparative (Solde N / Solde N-1)", async () => {
    const f = csv(
      [
        "Balance comparative au 31/12/2025;;;",
        "Compte;Intitulé;Solde N;Solde N-1",
        "706000;Prestations de services;-1200,00;-1100,00",
      ].join("\n"),
    );
    const r = await run(["compute", f]);
    expect([
      r.code,
      r.err.includes("balance des comptes (en-têtes : Compte, Intitulé, Solde N, Solde N-1)"),
    ]).toEqual([2, true]);
  });

  it("Quadra's ASCII export (fixed-width M records)", async () => {
    const f = csv(
      [
        "M70600000VE000020125 Facture FA2500001 SAC+000000677126                                       FA250000EUR",
        "M44571000VE000020125 Facture FA2500001 SAC+000000135425                                       FA250000EUR",
      ].join("\n"),
    );
    const r = await run(["compute", f]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("export ASCII de Quadra Compta");
  });
});
