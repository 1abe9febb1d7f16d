import { fireEvent, screen, within } from "@testing-library/react";
import { idle, renderPane, sampleBook } from "./helpers";

async function generated(lang: "fr" | "en") {
  const r = await renderPane(sampleBook(), { lang });
  fireEvent.click(screen.getByTestId("source-next"));
  fireEvent.click(screen.getByTestId("mapping-confirm"));
  await idle(r.session);
  fireEvent.click(screen.getByTestId("tagging-next"));
  fireEvent.click(screen.getByTestId("generate"));
  await idle(r.session);
  return r;
}

describe("dashboard step texts", () => {
  it("says the year's CA OP with one colon (FR)", async () => {
    await generated("fr");
    const line = screen.getByTestId("year-caop").parentElement?.textContent ?? "";
    expect(line).not.toContain(": :");
    expect(line).toMatch(/^CA OP de l'exercice 2025 : [\d\u202f\u00a0 ]+,\d\d\s€$/);
  });

  it("says the year's CA OP with one colon (EN)", async () => {
    await generated("en");
    const line = screen.getByTestId("year-caop").parentElement?.textContent ?? "";
    expect(line).not.toMatch(/:\s*:/);
    expect(line).toMatch(/^CA OP of fiscal year 2025: €[\d,]+\.\d\d$/);
  });

  it("offers the first month of the fiscal year in full words", async () => {
    await generated("fr");
    const select = screen.getByTestId("dash-start-month");
    const names = within(select)
      .getAllByRole("option")
      .map((o) => o.textContent);
    expect(names.slice(0, 2)).toEqual(["janvier", "février"]);
  });
});
