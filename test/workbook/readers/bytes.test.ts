import { isUtf8 } from "node:buffer";
import fc from "fast-check";
import { ByteQueue, portableByteText, Utf8Tracker } from "../../../src/workbook/readers/bytes";
import { streamDecoder } from "../../../src/workbook/readers/decode";
import { streamTableBytes, type ByteSource } from "../../../src/workbook/readers/stream";
import type { RawTable } from "../../../src/core/types";
import { FEC_COLUMNS } from "../../../src/core/fields";
import { readFec } from "../../../src/workbook/readers/fec";
import { mixedReference, utf8ish } from "./mixed-reference";

/** Cuts bytes at the given offsets (sorted, deduplicated), empty pieces included. */
function pieces(bytes: Uint8Array, cuts: number[]): Uint8Array[] {
  const at = [0, ...cuts.map((c) => c % (bytes.length + 1)).sort((a, b) => a - b), bytes.length];
  return at.slice(1).map((end, i) => bytes.subarray(at[i], end));
}

describe("Utf8Tracker", () => {
  it("reports the piece Utf8StreamDecoder reports and holds back the bytes it holds back, cut anywhere", () => {
    fc.assert(
      fc.property(utf8ish, fc.array(fc.nat(), { maxLength: 8 }), fc.boolean(), (bytes, cuts, fast) => {
        const decoder = streamDecoder(new Uint8Array([0x41]), false);
        const tracker = new Utf8Tracker(fast ? (b) => isUtf8(b) : undefined);
        let text = "";
        let offset = 0;
        for (const piece of pieces(bytes, cuts)) {
          text += decoder.write(piece);
          tracker.write(piece);
          offset += piece.length;
          expect(tracker.mismatchAt).toBe(decoder.mismatchAt);
          // The text so far is the text of the bytes so far without the ones held back.
          // (stray bytes read as Windows-1252: mixed-utf8.ts)
          expect(text).toBe(mixedReference(bytes.subarray(0, offset - tracker.held)));
        }
        decoder.end();
        tracker.end();
        expect(tracker.mismatchAt).toBe(decoder.mismatchAt);
      }),
      { numRuns: 500 },
    );
  });
});

describe("portableByteText", () => {
  it("reads bytes as Latin-1 and UTF-8 as Buffer does (U+FFFD for invalid bytes, a BOM kept)", () => {
    const t = portableByteText();
    fc.assert(
      fc.property(utf8ish, fc.nat(), fc.nat(), (bytes, a, b) => {
        const from = Math.min(a, b) % (bytes.length + 1);
        const to = Math.max(from, Math.max(a, b) % (bytes.length + 1));
        const buf = Buffer.from(bytes);
        expect(t.utf8(bytes, from, to)).toBe(buf.toString("utf8", from, to));
        expect(t.latin1(bytes, from, to)).toBe(buf.toString("latin1", from, to));
      }),
    );
    // Every 1-, 2- and 3-byte sequence boundary, overlong forms and surrogates among them.
    for (const seq of [
      [0x7f],
      [0xc2, 0x80],
      [0xdf, 0xbf],
      [0xe0, 0xa0, 0x80],
      [0xe0, 0x9f, 0xbf],
      [0xed, 0x9f, 0xbf],
      [0xed, 0xa0, 0x80],
      [0xef, 0xbf, 0xbf],
      [0xc1, 0xbf],
      [0xe1, 0x80],
    ]) {
      const bytes = new Uint8Array([0x41, ...seq, 0x42]);
      expect(t.utf8(bytes, 0, bytes.length)).toBe(Buffer.from(bytes).toString("utf8"));
    }
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, 0x41]);
    expect(t.utf8(bom, 0, 4)).toBe("\ufeffA");
    const long = new Uint8Array(10_000).fill(0x61);
    expect(t.latin1(long, 1, 9_999)).toBe("a".repeat(9_998));
  });
});

