/**
 * The hand-written rows of the streamed data sheet (sheet-rows.ts) are the bytes ExcelJS writes:
 * the whole .xlsx parts (sheet XML, styles, validations) compared with the reference path where
 * every row goes through ExcelJS, on tables with texts to escape, empty and blank cells, control
 * characters, numbers, errors, dates and plans with blocks, formats, notes, merges and heights.
 */
import fc from "fast-check";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inflateRawSync } from "node:zlib";
import type { CellValue, RawTable } from "../../src/core/types";
import { emptySheet, type PlanCell, type SheetPlan, type WorkbookPlan } from "../../src/sheet/plan";
import { XmlBytes, xmlText } from "../../src/workbook/sheet-rows";
import { StreamXlsxHost } from "../../src/workbook/xlsx-stream";

let dir = "";
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), "caop-rows-"))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The parts of a zip file by name (central directory, stored or deflated entries). */
function unzip(path: string): Map<string, string> {
  const b = readFileSync(path);
  const eocd = b.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = b.readUInt16LE(eocd + 10);
  let at = b.readUInt32LE(eocd + 16);
  const parts = new Map<string, string>();
  for (let k = 0; k < count; k++) {
    const method = b.readUInt16LE(at + 10);
    const size = b.readUInt32LE(at + 20);
    const nameLength = b.readUInt16LE(at + 28);
    const skip = nameLength + b.readUInt16LE(at + 30) + b.readUInt16LE(at + 32);
    const name = b.toString("utf8", at + 46, at + 46 + nameLength);
    const local = b.readUInt32LE(at + 42);
    const start = local + 30 + b.readUInt16LE(local + 26) + b.readUInt16LE(local + 28);
    const data = b.subarray(start, start + size);
    const text = (method === 8 ? inflateRawSync(data) : data).toString("utf8");
    // The creation time differs between two files written a second apart.
    parts.set(name, text.replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ/g, "<time>"));
    at += 46 + skip;
  }
  return parts;
}

async function write(
  table: RawTable,
  plan: SheetPlan | null,
  excelJsRows: boolean,
): Promise<Map<string, string>> {
  const host = new StreamXlsxHost(table, "Données", { excelJsRows });
  if (plan) {
    const wp: WorkbookPlan = { sheets: [plan] } as WorkbookPlan;
    await host.applyPlan(wp);
  }
  const file = join(dir, `${excelJsRows ? "ref" : "fast"}-${Math.random().toString(36).slice(2)}.xlsx`);
  await host.save(file);
  return unzip(file);
}

async function expectSameParts(table: RawTable, plan: SheetPlan | null): Promise<void> {
  const fast = await write(table, plan, false);
  const ref = await write(table, plan, true);
  expect([...fast.keys()].sort()).toEqual([...ref.keys()].sort());
  for (const [name, xml] of ref) expect({ name, xml: fast.get(name) }).toEqual({ name, xml });
}

/** A tagging-like plan: four product columns, a header style, number formats on the body, a note. */
function plan(rows: number, cells: PlanCell[][], extra: Partial<SheetPlan> = {}): SheetPlan {
  const p = emptySheet("data", "Données", "data");
  p.ownedColumns = [4, 5];
  p.ownedFromRow = 1;
  p.blocks.push({ row: 1, col: 4, cells: [["OP", "Contribution"]] }, { row: 2, col: 4, cells });
  p.formats.push(
    { range: "D1:E1", style: { bold: true, fill: "#DDEBF7", fontColor: "#1F3864" } },
    { range: `E2:E${rows + 1}`, numberFormat: "#,##0.00 €" },
    { range: `F2:F${rows + 1}`, numberFormat: "0" },
    // A band of rows with a style of its own: style ids change mid-sheet.
    { range: "B3:E5", numberFormat: "0.0", style: { italic: true, border: ["top"], hAlign: "right" } },
  );
  p.columns.push({ col: 4, width: 16 });
  p.notes.push({ cell: "D1", text: "colonnes du produit" });
  return Object.assign(p, extra);
}

const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom(
    "",
    " ",
    "Vente & co",
    "<b>",
    'dit "oui"',
    "l'avoir",
    "a\u0001b\u007fc",
    "x\r\ny",
    "é€",
    "=SUM(A1)",
  ),
  fc.string({ maxLength: 6 }),
  // Any UTF-16 unit: accents, emoji pairs, lone surrogates (written as U+FFFD).
  fc.string({ unit: "binary", maxLength: 6 }),
  fc.integer({ min: -1_000_000, max: 1_000_000 }).map((n) => n / 100),
  fc.constantFrom(null, true, false, { error: "#N/A" }),
);

