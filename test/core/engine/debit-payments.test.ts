/** A payment account's own payments, debited, beside its sales (evidence/debit-payments.ts). */
import { computeChunks } from "../../../src/core/chunks";
import { compute } from "../../../src/core/engine";
import { source, split, table } from "./chunking";

const H = [
  "Date",
  "Heure",
  "Nom",
  "Type",
  "État",
  "Devise",
  "Avant commission",
  "Commission",
  "Net",
  "Impact sur le solde",
];
const paypal = table(H, [
  [
    "05/01/2025",
    "10:00:00",
    "Client A",
    "Paiement Express Checkout",
    "Terminé",
    "EUR",
    "100,00",
    "-3,25",
    "96,75",
    "Crédit",
  ],
  [
    "06/01/2025",
    "10:00:00",
    "OVH SAS",
    "Paiement Express Checkout",
    "Terminé",
    "EUR",
    "-30,00",
    "0,00",
    "-30,00",
    "Débit",
  ],
  [
    "07/01/2025",
    "10:00:00",
    "",
    "Virement standard vers le compte bancaire",
    "Terminé",
    "EUR",
    "-60,00",
    "0,00",
    "-60,00",
    "Débit",
  ],
  [
    "20/01/2025",
    "10:00:00",
    "Client A",
    "Remboursement de paiement",
    "Terminé",
    "EUR",
    "-40,00",
    "1,30",
    "-38,70",
    "Débit",
  ],
  [
    "08/02/2025",
    "10:00:00",
    "Client B",
    "Paiement Express Checkout",
    "Terminé",
    "EUR",
    "50,00",
    "-1,80",
    "48,20",
    "Crédit",
  ],
]);

describe("PayPal's statement: payments debited from the account", () => {
  it("are the holder's purchases, set apart and said; the withdrawal is no sale; a refund stays a return", () => {
    const r = compute(paypal);
    // The accountant: sales 100 + 50, less the 40 refunded; the OVH purchase and the bank transfer are no sales.
    expect(r.totals.caop.toFixed(2)).toBe("110.00");
    const said = r.diagnostics.filter((d) => d.code === "debit_payments");
    expect(said.map((d) => [d.row, d.value, d.args?.count])).toEqual([[3, "Paiement Express Checkout", 1]]);
  });

  it("leave a chargeback a return of the sale it takes back", () => {
    const charged = table(H, [
      ...paypal.rows,
      [
        "09/02/2025",
        "10:00:00",
        "Client B",
        "Rétrofacturation",
        "Terminé",
        "EUR",
        "-50,00",
        "0,00",
        "-50,00",
        "Débit",
      ],
    ]);
    // 110 less the 50 of client B's sale taken back by the bank.
    expect(compute(charged).totals.caop.toFixed(2)).toBe("60.00");
  });

  it("give the same figure streamed", async () => {
    const r = await computeChunks(source(split(paypal, [2, 2])));
    expect(r.totals.caop.toFixed(2)).toBe("110.00");
  });

  it("are nothing without the side column (a receipts book's negative line is a correction)", () => {
    const plain = table(
      H.slice(0, 9),
      paypal.rows.map((row) => row.slice(0, 9)),
    );
    expect(compute(plain).diagnostics.map((d) => d.code)).not.toContain("debit_payments");
  });
});
