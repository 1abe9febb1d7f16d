import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { computeChunks } from "../../../src/core/chunks";
import { compute } from "../../../src/core/engine";
import { FEC_COLUMNS } from "../../../src/core/fields";
import type { RawTable } from "../../../src/core/types";
import { tokenize } from "../../../src/workbook/readers/csv";
import { streamDecoder } from "../../../src/workbook/readers/decode";
import { readTableFile, ReadError } from "../../../src/workbook/readers";
import { readTableStreamed, streamTableFile, type StreamOptions } from "../../../src/workbook/readers";
import { fecLine } from "./fecText";

const FIXTURES = join(__dirname, "../../fixtures");
const FIXTURE_FILES = [
  ...["readers", "fec", "article"].flatMap((dir) =>
    readdirSync(join(FIXTURES, dir))
      .filter((f) => !f.startsWith("."))
      .map((f) => join(FIXTURES, dir, f)),
  ),
  join(FIXTURES, "ledger-fr.csv"),
];

async function collect(path: string, opts: StreamOptions = {}): Promise<RawTable[]> {
  const chunks: RawTable[] = [];
  for await (const c of streamTableFile(path, opts)) chunks.push(c);
  return chunks;
}

/** The chunks put back together must be the whole-file table; each chunk must be well formed. */
function expectSameAsWhole(chunks: RawTable[], whole: RawTable, chunkRows: number): void {
  expect(chunks.length).toBeGreaterThan(0);
  let next = whole.firstRow;
  chunks.forEach((c, i) => {
    expect(c.headers).toEqual(whole.headers);
    expect(c.source).toBe(whole.source);
    expect(c.date1904).toBe(whole.date1904);
    expect(c.rowNumbers).toBeUndefined();
    expect(c.firstRow).toBe(next);
    if (i < chunks.length - 1) expect(c.rows).toHaveLength(chunkRows);
    else expect(c.rows.length).toBeLessThanOrEqual(chunkRows);
    // A chunk's own diagnostics are file-level (first chunk) or about its rows (or, for the last, below them).
    for (const d of c.readDiagnostics ?? []) {
      if (d.row === 0 || d.row < whole.firstRow) expect(i).toBe(0);
      else if (c.rows.length > 0) {
        expect(d.row).toBeGreaterThanOrEqual(c.firstRow);
        // The last chunk also answers for the trailing blank lines dropped after its rows.
        if (i < chunks.length - 1) expect(d.row).toBeLessThan(c.firstRow + c.rows.length);
      }
    }
    next += c.rows.length;
  });
  expect(chunks.flatMap((c) => c.rows)).toEqual(whole.rows);
  expect(chunks.flatMap((c) => c.readDiagnostics ?? [])).toEqual(whole.readDiagnostics ?? []);
}

/** Rows per chunk by default: 500 000 cells' worth, at most 100 000 rows. */
function defaultChunkRows(t: RawTable): number {
  return Math.min(100_000, Math.floor(500_000 / t.headers.length));
}

async function expectStreamEqualsWhole(path: string, opts: StreamOptions): Promise<void> {
  const whole = await readTableFile(path, opts);
  const chunks = await collect(path, opts);
  expectSameAsWhole(chunks, whole, opts.chunkRows ?? defaultChunkRows(whole));
}

