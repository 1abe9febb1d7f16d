/**
 * Platform payout and sales reports as they come out (round 27a): PayPal, Airbnb, marketplaces.
 * Expected figures are the accountant's, written from each file before the code read it.
 */
import { computeChunks } from "../../../src/core/chunks";
import { compute } from "../../../src/core/engine";
import { detectMapping } from "../../../src/core/fields";
import { source, split, table } from "./chunking";

const caop = (t: ReturnType<typeof table>): string => compute(t).totals.caop.toFixed(2);

/** PayPal's French activity download, its 41 columns as they come out. */
const PAYPAL_FR = [
  "Date",
  "Heure",
  "Fuseau horaire",
  "Nom",
  "Type",
  "État",
  "Devise",
  "Avant commission",
  "Commission",
  "Net",
  "De l'adresse email",
  "À l'adresse email",
  "Numéro de transaction",
  "Adresse de livraison",
  "État de l'adresse",
  "Titre de l'objet",
  "Numéro de l'objet",
  "Montant des frais d'expédition et de traitement",
  "Montant de l'assurance",
  "Montant de la taxe",
  "Nom de l'option 1",
  "Valeur de l'option 1",
  "Nom de l'option 2",
  "Valeur de l'option 2",
  "Numéro de la transaction de référence",
  "Numéro de facture",
  "Numéro de client",
  "Quantité",
  "Numéro de reçu",
  "Solde",
  "Adresse",
  "Adresse (suite)/District/Quartier",
  "Ville",
  "État/Province/Région/Comté/Territoire/Préfecture/République",
  "Code postal",
  "Pays",
  "Numéro de téléphone du contact",
  "Objet",
  "Remarque",
  "Indicatif pays",
  "Impact sur le solde",
];

/** One PayPal FR row: date, type, gross, fee, net, insurance cell, balance impact; the rest empty or zero. */
function paypalRow(
  date: string,
  type: string,
  gross: string,
  fee: string,
  net: string,
  ins: string,
  impact: string,
) {
  const row: string[] = PAYPAL_FR.map(() => "");
  const set = (h: string, v: string): void => {
    row[PAYPAL_FR.indexOf(h)] = v;
  };
  set("Date", date);
  set("Heure", "10:00:00");
  set("Fuseau horaire", "Europe/Paris");
  set("Nom", "Emma Martin");
  set("Type", type);
  set("État", "Terminé");
  set("Devise", "EUR");
  set("Avant commission", gross);
  set("Commission", fee);
  set("Net", net);
  set("Montant des frais d'expédition et de traitement", "0,00");
  set("Montant de l'assurance", ins);
  set("Montant de la taxe", "0,00");
  set("Quantité", "1");
  set("Impact sur le solde", impact);
  return row;
}

describe("PayPal's French activity download", () => {
  for (const ins of ["0,00", ""])
    it(`reads its gross 'Avant commission', not 'Montant de l'assurance' (insurance cells '${ins}')`, () => {
      // 45,00 + 30,00 = 75,00; the commission is a charge; the transfer to the bank (−60,00) is no sale.
      const t = table(PAYPAL_FR, [
        paypalRow("06/01/2025", "Paiement Express Checkout", "45,00", "-1,66", "43,34", ins, "Crédit"),
        paypalRow("07/01/2025", "Paiement sur site marchand", "30,00", "-1,22", "28,78", ins, "Crédit"),
        paypalRow(
          "15/01/2025",
          "Virement standard vers le compte bancaire",
          "-60,00",
          "0,00",
          "-60,00",
          ins,
          "Débit",
        ),
      ]);
      expect(detectMapping(PAYPAL_FR).mapping.amount).toBe(PAYPAL_FR.indexOf("Avant commission"));
      expect(caop(t)).toBe("75.00");
    });
});

