/** Account columns written as a chart's names (evidence/account-names.ts, the classifier's name reading). */
import { computeChunks } from "../../../src/core/chunks";
import { compute } from "../../../src/core/engine";
import { toJson } from "../../../src/core/report";
import { source, split, table } from "./chunking";

const codes = (r: { diagnostics: { code: string }[] }) => r.diagnostics.map((d) => d.code);

/** NetSuite's transaction saved search: each invoice's main line ("*", A/R at the total), then its lines by account name. */
const netsuite = table(
  [
    "Internal ID",
    "Date",
    "Period",
    "Type",
    "Document Number",
    "Name",
    "Account",
    "Memo",
    "Main Line",
    "Amount",
  ],
  [
    [
      "5001",
      "01/14/2025",
      "Jan 2025",
      "Invoice",
      "INV1",
      "Acme Corp",
      "Accounts Receivable",
      "",
      "*",
      "1082.50",
    ],
    [
      "5001",
      "01/14/2025",
      "Jan 2025",
      "Invoice",
      "INV1",
      "Acme Corp",
      "Sales",
      "Professional services",
      "",
      "1000.00",
    ],
    [
      "5001",
      "01/14/2025",
      "Jan 2025",
      "Invoice",
      "INV1",
      "Acme Corp",
      "Sales Taxes Payable",
      "Sales tax",
      "",
      "82.50",
    ],
    ["5002", "02/03/2025", "Feb 2025", "Invoice", "INV2", "Globex", "Accounts Receivable", "", "*", "541.25"],
    ["5002", "02/03/2025", "Feb 2025", "Invoice", "INV2", "Globex", "Sales", "Licence", "", "500.00"],
    [
      "5002",
      "02/03/2025",
      "Feb 2025",
      "Invoice",
      "INV2",
      "Globex",
      "Sales Taxes Payable",
      "Sales tax",
      "",
      "41.25",
    ],
  ],
);

describe("a sales list whose account column names a chart's accounts (NetSuite)", () => {
  it("reads the names: the sales-tax line is no sale, said with an example", () => {
    const r = compute(netsuite);
    // Sales 1 000.00 (January) + 500.00 (February); 82.50 and 41.25 of sales tax are not CA OP.
    expect([r.totals.caop.toFixed(2), toJson(r).months.map((m) => m.caop)]).toEqual([
      "1500.00",
      ["1000.00", "500.00"],
    ]);
    const d = r.diagnostics.find((x) => x.code === "account_names_column");
    expect([d?.row, d?.column, d?.value, d?.args?.other]).toEqual([
      3,
      "Account",
      "Sales",
      "Accounts Receivable",
    ]);
  });

  it("streamed in chunks: the later chunks read the names too", async () => {
    const r = toJson(await computeChunks(source(split(netsuite, [3]))));
    expect(r.caop).toBe("1500.00");
  });

  it("a column of customers proves no chart, even one named like a bank beside one named like sales", () => {
    const list = table(
      ["Date", "Account", "Description", "Amount"],
      [
        ["01/14/2025", "Sales Partners", "Consulting", "1000.00"],
        ["01/15/2025", "Banque Populaire", "Licence", "300.00"],
        ["01/16/2025", "Globex", "Licence", "200.00"],
      ],
    );
    // 1 000.00 + 300.00 + 200.00, all three customers' sales counted as before.
    const r = compute(list);
    expect([r.totals.caop.toFixed(2), codes(r).includes("account_names_column")]).toEqual(["1500.00", false]);
  });
});

describe("Wave's Account Transactions (a journal by account names)", () => {
  const wave = table(
    [
      "Transaction ID",
      "Transaction Date",
      "Account Name",
      "Transaction Description",
      "Transaction Line Description",
      "Amount (One Column)",
      "Debit Amount (Two Column Approach)",
      "Credit Amount (Two Column Approach)",
      "Customer",
      "Account Group",
    ],
    [
      [
        "1001",
        "2025-01-14",
        "Accounts Receivable",
        "Invoice 1",
        "",
        "1200.00",
        "1200.00",
        "",
        "Decathlon SE",
        "Asset",
      ],
      [
        "1001",
        "2025-01-14",
        "Sales",
        "Invoice 1",
        "Services",
        "-1000.00",
        "",
        "1000.00",
        "Decathlon SE",
        "Income",
      ],
      [
        "1001",
        "2025-01-14",
        "TVA collectée",
        "Invoice 1",
        "",
        "-200.00",
        "",
        "200.00",
        "Decathlon SE",
        "Liability",
      ],
      [
        "1002",
        "2025-01-20",
        "Compte courant BNP",
        "Invoice Payment 1",
        "",
        "1200.00",
        "1200.00",
        "",
        "Decathlon SE",
        "Asset",
      ],
      [
        "1002",
        "2025-01-20",
        "Accounts Receivable",
        "Invoice Payment 1",
        "",
        "-1200.00",
        "",
        "1200.00",
        "Decathlon SE",
        "Asset",
      ],
    ],
  );

  it("the payment's bank line (a French current account) and its receivable credit are no sales", () => {
    // Sales credited 1 000.00; the VAT, the receivable and the bank ("Compte courant") are not revenue.
    expect(compute(wave).totals.caop.toFixed(2)).toBe("1000.00");
    const onecol = table(
      wave.headers.filter((_, i) => i !== 6 && i !== 7),
      wave.rows.map((row) => row.filter((_, i) => i !== 6 && i !== 7)),
    );
    // One column, debit positive: −(−1 000.00) = 1 000.00.
    expect(compute(onecol).totals.caop.toFixed(2)).toBe("1000.00");
  });
});
