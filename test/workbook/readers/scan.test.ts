import fc from "fast-check";
import { tokenize } from "./tokenize-reference";
import { CsvScanner, FieldSplitter } from "../../../src/workbook/readers/scan";
import { ByteCsvScanner, type FieldDecoder } from "../../../src/workbook/readers/scan-bytes";
import { portableByteText, type ByteText } from "../../../src/workbook/readers/bytes";
import { fixSingleByte } from "../../../src/workbook/readers/decode";
import type { Tokenized } from "../../../src/workbook/readers/scan";

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

/** Node's Buffer slices, as src/workbook/readers/index.ts passes them. */
const NODE: ByteText = {
  latin1: (b, from, to) => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString("latin1", from, to),
  utf8: (b, from, to) => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString("utf8", from, to),
};
const PORTABLE = portableByteText();
const utf8Fields =
  (t: ByteText): FieldDecoder =>
  (b, from, to, ascii) =>
    ascii ? t.latin1(b, from, to) : t.utf8(b, from, to);
const cp1252Fields =
  (t: ByteText): FieldDecoder =>
  (b, from, to, ascii) =>
    ascii ? t.latin1(b, from, to) : fixSingleByte(t.latin1(b, from, to), "windows-1252");

/**
 * Splits `bytes` as the streaming reader does: pieces appended to the bytes not split yet, each
 * split with final false, the rest split at the end with final true. Records and the unterminated
 * record's index over the whole file.
 */
function scanInPieces(scanner: ByteCsvScanner, bytes: Uint8Array, cuts: number[]): Tokenized {
  const records: string[][] = [];
  let unterminatedRecord = -1;
  let pending = new Uint8Array(0);
  const ends = [...cuts.filter((c) => c > 0 && c < bytes.length).sort((a, b) => a - b), bytes.length];
  let from = 0;
  for (const end of ends) {
    const next = new Uint8Array(pending.length + end - from);
    next.set(pending);
    next.set(bytes.subarray(from, end), pending.length);
    // Bytes past the end are garbage the scanner must not read.
    const padded = new Uint8Array(next.length + 4).fill(0x0a);
    padded.set(next);
    const final = end === bytes.length;
    const t = scanner.scan(padded, 0, next.length, final);
    if (t.unterminatedRecord >= 0) unterminatedRecord = records.length + t.unterminatedRecord;
    records.push(...t.records);
    pending = next.subarray(t.end);
    from = end;
  }
  return { records, unterminatedRecord, end: 0 };
}

/** Text with non-ASCII characters (2, 3 and 4 bytes in UTF-8) besides the CSV punctuation. */
const unicodeText = (sep: string): fc.Arbitrary<string> =>
  fc
    .array(
      fc.constantFrom(
        "a",
        "Vente",
        "12\u00a0345,67",
        "é",
        "€",
        "😀",
        "œ",
        sep,
        sep,
        '"',
        '""',
        "\r",
        "\n",
        "\r\n",
      ),
      { maxLength: 80 },
    )
    .map((parts) => parts.join(""));