/** Airbnb's transaction history with French headers. */
const AIRBNB_FR =
  "Date,Date d'arrivée prévue,Type,Code de confirmation,Date de réservation,Date de début,Date de fin,Nuits,Voyageur,Logement,Détails,Code de référence,Devise,Montant,Versé,Frais de service,Frais de paiement rapide,Frais de ménage,Revenus bruts,Taxes de séjour,Année des revenus".split(
    ",",
  );

describe("Airbnb's French transaction history", () => {
  it("reads 'Revenus bruts' (before the host's service fee), not the net 'Montant'", () => {
    // Revenus bruts 420,00 + 240,00 = 660,00 (Montant 407,40 + 232,80 is after the 3 % service fee, a charge).
    const payout = (d: string, v: string): string[] => [
      d,
      "",
      "Versement",
      "",
      "",
      "",
      "",
      "",
      "",
      "",
      "Virement",
      "",
      "EUR",
      "",
      v,
      "",
      "",
      "",
      "",
      "",
      "",
    ];
    const stay = (d: string, code: string, net: string, fee: string, gross: string): string[] => [
      d,
      "",
      "Réservation",
      code,
      "02/01/2025",
      d,
      d,
      "3",
      "Emma",
      "Studio",
      "",
      "",
      "EUR",
      net,
      "",
      fee,
      "",
      "",
      gross,
      "",
      "2025",
    ];
    const t = table(AIRBNB_FR, [
      payout("06/01/2025", "407.40"),
      stay("06/01/2025", "HMABCD1234", "407.40", "12.60", "420.00"),
      payout("20/01/2025", "232.80"),
      stay("20/01/2025", "HMEFGH5678", "232.80", "7.20", "240.00"),
    ]);
    expect(detectMapping(AIRBNB_FR).mapping.amount).toBe(AIRBNB_FR.indexOf("Revenus bruts"));
    expect(caop(t)).toBe("660.00");
  });
});

const CDISCOUNT = [
  "Date de commande",
  "N° de commande",
  "Statut",
  "Référence produit",
  "Libellé produit",
  "Quantité",
  "Prix unitaire TTC",
  "Montant TTC",
  "Frais de port TTC",
  "Taux de TVA",
  "Commission TTC",
  "Montant à reverser",
];
const cdiscountRows = [
  [
    "06/01/2025 10:00",
    "2501061000001",
    "Expédiée",
    "REF1001",
    "Mug",
    "1",
    "24,00",
    "24,00",
    "6,00",
    "20%",
    "3,60",
    "26,40",
  ],
  [
    "07/01/2025 11:00",
    "2501071000002",
    "Expédiée",
    "REF1002",
    "Tablier",
    "2",
    "18,00",
    "36,00",
    "0,00",
    "20%",
    "4,32",
    "31,68",
  ],
];