describe("ByteQueue", () => {
  it("keeps the bytes pushed minus the bytes shifted, growing past its first size", () => {
    const q = new ByteQueue((n) => new Uint8Array(n));
    const all: number[] = [];
    for (let i = 0; i < 50; i++) {
      const part = new Uint8Array(7_001).map((_, j) => (i * 31 + j) & 0xff);
      q.push(part);
      all.push(...part);
      const drop = (i * 997) % (q.length + 1);
      q.shift(drop);
      all.splice(0, drop);
      expect(q.length).toBe(all.length);
    }
    expect([...q.bytes.subarray(0, q.length)]).toEqual(all);
  });
});

describe("streamTableBytes over bytes", () => {
  async function chunks(bytes: Uint8Array, size: number, text?: ByteSource["text"]): Promise<RawTable[]> {
    const out: RawTable[] = [];
    const source: ByteSource = {
      name: "f.csv",
      bytes: async function* () {
        for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
      },
      text,
    };
    for await (const c of streamTableBytes(source, { chunkRows: 2 })) out.push(c);
    return out;
  }

  it("gives the same chunks with the portable string functions and with Node's", async () => {
    const node: ByteSource["text"] = {
      latin1: (b, from, to) => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString("latin1", from, to),
      utf8: (b, from, to) => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString("utf8", from, to),
      isUtf8: (b) => isUtf8(b),
      alloc: (n) => Buffer.alloc(n),
    };
    await fc.assert(
      fc.asyncProperty(utf8ish, fc.integer({ min: 1, max: 9 }), async (body, size) => {
        const bytes = new Uint8Array([...Buffer.from("Date;Montant;Libellé\n"), ...body]);
        expect(await chunks(bytes, size, node)).toEqual(await chunks(bytes, size));
      }),
      { numRuns: 150 },
    );
  });
});

