import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readCsv, tokenize } from "../../../src/workbook/readers/csv";
import { ReadError } from "../../../src/workbook/readers/read-error";

const FIXTURES = join(__dirname, "../../fixtures/readers");
const fixture = (name: string): Uint8Array => readFileSync(join(FIXTURES, name));
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe("tokenize", () => {
  it("splits fields and records on CRLF, LF and CR", () => {
    expect(tokenize("a;b\r\nc;d\ne;f\rg;h", ";").records).toEqual([
      ["a", "b"],
      ["c", "d"],
      ["e", "f"],
      ["g", "h"],
    ]);
  });

  it("reads RFC 4180 quotes: separators, line breaks and doubled quotes inside", () => {
    const { records, unterminatedRecord } = tokenize('"x;y";"a\r\nb";"say ""hi"""\n1;2', ";");
    expect(records).toEqual([
      ["x;y", "a\r\nb", 'say "hi"'],
      ["1", "2"],
    ]);
    expect(unterminatedRecord).toBe(-1);
  });

  it("keeps empty fields, a trailing separator and blank lines", () => {
    expect(tokenize("a;;c;\n\nd", ";").records).toEqual([["a", "", "c", ""], [""], ["d"]]);
  });

  it("adds no empty record after a final line break", () => {
    expect(tokenize("a\n", ";").records).toEqual([["a"]]);
    expect(tokenize("a\r\n", ";").records).toEqual([["a"]]);
    expect(tokenize("", ";").records).toEqual([]);
  });

  it("keeps a quote inside an unquoted field, and text after a closing quote", () => {
    expect(tokenize('12" pipe;"ab"cd;x', ";").records).toEqual([['12" pipe', "abcd", "x"]]);
  });

  it("reports an unterminated quote and reads the rest as one value", () => {
    const t = tokenize('a;b\n"open;c\nd', ";");
    expect(t.records).toEqual([["a", "b"], ["open;c\nd"]]);
    expect(t.unterminatedRecord).toBe(1);
  });
});

