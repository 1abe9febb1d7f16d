/** A currency column that goes with amounts in each transaction's currency, beside company-currency amounts. */
import { compute } from "../../../src/core/engine";
import { detectMapping } from "../../../src/core/fields";
import { toJson } from "../../../src/core/report";
import { computeChunks } from "../../../src/core/chunks";
import { source, split, table } from "./chunking";

describe("a currency column beside amounts in the transaction currency", () => {
  const cegid = table(
    ["Date", "Général", "Libellé", "Débit devise", "Crédit devise", "Devise", "Débit", "Crédit"],
    [
      ["15/01/2025", "706000", "Facture Durand", "", "1 200,00", "EUR", "", "1 200,00"],
      ["28/01/2025", "706000", "Facture Acme", "", "3 600,00", "USD", "", "3 450,60"],
      ["31/01/2025", "709000", "Remise Acme", "104,33", "", "USD", "100,00", ""],
    ],
  );

  it("is theirs, not the company-currency amount's: no 'several currencies' refusal, a note", () => {
    const r = compute(cegid);
    // 1 200 + 3 450.60 − 100, in the company currency.
    expect(r.totals.caop.toFixed(2)).toBe("4550.60");
    const d = r.diagnostics.find((x) => x.code === "currency_of_foreign_amounts");
    expect([d?.column, d?.args?.foreign, d?.args?.read, d?.severity]).toEqual([
      "Devise",
      "Débit devise",
      "Crédit",
      "info",
    ]);
    // The amount read is named in both languages (its argument once clashed with a line's amount).
    expect(d?.message).toContain("« Crédit », le montant lu");
    expect(d?.messageEn).toContain('"Crédit", the amount read');
  });

  it("reads Oracle's accounted debits and credits, the ledger's currency, before its entered ones", () => {
    const oracle = table(
      [
        "GL Date",
        "Account",
        "Description",
        "Entered Dr",
        "Entered Cr",
        "Accounted Dr",
        "Accounted Cr",
        "Currency",
      ],
      [
        ["15/01/2025", "706000", "Services", "0", "1200.00", "0", "1080.00", "USD"],
        ["16/01/2025", "706000", "Services", "0", "500.00", "0", "500.00", "EUR"],
        ["20/01/2025", "709000", "Rebate", "50.00", "0", "45.00", "0", "USD"],
      ],
    );
    const r = compute(oracle);
    expect(toJson(r).mapping).toMatchObject({ debit: "Accounted Dr", credit: "Accounted Cr" });
    // 1 080 + 500 − 45 in the ledger's currency; the entries' own currencies are not summed.
    expect(r.totals.caop.toFixed(2)).toBe("1535.00");
    const d = r.diagnostics.find((x) => x.code === "currency_of_foreign_amounts");
    expect([d?.column, d?.args?.foreign, d?.args?.read]).toEqual(["Currency", "Entered Dr", "Accounted Cr"]);
  });

  it("stays the amount's currency when the amount read is itself in the transaction currency, or the user says so", () => {
    const odoo = ["Date", "Account", "Amount in Currency", "Currency", "Balance"];
    expect(detectMapping(odoo).mapping.currency).toBe(3);
    const own = ["Date", "Compte", "Montant devise", "Devise"];
    expect(detectMapping(own).mapping.currency).toBe(3);
    expect(detectMapping(["Date", "Compte", "Montant", "Devise"]).mapping.currency).toBe(3);
    // SAP's "Montant en devise interne" is the company's currency, and the amount read.
    const sap = detectMapping([
      "Date",
      "Compte",
      "Montant en devise interne",
      "Devise int.",
      "Montant en devise",
      "Devise",
    ]);
    expect([sap.mapping.amount, sap.currencyOfForeign?.foreign]).toEqual([2, 4]);
    expect(() => compute(cegid, { mapping: { currency: "Devise" } })).toThrow(/EUR, USD.*--map currency=/);
  });
});

