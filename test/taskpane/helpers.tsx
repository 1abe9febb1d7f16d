/** Test helpers: the pane rendered on an in-memory workbook, with its session at hand. */
import { render, screen, waitFor, type RenderResult } from "@testing-library/react";
import type { CellValue, Lang } from "../../src/core/types";
import { App } from "../../src/taskpane/App";
import type { TaskpaneHost } from "../../src/taskpane/host";
import { Session } from "../../src/taskpane/logic/session";
import { SAMPLE_HEADERS, SAMPLE_SHEET, sampleRows } from "../../src/taskpane/playground/sample";
import { MemoryWorkbook } from "../../src/workbook/memory";

/** jsdom has no ResizeObserver (Fluent's MessageBar observes its own size): a silent stand-in. */
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
const g = globalThis as { ResizeObserver?: unknown };
g.ResizeObserver ??= NoResizeObserver;

/** The playground's sample as a memory workbook. */
export function sampleBook(): MemoryWorkbook {
  return MemoryWorkbook.fromRows(SAMPLE_SHEET, SAMPLE_HEADERS, sampleRows());
}

/** A small workbook from headers and rows. */
export function book(headers: string[], rows: CellValue[][], sheet = "Ventes"): MemoryWorkbook {
  return MemoryWorkbook.fromRows(sheet, headers, rows);
}

/** Renders the pane on a workbook and waits until the data sheet is read. */
export async function renderPane(
  wb: MemoryWorkbook,
  opts: { lang?: Lang; host?: Partial<TaskpaneHost> } = {},
): Promise<{ session: Session; view: RenderResult }> {
  const host: TaskpaneHost = { port: wb, now: () => new Date(Date.UTC(2025, 3, 2, 9, 0)), ...opts.host };
  const session = new Session(host);
  const view = render(<App host={host} session={session} lang={opts.lang ?? "fr"} />);
  await waitFor(() => expect(session.getState().located).not.toBeNull());
  await waitFor(() => expect(session.getState().busy).toBeNull());
  await screen.findByTestId("source-summary");
  return { session, view };
}

/** Waits until the session is idle (no operation under way). */
export async function idle(session: Session): Promise<void> {
  await waitFor(() => expect(session.getState().busy).toBeNull(), { timeout: 10000 });
}