/** Same error (code and messages) from both paths, or the same table. */
async function expectSameOutcome(path: string, opts: StreamOptions): Promise<void> {
  const whole = await readTableFile(path, opts).catch((e: unknown) => e);
  const chunks = await collect(path, opts).catch((e: unknown) => e);
  if (whole instanceof ReadError) {
    expect(chunks).toBeInstanceOf(ReadError);
    const err = chunks as ReadError;
    expect([err.code, err.fr, err.en]).toEqual([whole.code, whole.fr, whole.en]);
    return;
  }
  expect(chunks).toBeInstanceOf(Array);
  expectSameAsWhole(
    chunks as RawTable[],
    whole as RawTable,
    opts.chunkRows ?? defaultChunkRows(whole as RawTable),
  );
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "caop-stream-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let fileCount = 0;
/** Writes bytes (or UTF-8 text) to a new file of the temporary folder. */
function file(name: string, content: string | Uint8Array): string {
  const p = join(dir, `${fileCount++}-${name}`);
  writeFileSync(p, content);
  return p;
}

describe("streamTableFile on the fixtures", () => {
  it("finds the fixtures", () => {
    expect(FIXTURE_FILES.length).toBeGreaterThanOrEqual(12);
  });

  const small = FIXTURE_FILES.filter((f) => !f.endsWith("ledger-fr.csv"));
  it.each(small.map((f) => [basename(f), f]))(
    "%s: chunks of 2 and 3 rows, buffers of 1 to 7 bytes and the default, equal the whole-file read",
    async (_name, path) => {
      for (const chunkRows of [1, 2, 3])
        for (const highWaterMark of [1, 2, 3, 7, undefined])
          await expectStreamEqualsWhole(path, { chunkRows, highWaterMark });
    },
  );

  it("ledger-fr.csv (683 rows): chunks of 2 and 3 rows, buffers of 7, 64 and 4 MiB bytes", async () => {
    const path = join(FIXTURES, "ledger-fr.csv");
    for (const chunkRows of [2, 3, 100_000])
      for (const highWaterMark of [7, 64, undefined])
        await expectStreamEqualsWhole(path, { chunkRows, highWaterMark });
  });

  it.each(FIXTURE_FILES.map((f) => [basename(f), f]))(
    "%s: readTableStreamed (chunks put back together) equals readTableFile",
    async (_name, path) => {
      for (const chunkRows of [1, 3, undefined])
        expect(await readTableStreamed(path, { chunkRows, highWaterMark: 5 })).toEqual(
          await readTableFile(path),
        );
    },
  );

  it("yields chunks of 500 000 cells by default (27 777 rows of an 18-column FEC), at most 100 000 rows", async () => {
    const header = FEC_COLUMNS.join("\t");
    const line = FEC_COLUMNS.map((c) =>
      c === "EcritureDate" ? "20250131" : c === "CompteNum" ? "706000" : "1",
    ).join("\t");
    const fec = file("wide.txt", [header, ...Array.from({ length: 60_000 }, () => line)].join("\n"));
    expect((await collect(fec)).map((c) => c.rows.length)).toEqual([27_777, 27_777, 4_446]);
    const narrow = file(
      "narrow.csv",
      ["Date;Montant", ...Array.from({ length: 250_001 }, () => "31/01/2025;1")].join("\n"),
    );
    expect((await collect(narrow)).map((c) => c.rows.length)).toEqual([100_000, 100_000, 50_001]);
  });

  it("yields 100 000-row chunks by default and names the source by base name", async () => {
    const chunks = await collect(join(FIXTURES, "ledger-fr.csv"));
    expect(chunks).toHaveLength(1);
    expect(chunks[0].source).toBe("ledger-fr.csv");
    expect(chunks[0].firstRow).toBe(2);
  });
});

describe("streamTableFile on cut-prone files", () => {
  const cases: [string, string, string | Uint8Array][] = [
    [
      "quoted values spanning lines, doubled quotes, CRLF everywhere",
      "quotes.csv",
      'Date;Libellé;Montant\r\n2025-01-01;"deux\r\nlignes ""ici""";"1 000,00"\r\n2025-01-02;"";""""\r\n' +
        '2025-01-03;"a;b"c;5\r\n"2025-01-04";x;"6"\r\n',
    ],
    [
      "title rows above the header, a sep= line and blank lines first",
      "titre.csv",
      "\r\n  \r\nsep=,\r\nExport des ventes, janvier\r\nSociété X,,\r\n\r\nDate,Montant,Libellé\r\n2025-01-01,5,a\r\n2025-01-02,6,b\r\n",
    ],
    [
      "rows with more values than headers, blank rows inside and at the end",
      "extra.csv",
      "Date,Montant,Libellé\n2025-01-01,1234,56,Vente\n\n;;\n2025-01-02,10,ok,,\n,,\n\n  \n",
    ],
    [
      "an unterminated quote",
      "ouvert.csv",
      'Date;Libellé\n2025-01-01;ok\n2025-01-02;"ouvert\n2025-01-03;x\n\n',
    ],
    ["an unterminated quote in the header", "ouvert-entete.csv", 'Date;"Libellé\n2025-01-01;ok\n'],
    ["CR-only line endings", "cr.csv", "Date;Montant\r2025-01-01;1\r\r2025-01-02;2\r"],
    ["a header only", "entete.csv", "Date;Montant\r\n"],
    ["a header without line break", "entete-seul.csv", "Date;Montant"],
    ["no line break at the end", "sans-fin.csv", "Date;Montant\n2025-01-01;1"],
    ["an empty file", "vide.csv", ""],
    ["blank lines only", "blanc.csv", "\r\n  \r\n\t\n"],
    ["a sep= line and nothing else", "sep.csv", "sep=;\r\n"],
    ["a .txt without FEC columns", "export.txt", 'Date\tLibellé\tMontant\n2025-01-01\t"a\tb"\t3\n'],
    [
      "a FEC with stray separators, a trailing separator and blank lines (CRLF)",
      "fec.txt",
      [
        FEC_COLUMNS.join("|") + "|",
        fecLine("|", "Vente chaises | lot 2"),
        fecLine("|", "Vente | a | b"),
        "VE|Ventes|1|20250110",
        "",
        fecLine("|", '"Vente ""A"""'),
        fecLine("|", "Vente") + "|",
        "   ",
        "",
      ].join("\r\n"),
    ],
    [
      "a FEC with CR-only line endings in Windows-1252",
      "fec-cr.txt",
      Buffer.from(
        FEC_COLUMNS.join(",") + "\r" + fecLine(",", "Redevance réseau", "0.00", "100.00") + "\r\r",
        "latin1",
      ),
    ],
    ["a FEC header only", "fec-entete.txt", FEC_COLUMNS.join("\t")],
    [
      "a CSV in UTF-16 LE with BOM",
      "utf16.csv",
      Buffer.from("\ufeffDate\tMontant\tLibellé\r\n2025-01-01\t1 234,56\tCafé\r\n", "utf16le"),
    ],
    [
      "a CSV in UTF-16 BE with BOM",
      "utf16be.csv",
      Buffer.from("\ufeffDate;Libellé\r\n2025-01-01;Œuvre\r\n", "utf16le").swap16(),
    ],
    [
      "a CSV in ISO-8859-15",
      "latin9.csv",
      Uint8Array.from([...Buffer.from("Date;Libellé\n2025-01-01;10 "), 0xa4, 0x20, 0xbd, 0x0a]),
    ],
    ["UTF-8 with BOM and multi-byte characters", "bom.csv", "\ufeffDate;Libellé\n2025-01-01;€ œ — 日本 😀\n"],
  ];

  it.each(cases)(
    "%s: same rows, row numbers, diagnostics (or error) as the whole-file read",
    async (_what, name, content) => {
      const path = file(name, content);
      for (const chunkRows of [1, 2, 3])
        for (const highWaterMark of [1, 2, 3, 5, undefined])
          await expectSameOutcome(path, { chunkRows, highWaterMark });
    },
  );

  it("numbers rows after Excel's hidden sep= line as Excel shows them (header row 1, first data row 2)", async () => {
    const path = file("sep-rows.csv", "sep=;\r\nDate;Montant\r\n2025-01-01;1\r\n2025-01-02;2;x\r\n");
    for (const highWaterMark of [1, 4, undefined]) {
      const chunks = await collect(path, { chunkRows: 1, highWaterMark });
      expect(chunks.map((c) => c.firstRow)).toEqual([2, 3]);
      expect(chunks[1].readDiagnostics).toEqual([
        expect.objectContaining({ code: "row_unusable", severity: "error", row: 3 }),
      ]);
      await expectSameOutcome(path, { chunkRows: 1, highWaterMark });
    }
  });

  it("reads random delimited files (quotes, separators, CR/LF, accents in any encoding) as the whole-file reader does", async () => {
    const bytesOf = fc
      .array(
        fc.constantFrom(
          "a",
          "1",
          " ",
          ";",
          ",",
          "\t",
          '"',
          '""',
          "\r",
          "\n",
          "\r\n",
          "é",
          [0xe9],
          [0x80],
          [0xa4],
          [0xef, 0xbf, 0xbd],
        ),
        { maxLength: 120 },
      )
      .map((parts) =>
        Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p) : Buffer.from(p)))),
      );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(
          "Date;Montant;Libellé\n",
          "Titre\r\nDate,Montant,Libellé\r\n",
          FEC_COLUMNS.join("|") + "\n",
          "",
        ),
        bytesOf,
        fc.constantFrom("csv", "txt"),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 9 }),
        async (header, body, ext, chunkRows, highWaterMark) => {
          const path = file(`random.${ext}`, Buffer.concat([Buffer.from(header), body]));
          await expectSameOutcome(path, { chunkRows, highWaterMark });
        },
      ),
      { numRuns: 150 },
    );
  });

  it("reads an .xlsx whole and yields its rows in chunks, diagnostics with their rows, date1904 kept", async () => {
    const wb = new ExcelJS.Workbook();
    wb.properties.date1904 = true;
    const ws = wb.addWorksheet("Ventes");
    ws.addRow(["Export des ventes"]);
    ws.addRow(["Date", "Montant"]);
    for (let i = 1; i <= 7; i++) ws.addRow([`2025-01-0${i}`, i % 3 === 0 ? { formula: `${i}*2` } : i]);
    const p = join(dir, "classeur.xlsx");
    await wb.xlsx.writeFile(p);
    for (const chunkRows of [1, 2, 3, 100]) await expectStreamEqualsWhole(p, { chunkRows, sheet: "Ventes" });
    const chunks = await collect(p, { chunkRows: 3 });
    expect(chunks.map((c) => [c.firstRow, c.rows.length, c.date1904])).toEqual([
      [3, 3, true],
      [6, 3, true],
      [9, 1, true],
    ]);
    expect(chunks.map((c) => (c.readDiagnostics ?? []).map((d) => [d.code, d.row]))).toEqual([
      [
        ["above_header", 2],
        ["formula_without_value", 5],
      ],
      [["formula_without_value", 8]],
      [],
    ]);
  });

  it("keeps an .xlsx's total rows (=SUM of the rows above) apart in the chunk that holds them", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Ventes");
    ws.addRow(["Date", "Montant"]);
    ws.addRow(["2025-01-10", 100]);
    ws.addRow(["2025-01-20", 200]);
    ws.addRow(["2025-01-31", { formula: "SUM(B2:B3)", result: 300 }]);
    ws.addRow(["2025-02-05", 50]);
    ws.addRow(["2025-02-28", { formula: "SUM(B5)", result: 50 }]);
    const p = join(dir, "totaux.xlsx");
    await wb.xlsx.writeFile(p);
    const chunks = await collect(p, { chunkRows: 2 });
    expect(chunks.map((c) => [c.firstRow, [...(c.notLines ?? [])]])).toEqual([
      [2, []],
      [4, [0]],
      [6, [0]],
    ]);
  });

  it("keeps an .xlsx's totals and format currencies with their rows in chunks and put back together", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Sales");
    ws.addRow(["Date", "Account", "Amount"]);
    ws.addRow(["2025-01-10", "706000", 1000]);
    ws.addRow(["2025-01-20", "706000", 2000]);
    ws.addRow(["2025-01-31", "706000", { formula: "SUM(C2:C3)", result: 3000 }]);
    ws.addRow(["2025-02-05", "706000", 500]);
    ws.getCell("C2").numFmt = "#,##0.00 €";
    ws.getCell("C3").numFmt = "[$$-409]#,##0.00";
    ws.getCell("C4").numFmt = "[$£-809]#,##0.00";
    ws.getCell("C5").numFmt = "[$$-409]#,##0.00";
    const p = join(dir, "devises.xlsx");
    await wb.xlsx.writeFile(p);
    const chunks = await collect(p, { chunkRows: 2 });
    expect(chunks.map((c) => [[...(c.notLines ?? [])], [...(c.cellCurrencies?.get(2) ?? [])]])).toEqual([
      [
        [],
        [
          [0, "EUR"],
          [1, "USD"],
        ],
      ],
      [
        [0],
        [
          [0, "GBP"],
          [1, "USD"],
        ],
      ],
    ]);
    // Put back together (caop dashboard reads the whole table so): the second chunk's total stays apart.
    const whole = await readTableStreamed(p, { chunkRows: 2 });
    expect([...(whole.notLines ?? [])]).toEqual([2]);
    expect(whole.cellCurrencies).toEqual((await readTableFile(p)).cellCurrencies);
    // Euros and dollars in one column are an error, as in a currency column (the total's pound is no line).
    expect(() => compute(whole)).toThrow(expect.objectContaining({ code: "several_currencies" }));
    await expect(computeChunks(() => streamTableFile(p, { chunkRows: 2 }))).rejects.toMatchObject({
      code: "several_currencies",
      details: { currencies: ["EUR", "USD"] },
    });
  });

  it("throws the whole-file reader's ReadError for a missing file and an unsupported extension", async () => {
    await expectSameOutcome(join(dir, "absent.csv"), {});
    await expectSameOutcome(join(dir, "absent.txt"), {});
    await expectSameOutcome(join(dir, "vieux.xls"), {});
    await expect(collect(join(dir, "vieux.xls"))).rejects.toMatchObject({ code: "unsupported_format" });
    await expect(collect(dir + "/")).rejects.toBeInstanceOf(ReadError);
  });
});

