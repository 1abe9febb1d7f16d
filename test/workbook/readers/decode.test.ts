import { decodeText, detectSeparator, firstContentIndex } from "../../../src/workbook/readers/decode";

describe("decodeText", () => {
  it("reads UTF-8 and drops its BOM", () => {
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, 0x43, 0xc3, 0xa9]))).toEqual({
      text: "Cé",
      encoding: "utf-8",
    });
  });

  it("reads Windows-1252 when the bytes are not UTF-8, with its 0x80–0x9F characters", () => {
    const d = decodeText(Uint8Array.from([0x80, 0x20, 0x8c, 0x9c, 0x92, 0xe9]));
    expect(d).toEqual({ text: "€ Œœ’é", encoding: "windows-1252" });
  });

  it("reads ISO-8859-15 when €/Œ/œ bytes appear and no 0x80–0x9F byte does", () => {
    expect(decodeText(Uint8Array.from([0x31, 0x30, 0x20, 0xa4, 0x20, 0xbd, 0xe9]))).toEqual({
      text: "10 € œé",
      encoding: "iso-8859-15",
    });
  });

  it("reads Latin-1 text without those bytes as Windows-1252 (same characters)", () => {
    expect(decodeText(Buffer.from("Crédit àçè", "latin1")).text).toBe("Crédit àçè");
  });

  it("reads UTF-16 LE and BE with their BOM", () => {
    expect(decodeText(Uint8Array.from([0xff, 0xfe, 0x41, 0x00, 0xe9, 0x00]))).toEqual({
      text: "Aé",
      encoding: "utf-16le",
    });
    expect(decodeText(Uint8Array.from([0xfe, 0xff, 0x00, 0x41, 0x00, 0xe9]))).toEqual({
      text: "Aé",
      encoding: "utf-16be",
    });
  });

  it("reads UTF-16 LE and BE without a BOM from the zero bytes beside ASCII characters", () => {
    const text = "Date;Compte;Montant\n15/01/2025;706000;1200,00\n";
    const le = Buffer.from(text, "utf16le");
    expect(decodeText(le)).toEqual({ text, encoding: "utf-16le" });
    const be = Buffer.from(le).swap16();
    expect(decodeText(be)).toEqual({ text, encoding: "utf-16be" });
    // Too short to tell, or a zero byte in UTF-8 data: not UTF-16.
    expect(decodeText(Uint8Array.from([0x41, 0x00, 0x42, 0x00])).encoding).toBe("utf-8");
    expect(decodeText(Buffer.from("Date;Montant\u0000;x;y;z", "utf8")).encoding).toBe("utf-8");
  });

  it("reads a UTF-8 file with a stray Windows-1252 byte as UTF-8, the stray byte's offset kept", () => {
    // "Crédit d'impôt" in UTF-8, then "régie" typed in an old tool: é as the single byte E9.
    const bytes = Buffer.concat([
      Buffer.from("Crédit d'impôt;Intérêts;", "utf8"),
      Buffer.from("régie", "latin1"),
    ]);
    const d = decodeText(bytes);
    expect(d.encoding).toBe("utf-8");
    // The stray byte read as Windows-1252, not U+FFFD (mixed-utf8.ts).
    expect(d.text).toBe("Crédit d'impôt;Intérêts;régie");
    expect(d.mismatchAt).toBe(bytes.indexOf(0xe9));
    // Single-byte accents outnumbering the UTF-8 ones: still UTF-8 with stray bytes, each read right.
    const mixed = Buffer.concat([Buffer.from("é", "utf8"), Buffer.from("régie, crédit, intérêts", "latin1")]);
    expect(decodeText(mixed)).toEqual({ text: "érégie, crédit, intérêts", encoding: "utf-8", mismatchAt: 3 });
    // No UTF-8 character at all: a Windows-1252 file.
    const latin = Buffer.from("régie, crédit, intérêts", "latin1");
    expect(decodeText(latin)).toEqual({ text: "régie, crédit, intérêts", encoding: "windows-1252" });
  });

  it("does not take a single-byte file's chance UTF-8 pair (É before a no-break space) for UTF-8", () => {
    // ISO-8859-15: « SÉCURITÉ » with a no-break space (C9 A0 is valid UTF-8: U+0260), € as A4.
    const bytes = Buffer.from("Libellé;Montant\n« SÉCURITÉ\u00a0»;1 200,00 \u00a4\n", "latin1");
    const d = decodeText(bytes);
    expect(d.encoding).toBe("iso-8859-15");
    expect(d.text).toContain("« SÉCURITÉ\u00a0»;1 200,00 €");
  });

  it("decodes long single-byte files past its chunk size", () => {
    const bytes = new Uint8Array(20_000).fill(0xe9);
    bytes[19_999] = 0x80;
    const t = decodeText(bytes).text;
    expect(t).toHaveLength(20_000);
    expect(t[19_998]).toBe("é");
    expect(t[19_999]).toBe("€");
  });
});

describe("detectSeparator", () => {
  it("picks the most frequent separator of the header line, outside quotes", () => {
    expect(detectSeparator("a;b;c\n1,2,3,4,5")).toBe(";");
    expect(detectSeparator('"a;b;c",d,e')).toBe(",");
    expect(detectSeparator("a\tb|c\td")).toBe("\t");
    expect(detectSeparator("a|b|c")).toBe("|");
    expect(detectSeparator("Montant")).toBe(";");
  });

  it("starts at the first non-blank line", () => {
    const text = "\r\n  \r\nDate,Montant\n";
    expect(firstContentIndex(text)).toBe(6);
    expect(detectSeparator(text, firstContentIndex(text))).toBe(",");
  });
});