describe("marketplace orders: the sale, never the payout after commission", () => {
  it("Cdiscount: Montant TTC (q × price) with its Frais de port TTC, at the 20 % rate; not 'Montant à reverser'", () => {
    // (24,00 + 6,00) / 1,2 = 25,00; 36,00 / 1,2 = 30,00: 55,00. The commission is a charge.
    const t = table(CDISCOUNT, cdiscountRows);
    expect(detectMapping(CDISCOUNT).mapping.amount).toBe(CDISCOUNT.indexOf("Montant TTC"));
    expect(caop(t)).toBe("55.00");
    const note = compute(t).diagnostics.find((d) => d.code === "items_plus_shipping");
    expect([note?.row, note?.column, note?.value]).toEqual([2, "Montant TTC", "24,00"]);
    // The same once the user maps it.
    const mapped = compute(t, { mapping: { amount: "Montant TTC" } });
    expect(mapped.totals.caop.toFixed(2)).toBe("55.00");
  });

  it("an order line's amount that already holds its shipping gets none added", () => {
    // 1 × 24,00 + 6,00 = 30,00 holds the shipping: 30,00 / 1,2 + 36,00 / 1,2 = 25,00 + 30,00 = 55,00.
    const rows = cdiscountRows.map((r) => [...r]);
    rows[0][7] = "30,00";
    const t = table(CDISCOUNT, rows);
    expect(caop(t)).toBe("55.00");
    expect(compute(t).diagnostics.map((d) => d.code)).not.toContain("items_plus_shipping");
  });

  it("Cdiscount streamed: the chunk without shipping reads as the one proving it; a chunk holding it rules it out", async () => {
    // Rows: 36,00 (no shipping), then 24,00 + 6,00: (36 + 30) / 1,2 = 55,00, cut after the first row.
    const t = table(CDISCOUNT, [cdiscountRows[1], cdiscountRows[0]]);
    const chunked = await computeChunks(source(split(t, [1])));
    expect(chunked.totals.caop.toFixed(2)).toBe("55.00");
    // A later order line of 1 × 10,00 + 5,00 = 15,00 holds its shipping: none is added anywhere,
    // 36 / 1,2 + 24 / 1,2 + 15 / 1,2 = 30 + 20 + 12,50 = 62,50.
    const held = [
      "08/01/2025 12:00",
      "3",
      "Expédiée",
      "R3",
      "Bol",
      "1",
      "10,00",
      "15,00",
      "5,00",
      "20%",
      "1,50",
      "13,50",
    ];
    const t2 = table(CDISCOUNT, [cdiscountRows[1], cdiscountRows[0], held]);
    expect(caop(t2)).toBe("62.50");
    expect((await computeChunks(source(split(t2, [2])))).totals.caop.toFixed(2)).toBe("62.50");
  });

  it("ManoMano: Sous-total produits TTC with its Frais de port TTC; not 'Montant net vendeur'", () => {
    // (24,00 + 5,94) / 1,2 = 24,95; 36,00 / 1,2 = 30,00: 54,95.
    const h = [
      "Date de commande",
      "Numéro de commande",
      "Statut",
      "Nom du produit",
      "SKU",
      "Quantité",
      "Prix unitaire TTC",
      "Sous-total produits TTC",
      "Frais de port TTC",
      "Total TTC",
      "Taux de TVA",
      "Commission HT",
      "TVA sur commission",
      "Montant net vendeur",
    ];
    const t = table(h, [
      [
        "06/01/2025",
        "M1",
        "Livrée",
        "Vis",
        "MM-1",
        "2",
        "12,00",
        "24,00",
        "5,94",
        "29,94",
        "20%",
        "3,74",
        "0,75",
        "25,45",
      ],
      [
        "08/01/2025",
        "M2",
        "Expédiée",
        "Tuyau",
        "MM-2",
        "1",
        "36,00",
        "36,00",
        "0,00",
        "36,00",
        "20%",
        "4,50",
        "0,90",
        "30,60",
      ],
    ]);
    expect(detectMapping(h).mapping.net_amount).toBeUndefined();
    expect(caop(t)).toBe("54.95");
  });
});

