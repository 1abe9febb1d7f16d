/**
 * Platform payout and sales reports as they come out (round 27a): PayPal, Airbnb, marketplaces.
 * Expected figures are the accountant's, written from each file before the code read it.
 */
import { compute } from "../../../src/core/engine";
import { detectMapping } from "../../../src/core/fields";
import { table } from "./chunking";

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
