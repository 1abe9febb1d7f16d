/**
 * Every error path: the Excel error, its message in the user's language naming row, column and
 * value; and every call settles (a value or a CustomFunctions.Error, never a raw exception or a
 * pending promise), on the shapes below and on random arguments.
 */
import fc from "fast-check";
import { resetFunctionContext, setFunctionContext } from "../../src/functions/context";
import { clip, FunctionError, MAX_MESSAGE_LENGTH, toExcelError } from "../../src/functions/errors";
import { loadExcel, StubError, type FakeExcel, type Outcome } from "./excel";
import { copy, FURNITURE, segmentsTable, serial } from "./sheets";

let excel: FakeExcel;
beforeAll(async () => {
  excel = await loadExcel();
});
beforeEach(() => {
  resetFunctionContext();
  setFunctionContext({ settings: () => null, formattedNumbers: false });
});

const errorOf = (o: Outcome): { error: string; message?: string } => {
  if (!("error" in o)) throw new Error(`expected an error, got ${JSON.stringify(o.value)}`);
  return o;
};

/** A sales range whose sheet row 17 (data row 16) holds an unreadable amount. */
function row17(value: unknown): unknown[][] {
  const sheet: unknown[][] = [["Date", "Compte", "Libellé", "Montant"]];
  for (let i = 0; i < 16; i++) sheet.push([serial(2025, 1, 1 + i), 706000, "Prestation", 100]);
  sheet[16][3] = value;
  return sheet;
}

describe("lines the engine cannot use", () => {
  it('#VALUE! "ligne 17 : montant illisible « abc »"', async () => {
    const e = errorOf(await excel.call("CAOP", [row17("abc")]));
    expect(e.error).toBe("#VALUE!");
    expect(e.message).toBe("ligne 17 : montant illisible « abc » (colonne « Montant »)");
  });

  it("in English for an English Excel", async () => {
    setFunctionContext({ lang: "en" });
    const e = errorOf(await excel.call("CAOP", [row17("abc")]));
    expect(e.message).toBe('row 17: unreadable amount "abc" (column "Montant")');
  });

  it("the display language comes from Office when the host gives it", async () => {
    resetFunctionContext();
    setFunctionContext({ settings: () => null, formattedNumbers: false });
    const g = globalThis as unknown as { Office?: unknown };
    g.Office = { context: { displayLanguage: "en-GB" } };
    try {
      expect(errorOf(await excel.call("CAOP", [row17("abc")])).message).toMatch(/^row 17: unreadable amount/);
      g.Office = { context: { displayLanguage: "fr-CA" } };
      expect(errorOf(await excel.call("CAOP", [row17("abc")])).message).toMatch(
        /^ligne 17 : montant illisible/,
      );
    } finally {
      delete g.Office;
    }
  });

  it("counts the further lines in error", async () => {
    const sheet = row17("abc");
    sheet[5][3] = "n/a";
    sheet[6][0] = "pas une date";
    const e = errorOf(await excel.call("CAOP", [sheet]));
    expect(e.message).toBe(
      "ligne 6 : montant illisible « n/a » (colonne « Montant ») (et 2 autre(s) ligne(s) en erreur)",
    );
  });

  it.each([
    ["an empty amount", "", "ligne 17 : montant vide (colonne « Montant »)"],
    ["an unreadable date", null, "ligne 17 : date illisible « 32/13/2025 » (colonne « Date »)"],
  ])("%s", async (_k, amount, expected) => {
    const sheet = row17(amount === null ? 100 : amount);
    if (amount === null) sheet[16][0] = "32/13/2025";
    expect(errorOf(await excel.call("CAOP", [sheet])).message).toBe(expected);
  });

  it("every table function reports the same line", async () => {
    for (const [id, args] of [
      ["CAOP.VAR", [row17("abc"), "2025-01"]],
      ["CAOP.BY", [row17("abc"), "Compte"]],
      ["CAOP.TOP", [row17("abc"), "Compte"]],
      ["CAOP.ALERTS", [row17("abc"), "Compte"]],
    ] as const) {
      const e = errorOf(await excel.call(id, [...args]));
      expect([id, e.error, e.message]).toEqual([
        id,
        "#VALUE!",
        "ligne 17 : montant illisible « abc » (colonne « Montant »)",
      ]);
    }
  });
});

