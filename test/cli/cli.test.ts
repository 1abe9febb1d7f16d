import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { built, BUILD_WAIT_MS } from "../build/bundles";

const root = join(__dirname, "..", "..");
const fx = (p: string): string => join(root, "test", "fixtures", p);

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(argv, { stdout: (s) => (out += s), stderr: (s) => (err += s) });
  return { code, out, err };
}

describe("caop compute", () => {
  it.each([
    ["article/furniture.csv", "3 850 000,00 €"],
    ["article/saas.csv", "450 000,00 €"],
    ["article/textile.csv", "800 000,00 €"],
  ])("%s → CA OP : %s", async (file, expected) => {
    const r = await run(["compute", fx(file)]);
    expect(r.code).toBe(0);
    expect(r.out.split("\n")[0]).toBe(`CA OP : ${expected}`);
    expect(r.out).toContain("Cession d'actif");
    expect(r.err).toBe("");
  });

  it("--json prints the SPEC 9 object", async () => {
    const r = await run(["compute", fx("article/furniture.csv"), "--json"]);
    const j = JSON.parse(r.out);
    expect(j).toMatchObject({
      caop: "3850000.00",
      currency: "EUR",
      gross_sales: "4000000.00",
      deductions: { discount: "150000.00", rebate: "0.00", return: "0.00" },
      excluded: { asset_disposal: { count: 1, amount: "900000.00" } },
      to_review: { count: 0, amount: "0.00" },
      months: [{ period: "2025-01", caop: "3850000.00" }],
      diagnostics: [],
    });
  });

  it("lists diagnostics with row, column and value in the summary and the JSON", async () => {
    const text = await run(["compute", fx("ledger-fr.csv")]);
    expect(text.out).toContain("ligne 684 : montant illisible « abc »");
    const j = JSON.parse((await run(["compute", fx("ledger-fr.csv"), "--json"])).out);
    expect(j.diagnostics).toContainEqual(
      expect.objectContaining({ row: 684, column: "Montant HT", value: "abc" }),
    );
  });

  it("--map overrides a column and --strict excludes lines to review", async () => {
    const j = JSON.parse(
      (await run(["compute", fx("ledger-fr.csv"), "--json", "--strict", "--map", "segment=Commercial"])).out,
    );
    expect(j.strict).toBe(true);
    expect(j.mapping.segment).toBe("Commercial");
    expect(j.to_review.count).toBe(1);
  });

  it("exits 2 with one line naming a missing column and the headers found", async () => {
    const r = await run(["compute", fx("readers/ventes-cr.csv"), "--map", "date=Nope"]);
    expect(r.code).toBe(2);
    expect(r.err.trim().split("\n")).toHaveLength(1);
    expect(r.err).toContain("Nope");
  });

  it("--locale en gives errors in English; --map takes header texts, digits included", async () => {
    const r = await run(["compute", fx("readers/ventes-cr.csv"), "--map", "date=Nope", "--locale", "en"]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^caop : .*Nope/);
    expect(r.err).not.toMatch(/colonne|en-têtes/);
    const { mkdtempSync, writeFileSync } = jest.requireActual<typeof import("node:fs")>("node:fs");
    const { tmpdir } = jest.requireActual<typeof import("node:os")>("node:os");
    const file = join(mkdtempSync(join(tmpdir(), "caop-map-")), "y.csv");
    writeFileSync(file, "Date;Libellé;2025\n15/01/2025;Vente;12,50\n");
    const ok = await run(["compute", file, "--json", "--map", "amount=2025"]);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.out).caop).toBe("12.50");
  });

  describe("--lang (message language) never changes how data is read (SPEC 2.2)", () => {
    const { mkdtempSync, writeFileSync } = jest.requireActual<typeof import("node:fs")>("node:fs");
    const { tmpdir } = jest.requireActual<typeof import("node:os")>("node:os");
    // 05/02/2025 is 5 February for a French accountant; "1,250" is 1,25 € in a French file.
    const file = join(mkdtempSync(join(tmpdir(), "caop-lang-")), "ventes.csv");
    writeFileSync(
      file,
      "Date;Compte;Libellé;Montant HT\n05/02/2025;706000;Vente;1,250\n06/02/2025;706000;Vente;1 000,00\n",
    );

    it.each([[[]], [["--lang", "en"]], [["--locale", "en"]], [["--lang=fr"]], [["--locale", "fr"]]])(
      "%j: CA OP 1 001,25 € in February 2025",
      async (flags) => {
        const r = await run(["compute", file, "--json", ...flags]);
        expect(r.code).toBe(0);
        const j = JSON.parse(r.out);
        expect(j.caop).toBe("1001.25");
        expect(j.months).toEqual([expect.objectContaining({ period: "2025-02", caop: "1001.25" })]);
      },
    );

    it("--lang en prints the summary and errors in English; --lang fr (default) in French", async () => {
      const en = await run(["compute", file, "--lang", "en"]);
      expect(en.out.split("\n")[0]).toMatch(/^CA OP \(operational revenue\): /);
      expect(en.out).toContain("Gross sales");
      const fr = await run(["compute", file]);
      expect(fr.out.split("\n")[0]).toBe("CA OP : 1 001,25 €");
      const err = await run(["compute", fx("readers/ventes-cr.csv"), "--map", "date=Nope", "--lang", "en"]);
      expect(err.code).toBe(2);
      expect(err.err).not.toMatch(/colonne|en-têtes/);
    });

    it("rejects a language other than fr or en, and --help says --locale is an alias of --lang", async () => {
      const bad = await run(["compute", file, "--lang", "de"]);
      expect(bad.code).toBe(2);
      expect(bad.err).toContain("--lang");
      const help = await run(["--help"]);
      expect(help.out).toContain("--lang fr|en");
      expect(help.out).toMatch(/--locale[^\n]*alias[^\n]*--lang/);
      expect(help.out).toMatch(/ne change pas la lecture/);
    });
  });

  describe("review: the lines to check, named by row (SPEC 9)", () => {
    it("--json lists rows 3, 4, 5 with amount and reason; the summary lists them too", async () => {
      const j = JSON.parse((await run(["compute", fx("readers/ventes-a-verifier.csv"), "--json"])).out);
      expect(j.review).toEqual([
        { row: 3, amount: "2500.00", reason: expect.stringMatching(/^compte 751 → à vérifier/) },
        { row: 4, amount: "120.50", reason: expect.any(String) },
        { row: 5, amount: "80.00", reason: expect.stringMatching(/refacturation/i) },
      ]);
      const en = JSON.parse(
        (await run(["compute", fx("readers/ventes-a-verifier.csv"), "--json", "--lang", "en"])).out,
      );
      expect(en.review[0].reason).toMatch(/^account 751 → to review/);
      const text = (await run(["compute", fx("readers/ventes-a-verifier.csv")])).out;
      expect(text).toContain(
        "À vérifier : 3 lignes, 2 700,50 €\n  ligne 3 : 2 500,00 € — compte 751 → à vérifier",
      );
      expect(text).toContain("\n  ligne 4 : 120,50 € — ");
      expect(text).toContain("\n  ligne 5 : 80,00 € — ");
    });

    it("the summary shows the first 50, then how many more", async () => {
      const { mkdtempSync, writeFileSync } = jest.requireActual<typeof import("node:fs")>("node:fs");
      const { tmpdir } = jest.requireActual<typeof import("node:os")>("node:os");
      const file = join(mkdtempSync(join(tmpdir(), "caop-review-")), "r.csv");
      const rows = Array.from({ length: 62 }, (_v, i) => `15/01/2025;751000;Redevance ${i};10,00`);
      writeFileSync(file, ["Date;Compte;Libellé;Montant HT", ...rows].join("\n") + "\n");
      const text = (await run(["compute", file])).out;
      expect(text).toContain("  ligne 51 : 10,00 € — ");
      expect(text).not.toContain("  ligne 52 : ");
      expect(text).toContain("  … et 12 autres\n");
      expect(JSON.parse((await run(["compute", file, "--json"])).out).review).toHaveLength(62);
      expect((await run(["compute", file, "--lang", "en"])).out).toContain("  … and 12 more\n");
    });
  });

  it("exits 2 on a missing file, an unknown command or an unknown option", async () => {
    expect((await run(["compute", fx("nope.csv")])).code).toBe(2);
    expect((await run(["frobnicate", fx("article/saas.csv")])).code).toBe(2);
    const bogus = await run(["compute", fx("article/saas.csv"), "--bogus"]);
    expect(bogus.code).toBe(2);
    expect(bogus.err.trim().split("\n")).toHaveLength(1);
  });

  it("exits 2 when not one line could be read (SPEC 9: unusable input), naming the first value", async () => {
    const { mkdtempSync, writeFileSync } = jest.requireActual<typeof import("node:fs")>("node:fs");
    const { tmpdir } = jest.requireActual<typeof import("node:os")>("node:os");
    const dir = mkdtempSync(join(tmpdir(), "caop-unusable-"));
    const file = join(dir, "cr-dr.csv");
    writeFileSync(file, "Date,Account,Amount\n01/15/2025,706000,1500.00 XX\n01/16/2025,706000,n/a\n");
    for (const engine of [[], ["--engine", "duckdb"]]) {
      const r = await run(["compute", file, "--json", ...engine]);
      expect(r.code).toBe(2);
      expect(r.err.trim().split("\n")).toHaveLength(1);
      expect(r.err).toContain("aucune ligne lisible");
      expect(r.err).toContain("« 1500.00 XX »");
      // The JSON still says every line and why (diagnostics), for whoever reads it.
      expect(JSON.parse(r.out).ignored.count).toBe(2);
    }
    // A direction no ledger writes: the message names it (it named no cell before: "ligne , colonne «  »").
    writeFileSync(file, "Date;Compte;Montant;Sens\n15/01/2025;706000;100,00;Facture\n");
    const sens = await run(["compute", file]);
    expect([sens.code, sens.err]).toEqual([
      2,
      expect.stringContaining("ligne 2, colonne « Sens » : « Facture »"),
    ]);
    // One readable line is a result, even of 0.00, and exits 0.
    writeFileSync(file, "Date,Account,Amount\n01/15/2025,706000,0.00\n01/16/2025,706000,n/a\n");
    expect((await run(["compute", file])).code).toBe(0);
    // Lines that are all outside class 7 were read: not revenue, CA OP 0.00, exit 0.
    writeFileSync(file, "Date,Account,Amount\n01/15/2025,411000,12.00\n");
    expect((await run(["compute", file])).code).toBe(0);
  });
});

