import { TAX_CREDIT_WORDS } from "./accounts";
import { t } from "./i18n";
import type { KeywordRule } from "./types";

/**
 * SPEC 2.1 item 5: label keywords, FR and EN, each rule with the everyday phrases that contain a
 * keyword without meaning it (exceptions). Order matters (see KeywordRule).
 */
export const KEYWORDS: KeywordRule[] = [
  {
    id: "kw-tax-credit",
    scope: "tax_credit",
    keywords: TAX_CREDIT_WORDS,
    meaning: t("Crédit d'impôt", "Tax credit"),
  },
  // Words that are an asset in any label (terrain, entrepôt, brevet, land…) stand alone; assets that
  // are also core business for some companies (bâtiment for builders, immeuble for property managers,
  // machine and équipement for their sellers, building) count only after a sale word:
  // "Vente machine" is a disposal, "Machine à café" or "Travaux bâtiment" is not.
  {
    id: "kw-asset-disposal",
    exceptions: [
      "cession de formation",
      "cession de droits d'auteur",
      // Performing arts: the show sold to a venue ("Contrat de cession", "Cession du droit
      // d'exploitation du spectacle") is the company's core sale; a course on handing a firm over.
      "contrat de cession",
      "cession du droit d'exploitation",
      "cession des droits d'exploitation",
      "cession de spectacle",
      "cession-transmission",
      "terrain de football",
      "terrain de sport",
      "terrain de tennis",
      "terrain de jeu",
      "terrain synthétique",
      "sur le terrain",
      "étude de terrain",
      "travail de terrain",
      "intervention terrain",
      "brevet de secourisme",
      "préparation au brevet",
      "location d'entrepôt",
      "stockage en entrepôt",
      "Land Rover",
      // A chart's sales account per product line (Sage 50 US "40000-EQ Sales - Equipment"): the
      // seller's sales, not "Sale of equipment".
      "Sales - Equipment",
      "Sales - Machinery",
    ],
    scope: "asset_disposal",
    keywords: [
      "cession",
      "terrain",
      "vente d'actif",
      "vente d'immobilisation",
      "immobilisation",
      "entrepôt",
      "brevet",
      "vente bâtiment",
      "vente immeuble",
      "vente machine",
      "vente équipement",
      // A business sold whatever the word before it ("Contrat de cession du fonds de commerce").
      "cession fonds de commerce",
      // Equipment or a vehicle sold under a "contrat de cession" (the show's exception does not cover it).
      "cession véhicule",
      "cession matériel",
      "cession équipement",
      "vente fonds de commerce",
      "sale of asset",
      "asset sale",
      "asset disposal",
      "disposal of asset",
      "disposal of fixed asset",
      "fixed asset",
      "land",
      "sale of building",
      "building sale",
      "sale of warehouse",
      "warehouse sale",
      "sale of patent",
      "patent sale",
      "sale of machine",
      "machine sale",
      "sale of machinery",
      "machinery sale",
      "sale of equipment",
      "equipment sale",
    ],
    meaning: t(
      "Cession d'actif (terrain, bâtiment, entrepôt, brevet, machine)",
      "Asset disposal (land, building, warehouse, patent, machine)",
    ),
  },
  {
    id: "kw-subsidy",
    exceptions: [
      "dossier de subvention",
      "montage de dossier de subvention",
      "demande de subvention",
      "grant application",
      "grant writing",
      // The housing solidarity fund pays a tenant's rent to the landlord: rent, a sale.
      "fonds de solidarité logement",
      "fonds de solidarité pour le logement",
    ],
    scope: "subsidy",
    // Public aid is named many ways besides "subvention": its abbreviation (a bank's "SUBV"), the
    // fund or agency that pays it (FDVA, FONJEP, the ASP, the Agefiph), the aid's own name, or an
    // aid word before a public body. "Aide" or "Dotation" alone are sales too ("Aide à domicile",
    // a workwear supplier's "Dotation vêtements"), and an OPCO's payment of a training course is
    // the trainer's sale: none of these are keywords.
    keywords: [
      "subvention",
      "subv",
      "FDVA",
      "FONJEP",
      "aide ASP",
      "aide PEC",
      "aide Agefiph",
      "aide exceptionnelle",
      "aide unique",
      "aide à l'apprentissage",
      "prime à l'apprentissage",
      "prime à l'embauche",
      "aide aux associations",
      "aide associations",
      "aide de la région",
      "aide départementale",
      "aide du département",
      "aide communale",
      "aide municipale",
      "aide de la mairie",
      "fonds de solidarité",
      "dotation de l'État",
      "dotation région",
      "dotation régionale",
      "dotation département",
      "dotation départementale",
      "dotation commune",
      "dotation communale",
      "dotation municipale",
      "dotation de fonctionnement",
      "financement de la région",
      "financement régional",
      "financement conseil régional",
      "financement du département",
      "financement départemental",
      "financement conseil départemental",
      "financement de l'État",
      "financement public",
      "financement européen",
      "indemnité",
      "indemnisation",
      "aide publique",
      "aide de l'État",
      "aide d'État",
      "aide à l'embauche",
      "aide à l'emploi",
      "aide régionale",
      // Aid named by its scheme, without "subvention": the CAP's payments to farmers (DPB, paiement
      // redistributif, éco-régime, aides couplées, ICHN, MAEC), the young farmers' DJA, the organic
      // conversion aid, a doctor's installation contract with the CPAM (CAIM), the CAF's bonuses to a
      // crèche, the sports agency's PSF, the EU fisheries fund (FEAMPA), a département's participation.
      "DPB",
      "droits à paiement de base",
      "paiement de base",
      "paiement redistributif",
      "éco-régime",
      "aide couplée",
      "aides couplées",
      "ICHN",
      "MAEC",
      "DJA",
      "dotation jeunes agriculteurs",
      // Not "aide à la conversion" alone (a service converting files).
      "aide à la conversion à l'agriculture biologique",
      "aide à la conversion bio",
      "aide au maintien de l'agriculture biologique",
      "CAIM",
      "contrat d'aide à l'installation",
      "bonus mixité sociale",
      "bonus inclusion handicap",
      "bonus territoire",
      "PSF ANS",
      "projet sportif fédéral",
      "agence nationale du sport",
      // The DRAC's aid to a show's creation; not "aide à la création" alone (a web agency's "Aide à la
      // création de votre site"), nor "DRAC" alone (an invoice to the DRAC is a sale).
      "aide DRAC",
      "aide à la création DRAC",
      "FEAMPA",
      "FEAMP",
      "FEADER",
      "participation du département",
      "participation du conseil départemental",
      "participation départementale",
      "participation de la région",
      "participation régionale",
      "participation de la commune",
      "participation communale",
      "schéma départemental des enseignements artistiques",
      // The CPAM's daily allowances in a practitioner's receipts book, abbreviated ("IJ CPAM arrêt maladie").
      "IJ",
      "IJSS",
      "grant",
      "subsidy",
      "subsidies",
      "indemnity",
      "indemnities",
    ],
    meaning: t("Subvention ou indemnité (assurance, litige)", "Subsidy or indemnity (insurance, litigation)"),
  },
  {
    id: "kw-financial",
    exceptions: ["centre d'intérêt", "intérêt général", "point of interest", "public interest"],
    scope: "financial",
    keywords: [
      "intérêt",
      "intérêts",
      "produit d'intérêt",
      "dividende",
      "placement financier",
      "produit de placement",
      "revenu de placement",
      "produit financier",
      "gain de change",
      "interest",
      "dividend",
      "FX gain",
      "exchange gain",
      "investment income",
      "financial income",
    ],
    meaning: t(
      "Produit financier (intérêts, dividendes, placements, gains de change)",
      "Financial income (interest, dividends, investments, FX gains)",
    ),
  },
  {
    // A cash discount for early payment (escompte, 665 in the PCG when granted, 765 when obtained) is
    // a financial charge or income, never a remise, rabais or ristourne of sales (SPEC 2.1): its line
    // is outside CA OP and the invoice's sale stays whole.
    id: "kw-escompte",
    // The invoices' legal mention "Escompte pour paiement anticipé : néant" (no escompte granted).
    exceptions: [
      "sans escompte",
      "pas d'escompte",
      "aucun escompte",
      "no cash discount",
      "escompte néant",
      "escompte : néant",
      "escompte pour paiement anticipé : néant",
      "escompte pour paiement anticipé néant",
      "escompte pour règlement anticipé : néant",
      "escompte pour règlement anticipé néant",
      "conditions d'escompte",
    ],
    scope: "financial",
    keywords: [
      "escompte",
      "escomptes",
      "escompte financier",
      "cash discount",
      "early payment discount",
      "prompt payment discount",
    ],
    meaning: t(
      "Escompte pour paiement anticipé : une charge financière (665), pas une remise sur ventes",
      "Early-payment cash discount: a financial charge (665), not a sales discount",
    ),
  },
  {
    id: "kw-exceptional",
    exceptions: ["gestion des litiges", "gestion de litige"],
    scope: "exceptional",
    keywords: [
      "plus-value",
      "litige",
      "exceptionnel",
      "opération exceptionnelle",
      "produit exceptionnel",
      "capital gain",
      "litigation",
      "legal settlement",
      "one-off",
    ],
    meaning: t(
      "Opération exceptionnelle (plus-value, litige)",
      "Exceptional item (capital gain, litigation settlement)",
    ),
  },
  {
    // Money collected for someone else and passed on at cost: a disbursement (débours) re-billed to
    // the euro, whatever it is called (an agency's space bought "au nom et pour le compte" of its
    // client under the loi Sapin mandate, a forwarder's customs duties "avancés pour compte client",
    // an "avance de fonds"); taxes collected for the State or a public body (a notary's registration
    // duties, a lawyer's droit de plaidoirie for the CNBF, a commissaire de justice's taxe
    // forfaitaire, a tourist tax and its additional departmental tax). Never the seller's revenue.
    // Not "mandat" alone: a property manager's "Mandat de gestion – honoraires" is its sale; nor
    // the forwarder's own fee on the advance ("Commission d'avance de fonds").
    id: "kw-pass-through",
    exceptions: [
      "taxe de séjour non incluse",
      "hors taxe de séjour",
      "tourist tax not included",
      "commission d'avance de fonds",
      "commission sur avance de fonds",
      "frais d'avance de fonds",
      "frais sur avance de fonds",
    ],
    scope: "non_core",
    keywords: [
      "débours",
      "taxe de séjour",
      "tx séjour",
      "TS adulte",
      "taxe additionnelle",
      "au nom et pour le compte",
      "achat d'espace sous mandat",
      "achat d'espace mandat",
      "avancé pour compte",
      "avancée pour compte",
      "avance de fonds",
      "droits d'enregistrement",
      "droits de mutation",
      "taxe de publicité foncière",
      "contribution de sécurité immobilière",
      "droit de plaidoirie",
      "taxe forfaitaire",
      "302 bis Y",
      // A private school's bill: the parents' association's dues and the school insurance collected
      // for the insurer. A water or sanitation delegatee's bill: the city's part (surtaxe) and the
      // Agence de l'eau's redevances, collected and handed on.
      "cotisation APEL",
      "assurance scolaire",
      "part collectivité",
      "part communale",
      "part intercommunale",
      "surtaxe communale",
      "surtaxe intercommunale",
      "agence de l'eau",
      "redevance pollution",
      "redevance pollution domestique",
      "redevance modernisation des réseaux",
      "redevance préservation des ressources en eau",
      "disbursement",
      "tourist tax",
      "city tax",
    ],
    meaning: t(
      "Somme encaissée pour le compte d'un tiers (débours, taxe de séjour, droits et taxes collectés) : pas du chiffre d'affaires",
      "Money collected on someone else's behalf (disbursement, tourist tax, duties and taxes collected): not revenue",
    ),
  },
  {
    // A tip is handed to the staff (a till's "Pourboire" row or family): never the seller's revenue.
    id: "kw-tips",
    exceptions: ["hors pourboire", "pourboire non compris"],
    scope: "non_core",
    keywords: ["pourboire", "gratuity", "gratuities"],
    meaning: t(
      "Pourboire reversé au personnel : pas du chiffre d'affaires",
      "Tip handed to the staff: not revenue",
    ),
  },
  {
    // Money held, to be given back or set against a sale to come: a security deposit (caution, dépôt
    // de garantie, account 165), arrhes (4191 until the stay). Not an "Acompte" (a part of a price
    // already owed, whose balance invoice bills only the rest: deposit invoices are counted, said).
    // A bank's or insurer's guarantee ("Caution bancaire", its commission) is its sale.
    id: "kw-deposit",
    exceptions: [
      "caution bancaire",
      "cautions bancaires",
      "commission de caution",
      "commission sur caution",
      "frais de caution",
      "acte de caution",
      "caution de marché",
      "sans caution",
    ],
    scope: "non_core",
    keywords: ["caution", "dépôt de garantie", "arrhes", "security deposit", "damage deposit"],
    meaning: t(
      "Caution, dépôt de garantie ou arrhes : une somme détenue, pas du chiffre d'affaires",
      "Security deposit or booking deposit held: not revenue",
    ),
  },
  {
    // A consigne (returnable packaging: a keg, a crate, a gas bottle, 4196 in the PCG) is money held
    // until the container comes back; its "Retour consigne" / "Déconsigne" line is its refund, not a
    // return of sales. Only with its container named: a left-luggage service ("Consigne à bagages")
    // and instructions ("Consignes de sécurité", "selon consignes du client") are no packaging.
    id: "kw-consigne",
    scope: "non_core",
    // The container named: "Intervention selon consignes du client" is an instruction, not a deposit.
    keywords: [
      ...["fût", "fut", "fûts", "futs", "palette", "palettes", "emballage", "emballages"].map(
        (c) => `consigne ${c}`,
      ),
      ...["bouteille", "bouteilles", "caisse", "caisses", "casier", "casiers", "verre", "gaz"].map(
        (c) => `consigne ${c}`,
      ),
      ...["conteneur", "conteneurs", "container", "bac", "bacs", "bonbonne", "bonbonnes"].map(
        (c) => `consigne ${c}`,
      ),
      "consigne sur emballage",
      "consigne sur emballages",
      "emballage consigné",
      "emballages consignés",
      "retour consigne",
      "retour consignes",
      "retour de consigne",
      "remboursement consigne",
      "remboursement de consigne",
      "déconsigne",
      "deconsigne",
      "container deposit",
      "keg deposit",
      "bottle deposit",
    ],
    meaning: t(
      "Consigne d'emballage (compte 4196) ou son retour : une somme détenue, pas du chiffre d'affaires",
      "Returnable packaging deposit (account 4196) or its refund: money held, not revenue",
    ),
  },
  {
    // A holdback (retenue de garantie, 5 % of a building contract kept until the works are accepted)
    // written as a negative line of an invoice is a payment term: the invoice's revenue is whole.
    id: "kw-holdback",
    scope: "non_core",
    keywords: ["retenue de garantie"],
    meaning: t(
      "Retenue de garantie : une part du prix payée plus tard, pas une réduction du chiffre d'affaires",
      "Holdback (retention): part of the price paid later, not a revenue reduction",
    ),
  },
  {
    // Money paid out or received back that a receipts book lists beside its sales: fees handed on to
    // a locum (rétrocession, 6226: an expense), a fee paid to the city, a supplier's back margin or
    // wholesaler's discount received (609: less purchases), a tax or social contribution refunded
    // (TICPE on off-road diesel, MSA). Neither a sale nor a deduction of sales.
    id: "kw-not-sales-money",
    scope: "non_core",
    keywords: [
      "redevance versée",
      "redevance d'occupation versée",
      "versée à la commune",
      "remboursement TICPE",
      "remboursement partiel TICPE",
      "remboursement MSA",
    ],
    meaning: t(
      "Somme versée (rétrocession, redevance) ou reçue d'un organisme (remboursement de taxe ou de cotisations) : ni une vente ni une déduction",
      "Money paid out (fees handed on to a locum, a fee) or received from a public body (tax or contribution refund): neither a sale nor a deduction",
    ),
  },
  {
    // Money in that was not earned: the owner's or partners' contribution, a loan paid out, a gift, a
    // move between the business's own accounts (a receipts book or a cash book holds them). Phrases
    // only: "apport d'affaires" (a referral fee) and "prêt-à-porter" are sales.
    id: "kw-funding",
    // A library's or a hire shop's loans are its service.
    exceptions: ["emprunt de livres", "emprunt de documents", "emprunt de matériel", "emprunts de livres"],
    scope: "non_core",
    keywords: [
      "emprunt",
      "emprunts",
      "apport personnel",
      "apports personnels",
      "apport de l'exploitant",
      "apport en capital",
      "apport en compte courant",
      "apport de fonds",
      "augmentation de capital",
      "libération du capital",
      "emprunt bancaire",
      "déblocage de prêt",
      "déblocage du prêt",
      "déblocage emprunt",
      "déblocage de l'emprunt",
      "prêt bancaire",
      "prêt d'honneur",
      "virement interne",
      "virement de compte à compte",
      "transfert interne",
      "don manuel",
      "dons manuels",
      "owner contribution",
      "owner's contribution",
      "owner investment",
      "capital contribution",
      "loan proceeds",
      "internal transfer",
      "transfer between accounts",
    ],
    meaning: t(
      "Argent reçu sans être gagné (apport, emprunt, don, virement interne) : pas du chiffre d'affaires",
      "Money received, not earned (owner's contribution, loan, gift, internal transfer): not revenue",
    ),
  },
  {
    // A gift card or voucher sold is paid in advance for a sale to come (a debt until used): its sale
    // is not yet revenue.
    id: "kw-gift-card",
    // A sale paid with a gift card is a sale: only the card's own sale is paid in advance.
    exceptions: [
      "réglé par carte cadeau",
      "réglée par carte cadeau",
      "payé par carte cadeau",
      "payée par carte cadeau",
      "paiement par carte cadeau",
      "paid with gift card",
      "paid by gift card",
      "gift card redemption",
    ],
    scope: "non_core",
    keywords: [
      "carte cadeau",
      "chèque cadeau",
      "bon cadeau",
      "e-carte cadeau",
      "gift card",
      "gift cards",
      "egift card",
      "egift",
      "gift voucher",
      "gift certificate",
      // Not "Coffret cadeau": a spa's box is a voucher (sold without VAT), a shop's or a wholesaler's
      // a product (sold with its VAT); the label alone cannot tell them apart.
    ],
    meaning: t(
      "Carte ou bon cadeau vendu : un paiement d'avance (une dette jusqu'à son usage), pas encore du chiffre d'affaires",
      "Gift card or voucher sold: paid in advance (a debt until used), not yet revenue",
    ),
  },
  {
    id: "kw-rebate",
    // A cooperative's ristourne on a member's deliveries is a price supplement the farm receives.
    exceptions: [
      "ristourne coopérative",
      "ristourne de la coopérative",
      "ristourne coop",
      "ristourne SICA",
      "ristourne sur apports",
    ],
    scope: "op",
    kind: "rebate",
    keywords: ["rabais", "ristourne", "remise de fin d'année", "RFA", "rebate"],
    meaning: t("Rabais, ristourne (déduction)", "Rebate (deduction)"),
  },
  {
    id: "kw-discount",
    exceptions: [
      "remise à niveau",
      "remise en état",
      "remise en forme",
      "remise en service",
      "remise en conformité",
      "remise en route",
      "remise en place",
      "remise en peinture",
      "remise en main propre",
      "remise des clés",
      // A bank deposit of the day's takings (a bank or cash export's "Remise de chèques", "REMISE CB").
      "remise de chèques",
      "remise de chèque",
      "remise chèques",
      "remise chèque",
      "remise cb",
      "remise carte",
      "remise cartes",
      "remise en banque",
      "remise d'espèces",
      "remise espèces",
      "bordereau de remise",
      "remise chq",
      "remise lcr",
      "remise effets",
      "remise d'effets",
      "remise tpe",
      // The same deposit with the means first (a bank's "CHQ REMISE 8823").
      "chq remise",
      "chèque remise",
      "chèques remise",
      "cb remise",
    ],
    scope: "op",
    kind: "discount",
    keywords: ["remise", "discount"],
    meaning: t("Remise (déduction)", "Discount (deduction)"),
  },
  {
    id: "kw-return",
    exceptions: [
      "retour d'expérience",
      "aller-retour",
      "retour sur investissement",
      "avoir lieu",
      "assurance annulation",
      "frais d'annulation",
      // A health insurer's payment file (NOEMIE), a physio's act names, a fishing trip's landing, a
      // course on going back to work or on handling returns: no return of a sale.
      "retour NOEMIE",
      "retour veineux",
      "retour à domicile",
      "retour au sport",
      "retour de marée",
      "retour à l'emploi",
      "retour au travail",
      "gestion des retours",
      "return on investment",
      "return flight",
      "return ticket",
      "return trip",
      "tax return",
      "vat return",
      "vat returns",
      "income tax return",
      "self assessment return",
      "annual return",
      "cancellation fee",
      "cancellation insurance",
    ],
    scope: "op",
    kind: "return",
    keywords: [
      "retour",
      "avoir",
      "annulation",
      "annulé",
      "annulée",
      "return",
      "credit note",
      "refund",
      "cancellation",
      "cancelled",
      "canceled",
    ],
    meaning: t("Retour, avoir, annulation (déduction)", "Return, credit note, cancellation (deduction)"),
  },
  {
    id: "kw-sale",
    scope: "op",
    kind: "sale",
    keywords: ["vente", "facture", "abonnement", "prestation", "sale", "invoice", "subscription"],
    meaning: t("Vente du cœur de métier", "Core-business sale"),
  },
];

