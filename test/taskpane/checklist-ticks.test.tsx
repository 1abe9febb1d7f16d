import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { parseSettings, settingsJson } from "../../src/core/settings";
import { idle, renderPane, sampleBook } from "./helpers";

describe("manual checklist ticks", () => {
  it("are kept in the workbook for the month being closed, and read back when the pane opens again", async () => {
    const wb = sampleBook();
    const first = await renderPane(wb);
    first.session.go("checklist");
    expect((await screen.findByTestId("checklist-month")).textContent).toContain("mars 2025");
    fireEvent.click(within(screen.getByTestId("check-share")).getByRole("checkbox"));
    await idle(first.session);
    await waitFor(async () => expect((await wb.loadSettings()).checklist?.["2025-03"]?.share).toBe(true));
    cleanup();

    const again = await renderPane(wb);
    again.session.go("checklist");
    const share = within(await screen.findByTestId("check-share")).getByRole("checkbox") as HTMLInputElement;
    expect(share.checked).toBe(true);
    fireEvent.click(share);
    await waitFor(async () => expect((await wb.loadSettings()).checklist?.["2025-03"]?.share).toBe(false));
  });

  it("survive a settings round trip (an additive field)", () => {
    const s = { ...parseSettings(null), checklist: { "2025-03": { share: true } } };
    expect(parseSettings(settingsJson(s)).checklist).toEqual({ "2025-03": { share: true } });
    expect(parseSettings(null).checklist).toBeUndefined();
    expect(parseSettings('{"checklist": 3}').checklist).toBeUndefined();
  });
});
