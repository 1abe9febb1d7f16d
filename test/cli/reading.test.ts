/** Issue 9 item 1 through the CLI: the reading in the summary and JSON, --decimal and --dates. */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";

const fx = (p: string): string => join(__dirname, "..", "fixtures", "real", p);

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(argv, { stdout: (s) => (out += s), stderr: (s) => (err += s) });
  return { code, out, err };
}

/** A CSV file in a fresh temporary folder. */
function csv(text: string): string {
  const f = join(mkdtempSync(join(tmpdir(), "caop-reading-")), "t.csv");
  writeFileSync(f, text);
  return f;
}

describe("caop compute: how the data was read", () => {
  it("US export: CA OP is the sum of Sales (no longer 226 times too large), reading said", async () => {
    const r = await run(["compute", fx("us-superstore.csv")]);
    expect(r.code).toBe(0);
    expect(r.out.split("\n")[0]).toBe("CA OP : 2 061,4375 €");
    expect(r.out).toContain(
      "Lecture : Sales décimales « . » (prouvé ligne 2) ; Discount décimales « . » (prouvé ligne 5) ; date = Order Date (Ship Date non utilisée) ; Discount = taux (0,1 = 10 %) ; Sales = net (non prouvé)",
    );
    const en = await run(["compute", fx("us-superstore.csv"), "--lang", "en"]);
    expect(en.out).toContain("date = Order Date (Ship Date not used) ; Discount = rate");
  });

  it("JSON reading beside mapping", async () => {
    const r = await run(["compute", fx("qte-pu-remise-taux.csv"), "--json"]);
    const j = JSON.parse(r.out) as { caop: string; reading: Record<string, unknown> };
    expect(j.caop).toBe("1799.50");
    expect(j.reading).toMatchObject({
      decimal: { "Montant HT": ",", "PU HT": "," },
      date: "Date",
      discount: { column: "Remise", as: "rate" },
      amount: { column: "Montant HT", is: "net", by: "data", row: 2 },
    });
  });

  it("--decimal and --dates decide only what the data cannot prove", async () => {
    const f = csv("Date;Montant\n01/02/2025;1.234\n");
    const fr = JSON.parse((await run(["compute", f, "--json"])).out) as {
      caop: string;
      months: { period: string }[];
    };
    expect([fr.caop, fr.months[0].period]).toEqual(["1234.00", "2025-02"]);
    const opt = JSON.parse((await run(["compute", f, "--json", "--decimal", ".", "--dates", "mdy"])).out) as {
      caop: string;
      months: { period: string }[];
    };
    expect([opt.caop, opt.months[0].period]).toEqual(["1.234", "2025-01"]);
    const proven = csv("Date;Montant\n25/02/2025;1.234\n26/02/2025;5,50\n");
    const p = JSON.parse(
      (await run(["compute", proven, "--json", "--decimal", ".", "--dates", "mdy"])).out,
    ) as {
      caop: string;
    };
    expect(p.caop).toBe("1239.50");
  });

  it("rejects bad values and documents the options", async () => {
    expect((await run(["compute", "x.csv", "--decimal", ";"])).code).toBe(2);
    expect((await run(["compute", "x.csv", "--dates", "ymd"])).code).toBe(2);
    const h = await run(["--help"]);
    expect(h.out + h.err).toMatch(/--decimal , \| \./);
    expect(h.out + h.err).toMatch(/--dates dmy\|mdy/);
    expect(h.out + h.err).toMatch(/--signs debit-positive\|as-written/);
    expect((await run(["compute", "x.csv", "--signs", "negative"])).code).toBe(2);
    // The SQL path reads signs as written: the option is refused there, never silently ignored.
    const duck = await run(["compute", "x.csv", "--engine", "duckdb", "--signs", "debit-positive"]);
    expect([duck.code, duck.err]).toEqual([2, expect.stringContaining("--signs")]);
  });

  it("--signs: the user's word on a single signed amount, before any evidence, said", async () => {
    // An SAP list without accounts: credits written negative, nothing in it proves the convention.
    const f = csv(
      "Date comptable;Montant en DI;Texte\n15.01.2025;1.000,00-;Prestation\n20.01.2025;250,00;Avoir\n",
    );
    const asIs = JSON.parse((await run(["compute", f, "--json"])).out) as {
      caop: string;
      diagnostics: { code: string }[];
    };
    // As written: −1 000 of sales, and without an account the label "Avoir" is a return: − 250 = −1 250.
    expect(asIs.caop).toBe("-1250.00");
    expect(asIs.diagnostics.map((d) => d.code)).toContain("sign_convention");
    const r = JSON.parse((await run(["compute", f, "--json", "--signs", "debit-positive"])).out) as {
      caop: string;
      reading: { journal?: unknown };
      diagnostics: { code: string }[];
    };
    // Read negated: 1 000 sale − 250 credit note = 750.
    expect([r.caop, r.reading.journal]).toEqual([
      "750.00",
      { column: "Montant en DI", convention: "debit_positive", by: "option" },
    ]);
    expect(r.diagnostics.map((d) => d.code)).not.toContain("sign_convention");
  });
});

describe("caop compute: a foreign chart of accounts", () => {
  const US =
    'Invoice Date,Invoice #,Customer,Item,Account,Amount\n1/5/25,1001,Bright Labs,Consulting,4000 Sales,"$1,500.00"\n' +
    "2/14/25,1003,Contoso,Interest,7000 Interest Income,$12.34\n";
  it("is read by its names (account_chart_names); mapped by the user it is the PCG, said by account_not_pcg", async () => {
    const f = csv(US);
    const r = await run(["compute", f, "--json"]);
    const j = JSON.parse(r.out) as {
      caop: string;
      diagnostics: { code: string; column: string; row: number }[];
    };
    // 4000 Sales 1 500.00; 7000 Interest Income is financial income (it was 12.34 read as PCG class 7).
    expect(j.caop).toBe("1500.00");
    expect(j.diagnostics).toContainEqual(
      expect.objectContaining({ code: "account_chart_names", column: "Account", row: 2 }),
    );
    const pcg = await run(["compute", f, "--lang", "en", "--map", "account=Account"]);
    expect(pcg.out).toContain('e.g. row 2 "4000 Sales"');
    const unmapped = await run(["compute", f, "--json", "--map", "account="]);
    const u = JSON.parse(unmapped.out) as { caop: string; mapping: Record<string, string> };
    // Without the account, the item (no label column) is what the keywords read: "Interest" is financial.
    expect([u.caop, u.mapping.account]).toEqual(["1500.00", undefined]);
  });
  it("is not suspected on a PCG file (411 clients and 445 VAT are not revenue and say nothing of sales)", async () => {
    const f = csv(
      "Date;Compte;Libellé;Montant\n05/01/2025;706000;Vente;100,00\n05/01/2025;411000 Clients ventes;;120,00\n" +
        "05/01/2025;445710 TVA collectée sur ventes;;20,00\n05/01/2025;603 Cost of sales;;20,00\n",
    );
    const r = await run(["compute", f, "--json"]);
    expect(r.out).not.toContain("account_not_pcg");
  });
});