/**
 * First words of a label naming a service sold about what follows ("Accompagnement cession société",
 * "Conseil en crédit d'impôt recherche", "Formation plus-value immobilière", "Location terrain de
 * padel"): a consultant's, a trainer's, a renter's sale. An excluded reason's keyword after them
 * (cession, subvention, crédit d'impôt, intérêts, terrain…) names the service's subject, not the
 * line's nature. Deductions still count ("Formation annulée" is a return). Normalised words.
 */
export const SERVICE_NOUNS: readonly string[] = [
  "accompagnement",
  "conseil",
  "conseils",
  "mission",
  "missions",
  "audit",
  "evaluation",
  "formation",
  "formations",
  "stage",
  "atelier",
  "abonnement",
  "etude",
  "assistance",
  "expertise",
  "cours",
  "seminaire",
  "coaching",
  "webinaire",
  "conference",
  "honoraires",
  "prestation",
  "prestations",
  "redaction",
  "montage",
  "location",
  "diagnostic",
  "consulting",
  "advisory",
  "training",
  "workshop",
  "subscription",
  "rental",
];

/** Public bodies named like a service (they pay subsidies): "Conseil régional", "Mission locale". Normalised. */
export const SERVICE_NOUN_BODIES: readonly string[] = [
  "conseil regional",
  "conseil departemental",
  "conseil general",
  "conseil municipal",
  "conseil communautaire",
  "mission locale",
];