describe("ERP exports with the amount in the company's currency beside the transaction's (D365, Oracle AR, Qualiac)", () => {
  it("reads D365's Amount in accounting currency, not the one in transaction currency", () => {
    const d365 = table(
      [
        "Voucher",
        "Date",
        "Main account",
        "Description",
        "Currency",
        "Amount in transaction currency",
        "Amount in accounting currency",
      ],
      [
        ["FRSI-1", "2025-01-10", "706100", "Services", "USD", "-1100.00", "-1000.00"],
        ["FRSI-1", "2025-01-10", "411000", "Client", "USD", "1100.00", "1000.00"],
        ["FRSI-2", "2025-01-12", "706100", "Services", "EUR", "-500.00", "-500.00"],
        ["FRSI-2", "2025-01-12", "411000", "Client", "EUR", "500.00", "500.00"],
      ],
    );
    const r = compute(d365);
    expect(toJson(r).mapping).toMatchObject({ amount: "Amount in accounting currency" });
    // 1 000 + 500 in euros (debits positive, proven by the balanced entries); the USD 1 100 is not read.
    expect(r.totals.caop.toFixed(2)).toBe("1500.00");
    const d = r.diagnostics.find((x) => x.code === "currency_of_foreign_amounts");
    expect([d?.column, d?.args?.foreign, d?.args?.read]).toEqual([
      "Currency",
      "Amount in transaction currency",
      "Amount in accounting currency",
    ]);
  });

  it("reads Oracle Receivables' Functional Amount, not the Entered Amount in each invoice's currency", () => {
    const oracle = table(
      [
        "Transaction Number",
        "Transaction Date",
        "Entered Currency",
        "Entered Amount",
        "Exchange Rate",
        "Functional Amount",
      ],
      [
        ["270000", "04/01/2025", "EUR", "1000.00", "1", "1000.00"],
        ["270001", "05/01/2025", "USD", "2000.00", "0.92", "1840.00"],
      ],
    );
    const r = compute(oracle);
    // 1 000 + 1 840 in euros (not 1 000 + 2 000 USD).
    expect(r.totals.caop.toFixed(2)).toBe("2840.00");
    const d = r.diagnostics.find((x) => x.code === "currency_of_foreign_amounts");
    expect([d?.column, d?.args?.foreign, d?.args?.read]).toEqual([
      "Entered Currency",
      "Entered Amount",
      "Functional Amount",
    ]);
  });

  it("reads Qualiac's Mt débit / crédit EUR, not the Mt débit / crédit dev of the entry's currency", () => {
    const qualiac = table(
      [
        "Date cpt",
        "Cpte gén",
        "Devise orig",
        "Mt débit dev",
        "Mt crédit dev",
        "Mt débit EUR",
        "Mt crédit EUR",
      ],
      [
        ["02/01/2025", "706100", "USD", "", "1 300,00", "", "1 200,00"],
        ["02/01/2025", "411000", "USD", "1 300,00", "", "1 200,00", ""],
        ["03/01/2025", "709000", "EUR", "50,00", "", "50,00", ""],
      ],
    );
    const r = compute(qualiac);
    expect(toJson(r).mapping).toMatchObject({ debit: "Mt débit EUR", credit: "Mt crédit EUR" });
    // 1 200 − 50 in euros.
    expect(r.totals.caop.toFixed(2)).toBe("1150.00");
    const d = r.diagnostics.find((x) => x.code === "currency_of_foreign_amounts");
    expect([d?.column, d?.args?.foreign]).toEqual(["Devise orig", "Mt débit dev"]);
  });
});

describe("Business Central (French): Montant HT DS, the company's currency, beside each invoice's", () => {
  it("reads Montant HT DS; the currency code goes with Montant HT", () => {
    const t = table(
      ["Date comptabilisation", "N° document", "Client", "Code devise", "Montant HT", "Montant HT DS"],
      [
        ["10/01/2025", "FV1", "Dupont", "", "1000,00", "1000,00"],
        ["15/01/2025", "FV2", "Acme Inc", "USD", "1100,00", "1012,35"],
      ],
    );
    const r = compute(t);
    expect([r.currency, r.totals.caop.toFixed(2)]).toEqual(["EUR", "2012.35"]);
    expect(r.diagnostics.map((d) => d.code)).toContain("currency_of_foreign_amounts");
  });
});

