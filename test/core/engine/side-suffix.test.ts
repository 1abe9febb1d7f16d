/**
 * One Montant column written with its side after the amount ("7 109,16 D", "5 924,30 C") beside an
 * account column (Sage / EBP journal prints, round 26b): read as Montant + Sens, said in a note.
 * Without an account column, or with a value that has no side, the cells stay unreadable.
 */
import { computeChunks } from "../../../src/core/chunks";
import { compute } from "../../../src/core/engine";
import { toJson } from "../../../src/core/report";
import type { CellValue } from "../../../src/core/types";
import { source, split, table } from "./chunking";

const H = ["Date", "Journal", "N° pièce", "Compte", "Libellé", "Montant"];
const ROWS: CellValue[][] = [
  ["06/01/2025", "VE", "FA1", "411000", "Facture FA1", "7 109,16 D"],
  ["06/01/2025", "VE", "FA1", "706000", "Facture FA1", "5 924,30 C"],
  ["06/01/2025", "VE", "FA1", "445710", "Facture FA1", "1 184,86 C"],
  ["07/01/2025", "AC", "A1", "607000", "Fournisseur", "1 502,57 D"],
  ["07/01/2025", "AC", "A1", "401000", "Fournisseur", "1 502,57 C"],
  ["12/02/2025", "VE", "AV1", "709000", "Remise client FA1", "100,00 D"],
  ["12/02/2025", "VE", "AV1", "445710", "Remise client FA1", "20,00 D"],
  ["12/02/2025", "VE", "AV1", "411000", "Remise client FA1", "120,00 C"],
  ["20/02/2025", "VE", "FA2", "411000", "Facture FA2", "3 958,93 D"],
  ["20/02/2025", "VE", "FA2", "706000", "Facture FA2", "3 299,11 C"],
  ["20/02/2025", "VE", "FA2", "445710", "Facture FA2", "659,82 C"],
];

describe("a Montant column with its side after the amount, in a journal", () => {
  it("reads C as a credit and D as a debit of the account beside it, said with the first value", () => {
    const j = toJson(compute(table(H, ROWS)));
    // 706 credits 5 924,30 + 3 299,11 = 9 223,41; 709 debit 100,00 a discount: 9 123,41.
    expect([j.caop, j.gross_sales, j.deductions.discount]).toEqual(["9123.41", "9223.41", "100.00"]);
    expect(j.months.map((m) => [m.period, m.caop])).toEqual([
      ["2025-01", "5924.30"],
      ["2025-02", "3199.11"],
    ]);
    const note = j.diagnostics.find((d) => d.code === "amount_side_suffix");
    expect([note?.row, note?.column, note?.value]).toEqual([2, "Montant", "7 109,16 D"]);
    expect(j.diagnostics.some((d) => d.code === "amount_unreadable")).toBe(false);
  });

  it("without an account column the side stays unread (a statement's C may be a credit memo)", () => {
    const noAccount = table(
      ["Date", "Libellé", "Montant"],
      ROWS.map((r) => [r[0], r[4], r[5]]),
    );
    const j = toJson(compute(noAccount));
    expect(j.diagnostics.some((d) => d.code === "amount_side_suffix")).toBe(false);
    expect(j.diagnostics.some((d) => d.code === "amount_unreadable")).toBe(true);
  });

  it("not proven when one value has no side: that column is no side-suffixed one", () => {
    const rows = ROWS.map((r, i) => (i === 9 ? [...r.slice(0, 5), "3 299,11"] : r));
    const j = toJson(compute(table(H, rows)));
    expect(j.diagnostics.some((d) => d.code === "amount_side_suffix")).toBe(false);
  });

  it("streamed in chunks = whole; the note said once", async () => {
    const whole = toJson(compute(table(H, ROWS)));
    // The first chunk holds both sides (a real chunk holds 10 000 rows and more).
    for (const sizes of [[2], [3, 3], [5]])
      expect(toJson(await computeChunks(source(split(table(H, ROWS), sizes))))).toEqual(whole);
  });
});
