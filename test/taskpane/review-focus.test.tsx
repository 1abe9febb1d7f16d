import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { idle, renderPane, sampleBook } from "./helpers";

/** Rows of the cards of a list ("review-row" or "decided-row"), in order. */
function cardRows(list: string, prefix: string): number[] {
  return within(screen.getByTestId(list))
    .getAllByTestId(new RegExp(`^${prefix}-`))
    .map((el) => Number(el.getAttribute("data-testid")?.replace(`${prefix}-`, "")));
}

describe("focus after a one-click decision", () => {
  it("moves to the next card and announces the decision, then back after Annuler la décision", async () => {
    const { session } = await renderPane(sampleBook());
    session.go("tagging");
    await screen.findByTestId("review");
    const [first, second] = cardRows("review", "review-row");
    fireEvent.click(screen.getByTestId(`decide-op-${first}`));
    await idle(session);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId(`review-row-${second}`)));
    expect(screen.getByTestId("review-announce").textContent).toContain(`Ligne ${first}`);
    expect(screen.getByTestId("review-announce").textContent).toContain("OP");

    fireEvent.click(screen.getByTestId(`undo-${first}`));
    await idle(session);
    // The decided list is gone (no decision left): focus goes to the lines to review.
    await waitFor(() => expect(document.activeElement).not.toBe(document.body));
    expect(screen.getByTestId("review").contains(document.activeElement)).toBe(true);
    expect(screen.getByTestId("review-announce").textContent).toContain(`${first}`);
  });
});
