/**
 * Opening a file from the task pane (issue 13): the file is read with the CLI's streamed reader and
 * computed by the one engine, its lines go to a new sheet (never an existing one) written in
 * slices, and the pane's CA OP equals `caop compute` on the file.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { importKey, importLimit, importTable } from "../../src/app/import";
import { computeChunks } from "../../src/core/chunks";
import { compute, type EngineResult } from "../../src/core/engine";
import { toJson } from "../../src/core/report";
import { defaultSettings, engineOptions } from "../../src/core/settings";
import { locateTable } from "../../src/dashboard/tagging";
import { toDecimalString } from "../../src/core/money";
import type { Progress } from "../../src/sheet/port";
import { readOnMainThread, type PaneFile } from "../../src/taskpane/files/read";
import { Session } from "../../src/taskpane/logic/session";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { streamTableFile } from "../../src/workbook/readers";

const FIXTURES = join(__dirname, "..", "fixtures");
const FEC = join(FIXTURES, "fec", "123456789FEC20251231.txt");
const CSV = join(FIXTURES, "ledger-fr.csv");

/** A browser File as the pane sees it (no stream(): the 1 MiB slice path). */
function paneFile(path: string, name = path.split("/").pop() ?? "f"): PaneFile {
  const bytes = readFileSync(path);
  return {
    name,
    size: bytes.length,
    arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length),
  };
}

/** What `caop compute` reports for a file: the engine over the streamed chunks. */
async function cliCaop(path: string): Promise<string> {
  return toDecimalString((await computeChunks(() => streamTableFile(path))).totals.caop);
}

function book(): MemoryWorkbook {
  return MemoryWorkbook.fromRows("Ventes", ["Date", "Compte", "Montant"], [["15/01/2025", "706000", "100"]]);
}

describe("importLimit", () => {
  it("accepts what an Excel sheet holds beside the 4 CA OP columns, and refuses more", () => {
    expect(importLimit(1_048_575, 16_380)).toBeNull();
    expect(importLimit(1_048_576, 8)).toEqual({ maxRows: 1_048_575, maxColumns: 16_380 });
    expect(importLimit(10, 16_381)).not.toBeNull();
  });
});

describe("importTable", () => {
  it("writes a new sheet in slices with determinate progress, never an existing sheet", async () => {
    const wb = book();
    const rows = Array.from({ length: 7 }, (_x, i) => [`0${(i % 9) + 1}/02/2025`, "706000", String(i)]);
    const seen: Progress[] = [];
    const { sheet } = await importTable(wb, { headers: ["Date", "Compte", "Montant"], rows }, "Ventes", {
      sliceRows: 3,
      onProgress: (p) => seen.push(p),
    });
    expect(sheet).toBe("Ventes (2)");
    expect(seen.map((p) => [p.done, p.total, p.code])).toEqual([
      [3, 7, "progress_importing"],
      [6, 7, "progress_importing"],
      [7, 7, "progress_importing"],
    ]);
    const t = await wb.readTable({ sheet });
    expect(t.headers).toEqual(["Date", "Compte", "Montant"]);
    expect(t.rows).toEqual(rows);
    expect((await wb.readTable({ sheet: "Ventes" })).rows).toEqual([["15/01/2025", "706000", "100"]]);
    expect((await wb.listSheets()).find((s) => s.name === sheet)?.productKey).toBe("data:1");
    expect(importKey(await wb.listSheets())).toBe("data:2");
  });

  it("stops between slices when cancelled", async () => {
    const wb = book();
    const ctl = new AbortController();
    const rows = Array.from({ length: 10 }, () => ["01/02/2025", "706000", "1"]);
    const run = importTable(wb, { headers: ["Date", "Compte", "Montant"], rows }, "X", {
      sliceRows: 2,
      signal: ctl.signal,
      onProgress: (p) => {
        if (p.done >= 4) ctl.abort();
      },
    });
    await expect(run).rejects.toMatchObject({ name: "AbortError" });
    expect((await wb.readTable({ sheet: "X" })).rows.length).toBe(4);
  });
});

describe("readOnMainThread", () => {
  it.each([
    ["FEC", FEC],
    ["CSV", CSV],
  ])("gives the CLI's CA OP for a %s and its lines as plain cells", async (_kind, path) => {
    const seen: Progress[] = [];
    const { summary, table } = await readOnMainThread(paneFile(path), { onProgress: (p) => seen.push(p) });
    expect(summary.caop).toBe(await cliCaop(path));
    expect(table?.rows.length).toBe(summary.lines);
    expect(seen.at(-1)?.code).toBe("progress_reading");
    expect(seen.at(-1)?.done).toBe(seen.at(-1)?.total);
  });
});

