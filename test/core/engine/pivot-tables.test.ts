/** Excel pivot tables pasted as values (evidence/pivot-tables.ts): read from Excel's own words, proven by their totals. */
import { compute } from "../../../src/core/engine";
import { toJson } from "../../../src/core/report";
import type { CellValue, RawTable } from "../../../src/core/types";
import { table } from "./chunking";

/** The CA OP, its months and the codes of the diagnostics of a table. */
function read(t: RawTable): { caop: string; months: string[][]; codes: string[] } {
  const r = toJson(compute(t));
  return {
    caop: r.caop,
    months: r.months.map((m) => [m.period, m.caop]),
    codes: r.diagnostics.map((d) => d.code),
  };
}

/** A table with a title row above its header (the row Excel writes above a cross-tab). */
function titled(headers: string[], rows: CellValue[][], titles: string[]): RawTable {
  return { ...table(headers, rows), firstRow: 3, titles };
}

describe("a pivot of months alone (Row Labels | Sum of X)", () => {
  const t = table(
    ["Row Labels", "Sum of Net Amount"],
    [
      ["Jan-25", 1000.5],
      ["Feb-25", 2000],
      ["Mar-25", 499.5],
      ["Grand Total", 3500],
    ],
  );

  it("one line per month; the grand total (equal to their sum) never counted", () => {
    const r = read(t);
    expect([r.caop, r.months]).toEqual([
      "3500.00",
      [
        ["2025-01", "1000.50"],
        ["2025-02", "2000.00"],
        ["2025-03", "499.50"],
      ],
    ]);
    const note = toJson(compute(t)).diagnostics.find((d) => d.code === "pivot_months");
    expect([note?.row, note?.column, note?.value]).toEqual([2, "Row Labels", "Jan-25"]);
  });

  it("the French Excel's words read alike (Étiquettes de lignes | Somme de Montant | Total général)", () => {
    const fr = table(
      ["Étiquettes de lignes", "Somme de Montant HT"],
      [
        ["janv.-25", "1 000,50"],
        ["févr.-25", "2 000,00"],
        ["Total général", "3 000,50"],
      ],
    );
    expect(read(fr).caop).toBe("3000.50");
  });

  it("a grand total that is not the months' sum: not proven, refused as before", () => {
    const bad = table(t.headers, [...t.rows.slice(0, 3), ["Grand Total", 9999]]);
    expect(() => compute(bad)).toThrow();
  });

  it("a value field that is no money (Count of, Somme de Quantité) is not read", () => {
    expect(() => compute(table(["Row Labels", "Count of Invoice"], t.rows))).toThrow();
    expect(() => compute(table(["Étiquettes de lignes", "Somme de Quantité"], t.rows))).toThrow();
  });

  it("row labels that are not months (customers) are not read as months", () => {
    const clients = table(
      ["Row Labels", "Sum of Net Amount"],
      [
        ["Dupont", 100],
        ["Martin", 200],
        ["Grand Total", 300],
      ],
    );
    expect(() => compute(clients)).toThrow();
  });
});

describe("a compact pivot (a month row, its accounts below it)", () => {
  const t = table(
    ["Étiquettes de lignes", "Somme de Crédit - Débit"],
    [
      ["janv. 2025", 1100],
      ["706000", 1200],
      ["709000", -100],
      ["févr. 2025", 5500],
      ["706000", 500],
      ["775000", 5000],
      ["Total général", 6600],
    ],
  );

  it("the accounts take the month above; the month row is their subtotal, no line; 775 is no sale", () => {
    const r = read(t);
    expect([r.caop, r.months]).toEqual([
      "1600.00",
      [
        ["2025-01", "1100.00"],
        ["2025-02", "500.00"],
      ],
    ]);
    expect(r.codes).toContain("pivot_compact");
  });

  it("a month row that is not the sum of its accounts: not proven, refused as before", () => {
    const bad = table(t.headers, [["janv. 2025", 1000], ...t.rows.slice(1, 3)]);
    expect(() => compute(bad)).toThrow();
  });
});

