import { screen } from "@testing-library/react";
import { compute } from "../../src/core/engine";
import { toJson } from "../../src/core/report";
import { statusSummary } from "../../src/taskpane/logic/tagging";
import { book, renderPane, sampleBook } from "./helpers";

describe("CA OP shown early", () => {
  it("shows the CA OP read on the source step, with the part to review inside it", async () => {
    const wb = sampleBook();
    const json = toJson(compute(await wb.readTable({ sheet: "Ventes" })));
    await renderPane(wb);
    const caop = screen.getByTestId("source-caop");
    expect(caop.getAttribute("data-value")).toBe(json.caop);
    expect(caop.parentElement?.textContent).toMatch(/CA OP.*dont à vérifier/);
  });

  it("lists 'dont à vérifier' right under CA OP (not among the exclusions), unless strict", async () => {
    const wb = sampleBook();
    const table = await wb.readTable({ sheet: "Ventes" });
    const keys = statusSummary(compute(table)).map((r) => r.key);
    expect(keys.indexOf("to_review")).toBe(keys.indexOf("caop") + 1);
    const row = statusSummary(compute(table)).find((r) => r.key === "to_review");
    expect(row?.label.fr).toBe("dont à vérifier");
    const strict = statusSummary(compute(table, { strict: true }));
    expect(strict.find((r) => r.key === "to_review")?.label.fr).toBe("À vérifier");
    expect(strict.map((r) => r.key).indexOf("to_review")).toBeGreaterThan(
      strict.map((r) => r.key).indexOf("caop") + 1,
    );
  });

  it("never says 0 lines beside a deduction amount (a discount column)", async () => {
    const wb = book(
      ["Date", "Compte", "Montant brut", "Remise"],
      [
        ["15/01/2025", "706000", "1 000,00", "100,00"],
        ["16/01/2025", "706000", "500,00", "0"],
      ],
    );
    const result = compute(await wb.readTable());
    const discount = statusSummary(result).find((r) => r.key === "discount");
    expect(discount?.amount?.isZero()).toBe(false);
    expect(discount?.count).toBeNull();
  });
});
