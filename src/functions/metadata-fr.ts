/**
 * French names and help of the custom functions, by function id: the one table functions-fr.json is
 * built from (English comes from the JSDoc of functions.ts). Same ids, same parameters, in order.
 */

/** French metadata of one function: its name, description, and each parameter's name and help. */
export interface FrenchFunction {
  name: string;
  description: string;
  parameters: readonly { name: string; description: string }[];
}

const TABLE = { name: "tableau", description: "Plage des ventes avec sa ligne d'en-têtes." };
const FIELD = {
  name: "champ",
  description: "Champ : un en-tête de la plage ou un champ (segment, salesperson, client, product).",
};
const PERIOD_ALL = { name: "période", description: "Mois, trimestre ou année ; vide : tous les mois." };
const ACCOUNT = { name: "compte", description: "Numéro de compte, ex. 706000 (peut être vide)." };

/** French metadata by function id. */
export const FRENCH_FUNCTIONS: Readonly<Record<string, FrenchFunction>> = {
  CAOP: {
    name: "CAOP",
    description:
      "CA OP d'une plage de ventes avec sa ligne d'en-têtes, éventuellement pour une période et une valeur d'un champ. Excel pour le web : plage de 5 Mo au plus (pas de colonne entière) ; au-delà, le tableau de bord CA OP.",
    parameters: [
      TABLE,
      {
        name: "période",
        description: "Mois « 2025-01 », trimestre « 2025-T1 », année « 2025 », une date ou « janv. 2025 ».",
      },
      {
        name: "champ",
        description:
          "Champ filtré : un en-tête de la plage ou un champ (segment, salesperson, client, product).",
      },
      { name: "valeur", description: "Valeur du champ à garder, ex. « Mobilier »." },
    ],
  },
  "CAOP.NET": {
    name: "CAOP.NET",
    description:
      "La formule de l'article sur des nombres ou des plages : ventes − remises − rabais − retours, exacte.",
    parameters: [
      { name: "ventes", description: "Ventes opérationnelles : nombres, montants en texte ou plage." },
      { name: "remises", description: "Remises accordées (comptées en valeur absolue)." },
      { name: "rabais", description: "Rabais et ristournes accordés (comptés en valeur absolue)." },
      { name: "retours", description: "Retours et annulations (comptés en valeur absolue)." },
    ],
  },
  "CAOP.ISOP": {
    name: "CAOP.ESTOP",
    description:
      "VRAI si la ligne compte dans le CA OP, selon les mêmes règles que le moteur (règles du classeur).",
    parameters: [
      ACCOUNT,
      { name: "libellé", description: "Libellé de la ligne, ex. « Cession terrain »." },
      {
        name: "nature",
        description: "Type de ligne d'une colonne nature, ex. « Remise » ou « Subvention ».",
      },
    ],
  },
  "CAOP.REASON": {
    name: "CAOP.MOTIF",
    description: "Le motif en mots du statut d'une ligne, ex. « compte 775 → cession d'actif ».",
    parameters: [
      { name: "compte", description: "Numéro de compte, ex. 775000 (peut être vide)." },
      { name: "libellé", description: "Libellé de la ligne." },
      { name: "nature", description: "Type de ligne d'une colonne nature." },
    ],
  },
  "CAOP.VAR": {
    name: "CAOP.VAR",
    description:
      "Variation du CA OP par rapport au mois précédent (MOM) ou au même mois N-1 (YOY) ; « n/d » sans référence.",
    parameters: [
      TABLE,
      {
        name: "période",
        description: "Mois « 2025-01 » (ou trimestre, année) ; vide : le dernier mois avec des données.",
      },
      {
        name: "type",
        description: "« MOM » (vs période précédente) ou « YOY » (vs 12 mois avant) ; MOM par défaut.",
      },
    ],
  },
  "CAOP.BY": {
    name: "CAOP.PAR",
    description: "CA OP par valeur d'un champ, en tableau de deux colonnes trié par CA OP décroissant.",
    parameters: [TABLE, FIELD, PERIOD_ALL],
  },
  "CAOP.TOP": {
    name: "CAOP.TOP",
    description: "Les meilleures valeurs d'un champ par CA OP, en texte : « A, B, D ».",
    parameters: [TABLE, FIELD, { name: "n", description: "Combien de valeurs (3 par défaut)." }, PERIOD_ALL],
  },
  "CAOP.ALERTS": {
    name: "CAOP.ALERTES",
    description:
      "Valeurs d'un champ dont le CA OP baisse de plus d'un seuil plusieurs mois de suite, en liste.",
    parameters: [
      TABLE,
      { name: "champ", description: "Champ : un en-tête de la plage ou un champ, en général segment." },
      {
        name: "seuil",
        description: "Baisse qui déclenche l'alerte, ex. 15 % (par défaut : réglage du classeur, 15 %).",
      },
      { name: "mois", description: "Nombre de mois consécutifs (par défaut : réglage du classeur, 2)." },
    ],
  },
};
