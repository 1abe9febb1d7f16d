import { readFileSync } from "node:fs";
import { join } from "node:path";
import { detectMapping, FEC_COLUMNS } from "../../../src/core/fields";
import { compute } from "../../../src/core/engine";
import { readFec } from "../../../src/workbook/readers/fec";
import { fecHeader, fecLine } from "./fecText";

const FIXTURES = join(__dirname, "../../fixtures/readers");
const fixture = (name: string): Uint8Array => readFileSync(join(FIXTURES, name));
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe("FEC currency (Idevise is the currency of Montantdevise, not of Debit/Credit)", () => {
  it("computes in EUR with no error when a line has Montantdevise 1000,00 and Idevise USD", () => {
    const usd = fecLine("\t", "Vente export", "0,00", "920,00").split("\t");
    usd[FEC_COLUMNS.indexOf("Montantdevise")] = "1000,00";
    usd[FEC_COLUMNS.indexOf("Idevise")] = "USD";
    const text = [fecHeader("\t"), fecLine("\t", "Vente", "0,00", "100,00", ""), usd.join("\t")].join("\r\n");
    const r = compute(readFec(utf8(text)));
    expect(r.currency).toBe("EUR");
    expect(r.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(r.totals.caop.toFixed(2)).toBe("1020.00");
  });

  it("still uses Idevise as the currency when the user maps it explicitly", () => {
    const usd = fecLine("\t", "Vente export", "0,00", "920,00", "USD");
    const r = compute(readFec(utf8([fecHeader("\t"), usd].join("\r\n"))), {
      mapping: { currency: "Idevise" },
    });
    expect(r.currency).toBe("USD");
  });
});

describe("readFec", () => {
  it("reads a tab-separated 18-column FEC (UTF-8, CRLF)", () => {
    const t = readFec(fixture("fec-tab-18.txt"), { source: "fec-tab-18.txt" });
    expect(t.headers).toEqual([...FEC_COLUMNS]);
    expect(t.firstRow).toBe(2);
    expect(t.rows).toHaveLength(4);
    expect(t.rows[1]).toEqual([
      "VE",
      "Ventes",
      "VE1",
      "20250115",
      "706000",
      "Prestations de services",
      "",
      "",
      "F-001",
      "20250115",
      "Facture F-001 Dupont",
      "0,00",
      "1200,00",
      "",
      "",
      "20250116",
      "",
      "",
    ]);
    expect(t.readDiagnostics).toBeUndefined();
    const m = detectMapping(t.headers);
    expect(m.isFec).toBe(true);
    expect(m.layout).toBe("debit_credit");
  });

  it("reads a '|' BNC FEC of 22 columns in ISO-8859-15 (€, œ)", () => {
    const t = readFec(fixture("fec-pipe-bnc.txt"));
    expect(t.headers).toHaveLength(22);
    expect(t.headers.slice(18)).toEqual(["DateRglt", "ModeRglt", "NatOp", "IdClient"]);
    expect(t.rows).toHaveLength(2);
    expect(t.rows[0][10]).toBe("Honoraires conseil cœur de métier");
    expect(t.rows[1][10]).toBe("Intérêts livret 25 €");
    expect(t.rows[1][21]).toBe("");
    expect(t.readDiagnostics).toEqual([expect.objectContaining({ code: "encoding", severity: "info" })]);
    expect(detectMapping(t.headers).isFec).toBe(true);
  });

  it("reads the Montant/Sens variant with ';' and a BOM", () => {
    const t = readFec(fixture("fec-montant-sens.txt"));
    expect(t.headers[11]).toBe("Montant");
    expect(t.headers[12]).toBe("Sens");
    expect(t.rows.map((r) => [r[11], r[12]])).toEqual([
      ["1000,00", "C"],
      ["50,00", "D"],
    ]);
    expect(detectMapping(t.headers).layout).toBe("amount_direction");
  });

  it("rebuilds a label split by a stray '|' and warns; flags unexplained and short lines as unusable", () => {
    const t = readFec(fixture("fec-pipe-stray.txt"));
    expect(t.rows).toHaveLength(5);
    // Row 3: the label is rebuilt, the amounts stay in their columns.
    expect(t.rows[1]).toHaveLength(18);
    expect(t.rows[1][10]).toBe("Vente chaises | lot 2");
    expect(t.rows[1][12]).toBe("800,00");
    // Row 4: two stray separators in two columns: left as read (20 fields), not shifted into shape.
    expect(t.rows[2]).toHaveLength(20);
    // Row 5: fewer fields, left as read.
    expect(t.rows[3]).toHaveLength(12);
    expect(t.rows[4][12]).toBe("120,00");
    const d = t.readDiagnostics ?? [];
    expect(d.map((x) => [x.row, x.code, x.severity, x.column])).toEqual([
      [3, "row_rebuilt", "warning", "EcritureLib"],
      [4, "row_unusable", "error", "EcritureLib"],
      [5, "missing_fields", "error", ""],
    ]);
    expect(d[0].value).toBe(
      "VE|Ventes|VE2|20250302|706000|Ventes de produits|||F-011|20250302|Vente chaises | lot 2|0,00|800,00|||20250303||",
    );
    expect(d[0].message).toBe(
      "ligne 3 : séparateur « | » dans la valeur de « EcritureLib » ; valeur reconstituée « Vente chaises | lot 2 »",
    );
    expect(d[0].messageEn).toBe(
      'row 3: separator "|" inside the value of "EcritureLib"; value rebuilt as "Vente chaises | lot 2"',
    );
    expect(d[1].message).toBe(
      "ligne 4 : 20 champs au lieu de 18 (séparateur « | » en trop dans un libellé ?) ; ligne inutilisable, à corriger dans le fichier",
    );
    expect(d[2].messageEn).toBe("row 5: 12 fields instead of 18; line unusable, fix it in the file");
  });

  it("finds a stray separator in CompteLib when the formats say so", () => {
    const line = [
      "VE",
      "Ventes",
      "1",
      "20250110",
      "706000",
      "Ventes | export",
      "",
      "",
      "F-1",
      "20250110",
      "Vente",
      "0,00",
      "10,00",
    ]
      .concat(["", "", "20250111", "", ""])
      .join("|");
    const t = readFec(utf8(fecHeader("|") + "\n" + line + "\n"));
    expect(t.rows[0][5]).toBe("Ventes | export");
    expect(t.rows[0][10]).toBe("Vente");
    expect(t.readDiagnostics).toEqual([
      expect.objectContaining({ code: "row_rebuilt", column: "CompteLib" }),
    ]);
  });

  it("reads a tab stray separator inside a label", () => {
    const t = readFec(utf8(fecHeader("\t") + "\r\n" + fecLine("\t", "Vente\tlot 3") + "\r\n"));
    expect(t.rows[0][10]).toBe("Vente\tlot 3");
    expect(t.readDiagnostics?.[0].message).toContain("« tabulation »");
  });

  it("accepts a separator at the end of every line, header included, without diagnostics", () => {
    const t = readFec(utf8(fecHeader("|") + "|\n" + fecLine("|", "Vente", "0,00", "5,00", "EUR") + "|\n"));
    expect(t.headers).toHaveLength(18);
    expect(t.rows[0]).toHaveLength(18);
    expect(t.rows[0][17]).toBe("EUR");
    expect(t.readDiagnostics).toBeUndefined();
  });

  it("accepts a trailing separator on data lines only when every column keeps its format", () => {
    const t = readFec(utf8(fecHeader(";") + "\n" + fecLine(";", "Vente", "0,00", "5,00", "EUR") + ";\n"));
    expect(t.rows[0]).toHaveLength(18);
    expect(t.readDiagnostics).toBeUndefined();
  });

  it("does not mistake a stray separator before empty last columns for a trailing one", () => {
    const t = readFec(utf8(fecHeader("|") + "\n" + fecLine("|", "Vente | lot 9") + "\n"));
    expect(t.rows[0]).toHaveLength(18);
    expect(t.rows[0][10]).toBe("Vente | lot 9");
    expect(t.rows[0][12]).toBe("100,00");
    expect(t.readDiagnostics?.[0].severity).toBe("warning");
  });

  it("unquotes fully quoted fields and keeps blank lines in the middle as blank rows", () => {
    const quoted = fecLine(";", '"Vente ""A"""');
    const t = readFec(utf8(fecHeader(";") + "\n" + quoted + "\n\n" + fecLine(";", "Vente B") + "\n\n\n"));
    expect(t.rows).toHaveLength(3);
    expect(t.rows[0][10]).toBe('Vente "A"');
    expect(t.rows[1]).toEqual([""]);
    expect(t.rows[2][10]).toBe("Vente B");
    expect(t.readDiagnostics).toBeUndefined();
  });

  it("reads ',' with CR-only line endings and Windows-1252 bytes", () => {
    const text = fecHeader(",") + "\r" + fecLine(",", "Redevance réseau", "0.00", "100.00") + "\r";
    const t = readFec(Buffer.from(text, "latin1"));
    expect(t.rows).toHaveLength(1);
    expect(t.rows[0][10]).toBe("Redevance réseau");
    expect(t.rows[0][12]).toBe("100.00");
  });

  it("never glues decimal-comma pieces into a label of a ',' FEC: the line is unusable", () => {
    const t = readFec(utf8(fecHeader(",") + "\n" + fecLine(",", "Vente", "0,00", "100,00") + "\n"));
    expect(t.rows[0][10]).toBe("Vente");
    expect(t.readDiagnostics).toEqual([expect.objectContaining({ code: "row_unusable", severity: "error" })]);
  });

  it("reports an ambiguous stray separator (empty pieces fit several columns) as unusable", () => {
    const line = fecLine("|", "Vente").split("|");
    line.splice(7, 0, ""); // an extra empty field among the empty auxiliary-account columns
    const t = readFec(utf8(fecHeader("|") + "\n" + line.join("|") + "\n"));
    expect(t.rows[0]).toHaveLength(19);
    expect(t.readDiagnostics).toEqual([expect.objectContaining({ code: "row_unusable", severity: "error" })]);
  });
});

describe("a FEC entry cut by line breaks inside its label (a quoted label written on several lines)", () => {
  const cutLabel = (sep: string, label: string, credit: string): string =>
    fecLine(sep, label, "0,00", credit).replace(label, `"${label.replace(/\n/g, "\r\n")}"`);
  const text = (sep: string): string =>
    [
      fecHeader(sep),
      fecLine(sep, "Prestation janvier", "0,00", "1000,00"),
      cutLabel(sep, "Prestation\nconseil", "500,00"),
      cutLabel(sep, "Formation\nsur site\nLyon", "250,00"),
      fecLine(sep, "Prestation février", "0,00", "700,00"),
    ].join("\r\n") + "\r\n";

  it.each(["\t", "|", ";"])(
    "reads it as one entry, warns naming its rows, keeps the next rows' numbers (%j)",
    (sep) => {
      const t = readFec(utf8(text(sep)));
      // Rows 2, 3–4, 5–7, 8: the continuation lines stay rows (blank, not lines) so row numbers stay the file's.
      expect(t.rows).toHaveLength(7);
      expect(t.rows[1][10]).toBe("Prestation\nconseil");
      expect(t.rows[1][12]).toBe("500,00");
      expect(t.rows[3][10]).toBe("Formation\nsur site\nLyon");
      expect(t.rows[6][10]).toBe("Prestation février");
      expect([...(t.notLines ?? [])]).toEqual([2, 4, 5]);
      const d = t.readDiagnostics ?? [];
      expect(d.map((x) => [x.row, x.code, x.severity, x.column])).toEqual([
        [3, "row_rebuilt", "warning", "EcritureLib"],
        [5, "row_rebuilt", "warning", "EcritureLib"],
      ]);
      expect(d[1].message).toBe(
        "lignes 5 à 7 : un retour à la ligne dans la valeur de « EcritureLib » coupe l'écriture ; lignes lues comme une seule, valeur « Formation sur site Lyon »",
      );
      expect(d[1].messageEn).toBe(
        'rows 5 to 7: a line break inside the value of "EcritureLib" cuts the entry; rows read as one, value "Formation sur site Lyon"',
      );
      const r = compute(t);
      expect(r.totals.caop.toFixed(2)).toBe("2450.00");
      expect(r.diagnostics.filter((x) => x.code === "blank_rows")).toEqual([]);
    },
  );

  it("leaves a short line that nothing carries on as it was: unusable, and the next line read alone", () => {
    const short = fecLine("|", "Vente", "0,00", "100,00").split("|").slice(0, 11).join("|");
    const t = readFec(utf8([fecHeader("|"), short, fecLine("|", "Vente B", "0,00", "300,00")].join("\n")));
    expect(t.rows).toHaveLength(2);
    expect(t.rows[1][10]).toBe("Vente B");
    expect(t.notLines).toBeUndefined();
    expect((t.readDiagnostics ?? []).map((x) => [x.row, x.code])).toEqual([[2, "missing_fields"]]);
  });

  it("never joins a line cut outside a text column (after the debit): both lines stay unusable", () => {
    const line = fecLine("|", "Vente", "0,00", "100,00").split("|");
    const t = readFec(
      utf8([fecHeader("|"), line.slice(0, 12).join("|"), line.slice(11).join("|")].join("\n")),
    );
    expect((t.readDiagnostics ?? []).map((x) => [x.row, x.code])).toEqual([
      [2, "missing_fields"],
      [3, "missing_fields"],
    ]);
  });
});