describe("a currency column blank on some lines beside another currency (Business Central's LCY lines)", () => {
  const ledger = (codes: string[]): ReturnType<typeof table> =>
    table(
      ["Posting Date", "Document No.", "Description", "Currency Code", "Sales (LCY)"],
      codes.map((code, i) => [`2025-01-${10 + i}`, `INV-${i}`, "Consulting", code, "1000.00"]),
    );
  const blank = (r: ReturnType<typeof compute>) => r.diagnostics.filter((d) => d.code === "currency_blank");

  it("reads every line in the one currency named, and warns that a blank may be the company's own", () => {
    const r = compute(ledger(["", "", "USD", ""]));
    expect([r.currency, r.totals.caop.toFixed(2)]).toEqual(["USD", "4000.00"]);
    const [d] = blank(r);
    expect([d.severity, d.row, d.column, d.args?.count]).toEqual(["warning", 2, "Currency Code", 3]);
    expect(d.message).toBe(
      "3 ligne(s) sans devise dans la colonne « Currency Code » (d'abord ligne 2), les autres en USD : toutes lues en USD ; si une devise vide est celle de la société (l'euro), le fichier mêle deux devises : calculez-les à part",
    );
    expect(d.messageEn).toContain('3 line(s) with no currency in column "Currency Code" (first row 2)');
  });

  it("reads the euro however the column spells it (Euro, Euros, Eur., €): one currency", () => {
    const r = compute(ledger(["EUR", "Euro", "euros", "Eur.", "€"]));
    expect([r.currency, r.totals.caop.toFixed(2)]).toEqual(["EUR", "5000.00"]);
  });

  it("says nothing when the named currency is the euro, or when no cell is blank", () => {
    expect(blank(compute(ledger(["", "EUR", ""])))).toEqual([]);
    expect(blank(compute(ledger(["USD", "USD"])))).toEqual([]);
  });

  it("counts the blanks of every chunk, the USD line in a later chunk (streamed = whole)", async () => {
    const t = ledger(["", "", "", "USD", ""]);
    for (const sizes of [[1], [2, 2], [3]]) {
      const r = await computeChunks(source(split(t, sizes)));
      expect(blank(r).map((d) => [d.row, d.args?.count])).toEqual([[2, 4]]);
    }
  });
});

describe("Stripe's amounts converted into the account's currency", () => {
  const headers = [
    "id",
    "Created (UTC)",
    "Amount",
    "Amount Refunded",
    "Currency",
    "Converted Amount",
    "Converted Amount Refunded",
    "Converted Currency",
    "Status",
  ];
  const stripe = table(headers, [
    ["ch_1", "2025-07-01 10:00:00", "100.00", "0.00", "usd", "92.00", "0.00", "eur", "Paid"],
    ["ch_2", "2025-07-02 10:00:00", "50.00", "0.00", "eur", "50.00", "0.00", "eur", "Paid"],
    ["ch_3", "2025-07-03 10:00:00", "200.00", "200.00", "gbp", "235.00", "235.00", "eur", "Paid"],
    ["ch_4", "2025-08-04 09:00:00", "80.00", "20.00", "usd", "73.60", "18.40", "eur", "Paid"],
  ]);

  it("are read, refunds too, with a note naming the column not read: no 'several currencies' refusal", () => {
    const r = compute(stripe);
    // July 92 + 50 + 235 − 235; August 73.60 − 18.40, all in euros.
    expect(r.totals.caop.toFixed(2)).toBe("197.20");
    expect(toJson(r).months.map((m) => [m.period, m.caop])).toEqual([
      ["2025-07", "142.00"],
      ["2025-08", "55.20"],
    ]);
    const d = r.diagnostics.find((x) => x.code === "converted_amounts");
    expect([d?.column, d?.args?.currency, d?.args?.instead, d?.severity]).toEqual([
      "Converted Amount",
      "Converted Currency",
      "Amount",
      "info",
    ]);
  });

  it("give way to the user's choice of amount (then several currencies are refused, as before)", () => {
    expect(detectMapping(headers, { amount: "Amount" }).mapping.amount).toBe(2);
    expect(() => compute(stripe, { mapping: { amount: "Amount" } })).toThrow(/USD|GBP/);
  });

  it("are not read without a converted currency column (nothing proves the account's currency)", () => {
    const m = detectMapping(headers.filter((h) => h !== "Converted Currency"));
    expect(m.converted).toBeUndefined();
  });
});
