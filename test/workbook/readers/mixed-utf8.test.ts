import fc from "fast-check";
import { decodeMixedUtf8, mixedField, MixedUtf8Stream } from "../../../src/workbook/readers/mixed-utf8";
import { mixedReference, utf8ish } from "./mixed-reference";

const SLICES = Buffer.prototype as unknown as {
  utf8Slice(this: Uint8Array, from: number, to: number): string;
};
const nodeSlice = (b: Uint8Array, from: number, to: number): string => SLICES.utf8Slice.call(b, from, to);

/** Cuts bytes at the given offsets (sorted), empty pieces included. */
function pieces(bytes: Uint8Array, cuts: number[]): Uint8Array[] {
  const at = [0, ...cuts.map((c) => c % (bytes.length + 1)).sort((a, b) => a - b), bytes.length];
  return at.slice(1).map((end, i) => bytes.subarray(at[i], end));
}

describe("decodeMixedUtf8", () => {
  it("reads UTF-8 as UTF-8 and every stray byte as Windows-1252, as the reference does", () => {
    fc.assert(
      fc.property(utf8ish, (bytes) => {
        expect(decodeMixedUtf8(bytes, 0, bytes.length).text).toBe(mixedReference(bytes));
        expect(mixedField(nodeSlice)(bytes, 0, bytes.length)).toBe(mixedReference(bytes));
      }),
      { numRuns: 1000 },
    );
  });

  it("gives the same text read whole, piece by piece, or field by field (split at ASCII bytes)", () => {
    fc.assert(
      fc.property(utf8ish, fc.array(fc.nat(), { maxLength: 8 }), (bytes, cuts) => {
        const whole = mixedReference(bytes);
        const stream = new MixedUtf8Stream();
        let text = "";
        for (const piece of pieces(bytes, cuts)) text += stream.write(piece);
        text += stream.end();
        expect(text).toBe(whole);
        // Fields: the bytes between ASCII bytes (separators, line breaks) decoded one by one.
        let fields = "";
        let from = 0;
        for (let i = 0; i <= bytes.length; i++) {
          if (i < bytes.length && bytes[i] >= 0x80) continue;
          fields +=
            decodeMixedUtf8(bytes, from, i).text + (i < bytes.length ? String.fromCharCode(bytes[i]) : "");
          from = i + 1;
        }
        expect(fields).toBe(whole);
      }),
      { numRuns: 1000 },
    );
  });

  it("reads a cp1252 no-break space in an amount, a cp1252 é in a UTF-8 header, € as 0x80", () => {
    const t = (...parts: (string | number[])[]): string => {
      const bytes = Buffer.concat(
        parts.map((p) => (typeof p === "string" ? Buffer.from(p, "utf8") : Buffer.from(p))),
      );
      return decodeMixedUtf8(bytes, 0, bytes.length).text;
    };
    expect(t("1", [0xa0], "200,00")).toBe("1\u00a0200,00");
    expect(t("Libell", [0xe9], ";Prestation réseau")).toBe("Libellé;Prestation réseau");
    expect(t("12,50 ", [0x80])).toBe("12,50 €");
    // A valid character cut by the end of bytes not final waits; a U+FFFD written in the file stays.
    const cut = Buffer.from("ab\u00e9", "utf8").subarray(0, 3);
    expect(decodeMixedUtf8(cut, 0, cut.length, false)).toEqual({ text: "ab", end: 2 });
    expect(t("x\ufffdy")).toBe("x\ufffdy");
  });

  it("drops a byte order mark at the start of the file only", () => {
    const s = new MixedUtf8Stream();
    expect(s.write(Uint8Array.from([0xef, 0xbb]))).toBe("");
    expect(s.write(Uint8Array.from([0xbf, 0x41, 0xef, 0xbb, 0xbf]))).toBe("A\ufeff");
    expect(s.end()).toBe("");
  });
});
