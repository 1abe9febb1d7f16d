import { fireEvent, screen, waitFor } from "@testing-library/react";
import { NO_COLUMN } from "../../src/core/fields";
import { confirmedMapping, mappingView } from "../../src/taskpane/logic/mapping";
import { book, idle, renderPane } from "./helpers";

const HEADERS = ["Date pièce", "Compte", "Libellé", "Client", "Montant HT"];
const ROWS = [
  ["15/01/2025", "701000", "Vente mobilier", "Dupont", "1 200,00"],
  ["16/01/2025", "701000", "Vente textile", "Martin", "300,50"],
];

describe("un-mapping a field", () => {
  it("leaves a field explicitly without a column, detection does not bring it back", () => {
    const v = mappingView(HEADERS, { label: NO_COLUMN });
    expect(v.detection.mapping.label).toBeUndefined();
    expect(v.rows.find((r) => r.field === "label")).toMatchObject({ column: undefined, none: true });
    // Kept on confirmation, so the stored mapping keeps the field empty.
    expect(confirmedMapping(v, HEADERS)).toMatchObject({ label: NO_COLUMN, amount: "Montant HT" });
  });

  it("offers (aucune colonne) in the drop-down and computes without the column", async () => {
    const { session } = await renderPane(book(HEADERS, ROWS));
    session.go("mapping");
    const select = (await screen.findByTestId("map-client")) as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).toContain("(aucune colonne)");
    fireEvent.change(select, { target: { value: "__none__" } });
    await waitFor(() => expect(session.getState().draft.client).toBe(NO_COLUMN));
    expect(session.getState().result?.mapping.client).toBeUndefined();
    expect((screen.getByTestId("map-client") as HTMLSelectElement).value).toBe("__none__");
  });

  it("says so when taking a column un-maps another field", async () => {
    const { session } = await renderPane(book(HEADERS, ROWS), { lang: "en" });
    session.go("mapping");
    // Libellé (the label's column) taken for the client: the label loses it.
    fireEvent.change(await screen.findByTestId("map-client"), { target: { value: "2" } });
    const note = await screen.findByTestId("mapping-moved");
    expect(note.textContent).toContain('"Libellé"');
    expect(note.textContent).toContain("Label");
    expect(note.textContent).toContain("no column");
  });
});

describe("validating a mapping that reads nothing", () => {
  it("blocks Valider with the reason when the amount column yields no usable line", async () => {
    const { session } = await renderPane(book(HEADERS, ROWS));
    session.go("mapping");
    // The client's names as amounts: not one line is readable.
    fireEvent.change(await screen.findByTestId("map-amount"), { target: { value: "3" } });
    await idle(session);
    await waitFor(() => expect(screen.getByTestId("mapping-unusable").textContent).toContain("Montant"));
    expect((screen.getByTestId("mapping-confirm") as HTMLButtonElement).disabled).toBe(true);
  });

  it("blocks Valider when the date column yields no usable line", async () => {
    const { session } = await renderPane(book(HEADERS, ROWS));
    session.go("mapping");
    fireEvent.change(await screen.findByTestId("map-date"), { target: { value: "2" } });
    await idle(session);
    await waitFor(() => expect(screen.getByTestId("mapping-unusable").textContent).toContain("Date"));
    expect((screen.getByTestId("mapping-confirm") as HTMLButtonElement).disabled).toBe(true);
  });
});