describe("a cross-tab: months in rows, accounts or segments in columns", () => {
  const accounts = titled(
    ["Étiquettes de lignes", "706000", "709000", "775000", "Total général"],
    [
      ["janv. 2025", 1000, -50, null, 950],
      ["févr. 2025", 2000, null, 15000, 17000],
      ["Total général", 3000, -50, 15000, 17950],
    ],
    ["Somme de Solde Étiquettes de colonnes"],
  );

  it("by account: one line per month and account, read by the PCG (709 a deduction, 775 excluded)", () => {
    const r = read(accounts);
    expect([r.caop, r.months]).toEqual([
      "2950.00",
      [
        ["2025-01", "950.00"],
        ["2025-02", "2000.00"],
      ],
    ]);
    expect(r.codes).toContain("pivot_accounts");
    const j = toJson(compute(accounts));
    expect(j.excluded.asset_disposal).toEqual({ count: 1, amount: "15000.00" });
  });

  it("by segment: one line per month and segment (months as Excel's date serials)", () => {
    const seg = titled(
      ["Row Labels", "Mobilier", "Luminaires", "Grand Total"],
      [
        [45658, 100, 200, 300],
        [45689, 50, 0, 50],
        ["Grand Total", 150, 200, 350],
      ],
      ["Sum of Net Sales Column Labels"],
    );
    const r = read(seg);
    expect([r.caop, r.months]).toEqual([
      "350.00",
      [
        ["2025-01", "300.00"],
        ["2025-02", "50.00"],
      ],
    ]);
    const note = toJson(compute(seg)).diagnostics.find((d) => d.code === "pivot_segments");
    expect(note?.value).toBe("2025-01");
  });

  it("a Grand Total column that is not its row's sum: not proven, refused as before", () => {
    const bad = { ...accounts, rows: [["janv. 2025", 1000, -50, null, 999]] };
    expect(() => compute(bad)).toThrow();
  });

  it("without the value field above it (no title), not read", () => {
    expect(() => compute({ ...accounts, titles: undefined })).toThrow();
  });
});

describe("a tabular pivot without repeated item labels", () => {
  const t = table(
    ["Mois", "Compte", "Somme de Montant"],
    [
      ["janv. 2025", "706000", 1000],
      [null, "708500", 200],
      [null, "709000", -100],
      ["Total janv. 2025", null, 1100],
      ["févr. 2025", "706000", 500],
      [null, "775000", 5000],
      ["Total févr. 2025", null, 5500],
      ["Total général", null, 6600],
    ],
  );

  it("the blank rows take their group's month, proven by its Total row; the totals are no lines", () => {
    const r = read(t);
    expect([r.caop, r.months]).toEqual([
      "1600.00",
      [
        ["2025-01", "1100.00"],
        ["2025-02", "500.00"],
      ],
    ]);
    expect(r.codes).toEqual(expect.arrayContaining(["pivot_tabular"]));
    expect(r.codes).not.toContain("date_empty");
    expect(r.codes).not.toContain("date_unreadable");
  });

  it("a group's Total that is not its sum proves nothing: read as before (the blank rows ignored)", () => {
    const bad = table(t.headers, [...t.rows.slice(0, 3), ["Total janv. 2025", null, 9999]]);
    const r = read(bad);
    expect(r.codes).not.toContain("pivot_tabular");
    expect(r.codes).toContain("date_empty");
  });

  it("the same with the labels repeated reads as before (no filling said)", () => {
    const repeated = table(t.headers, [
      ["janv. 2025", "706000", 1000],
      ["janv. 2025", "708500", 200],
      ["janv. 2025 Total", null, 1200],
    ]);
    const r = read(repeated);
    expect(r.caop).toBe("1200.00");
    expect(r.codes).not.toContain("pivot_tabular");
  });
});

describe("false positives: ordinary tables read exactly as before", () => {
  it("a sales list whose amount header says Total, under a title row", () => {
    const list = titled(
      ["Date", "Client", "Total HT"],
      [
        ["15/01/2025", "Dupont", 100],
        [null, "Martin", 50],
        ["Total janvier", null, 150],
      ],
      ["Ventes janvier 2025"],
    );
    const r = read(list);
    expect(r.codes.filter((c) => c.startsWith("pivot_"))).toEqual([]);
    // Its blank date stays blank: no month is filled down without Excel's value field.
    expect(r.codes).toContain("date_empty");
  });

  it("a ledger with account headings and a balance by month are no pivots", () => {
    const ledger = table(
      ["Date", "Libellé", "Montant"],
      [
        ["706000 Ventes", null, null],
        ["15/01/2025", "Facture 1", 100],
        ["Total 706000", null, 100],
      ],
    );
    expect(read(ledger).codes.filter((c) => c.startsWith("pivot_"))).toEqual([]);
    const balance = table(
      ["Compte", "Intitulé", "janv. 2025", "févr. 2025", "Total"],
      [
        ["706000", "Ventes", 1000, 2000, 3000],
        ["709000", "RRR", -100, 0, -100],
      ],
    );
    const r = read(balance);
    expect(r.codes).toContain("balance_by_month");
    expect(r.codes.filter((c) => c.startsWith("pivot_"))).toEqual([]);
  });

  it("the user's own date or amount column wins over the pivot reading", () => {
    const t = table(
      ["Row Labels", "Sum of Net Amount"],
      [
        ["Jan-25", 10],
        ["Feb-25", 20],
      ],
    );
    expect(() => compute(t, { mapping: { date: "Row Labels" } })).not.toThrow();
    const r = toJson(compute(t, { mapping: { date: "Row Labels" } }));
    expect(r.diagnostics.map((d) => d.code)).not.toContain("pivot_months");
  });
});