describe("streamTableFile on files larger than its buffers", () => {
  /** A FEC of `n` lines, every tenth with a stray separator in its label. */
  function bigFec(n: number): string {
    const lines = [FEC_COLUMNS.join("\t")];
    for (let i = 0; i < n; i++)
      lines.push(fecLine("\t", i % 10 === 3 ? `Vente\tlot ${i}` : `Vente ${i}`, "0,00", `${i},00`));
    return lines.join("\r\n") + "\r\n";
  }

  it("streams a 30 000-line FEC in 4 MiB buffers and in odd small ones, chunk by chunk, equal to the whole read", async () => {
    const path = file("FEC.txt", bigFec(30_000));
    await expectStreamEqualsWhole(path, { chunkRows: 7_000 });
    await expectStreamEqualsWhole(path, { chunkRows: 4_999, highWaterMark: 4_093 });
    const chunks = await collect(path, { chunkRows: 10_000 });
    expect(chunks.map((c) => [c.firstRow, c.rows.length, c.readDiagnostics?.length])).toEqual([
      [2, 10_000, 1_000],
      [10_002, 10_000, 1_000],
      [20_002, 10_000, 1_000],
    ]);
  });

  it("streams a 2 MB CSV of quoted multi-line values cut by odd buffers", async () => {
    const lines = ["Date;Libellé;Montant"];
    for (let i = 0; i < 40_000; i++)
      lines.push(
        `2025-01-${String((i % 28) + 1).padStart(2, "0")};"L;${i}\r\nsuite ""${i}""";${i},${i % 100}`,
      );
    const path = file("gros.csv", lines.join("\r\n"));
    await expectStreamEqualsWhole(path, { chunkRows: 9_999, highWaterMark: 65_537 });
  });

  it("can be left early and read again (the stream is closed, not drained)", async () => {
    const path = file("FEC2.txt", bigFec(20_000));
    let seen = 0;
    for await (const c of streamTableFile(path, { chunkRows: 1_000, highWaterMark: 16_384 })) {
      seen += c.rows.length;
      break;
    }
    expect(seen).toBe(1_000);
    const again = await collect(path, { chunkRows: 1_000, highWaterMark: 16_384 });
    expect(again).toHaveLength(20);
  });
});

