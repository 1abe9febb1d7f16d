import { fireEvent, screen, within } from "@testing-library/react";
import { MESSAGES } from "../../src/taskpane/i18n";
import { idle, renderPane, sampleBook } from "./helpers";

describe("polish", () => {
  it("says 1 problème / 2 problèmes, never problème(s)", () => {
    expect(MESSAGES.fr.mapping.diagnostics("1", 1)).toBe("1 problème dans les données :");
    expect(MESSAGES.fr.mapping.diagnostics("2", 2)).toBe("2 problèmes dans les données :");
    expect(MESSAGES.en.mapping.diagnostics("1", 1)).toBe("1 problem in the data:");
  });

  it("does not repeat 'Exclure :' on every item of the menu", async () => {
    const { session } = await renderPane(sampleBook());
    session.go("tagging");
    const first = (await screen.findAllByTestId(/^review-row-/))[0];
    const row = first.getAttribute("data-testid")?.replace("review-row-", "");
    fireEvent.click(screen.getByTestId(`decide-exclude-${row}`));
    const item = await screen.findByTestId("exclude-non_core");
    expect(item.textContent).toBe("Hors cœur de métier");
    expect(screen.getAllByRole("menuitem").every((m) => !m.textContent?.includes("Exclure"))).toBe(true);
  });

  it("takes the alert threshold in a spin button", async () => {
    const wb = sampleBook();
    const { session } = await renderPane(wb);
    fireEvent.click(screen.getByTestId("source-next"));
    fireEvent.click(screen.getByTestId("mapping-confirm"));
    await idle(session);
    fireEvent.click(screen.getByTestId("tagging-next"));
    const spin = screen.getByRole("spinbutton");
    expect(spin).toBe(screen.getByTestId("dash-threshold"));
    expect(within(spin.parentElement as HTMLElement).getAllByRole("button", { hidden: true }).length).toBe(2);
  });
});
