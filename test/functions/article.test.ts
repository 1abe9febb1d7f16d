/** The article's three examples through the registered functions, as Excel calls them. */
import { resetFunctionContext, setFunctionContext } from "../../src/functions/context";
import { cellOf, loadExcel, type FakeExcel } from "./excel";
import { copy, FURNITURE, SAAS, TEXTILE } from "./sheets";

let excel: FakeExcel;
beforeAll(async () => {
  excel = await loadExcel();
});
beforeEach(() => {
  resetFunctionContext();
  setFunctionContext({ settings: () => null, formattedNumbers: false });
});

describe("=CAOP(range) on the article's examples", () => {
  it.each([
    ["furniture maker", FURNITURE, 3850000],
    ["B2B SaaS", SAAS, 450000],
    ["textile", TEXTILE, 800000],
  ])("%s → %p", async (_name, sheet, expected) => {
    expect(cellOf(await excel.call("CAOP", [copy(sheet)]))).toBe(expected);
  });

  it("for the article's month and quarter, and 0 outside", async () => {
    expect(cellOf(await excel.call("CAOP", [copy(FURNITURE), "2025-01"]))).toBe(3850000);
    expect(cellOf(await excel.call("CAOP", [copy(SAAS), "2025-Q1"]))).toBe(450000);
    expect(cellOf(await excel.call("CAOP", [copy(TEXTILE), "2025-05"]))).toBe(0);
  });
});

describe("=CAOP.NET on the article's numbers", () => {
  it("4 000 000 − 150 000 = 3 850 000; 450 000 alone; 800 000 alone", async () => {
    expect(cellOf(await excel.call("CAOP.NET", [4000000, 150000]))).toBe(3850000);
    expect(cellOf(await excel.call("CAOP.NET", [450000]))).toBe(450000);
    expect(cellOf(await excel.call("CAOP.NET", [[[800000]], null, null, null]))).toBe(800000);
  });
});

describe("=CAOP.ISOP and =CAOP.REASON on the article's lines", () => {
  it("the land sale, the warehouse sale, the subsidy and the tax credit are not OP; sales and 709 are", async () => {
    const isop = async (...args: unknown[]): Promise<unknown> => cellOf(await excel.call("CAOP.ISOP", args));
    expect(await isop(701000, "Ventes de meubles")).toBe(true);
    expect(await isop(709000, "Remises accordées")).toBe(true);
    expect(await isop(775000, "Cession terrain zone industrielle")).toBe(false);
    expect(await isop(757000, "Vente entrepôt de Roubaix")).toBe(false);
    expect(await isop(747000, "Crédit d'impôt recherche (CIR)")).toBe(false);
    expect(await isop("", "Subvention Bpifrance innovation", "Subvention")).toBe(false);
    expect(await isop("", "Abonnements SaaS T1", "Vente")).toBe(true);
  });

  it("gives the reason in French by default and in English for an English Excel", async () => {
    const fr = cellOf(await excel.call("CAOP.REASON", [775000, "Cession terrain zone industrielle"]));
    expect(fr).toMatch(/775/);
    expect(String(fr).toLowerCase()).toMatch(/cession/);
    setFunctionContext({ lang: "en" });
    const en = cellOf(await excel.call("CAOP.REASON", [775000, "Cession terrain zone industrielle"]));
    expect(String(en).toLowerCase()).toMatch(/asset disposal|disposal/);
    expect(en).not.toBe(fr);
  });
});