describe("streamTableFile encoding decided from the first MiB", () => {
  const ascii = (n: number): string => {
    const lines = ["Date;Libellé;Montant"];
    for (let i = 0, size = 0; size < n; i++) {
      lines.push(`2025-01-01;ligne ${i};${i}`);
      size += lines[lines.length - 1].length + 1;
    }
    return lines.join("\n") + "\n";
  };
  const MB = 1024 * 1024;

  it("warns once (row 0) when bytes after the first MiB are not UTF-8, instead of switching silently", async () => {
    const bytes = Buffer.concat([
      Buffer.from(ascii(1.5 * MB)),
      Buffer.from("2025-01-02;Caf"),
      Buffer.from([0xe9]),
      Buffer.from(";1\n2025-01-03;x"),
      Buffer.from([0xe8]),
      Buffer.from(";2\n"),
    ]);
    const path = file("tard.csv", bytes);
    const chunks = await collect(path, { chunkRows: 50_000, highWaterMark: 100_000 });
    const diags = chunks.flatMap((c) => c.readDiagnostics ?? []);
    expect(diags).toEqual([
      expect.objectContaining({ code: "encoding_mismatch", severity: "warning", row: 0, column: "" }),
    ]);
    expect(diags[0].messageEn).toMatch(
      /^file read as UTF-8, but some bytes \(from byte \d+\) are not UTF-8: read as Windows-1252/,
    );
    const rows = chunks.flatMap((c) => c.rows);
    // The stray bytes read as Windows-1252 (mixed-utf8.ts), not U+FFFD.
    expect(rows[rows.length - 2]).toEqual(["2025-01-02", "Café", "1"]);
    expect(rows[rows.length - 1]).toEqual(["2025-01-03", "xè", "2"]);
    // The whole-file reader reads it all as Windows-1252 (no UTF-8 character in it).
    const whole = await readTableFile(path);
    expect(whole.rows[whole.rows.length - 2]).toEqual(["2025-01-02", "Café", "1"]);
  });

  it("does not warn for valid UTF-8 whose U+FFFD characters and multi-byte characters are cut between buffers", async () => {
    const tail = "2025-01-02;\ufffd é € 😀 \ufffd;1\n".repeat(5_000);
    const path = file("fffd.csv", ascii(1.1 * MB) + tail);
    for (const highWaterMark of [65_536 + 1, 65_536 + 2, 99_999])
      await expectStreamEqualsWhole(path, { chunkRows: 30_000, highWaterMark });
  });

  it("warns when an ISO-8859-15 file (chosen from €/œ bytes) has a Windows-1252-only byte further on", async () => {
    const head = Buffer.concat([
      // An ASCII header: a UTF-8 "é" would make the file UTF-8 with stray bytes (mixed-utf8.ts).
      Buffer.from("Date;Libelle;Montant\n2025-01-01;1;"),
      Buffer.from([0xa4]),
      Buffer.from("\n"),
    ]);
    const path = file(
      "latin9.csv",
      Buffer.concat([head, Buffer.from(ascii(1.2 * MB).replace(/^.*\n/, "")), Buffer.from([0x80, 0x0a])]),
    );
    // 64 KiB buffers: the encoding is chosen from the first MiB, not from the whole 1.2 MB.
    const diags = (await collect(path, { highWaterMark: 65_536 })).flatMap((c) => c.readDiagnostics ?? []);
    expect(diags.map((d) => [d.code, d.row])).toEqual([
      ["encoding", 0],
      ["encoding_mismatch", 0],
    ]);
    expect(diags[1].message).toContain("ISO-8859-15");
  });

  it("warns at the end when a Windows-1252 guess meets €/œ bytes and never a 0x80–0x9F byte; not when it meets both", async () => {
    const head = Buffer.concat([
      // An ASCII header: a UTF-8 "é" would make the file UTF-8 with stray bytes (mixed-utf8.ts).
      Buffer.from("Date;Libelle;Montant\n2025-01-01;1;"),
      Buffer.from([0xe9]),
      Buffer.from("\n"),
    ]);
    const body = Buffer.from(ascii(1.2 * MB).replace(/^.*\n/, ""));
    const hintOnly = file("cp1252-a.csv", Buffer.concat([head, body, Buffer.from([0xbd, 0x0a])]));
    const both = file("cp1252-b.csv", Buffer.concat([head, body, Buffer.from([0xbd, 0x0a, 0x9c, 0x0a])]));
    const codes = async (p: string): Promise<string[]> =>
      (await collect(p, { highWaterMark: 65_536 }))
        .flatMap((c) => c.readDiagnostics ?? [])
        .map((d) => d.code);
    expect(await codes(hintOnly)).toEqual(["encoding", "encoding_mismatch"]);
    expect(await codes(both)).toEqual(["encoding"]);
    await expectStreamEqualsWhole(both, { chunkRows: 20_000, highWaterMark: 65_536 });
    // With the default 4 MiB buffers a 1.2 MB file is sniffed whole: read exactly as readTableFile.
    await expectStreamEqualsWhole(hintOnly, { chunkRows: 20_000 });
  });
});

