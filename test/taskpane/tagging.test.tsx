import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import Decimal from "decimal.js";
import { compute } from "../../src/core/engine";
import { toJson } from "../../src/core/report";
import { formatMoneyFr } from "../../src/core/money";
import { statusSummary } from "../../src/taskpane/logic/tagging";
import type { MemoryWorkbook } from "../../src/workbook/memory";
import { idle, renderPane, sampleBook } from "./helpers";

/** Values of a sheet's columns [from, to] (1-based), row by row. */
function columns(wb: MemoryWorkbook, sheet: string, from: number, to: number): unknown[][] {
  const s = wb.sheet(sheet);
  if (!s) throw new Error(sheet);
  return s.grid.map((row) =>
    Array.from({ length: to - from + 1 }, (_x, i) => row?.[from - 1 + i]?.value ?? null),
  );
}

async function expected(wb: MemoryWorkbook): Promise<ReturnType<typeof toJson>> {
  return toJson(compute(await wb.readTable({ sheet: "Ventes" })));
}

/** Renders the pane on the sample, confirms the mapping and tags. */
async function tagged(wb = sampleBook()) {
  const r = await renderPane(wb);
  fireEvent.click(screen.getByTestId("source-next"));
  fireEvent.click(screen.getByTestId("mapping-confirm"));
  await idle(r.session);
  fireEvent.click(await screen.findByTestId("tag"));
  await idle(r.session);
  return r;
}

describe("statusSummary", () => {
  it("adds up to the engine's totals, with counts of every status", async () => {
    const wb = sampleBook();
    const result = compute(await wb.readTable({ sheet: "Ventes" }));
    const json = toJson(result);
    const rows = new Map(statusSummary(result).map((r) => [r.key, r]));
    const sale = rows.get("sale")?.amount as Decimal;
    const minus = ["discount", "rebate", "return"].map((k) => rows.get(k as "discount")?.amount as Decimal);
    expect(sale.minus(minus[0]).minus(minus[1]).minus(minus[2]).toFixed(2)).toBe(json.caop);
    expect(rows.get("caop")?.amount?.toFixed(2)).toBe(json.caop);
    for (const r of [
      "asset_disposal",
      "subsidy",
      "financial",
      "exceptional",
      "tax_credit",
      "non_core",
    ] as const) {
      expect(rows.get(r)?.count).toBe(json.excluded[r].count);
      expect(rows.get(r)?.amount?.toFixed(2)).toBe(json.excluded[r].amount);
      expect(json.excluded[r].count).toBeGreaterThan(0);
    }
    expect(rows.get("to_review")?.count).toBe(3);
    expect(rows.get("ignored")?.count).toBe(1);
    const lines = ["sale", "discount", "rebate", "return"].reduce(
      (n, k) => n + (rows.get(k as "sale")?.count ?? 0),
      0,
    );
    expect(lines).toBe(json.lines - 9); // lines = in-scope lines + the 9 excluded ones
  });
});

