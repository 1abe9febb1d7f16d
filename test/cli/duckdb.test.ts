/** Issue 14: `caop compute FILE… --engine duckdb` (per-file and per-entity totals) and `caop sql`. */
import { main } from "../../src/cli/main";

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(argv, { stdout: (s) => (out += s), stderr: (s) => (err += s) });
  return { code, out, err };
}

describe("caop compute --engine duckdb", () => {
  it("consolidates several files with per-file and per-entity totals", async () => {
    const r = await run([
      "compute",
      "test/fixtures/fec/123456789FEC20251231.txt",
      "test/fixtures/article/furn*.csv",
      "--engine",
      "duckdb",
      "--json",
    ]);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as {
      caop: string;
      engine: string;
      files: { entity: string; caop: string }[];
      entities: { entity: string }[];
    };
    expect(j.engine).toBe("duckdb");
    expect(j.files.map((f) => [f.entity, f.caop])).toEqual([
      ["123456789", "8700.00"],
      ["furniture.csv", "3850000.00"],
    ]);
    expect(j.caop).toBe("3858700.00");
    expect(j.entities.map((e) => e.entity)).toEqual(["123456789", "furniture.csv"]);
  });

  it("refuses a column it does not read (a VAT column: TTC or HT?) unless --map FIELD= says none, as the default engine reads it", async () => {
    const file = "test/fixtures/real/livre-recettes-dont-tva.csv";
    const refused = await run(["compute", file, "--engine", "duckdb", "--lang", "en"]);
    expect([refused.code, refused.err]).toEqual([2, expect.stringContaining("vat_amount")]);
    const r = await run(["compute", file, "--engine", "duckdb", "--map", "vat_amount=", "--json"]);
    expect(r.code).toBe(0);
    // Read as written (TTC, the VAT column named as none): the user's word, as with the default engine.
    const j = JSON.parse(r.out) as { caop: string };
    const ts = await run(["compute", file, "--map", "vat_amount=", "--json"]);
    expect(j.caop).toBe((JSON.parse(ts.out) as { caop: string }).caop);
  });

  it("refuses amounts in thousands (Montant (k€)) rather than read them a thousand times too small", async () => {
    const file = "test/fixtures/real/reporting-ca-k-euros.csv";
    const r = await run(["compute", file, "--engine", "duckdb", "--lang", "en"]);
    expect([r.code, r.out]).toEqual([2, ""]);
    expect(r.err).toContain("does not read amounts in thousands or millions (Montant (k€))");
  });

  it("stops on a header it cannot read (two rows, title rows above) and names the default engine", async () => {
    const r = await run([
      "compute",
      "test/fixtures/real/excel-montant-debit-credit-deux-lignes.csv",
      "--engine",
      "duckdb",
      "--lang",
      "en",
    ]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("header on two rows");
    expect(r.err).toContain("use the default engine");
    expect(r.out).toBe("");
  });

  it("refuses several files without --engine duckdb", async () => {
    const r = await run(["compute", "a.csv", "b.csv"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("--engine duckdb");
  });
});

describe("caop sql", () => {
  it("prints the classification over caop_lines in the Spark dialect", async () => {
    const r = await run(["sql", "--dialect", "spark"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("FROM caop_lines");
    expect(r.out).toContain("RLIKE");
    expect(r.out).not.toContain("regexp_matches");
  });
});
