/**
 * The columnar fast path (issue 12) against the straightforward row-by-row path: on random tables
 * (text amounts with both marks, ambiguous and unreadable texts, blanks, error cells, currencies,
 * text and serial dates, two-digit years, OP flags, natures, credit notes, manual decisions), both
 * give the same JSON, the same diagnostics in the same order and the same line table, whole and in chunks.
 */
import fc from "fast-check";
import { computeChunks } from "../../../src/core/chunks";
import { compute, lineKeys, type EngineOptions, type EngineResult } from "../../../src/core/engine";
import { toJson } from "../../../src/core/report";
import type { CellValue, Decisions, Diagnostic, RawTable } from "../../../src/core/types";
import { split, table } from "./chunking";

const ACCOUNTS: CellValue[] = [
  "706000",
  "707000",
  706100,
  "709000",
  "709700",
  "775000",
  "740000",
  "411000",
  "761000",
  " 706 000",
  "",
  null,
  { error: "#N/A" },
];
const LABELS: CellValue[] = [
  "Prestation",
  "Vente de marchandises",
  "Remise fidélité",
  "Avoir client",
  "Stage de remise à niveau",
  "Subvention Région",
  "Cession chariot",
  "Retour d'expérience",
  "Rabais",
  "",
  { error: "#REF!" },
];
const NATURES: CellValue[] = ["Vente", "Remise", "Retour", "Cession d'actif", "", "Divers"];
const FLAGS: CellValue[] = ["X", "", "oui", "non", "peut-être", 1, 0, true, null];
/** OP flags of one convention: marks only ("X / empty") or explicit values. */
const MARK_FLAGS: CellValue[] = ["X", "", "x", null];
const EXPLICIT_FLAGS: CellValue[] = ["oui", "non", 1, 0, true, "", "peut-être", null];
const DOCS: CellValue[] = ["Facture", "Avoir", "", "Facture d'avoir"];
const CURRENCIES: CellValue[] = ["EUR", "€", "", "eur"];
const DATES: CellValue[] = [
  45300,
  45400.5,
  45658,
  "15/01/2025",
  "03/02/2025",
  "2025-03-31",
  "31/12/24",
  "",
  "pas une date",
  { error: "#VALUE!" },
  null,
  -3,
];

/** Sens values of a Montant/Sens table: letters, words, numeric forms (diagnosed once), unreadable. */
const SENS: CellValue[] = ["C", "D", "C", "D", " c", "Débit", "CREDIT", "+1", "-1", "?", ""];

/** One amount cell: numbers (0–4 decimals), texts with "," or "." marks, groups, currencies, blanks, errors. */
const amountArb: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: -5_000_000, max: 5_000_000 }).map((c) => c / 100) },
  { weight: 1, arbitrary: fc.integer({ min: -50_000, max: 50_000 }).map((c) => c / 10_000) },
  {
    weight: 4,
    arbitrary: fc
      .tuple(
        fc.integer({ min: 0, max: 2_000_000 }),
        fc.integer({ min: 0, max: 99 }),
        fc.constantFrom(",", "."),
        fc.boolean(),
        fc.boolean(),
      )
      .map(([units, cents, mark, grouped, neg]) => {
        const other = mark === "," ? "." : ",";
        const u = grouped
          ? units.toLocaleString("en").replace(/,/g, other === "." ? "." : "\u00a0")
          : `${units}`;
        return `${neg ? "-" : ""}${u}${mark}${String(cents).padStart(2, "0")}`;
      }),
  },
  { weight: 1, arbitrary: fc.constantFrom<CellValue>(0, -0, "0,00", "-0.00", 1, -1, 100) },
  {
    weight: 2,
    arbitrary: fc.constantFrom<CellValue>(
      "1,234",
      "1.234",
      "22.368",
      "12,00 €",
      "abc",
      "",
      "  ",
      null,
      { error: "#N/A" },
      "(45,10)",
      true,
      "0,5",
    ),
  },
);

const lineArb = fc.record({
  date: fc.constantFrom(...DATES),
  account: fc.constantFrom(...ACCOUNTS),
  label: fc.constantFrom(...LABELS),
  nature: fc.constantFrom(...NATURES),
  flag: fc.constantFrom(...FLAGS),
  doc: fc.constantFrom(...DOCS),
  currency: fc.constantFrom(...CURRENCIES),
  a: amountArb,
  b: amountArb,
  blank: fc.nat({ max: 20 }),
});
type Line = typeof lineArb extends fc.Arbitrary<infer T> ? T : never;

/** Which optional columns a table has, and its amount layout. */
const shapeArb = fc.record({
  layout: fc.constantFrom("amount", "amount", "debit_credit", "direction"),
  nature: fc.boolean(),
  flag: fc.boolean(),
  doc: fc.boolean(),
  currency: fc.boolean(),
  /** "mixed": any flag value per line; else the flags of one convention. */
  flagStyle: fc.constantFrom("mixed", "marks", "explicit"),
});
type Shape = typeof shapeArb extends fc.Arbitrary<infer T> ? T : never;