describe("unusable tables", () => {
  it("a missing required column is named, with the headers found", async () => {
    const e = errorOf(
      await excel.call("CAOP", [
        [
          ["Date", "Libellé", "Client"],
          [serial(2025, 1, 1), "Vente", "Dupont"],
        ],
      ]),
    );
    expect(e.error).toBe("#VALUE!");
    expect(e.message).toBe(
      "colonne obligatoire absente : Montant (amount) ; en-têtes trouvés : Date, Libellé, Client",
    );
    setFunctionContext({ lang: "en" });
    const en = errorOf(await excel.call("CAOP", [[["Montant"], [5]]]));
    expect(en.message).toBe("required column missing: Date (date); headers found: Montant");
  });

  it("a single value instead of a range", async () => {
    const e = errorOf(await excel.call("CAOP", [42]));
    expect(e.error).toBe("#VALUE!");
    expect(e.message).toMatch(/colonne obligatoire absente/);
  });
});

describe("bad arguments", () => {
  const cases: [string, unknown[], string, RegExp | string][] = [
    [
      "unknown field",
      [segmentsTable(), null, "Région", "Nord"],
      "#VALUE!",
      /^champ inconnu « Région » : ni un en-tête du tableau \(Date, Compte, Libellé, Segment, Commercial, Montant HT\) ni un champ \(/,
    ],
    [
      "field id without a column",
      [segmentsTable(), null, "client", "X"],
      "#VALUE!",
      "le champ « client » n'a pas de colonne dans ce tableau ; en-têtes trouvés : Date, Compte, Libellé, Segment, Commercial, Montant HT",
    ],
    [
      "value without field",
      [segmentsTable(), null, null, "Mobilier"],
      "#VALUE!",
      /^une valeur « Mobilier » est donnée sans champ/,
    ],
    [
      "field without value",
      [segmentsTable(), null, "Segment"],
      "#VALUE!",
      /^le champ « Segment » est donné sans valeur/,
    ],
    ["bad period", [segmentsTable(), "2025-13"], "#VALUE!", /2025-13/],
    ["bad period text", [segmentsTable(), "hier"], "#VALUE!", /hier/],
  ];
  it.each(cases)("CAOP: %s", async (_k, args, code, message) => {
    const e = errorOf(await excel.call("CAOP", args));
    expect(e.error).toBe(code);
    if (typeof message === "string") expect(e.message).toBe(message);
    else expect(e.message).toMatch(message);
  });

  it.each([
    ["CAOP.VAR", [segmentsTable(), "2025-02", "QOQ"], /^type de variation inconnu « QOQ »/],
    [
      "CAOP.TOP",
      [segmentsTable(), "Segment", -2],
      /^le nombre de valeurs doit être un entier positif, pas « -2 »/,
    ],
    ["CAOP.TOP", [segmentsTable(), "Segment", 1.5], /pas « 1.5 »/],
    ["CAOP.TOP", [segmentsTable(), null], /^préciser le champ/],
    ["CAOP.BY", [segmentsTable(), "Vendeur"], /^champ inconnu « Vendeur »/],
    ["CAOP.ALERTS", [segmentsTable(), "Segment", "beaucoup"], /^seuil de baisse illisible « beaucoup »/],
    ["CAOP.ALERTS", [segmentsTable(), "Segment", 150], /^seuil de baisse illisible « 150 »/],
    [
      "CAOP.ALERTS",
      [segmentsTable(), "Segment", null, 0.5],
      /^le nombre de mois doit être un entier positif/,
    ],
    ["CAOP.NET", [[[100], ["abc"]]], "montant illisible « abc » (argument ventes, valeur n° 2)"],
    ["CAOP.NET", [100, [[1], [true]]], "montant illisible « TRUE » (argument remises, valeur n° 2)"],
  ] as [string, unknown[], RegExp | string][])("%s %#", async (id, args, message) => {
    const e = errorOf(await excel.call(id, args));
    expect(e.error).toBe("#VALUE!");
    if (typeof message === "string") expect(e.message).toBe(message);
    else expect(e.message).toMatch(message);
  });

  it("error values as arguments come back as the same error", async () => {
    expect(errorOf(await excel.call("CAOP.NET", [100, [[new StubError("#DIV/0!")]]])).error).toBe("#DIV/0!");
    expect(errorOf(await excel.call("CAOP.ISOP", [new StubError("#N/A")])).error).toBe("#N/A");
    expect(errorOf(await excel.call("CAOP.BY", [segmentsTable(), new StubError("#NUM!")])).error).toBe(
      "#NUM!",
    );
    // #REF! and #NAME? cannot be returned by a custom function: #VALUE! with the message.
    const ref = errorOf(await excel.call("CAOP.TOP", [segmentsTable(), "Segment", new StubError("#REF!")]));
    expect(ref).toEqual({ error: "#VALUE!", message: "l'argument n contient l'erreur #REF!" });
  });
});

describe("#N/A: nothing to show", () => {
  it("CAOP.BY and CAOP.TOP for a period without lines", async () => {
    const by = errorOf(await excel.call("CAOP.BY", [segmentsTable(), "Segment", "2024-06"]));
    expect(by).toEqual({ error: "#N/A", message: "aucune ligne comptée dans le CA OP pour 2024-06" });
    const top = errorOf(await excel.call("CAOP.TOP", [segmentsTable(), "Segment", 3, "2024"]));
    expect(top.error).toBe("#N/A");
  });

  it("CAOP.ISOP and CAOP.REASON of an empty line", async () => {
    expect(errorOf(await excel.call("CAOP.ISOP", ["", "", ""])).error).toBe("#N/A");
    expect(errorOf(await excel.call("CAOP.REASON", [null])).message).toBe(
      "ligne vide : ni compte, ni libellé, ni nature à classer",
    );
  });

  it("CAOP.REASON of a line that is not revenue says so", async () => {
    const o = await excel.call("CAOP.REASON", [411000, "Client Dupont"]);
    expect(o).toEqual({ value: "compte 411000 hors classe 7 : pas du chiffre d'affaires, ignoré" });
    expect(await excel.call("CAOP.ISOP", [411000, "Client Dupont"])).toEqual({ value: false });
  });
});

describe("messages Excel can show", () => {
  it("long messages are cut to Excel's length with an ellipsis", async () => {
    const headers = Array.from({ length: 60 }, (_, i) => `Colonne numéro ${i + 1}`);
    const e = errorOf(await excel.call("CAOP", [[headers, headers.map(() => 1)]]));
    expect(Array.from(e.message ?? "").length).toBe(MAX_MESSAGE_LENGTH);
    expect(e.message?.endsWith("…")).toBe(true);
    expect(clip("court")).toBe("court");
  });

  it("an unexpected failure is still an Excel error with a message", async () => {
    setFunctionContext({
      settings: () => {
        throw new Error("boom");
      },
    });
    expect(errorOf(await excel.call("CAOP", [copy(FURNITURE)]))).toEqual({
      error: "#VALUE!",
      message: "erreur interne : boom",
    });
  });
});

describe("every call settles", () => {
  const cell = fc.oneof(
    fc.constant(null),
    fc.constant(""),
    fc.constant(0),
    fc.integer(),
    fc.double({ noNaN: false }),
    fc.string({ maxLength: 12 }),
    fc.boolean(),
    fc.constantFrom(
      "2025-01",
      "2025-Q1",
      "janv. 2025",
      "segment",
      "MOM",
      "YOY",
      "Montant",
      "1 234,56 €",
      "#N/A",
    ),
    fc.constant(new StubError("#N/A")),
    fc.constant({ type: "Double", basicValue: 3 }),
    fc.constant({}),
  );
  const matrix = fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 });
  const ids = [
    "CAOP",
    "CAOP.NET",
    "CAOP.ISOP",
    "CAOP.REASON",
    "CAOP.VAR",
    "CAOP.BY",
    "CAOP.TOP",
    "CAOP.ALERTS",
  ];

  it("on random arguments: a value or a CustomFunctions.Error, within the time limit", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...ids),
        fc.array(fc.oneof(cell, matrix), { maxLength: 4 }),
        async (id, args) => {
          const fn = excel.metadata.functions.find((f) => f.id === id);
          const outcome = await excel.call(id, args.slice(0, fn?.parameters.length), { timeoutMs: 2000 });
          expect("value" in outcome || "error" in outcome).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("on a real table with random optional arguments", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...ids), fc.array(cell, { maxLength: 3 }), async (id, rest) => {
        const fn = excel.metadata.functions.find((f) => f.id === id);
        const first = fn?.parameters[0].dimensionality === "matrix" ? segmentsTable() : 701000;
        const outcome = await excel.call(id, [first, ...rest].slice(0, fn?.parameters.length), {
          timeoutMs: 2000,
        });
        expect("value" in outcome || "error" in outcome).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe("without CustomFunctions.Error (CustomFunctionsRuntime 1.1, or outside Excel)", () => {
  it("throws a plain Error with the message instead of failing on the missing class", () => {
    const g = globalThis as unknown as { CustomFunctions?: unknown };
    const saved = g.CustomFunctions;
    delete g.CustomFunctions;
    try {
      const e = toExcelError(new FunctionError("#N/A", { fr: "rien", en: "nothing" }), "fr");
      expect(e).toBeInstanceOf(Error);
      expect(e.message).toBe("rien");
    } finally {
      g.CustomFunctions = saved;
    }
  });
});