describe("the installed `caop` bin", () => {
  // dist/cli/caop.js, built once per run by the global setup (scripts/build-cli.mjs, test/build/)
  beforeAll(() => built("cli"), BUILD_WAIT_MS);
  it("runs as `npx caop compute` would, with exit codes 0 and 2", () => {
    const ok = spawnSync(
      process.execPath,
      [join(root, "bin", "caop.js"), "compute", fx("article/textile.csv"), "--json"],
      {
        encoding: "utf8",
      },
    );
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout).caop).toBe("800000.00");
    const bad = spawnSync(process.execPath, [join(root, "bin", "caop.js"), "compute", fx("nope.csv")], {
      encoding: "utf8",
    });
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim().split("\n")).toHaveLength(1);
  });
});

describe("caop dashboard / qc through the command line", () => {
  const { mkdtempSync, existsSync } = jest.requireActual<typeof import("node:fs")>("node:fs");
  const { tmpdir } = jest.requireActual<typeof import("node:os")>("node:os");
  const dir = mkdtempSync(join(tmpdir(), "caop-cli-"));
  it("writes the dashboard workbook and says where", async () => {
    const out = join(dir, "tableau.xlsx");
    const r = await run(["dashboard", fx("ledger-fr.csv"), "-o", out, "--year", "2024"]);
    expect(r.code).toBe(0);
    expect(existsSync(out)).toBe(true);
    expect(r.out).toContain(out);
  });
  it("writes the QC workbook for a quarter, and exits 2 without -o", async () => {
    const out = join(dir, "qc.xlsx");
    expect((await run(["qc", fx("ledger-fr.csv"), "-o", out, "--quarter", "2024-Q2"])).code).toBe(0);
    expect(existsSync(out)).toBe(true);
    expect((await run(["qc", fx("ledger-fr.csv"), "--quarter", "2024-Q2"])).code).toBe(2);
  });
});
