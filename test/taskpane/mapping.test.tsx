import { fireEvent, screen, within } from "@testing-library/react";
import { confirmedMapping, mappingView, previewRows, withOverride } from "../../src/taskpane/logic/mapping";
import { SAMPLE_HEADERS } from "../../src/taskpane/playground/sample";
import { book, idle, renderPane, sampleBook } from "./helpers";

describe("mappingView", () => {
  it("detects the sample's columns from their French headers", () => {
    const v = mappingView([...SAMPLE_HEADERS], {});
    expect(v.detection.mapping).toMatchObject({
      date: 0,
      account: 2,
      label: 3,
      segment: 4,
      salesperson: 5,
      client: 6,
      product: 7,
      amount: 8,
    });
    expect(v.detection.missing).toEqual([]);
    expect(v.rows.find((r) => r.field === "amount")).toMatchObject({
      column: 8,
      chosen: false,
      missing: false,
    });
  });

  it("marks a user's choice as chosen and moves the field", () => {
    const v = mappingView(["Date", "Montant HT", "Montant TTC"], { amount: "Montant TTC" });
    expect(v.detection.mapping.amount).toBe(2);
    expect(v.rows.find((r) => r.field === "amount")?.chosen).toBe(true);
  });

  it("reports a stored choice naming a column that is gone, and detects without it", () => {
    const v = mappingView(["Date", "Montant"], { amount: "Total HT" });
    expect(v.problem?.fr).toContain("Total HT");
    expect(v.problem?.en).toContain("Total HT");
    expect(v.detection.mapping.amount).toBe(1);
  });

  it("lists the required fields that have no column", () => {
    const v = mappingView(["Libellé", "Client"], {});
    expect(v.detection.missing).toEqual(["date", "amount"]);
    expect(v.rows.filter((r) => r.missing).map((r) => r.field)).toEqual(["date", "amount"]);
  });

  it("stores every mapped field by its header text on confirmation", () => {
    const headers = ["Date pièce", "Compte", "Montant HT"];
    expect(confirmedMapping(mappingView(headers, {}), headers)).toEqual({
      date: "Date pièce",
      account: "Compte",
      amount: "Montant HT",
    });
  });

  it("adds and removes overrides without touching the others", () => {
    const o = withOverride({ date: "Date" }, "amount", "Total");
    expect(o).toEqual({ date: "Date", amount: "Total" });
    expect(withOverride(o, "date", null)).toEqual({ amount: "Total" });
  });

  it("previews date serials as dates and keeps the sheet's row numbers", () => {
    const t = {
      headers: ["Date", "Montant"],
      rows: [
        [45658, 10],
        [45659, 20],
      ],
      firstRow: 2,
      source: "x",
    };
    const p = previewRows(t, mappingView(t.headers, {}), 1);
    expect(p.fields).toEqual(["date", "amount"]);
    expect(p.rows).toEqual([{ row: 2, cells: ["01/01/2025", "10"] }]);
  });
});

describe("mapping step", () => {
  it("shows each detected column in its drop-down and the engine's reading of the first rows", async () => {
    const { session } = await renderPane(sampleBook());
    fireEvent.click(screen.getByTestId("source-next"));
    expect((screen.getByTestId("map-amount") as HTMLSelectElement).value).toBe("8");
    expect((screen.getByTestId("map-date") as HTMLSelectElement).value).toBe("0");
    const preview = screen.getByTestId("preview");
    const first = within(preview).getAllByRole("row")[1];
    expect(first.textContent).toContain("01/01/2024");
    expect(first.textContent).toContain("2024-01");
    // The #N/A amount of the sample is diagnosed inline.
    expect(screen.getByTestId("diagnostics").textContent).toContain("#N/A");
    expect(session.getState().mappingConfirmed).toBe(false);
  });

  it("shows how the data was read: decimal mark, sales date, unused date columns (issue 9)", async () => {
    const wb = book(
      ["Order Date", "Ship Date", "Libellé", "Sales"],
      [
        ["11/8/2016", "11/11/2016", "Vente", "261.96"],
        ["10/11/2015", "10/18/2015", "Vente", "22.368"],
      ],
    );
    await renderPane(wb);
    fireEvent.click(screen.getByTestId("source-next"));
    const text = screen.getByTestId("mapping-reading").textContent ?? "";
    expect(text).toContain("Sales décimales « . » (prouvé ligne 2)");
    expect(text).toContain("date = Order Date (Ship Date non utilisée)");
  });

  it("shows an inline error when the amount column is unmapped, and recovers when one is chosen", async () => {
    const wb = book(["Date", "Libellé", "Colonne C"], [["01/01/2025", "Vente", "100,00"]]);
    const { session } = await renderPane(wb);
    fireEvent.click(screen.getByTestId("source-next"));
    expect(screen.getByTestId("missing-amount").textContent).toContain("Aucune colonne de montant");
    expect((screen.getByTestId("mapping-confirm") as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(screen.getByTestId("map-amount"), { target: { value: "2" } });
    expect(screen.queryByTestId("missing-amount")).toBeNull();
    expect(session.getState().draft).toEqual({ amount: "Colonne C" });
    expect(session.getState().result?.totals.caop.toString()).toBe("100");
  });

  it("stores the confirmed mapping and the source in the workbook", async () => {
    const wb = sampleBook();
    const { session } = await renderPane(wb);
    fireEvent.click(screen.getByTestId("source-next"));
    fireEvent.click(screen.getByTestId("mapping-confirm"));
    await idle(session);
    const stored = await wb.loadSettings();
    expect(stored.source).toEqual({ sheet: "Ventes" });
    expect(stored.mapping).toMatchObject({
      date: "Date pièce",
      amount: "Montant HT",
      account: "Compte",
      salesperson: "Commercial",
    });
    expect(session.getState().step).toBe("tagging");
    expect(await screen.findByTestId("tag")).toBeTruthy();
  });

  it("speaks English when asked", async () => {
    await renderPane(sampleBook(), { lang: "en" });
    expect(screen.getByTestId("source-summary").textContent).toMatch(/^478 rows, 9 columns/);
    fireEvent.click(screen.getByTestId("source-next"));
    expect(screen.getByText("Column mapping")).toBeTruthy();
    expect(screen.getByText("Confirm the mapping")).toBeTruthy();
  });
});
