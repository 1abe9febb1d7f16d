/**
 * The session generates through the host's generator when it has one (the pane's Web Worker in
 * browsers): the same state as without it, busy with Cancel meanwhile, Cancel said as such.
 */
import { formatBoth } from "../../../src/i18n";
import { workerGenerator, type PaneGenerator } from "../../../src/taskpane/generate/client";
import { Session } from "../../../src/taskpane/logic/session";
import { idle, sampleBook } from "../helpers";

const NOW = new Date(Date.UTC(2026, 0, 15, 10, 0, 0));

/** A session on the sample, mapping confirmed, with `generator` as the host's. */
async function ready(generator?: PaneGenerator): Promise<Session> {
  const session = new Session({ port: sampleBook(), now: () => NOW, ...(generator ? { generator } : {}) });
  await session.init();
  await session.confirmMapping();
  await idle(session);
  return session;
}

describe("Session with the host's generator", () => {
  it("generates the dashboard and the QC sheet as without it", async () => {
    const calls: string[] = [];
    const main = workerGenerator(() => null);
    const spy: PaneGenerator = {
      dashboard: (port, opts) => (calls.push("dashboard"), main.dashboard(port, opts)),
      qc: (port, quarter, opts) => (calls.push(`qc ${quarter}`), main.qc(port, quarter, opts)),
    };
    const mine = await ready(spy);
    const theirs = await ready();
    for (const s of [mine, theirs]) {
      await s.generate();
      await s.generateQc("2025-Q1");
    }
    expect(calls).toEqual(["dashboard", "qc 2025-Q1"]);
    const [a, b] = [mine.getState(), theirs.getState()];
    expect(a.notice).toEqual(b.notice);
    expect(a.dashboard?.sheet).toBe(b.dashboard?.sheet);
    expect(a.dashboard?.model).toEqual(b.dashboard?.model);
    expect(a.qc).toEqual(b.qc);
    expect(a.qc?.sample).toBeGreaterThan(0);
    expect(a.sheets).toEqual(b.sheets);
  });

  it("shows the generation as busy with Cancel, and says it was cancelled", async () => {
    const waiting: PaneGenerator = {
      dashboard: (_port, opts) =>
        new Promise((_resolve, reject) =>
          opts.signal?.addEventListener("abort", () =>
            reject(Object.assign(new Error("annulé"), { name: "AbortError" })),
          ),
        ),
      qc: () => Promise.reject(new Error("unused")),
    };
    const session = await ready(waiting);
    const run = session.generate();
    await new Promise((r) => setTimeout(r, 0));
    expect(session.getState().busy?.task).toBe("dashboard");
    session.getState().busy?.cancel?.();
    await run;
    expect(session.getState().busy).toBeNull();
    expect(session.getState().notice).toEqual({ level: "info", text: formatBoth("cancelled") });
    expect(session.getState().dashboard).toBeNull();
  });
});
