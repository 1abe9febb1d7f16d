import { fireEvent, screen, within } from "@testing-library/react";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { book, idle, renderPane, sampleBook } from "./helpers";

describe("source step", () => {
  it("reads the first data sheet at once and shows its row count", async () => {
    await renderPane(sampleBook());
    expect(screen.getByTestId("source-summary").textContent).toMatch(
      /^478 lignes, 9 colonnes — Ventes!A1:I479$/,
    );
  });

  it("reads a range typed by the user, header on its first row", async () => {
    const wb = book(
      ["Date", "Montant"],
      [
        ["01/01/2025", "100,00"],
        ["02/01/2025", "200,00"],
        ["03/01/2025", "300,00"],
      ],
    );
    const { session } = await renderPane(wb);
    fireEvent.change(screen.getByTestId("source-address"), { target: { value: "A1:B3" } });
    fireEvent.click(screen.getByTestId("source-read"));
    await idle(session);
    expect(screen.getByTestId("source-summary").textContent).toContain("2 lignes");
    expect(session.getState().source).toEqual({ sheet: "Ventes", address: "A1:B3" });
  });

  it("never offers a sheet the product created", async () => {
    const wb = sampleBook();
    wb.addSheet("Tableau de bord CA OP", [["x"]]).productKey = "dashboard";
    await renderPane(wb);
    const options = within(screen.getByTestId("source-sheet")).getAllByRole("option");
    expect(options.map((o) => o.textContent)).toEqual(["Ventes"]);
  });

  it("takes the host's selection when the host offers one", async () => {
    const wb = book(
      ["Date", "Montant"],
      [
        ["01/01/2025", "100,00"],
        ["02/01/2025", "200,00"],
      ],
    );
    const { session } = await renderPane(wb, {
      host: { selection: async () => ({ sheet: "Ventes", address: "A1:B2" }) },
    });
    fireEvent.click(screen.getByText("Utiliser la sélection"));
    await idle(session);
    expect(screen.getByTestId("source-summary").textContent).toContain("1 ligne, 2 colonnes");
  });

  it("reads an export with title rows and a blank row above the header", async () => {
    const wb = new MemoryWorkbook();
    wb.addSheet("Export", [
      ["Grand livre des ventes"],
      ["Exercice 2025"],
      [],
      ["Date", "Compte", "Montant HT"],
      ["15/01/2025", "701000", "100,00"],
      ["16/01/2025", "701000", "250,50"],
    ]);
    await renderPane(wb);
    expect(screen.getByTestId("source-summary").textContent).toMatch(/^2 lignes, 3 colonnes — Export!A4:C6$/);
  });
});