describe("streamDecoder", () => {
  const decodeAll = (bytes: Uint8Array, cut: number): { text: string; mismatchAt: number } => {
    const d = streamDecoder(bytes, true);
    let text = "";
    for (let i = 0; i < bytes.length; i += cut) text += d.write(bytes.subarray(i, i + cut));
    text += d.end();
    return { text, mismatchAt: d.mismatchAt };
  };

  it("decodes UTF-8 cut anywhere as TextDecoder does whole, BOM dropped", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "binary" }),
        fc.integer({ min: 1, max: 5 }),
        fc.boolean(),
        (s, cut, bom) => {
          const bytes = Buffer.from((bom ? "\ufeff" : "") + s);
          expect(decodeAll(bytes, cut)).toEqual({ text: s, mismatchAt: -1 });
        },
      ),
    );
  });

  it("reports the first byte that is not UTF-8 (a sequence cut by the end of the file too)", () => {
    const d = streamDecoder(Buffer.from("abc"), false);
    expect(d.encoding).toBe("utf-8");
    expect(d.write(Buffer.from("abc"))).toBe("abc");
    expect(d.mismatchAt).toBe(-1);
    d.write(Uint8Array.from([0x64, 0xe9, 0x41]));
    expect(d.mismatchAt).toBe(4);
    const e = streamDecoder(Buffer.from("abc"), false);
    e.write(Uint8Array.from([0x61, 0xc3]));
    expect(e.mismatchAt).toBe(-1);
    // A character cut by the end of the file: its byte read as Windows-1252 (mixed-utf8.ts).
    expect(e.end()).toBe("Ã");
    expect(e.mismatchAt).toBe(1);
  });

  it("reads a UTF-8 file with a few stray single-byte characters as UTF-8, the first one said with the file's notices", async () => {
    // The accountant's figure: only the 1 000 of services; the research tax credit and the interest
    // (UTF-8 accents, read as such) are no sales, whatever the stray "é" of "régie" (byte E9).
    const content = Buffer.concat([
      Buffer.from("Date;Libellé;Montant HT\n05/04/2025;Prestation ", "utf8"),
      Buffer.from("régie", "latin1"),
      Buffer.from(
        ";1000,00\n06/04/2025;Crédit d'impôt recherche;30000,00\n07/04/2025;Intérêts créditeurs;50,00\n",
      ),
    ]);
    const path = file("stray.csv", content);
    for (const highWaterMark of [3, undefined]) {
      await expectSameOutcome(path, { highWaterMark });
      const chunks = await collect(path, { highWaterMark });
      const d = chunks[0].readDiagnostics?.find((x) => x.code === "encoding_mismatch");
      expect(d?.args?.offset).toBe(content.indexOf(0xe9));
      expect(
        (await computeChunks(() => streamTableFile(path, { highWaterMark }))).totals.caop.toFixed(2),
      ).toBe("1000.00");
    }
  });

  it("reads a UTF-8 file's stray Windows-1252 bytes as the characters they are (amount, header, keyword)", async () => {
    // The accountant's figures, each file a UTF-8 export with a few bytes pasted from a Windows tool.
    const cases: [string, Buffer, string][] = [
      // "1<A0>200,00": a Windows-1252 no-break space as thousands separator: 1 200,00, not an unreadable amount.
      [
        "nbsp.csv",
        Buffer.concat([
          Buffer.from("Date;Libellé;Montant HT\n10/01/2025;Prestation réseau;100,00\n11/01/2025;Formation;1"),
          Buffer.from([0xa0]),
          Buffer.from("200,00\n"),
        ]),
        "1300.00",
      ],
      // The header "Libellé" in Windows-1252: the label column is read, the subsidy set apart.
      [
        "header.csv",
        Buffer.concat([
          Buffer.from("Date;Libell"),
          Buffer.from([0xe9]),
          Buffer.from(
            ";Montant HT\n10/01/2025;Prestation réseau;100,00\n11/01/2025;Subvention Région;50,00\n",
          ),
        ]),
        "100.00",
      ],
      // A UTF-8 header, then "Intérêts" typed in Windows-1252 (more stray bytes than UTF-8 ones): interest, no sale.
      [
        "interets.csv",
        Buffer.concat([
          Buffer.from("Date;Libellé;Montant HT\n10/01/2025;Prestation;100,00\n11/01/2025;"),
          Buffer.from("Intérêts créditeurs", "latin1"),
          Buffer.from(";50,00\n"),
        ]),
        "100.00",
      ],
    ];
    for (const [name, content, caop] of cases) {
      const path = file(name, content);
      for (const highWaterMark of [3, undefined]) {
        await expectSameOutcome(path, { highWaterMark });
        const result = await computeChunks(() => streamTableFile(path, { highWaterMark }));
        expect([name, result.totals.caop.toFixed(2)]).toEqual([name, caop]);
        const d = result.diagnostics.find((x) => x.code === "encoding_mismatch");
        expect(d?.messageEn).toMatch(
          /^file read as UTF-8, but some bytes \(from byte \d+\) are not UTF-8: read as Windows-1252/,
        );
      }
    }
  });

  it("decodes Windows-1252 buffer by buffer with its 0x80–0x9F characters", () => {
    const bytes = Uint8Array.from([0x80, 0x20, 0x8c, 0x9c, 0x92, 0xe9]);
    expect(decodeAll(bytes, 1)).toEqual({ text: "€ Œœ’é", mismatchAt: -1 });
  });
});