describe("Session.openFile", () => {
  it("imports a FEC into a new sheet that becomes the source, with the CLI's CA OP", async () => {
    const wb = book();
    const session = new Session({ port: wb });
    await session.init();
    await session.openFile(paneFile(FEC));
    const st = session.getState();
    expect(st.notice?.level).toBe("success");
    expect(st.file?.sheet).toBe("123456789FEC20251231");
    expect(st.source).toEqual({ sheet: "123456789FEC20251231" });
    const expected = await cliCaop(FEC);
    expect(st.file?.caop).toBe(expected);
    expect(st.result ? toDecimalString(st.result.totals.caop) : null).toBe(expected);
    expect(st.notice?.text.fr).toContain("« 123456789FEC20251231 »");
    // The source is what reading the new sheet back gives, without that read.
    const back = await wb.readTable({ sheet: "123456789FEC20251231" });
    expect(st.located?.table.headers).toEqual(back.headers);
    expect(st.located?.table.rows).toEqual(back.rows);
    expect(st.located?.table.source).toBe(back.source);
    // The result computed with the file is the one computing the sheet gives.
    expect(st.result?.table).toBe(st.located?.table);
    const again = compute(
      locateTable(back, "123456789FEC20251231").table,
      engineOptions(st.settings ?? defaultSettings()),
    );
    expect(toJson(again)).toEqual(toJson(st.result as EngineResult));
    expect((await wb.readTable({ sheet: "Ventes" })).rows).toEqual([["15/01/2025", "706000", "100"]]);
  });

  it("imports the same file twice into two sheets (the first is not overwritten)", async () => {
    const wb = book();
    const session = new Session({ port: wb });
    await session.init();
    await session.openFile(paneFile(CSV));
    await session.openFile(paneFile(CSV));
    expect(session.getState().file?.sheet).toBe("ledger-fr (2)");
    expect((await wb.listSheets()).map((s) => s.name)).toEqual(["Ventes", "ledger-fr", "ledger-fr (2)"]);
  });

  it("says clearly when the lines do not fit a sheet, shows the file's CA OP and writes nothing", async () => {
    const wb = book();
    const summary = {
      name: "grand-livre.csv",
      lines: 2_000_000,
      columns: 8,
      caop: "123.45",
      toReview: { count: 0, amount: "0" },
      currency: "EUR",
      limit: { maxRows: 1_048_575, maxColumns: 16_380 },
    };
    const session = new Session({ port: wb, readFile: async () => ({ summary, table: null }) });
    await session.init();
    await session.openFile({ name: "grand-livre.csv", size: 1, arrayBuffer: async () => new ArrayBuffer(1) });
    const st = session.getState();
    expect(st.file).toEqual(summary);
    expect(st.notice?.level).toBe("warning");
    expect(st.notice?.text.fr).toMatch(/2\s000\s000 lignes/);
    expect(st.notice?.text.en).toContain("1,048,575 rows");
    expect(st.notice?.text.en).toContain("split the file");
    expect((await wb.listSheets()).map((s) => s.name)).toEqual(["Ventes"]);
    expect(st.source).toEqual({ sheet: "Ventes" });
  });

  it("says why an unreadable file cannot be opened", async () => {
    const session = new Session({ port: book() });
    await session.init();
    await session.openFile({ name: "x.pdf", size: 1, arrayBuffer: async () => new ArrayBuffer(1) });
    expect(session.getState().notice).toMatchObject({ level: "error" });
    expect(session.getState().notice?.text.en).toMatch(/unsupported file format/);
  });
});

describe("packResult / unpackResult", () => {
  it("carries an engine result through structured clone exactly (Decimals, line table, maps)", async () => {
    const { packResult, unpackResult } = await import("../../src/taskpane/files/pack");
    for (const path of [CSV, FEC]) {
      const chunks = [];
      for await (const c of streamTableFile(path)) chunks.push(c);
      const table = { ...chunks[0], rows: chunks.flatMap((c) => c.rows) };
      const r = compute(table);
      const back = unpackResult(structuredClone(packResult(r)), r.table);
      // Typed arrays compared by content: structuredClone makes them in Node's realm, not Jest's.
      expect({ ...back, lines: null }).toEqual({ ...r, lines: null });
      const plain = (l: typeof r.lines): unknown =>
        Object.fromEntries(
          Object.entries(l).map(([k, v]) => [k, ArrayBuffer.isView(v) ? Array.from(v as Int32Array) : v]),
        );
      expect(plain(back.lines)).toEqual(plain(r.lines));
      const Decimal = (await import("decimal.js")).default;
      expect(back.totals.caop).toBeInstanceOf(Decimal);
      expect(back.months[0].totals.caop).toBeInstanceOf(Decimal);
      expect(back.ignored.amount).toBeInstanceOf(Decimal);
      expect(back.lines.exact).toBeInstanceOf(Map);
      expect(back.totals.caop.plus(1).minus(1).toFixed(2)).toBe(r.totals.caop.toFixed(2));
    }
  });
});