describe("holiday rentals' payments: the rent and the cleaning fee, not the payout", () => {
  it("Abritel: Montant de la location + Frais de ménage; not 'Montant versé'", () => {
    // 450 + 50 + 300 + 50 = 850; the taxe de séjour is collected for the commune, the commission a charge.
    const h = [
      "N° de réservation",
      "Nom du logement",
      "Arrivée",
      "Départ",
      "Date du paiement",
      "Montant de la location",
      "Frais de ménage",
      "Taxe de séjour",
      "Commission",
      "Montant versé",
      "Devise",
    ];
    const t = table(h, [
      [
        "HA-1",
        "Maison",
        "04/01/2025",
        "07/01/2025",
        "04/01/2025",
        "450,00",
        "50,00",
        "6,60",
        "-25,00",
        "466,40",
        "EUR",
      ],
      [
        "HA-2",
        "Maison",
        "10/01/2025",
        "12/01/2025",
        "10/01/2025",
        "300,00",
        "50,00",
        "4,40",
        "-17,50",
        "326,27",
        "EUR",
      ],
    ]);
    expect(caop(t)).toBe("850.00");
    const note = compute(t).diagnostics.find((d) => d.code === "amount_plus_cleaning");
    expect(note?.column).toBe("Montant de la location");
  });

  it("Vrbo: Rental amount + Cleaning fee", () => {
    // 450 + 50 + 300 + 50 = 850.
    const h = [
      "Reservation ID",
      "Check-in",
      "Payment date",
      "Rental amount",
      "Cleaning fee",
      "Lodging taxes",
      "Commission",
      "Payout amount",
      "Currency",
    ];
    const t = table(h, [
      ["HA-1", "2025-01-04", "2025-01-04", "450.00", "50.00", "6.60", "-25.00", "466.40", "EUR"],
      ["HA-2", "2025-01-10", "2025-01-10", "300.00", "50.00", "4.40", "-17.50", "326.27", "EUR"],
    ]);
    expect(caop(t)).toBe("850.00");
  });

  it("Airbnb's Gross earnings already hold the cleaning fee: not added again", () => {
    // Gross earnings 420 (385 + 35 cleaning): 420.
    const h = ["Date", "Type", "Amount", "Service fee", "Cleaning fee", "Gross earnings", "Currency"];
    const t = table(h, [["01/16/2025", "Reservation", "407.40", "12.60", "35.00", "420.00", "EUR"]]);
    expect(caop(t)).toBe("420.00");
  });
});

const UBER_FR = [
  "Nom du restaurant",
  "Identifiant de la commande",
  "Statut de la commande",
  "Date de la commande",
  "Ventes (HT)",
  "TVA sur les ventes",
  "Ventes (TTC)",
  "Remboursements (HT)",
  "TVA sur les remboursements",
  "Remboursements (TTC)",
  "Promotions sur les articles",
  "TVA sur les promotions sur les articles",
  "Frais de la plateforme",
  "TVA sur les frais de la plateforme",
  "Versement total",
  "Date de versement",
];

describe("food delivery payment reports: the restaurant's refunds and own promotions taken off", () => {
  it("Uber Eats FR: a refund (HT 5,00) and a promotion given with its tax (3,30, VAT 0,30) at 10 %", () => {
    // Sales HT 20 + 30 + 40 = 90; refund 5,00 HT; promotion 3,30 TTC = 3,00 HT: 90 − 5 − 3 = 82.
    // The platform's fee is a charge, the payout no sale.
    const t = table(UBER_FR, [
      [
        "Bao",
        "1",
        "Terminée",
        "06/01/2025",
        "20,00",
        "2,00",
        "22,00",
        "0,00",
        "0,00",
        "0,00",
        "0,00",
        "0,00",
        "-6,60",
        "-1,32",
        "14,08",
        "13/01/2025",
      ],
      [
        "Bao",
        "2",
        "Terminée",
        "07/01/2025",
        "30,00",
        "3,00",
        "33,00",
        "-5,00",
        "-0,50",
        "-5,50",
        "0,00",
        "0,00",
        "-8,25",
        "-1,65",
        "17,60",
        "13/01/2025",
      ],
      [
        "Bao",
        "3",
        "Terminée",
        "08/01/2025",
        "40,00",
        "4,00",
        "44,00",
        "0,00",
        "0,00",
        "0,00",
        "-3,30",
        "-0,30",
        "-11,00",
        "-2,20",
        "27,50",
        "13/01/2025",
      ],
    ]);
    const m = detectMapping(UBER_FR).mapping;
    expect([m.amount, m.vat_amount, m.return_amount, m.discount_amount]).toEqual(
      ["Ventes (TTC)", "TVA sur les ventes", "Remboursements (TTC)", "Promotions sur les articles"].map((h) =>
        UBER_FR.indexOf(h),
      ),
    );
    expect(caop(t)).toBe("82.00");
  });

  it("Uber Eats EN: Sales (excl. VAT) is an amount (no longer refused)", () => {
    // 40,50 HT: 40.50.
    const h = [
      "Order ID",
      "Order Status",
      "Order Date",
      "Sales (excl. VAT)",
      "VAT on Sales",
      "Sales (incl. VAT)",
      "Total payout",
    ];
    const t = table(h, [["1", "Completed", "2025-02-06", "40.50", "4.05", "44.55", "28.51"]]);
    expect(caop(t)).toBe("40.50");
  });

  it("Deliveroo: the restaurant's offers and the refunds taken off, Deliveroo's own offers not", () => {
    // 25 + 40 + 30 = 95 − 5 (restaurant's offer) − 8 (refund) = 82; Deliveroo's 4,00 offer is its own cost.
    const h = [
      "Numéro de commande",
      "Date de commande",
      "Statut",
      "Valeur de la commande",
      "Offres financées par le restaurant",
      "Offres financées par Deliveroo",
      "Remboursements",
      "Commission",
      "Montant net versé",
    ];
    const t = table(h, [
      ["#1", "06/01/2025", "Livrée", "25,00", "0,00", "4,00", "0,00", "-7,50", "17,15"],
      ["#2", "07/01/2025", "Livrée", "40,00", "5,00", "0,00", "0,00", "-10,50", "24,01"],
      ["#3", "08/01/2025", "Livrée", "30,00", "0,00", "0,00", "8,00", "-6,60", "15,09"],
    ]);
    expect(caop(t)).toBe("82.00");
  });
});