describe("tokenize on a file's beginning (final = false)", () => {
  it("leaves out a record the text may end inside of, and says where it starts", () => {
    expect(tokenize('a;b\nc;"d', ";", 0, false)).toEqual({
      records: [["a", "b"]],
      unterminatedRecord: -1,
      end: 4,
      openQuote: true,
    });
    expect(tokenize('a;b\nc;"d"', ";", 0, false).end).toBe(4); // "d"" may follow
    expect(tokenize("a;b\r", ";", 0, false)).toMatchObject({ records: [], end: 0 }); // CRLF may follow
    expect(tokenize("a;b\nc;", ";", 0, false)).toMatchObject({ records: [["a", "b"]], end: 4 });
    expect(tokenize("a;b\n", ";", 0, false)).toMatchObject({ records: [["a", "b"]], end: 4 });
    expect(tokenize("a;b\r\nc", ";", 0, false)).toMatchObject({ records: [["a", "b"]], end: 5 });
  });

  it("splits a text given in pieces into the records of the whole text", () => {
    const text = fc
      .array(fc.constantFrom("a", ";", '"', '""', "\r", "\n", "\r\n", " "), { maxLength: 60 })
      .map((p) => p.join(""));
    fc.assert(
      fc.property(
        text,
        fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 20 }),
        (s, cuts) => {
          const records: string[][] = [];
          let pending = "";
          let at = 0;
          for (const n of cuts) {
            pending += s.slice(at, at + n);
            at += n;
            const t = tokenize(pending, ";", 0, false);
            records.push(...t.records);
            pending = pending.slice(t.end);
          }
          const last = tokenize(pending + s.slice(at), ";", 0, true);
          records.push(...last.records);
          const whole = tokenize(s, ";");
          expect(records).toEqual(whole.records);
          expect(last.unterminatedRecord >= 0).toBe(whole.unterminatedRecord >= 0);
        },
      ),
    );
  });
});