/** The random table of a shape and lines (a line drawn with blank 0 is an empty row). */
function tableOf(shape: Shape, lines: Line[]): RawTable {
  const headers = ["Date", "Compte", "Libellé"];
  if (shape.nature) headers.push("Nature");
  if (shape.flag) headers.push("OP");
  if (shape.doc) headers.push("Type pièce");
  if (shape.currency) headers.push("Devise");
  if (shape.layout === "amount") headers.push("Montant");
  else if (shape.layout === "debit_credit") headers.push("Débit", "Crédit");
  else headers.push("Montant", "Sens");
  const rows = lines.map((l): CellValue[] => {
    if (l.blank === 0) return headers.map(() => "");
    const row: CellValue[] = [l.date, l.account, l.label];
    if (shape.nature) row.push(l.nature);
    if (shape.flag) {
      const style =
        shape.flagStyle === "marks" ? MARK_FLAGS : shape.flagStyle === "explicit" ? EXPLICIT_FLAGS : null;
      row.push(style === null ? l.flag : style[FLAGS.indexOf(l.flag) % style.length]);
    }
    if (shape.doc) row.push(l.doc);
    if (shape.currency) row.push(l.currency);
    if (shape.layout === "amount") row.push(l.a);
    else if (shape.layout === "debit_credit")
      row.push(l.blank % 3 === 0 ? l.a : "", l.blank % 3 === 1 ? "" : l.b);
    else row.push(l.a, SENS[l.blank % SENS.length]);
    return row;
  });
  return { headers, rows, firstRow: 2, source: "random" };
}

/**
 * The table as a file reader may give it: row numbers with gaps (rows it rebuilt or skipped) and
 * rows it could not split, diagnosed as errors (with their amount when known): never counted.
 */
function withReader(table: RawTable, gaps: number[], unusable: number[]): RawTable {
  if (gaps.length === 0 || table.rows.length === 0) return table;
  let at = table.firstRow;
  const rowNumbers = table.rows.map((_, i) => (at += 1 + (gaps[i % gaps.length] ?? 0)));
  const readDiagnostics: Diagnostic[] = unusable.map((u, k) => ({
    row: rowNumbers[u % rowNumbers.length],
    column: "",
    value: "a;b;c",
    message: "ligne inutilisable",
    messageEn: "unusable row",
    code: "row_unusable",
    severity: "error",
    amount: k % 2 === 0 ? "12.50" : undefined,
  }));
  return { ...table, rowNumbers, readDiagnostics };
}

/** Manual decisions on the lines picked by `picks` (indexes modulo the row count). */
function decisionsOf(table: RawTable, picks: number[]): Decisions | undefined {
  if (picks.length === 0 || table.rows.length === 0) return undefined;
  let keys: string[];
  try {
    keys = lineKeys(table, compute(table, { fastPath: false }).mapping);
  } catch {
    return undefined;
  }
  const out: Decisions = {};
  picks.forEach((p, k) => {
    out[keys[p % keys.length]] = {
      scope: k % 2 === 0 ? "exceptional" : "op",
      kind: k % 3 === 0 ? "rebate" : undefined,
    };
  });
  return out;
}

/** The line table as plain rows (classification resolved), for a readable comparison. */
function lineRows(r: EngineResult): unknown[] {
  const l = r.lines;
  const out: unknown[] = [];
  for (let i = 0; i < l.count; i++) {
    const ci = l.classification[i];
    out.push([
      l.rowNumber[i],
      l.period[i],
      l.kind[i],
      l.scope[i],
      ci,
      ci >= 0 ? r.classifications[ci] : null,
      Number.isNaN(l.cents[i]) ? l.exact.get(i)?.toString() : l.cents[i],
    ]);
  }
  return out;
}

/** compute's outcome: the result, or the thrown error's message (several currencies, missing columns). */
function outcome(table: RawTable, options: EngineOptions): { r: EngineResult | null; error: string } {
  try {
    return { r: compute(table, options), error: "" };
  } catch (e) {
    return { r: null, error: String(e) };
  }
}