describe("the byte CSV reader against the text one", () => {
  /** A file whose first MiB is valid UTF-8 (the encoding is decided there), then random bytes. */
  const MB = 1024 * 1024;
  const headMiB = (() => {
    const lines = ["Date;Libellé;Montant"];
    for (let size = 0, i = 0; size < MB; i++) {
      lines.push(`0${(i % 9) + 1}/01/2025;ligne é ${i % 50};${i},${i % 100}`);
      size += lines[lines.length - 1].length + 2;
    }
    return Buffer.from(lines.join("\n") + "\n");
  })();

  async function read(
    bytes: Uint8Array,
    size: number,
    textPath: boolean,
    name = "f.csv",
    chunkRows = 7_000,
  ): Promise<RawTable[]> {
    const out: RawTable[] = [];
    const source: ByteSource = {
      name,
      bytes: async function* () {
        for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
      },
    };
    for await (const c of streamTableBytes(source, { chunkRows, textPath })) out.push(c);
    return out;
  }

  it("gives the same chunks, encoding_mismatch warning in the same chunk, on invalid bytes after the first MiB", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(utf8ish, fc.constantFrom(";", "\n", "\r", '"', "x;1,5\r\n")), { maxLength: 30 }),
        fc.constantFrom(65_536, 100_003, 262_145, 4 * MB),
        async (tail, size) => {
          const bytes = Buffer.concat([headMiB, ...tail.map(([b, s]) => Buffer.concat([b, Buffer.from(s)]))]);
          const [got, want] = [await read(bytes, size, false), await read(bytes, size, true)];
          // JSON: much faster than toEqual on 35 000 rows, and as strict for plain data.
          expect(JSON.stringify(got)).toBe(JSON.stringify(want));
          const mismatch = (t: RawTable[]): number =>
            t.findIndex((c) => c.readDiagnostics?.some((d) => d.code === "encoding_mismatch"));
          expect(mismatch(got)).toBe(mismatch(want));
        },
      ),
      { numRuns: 12 },
    );
  });

  it("gives the same chunks for Windows-1252 and ISO-8859-15 files cut anywhere", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom([0x3b], [0x0a], [0x0d], [0x22], [0x41], [0x80], [0xa4], [0xe9], [0xbd]), {
          maxLength: 80,
        }),
        fc.integer({ min: 1, max: 9 }),
        async (parts, size) => {
          const bytes = new Uint8Array([...Buffer.from("Date;Montant\n"), 0xe9, 0x0a, ...parts.flat()]);
          expect(await read(bytes, size, false)).toEqual(await read(bytes, size, true));
        },
      ),
      { numRuns: 150 },
    );
  });

  it("gives the same FEC chunks (tab or pipe, CR/LF cut anywhere, quotes as text, cut characters)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom("\t", "|"),
        fc.array(
          fc.constantFrom(
            "VE",
            "20250131",
            "706000",
            "1200,50",
            '"a|b"',
            "\t",
            "|",
            "\r",
            "\n",
            "\r\n",
            " ",
            "é",
            "€",
          ),
          { maxLength: 80 },
        ),
        utf8ish,
        fc.integer({ min: 1, max: 9 }),
        async (sep, parts, junk, size) => {
          const bytes = Buffer.concat([
            Buffer.from("\r\n" + FEC_COLUMNS.join(sep) + "\r\n" + parts.join("")),
            junk,
            Buffer.from(parts.slice(0, 9).join("")),
          ]);
          const [got, want] = [
            await read(bytes, size, false, "FEC.txt"),
            await read(bytes, size, true, "FEC.txt"),
          ];
          expect(got).toEqual(want);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("mends a FEC entry cut by line breaks in its label as readFec does, on both paths, cut anywhere", async () => {
    const line = (label: string, credit: string): string =>
      ["VE", "Ventes", "1", "20250110", "706000", "Ventes", "", "", "F-1", "20250110", label, "0,00", credit]
        .concat(["", "", "20250111", "", ""])
        .join("|");
    const text =
      [
        FEC_COLUMNS.join("|"),
        line("Vente A", "100,00"),
        line('"Vente\r\nsur deux lignes"', "200,00"),
        line("Vente\nsur\rtrois", "400,00"),
        line("Vente é", "800,00"),
      ].join("\r\n") + "\r\n";
    const whole = readFec(Buffer.from(text));
    expect(whole.rows.map((r) => r[12] ?? "")).toEqual(["100,00", "200,00", "", "400,00", "", "", "800,00"]);
    for (const size of [1, 2, 3, 5, 8, 13, 1000])
      for (const textPath of [false, true]) {
        for (const chunkRows of [1, 2, 7_000]) {
          const chunks = await read(Buffer.from(text), size, textPath, "FEC.txt", chunkRows);
          expect(chunks.flatMap((c) => c.rows)).toEqual(whole.rows);
          const notLines = chunks.flatMap((c) => [...(c.notLines ?? [])].map((i) => c.firstRow - 2 + i));
          expect(new Set(notLines)).toEqual(whole.notLines);
          const diagnostics = chunks
            .flatMap((c) => c.readDiagnostics ?? [])
            .filter((d) => d.code !== "encoding");
          expect(diagnostics).toEqual(whole.readDiagnostics);
        }
      }
  });

  it("gives the same FEC chunks, encoding_mismatch in the same chunk, on invalid bytes after the first MiB", async () => {
    const lines = [FEC_COLUMNS.join("\t")];
    for (let size = 0, i = 0; size < MB; i++) {
      const l = [
        "VE",
        "Ventes",
        `${i}`,
        "20250131",
        "706000",
        "Ventes",
        "",
        "",
        "F1",
        "20250131",
        `Vente é ${i % 40}`,
      ];
      lines.push([...l, "0,00", `${i},50`, "", "", "20250131", "", ""].join("\t"));
      size += lines[lines.length - 1].length + 2;
    }
    const head = Buffer.from(lines.join("\r\n") + "\r\n");
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(utf8ish, fc.constantFrom("\t", "\n", "\r", "x\t1,5\r\n")), { maxLength: 30 }),
        fc.constantFrom(65_536, 262_145, 4 * MB),
        async (tail, size) => {
          const bytes = Buffer.concat([head, ...tail.map(([b, t]) => Buffer.concat([b, Buffer.from(t)]))]);
          const [got, want] = [
            await read(bytes, size, false, "FEC.txt"),
            await read(bytes, size, true, "FEC.txt"),
          ];
          expect(JSON.stringify(got)).toBe(JSON.stringify(want));
        },
      ),
      { numRuns: 8 },
    );
  });
});
