/**
 * functions.json (English, from JSDoc) and functions-fr.json (from the French table): parity,
 * Excel's naming rules, the exact French names, and registration of every id.
 */
import { buildMetadata } from "../../scripts/functions-metadata";
import { FRENCH_FUNCTIONS } from "../../src/functions/metadata-fr";
import { frenchMetadata, namingProblems, type Metadata } from "../../src/functions/metadata";
import { loadExcel } from "./excel";

let en: Metadata;
let fr: Metadata;
beforeAll(async () => {
  ({ en, fr } = await buildMetadata());
});

const EN_NAMES = [
  "CAOP",
  "CAOP.NET",
  "CAOP.ISOP",
  "CAOP.REASON",
  "CAOP.VAR",
  "CAOP.BY",
  "CAOP.TOP",
  "CAOP.ALERTS",
];
const FR_NAMES = [
  "CAOP",
  "CAOP.NET",
  "CAOP.ESTOP",
  "CAOP.MOTIF",
  "CAOP.VAR",
  "CAOP.PAR",
  "CAOP.TOP",
  "CAOP.ALERTES",
];

describe("names", () => {
  it("English names are the SPEC's, ids equal to them", () => {
    expect(en.functions.map((f) => f.name)).toEqual(EN_NAMES);
    expect(en.functions.map((f) => f.id)).toEqual(EN_NAMES);
  });

  it("French names are exactly CAOP, CAOP.NET, CAOP.ESTOP, CAOP.MOTIF, CAOP.VAR, CAOP.PAR, CAOP.TOP, CAOP.ALERTES", () => {
    expect(fr.functions.map((f) => f.name)).toEqual(FR_NAMES);
  });

  it("follow Excel's naming rules in both languages", () => {
    for (const f of [...en.functions, ...fr.functions])
      expect([f.name, namingProblems(f)]).toEqual([f.name, []]);
  });

  it("the rules catch what Excel refuses", () => {
    expect(namingProblems({ id: "CA", name: "CA" }).length).toBeGreaterThan(0);
    expect(namingProblems({ id: "1CAOP", name: "CAOP" }).length).toBeGreaterThan(0);
    expect(namingProblems({ id: "CAOP-NET", name: "CAOP" }).length).toBeGreaterThan(0);
    expect(namingProblems({ id: "ABC1", name: "ABC1" }).length).toBeGreaterThan(0);
    expect(namingProblems({ id: "R1C1", name: "R1C1" }).length).toBeGreaterThan(0);
    expect(namingProblems({ id: "CAOP", name: "caop" }).length).toBeGreaterThan(0);
    expect(namingProblems({ id: "CAOP.PAR", name: "CAOP.PAR" })).toEqual([]);
    expect(namingProblems({ id: "CAOP.MOTIF", name: "CAOP.ÉTAT" })).toEqual([]);
  });

  it("are unique in each language", () => {
    expect(new Set(EN_NAMES).size).toBe(EN_NAMES.length);
    expect(new Set(FR_NAMES).size).toBe(FR_NAMES.length);
  });
});

describe("EN/FR parity", () => {
  it("same ids, parameters, types, options and results; only names and help differ", () => {
    expect(fr.functions.map((f) => f.id)).toEqual(en.functions.map((f) => f.id));
    en.functions.forEach((e, i) => {
      const f = fr.functions[i];
      expect([e.id, f.parameters.length]).toEqual([e.id, e.parameters.length]);
      expect(f.result).toEqual(e.result);
      expect(f.options).toEqual(e.options);
      e.parameters.forEach((p, j) => {
        const q = f.parameters[j];
        expect([e.id, j, q.type, q.dimensionality, q.optional]).toEqual([
          e.id,
          j,
          p.type,
          p.dimensionality,
          p.optional,
        ]);
      });
    });
    expect(fr.allowErrorForDataTypeAny).toBe(en.allowErrorForDataTypeAny);
  });

  it("every function and parameter has a name and help in both languages, translated", () => {
    for (const m of [en, fr]) {
      for (const f of m.functions) {
        expect([f.id, (f.description ?? "").length > 10]).toEqual([f.id, true]);
        for (const p of f.parameters)
          expect([f.id, p.name.length > 0, (p.description ?? "").length > 0]).toEqual([f.id, true, true]);
        expect(new Set(f.parameters.map((p) => p.name)).size).toBe(f.parameters.length);
      }
    }
    en.functions.forEach((e, i) => expect(fr.functions[i].description).not.toBe(e.description));
  });

  it("the French table cannot drift: a missing id or a wrong parameter count fails the build", () => {
    const { CAOP: _dropped, ...withoutCaop } = FRENCH_FUNCTIONS;
    expect(() => frenchMetadata(en, withoutCaop)).toThrow(/missing CAOP/);
    const shorter = { ...FRENCH_FUNCTIONS, "CAOP.NET": { ...FRENCH_FUNCTIONS["CAOP.NET"], parameters: [] } };
    expect(() => frenchMetadata(en, shorter)).toThrow(/CAOP.NET: 4 parameters/);
  });
});

describe("what Excel needs from the metadata", () => {
  it("error values in ranges reach the functions (diagnosed with their row)", () => {
    expect(en.allowErrorForDataTypeAny).toBe(true);
  });

  it("optional parameters come last; functions asking for parameter addresses return a matrix", () => {
    for (const f of en.functions) {
      const firstOptional = f.parameters.findIndex((p) => p.optional === true);
      if (firstOptional >= 0)
        expect([f.id, f.parameters.slice(firstOptional).every((p) => p.optional)]).toEqual([f.id, true]);
      if (f.options?.requiresParameterAddresses)
        expect([f.id, f.result.dimensionality]).toEqual([f.id, "matrix"]);
    }
  });

  it("table arguments are matrices of any value", () => {
    for (const f of en.functions.filter((x) => x.parameters[0].name === "table")) {
      expect([f.id, f.parameters[0].dimensionality, f.parameters[0].type]).toEqual([f.id, "matrix", "any"]);
    }
  });

  it("every id is registered to an exported function, as the build's loader does", async () => {
    const excel = await loadExcel();
    expect([...excel.registered.keys()]).toEqual(EN_NAMES);
    for (const fn of excel.registered.values()) expect(typeof fn).toBe("function");
  });
});
