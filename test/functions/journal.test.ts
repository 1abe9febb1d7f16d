/**
 * CAOP.ISOP on the lines of a journal whose accounts are written as names (QuickBooks): with the
 * workbook's source confirmed as a journal (settings.journal, saved by the pane), each line's answer
 * is the engine's — the function and the dashboard agree. Without it, a name says nothing (as the
 * engine reads a sales list's account column).
 */
import { lineCounts } from "../../src/core/engine/lines";
import { compute } from "../../src/core/engine";
import { defaultSettings } from "../../src/core/settings";
import { resetFunctionContext, setFunctionContext } from "../../src/functions/context";
import { readTableFile } from "../../src/workbook/readers";
import { cellOf, loadExcel, type FakeExcel } from "./excel";

let excel: FakeExcel;
beforeAll(async () => {
  excel = await loadExcel();
});
beforeEach(() => resetFunctionContext());

const FILE = "test/fixtures/real/quickbooks-journal-account-names.csv";

async function isop(account: unknown, label: unknown): Promise<unknown> {
  return cellOf(await excel.call("CAOP.ISOP", [account, label, null]));
}

describe("CAOP.ISOP on a journal with account names", () => {
  it("agrees with the engine on every line once the source is known to be a journal", async () => {
    setFunctionContext({ settings: () => ({ ...defaultSettings(), journal: true }) });
    const table = await readTableFile(FILE);
    const r = compute(table);
    const account = table.headers.indexOf("Account");
    const memo = table.headers.indexOf("Memo/Description");
    const answers: [string, unknown, boolean][] = [];
    for (let i = 0; i < table.rows.length; i++) {
      const row = table.rows[i];
      answers.push([String(row[account]), await isop(row[account], row[memo]), lineCounts(r, i)]);
    }
    for (const [name, fn, engine] of answers) expect([name, fn]).toEqual([name, engine]);
    // The lines that differ from a reading without names: receivables, bank and the asset sale.
    expect(answers.filter(([, fn]) => fn === false).map(([n]) => n)).toEqual(
      expect.arrayContaining(["Accounts Receivable (A/R)", "Checking", "Gain on Sale of Fixed Assets"]),
    );
    expect(cellOf(await excel.call("CAOP.REASON", ["Interest Earned", "Interest", null]))).not.toBe(
      cellOf(await excel.call("CAOP.REASON", ["Services", "Installation", null])),
    );
  });

  it("without that, a name says nothing: Accounts Receivable is read as a line to count", async () => {
    setFunctionContext({ settings: () => null });
    expect(await isop("Accounts Receivable (A/R)", "Invoice 1001")).toBe(true);
    setFunctionContext({ settings: () => ({ ...defaultSettings(), journal: true }) });
    expect(await isop("Accounts Receivable (A/R)", "Invoice 1001")).toBe(false);
  });
});
