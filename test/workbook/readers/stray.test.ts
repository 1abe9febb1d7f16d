/**
 * CSV rows with more fields than headers (SPEC 2.2): an unquoted separator inside a label. The row is
 * rebuilt when exactly one text column can absorb the surplus and every date/amount column then
 * reads; otherwise the line is unusable (diagnosed, its amount in `ignored` when every reading agrees
 * on it). A shifted column is never read as the amount. Expected figures are the accountant's.
 */
import Decimal from "decimal.js";
import fc from "fast-check";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { compute } from "../../../src/core/engine";
import { computeChunks } from "../../../src/core/chunks";
import { toJson } from "../../../src/core/report";
import { readCsv } from "../../../src/workbook/readers/csv";
import { streamTableFile } from "../../../src/workbook/readers";
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
        code: "row_rebuilt",
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
        code: "row_unusable",
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
      expect.objectContaining({ code: "row_unusable", severity: "error", amount: "400.00" }),
    ]);
    expect(d[0].message).toContain("400.00");
    expect(d[0].messageEn).toContain("400.00");
  });

  it("reads an amount cut at its unquoted decimal comma by a ',' separator whole again, with a warning", () => {
    const c = readCsv(utf8("Date,Montant,Libellé\n2025-01-01,1234,56,Vente\n"));
    expect(c.rows).toEqual([["2025-01-01", "1234,56", "Vente"]]);
    expect(c.readDiagnostics).toEqual([
      expect.objectContaining({ code: "row_rebuilt", severity: "warning", row: 2, column: "Montant" }),
    ]);
  });

  it("never lets a text column take a decimal comma's surplus: the decimals would shift into the amount", () => {
    // A text column before the amount could absorb "Martin,Prestation" and shift "3450" and "50" right.
    const text =
      "Date,Client,Libellé,Montant HT\n15/01/2025,Durand,Conseil,1200\n28/01/2025,Martin,Conseil,3450,50\n";
    const c = readCsv(utf8(text));
    expect(c.rows[1]).toEqual(["28/01/2025", "Martin", "Conseil", "3450,50"]);
    const j = toJson(compute(c));
    expect([j.caop, j.diagnostics.map((d) => [d.code, d.row, d.column])]).toEqual([
      "4650.50",
      [["row_rebuilt", 3, "Montant HT"]],
    ]);
    // Every amount so cut (an export with "," between fields and a decimal comma): each read whole.
    const all = readCsv(
      utf8(
        "Date,Client,Libellé,Montant HT\n15/01/2025,Durand,Conseil,1200,00\n28/01/2025,Martin,Conseil,3450,50\n",
      ),
    );
    expect(toJson(compute(all)).caop).toBe("4650.50");
  });

  it("keeps a line unusable when two amount columns could each be the one cut", () => {
    const c = readCsv(utf8("Date,Débit,Crédit,Libellé\n2025-01-01,12,50,30,Vente\n"));
    expect(c.readDiagnostics?.map((d) => [d.code, d.severity])).toEqual([["row_unusable", "error"]]);
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
      expect.objectContaining({ row: 5, code: "row_unusable", severity: "error" }),
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
  it("an ambiguous line's 400,00 is in ignored.amount", () => {
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

describe("property: labels with stray separators (decimal.js oracle, streamed = whole)", () => {
  // Words no rule knows, so every line is a 706 sale; pieces never empty at the label's ends.
  const piece = fc.stringMatching(/^[xyz][xyz ]{0,5}$/);
  const label = fc.array(piece, { minLength: 1, maxLength: 3 }).map((p) => p.join(";"));
  const cents = fc.integer({ min: -1_000_000, max: 100_000_000 });
  const line = fc.record({ day: fc.integer({ min: 1, max: 28 }), label, cents });
  const fr = (c: number): string => new Decimal(c).div(100).toFixed(2).replace(".", ",");
  const dir = mkdtempSync(join(tmpdir(), "caop-stray-"));

  it("every row is rebuilt, CA OP is the exact sum, and chunked streaming agrees", async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(line, { minLength: 1, maxLength: 12 }), async (lines) => {
        const text = [
          "Date;Compte;Libellé;Qté;Montant HT",
          ...lines.map((l) => `${String(l.day).padStart(2, "0")}/01/2025;706000;${l.label};1;${fr(l.cents)}`),
        ].join("\n");
        const t = readCsv(utf8(text));
        expect(t.rows.map((r) => r[2])).toEqual(lines.map((l) => l.label));
        expect((t.readDiagnostics ?? []).filter((d) => d.severity === "error")).toEqual([]);
        const expected = lines.reduce((a, l) => a.plus(new Decimal(l.cents).div(100)), new Decimal(0));
        const whole = toJson(compute(t));
        expect(whole.caop).toBe(expected.toFixed(2));
        const file = join(dir, `p${run++}.csv`);
        writeFileSync(file, text);
        const streamed = await computeChunks(() =>
          streamTableFile(file, { chunkRows: 2, highWaterMark: 11 }),
        );
        expect(toJson(streamed).caop).toBe(whole.caop);
        expect(toJson(streamed).diagnostics.length).toBe(whole.diagnostics.length);
      }),
      { numRuns: 40 },
    );
  });
});
