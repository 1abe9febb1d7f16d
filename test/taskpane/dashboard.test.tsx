import { fireEvent, screen } from "@testing-library/react";
import Decimal from "decimal.js";
import { compute } from "../../src/core/engine";
import { toJson } from "../../src/core/report";
import { formatMoneyFr } from "../../src/core/money";
import { readPercent } from "../../src/taskpane/components/DashboardStep";
import type { WorkbookPlan } from "../../src/sheet/plan";
import type { ApplyOptions, ApplyResult } from "../../src/sheet/port";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { SAMPLE_HEADERS, SAMPLE_SHEET, sampleRows } from "../../src/taskpane/playground/sample";
import { idle, renderPane, sampleBook } from "./helpers";

/** A memory workbook whose writes wait until released, and honour cancellation meanwhile. */
class SlowBook extends MemoryWorkbook {
  release: () => void = () => undefined;
  async applyPlan(plan: WorkbookPlan, opts: ApplyOptions = {}): Promise<ApplyResult> {
    if (plan.sheets.some((s) => s.role === "product")) {
      await new Promise<void>((resolve, reject) => {
        this.release = resolve;
        opts.signal?.addEventListener("abort", () =>
          reject(Object.assign(new Error("annulé"), { name: "AbortError" })),
        );
      });
    }
    return super.applyPlan(plan, opts);
  }
}

async function toDashboard(wb: MemoryWorkbook, activate?: (s: string) => Promise<void>) {
  const r = await renderPane(wb, { host: activate ? { activate } : {} });
  fireEvent.click(screen.getByTestId("source-next"));
  fireEvent.click(screen.getByTestId("mapping-confirm"));
  await idle(r.session);
  fireEvent.click(screen.getByTestId("tagging-next"));
  return r;
}

describe("readPercent", () => {
  it("reads what accountants type", () => {
    expect(readPercent("-15")).toBe(-0.15);
    expect(readPercent("−12,5 %")).toBe(-0.125);
    expect(readPercent("abc")).toBeNull();
  });
});

describe("dashboard step", () => {
  it("generates the dashboard sheet, shows the fiscal year's CA OP and the alerts, and shows the sheet", async () => {
    const wb = sampleBook();
    const shown: string[] = [];
    const { session } = await toDashboard(wb, async (s) => {
      shown.push(s);
    });
    fireEvent.click(screen.getByTestId("generate"));
    await idle(session);
    const sheets = await wb.listSheets();
    expect(sheets.find((s) => s.productKey === "dashboard")?.name).toBe("Tableau de bord CA OP");
    expect(sheets.map((s) => s.productKey).filter(Boolean)).toEqual(
      expect.arrayContaining(["detail:salesperson", "detail:segment", "detail:product", "detail:client"]),
    );
    expect(shown).toEqual(["Tableau de bord CA OP"]);
    const json = toJson(
      compute(await MemoryWorkbook.fromRows(SAMPLE_SHEET, SAMPLE_HEADERS, sampleRows()).readTable()),
    );
    const year = json.months
      .filter((m) => m.period.startsWith("2025-"))
      .reduce((s, m) => s.plus(m.caop), new Decimal(0));
    expect(screen.getByTestId("year-caop").textContent).toBe(formatMoneyFr(year));
    expect(screen.getByTestId("alerts").textContent).toContain("Textile");
    expect(screen.getByTestId("generate").textContent).toBe("Actualiser le tableau de bord");
  });

  it("stores the choices in the workbook (threshold typed in percent)", async () => {
    const wb = sampleBook();
    await toDashboard(wb);
    const input = screen.getByTestId("dash-threshold");
    fireEvent.change(input, { target: { value: "-20" } });
    fireEvent.blur(input);
    fireEvent.change(screen.getByTestId("dash-year"), { target: { value: "2024" } });
    fireEvent.change(screen.getByTestId("dash-segment"), { target: { value: "salesperson" } });
    await new Promise((r) => setTimeout(r, 0));
    const s = await wb.loadSettings();
    expect(s.alerts.threshold).toBe(-0.2);
    expect(s.year).toBe(2024);
    expect(s.segmentField).toBe("salesperson");
  });

  it("cancels a generation under way: nothing written, a notice says so", async () => {
    const wb = new SlowBook();
    wb.addSheet(SAMPLE_SHEET, [[...SAMPLE_HEADERS], ...sampleRows()]);
    const { session } = await toDashboard(wb);
    fireEvent.click(screen.getByTestId("generate"));
    fireEvent.click(await screen.findByTestId("cancel"));
    await idle(session);
    expect(screen.getByTestId("notice").textContent).toContain("Opération annulée.");
    expect((await wb.listSheets()).map((s) => s.name)).toEqual(["Ventes"]);
    expect(screen.queryByTestId("dashboard-result")).toBeNull();
  });
});