describe("ByteCsvScanner", () => {
  it("splits UTF-8 bytes cut at random byte offsets (inside characters too) into tokenize's records", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(";", ",", "\t", "|"),
        fc.integer({ min: 0, max: 10_000 }),
        fc.array(fc.nat({ max: 400 }), { maxLength: 8 }),
        fc.boolean(),
        fc.boolean(),
        (sep, seed, cuts, portable, utf8) => {
          const text = fc.sample(unicodeText(sep), { numRuns: 1, seed })[0];
          const bytes = new TextEncoder().encode(text);
          const scanner = new ByteCsvScanner(sep, utf8Fields(portable ? PORTABLE : NODE), utf8);
          const want = tokenize(text, sep);
          const got = scanInPieces(scanner, bytes, cuts);
          expect(got.records).toEqual(want.records);
          expect(got.unterminatedRecord).toBe(want.unterminatedRecord);
        },
      ),
      { numRuns: 400 },
    );
  });

  it("reads invalid UTF-8 bytes as TextDecoder does (U+FFFD), field by field", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom(
            [0x3b],
            [0x0a],
            [0x0d],
            [0x22],
            [0x41],
            [0xc3],
            [0xa9],
            [0xe2, 0x82],
            [0xf0, 0x9f],
            [0xff],
            [0x80],
            [0xed, 0xa0, 0x80],
          ),
          { maxLength: 60 },
        ),
        fc.array(fc.nat({ max: 120 }), { maxLength: 6 }),
        fc.boolean(),
        fc.boolean(),
        (parts, cuts, portable, utf8) => {
          const bytes = new Uint8Array(parts.flat());
          const text = new TextDecoder().decode(bytes);
          const scanner = new ByteCsvScanner(";", utf8Fields(portable ? PORTABLE : NODE), utf8);
          const got = scanInPieces(scanner, bytes, cuts);
          expect(got.records).toEqual(tokenize(text, ";").records);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("splits Windows-1252 bytes (one per character, 0x80–0x9F included) into tokenize's records", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom([0x3b], [0x0a], [0x0d], [0x22], [0x41], [0x80], [0x9c], [0xe9], [0xa0], [0x81]),
          {
            maxLength: 60,
          },
        ),
        fc.array(fc.nat({ max: 60 }), { maxLength: 6 }),
        (parts, cuts) => {
          const bytes = new Uint8Array(parts.flat());
          const text = fixSingleByte(Buffer.from(bytes).toString("latin1"), "windows-1252");
          const scanner = new ByteCsvScanner(";", cp1252Fields(PORTABLE));
          expect(scanInPieces(scanner, bytes, cuts).records).toEqual(tokenize(text, ";").records);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("reads columns of mostly distinct values exactly past the interning limit, and repeated ones as one string", () => {
    const lines = Array.from(
      { length: 10_000 },
      (_, i) => `F${i};${i % 12} é;${(i * 7919) % 100_003},${i % 100}`,
    );
    const text = lines.join("\n") + "\n";
    const bytes = new TextEncoder().encode(text);
    const scanner = new ByteCsvScanner(";", utf8Fields(NODE), true);
    const got = scanInPieces(scanner, bytes, [1000, 50_000, 100_001]);
    expect(got.records).toEqual(tokenize(text, ";").records);
    expect(got.records[0][1]).toBe("0 é");
    expect(got.records[12][1]).toBe(got.records[0][1]);
  });
});