describe("Shopify Payments' payouts export", () => {
  const H = [
    "Payout Date",
    "Status",
    "Charges",
    "Refunds",
    "Adjustments",
    "Reserved Funds",
    "Fees",
    "Retried Amount",
    "Total",
    "Currency",
  ];
  const rows = [
    ["2025-01-08", "paid", "500.00", "-20.00", "0.00", "0.00", "-10.50", "0.00", "469.50", "EUR"],
    ["2025-01-06", "paid", "300.00", "0.00", "0.00", "0.00", "-6.00", "0.00", "294.00", "EUR"],
  ];
  it("reads Charges less Refunds, never 'Retried Amount' nor the payout Total", () => {
    // 500 − 20 + 300 = 780; fees are charges of the shop.
    expect(caop(table(H, rows))).toBe("780.00");
  });
  it("reads it without its Retried Amount column (no longer refused)", () => {
    const at = H.indexOf("Retried Amount");
    const without = (r: string[]): string[] => r.filter((_v, i) => i !== at);
    expect(caop(table(without(H), rows.map(without)))).toBe("780.00");
  });
  it("a failed payout's charges were sold all the same: its Status is the payout's, not read (round 28b W01)", () => {
    const failed = [
      ...rows,
      ["2025-02-17", "failed", "530.00", "0.00", "0.00", "0.00", "-15.74", "0.00", "514.26", "EUR"],
      ["2025-02-24", "paid", "0.00", "0.00", "0.00", "0.00", "0.00", "514.26", "514.26", "EUR"],
    ];
    // 780 + 530; the retried 514.26 is the same money again.
    expect(caop(table(H, failed))).toBe("1310.00");
    expect(detectMapping(H).mapping.status).toBeUndefined();
    expect(detectMapping(H, { status: "Status" }).mapping.status).toBe(1);
  });
});

describe("Booking.com's reservations export", () => {
  it("a reservation cancelled by the guest is no stay sold ('ok' kept)", () => {
    // 200 + 220 = 420; the cancelled 180 is set apart.
    const h = [
      "Numéro de réservation",
      "Nom du client",
      "Arrivée",
      "Départ",
      "Statut",
      "Prix",
      "Montant de la commission",
    ];
    const t = table(h, [
      ["4000000001", "Emma", "2025-01-06", "2025-01-08", "ok", "200.00 EUR", "30.00 EUR"],
      ["4000000002", "Emma", "2025-01-10", "2025-01-12", "cancelled_by_guest", "180.00 EUR", "0.00 EUR"],
      ["4000000003", "Emma", "2025-01-15", "2025-01-17", "ok", "220.00 EUR", "33.00 EUR"],
    ]);
    const r = compute(t, { mapping: { amount: "Prix", date: "Arrivée" } });
    expect(r.totals.caop.toFixed(2)).toBe("420.00");
    const note = r.diagnostics.find((d) => d.code === "status_not_issued");
    expect(note?.value).toBe("cancelled_by_guest");
  });
});

