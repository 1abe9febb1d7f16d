import { fireEvent, screen, within } from "@testing-library/react";
import { compute } from "../../src/core/engine";
import { checklistProofs, comparisonMonths } from "../../src/taskpane/logic/checklist";
import { fiscalYears, quarters } from "../../src/taskpane/logic/periods";
import { book, idle, renderPane, sampleBook } from "./helpers";

describe("checklist proofs", () => {
  it("proves from the sample what its data shows", async () => {
    const result = compute(await sampleBook().readTable());
    expect(comparisonMonths(result)).toEqual({ last: 202503, prev: true, yoy: true });
    const p = checklistProofs({ result, tagged: true, dashboardFresh: false });
    expect(p).toEqual({
      export: true,
      core: false, // three lines to review remain
      deductions: true,
      exclusions: true,
      segments: null,
      compare: true,
      share: null,
      fresh: null,
    });
    expect(checklistProofs({ result, tagged: true, dashboardFresh: true })).toMatchObject({
      segments: true,
      fresh: true,
    });
  });

  it("says a comparison is missing when N-12 has no data", async () => {
    const result = compute(
      await book(
        ["Date", "Montant"],
        [
          ["15/01/2025", "10,00"],
          ["15/02/2025", "12,00"],
        ],
      ).readTable(),
    );
    expect(checklistProofs({ result, tagged: false, dashboardFresh: false })).toMatchObject({
      compare: false,
      core: false, // without account or label, every line is "à vérifier"
      deductions: null,
      exclusions: null,
    });
  });

  it("proves 'all lines classified' once nothing is left to review", async () => {
    const result = compute(
      await book(["Date", "Compte", "Montant"], [["15/01/2025", "706000", "10,00"]]).readTable(),
    );
    expect(checklistProofs({ result, tagged: true, dashboardFresh: false }).core).toBe(true);
    expect(checklistProofs({ result: null, tagged: false, dashboardFresh: false }).export).toBe(false);
  });

  it("lists the fiscal years and quarters that hold data", async () => {
    const result = compute(await sampleBook().readTable());
    expect(fiscalYears(result, 1)).toEqual([2024, 2025]);
    expect(fiscalYears(result, 7)).toEqual([2023, 2024]);
    expect(quarters(result)).toEqual(["2025-Q1", "2024-Q4", "2024-Q3", "2024-Q2", "2024-Q1"]);
  });
});

describe("checklist step", () => {
  it("ticks what the data proves, lets the user tick the rest, and generates the QC sheet", async () => {
    const wb = sampleBook();
    const { session } = await renderPane(wb);
    fireEvent.click(screen.getByTestId("source-next"));
    fireEvent.click(screen.getByTestId("mapping-confirm"));
    await idle(session);
    fireEvent.click(screen.getByTestId("tag"));
    await idle(session);
    fireEvent.click(screen.getByTestId("tab-checklist"));
    const proof = (id: string) => screen.getByTestId(`check-${id}`).getAttribute("data-proof");
    expect(proof("export")).toBe("true");
    expect(screen.getByTestId("check-export").textContent).toContain("vérifié par les données");
    expect(proof("core")).toBe("false");
    expect(screen.getByTestId("check-core").textContent).toContain("pas encore");
    expect(proof("share")).toBe("null");
    const share = within(screen.getByTestId("check-share")).getByRole("checkbox") as HTMLInputElement;
    expect(share.checked).toBe(false);
    fireEvent.click(share);
    expect(share.checked).toBe(true);
    expect(session.getState().manualChecks.share).toBe(true);
    fireEvent.change(screen.getByTestId("qc-quarter"), { target: { value: "2024-Q3" } });
    fireEvent.click(screen.getByTestId("qc-generate"));
    await idle(session);
    expect((await wb.listSheets()).find((s) => s.productKey === "qc:2024-Q3")?.name).toBe(
      "Contrôle qualité 2024-T3",
    );
    expect(screen.getByTestId("qc-result").textContent).toMatch(
      /^« Contrôle qualité 2024-T3 » : \d+ lignes à contrôler\.$/,
    );
  });
});