describe("PlainRowXml", () => {
  it("escapes texts as ExcelJS does (entities, control characters dropped, CR/LF/tab kept)", () => {
    expect(xmlText(`a<b>&"c'`)).toBe("a&lt;b&gt;&amp;&quot;c&apos;");
    expect(xmlText("a\u0000\u0008\u000b\u000c\u000e\u001f\u007fb")).toBe("ab");
    expect(xmlText("a\tb\nc\rd")).toBe("a\tb\nc\rd");
    expect(xmlText("plain")).toBe("plain");
  });

  it("writes texts and numbers as bytes exactly as Buffer.from(xmlText(s)) and `${v}` do", () => {
    const bytes = (write: (out: XmlBytes) => void): Buffer => {
      const out = new XmlBytes();
      write(out);
      return out.take();
    };
    // Every UTF-16 unit: ASCII to escape or drop, 2- and 3-byte UTF-8, pairs and lone surrogates.
    const text = fc.oneof(
      fc.string({ unit: "binary" }),
      fc.string({ unit: "grapheme" }),
      fc
        .array(fc.constantFrom("a", "<", "&", "\u0001", "é", "€", "\ud83d", "\ude00", "\ud83d\ude00"), {
          maxLength: 20,
        })
        .map((a) => a.join("")),
    );
    fc.assert(
      fc.property(text, (s) => {
        expect(bytes((o) => o.text(s))).toEqual(Buffer.from(xmlText(s), "utf8"));
      }),
      { numRuns: 2000 },
    );
    const number = fc.oneof(
      fc.double(),
      fc.integer(),
      fc.maxSafeInteger(),
      fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 100),
      // Cents of every size, tenths, and values next to them.
      fc.maxSafeInteger().map((n) => n / 100),
      fc.integer().map((n) => n / 10),
      fc.integer({ min: -1e6, max: 1e6 }).map((n) => n / 100 + Number.EPSILON * 8),
      fc.constantFrom(0.5, -0.5, -0.05, 0.01, 9999999999999.99, 10000000000000.01, -1e13 + 0.07),
      fc.constantFrom(0, -0, 9, 10, 99, 100, 2 ** 53, -(2 ** 53), 1e21, 1e-7, NaN, Infinity),
    );
    fc.assert(
      fc.property(number, (v) => {
        expect(bytes((o) => o.number(v)).toString("latin1")).toBe(`${v}`);
      }),
      { numRuns: 2000 },
    );
    // A long text grows the buffer; take() empties it.
    const out = new XmlBytes();
    out.text("x".repeat(300_000));
    out.uint(42);
    expect(out.take().toString()).toBe(`${"x".repeat(300_000)}42`);
    expect(out.take().length).toBe(0);
  });

  it("writes a table alone (no plan) as ExcelJS does", async () => {
    await expectSameParts(
      {
        headers: ["Date", "Montant"],
        rows: [["01/01/2025", "12,50"], [], ["", null], ["a&b", 3]],
        firstRow: 2,
        source: "t",
      },
      null,
    );
  });

  it("writes random tables with a tagging plan, byte for byte as ExcelJS does", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(cellValue, { maxLength: 6 }), { minLength: 1, maxLength: 25 }),
        fc.array(
          fc.tuple(
            fc.constantFrom<PlanCell>("OP", "Hors CA", null, ""),
            fc.option(fc.integer(), { nil: null }),
          ),
        ),
        async (rows, tags) => {
          const cells = rows.map((_r, i) => (tags[i] ?? [null, null]) as PlanCell[]);
          const table: RawTable = { headers: ["Date", "Compte", "Montant"], rows, firstRow: 2, source: "t" };
          await expectSameParts(table, plan(rows.length, cells));
        },
      ),
      { numRuns: 25 },
    );
  });

  it("writes a sheet the zip reads while it is written (megabytes of rows) as ExcelJS does", async () => {
    // Past the first megabyte the rows go straight to the zip's stream, after ExcelJS's own rows.
    const rows: CellValue[][] = Array.from({ length: 12_000 }, (_x, i) => [
      i === 9_000 ? new Date(Date.UTC(2025, 0, 31)) : `Libellé n° ${i} & <co>`,
      i * 1.25,
      i % 7 === 0 ? null : `Client ${i % 97}`,
    ]);
    const cells: PlanCell[][] = rows.map((_r, i) => [i % 3 ? "OP" : null, i / 100]);
    await expectSameParts(
      { headers: ["Libellé", "Montant", "Client"], rows, firstRow: 2, source: "t" },
      plan(rows.length, cells),
    );
  }, 60_000);

  it("sends rows with dates, formulas, merges, notes and heights through ExcelJS, the rest as XML", async () => {
    const rows: CellValue[][] = Array.from({ length: 30 }, (_x, i) => [
      i === 7 ? new Date(Date.UTC(2025, 0, 31)) : `L${i}`,
      i % 3 === 0 ? "" : i,
      i === 11 ? { error: "#VALUE!" } : "x",
    ]);
    const cells: PlanCell[][] = rows.map((_r, i) =>
      i === 4 ? [{ formula: "=1+1", value: 2 }, 1] : [i % 2 ? "OP" : null, i * 1.5],
    );
    const p = plan(rows.length, cells, {
      merges: ["A20:B20"],
      rowHeights: [{ row: 15, height: 30 }],
    });
    p.notes.push({ cell: "B9", text: "note" });
    await expectSameParts({ headers: ["Date", "Montant", "Erreur"], rows, firstRow: 2, source: "t" }, p);
  });
});