describe("readCsv", () => {
  it("reads ';' UTF-8 with BOM: French amounts, quoted ';' and line break, CRLF", () => {
    const t = readCsv(fixture("ventes-bom-semicolon.csv"), { source: "ventes-bom-semicolon.csv" });
    expect(t.headers).toEqual(["Date pièce", "N° pièce", "Client", "Libellé", "Montant HT"]);
    expect(t.firstRow).toBe(2);
    expect(t.source).toBe("ventes-bom-semicolon.csv");
    expect(t.rows).toEqual([
      ["15/01/2025", "F-001", "Dupont SA", "Vente mobilier", "1 234,56"],
      ["16/01/2025", "F-002", "Martin; Fils", "Remise fidélité\r\nsur facture F-001", "-150,00"],
      ["17/01/2025", "F-003", 'Le "Bon" Coin', "Cession terrain", "1\u00a0000\u00a0000,00"],
      [""],
      ["18/01/2025", "F-004", "Durand", "Vente chaises", "(2 000,00)"],
    ]);
    expect(t.readDiagnostics).toBeUndefined();
  });

  it("reads ',' Windows-1252 (é, €, Œ, œ) and says which encoding it used", () => {
    const t = readCsv(fixture("ventes-cp1252-comma.csv"));
    expect(t.headers).toEqual(["Date", "Libellé", "Catégorie", "Montant"]);
    expect(t.rows).toEqual([
      ["2025-02-01", "Prestation réalisée", "Services", "1,234.56"],
      ["2025-02-02", "Remise accordée € 5%", "Services", "-61.73"],
      ["2025-02-03", "Œuvre d'art cédée", "Hors cœur", "500.00"],
    ]);
    expect(t.readDiagnostics).toEqual([
      expect.objectContaining({
        code: "encoding",
        severity: "info",
        row: 0,
        messageEn: "file read as Windows-1252 (it is not UTF-8)",
      }),
    ]);
  });

  it("reads Latin-1 bytes written by Buffer (é decodes right)", () => {
    const t = readCsv(Buffer.from("Date,Libellé\n2025-01-01,Café crème\n", "latin1"));
    expect(t.headers).toEqual(["Date", "Libellé"]);
    expect(t.rows).toEqual([["2025-01-01", "Café crème"]]);
  });

  it("reads CR-only line endings", () => {
    const t = readCsv(fixture("ventes-cr.csv"));
    expect(t.headers).toEqual(["Date", "Compte", "Libellé", "Débit", "Crédit"]);
    expect(t.rows).toEqual([
      ["01/03/2025", "706000", "Abonnement mars", "0,00", "450,00"],
      ["02/03/2025", "740000", "Subvention exploitation", "", "50,00"],
    ]);
  });

  it.each([
    ["tab", "\t"],
    ["pipe", "|"],
    ["comma", ","],
    ["semicolon", ";"],
  ])("detects the %s separator from the header line", (_name, sep) => {
    const t = readCsv(
      utf8(["Date", "Libellé", "Montant"].join(sep) + "\n" + ["2025-01-01", "a,b;c", "1"].join(sep)),
    );
    expect(t.headers).toEqual(["Date", "Libellé", "Montant"]);
    // The label holds the other separators: it is split only on the detected one.
    expect(t.rows[0][0]).toBe("2025-01-01");
    expect(t.rows[0][t.rows[0].length - 1]).toBe("1");
  });

  it("counts separators outside quotes only", () => {
    const t = readCsv(utf8('"Date;jour",Montant,Libellé\n2025-01-01,1,a'));
    expect(t.headers).toEqual(["Date;jour", "Montant", "Libellé"]);
  });

  it("trims headers, drops trailing blank lines, skips leading blank lines (row numbers follow)", () => {
    const t = readCsv(utf8("\n\n  Date ; Montant \n2025-01-01;5\n;\n\n"));
    expect(t.headers).toEqual(["Date", "Montant"]);
    expect(t.rows).toEqual([["2025-01-01", "5"]]);
    expect(t.firstRow).toBe(4);
  });

  it("does not count Excel's sep= line, which Excel hides: header row 1, first data line row 2 (SPEC 2.2)", () => {
    const t = readCsv(utf8("sep=;\r\nDate;Montant\r\n2025-01-01;1\r\n2025-01-02;abc;x\r\n"));
    expect(t.headers).toEqual(["Date", "Montant"]);
    expect(t.firstRow).toBe(2);
    // 3 values for 2 headers and no text column to absorb one: unusable (SPEC 2.2), on row 3.
    expect(t.readDiagnostics).toEqual([
      expect.objectContaining({ code: "row_unusable", severity: "error", row: 3 }),
    ]);
  });

  it("counts blank lines after a sep= line, and title rows, but not the sep= line itself", () => {
    const t = readCsv(utf8("SEP=,\n\nVentes, janvier\nDate,Montant\n2025-01-01,1\n"));
    expect(t.headers).toEqual(["Date", "Montant"]);
    expect(t.firstRow).toBe(4);
    expect(t.readDiagnostics).toEqual([expect.objectContaining({ code: "above_header", row: 3 })]);
  });

  it("keeps cells as text and blank cells as empty strings", () => {
    const t = readCsv(utf8("Date;Montant;Flag\n2025-01-01;;VRAI\n"));
    expect(t.rows).toEqual([["2025-01-01", "", "VRAI"]]);
  });

  it("diagnoses a row with more values than headers that no text column can absorb as unusable (SPEC 2.2)", () => {
    // "1234,567" cut by the "," separator (three digits: no decimal comma's): the shifted "1234" must
    // never be read as the amount.
    const t = readCsv(utf8("Date,Montant,Libellé\n2025-01-01,1234,567,Vente\n2025-01-02,10,ok,,\n"));
    expect(t.rows[0]).toEqual(["2025-01-01", "1234", "567", "Vente"]);
    expect(t.readDiagnostics).toEqual([
      expect.objectContaining({
        code: "row_unusable",
        severity: "error",
        row: 2,
        column: "Libellé",
        value: "2025-01-01,1234,567,Vente",
        message:
          "ligne 2 : 4 champs au lieu de 3 (séparateur « , » en trop dans un libellé ?) ; ligne inutilisable, à corriger dans le fichier",
      }),
    ]);
  });

  it("diagnoses an unterminated quote with its row", () => {
    const t = readCsv(utf8('Date;Libellé\n2025-01-01;ok\n2025-01-02;"ouvert\n2025-01-03;x\n'));
    expect(t.readDiagnostics).toEqual([expect.objectContaining({ code: "unterminated_quote", row: 3 })]);
  });

  it("throws ReadError empty_file on an empty or blank file", () => {
    expect(() => readCsv(new Uint8Array(0), { source: "vide.csv" })).toThrow(ReadError);
    expect(() => readCsv(utf8("\ufeff\r\n  \r\n"), { source: "vide.csv" })).toThrow(/« vide\.csv » est vide/);
  });

  it("returns no rows for a header-only file", () => {
    const t = readCsv(utf8("Date;Montant\r\n"));
    expect(t.headers).toEqual(["Date", "Montant"]);
    expect(t.rows).toEqual([]);
  });

  it("reads UTF-16 text with BOM (Excel 'Unicode text')", () => {
    const s = "\ufeffDate\tMontant\r\n2025-01-01\t1 234,56\r\n";
    const bytes = Buffer.from(s, "utf16le");
    const t = readCsv(bytes);
    expect(t.headers).toEqual(["Date", "Montant"]);
    expect(t.rows).toEqual([["2025-01-01", "1 234,56"]]);
  });

  it("reads 100 000 generated lines back exactly (single-pass tokenizer)", () => {
    const lines = ["Date;Libellé;Montant"];
    for (let i = 0; i < 100_000; i++)
      lines.push(`2025-01-${String((i % 28) + 1).padStart(2, "0")};"L;${i}";${i},${i % 100}`);
    const t = readCsv(utf8(lines.join("\r\n")));
    expect(t.rows).toHaveLength(100_000);
    expect(t.rows[99_999]).toEqual(["2025-01-12", "L;99999", "99999,99"]);
  });
});