describe("a platform's gross holding what it collects for others", () => {
  it("Booking.com Payments: Montant brut less its Taxe de séjour (collected for the commune)", () => {
    // (206 − 6) + (303 − 3) = 500; the payout row has no gross (set apart, said).
    const h = [
      "Type",
      "Numéro de référence",
      "Date d'arrivée",
      "Nom du client",
      "Devise",
      "Montant brut",
      "Commission",
      "Taxe de séjour",
      "Montant net",
      "Date de versement",
    ];
    const t = table(h, [
      [
        "Réservation",
        "4123456789",
        "03/01/2025",
        "Emma",
        "EUR",
        "206,00",
        "-30,00",
        "6,00",
        "173,73",
        "06/01/2025",
      ],
      [
        "Réservation",
        "4123456790",
        "02/01/2025",
        "Paul",
        "EUR",
        "303,00",
        "-45,00",
        "3,00",
        "254,67",
        "06/01/2025",
      ],
      ["Versement", "", "", "", "EUR", "", "", "", "428,40", "06/01/2025"],
    ]);
    expect(caop(t)).toBe("500.00");
    const note = compute(t).diagnostics.find((d) => d.code === "amount_less_collected");
    expect([note?.row, note?.column, note?.value]).toEqual([2, "Taxe de séjour", "6,00"]);
  });

  it("Booking.com Payments' English statement: Final amount less its City tax; Payout type is no nature", () => {
    // (234,40 − 4,40) + (623,50 − 11,00) = 842,50; commission and fee are expenses, Payable amount the payout.
    const h = [
      "Type / Transaction type",
      "Reference number",
      "Issue date",
      "Original amount",
      "Final amount",
      "Commission amount",
      "Payments Service Fee",
      "City tax",
      "Transaction currency",
      "Payable amount",
      "Payout type",
    ];
    const t = table(h, [
      [
        "Reservation",
        "4100000001",
        "2025-03-04",
        "234.40",
        "234.40",
        "-34.50",
        "-2.58",
        "4.40",
        "EUR",
        "197.32",
        "Bank transfer",
      ],
      [
        "Reservation",
        "4100000002",
        "2025-03-15",
        "623.50",
        "623.50",
        "-91.88",
        "-6.86",
        "11.00",
        "EUR",
        "524.76",
        "Bank transfer",
      ],
    ]);
    expect(detectMapping(h).mapping.kind).toBeUndefined();
    expect(caop(t)).toBe("842.50");
    const note = compute(t).diagnostics.find((d) => d.code === "amount_less_collected");
    expect([note?.row, note?.column, note?.value]).toEqual([2, "City tax", "4.40"]);
  });

  it("eBay: Gross transaction amount less the eBay collected tax ('--' on rows of none)", () => {
    // 45,00 (40 + 5 shipping) + (54,00 − 9,00 UK tax eBay collects) = 90,00; the payout is no sale.
    const h = [
      "Transaction creation date",
      "Type",
      "Order number",
      "Item subtotal",
      "Shipping and handling",
      "eBay collected tax",
      "Gross transaction amount",
      "Transaction currency",
    ];
    const t = table(h, [
      ["Jan 6, 2025", "Order", "11-1", "40.00", "5.00", "0.00", "45.00", "EUR"],
      ["Jan 7, 2025", "Order", "11-2", "40.00", "5.00", "9.00", "54.00", "EUR"],
      ["Jan 9, 2025", "Payout", "--", "--", "--", "--", "-99.00", "EUR"],
    ]);
    expect(caop(t)).toBe("90.00");
  });

  it("Zettle: Total (EUR) less its VAT (EUR) and the gift cards sold in it; the tip column beside it left", () => {
    // (55 − 5) + (132 − 12) + (50 − 50 gift card) + (−55 + 5) + (242 − 22) = 340.
    const h = [
      "Date",
      "Receipt number",
      "Sale type",
      "Total (EUR)",
      "VAT (EUR)",
      "Tip (EUR)",
      "Gift card (EUR)",
    ];
    const t = table(h, [
      ["05/01/2025", "500", "Sale", "55", "5", "0", "0"],
      ["12/01/2025", "501", "Sale", "132", "12", "8", "0"],
      ["12/01/2025", "502", "Sale", "50", "0", "0", "50"],
      ["02/02/2025", "503", "Refund", "-55", "-5", "0", "0"],
      ["14/02/2025", "504", "Sale", "242", "22", "10", "0"],
    ]);
    expect(caop(t)).toBe("340.00");
    const note = compute(t).diagnostics.find((d) => d.code === "amount_less_gift_cards");
    expect([note?.row, note?.column, note?.value]).toEqual([4, "Gift card (EUR)", "50"]);
    // A total without a gift card column: read less its VAT only.
    const plain = table(["Date", "Total (EUR)", "VAT (EUR)"], [["05/01/2025", "120", "20"]]);
    expect(caop(plain)).toBe("100.00");
  });

  it("a till's payments by method (Cash | Card | Gift card | Total): a gift card spent is part of the sale, not taken off", () => {
    // (120 − 20) + (60 − 10) = 150: read less its VAT only.
    const h = ["Date", "Cash (EUR)", "Card (EUR)", "Gift card (EUR)", "Total (EUR)", "VAT (EUR)"];
    const t = table(h, [
      ["05/01/2025", "20", "50", "50", "120", "20"],
      ["06/01/2025", "0", "60", "0", "60", "10"],
    ]);
    expect(caop(t)).toBe("150.00");
    expect(compute(t).diagnostics.some((d) => d.code === "amount_less_gift_cards")).toBe(false);
    // A French Z report (review, wave 21): tenders named "Carte Bleue", "Chèques vacances", "Règlement CB".
    for (const tenders of [
      ["Carte Bleue", "Chèques vacances"],
      ["Règlement CB", "Règlement espèces"],
      ["Liquide", "Carte bleue"],
    ]) {
      const z = table(
        ["Date", "Total TTC", "TVA", ...tenders, "Carte cadeau"],
        [["01/03/2025", "1200,00", "200,00", "900,00", "100,00", "200,00"]],
      );
      expect(caop(z)).toBe("1000.00");
    }
  });

  it("eBay FR: Montant brut de la transaction, dated by the transaction, never by the payout ('--')", () => {
    // 157,90 + 1 200,00 − 157,90 (refund) + 24,40 = 1 224,40; the fees and the payout (-- gross) no sale.
    const h = [
      "Date de création de la transaction",
      "Type",
      "Montant net",
      "Date du versement",
      "Sous-total de l'objet",
      "Frais de livraison et d'emballage",
      "Taxe collectée par eBay",
      "Montant brut de la transaction",
    ];
    const t = table(h, [
      ["2 mars 2025", "Commande", "139,69", "--", "149,00", "8,90", "--", "157,90"],
      ["6 mars 2025", "Commande", "1 061,65", "--", "1 200,00", "0,00", "--", "1 200,00"],
      ["9 mars 2025", "Autres frais", "-0,35", "--", "--", "--", "--", "--"],
      ["18 mars 2025", "Remboursement", "-157,90", "--", "--", "--", "--", "-157,90"],
      ["25 mars 2025", "Versement", "-1 025,44", "--", "--", "--", "--", "--"],
      ["28 mars 2025", "Commande", "21,45", "--", "19,90", "4,50", "--", "24,40"],
    ]);
    expect(caop(t)).toBe("1224.40");
    expect(compute(t).reading.date).toBe("Date de création de la transaction");
  });
});
