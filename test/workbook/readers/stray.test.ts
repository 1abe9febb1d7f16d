/**
 * CSV rows with more fields than headers (SPEC 2.2): an unquoted separator inside a label. The row is
 * rebuilt when exactly one text column can absorb the surplus and every date/amount column then
 * reads; otherwise the line is unusable (diagnosed, its amount in `ignored` when every reading agrees
 * on it). A shifted column is never read as the amount. Expected figures are the accountant's.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { compute } from "../../../src/core/compute";
import { computeChunks } from "../../../src/core/chunks";
import { toJson } from "../../../src/core/report";
import { readCsv } from "../../../src/workbook/readers/csv";
import { streamTableFile } from "../../../src/workbook/readers/stream";
import { main } from "../../../src/cli/main";

const FIXTURES = join(__dirname, "../../fixtures/readers");
const LABEL = join(FIXTURES, "ventes-separateur-libelle.csv");
const AMBIGUOUS = join(FIXTURES, "ventes-separateur-ambigu.csv");
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe("readCsv: a separator inside an unquoted label", () => {
  const t = readCsv(readFileSync(LABEL), { source: "ventes.csv" });

  it("rebuilds the label when it alone can absorb the surplus (one or two stray separators)", () => {
    expect(t.rows[1]).toEqual(["16/01/2025", "706000", "Vente lot; palette", "2", "5 000,00"]);
    expect(t.rows[2]).toEqual(["17/01/2025", "706000", "Vente; lot; B", "1", "300,00"]);
    const d = (t.readDiagnostics ?? []).find((x) => x.row === 3);
    expect(d).toEqual(
      expect.objectContaining({
        code: "stray_separator",
        severity: "warning",
        column: "Libellé",
        value: "16/01/2025;706000;Vente lot; palette;2;5 000,00",
        message:
          "ligne 3 : séparateur « ; » dans la valeur de « Libellé » ; valeur reconstituée « Vente lot; palette »",
        messageEn:
          'row 3: separator ";" inside the value of "Libellé"; value rebuilt as "Vente lot; palette"',
      }),
    );
  });

  it("marks a line no reading can fix unusable (error naming row and value), cells as read", () => {
    const d = (t.readDiagnostics ?? []).filter((x) => x.row === 5);
    expect(d).toEqual([
      expect.objectContaining({
        code: "stray_separator",
        severity: "error",
        column: "Libellé",
        value: "18/01/2025;706000;Vente;1;2 000,00;oops",
      }),
    ]);
    expect(d[0].message).toMatch(/^ligne 5 : 6 champs au lieu de 5 .*inutilisable/);
    expect(d[0].messageEn).toMatch(/^row 5: 6 fields instead of 5 .*unusable/);
    expect(d[0].amount).toBeUndefined();
  });

  it("leaves a trailing separator alone (empty surplus), without a diagnostic", () => {
    expect(t.rows[4].slice(0, 5)).toEqual(["20/01/2025", "706000", "Vente", "1", "700,00"]);
    expect((t.readDiagnostics ?? []).filter((x) => x.row === 6)).toEqual([]);
  });

  it("marks a line two text columns could absorb unusable, with the amount every reading agrees on", () => {
    const b = readCsv(readFileSync(AMBIGUOUS), { source: "b.csv" });
    const d = (b.readDiagnostics ?? []).filter((x) => x.row === 3);
    expect(d).toEqual([
      expect.objectContaining({ code: "stray_separator", severity: "error", amount: "400.00" }),
    ]);
    expect(d[0].message).toContain("400.00");
    expect(d[0].messageEn).toContain("400.00");
  });

  it("never rebuilds a decimal comma cut by a ',' separator: the line is unusable", () => {
    const c = readCsv(utf8("Date,Montant,Libellé\n2025-01-01,1234,56,Vente\n"));
    expect(c.readDiagnostics).toEqual([
      expect.objectContaining({
        code: "stray_separator",
        severity: "error",
        row: 2,
        value: "2025-01-01,1234,56,Vente",
      }),
    ]);
  });

  it("uses the mapping overrides to know which columns hold amounts", () => {
    const text = "Date;Texte;Valeur\n16/01/2025;Vente; lot;5 000,00\n";
    const r = readCsv(utf8(text), { mapping: { label: "Texte", amount: "Valeur" } });
    expect(r.rows[0]).toEqual(["16/01/2025", "Vente; lot", "5 000,00"]);
  });
});

describe("compute on rows with stray separators: the accountant's figures", () => {
  it("counts the rebuilt lines, never a shifted column: CA OP 1 000 + 5 000 + 300 + 700 = 7 000,00", () => {
    const r = compute(readCsv(readFileSync(LABEL), { source: "ventes.csv" }));
    expect(toJson(r).caop).toBe("7000.00");
    expect(r.ignored.count).toBe(1);
    expect(toJson(r).diagnostics).toContainEqual(
      expect.objectContaining({ row: 5, code: "stray_separator", severity: "error" }),
    );
  });

  it("streamed in chunks of one row gives the same figures", async () => {
    const r = await computeChunks(() => streamTableFile(LABEL, { chunkRows: 1, highWaterMark: 7 }));
    expect(toJson(r).caop).toBe("7000.00");
    expect(r.ignored.count).toBe(1);
  });

  it("an ambiguous line is left out of CA OP (1 000,00), diagnosed with its 400,00", () => {
    const r = compute(readCsv(readFileSync(AMBIGUOUS)));
    expect(toJson(r).caop).toBe("1000.00");
    expect(r.ignored.count).toBe(1);
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ row: 3, amount: "400.00" }));
  });

  // The engine (src/core/compute.ts, owned by the engine split) does not yet add a reader's
  // unusable-line amount to `ignored`: flip to `it` once it does (one line in its unreadable-row branch).
  it.failing("an ambiguous line's 400,00 is in ignored.amount", () => {
    const r = compute(readCsv(readFileSync(AMBIGUOUS)));
    expect(toJson(r).ignored).toEqual({ count: 1, amount: "400.00" });
  });

  it("through the CLI: caop compute --json gives 7000.00", async () => {
    let out = "";
    const code = await main(["compute", LABEL, "--json"], {
      stdout: (s) => (out += s),
      stderr: () => undefined,
    });
    expect(code).toBe(0);
    expect(JSON.parse(out).caop).toBe("7000.00");
  });
});
