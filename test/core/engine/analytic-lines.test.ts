/** Entries exported with their analytic lines (Type ligne G / A): the A lines are not counted again. */
import { computeChunks } from "../../../src/core/chunks";
import { compute } from "../../../src/core/engine";
import { toJson } from "../../../src/core/report";
import { source, split, table } from "./chunking";

const HEADERS = ["Date", "Pièce", "Compte", "Type ligne", "Section", "Libellé", "Débit", "Crédit"];
const entries = table(HEADERS, [
  ["15/01/2025", "FA1", "706000", "G", "", "Facture Durand", "", "1 200,00"],
  ["15/01/2025", "FA1", "706000", "A", "CONSEIL", "Facture Durand", "", "800,00"],
  ["15/01/2025", "FA1", "706000", "A", "FORMATION", "Facture Durand", "", "400,00"],
  ["31/01/2025", "AV1", "709000", "G", "", "Remise Durand", "100,00", ""],
  ["31/01/2025", "AV1", "709000", "A", "CONSEIL", "Remise Durand", "100,00", ""],
]);

describe("analytic lines beside their general line", () => {
  it("are set apart, said once with their count: the entry counts once", () => {
    const r = toJson(compute(entries));
    expect([r.caop, r.deductions.discount]).toEqual(["1100.00", "100.00"]);
    expect(r.diagnostics.map((d) => [d.code, d.row, d.column, d.value])).toEqual([
      ["analytic_lines", 3, "Type ligne", "A"],
    ]);
  });

  it("not when the column holds another value, or only one of the two codes", () => {
    const other = table(HEADERS, [
      ...entries.rows,
      ["01/02/2025", "FA2", "706000", "X", "", "Vente", "", "50,00"],
    ]);
    expect(toJson(compute(other)).caop).toBe("2250.00");
    const onlyA = table(
      HEADERS,
      entries.rows.filter((r) => r[3] === "A"),
    );
    expect(toJson(compute(onlyA)).caop).toBe("1100.00");
  });

  it("read in chunks, analytic lines proven only by a later chunk: the file is read again", async () => {
    const sales = table(HEADERS, [
      ...entries.rows.slice(0, 3),
      ["20/01/2025", "FA2", "706000", "G", "", "Facture Martin", "", "1 000,00"],
      ["20/01/2025", "FA2", "706000", "A", "CONSEIL", "Facture Martin", "", "1 000,00"],
    ]);
    const whole = toJson(compute(sales));
    expect(whole.caop).toBe("2200.00");
    // The second chunk holds analytic lines only: alone, it cannot tell them.
    const r = toJson(await computeChunks(source(split(sales, [1, 2]))));
    expect([r.caop, r.months, r.diagnostics]).toEqual([whole.caop, whole.months, whole.diagnostics]);
  });

  it("read in chunks, a chunk of analytic lines only follows the proof of an earlier one", async () => {
    const whole = toJson(compute(entries));
    const r = toJson(await computeChunks(source(split(entries, [1, 2]))));
    expect([r.caop, r.months, r.diagnostics]).toEqual([whole.caop, whole.months, whole.diagnostics]);
  });
});