describe("ByteCsvScanner on many lines (columns past the interning limit)", () => {
  /** Short fields of random bytes: ASCII, two-byte characters, invalid and longer UTF-8 sequences. */
  const shortField = fc
    .array(
      fc.constantFrom(
        [0x41],
        [0x37],
        [0x20],
        [0xc2, 0xa0],
        [0xc3, 0xa9],
        [0xdf, 0xbf],
        [0xc3],
        [0xa9],
        [0xc0, 0x80],
        [0xc1, 0xbf],
        [0xe2, 0x82, 0xac],
        [0xf0, 0x9f, 0x98, 0x80],
        [0xff],
      ),
      { maxLength: 9 },
    )
    .map((parts) => parts.flat());

  it("decodes short distinct fields as TextDecoder does (two-byte characters, invalid bytes), cut anywhere", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(shortField, shortField), { minLength: 4500, maxLength: 5000 }),
        fc.array(fc.nat({ max: 60_000 }), { maxLength: 6 }),
        fc.boolean(),
        (rows, cuts, portable) => {
          // Each field distinct (i in base 36 beside the random bytes): the columns stop being interned.
          const lines = rows.map(([a, b], i) => {
            const id = [...new TextEncoder().encode(i.toString(36))];
            return [...a, ...id, 0x3b, ...id, ...b, 0x3b, ...a, 0x0a];
          });
          const bytes = new Uint8Array(lines.flat());
          const scanner = new ByteCsvScanner(";", utf8Fields(portable ? PORTABLE : NODE), true);
          const got = scanInPieces(scanner, bytes, cuts);
          expect(got.records).toEqual(tokenize(new TextDecoder().decode(bytes), ";").records);
        },
      ),
      { numRuns: 4, endOnFailure: true },
    );
  });

  const ASCII = "abcdefghij";
  const ACCENTED = "éèàùçâêîôû";
  it("reads distinct fields of every length up to 13 characters, ASCII and with two-byte characters", () => {
    // Amounts like "12\u00a0345,67" and invoice numbers: each length gives its own string, whole.
    const lines: string[] = [];
    for (let i = 0; i < 4200; i++) {
      const id = i.toString(36).padStart(3, "0");
      const fields = [];
      // Distinct characters at each position: a character put at the wrong place shows.
      for (let len = 3; len <= 13; len++)
        fields.push(id + ASCII.slice(0, len - 3), id + ACCENTED.slice(0, len - 3));
      fields.push(id.slice(0, 1), id.slice(0, 2), `${id}\u00a0345,67`);
      lines.push(fields.join(";"));
    }
    const text = lines.join("\n") + "\n";
    const bytes = new TextEncoder().encode(text);
    const got = scanInPieces(new ByteCsvScanner(";", utf8Fields(NODE), true), bytes, [70_001, 300_007]);
    expect(got.records).toEqual(tokenize(text, ";").records);
    // Line 4200 (id "38n"), past the interning limit: 13 characters, ASCII and two-byte; an amount.
    expect(got.records[4199].slice(20)).toEqual([
      "38nabcdefghij",
      "38néèàùçâêîôû",
      "3",
      "38",
      "38n\u00a0345,67",
    ]);
  });

  it("splits plain lines mixed with lines holding a quote or a lone CR, cut at random byte offsets", () => {
    const line = fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom("31/01/2025;F1;706000;12\u00a0345,67", "a;;b;", "", "é;€;😀") },
      {
        weight: 1,
        arbitrary: fc.constantFrom(
          '"a;b";c',
          'x;"q""r";y',
          '"open\nline";z',
          "lone\rcr;w",
          'a;b"c;d',
          '"";"',
        ),
      },
    );
    fc.assert(
      fc.property(
        fc.constantFrom(";", ","),
        fc.array(fc.tuple(line, fc.constantFrom("\n", "\r\n", "\r")), { maxLength: 60 }),
        fc.array(fc.nat({ max: 2000 }), { maxLength: 8 }),
        (sep, parts, cuts) => {
          const text = parts.map(([l, end]) => l.replaceAll(";", sep) + end).join("");
          const bytes = new TextEncoder().encode(text);
          const scanner = new ByteCsvScanner(sep, utf8Fields(NODE), true);
          const want = tokenize(text, sep);
          const got = scanInPieces(scanner, bytes, cuts);
          expect(got.records).toEqual(want.records);
          expect(got.unterminatedRecord).toBe(want.unterminatedRecord);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("ByteCsvScanner.lines (FEC)", () => {
  it("gives text.split(line breaks) then line.split(separator), bytes cut anywhere (CRLF and characters too)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("\t", "|"),
        fc.array(fc.constantFrom("VE", "é", "€", "😀", '"a|b"', "\t", "|", "\r", "\n", "\r\n", "", " "), {
          maxLength: 60,
        }),
        fc.array(fc.nat({ max: 300 }), { maxLength: 8 }),
        (sep, parts, cuts) => {
          const text = parts.join("");
          const bytes = new TextEncoder().encode(text);
          const scanner = new ByteCsvScanner(sep, utf8Fields(NODE), true);
          const got: string[][] = [];
          let pending = new Uint8Array(0);
          let from = 0;
          for (const end of [...cuts.filter((c) => c < bytes.length).sort((a, b) => a - b), bytes.length]) {
            const next = new Uint8Array([...pending, ...bytes.subarray(from, end)]);
            const padded = new Uint8Array([...next, 0x0a, 0x0d]);
            const t = scanner.lines(padded, next.length, false);
            got.push(...t.records);
            pending = next.subarray(t.end);
            from = end;
          }
          got.push(...scanner.lines(new Uint8Array([...pending, 0x0a]), pending.length, true).records);
          expect(got).toEqual(text.split(/\r\n|\n|\r/).map((l) => l.split(sep)));
        },
      ),
      { numRuns: 400 },
    );
  });
});
