/** Sage 50 UK's Nominal Activity report: "N/C: 4000" headings give their lines the nominal code (evidence/nominal-headings.ts). */
import { computeChunks } from "../../../src/core/chunks";
import { compute } from "../../../src/core/engine";
import { toJson } from "../../../src/core/report";
import { source, split, table } from "./chunking";

const H = [
  "No",
  "Type",
  "Date",
  "Account",
  "Ref",
  "Details",
  "Dept",
  "T/C",
  "Value",
  "Debit",
  "Credit",
  "V",
  "B",
];
const heading = (code: string, name: string) => [
  `N/C: ${code}`,
  `Name: ${name}`,
  "",
  "",
  "",
  "",
  "",
  "",
  "",
  "",
  "",
  "",
  "",
];
const closing = (debit: string, credit: string, balance: string) => [
  ["", "", "", "", "", "", "", "", "Totals:", debit, credit, "", ""],
  ["", "", "", "", "", "", "", "", "History Balance:", "", balance, "", ""],
];
const line = (
  no: string,
  type: string,
  date: string,
  acc: string,
  details: string,
  debit: string,
  credit: string,
) => [no, type, date, acc, no, details, "0", "T1", debit || credit, debit, credit, "N", "-"];

const report = table(H, [
  heading("4000", "Sales - Products"),
  line("100", "SI", "14/01/2025", "BRO001", "Sales - Products", "", "1000.00"),
  line("101", "SC", "20/01/2025", "BRO001", "Sales - Products", "200.00", ""),
  line("102", "SI", "03/02/2025", "CGS001", "Sales - Products", "", "500.00"),
  ...closing("200.00", "1500.00", "1300.00"),
  [],
  heading("4009", "Discounts Allowed"),
  line("103", "SD", "10/02/2025", "CGS001", "Discounts Allowed", "25.00", ""),
  ...closing("25.00", "0.00", "-25.00"),
  heading("4200", "Sales of Assets"),
  line("104", "JC", "11/03/2025", "", "Disposal of van", "", "3000.00"),
  ...closing("0.00", "3000.00", "3000.00"),
  heading("4900", "Miscellaneous Income"),
  line("105", "BR", "03/02/2025", "", "Innovate UK grant", "", "5000.00"),
  ...closing("0.00", "5000.00", "5000.00"),
]);

describe("Sage 50 UK's Nominal Activity report", () => {
  it("reads each line by its heading's nominal code; headings, Totals and History Balance rows are not lines", () => {
    const r = toJson(compute(report));
    // 4000: 1 000.00 − 200.00 credit note (January) + 500.00 (February); 4009 discount 25.00 in
    // February; 4200 sale of the van and 4900 the grant are not CA OP.
    // January 800.00, February 500.00 − 25.00 = 475.00, March (the van) 0.00: 1 275.00.
    expect([r.caop, r.months.map((m) => [m.period, m.caop])]).toEqual([
      "1275.00",
      [
        ["2025-01", "800.00"],
        ["2025-02", "475.00"],
        ["2025-03", "0.00"],
      ],
    ]);
    expect(r.mapping.client).toBe("Account");
    const d = r.diagnostics.find((x) => x.code === "nominal_headings");
    expect([d?.row, d?.value]).toEqual([2, "N/C: 4000"]);
    expect(r.diagnostics.map((x) => x.code)).not.toContain("date_empty");
  });

  it("streamed in chunks: a code in force carries to the next chunk, said once", async () => {
    const r = toJson(await computeChunks(source(split(report, [2, 3, 5]))));
    expect(r.caop).toBe("1275.00");
    expect(r.diagnostics.filter((d) => d.code === "nominal_headings")).toHaveLength(1);
  });
});
