import fc from "fast-check";
import { tokenize } from "./tokenize-reference";
import { CsvScanner, FieldSplitter } from "../../../src/workbook/readers/scan";

/** Random delimited text: values that repeat, quotes, separators in and out of quotes, CR/LF, blank lines. */
const csvText = (sep: string): fc.Arbitrary<string> =>
  fc
    .array(
      fc.constantFrom(
        "a",
        "Vente",
        "706000",
        "12,50",
        "1 234,56",
        "31/01/2025",
        "un libellé assez long pour être copié",
        " ",
        sep,
        sep,
        ";",
        ",",
        "\t",
        '"',
        '""',
        `"x${sep}y"`,
        '"a\r\nb"',
        "\r",
        "\n",
        "\r\n",
        "\n\n",
        "é",
      ),
      { maxLength: 80 },
    )
    .map((parts) => parts.join(""));

describe("CsvScanner", () => {
  it("splits a plain export as tokenize does", () => {
    const text = 'Date;Montant\r\n31/01/2025;12,50\r\n31/01/2025;"1;2"\r\n\r\n01/02/2025;3\r\n';
    expect(new CsvScanner(";").scan(text)).toEqual(tokenize(text, ";"));
  });

  it("gives tokenize's records, open quotes and ends on random text, whole or cut anywhere", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(";", ",", "\t", "|"),
        fc.context(),
        fc.integer({ min: 0, max: 200 }),
        fc.boolean(),
        (sep, ctx, at, final) => {
          const text = fc.sample(csvText(sep), { numRuns: 1, seed: at })[0];
          ctx.log(JSON.stringify(text));
          const start = Math.min(at % 7, text.length);
          expect(new CsvScanner(sep).scan(text, start, final)).toEqual(tokenize(text, sep, start, final));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("stays exact over many pieces, one scanner per file (values interned across pieces)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(";", ",", "\t", "|"),
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 12 }),
        (sep, seeds) => {
          const scanner = new CsvScanner(sep);
          for (const seed of seeds) {
            const text = fc.sample(csvText(sep), { numRuns: 1, seed })[0];
            expect(scanner.scan(text, 0, seed % 2 === 0)).toEqual(tokenize(text, sep, 0, seed % 2 === 0));
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it("reads columns of mostly distinct values (amounts, invoice numbers) exactly past the interning limit", () => {
    const lines = Array.from(
      { length: 10_000 },
      (_, i) => `F${i};${i % 12};${(i * 7919) % 100_003},${i % 100}`,
    );
    const text = lines.join("\n") + "\n";
    const scanner = new CsvScanner(";");
    const half = text.indexOf("\n", text.length >> 1) + 1;
    const first = scanner.scan(text.slice(0, half), 0, false);
    const rest = scanner.scan(text.slice(half), 0, true);
    expect([...first.records, ...rest.records]).toEqual(tokenize(text, ";").records);
  });
});

describe("FieldSplitter", () => {
  it("gives String.split's fields on random lines, one splitter for all the lines of a file", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("\t", "|", ";", ","),
        fc.array(
          fc.array(
            fc.constantFrom("VE", "20250131", "706000", "", " ", "1200,50", '"a|b"', "\t", "|", ";", ","),
            {
              maxLength: 25,
            },
          ),
          { maxLength: 40 },
        ),
        (sep, lines) => {
          const splitter = new FieldSplitter();
          for (const parts of lines) {
            const line = parts.join("");
            expect(splitter.split(line, sep)).toEqual(line.split(sep));
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it("stays exact past the interning limit (a column of distinct values)", () => {
    const splitter = new FieldSplitter();
    for (let i = 0; i < 10_000; i++) {
      const line = `VE\tF${i}\t${i % 7}\t${(i * 7919) % 100_003},${i % 100}\t`;
      expect(splitter.split(line, "\t")).toEqual(line.split("\t"));
    }
  });
});