describe("tagging step", () => {
  it("writes only the product's four columns beside the data, and shows the CLI's CA OP", async () => {
    const wb = sampleBook();
    const before = columns(wb, "Ventes", 1, 9);
    const json = await expected(wb);
    await tagged(wb);
    expect(columns(wb, "Ventes", 1, 9)).toEqual(before);
    const tags = columns(wb, "Ventes", 10, 14);
    expect(tags[0]).toEqual(["OP", "Motif", "Contribution CA OP", "Mois CA OP", null]);
    expect(tags.every((r) => r[4] === null)).toBe(true);
    expect(tags.slice(1).filter((r) => r[0] === "À vérifier")).toHaveLength(3);
    const total = screen.getByTestId("caop-total");
    expect(total.getAttribute("data-value")).toBe(json.caop);
    expect(total.textContent).toBe(formatMoneyFr(new Decimal(json.caop)));
    const caopRow = screen.getByTestId("status-caop");
    expect(caopRow.textContent).toContain(formatMoneyFr(new Decimal(json.caop)));
  });

  it("takes a one-click decision on a line to review, stores it, re-tags, and lets it be undone", async () => {
    const wb = sampleBook();
    const json = await expected(wb);
    const { session } = await tagged(wb);
    const review = screen.getByTestId("review");
    const rows = within(review).getAllByTestId(/^review-row-/);
    expect(rows).toHaveLength(3);
    const row = Number(rows[0].getAttribute("data-testid")?.replace("review-row-", ""));
    fireEvent.click(screen.getByTestId(`decide-op-${row}`));
    await idle(session);
    const settings = await wb.loadSettings();
    expect(Object.values(settings.decisions)).toEqual([{ scope: "op" }]);
    expect(within(screen.getByTestId("review")).getAllByTestId(/^review-row-/)).toHaveLength(2);
    expect(screen.getByTestId(`decided-row-${row}`).textContent).toContain("Décision manuelle → OP");
    expect(wb.cell("Ventes", `J${row}`)?.value).toBe("OP");
    // A line to review already counted in CA OP: deciding "OP" does not change the total.
    expect(screen.getByTestId("caop-total").getAttribute("data-value")).toBe(json.caop);
    fireEvent.click(screen.getByTestId(`undo-${row}`));
    await idle(session);
    expect((await wb.loadSettings()).decisions).toEqual({});
    expect(wb.cell("Ventes", `J${row}`)?.value).toBe("À vérifier");
  });

  it("excludes a line for a reason from the menu: CA OP falls by its amount", async () => {
    const wb = sampleBook();
    const json = await expected(wb);
    const { session } = await tagged(wb);
    const rows = within(screen.getByTestId("review")).getAllByTestId(/^review-row-/);
    const row = Number(rows[0].getAttribute("data-testid")?.replace("review-row-", ""));
    const amount =
      session.getState().result?.lines.cents[session.getState().result?.lines.rowNumber.indexOf(row) ?? -1] ??
      0;
    fireEvent.click(screen.getByTestId(`decide-exclude-${row}`));
    fireEvent.click(await screen.findByTestId("exclude-non_core"));
    await idle(session);
    expect(Object.values((await wb.loadSettings()).decisions)).toEqual([{ scope: "non_core" }]);
    const caop = new Decimal(json.caop).minus(new Decimal(amount).div(100));
    expect(screen.getByTestId("caop-total").getAttribute("data-value")).toBe(caop.toFixed(2));
    expect(wb.cell("Ventes", `J${row}`)?.value).toBe("Exclu : Hors cœur de métier");
  });

  it("keeps a decision when the data changes above the line (key, not row number)", async () => {
    const wb = sampleBook();
    const { session } = await tagged(wb);
    const rows = within(screen.getByTestId("review")).getAllByTestId(/^review-row-/);
    const row = Number(rows[0].getAttribute("data-testid")?.replace("review-row-", ""));
    fireEvent.click(screen.getByTestId(`decide-op-${row}`));
    await idle(session);
    const sheet = wb.sheet("Ventes");
    if (!sheet) throw new Error("no sheet");
    sheet.grid.splice(1, 0, [
      { value: 45300 },
      { value: "FA-NEW" },
      { value: "706000" },
      { value: "Prestation" },
      undefined,
      undefined,
      undefined,
      undefined,
      { value: 10 },
    ]);
    await act(() => session.chooseSource({ sheet: "Ventes" }));
    await idle(session);
    expect(screen.getByTestId(`decided-row-${row + 1}`)).toBeTruthy();
  });

  it("the debit-positive switch reads the amounts as the CLI's --signs debit-positive does, stored", async () => {
    const wb = sampleBook();
    const table = await wb.readTable({ sheet: "Ventes" });
    const flipped = toJson(compute(table, { signs: "debit_positive" }));
    expect(flipped.caop).not.toBe(toJson(compute(table)).caop);
    const { session } = await tagged(wb);
    fireEvent.click(screen.getByRole("switch", { name: /débit positif/i }));
    await idle(session);
    expect((await wb.loadSettings()).signs).toBe("debit_positive");
    await waitFor(() =>
      expect(screen.getByTestId("caop-total").getAttribute("data-value")).toBe(flipped.caop),
    );
  });

  it("strict mode excludes the lines to review from CA OP", async () => {
    const wb = sampleBook();
    const json = await expected(wb);
    const { session } = await tagged(wb);
    fireEvent.click(screen.getByRole("switch", { name: /strict/i }));
    await idle(session);
    expect((await wb.loadSettings()).strict).toBe(true);
    const strict = new Decimal(json.caop).minus(json.to_review.amount);
    await waitFor(() =>
      expect(screen.getByTestId("caop-total").getAttribute("data-value")).toBe(strict.toFixed(2)),
    );
  });
});