describe("fast path = straightforward path on random tables", () => {
  it("same JSON, diagnostics (in order), classifications and line table", () => {
    fc.assert(
      fc.property(
        shapeArb,
        fc.array(lineArb, { maxLength: 40 }),
        fc.array(fc.nat(), { maxLength: 3 }),
        fc.constantFrom<"fr" | "en">("fr", "en"),
        fc.boolean(),
        fc.array(fc.nat({ max: 3 }), { maxLength: 40 }),
        fc.array(fc.nat(), { maxLength: 3 }),
        (shape, lines, picks, locale, strict, gaps, unusable) => {
          const table = withReader(tableOf(shape, lines), gaps, unusable);
          const decisions = decisionsOf(table, picks);
          const options: EngineOptions = { locale, strict, decisions };
          const fast = outcome(table, options);
          const straight = outcome(table, { ...options, fastPath: false });
          expect(fast.error).toBe(straight.error);
          if (fast.r === null || straight.r === null) return;
          expect(toJson(fast.r)).toEqual(toJson(straight.r));
          expect(fast.r.diagnostics).toEqual(straight.r.diagnostics);
          expect(fast.r.classifications).toEqual(straight.r.classifications);
          expect(lineRows(fast.r)).toEqual(lineRows(straight.r));
          expect(fast.r.saleSigns).toEqual(straight.r.saleSigns);
        },
      ),
      { numRuns: 250 },
    );
  });

  /** computeChunks' JSON with diagnostics sorted (chunks diagnose in chunk order), or the error thrown. */
  async function chunked(table: RawTable, sizes: number[], fastPath: boolean): Promise<unknown> {
    const source = async function* (): AsyncGenerator<RawTable> {
      yield* split(table, sizes);
    };
    try {
      return sorted(toJson(await computeChunks(source, { fastPath })));
    } catch (e) {
      return String(e);
    }
  }
  const sorted = (j: ReturnType<typeof toJson>): ReturnType<typeof toJson> => ({
    ...j,
    diagnostics: [...j.diagnostics].sort((a, b) => a.row - b.row || a.code.localeCompare(b.code)),
  });

  it("chunked: the fast path in chunks = the straightforward path in chunks = the whole table", async () => {
    await fc.assert(
      fc.asyncProperty(
        shapeArb,
        fc.array(lineArb, { minLength: 1, maxLength: 40 }),
        fc.array(fc.integer({ min: 1, max: 15 }), { minLength: 1, maxLength: 4 }),
        async (shape, lines, sizes) => {
          const table = tableOf(shape, lines);
          const fast = await chunked(table, sizes, true);
          expect(fast).toEqual(await chunked(table, sizes, false));
          // Known gap of chunks.ts (not of the fast path): an OP column mixing marks ("X") with explicit
          // values (TRUE, Oui) is read "X / empty" when the first chunk holds only marks.
          if (shape.flag && shape.flagStyle === "mixed") return;
          const whole = outcome(table, { fastPath: false });
          expect(fast).toEqual(whole.r === null ? whole.error : sorted(toJson(whole.r)));
        },
      ),
      { numRuns: 200 },
    );
  });

  it("reads a table of 300,000 text dates and text amounts (as a CSV gives them) like the straightforward path", () => {
    const rows: CellValue[][] = [];
    for (let i = 0; i < 300_000; i++) {
      rows.push([
        `${String((i % 28) + 1).padStart(2, "0")}/0${(i % 9) + 1}/2025`,
        i % 5 ? "706000" : "709000",
        "Vente",
        `${i},5${i % 10}`,
      ]);
    }
    const table: RawTable = {
      headers: ["Date", "Compte", "Libellé", "Montant"],
      rows,
      firstRow: 2,
      source: "t",
    };
    const fast = compute(table);
    expect(toJson(fast)).toEqual(toJson(compute(table, { fastPath: false })));
    expect(fast.months).toHaveLength(9);
  });

  it("a numeric Sens on a credit note is diagnosed (the credit-note evidence read before the pass does not use up the once-per-table diagnostic)", () => {
    const table: RawTable = {
      headers: ["Date", "Compte", "Libellé", "Type pièce", "Montant", "Sens"],
      rows: [[45300, "706000", "Prestation", "Facture d'avoir", "10,00", "+1"]],
      firstRow: 2,
      source: "t",
    };
    for (const fastPath of [true, false]) {
      expect(compute(table, { fastPath }).diagnostics.map((d) => d.code)).toContain("sens_plus_minus_one");
    }
  });
});

describe("yyyymm periods (202501)", () => {
  it("give the same months on the fast path and the straightforward one, as text or number", () => {
    const t = table(
      ["Période", "Compte", "Montant"],
      [
        ["202501", "706000", "100,00"],
        [202502, "706000", "250,50"],
        ["202412", "709000", "-10,00"],
      ],
    );
    const fast = toJson(compute(t));
    expect(fast.months.map((m) => [m.period, m.caop])).toEqual([
      ["2024-12", "-10.00"],
      ["2025-01", "100.00"],
      ["2025-02", "250.50"],
    ]);
    expect(fast.diagnostics.map((d) => d.code)).not.toContain("two_digit_year");
    expect(toJson(compute(t, { fastPath: false }))).toEqual(fast);
  });
});
