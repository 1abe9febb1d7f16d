/**
 * @jest-environment node
 *
 * Plan rows as columns across the worker boundary (src/taskpane/generate/columns.ts): decoded after
 * a structured clone, they equal the rows sent, whatever they hold (fast-check).
 */
import fc from "fast-check";
import { decodeRows, encodeRows } from "../../../src/taskpane/generate/columns";
import type { PlanCell } from "../../../src/sheet/plan";

const scalar = fc.oneof(
  fc.double(),
  fc.constantFrom(0, -0, 202401, 1234.56),
  fc.constantFrom("OP", "compte 706 → OP", "", "=1+1"),
  fc.string(),
  fc.constant(null),
);
const cell: fc.Arbitrary<PlanCell> = fc.oneof(
  { weight: 8, arbitrary: scalar },
  { weight: 1, arbitrary: fc.boolean() },
  {
    weight: 1,
    arbitrary: fc.record({ formula: fc.constant("=A1"), value: fc.oneof(fc.double(), fc.string()) }),
  },
);

/** Rows of one width whose columns each hold one kind (numbers, texts, or anything), with nulls. */
const columnar = fc
  .integer({ min: 1, max: 6 })
  .chain((width) =>
    fc
      .tuple(
        ...Array.from({ length: width }, () =>
          fc.constantFrom<"number" | "text" | "any">("number", "text", "any"),
        ),
      )
      .chain((kinds) =>
        fc.array(
          fc.tuple(
            ...kinds.map((k) =>
              k === "number"
                ? fc.oneof(fc.double(), fc.constant(null))
                : k === "text"
                  ? fc.oneof(
                      fc.constantFrom("OP", "Hors OP", "compte 709 → remise"),
                      fc.string(),
                      fc.constant(null),
                    )
                  : cell,
            ),
          ),
          { maxLength: 60 },
        ),
      ),
  );

describe("encodeRows / decodeRows", () => {
  it("gives back the rows after a structured clone, cell for cell (-0, NaN and nulls kept)", () => {
    fc.assert(
      fc.property(
        fc.oneof(columnar, fc.array(fc.array(cell, { maxLength: 5 }), { maxLength: 30 })),
        (rows) => {
          const back = decodeRows(structuredClone(encodeRows(rows as PlanCell[][])));
          expect(back).toEqual(rows);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("sends numbers and texts as buffers, each distinct text once", () => {
    const rows: PlanCell[][] = Array.from({ length: 1000 }, (_x, i) => [
      i % 3 === 0 ? "OP" : "Hors OP",
      i % 7 === 0 ? null : i / 100,
    ]);
    const e = encodeRows(rows);
    expect("columns" in e && e.columns.map((c) => c.kind)).toEqual(["text", "number"]);
    if ("columns" in e && e.columns[0].kind === "text") expect(e.columns[0].texts).toEqual(["OP", "Hors OP"]);
    expect(decodeRows(e)).toEqual(rows);
  });

  it("keeps rows of different widths or with holes as they are", () => {
    const ragged: PlanCell[][] = [["a", 1], ["b"]];
    expect(encodeRows(ragged)).toEqual({ rows: ragged });
    const holes: PlanCell[][] = [new Array<PlanCell>(2)];
    expect("rows" in encodeRows(holes)).toBe(true);
  });
});
