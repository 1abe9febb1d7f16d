/**
 * Header auto-mapping (SPEC 2.3): which column of a sales table holds which field, found from FR/EN
 * header synonyms (data tables below) on normalised text, with user overrides winning.
 */
import { EngineError } from "./errors";
import { withoutUnit } from "./amount-units";
import { containsPhrase, normalizeText } from "./text";
import { FIELD_IDS, MONEY_FIELD_IDS, type FieldId, type Mapping, type MappingOverrides } from "./types";

/** Headers of a training body's course titles: the product sold, its words never read as the line's nature. */
const COURSE_TITLE_HEADERS: readonly string[] = [
  "Intitulé formation",
  "Intitulé de la formation",
  "Intitulé du stage",
  "Titre de la formation",
  "Nom de la formation",
  "Formation suivie",
  "Course title",
  "Course name",
  "Training title",
];

/** Header texts per field as written here; FIELD_SYNONYMS adds each field's own id. */
const WRITTEN_SYNONYMS: Record<FieldId, readonly string[]> = {
  date: [
    "Date",
    "Date pièce",
    "Date de pièce",
    "Date facture",
    "Date de facture",
    "Date de la facture",
    "Date de la pièce",
    "Date d'émission",
    "Date émission",
    "Date comptable",
    "Date d'écriture",
    "Date écriture",
    "Date de comptabilisation",
    "Date opération",
    "Date de l'opération",
    "Date vente",
    "Date de commande",
    "Date commande",
    "Date de la commande",
    "Date de la vente",
    "Date de la transaction",
    "EcritureDate",
    "Order date",
    "Invoice date",
    "InvoiceDate",
    "Invoice/Bill Date",
    // SAP's billing documents (VF05, KE24 "Billing Date"): before a CO-PA "Period/year".
    "Billing date",
    "Date de facturation",
    // Zoho Books' credit notes export.
    "Credit Note Date",
    "Posting date",
    // Oracle's journal lines: the entry's date (Fusion's "Accounting Date", EBS's "Effective Date");
    // the "Period" / "Accounting Period" beside it is its month only.
    "Accounting date",
    "Effective date",
    "Transaction date",
    "Document date",
    "Sale date",
    // Shopify's orders ("Created at"), Stripe's payments ("Created (UTC)"): when the sale took place.
    "Created at",
    "Created (UTC)",
    "Created date",
    // A CRM's won deal is sold on its close date (HubSpot FR "Date de fermeture", Salesforce FR
    // "Date de clôture"), not on the date the deal was created.
    "Close date",
    "Closed date",
    "Date de fermeture",
    "Date de clôture",
    "Mois",
    "Month",
    // Shopify's "Sales over time" report, one row per day; a till's daily report.
    "Day",
    "Jour",
    "Période",
    "Period",
    // FreeAgent's invoices, Toast's orders (opened at the sale), Spanish exports (Holded).
    "Dated On",
    "Opened",
    "DateEcriture",
    "Issued at",
    "Issue date",
    "Fecha",
    "Fecha factura",
    // OneStream's data export: its "Time" is the period ("2025M1").
    "Time",
    // Hiboutik's sale lines: when the sale was closed at the till.
    "Completed at",
    // A hotel's or a rental's reservations (Booking.com): the stay's first night, else the booking's date
    // (never its cancellation date, see NOT_SALES_DATE_WORDS).
    "Arrivée",
    "Check-in",
    "Réservé le",
    "Booked on",
  ],
  // Tax-exclusive headers first (with short and ERP ones: Odoo "Untaxed Total", EBP "Mt HT"): beside
  // them, a plain "Montant" or "Total" is often the TTC (SPEC 2.2).
  amount: [
    // Business Central (French): the amount in the company's currency ("DS", devise société), before
    // "Montant HT" in each invoice's currency.
    "Montant HT DS",
    "Montant DS",
    // The amount in euros beside each invoice's own currency ("Devise | Montant HT | Montant HT (EUR)").
    "Montant HT (EUR)",
    "Montant HT EUR",
    "Montant HT en euros",
    "Montant HT (€)",
    "Total HT (EUR)",
    // Oracle Fusion's journal lines: the ledger's currency ("Entered Amount" beside it is each entry's own).
    "Accounted Amount",
    "Montant HT",
    "Montant brut HT",
    "CA HT",
    "Chiffre d'affaires HT",
    "Montant hors taxes",
    "Montant hors taxe",
    "Montant hors TVA",
    "Montant H.T",
    "Total hors taxes",
    "Total hors taxe",
    "Total H.T.",
    "Hors taxes",
    "Hors taxe",
    "Total ligne HT",
    "Prix total HT",
    "Prix total hors taxe",
    "HT",
    "Mt HT",
    "Mt H.T.",
    "Mnt HT",
    "Base HT",
    // Business Central's customer ledger: the sale before VAT in the company's currency ("Amount" is
    // the invoice's total with VAT, in its own currency).
    "Sales (LCY)",
    // Belgian "hors TVA".
    "Montant HTVA",
    "Base HTVA",
    "Total HTVA",
    "HTVA",
    "Untaxed Total",
    "Untaxed Amount",
    // Odoo's signed columns (credit notes negative).
    "Untaxed Amount Signed",
    "Hors taxes signé",
    "Montant HT signé",
    "Total Untaxed",
    "Tax Excluded",
    "Total Tax Excluded",
    "Amount Untaxed",
    "Untaxed",
    "Amount excl. VAT",
    "Amount excl VAT",
    // Uber Eats' payment report in English (`Sales (excl. VAT) | VAT on Sales | Sales (incl. VAT)`).
    "Sales (excl. VAT)",
    // NetSuite's "Amount (Net of Tax)" beside its "Amount" with tax.
    "Amount (Net of Tax)",
    "Amount Excl. Tax",
    "Amount excluding VAT",
    // Zervant, bexio: the invoice's total before VAT.
    "Total excl. VAT",
    "Total excl VAT",
    "Total excluding VAT",
    "Total excluding tax",
    "Total excl. tax",
    "Total excl tax",
    "Sales excl. tax",
    "Net of tax",
    // Airbnb's French history: the stay and cleaning fee before the host's service fee ("Montant" is after it).
    "Revenus bruts",
    "Montant",
    // After "Montant": an invoice's "Total HT" repeated on each of its lines is not the line's amount.
    "Total HT",
    // PrestaShop's orders: the products before the shipping billed (`Frais de port HT` beside it).
    "Total produits HT",
    "Montant brut",
    "CA",
    "Chiffre d'affaires",
    "Montant (€)",
    "Montant EUR",
    "Montant en euros",
    // SAP, Oracle: the amount in the company's own currency.
    "Montant en devise interne",
    "Mont. en DI",
    "Montant DI",
    "Montant en devise société",
    "Montant en devise de la société",
    "Amount in local currency",
    "Amount in company code currency",
    // D365's voucher transactions, Oracle's Receivables: the amount in the ledger's currency beside the
    // transaction's ("Amount in transaction currency", "Entered Amount").
    "Amount in accounting currency",
    "Accounting currency amount",
    "Functional Amount",
    "Accounted Amount",
    "Montant facturé HT",
    // A hand-kept list's invoices beside its credit notes ("Factures HT | Avoirs HT").
    "Factures HT",
    "Facturé HT",
    "Montant facturé",
    "Montant vente",
    "Ventes",
    "Valeur",
    // Winbooks' amount in euros (its AMOUNT is in the entry's currency).
    "AMOUNTEUR",
    "Amount EUR",
    "Montant EUR",
    // Airbnb: the stay and cleaning fee before the host's service fee ("Amount" is after it).
    "Gross earnings",
    // Abritel's and Vrbo's payments: the rent before the owner's commission (its cleaning fee beside it,
    // evidence/shipping.ts), never their "Montant versé" / "Payout amount" after it.
    "Montant de la location",
    "Rental amount",
    "Amount",
    // Amazon's transaction reports: the products' sales before tax (shipping credits beside them).
    "Product sales",
    "Ventes de produits",
    // Business Central's posted invoice lines: after the line's discount, before the invoice's
    // ("Amount" beside it is after both).
    "Line Amount Excl. VAT",
    "Line Amount Excl VAT",
    "Line Amount Excl. Tax",
    "Sales",
    "Net sales",
    "Sales amount",
    "Gross amount",
    // eBay's French transaction report: the buyer's payment, never its item subtotal (`Sous-total de
    // l'objet`, empty on a refund) nor its net after fees.
    "Montant brut de la transaction",
    "Gross",
    // PayPal's French activity download: its gross ("Avant commission | Commission | Net"), not a
    // "Montant de l'assurance" or "Valeur de l'option 1" that only contains an amount's word.
    "Avant commission",
    "Revenue",
    "Revenues",
    "Turnover",
    // Québec's tax-exclusive amount (TPS and TVQ beside it).
    "Montant avant taxes",
    "Montant avant taxe",
    "Total avant taxes",
    // Xero's invoice lines (quantity × unit amount less the discount).
    "LineAmount",
    "Line Amount",
    // FreshBooks' and Zoho's line amounts (Zoho's after the line's discount; taxes in columns of their own).
    "Line Total",
    // WooCommerce's order items in French (`Sous-total ligne` is before the coupons, `Total ligne` after).
    "Total ligne",
    "Item Total",
    // A follow-up sheet: this year's revenue beside last year's, the actual beside the budget.
    "CA N",
    "CA année N",
    "Réalisé",
    "Réalisé HT",
    "CA réalisé",
    "CA réalisé HT",
    "Actual",
    "Actuals",
    // A receipts-and-expenses book (an association's, a small trader's): the receipts column; its
    // expense lines leave it blank (ignored, said).
    "Recette",
    "Recettes",
    "Montant recette",
    "Recettes encaissées",
    // A liberal profession's fee statement (BNC): its fees are its revenue ("Date | N° note | Client |
    // Honoraires HT"). "Honoraires" alone only as a whole header ("Honoraires rétrocédés", "Total
    // honoraires" are not). Not "Fees": beside a sale ("Sale amount | Fees | Payout") it is a
    // processor's charge, and an exact header would win over the sale.
    "Honoraires HT",
    "Montant honoraires HT",
    "Honoraires",
    "Montant honoraires",
    // Zoho's and Holded's invoices: the total before taxes (GST / IVA beside it). Beside a discount
    // column, never (before the discount in FreshBooks and Holded, after it in Shopify): see SUBTOTAL.
    "Sub Total",
    "Subtotal",
    // Odoo's invoice lines in French (`Quantité | Prix unitaire | Remise (%) | Sous-total`).
    "Sous-total",
    // eBay's Orders report: the item's price (its shipping beside it, evidence/shipping.ts; its "Total
    // Price" holds the sales tax eBay collects).
    "Sold For",
    // Deliveroo's UK statement: the order's value, before the restaurant's offers and refunds (its
    // "Payout amount" is after Deliveroo's commission).
    "Order value (incl. VAT)",
    "Order value",
    // Odoo's invoices exported with their lines: each line's field under its relation ("Invoice lines/…").
    "Invoice lines/Subtotal",
    "Lignes de facture/Sous-total",
  ],
  net_amount: [
    "Montant net",
    "Montant net HT",
    "Net HT",
    "Total net",
    "Net",
    "Montant après remise",
    "Montant HT après remise",
    "Total HT après remise",
    "Total après remise",
    "Net après remise",
    // Not "Montant remisé": without its accent it is "Montant remise", the discount's amount.
    "Montant HT remisé",
    "Total HT remisé",
    "Total remisé",
    "HT remisé",
    "Net amount",
    // Shopify's and Square's French reports: after discounts and returns (their columns beside it).
    "Ventes nettes",
    "Amount after discount",
    "Net after discount",
    "Discounted amount",
  ],
  // Oracle's "Accounted" amounts are in the ledger's currency, its "Entered" ones in each entry's own:
  // the accounted ones first.
  debit: [
    "Débit",
    "Montant débit",
    "Mouvement débit",
    "MontantDebit",
    "Debit amount",
    "Accounted Dr",
    "Accounted Debit",
    // Qualiac's debit in euros beside its "Mt débit dev" in the entry's currency.
    "Mt débit EUR",
    "Débit EUR",
    "Montant débit EUR",
    "Accounted Debits",
    "Entered Dr",
    "Entered Debit",
    "Entered Debits",
    "Dr",
    // QuickBooks' and Sage 50's journal reports.
    "Debits",
    "Total debits",
  ],
  credit: [
    "Crédit",
    "Montant crédit",
    "Mouvement crédit",
    "MontantCredit",
    "Credit amount",
    "Accounted Cr",
    "Accounted Credit",
    "Mt crédit EUR",
    "Crédit EUR",
    "Montant crédit EUR",
    "Accounted Credits",
    "Entered Cr",
    "Entered Credit",
    "Entered Credits",
    "Cr",
    "Credits",
    "Total credits",
  ],
  direction: [
    "Sens",
    "Sens écriture",
    "Sens D/C",
    "D/C",
    "Dr/Cr",
    "DC",
    "Code D/C",
    "Débit/Crédit",
    "Code débit/crédit",
    "Indicateur débit/crédit",
    "Debit/Credit",
    "Debit/Credit ind.",
    "Debit/Credit indicator",
    "D/C indicator",
    "Dr/Cr indicator",
    // SAP's Soll / Haben.
    "S/H",
    "Soll/Haben",
  ],
  quantity: [
    "Quantité",
    "Qté",
    "Quantité vendue",
    "Nombre",
    "Quantity",
    "Qty",
    "Units",
    "Invoice lines/Quantity",
    "Lignes de facture/Quantité",
  ],
  unit_price: [
    "Prix unitaire",
    "Prix unitaire HT",
    "PU",
    "PU HT",
    "P.U. HT",
    "P.U.",
    "Prix unitaire hors taxe",
    "Prix de vente",
    "Prix",
    "Tarif",
    "Unit price",
    "Price",
    // A till's price with its tax (Cegid Orli's `PV TTC`): read less the line's VAT rate (vat-column.ts).
    "PV TTC",
    "PU TTC",
    "Prix unitaire TTC",
    // FreshBooks' invoice details (exact only: "Tax Rate", "Exchange Rate" are no prices).
    "Rate",
    "Invoice lines/Unit Price",
    "Lignes de facture/Prix unitaire",
  ],
  kind: [
    "Nature",
    "Type",
    "Type de ligne",
    "Type ligne",
    "Nature opération",
    "Nature de l'opération",
    "Type d'opération",
    "Type de mouvement",
    "Line type",
    "Kind",
    // Stripe's itemized balance reports: charge, refund, payout, fee, transfer.
    "Reporting category",
    // A BNC receipts-and-expenses book's heading of the 2035 tax form per line: Honoraires,
    // Débours, Apport personnel, Gains divers… (not "Rubrique" alone: a newspaper's ad section).
    "Rubrique 2035",
    "Rubrique fiscale",
  ],
  // A document type (Facture / Avoir) is not a nature (SPEC 2.1): its own field, never the scope.
  doc_type: [
    "Type pièce",
    "Type de pièce",
    "Type de document",
    "Type document",
    "Type de facture",
    // Sage X3's invoices (SIH / SID): FAC / AVO / NDB.
    "Type facture",
    "Journal",
    "Document type",
    "Doc type",
    "Invoice type",
    // QuickBooks: Invoice / Sales Receipt / Credit Memo.
    "Transaction type",
  ],
  // An invoice's state (Odoo, Zoho, Dolibarr): cancelled, void or draft invoices are not sales.
  status: [
    "Statut",
    "Statut facture",
    "Statut de la facture",
    "État",
    "État facture",
    "État de la facture",
    "Statut du document",
    "Statut de la pièce",
    "Status",
    "Invoice status",
    "Invoice state",
    // Zoho Books' credit notes (Open, Closed, Void, Draft).
    "Credit Note Status",
    // Shopify's orders: paid, refunded, voided.
    "Financial status",
    "State",
    // A shop's orders (WooCommerce, PrestaShop, Magento).
    "Order status",
    "Order state",
    // Square's transactions (Complete, Voided) and MYOB's sales (I, O, Q).
    "Transaction Status",
    "Sale Status",
    "Statut de la commande",
    "Statut commande",
    "État de la commande",
    "État commande",
    // A CRM's deal or opportunity stage (HubSpot, Salesforce, Zoho): only won deals are sales
    // (evidence/invoice-status.ts reads it as stages once a value says won).
    "Deal Stage",
    "Stage",
    "Opportunity Stage",
    "Sales Stage",
    "Phase de la transaction",
    "Étape de la transaction",
    "Étape",
    "Étape de l'opportunité",
    "Phase de l'opportunité",
    "Étape de vente",
  ],
  // A reporting pack's or BI export's scenario (Tagetik, OneStream, BFC, Power BI): only actual rows
  // are a CA OP (evidence/scenarios.ts reads its values).
  scenario: ["Scénario", "Scenario", "Scénarios", "Scenarios", "Réel / Budget", "Actual / Budget"],
  op_flag: [
    "OP",
    "Flag OP",
    "OP flag",
    "Indicateur OP",
    "OP (O/N)",
    "OP Oui/Non",
    "Tag OP",
    "Flag",
    "CA OP",
    "Statut OP",
    "Est OP",
    "Inclus CA OP",
    "Opérationnel",
    "Operational",
    "Is OP",
    "Operational revenue",
  ],
  account: [
    "Compte",
    // Winbooks' general account (ACCOUNTRP is the customer's).
    "ACCOUNTGL",
    "GL account",
    "N° compte",
    "N° de compte",
    "Numéro de compte",
    "Num compte",
    "Compte général",
    "Compte comptable",
    "Code compte",
    "Compte de produit",
    "Compte produit",
    "Compte produits",
    "Compte de vente",
    "Compte de ventes",
    "Compte vente",
    "Code comptable",
    "Code comptable vente",
    "Imputation comptable",
    "Cpt général",
    "CompteNum",
    "Account",
    "GL account",
    "G/L account",
    "Account number",
    "Account no",
    "Account code",
    // Sage 50 UK / Xero: the nominal (ledger) code.
    "Nominal code",
    // Infor M3's general ledger: the account is its first accounting dimension.
    "Accounting dimension 1",
    "Ledger account",
    "Ledger code",
    // Cegid ("Général" beside "Auxiliaire"), abbreviated headers of other exports.
    "Général",
    "Cpte",
    "N° cpte",
    "Cpt",
    "Acct",
    "Invoice lines/Account",
    "Lignes de facture/Compte",
  ],
  label: [
    "Libellé",
    "Désignation",
    "Description",
    "EcritureLib",
    "Libellé écriture",
    "Libellé de l'écriture",
    "Libellé ligne",
    "Intitulé",
    // Axonaut's and Sellsy's invoice title and subject.
    "Titre",
    "Objet",
    "Objet de la facture",
    "Prestation",
    // A consulting firm's "Mission", a bank or hand journal's "Opération" and "Motif", Xero's "Narrative".
    "Mission",
    "Opération",
    "Motif",
    "Narrative",
    "Nature de la prestation",
    "Label",
    "Memo",
    "Text",
    // SAP's item text.
    "Texte",
    "Texte du poste",
    "Texte poste",
    "Item text",
    "Narration",
    "Line description",
    // Shopify's order lines (its "Lineitem sku" is the product).
    "Lineitem name",
    "Line item name",
    // A remark beside the sale: the label only when nothing else describes the line.
    "Commentaire",
    "Comment",
    // Odoo's invoices exported with their lines ("Invoice lines/Label": no invoice number).
    "Invoice lines/Label",
    "Lignes de facture/Libellé",
  ],
  segment: [
    "Segment",
    "Famille",
    "Famille produit",
    "Famille d'articles",
    "Activité",
    "Division",
    "Secteur",
    "Business unit",
    "BU",
    "Ligne de produits",
    "Gamme",
    "Catégorie",
    "Category",
    "Product line",
    "Product family",
  ],
  product: [
    "Produit",
    "Article",
    "Référence",
    "Référence article",
    "Code article",
    "Product",
    "Product code",
    "Product name",
    "Item",
    "Item name",
    "Item code",
    "SKU",
    "Invoice lines/Product",
    "Lignes de facture/Produit",
    // A training body's course sold ("Le crédit d'impôt recherche en pratique"): the product's name,
    // whose words say what is taught, never what the line is (COURSE_TITLES).
    ...COURSE_TITLE_HEADERS,
  ],
  client: [
    "Client",
    "Nom client",
    "Nom du client",
    "Code client",
    "Raison sociale",
    "Tiers",
    "CompAuxLib",
    "Customer",
    "Customer name",
    // The customer's own account (sales journals): a third party, never the revenue account.
    "Compte client",
    "Compte tiers",
    "Compte auxiliaire",
    "N° client",
    "Numéro client",
    "Customer account",
    "Client account",
    // Dynamics 365's sales invoice journal: the customer billed (a customer number, never a G/L account).
    "Invoice account",
    // Sage 50 (UK): the customer's account reference (its nominal code is "N/C").
    "Account Ref",
    "A/C Ref",
  ],
  salesperson: [
    "Commercial",
    "Vendeur",
    "Représentant",
    "Chargé d'affaires",
    "Salesperson",
    "Sales person",
    "Sales rep",
    "Sales representative",
    "Account manager",
  ],
  entity: [
    "Société",
    "Code société",
    "Entité",
    "Établissement",
    "Filiale",
    "Entity",
    "Legal entity",
    "Company",
  ],
  // Not a FEC's Idevise: it is the currency of Montantdevise, while Debit/Credit are always in the
  // bookkeeping currency; only an explicit override maps it.
  currency: ["Devise", "Code devise", "Monnaie", "Currency", "Currency code"],
  id: [
    "N° pièce",
    "Numéro de pièce",
    "Num pièce",
    "Pièce",
    "EcritureNum",
    "PieceRef",
    // A ledger's entry number (Sage's grand livre, Cegid): the lines of one entry.
    "Écriture",
    "N° mouvement",
    "N° écriture",
    "N° d'écriture",
    "Numéro d'écriture",
    "Numéro écriture",
    "No écriture",
    "Num écriture",
    "N° facture",
    "Numéro de facture",
    "Facture",
    "Référence ligne",
    "N° ligne",
    "Invoice",
    "Invoice number",
    "Invoice no",
    // Dynamics 365's sales invoice journal: the order the invoice bills (SO-008000), an id never money.
    "Sales order",
    // A list of credit notes (Chargebee's, a hand-kept "Avoirs" sheet): their own numbers.
    "Credit Note Id",
    "Credit Note Number",
    // Zoho Books' credit notes export writes it as one word.
    "CreditNote Number",
    "Credit Memo Number",
    "N° avoir",
    "Numéro d'avoir",
    "Numéro avoir",
    "Document number",
    "Line id",
    "ID",
    // QuickBooks' transaction number.
    "Num",
  ],
  // The amounts first: beside "Montant remise" / "Discount Amount", a plain "Remise" / "Discount" is the rate.
  discount_amount: [
    "Montant remise",
    "Remise HT",
    // A till's discount with its tax (Cegid Orli), beside an amount read TTC: taken off before tax.
    "Remise TTC",
    "Discount amount",
    "Remise",
    "Remises",
    // Shopify's French sales report.
    "Réductions",
    "Discount",
    "Discounts",
    // Food delivery: the promotions and offers the restaurant funds (Uber Eats' `Promotions sur les
    // articles`, Deliveroo's `Offres financées par le restaurant`); those the platform funds are no discount.
    "Promotions sur les articles",
    "Promotions on items",
    "Offres financées par le restaurant",
    "Offres financées par le restaurant TTC",
    "Restaurant-funded offers",
  ],
  rebate_amount: [
    "Rabais",
    "Ristourne",
    "Ristournes",
    "Montant rabais",
    "Montant ristourne",
    "Rebate",
    "Rebates",
    "Rebate amount",
  ],
  return_amount: [
    "Retour",
    "Retours",
    "Montant retour",
    "Montant retours",
    "Montant avoir",
    "Montant avoir HT",
    "Montant avoirs HT",
    "Montant des avoirs",
    "Avoir HT",
    "Avoirs HT",
    "Avoirs",
    "Returns",
    "Return amount",
    // Refunds are returns, never the sales amount ("Refunded Amount" contains "amount").
    "Montant remboursé",
    "Remboursement",
    "Refunded amount",
    "Amount refunded",
    "Montant des remboursements",
    "Refund amount",
    "Refunds",
    // Uber Eats' payment report (`Ventes (HT) | … | Remboursements (HT)`), Deliveroo's (`Remboursements`).
    "Remboursements",
    "Remboursements (HT)",
    "Refunds (excl. VAT)",
  ],
  // A discount on the whole invoice, written on each of its lines (Zoho's entity discount): counted once.
  invoice_discount: [
    "Remise globale",
    "Montant remise globale",
    "Remise sur facture",
    "Remise facture",
    "Remise pied de facture",
    "Remise pied",
    "Remise document",
    "Entity discount amount",
    "Entity discount",
    "Invoice discount",
    "Invoice discount amount",
    "Global discount",
    "Document discount",
  ],
  // A till's or a card terminal's tip: not the business's revenue; taken off an amount headed total
  // (evidence/tips.ts).
  tip_amount: [
    "Pourboire",
    "Pourboires",
    "Montant pourboire",
    "Tip",
    "Tips",
    "Tip amount",
    "Gratuity",
    "Gratuities",
  ],
  // The VAT rate of a line whose only amount includes the VAT: HT = TTC / (1 + rate) (evidence/vat-column.ts).
  vat_rate: [
    "Taux TVA",
    "Taux de TVA",
    "Taux T.V.A.",
    "Tx TVA",
    "Taux taxe",
    "Taux de taxe",
    "VAT rate",
    "Tax rate",
    "Sales tax rate",
  ],
  // The VAT of the line's amount: proves whether the amount includes it (evidence/vat-column.ts).
  vat_amount: [
    "dont TVA",
    "Montant TVA",
    "Montant de la TVA",
    "Montant de TVA",
    "Total TVA",
    "TVA collectée",
    "Montant TVA collectée",
    "TVA",
    "VAT",
    "VAT amount",
    "Tax amount",
    // Xero's invoice export: the line's tax (its TaxTotal is the invoice's).
    "TaxAmount",
    // MYOB AccountRight's (Australia) sales: the line's GST beside its Total ex-GST.
    "GST Amount",
    "Sales tax",
    "Sales tax amount",
    // Chargebee's and Stripe's invoices ("Amount | Tax", "Total | Tax"), PayPal's French activity
    // ("Brut | … | Montant de la taxe"), Odoo's signed columns: the invoice's tax.
    "Tax",
    "Montant de la taxe",
    "Montant des taxes",
    "Montant taxe",
    "Taxes signées",
    "Total taxes",
    // WooCommerce's orders: the order's taxes beside its total with them.
    "Order Total Tax Amount",
    "Order Tax Amount",
    "Total Tax",
    "Total Tax Amount",
    "Tax Total",
  ],
};

/**
 * Field ids that are not header synonyms of their field: "Direction" in a French export is a
 * department ("Direction commerciale"), not the D/C direction of a line.
 */
const IDS_NOT_HEADERS: ReadonlySet<FieldId> = new Set<FieldId>(["direction"]);

/**
 * Synonym table: FR/EN header texts per field, best first (the order breaks ties between exact
 * matches), then the field's own id ("op_flag", read "op flag"), so a header named after the field
 * itself maps to it.
 */
export const FIELD_SYNONYMS: Record<FieldId, readonly string[]> = Object.fromEntries(
  FIELD_IDS.map((f) => [f, IDS_NOT_HEADERS.has(f) ? WRITTEN_SYNONYMS[f] : [...WRITTEN_SYNONYMS[f], f]]),
) as Record<FieldId, readonly string[]>;

/**
 * Synonyms that match only a whole header: "Flag" alone is the OP flag, "Flag TVA" is not; "Général"
 * alone is the account; "Statut" alone is the invoice's status; "Jour" alone is a date.
 */
const EXACT_ONLY_SYNONYMS: ReadonlySet<string> = new Set(
  // A status column is an invoice's only under its own name: "Statut paiement" or "Statut livraison" is not.
  // "Jour" in "Mis à jour le …" (a title) is no date, "Prestation" in "Montant prestation HT" no label.
  [
    "Flag",
    "Général",
    "Cpt",
    "HT",
    "Jour",
    "Opened",
    "Num",
    "Subtotal",
    "Rate",
    // "Tax Code", "Tax Rate", "Taxe professionnelle" are no tax amounts.
    "Tax",
    // A tip column only under its own name: "Total HT (hors pourboires)" is the amount.
    ...WRITTEN_SYNONYMS.tip_amount,
    "Prestation",
    "Recette",
    "Recettes",
    "Honoraires",
    // "Date écriture", "Libellé écriture" are no entry numbers.
    "Écriture",
    // "Date d'opération", "N° d'opération", "Code mission", "Motif du remboursement" are no labels.
    "Mission",
    "Opération",
    "Motif",
    "Narrative",
    ...WRITTEN_SYNONYMS.status,
    // "Time" alone is OneStream's period; "Time zone", "Lead time" are not.
    "Time",
  ].map(normalizeText),
);

/**
 * Second-choice synonyms, used only when the field found no column at all: a FEC's CompteLib is the
 * account's name, a label only when the file has no line label.
 */
export const FIELD_FALLBACK_SYNONYMS: Partial<Record<FieldId, readonly string[]>> = {
  // A number alone (QuickBooks' French journal "N°", Sage 50's "No"): the id only when nothing else is.
  // Odoo's invoice "Number" ("Numéro" in French), when no other column numbers the lines.
  id: ["N°", "Nº", "No", "No.", "Number", "Numéro"],
  label: ["CompteLib", "Libellé compte", "Intitulé compte", "Account name"],
  // A tax-inclusive amount, only beside a VAT column (a till's receipts: "Montant TTC | dont TVA"):
  // the VAT column proves it TTC and each line is read less its VAT (evidence/vat-column.ts).
  // "Total" alone beside a tax column (a till's "Total | TVA", Stripe's "Tax | Total", Odoo's "Taxes signées |
  // Total signé") is the same: the tax column proves it TTC or not.
  amount: [
    "Montant TTC",
    "Total TTC",
    "TTC",
    // A pharmacy's daily recap ("Nb clients | CA TTC | dont TVA").
    "CA TTC",
    "Montant TTC (€)",
    "Honoraires TTC",
    "Montant honoraires TTC",
    "Amount incl. VAT",
    "Total incl. VAT",
    "Total signé",
    "Total",
    // Dynamics 365's sales invoice journal: the invoice's total with its sales tax, in the company's
    // currency first (each invoice's own currency after it).
    "Invoice amount in accounting currency",
    "Invoice amount",
  ],
};

/**
 * "Brut" alone is the amount only beside a fee column (PayPal's French "Brut | Frais | Net", or its newer
 * "Avant commission | Commission | Net"): elsewhere
 * it is the lower half of a two-row header ("Montant HT" over "Brut | Remise | Net").
 */
const GROSS_BESIDE_FEE: readonly string[] = ["Brut", "Avant commission"].map(normalizeText);

/** Field labels for the UI, FR and EN. */
export const FIELD_LABELS: Record<FieldId, { fr: string; en: string }> = {
  date: { fr: "Date", en: "Date" },
  amount: { fr: "Montant", en: "Amount" },
  net_amount: { fr: "Montant net", en: "Net amount" },
  debit: { fr: "Débit", en: "Debit" },
  credit: { fr: "Crédit", en: "Credit" },
  direction: { fr: "Sens (D/C)", en: "Direction (D/C)" },
  quantity: { fr: "Quantité", en: "Quantity" },
  unit_price: { fr: "Prix unitaire", en: "Unit price" },
  kind: { fr: "Type de ligne", en: "Line type" },
  op_flag: { fr: "Indicateur OP", en: "OP flag" },
  account: { fr: "Compte", en: "Account" },
  label: { fr: "Libellé", en: "Label" },
  segment: { fr: "Segment", en: "Segment" },
  product: { fr: "Produit", en: "Product" },
  client: { fr: "Client", en: "Customer" },
  salesperson: { fr: "Commercial", en: "Salesperson" },
  entity: { fr: "Entité", en: "Entity" },
  currency: { fr: "Devise", en: "Currency" },
  id: { fr: "N° de pièce", en: "Document number" },
  discount_amount: { fr: "Remise", en: "Discount" },
  rebate_amount: { fr: "Rabais / ristourne", en: "Rebate" },
  return_amount: { fr: "Retour", en: "Return" },
  invoice_discount: { fr: "Remise globale (par facture)", en: "Invoice discount" },
  vat_amount: { fr: "Montant de TVA", en: "VAT amount" },
  vat_rate: { fr: "Taux de TVA", en: "VAT rate" },
  tip_amount: { fr: "Pourboire", en: "Tip" },
  doc_type: { fr: "Type de pièce", en: "Document type" },
  status: { fr: "Statut de la facture", en: "Invoice status" },
  scenario: { fr: "Scénario (réel / budget)", en: "Scenario (actual / budget)" },
};

/** The 18 columns of the French legal FEC (BIC/IS), in file order (article A47 A-1 LPF). */
export const FEC_COLUMNS = [
  "JournalCode",
  "JournalLib",
  "EcritureNum",
  "EcritureDate",
  "CompteNum",
  "CompteLib",
  "CompAuxNum",
  "CompAuxLib",
  "PieceRef",
  "PieceDate",
  "EcritureLib",
  "Debit",
  "Credit",
  "EcritureLet",
  "DateLet",
  "ValidDate",
  "Montantdevise",
  "Idevise",
] as const;

/** Columns the BNC (cash-basis) FEC adds after the 18. */
export const FEC_BNC_COLUMNS = ["DateRglt", "ModeRglt", "NatOp", "IdClient"] as const;

/** The FEC variant that replaces Debit + Credit with Montant + Sens. */
export const FEC_AMOUNT_DIRECTION_COLUMNS = ["Montant", "Sens"] as const;

/** How the engine gets a line's amount. */
export type AmountLayout = "amount" | "net" | "debit_credit" | "amount_direction" | "quantity_price";

/** Fields as users know them, with their --map name: "Montant (amount), Date (date)"; unknown ids as given. */
export function fieldNames(fields: readonly string[], lang: "fr" | "en"): string {
  const labels: Partial<Record<string, { fr: string; en: string }>> = FIELD_LABELS;
  return fields.map((f) => (labels[f] ? `${labels[f][lang]} (${f})` : f)).join(", ");
}

/**
 * Whether a layout is a journal's (debit/credit, amount/direction), where an account column written
 * as names is a chart of accounts; in a sales list the same column may hold customers.
 */
export function isJournalLayout(layout: AmountLayout): boolean {
  return layout === "debit_credit" || layout === "amount_direction";
}

export interface MappingResult {
  /** Field → 0-based column index. */
  mapping: Mapping;
  /** 0..1: 1 = exact synonym or override, lower for contains matches and fallbacks. */
  confidence: Partial<Record<FieldId, number>>;
  /** Header texts not used by any field. */
  unmapped: string[];
  /** Required fields absent: "date", and "amount" when no amount source exists. */
  missing: FieldId[];
  /**
   * amount: one amount column; net: a net column (with a gross in `amount`, or alone with per-line
   * deduction columns that the engine adds back); debit_credit; amount_direction (FEC Montant + Sens);
   * quantity_price.
   */
  layout: AmountLayout;
  /** The 18 FEC columns (or the Montant/Sens variant) are all there. */
  isFec: boolean;
  /** A gross column not read because a net one is the amount (no per-line deductions to check it against). */
  grossUnused?: number;
  /** The tax column beside a gross left for the net (Xero's "Net | Tax | Gross"): gross = net + tax, checked per row. */
  grossTax?: number;
  /** The date column read is a due, ship, delivery or payment date: no sales date was found (SPEC 2.2). */
  dateNotSales?: boolean;
  /**
   * A currency column that goes with amounts in each transaction's currency (`foreign`), beside the
   * amount read in the company currency: not mapped as the amount's currency.
   */
  currencyOfForeign?: { currency: number; foreign: number };
  /** Amounts converted into the account's currency read (`converted amount`), instead of column `instead`. */
  converted?: { amount: number; currency: number; instead?: number };
  /**
   * A subtotal beside a discount column left for the invoice's Total beside its tax (Stripe,
   * Chargebee): the total, after the discount, is read less its tax; the discount is not taken off again.
   */
  subtotalUnused?: { subtotal: number; discount: number; total: number };
  /** Shopify's orders export: its Total less its Taxes read (shopifyOrders). */
  shopifyOrders?: boolean;
  /**
   * The account column's chart when not the French one: Sage 50 UK's nominal codes
   * (customerBesideNominal), Xero's default chart (xeroAccountCode), MYOB's chart (myobAccount).
   */
  accountChart?: "sage50uk" | "xero" | "myob";
  /** Etsy's sold orders: the column of the order's total after a refund, when filled (etsyOrders). */
  adjustedTotal?: number;
  /**
   * An order-line export (invoicedLines): the invoiced quantity read (`quantity`), the invoiced amount
   * read (`invoicedAmount`) or the ordered value left unread (`orderValue`).
   */
  orderLines?: { quantity: number; invoicedAmount?: number; orderValue?: number };
  /** A health invoice's payers' parts beside its total (payerParts): the total is read, the parts checked against it. */
  payerParts?: { parts: number[]; total: number };
}

/** An override that names a column the table does not have, or a field that does not exist. */
export class MappingError extends EngineError {
  constructor(code: string, fr: string, en: string, details: Record<string, unknown> = {}) {
    super(code, fr, en, details);
    this.name = "MappingError";
  }
}

/**
 * Fields that hold money: percentage columns ("Taux TVA", "Marge %") are never one of them, except
 * the discount, whose rates the engine reads as rates (SPEC 2.2: "Taux de remise", "Remise %").
 */
const MONEY_FIELDS: ReadonlySet<FieldId> = new Set<FieldId>(MONEY_FIELD_IDS);
/** Money fields that never hold a rate (the discounts may: `Remise pied %`; the engine reads which). */
function moneyOnly(field: FieldId): boolean {
  return MONEY_FIELDS.has(field) && field !== "discount_amount" && field !== "invoice_discount";
}
/** Words that make a header a rate, not an amount. */
const RATE_WORDS: readonly string[] = ["taux", "pourcentage", "percent", "percentage", "pct", "rate"];
/** Words that stop a money field from matching by "contains" (tax-inclusive, VAT, foreign currency). */
const CONTAINS_BLOCKERS: readonly string[] = [
  // Not money ("Poids net (kg)", "Net weight"), or what the customer pays ("Net à payer": TTC).
  "poids",
  "weight",
  "kg",
  "masse",
  "volume",
  "payer",
  "ttc",
  "tva",
  "vat",
  "tax",
  "taxe",
  "taxes",
  "devise",
  "currency",
  // Last year's figures and the budget beside this year's actual: never the amount by containing a word.
  "n 1",
  // A contract's whole value ("Montant marché HT") and a running total ("Cumul travaux HT", "Cumul
  // facturé HT" of a builder's progress invoices): no line's sale.
  "marche",
  "cumul",
  "cumule",
  "cumulee",
  // Amazon's "crédits d'expédition", "crédits sur l'emballage cadeau": what buyers pay for shipping
  // and gift wrap, never a ledger's credit.
  "expedition",
  "emballage",
  "shipping",
  "wrap",
  "budget",
  "objectif",
  "target",
  // A tip goes to the staff, never the sale (SumUp's "Tip Amount", "Pourboire").
  "tip",
  "tips",
  "pourboire",
  "pourboires",
  "gratuity",
  // A discount's code, name or reason ("Code remise" NOEL10, Square's "Discount Name"): text, not money.
  "code",
  "nom",
  "name",
  "type",
  "motif",
  "raison",
  "reason",
  "libelle",
  "description",
];
/**
 * Words of a header that is never the general account by containing one of its synonyms: a
 * customer's account ("Code comptable client": 411…), an analytic code ("Imputation analytique"),
 * a nominal value ("Montant nominal").
 */
const NOT_ACCOUNT_WORDS: readonly string[] = [
  "client",
  "clients",
  "customer",
  "tiers",
  "auxiliaire",
  "fournisseur",
  "analytique",
  "analytic",
  "montant",
  "amount",
  // A bank tool's "Compte bancaire" (Qonto, the bank the money came in): no chart account.
  "bancaire",
  "bank",
];
/** The word of a money or currency column, in a header that also names a text field ("Customer Facing Amount"). */
const MONEY_HEAD = /(?:^| )(?:amount|montant|currency|devise)(?: |$)/;
/** Money of a line that is not its sale: the discount, shipping, a platform's commission, a deposit, a tip. */
const OTHER_MONEY =
  /\b(?:remises?|frais de port|port|shipping|commissions?|acomptes?|reverse|reverser|pourboires?|tips?|gratuity)\b/;
/** A header saying it leaves that money out ("Montant HT après remise", "hors frais de port"). */
const LEAVES_OUT =
  /\b(?:apres|hors|net de|after|excl\w*|less) (?:la |les |de |des )?(?:remises?|frais de port|port|shipping|commissions?|acomptes?|pourboires?|tips?|discounts?)\b/g;
/** "Subtotal", "Sub Total", "Sous-total": the amount before or after a discount, depending on the software. */
const SUBTOTAL = /^(?:sub ?total|sous total)$/;
/**
 * A payout after fees ("Montant net versé", "Net payout"), or after a marketplace's commission
 * (ManoMano's "Montant net vendeur"): money paid out, not a net sale.
 */
const PAID_OUT = /\b(?:verse|versee|a verser|payout|paid out|net vendeur)\b/;
/**
 * A number or id column ("Sales Record Number", "Order Number", "Transaction ID", "N° de pièce"): a
 * record's number, never money, whatever money word it contains ("Sales").
 */
const ID_HEAD = /(?:^| )(?:number|numero|num|record|id|ref|reference)$|^(?:n|no|numero|num) /;
/** A count ("Nb ventes", "Nombre de ventes", "Nb clients", "Count"): a number of things, never money. */
const COUNT_HEAD = /^(?:nb|nbr|nbre|nombre|count|number of)(?: |$)/;
/** A payer's part of a health invoice (tiers payant): "Montant AMO", "Part Sécu", "Montant patient", "Reste à charge". */
const PAYER_PART =
  /^(?:(?:montant|part|mt)(?: (?:de la|du|des))? (?:amo|amc|ro|rc|secu|securite sociale|cpam|caisse|mutuelles?|complementaire|assures?|patients?|tiers payant)|reste a charge(?: patient)?)$/;
/** The invoice's total that its payers' parts add up to ("Total facture", "Montant total", "Total dossier"). */
const PARTS_TOTAL =
  /^(?:total|montant total|total (?:factures?|dossier|ttc|honoraires)|montant (?:factures?|ttc)|total facture ttc)$/;
/** A line's amount with its taxes ("Montant TTC", "Total TTC", "Amount incl. VAT"). */
const TTC_AMOUNT =
  /\b(?:montant|total|amount|ca|sales|vente|ventes|net|honoraires)\b.*\b(?:ttc|toutes taxes|tva comprise|incl\w* (?:vat|tax\w*|tva))\b/;
/** A number column of credit notes: Chargebee's "Credit Note Id", "N° avoir", "Numéro d'avoir". */
const CREDIT_NUMBERS =
  /^(?:credit ?(?:note|memo)s? (?:id|number|no|#)|(?:n|no|num|numero)(?: d)? avoirs?|avoirs? (?:n|no|num|numero))$/;

/** Whether a (normalised) id header numbers credit notes: its table then holds credit notes only. */
export function numbersCreditNotes(header: string): boolean {
  return CREDIT_NUMBERS.test(header);
}

/** Whether a (normalised) money header says its amount includes tax ("Montant TTC", "Total incl. VAT"). */
export function saysTaxIncluded(header: string): boolean {
  return TTC_AMOUNT.test(header) || /\b(?:ttc|tva comprise)\b/.test(header);
}

/** A unit price's words: quantity × a TTC price is not the line's amount. */
const PRICE_WORDS = /\b(?:prix|price|pu|unitaire|unit)\b/;
/** Fields of names and words, which a money column never holds. */
const TEXT_FIELDS: ReadonlySet<FieldId> = new Set<FieldId>([
  "product",
  "client",
  "label",
  "segment",
  "salesperson",
  "entity",
]);
/** Fields a column headed with "%" never holds: texts and codes, not rates. */
const NOT_RATE_FIELDS: ReadonlySet<FieldId> = new Set<FieldId>([
  ...TEXT_FIELDS,
  "id",
  "account",
  "date",
  "currency",
  "doc_type",
  "status",
]);

/** True when a header is tax-inclusive, a tax, a rate, a weight… (CONTAINS_BLOCKERS): no money field's by containing its word. */
export function blocksMoney(header: string): boolean {
  return blocks(normalizeText(header));
}

/** blocksMoney on a normalised header: a blocker word, unless the header says it leaves it out ("hors pourboires"). */
function blocks(h: string): boolean {
  const kept = h.replace(EXCLUDED_TIPS, "").replace(EXCLUDED_SHIPPING, "");
  return CONTAINS_BLOCKERS.some((w) => containsPhrase(kept, w));
}

/** Words of a payment method's header: a "Type de paiement", a "Payout type" (Booking.com's bank transfer) is no nature column. */
const PAYMENT_WORDS: readonly string[] = ["paiement", "reglement", "payment", "encaissement", "payout"];

/** Synonyms shorter than this only match a header exactly ("ID client" is not a line id). */
const MIN_CONTAINS_LENGTH = 3;
const CONFIDENCE_FALLBACK = 0.7;

interface Synonym {
  field: FieldId;
  text: string;
  rank: number;
}

/** Normalised synonyms, built once: exact lookup by text, and the list for "contains" matching (exact-only ones left out). */
const SYNONYM_INDEX = buildSynonymIndex(FIELD_SYNONYMS);
const FALLBACK_INDEX = buildSynonymIndex(FIELD_FALLBACK_SYNONYMS);

function buildSynonymIndex(table: Partial<Record<FieldId, readonly string[]>>): {
  exact: Map<string, Synonym>;
  all: Synonym[];
} {
  const exact = new Map<string, Synonym>();
  const all: Synonym[] = [];
  for (const field of FIELD_IDS) {
    (table[field] ?? []).forEach((s, rank) => {
      const text = normalizeText(s);
      if (text === "" || exact.has(text)) return;
      const syn = { field, text, rank };
      exact.set(text, syn);
      if (!EXACT_ONLY_SYNONYMS.has(text)) all.push(syn);
    });
  }
  return { exact, all };
}

interface Candidate {
  field: FieldId;
  col: number;
  score: number;
  rank: number;
  /** Considered after every other candidate (a ship/due/payment date: the sales date only when alone). */
  demoted?: boolean;
}

/**
 * An override saying "this field has no column": detection leaves the field empty (the user
 * un-mapped it), stored in the mapping like any other override.
 */
export const NO_COLUMN = null;

/**
 * The overrides that are the user's own choices. The pane's stored mapping (`confirmed`) names every
 * field detection found: those naming the detected column are a confirmation, no choice, so what the
 * data proves (a foreign chart, a D/C column) is still read as the CLI reads it without `--map`.
 */
export function userChoices(
  headers: readonly string[],
  overrides: MappingOverrides | undefined,
  confirmed: boolean | undefined,
): MappingOverrides | undefined {
  if (overrides === undefined || confirmed !== true) return overrides;
  const auto = detectMapping(headers).mapping;
  const chosen = detectMapping(headers, overrides).mapping;
  const out: MappingOverrides = {};
  for (const [field, v] of Object.entries(overrides) as [FieldId, MappingOverrides[FieldId]][]) {
    if (chosen[field] !== auto[field]) out[field] = v;
  }
  return out;
}

/**
 * Auto-detects which column holds which field from FR/EN header synonyms; overrides (header text or
 * 0-based index, or NO_COLUMN) win. Throws MappingError ("unknown_header") when an override names a missing column.
 * @example detectMapping(["Date pièce", "Montant HT"]).mapping //=> { date: 0, amount: 1 }
 */
export function detectMapping(headers: readonly string[], overrides: MappingOverrides = {}): MappingResult {
  const norm = headers.map((h) => normalizeText(String(h ?? "")));
  const mapping: Mapping = {};
  const confidence: Partial<Record<FieldId, number>> = {};
  const used = new Set<number>();
  const none = new Set<FieldId>();

  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) continue;
    const field = checkField(key);
    if (value === NO_COLUMN) {
      none.add(field);
      continue;
    }
    const col = resolveOverride(field, value, headers, norm);
    mapping[field] = col;
    confidence[field] = 1;
    used.add(col);
  }

  const candidates: Candidate[] = [];
  norm.forEach((h, col) => {
    if (h === "" || used.has(col)) return;
    // A unit in the header ("Montant HT (k€)") scales the values (amount-units.ts): matched without it.
    const header = String(headers[col] ?? "");
    const bare = withoutFlagHint(withoutUnit(header));
    const key = bare === header ? h : normalizeText(bare);
    for (const c of scoreHeader(key, header)) candidates.push({ ...c, col });
  });
  candidates.sort(
    (a, b) =>
      Number(a.demoted ?? false) - Number(b.demoted ?? false) ||
      b.score - a.score ||
      a.rank - b.rank ||
      a.col - b.col,
  );
  let dateNotSales = false;
  for (const c of candidates) {
    if (mapping[c.field] !== undefined || used.has(c.col) || none.has(c.field)) continue;
    mapping[c.field] = c.col;
    confidence[c.field] = c.score;
    used.add(c.col);
    if (c.field === "date") dateNotSales = c.demoted === true;
  }

  applyFallbacks(norm, mapping, confidence, used, none);
  priceWithoutQuantity(norm, mapping, confidence, none, overrides);
  const parts = payerParts(norm, mapping, confidence, used, overrides);
  const nominal = customerBesideNominal(norm, mapping, confidence, overrides);
  const xero = !nominal && xeroAccountCode(norm, mapping, confidence, overrides);
  const myob = !nominal && !xero && myobAccount(norm, mapping);

  salesReport(norm, mapping, confidence, overrides);
  // A list of credit notes: its "Amount Refunded" is the credit notes' money paid back, no other return.
  if (mapping.id !== undefined && numbersCreditNotes(norm[mapping.id]) && overrides.return_amount == null)
    delete mapping.return_amount;

  const { grossUnused, taxBeside } = netOverGross(norm, mapping, confidence, overrides);

  subtotalBesideRate(norm, mapping, confidence, overrides);
  totalBesideIncTax(norm, mapping, confidence, overrides);
  const converted = convertedAmounts(norm, mapping, confidence, overrides);
  const shopify = shopifyOrders(norm, mapping, confidence, overrides);
  shopifyPayouts(norm, mapping, confidence, overrides);
  const adjustedTotal = etsyOrders(norm, mapping, confidence, overrides);
  const currencyOfForeign = foreignCurrency(norm, mapping, overrides);
  if (currencyOfForeign !== undefined) {
    delete mapping.currency;
    delete confidence.currency;
  }

  ttcBesideDeductionVat(norm, mapping, confidence, overrides);
  const orderLines = invoicedLines(norm, mapping, confidence, overrides);
  const subtotalUnused = subtotalBesideDiscount(norm, mapping, confidence, overrides);
  ttcAmounts(norm, mapping, confidence, used, none, overrides);
  payoutAlone(norm, mapping, confidence, used, none);

  const layout = chooseLayout(mapping, overrides);
  const missing: FieldId[] = [];
  if (mapping.date === undefined) missing.push("date");
  if (layout === null) missing.push("amount");

  const mappedCols = new Set(Object.values(mapping));
  const unmapped = headers.filter((h, i) => !mappedCols.has(i) && String(h ?? "").trim() !== "");

  const isFec = isFecHeader(headers);
  return {
    mapping,
    confidence,
    unmapped,
    missing,
    layout: layout ?? "amount",
    isFec,
    grossUnused,
    ...(taxBeside !== undefined ? { grossTax: taxBeside } : {}),
    ...(subtotalUnused !== undefined ? { subtotalUnused } : {}),
    dateNotSales,
    ...(currencyOfForeign !== undefined ? { currencyOfForeign } : {}),
    ...(converted !== undefined ? { converted } : {}),
    ...(shopify ? { shopifyOrders: true } : {}),
    ...(adjustedTotal !== undefined ? { adjustedTotal } : {}),
    ...(nominal ? { accountChart: "sage50uk" as const } : {}),
    ...(xero ? { accountChart: "xero" as const } : {}),
    ...(myob ? { accountChart: "myob" as const } : {}),
    ...(orderLines !== undefined ? { orderLines } : {}),
    ...(parts !== undefined ? { payerParts: parts } : {}),
  };
}

/**
 * A health invoice export with each payer's part (tiers payant: `Montant AMO | Montant AMC | Montant
 * patient | Total facture`): the invoice is the practitioner's sale whoever pays it, so its total is
 * the amount, not a part. The engine checks each row's parts add up to it (table-checks.ts).
 */
function payerParts(
  norm: readonly string[],
  mapping: Mapping,
  confidence: Partial<Record<FieldId, number>>,
  used: Set<number>,
  overrides: MappingOverrides,
): { parts: number[]; total: number } | undefined {
  const parts = norm.flatMap((h, i) => (PAYER_PART.test(h) ? [i] : []));
  if (parts.length < 2 || overrides.amount != null) return undefined;
  const total = norm.findIndex((h) => PARTS_TOTAL.test(h));
  const amount = mapping.amount;
  if (total < 0 || (amount !== undefined && amount !== total && !parts.includes(amount))) return undefined;
  for (const f of FIELD_IDS)
    if (f !== "amount" && mapping[f] === total) {
      delete mapping[f];
      delete confidence[f];
    }
  mapping.amount = total;
  confidence.amount = CONFIDENCE_FALLBACK;
  used.add(total);
  return { parts, total };
}

/** A header's tax marker, before or after tax ("Ventes (HT)", "Sales (incl. VAT)"): its words and which. */
const TAX_MARKER = / (?:(ht|excl vat|excl tax)|(ttc|incl vat|incl tax))$/;
/** The VAT column of money named `base` ("TVA sur les ventes", "VAT on Promotions on items"). */
const vatOf = (base: string): readonly string[] => [
  `tva sur les ${base}`,
  `tva sur ${base}`,
  `vat on ${base}`,
];

/** Whether the VAT column of money named `base` is among the headers. */
const vatBeside = (norm: readonly string[], base: string): boolean =>
  vatOf(base).some((v) => norm.includes(v));
/** A food platform's refunds with their tax ("Remboursements (TTC)", "Refunds (incl. VAT)"). */
const RETURNS_TTC = /^(?:remboursements|refunds) (?:ttc|incl vat)$/;

/**
 * A payment report giving each money before tax, its VAT and with tax (Uber Eats: `Ventes (HT) | TVA
 * sur les ventes | Ventes (TTC)`), whose discount comes only with its tax beside its own VAT column
 * (`Promotions sur les articles | TVA sur les promotions sur les articles`): the sales and refunds are
 * read with tax, less the sales' VAT, so the discount is taken off before tax at each order's rate.
 * The same report without its `Ventes (HT)` (`Ventes (TTC) | TVA sur les ventes`) is read so too.
 * Unless the user chose the amount.
 */
function ttcBesideDeductionVat(
  norm: readonly string[],
  mapping: Mapping,
  confidence: Partial<Record<FieldId, number>>,
  overrides: MappingOverrides,
): void {
  const { discount_amount: discount } = mapping;
  // A header without its tax marker ("ventes ht" → "ventes"), and the column of its amount with tax.
  const baseOf = (h: string): string => h.replace(TAX_MARKER, "");
  // Without a sales column before tax: the one with tax whose own VAT column is beside it.
  const amount =
    mapping.amount ??
    norm.findIndex((h) => TAX_MARKER.exec(h)?.[2] !== undefined && vatBeside(norm, baseOf(h)));
  if (amount < 0 || discount === undefined || overrides.amount != null) return;
  const ht = TAX_MARKER.exec(norm[amount] ?? "");
  if (ht === null || (ht[1] === undefined && mapping.amount !== undefined)) return;
  if (TAX_MARKER.test(norm[discount] ?? "") || !vatBeside(norm, norm[discount] ?? "")) return;
  const twin = (col: number): number => {
    const base = baseOf(norm[col] ?? "");
    return norm.findIndex((h) => TAX_MARKER.exec(h)?.[2] !== undefined && baseOf(h) === base);
  };
  const ttc = ht[1] === undefined ? amount : twin(amount);
  const vat = norm.findIndex((h) => vatOf(baseOf(norm[amount] ?? "")).includes(h));
  if (ttc < 0 || vat < 0 || overrides.vat_amount != null) return;
  assign(mapping, confidence, "amount", ttc);
  assign(mapping, confidence, "vat_amount", vat);
  // The refunds with tax: the twin of those before tax, or, alone, a refunds column headed with tax.
  const ret = mapping.return_amount ?? norm.findIndex((h) => RETURNS_TTC.test(h));
  if (ret < 0 || overrides.return_amount != null || !TAX_MARKER.test(norm[ret] ?? "")) return;
  const retTtc = TAX_MARKER.exec(norm[ret] ?? "")?.[2] !== undefined ? ret : twin(ret);
  if (retTtc >= 0) assign(mapping, confidence, "return_amount", retTtc);
}

/** An order line's invoiced quantity: "Invoiced Quantity" (Odoo), "Qté facturée" (Divalto, Cegid). */
const INVOICED_QUANTITY =
  /^(?:invoiced (?:quantity|qty)|(?:quantity|qty) invoiced|(?:qte|quantite)s? facturees?)$/;

/** An ordered or delivered quantity ("Quantity", "Qté commandée", "Delivered Quantity"); not "Qté gratuite". */
const ORDERED_QUANTITY =
  /^(?:quantity|qty|qte|quantite|(?:qte|quantite|quantity|qty) (?:commandees?|livrees?|ordered|delivered)|(?:ordered|delivered) (?:quantity|qty))$/;

/** An order line's ordered value ("Subtotal", "Montant HT commande", "Order amount"): not what was invoiced. */
const ORDER_VALUE = /\b(?:commande|commandee|order|ordered)\b|^(?:sub ?total|sous total)$/;

/** An order line's amount invoiced before tax: Odoo's "Untaxed Invoiced Amount", "Montant HT facturé". */
const INVOICED_AMOUNT =
  /^(?:untaxed invoiced amount|invoiced amount|amount invoiced|montant (?:ht )?factures?(?: ht)?)$/;

/**
 * An order-line export (Odoo's sale.order.line, Divalto's or Cegid's carnet de commandes): its
 * invoiced quantity beside the ordered or delivered one proves the rows order lines, whose sale is
 * only what was invoiced. Its invoiced amount is read; without one, the invoiced quantity × the unit
 * price, an amount headed as the order's value left unread. Unless the user chose the amount or quantity.
 */
function invoicedLines(
  norm: readonly string[],
  mapping: Mapping,
  confidence: Partial<Record<FieldId, number>>,
  overrides: MappingOverrides,
): MappingResult["orderLines"] {
  const quantity = norm.findIndex((h) => INVOICED_QUANTITY.test(h));
  const ordered = norm.some((h, i) => i !== quantity && ORDERED_QUANTITY.test(h));
  // The user's own quantity elsewhere, or no ordered quantity beside it: no order lines proven.
  if (quantity < 0 || !ordered || (overrides.quantity != null && mapping.quantity !== quantity))
    return undefined;
  const invoiced = norm.findIndex((h) => INVOICED_AMOUNT.test(h));
  // An amount chosen (the add-in's confirmed mapping too): read as chosen, said when it is the invoiced one.
  if (overrides.amount != null || overrides.net_amount != null)
    return invoiced >= 0 && mapping.amount === invoiced ? { quantity, invoicedAmount: invoiced } : undefined;
  if (invoiced >= 0) {
    assign(mapping, confidence, "quantity", quantity);
    assign(mapping, confidence, "amount", invoiced);
    return { quantity, invoicedAmount: invoiced };
  }
  const orderValue = mapping.amount ?? mapping.net_amount;
  // An amount that names no order ("Montant HT") may be the invoiced one: left as read.
  if (mapping.unit_price === undefined || (orderValue !== undefined && !ORDER_VALUE.test(norm[orderValue])))
    return undefined;
  assign(mapping, confidence, "quantity", quantity);
  delete mapping.amount;
  delete mapping.net_amount;
  return { quantity, ...(orderValue !== undefined ? { orderValue } : {}) };
}

/**
 * An amount only written TTC beside its VAT rate ("Montant TTC", "Taux TVA"): read, less its VAT;
 * also beside a TTC unit price (a till's `PV TTC | Remise TTC | Net TTC`): the line's amount, not
 * q × p. A TTC price beside an amount HT (Cegid Y2's `PU TTC | Montant HT`) is no unit price.
 */
function ttcAmounts(
  norm: readonly string[],
  mapping: Mapping,
  confidence: Partial<Record<FieldId, number>>,
  used: Set<number>,
  none: ReadonlySet<FieldId>,
  overrides: MappingOverrides,
): void {
  // An amount only written TTC beside its VAT rate ("Montant TTC", "Taux TVA"): read, less its VAT;
  // also beside a TTC unit price (a till's `PV TTC | Remise TTC | Net TTC`): the line's amount, not q × p.
  const layoutNow = chooseLayout(mapping, overrides);
  const ttcPrice = mapping.unit_price !== undefined && saysTaxIncluded(norm[mapping.unit_price] ?? "");
  // A TTC price beside an amount read HT (Cegid Y2's `PU TTC | Montant HT`): q × it is no check of the amount.
  if (
    ttcPrice &&
    mapping.amount !== undefined &&
    !saysTaxIncluded(norm[mapping.amount] ?? "") &&
    overrides.unit_price == null
  ) {
    delete mapping.unit_price;
    delete confidence.unit_price;
  }
  if (
    (layoutNow === null || (layoutNow === "quantity_price" && ttcPrice)) &&
    mapping.vat_rate !== undefined &&
    !none.has("amount")
  ) {
    const ttc = norm.findIndex((h, i) => !used.has(i) && TTC_AMOUNT.test(h) && !PRICE_WORDS.test(h));
    if (ttc >= 0) {
      mapping.amount = ttc;
      confidence.amount = CONFIDENCE_FALLBACK;
      used.add(ttc);
    }
  }
}

/**
 * A subtotal beside a discount column may be before it or after it: without quantity and unit price
 * the data cannot tell, so it is not read; the invoice's Total beside its tax (Stripe, Chargebee),
 * after the discount, is read instead (the discount column then left), or nothing (refused). Beside
 * quantity and unit price (Odoo's invoice lines) it is read: q × p proves it net or gross (columns.ts).
 */
function subtotalBesideDiscount(
  norm: readonly string[],
  mapping: Mapping,
  confidence: Partial<Record<FieldId, number>>,
  overrides: MappingOverrides,
): MappingResult["subtotalUnused"] {
  const discounted = mapping.discount_amount ?? mapping.invoice_discount;
  if (mapping.amount === undefined || discounted === undefined) return undefined;
  if (overrides.amount != null) return chosenTotal(norm, mapping, discounted, overrides);
  if (
    !SUBTOTAL.test(norm[mapping.amount]) ||
    (mapping.quantity !== undefined && mapping.unit_price !== undefined)
  )
    return undefined;
  const subtotal = mapping.amount;
  delete mapping.amount;
  delete confidence.amount;
  const total = mapping.vat_amount === undefined ? -1 : norm.indexOf("total");
  if (total < 0 || overrides.discount_amount != null || overrides.invoice_discount != null) return undefined;
  delete mapping.discount_amount;
  delete mapping.invoice_discount;
  assign(mapping, confidence, "amount", total);
  return { subtotal, discount: discounted, total };
}

/**
 * The Total a user chose (the add-in's confirmed mapping) beside its tax, a subtotal and a discount
 * column: read as subtotalBesideDiscount reads it, the discount inside it not taken off again.
 */
function chosenTotal(
  norm: readonly string[],
  mapping: Mapping,
  discounted: number,
  overrides: MappingOverrides,
): MappingResult["subtotalUnused"] {
  const total = mapping.amount as number;
  const subtotal = norm.findIndex((h) => SUBTOTAL.test(h));
  if (norm[total] !== "total" || mapping.vat_amount === undefined || subtotal < 0) return undefined;
  if (mapping.quantity !== undefined && mapping.unit_price !== undefined) return undefined;
  if (overrides.discount_amount != null || overrides.invoice_discount != null) return undefined;
  delete mapping.discount_amount;
  delete mapping.invoice_discount;
  return { subtotal, discount: discounted, total };
}

/** A shop's or a till's sales report: its gross sales and its net sales (after discounts and returns). */
const REPORT_GROSS = ["gross sales", "ventes brutes"];
const REPORT_NET = ["net sales", "ventes nettes"];

/**
 * Square's and Shopify's sales reports (`Gross Sales | Discounts | Net Sales | … | Fees | Net Total`):
 * the gross sales are the amount and the net sales its net (the engine checks gross − deductions =
 * net), not `Net Total`, the payout after the processor's fees. Unless the user chose either.
 */
function salesReport(
  norm: readonly string[],
  mapping: Mapping,
  confidence: Partial<Record<FieldId, number>>,
  overrides: MappingOverrides,
): void {
  const gross = norm.findIndex((h) => REPORT_GROSS.includes(h));
  const net = norm.findIndex((h) => REPORT_NET.includes(h));
  if (gross < 0 || net < 0 || overrides.amount != null || overrides.net_amount != null) return;
  assign(mapping, confidence, "amount", gross);
  assign(mapping, confidence, "net_amount", net);
}

/** The order-level money columns of Shopify's orders export, and its line items' prefix. */
/** Shopify Payments' payouts export: `Payout Date | Status | Charges | Refunds | … | Fees | Total`. */
const SHOPIFY_PAYOUT = ["payout date", "charges", "refunds", "fees"];

/**
 * Shopify Payments' payouts: the customers' `Charges` are the sales and its `Refunds` the returns;
 * `Fees` are charges of the shop, `Total` the payout, `Retried Amount` a payout sent again: none a
 * sale. Read so, unless the user chose the amount or the returns. Its `Status` is the payout's (paid,
 * in transit, failed): a failed payout's charges were sold all the same (the money comes again as a
 * later payout's Retried Amount), so it is no sale's status (not read, unless the user chose it).
 */
function shopifyPayouts(
  norm: readonly string[],
  mapping: Mapping,
  confidence: Partial<Record<FieldId, number>>,
  overrides: MappingOverrides,
): void {
  const [, charges, refunds] = SHOPIFY_PAYOUT.map((h) => norm.indexOf(h));
  if (SHOPIFY_PAYOUT.some((h) => !norm.includes(h))) return;
  if (overrides.status == null && mapping.status !== undefined) {
    delete mapping.status;
    delete confidence.status;
  }
  if (overrides.amount != null || overrides.net_amount != null || overrides.return_amount != null) return;
  delete mapping.net_amount;
  assign(mapping, confidence, "amount", charges);
  assign(mapping, confidence, "return_amount", refunds);
}

const SHOPIFY_ORDER = ["subtotal", "shipping", "taxes", "total"];
const LINE_ITEM = /^lineitem /;

/**
 * Shopify's orders export (`Subtotal | Shipping | Taxes | Total`, then `Lineitem …` columns): its
 * `Total` less its `Taxes` is the order's sales before tax, shipping billed included and discounts
 * taken off, whether the shop's prices include the tax or not (Subtotal and the line items' prices
 * include it in a European shop). Read so, unless the user chose an amount, a price or the VAT.
 */
function shopifyOrders(
  norm: readonly string[],
  mapping: Mapping,
  confidence: Partial<Record<FieldId, number>>,
  overrides: MappingOverrides,
): boolean {
  const cols = SHOPIFY_ORDER.map((h) => norm.indexOf(h));
  if (cols.some((c) => c < 0) || !norm.some((h) => LINE_ITEM.test(h))) return false;
  const chosen: FieldId[] = [
    "amount",
    "net_amount",
    "vat_amount",
    "quantity",
    "unit_price",
    "discount_amount",
  ];
  if (chosen.some((f) => overrides[f] != null)) return false;
  for (const f of chosen) delete mapping[f];
  assign(mapping, confidence, "amount", cols[3]);
  assign(mapping, confidence, "vat_amount", cols[2]);
  return true;
}

/** Etsy's sold orders: the order's money columns, and the ones an adjustment (a refund) fills. */
const ETSY_ORDER = ["order value", "order total", "order net", "adjusted order total"];
const ETSY_ADJUSTED = ["adjusted order total", "adjusted card processing fees", "adjusted net order amount"];

/**
 * Etsy's sold orders (`Order Value | Discount Amount | … | Shipping | Sales Tax | Order Total | Card
 * Processing Fees | Order Net | Adjusted Order Total …`): the sale is `Order Total` (after the coupon,
 * with the shipping billed and the sales tax, proven by the data: order-values.ts), not `Order Net`,
 * the payout after Etsy's card fees, nor the Adjusted columns, filled only when an order was
 * refunded. The column of the adjusted total is returned (it replaces the order's total when filled).
 */
function etsyOrders(
  norm: readonly string[],
  mapping: Mapping,
  confidence: Partial<Record<FieldId, number>>,
  overrides: MappingOverrides,
): number | undefined {
  const cols = ETSY_ORDER.map((h) => norm.indexOf(h));
  if (cols.some((c) => c < 0)) return undefined;
  const chosen: FieldId[] = ["amount", "net_amount", "vat_amount", "return_amount"];
  if (chosen.some((f) => overrides[f] != null)) return undefined;
  for (const f of ["amount", "net_amount"] as const) delete mapping[f];
  for (const h of ETSY_ADJUSTED) {
    const c = norm.indexOf(h);
    for (const f of FIELD_IDS) if (mapping[f] === c) delete mapping[f];
  }
  assign(mapping, confidence, "amount", cols[1]);
  const tax = norm.indexOf("sales tax");
  if (tax >= 0) assign(mapping, confidence, "vat_amount", tax);
  return cols[3];
}

/** Maps `field` to column `col`, certain, the column read by no other field. */
function assign(
  mapping: Mapping,
  confidence: Partial<Record<FieldId, number>>,
  field: FieldId,
  col: number,
): void {
  for (const f of FIELD_IDS) if (mapping[f] === col) delete mapping[f];
  mapping[field] = col;
  confidence[field] = 1;
}

/** Stripe's columns converted into the account's currency, and the per-payment ones they replace. */
const CONVERTED: readonly (readonly [FieldId, string, string])[] = [
  ["amount", "converted amount", "amount"],
  ["currency", "converted currency", "currency"],
  ["return_amount", "converted amount refunded", "amount refunded"],
];

/**
 * Amounts converted into the account's currency beside each payment's own (Stripe: `Converted Amount`,
 * `Converted Currency`): the converted ones are read, as the books hold them. Only when no such field
 * was chosen by the user; the amount read before is returned for the note.
 */
function convertedAmounts(
  norm: readonly string[],
  mapping: Mapping,
  confidence: Partial<Record<FieldId, number>>,
  overrides: MappingOverrides,
): MappingResult["converted"] {
  const amount = norm.indexOf("converted amount");
  const currency = norm.indexOf("converted currency");
  if (amount < 0 || currency < 0 || CONVERTED.some(([f]) => overrides[f] != null)) return undefined;
  const instead = mapping.amount;
  for (const [field, header, own] of CONVERTED) {
    const col = norm.indexOf(header);
    if (col < 0 || (mapping[field] !== undefined && norm[mapping[field]] !== own)) continue;
    assign(mapping, confidence, field, col);
  }
  return { amount, currency, ...(instead !== undefined && instead !== amount ? { instead } : {}) };
}

/**
 * An amount in each transaction's own currency: "Montant HT devise", "Débit devise", Qualiac's "Mt débit
 * dev", Odoo's "Amount in Currency", Oracle's "Entered Dr".
 */
const FOREIGN_AMOUNT =
  /\b(?:montant|mt|debit|credit|amount|total)\b.*\b(?:devises?|dev|currency)\b|^montantdevise$|^entered (?:dr|cr|debits?|credits?|amount)$/;
/** The company's own currency: "Montant en devise interne" (SAP), "Amount in local currency", "in accounting currency" (D365). */
const OWN_CURRENCY =
  /\b(?:interne|societe|local|company|functional|accounting|accounted|tenue|di|ds|lcy|eur|euros?)\b/;
/** An amount column under a plain name ("Amount", "Original Amount"): beside one in the company's currency, the other currency's. */
const PLAIN_AMOUNT = /\b(?:amount|montant|total)\b/;

/**
 * The currency column and the column of amounts in the transaction currency it goes with, when the
 * amount read (amount, debit/credit) is not one of those: it is in the company currency, and the
 * currency column is not its (a Cegid, Odoo or multi-currency export). Undefined otherwise, or when
 * the user named the currency column.
 */
function foreignCurrency(
  norm: readonly string[],
  mapping: Mapping,
  overrides: MappingOverrides,
): MappingResult["currencyOfForeign"] {
  const currency = mapping.currency;
  if (currency === undefined || overrides.currency != null) return undefined;
  const read = [mapping.amount, mapping.net_amount, mapping.debit, mapping.credit].filter(
    (c): c is number => c !== undefined,
  );
  const foreignAmount = (h: string): boolean => FOREIGN_AMOUNT.test(h) && !OWN_CURRENCY.test(h);
  if (read.length === 0 || read.some((c) => foreignAmount(norm[c]))) return undefined;
  const other = (test: (h: string) => boolean): number =>
    norm.findIndex((h, i) => i !== currency && !read.includes(i) && test(h));
  let foreign = other(foreignAmount);
  // The amount read says it is in the company's currency ("Sales (LCY)") and the currency column
  // does not ("Currency Code"): that column goes with the plain amounts beside it ("Amount").
  if (foreign < 0 && read.every((c) => OWN_CURRENCY.test(norm[c])) && !OWN_CURRENCY.test(norm[currency]))
    foreign = other((h) => PLAIN_AMOUNT.test(h) && !OWN_CURRENCY.test(h));
  return foreign < 0 ? undefined : { currency, foreign };
}

/** The values a flag column holds, written after its name: "Op (1/0)", "OP (oui/non)", "Inclus CA OP (Y/N)". */
const FLAG_HINT =
  /\s*[([]\s*(?:1\s*[/|-]\s*0|0\s*[/|-]\s*1|o\s*[/|-]\s*n|oui\s*[/|-]\s*non|y\s*[/|-]\s*n|yes\s*[/|-]\s*no|vrai\s*[/|-]\s*faux|true\s*[/|-]\s*false|x)\s*[)\]]\s*$/i;

/**
 * The column whose text the label keywords read: the label, else the product's name (a shop's or a
 * till's "Gift Card" line has no other text), unless its header (`headers` given) names a course
 * sold: a training body's titles say what is taught ("Le CIR en pratique"), not what the line is.
 */
export function labelColumn(map: Mapping, headers?: readonly string[]): number | undefined {
  if (map.label !== undefined || map.product === undefined) return map.label;
  const named = headers === undefined ? "" : normalizeText(String(headers[map.product] ?? ""));
  return COURSE_TITLES.has(named) ? undefined : map.product;
}

/** Headers of a training body's course titles (product synonyms). */
const COURSE_TITLES: ReadonlySet<string> = new Set(COURSE_TITLE_HEADERS.map(normalizeText));

/** Indexes of a table's columns (of `width`) that no field of the mapping reads, in order. */
export function unmappedColumns(map: Mapping, width: number): number[] {
  const mapped = new Set(Object.values(map));
  const out: number[] = [];
  for (let c = 0; c < width; c++) if (!mapped.has(c)) out.push(c);
  return out;
}

/** A header without the flag values written after it ("Op (1/0)" → "Op"). */
function withoutFlagHint(header: string): string {
  return header.replace(FLAG_HINT, "");
}

/** Tips a header says it leaves out ("Total HT (hors pourboires)"): no reason to block it. */
const EXCLUDED_TIPS = /\b(?:hors|sans|excl|excluding|without|net of)\s+(?:pourboires?|tips?|gratuity)\b/g;
/** The shipping a header says it leaves out ("Montant HT hors frais d'expédition", "Net sales excl. shipping"). */
const EXCLUDED_SHIPPING =
  /\b(?:hors|sans|excl|excluding|without|net of)\s+(?:(?:les |des )?frais d |de )?(?:expedition|shipping|emballage|gift wrap)\b/g;

/** Unit prices whose header alone is a rate word: FreshBooks' "Rate" (an hourly or unit rate). */
const PRICES_HEADED_RATE: ReadonlySet<string> = new Set(["Rate"].map(normalizeText));

/** A tax amount headed with its currency (Zettle's "VAT (EUR)"): the tax, as "VAT" is. */
function taxWithCurrency(h: string): Synonym | undefined {
  const s = CURRENCY_AFTER.test(h) ? SYNONYM_INDEX.exact.get(h.replace(CURRENCY_AFTER, "")) : undefined;
  return s?.field === "vat_amount" ? s : undefined;
}

/** Scores one header against every field: 1 for an exact synonym, 0.5–0.9 when it contains one. */
function scoreHeader(h: string, raw: string): Omit<Candidate, "col">[] {
  const isRate = raw.includes("%") || RATE_WORDS.some((w) => containsPhrase(h, w));
  const exact = SYNONYM_INDEX.exact.get(h) ?? taxWithCurrency(h);
  // A header that is exactly a synonym means that field and nothing else.
  if (exact) {
    // "TVA %", "VAT (%)": the VAT's rate, not its amount.
    if (isRate && exact.field === "vat_amount") return [{ field: "vat_rate", score: 1, rank: 0 }];
    const rateBlocks = isRate && moneyOnly(exact.field) && !PRICES_HEADED_RATE.has(h);
    return rateBlocks ? [] : [{ field: exact.field, score: 1, rank: exact.rank }];
  }
  const out: Omit<Candidate, "col">[] = [];
  // "Montant de la remise", "Montant frais de port", "Commission TTC": money, never the sales amount.
  // A payout ("Montant versé", "Payout amount", "Montant à verser"): after the platform's commission, no sale.
  const notSales = OTHER_MONEY.test(h.replace(LEAVES_OUT, "")) || PAID_OUT.test(h);
  for (const s of SYNONYM_INDEX.all) {
    if (s.text.length < MIN_CONTAINS_LENGTH || !containsPhrase(h, s.text)) continue;
    if (notSales && (s.field === "amount" || s.field === "net_amount")) continue;
    out.push({ field: s.field, score: 0.5 + (0.4 * s.text.length) / h.length, rank: s.rank });
  }
  // "Type client" contains both a kind and a client synonym: only the longest match speaks for it,
  // so the header never falls back to a weaker reading when its best field is taken elsewhere.
  const best = Math.max(0, ...out.map((c) => c.score));
  const bestFields = new Set(out.filter((c) => c.score === best).map((c) => c.field));
  // Money read that way must not be a rate, tax-inclusive, VAT or foreign-currency column
  // ("Montant devise" is then nothing, rather than a currency code column), nor a count ("Nb ventes").
  const blocked = isRate || blocks(h) || COUNT_HEAD.test(h) || ID_HEAD.test(h);
  const kept = out.filter(
    (c) => bestFields.has(c.field) && !(blocked && (isRate ? moneyOnly(c.field) : MONEY_FIELDS.has(c.field))),
  );
  // A rate column ("Item Tax %") names no product, customer or other text field by containing its word.
  if (raw.includes("%"))
    for (let i = kept.length - 1; i >= 0; i--) if (NOT_RATE_FIELDS.has(kept[i].field)) kept.splice(i, 1);
  // "Customer Facing Amount" / "Currency" (Stripe), "Montant client": never the customer or another text.
  if (MONEY_HEAD.test(h))
    for (let i = kept.length - 1; i >= 0; i--) if (TEXT_FIELDS.has(kept[i].field)) kept.splice(i, 1);
  if (NOT_ACCOUNT_WORDS.some((w) => containsPhrase(h, w))) {
    const i = kept.findIndex((c) => c.field === "account");
    if (i >= 0) kept.splice(i, 1);
  }
  // A cash discount ("Escompte", CO-PA's "Cash Discount"): a financial charge (665), never a sales deduction.
  if (CASH_DISCOUNT_WORDS.some((w) => containsPhrase(h, w)))
    for (let i = kept.length - 1; i >= 0; i--) if (DEDUCTION_FIELDS.has(kept[i].field)) kept.splice(i, 1);
  // "Type de paiement", "Type de règlement": how a sale was paid, never the line's nature.
  if (PAYMENT_WORDS.some((w) => containsPhrase(h, w))) {
    const i = kept.findIndex((c) => c.field === "kind");
    if (i >= 0) kept.splice(i, 1);
  }
  // Ship, due, delivery and payment dates are never the sales date when another date column exists (SPEC 2.2).
  if (NOT_SALES_DATE_WORDS.some((w) => containsPhrase(h, w)))
    for (const c of kept) if (c.field === "date") c.demoted = true;
  return kept;
}

/**
 * Headers of a column that is a charge, not a revenue deduction, beside a gross and a net amount: a
 * payment platform's fee, a cash discount ("Escompte": a financial charge, 665 in the PCG).
 */
const FEE_WORDS: readonly string[] = [
  "fee",
  "fees",
  "frais",
  "commission",
  "commissions",
  "escompte",
  "escomptes",
  "cash discount",
  "settlement discount",
];

/** A cash discount for early payment: never a sales deduction (evidence/value-fields.ts says it unread). */
export const CASH_DISCOUNT_WORDS: readonly string[] = [
  "escompte",
  "escomptes",
  "cash discount",
  "cash discounts",
  "settlement discount",
  "early payment discount",
  "skonto",
];

/** Per-line deduction fields: a cash discount column is none of them. */
const DEDUCTION_FIELDS: ReadonlySet<FieldId> = new Set([
  "discount_amount",
  "rebate_amount",
  "return_amount",
  "invoice_discount",
]);

/** Words of date columns that are not the sale's (ship, due, delivery, payment dates). */
const NOT_SALES_DATE_WORDS: readonly string[] = [
  "ship",
  "shipping",
  "shipped",
  "delivery",
  "due",
  "payment",
  "paid",
  "livraison",
  "expedition",
  // Chorus Pro's "Date de dépôt": when the invoice reached the platform.
  "depot",
  "reception",
  "received",
  "encaissement",
  "echeance",
  "paiement",
  "reglement",
  "valeur",
  "lettrage",
  "validation",
  // eBay's and marketplaces' payout to the seller ("Date du versement").
  "payout",
  "versement",
  // A booking's cancellation: no sale on that day ("Date d'annulation", "Cancellation date").
  "annulation",
  "cancellation",
  "cancelled",
];

/** A currency code after a header's words ("Total (EUR)", "VAT (EUR)"). */
const CURRENCY_AFTER = / (?:eur|usd|gbp|chf|cad|aud)$/;

/** Second-choice synonyms for fields still without a column (CompteLib as label). */
function applyFallbacks(
  norm: readonly string[],
  mapping: Mapping,
  confidence: Partial<Record<FieldId, number>>,
  used: Set<number>,
  none: ReadonlySet<FieldId>,
): void {
  for (const field of FIELD_IDS) {
    if (mapping[field] !== undefined || none.has(field)) continue;
    if (field === "amount" && !ttcReadable(mapping)) {
      grossBesideFee(norm, mapping, confidence, used);
      continue;
    }
    let bestCol = -1;
    let bestRank = Infinity;
    for (let col = 0; col < norm.length; col++) {
      // Zettle's "Total (EUR)" beside its "VAT (EUR)": the currency named, the same total.
      const s =
        FALLBACK_INDEX.exact.get(norm[col]) ??
        FALLBACK_INDEX.exact.get(norm[col].replace(CURRENCY_AFTER, ""));
      if (s && s.field === field && !used.has(col) && s.rank < bestRank) {
        bestCol = col;
        bestRank = s.rank;
      }
    }
    if (bestCol >= 0) {
      mapping[field] = bestCol;
      confidence[field] = CONFIDENCE_FALLBACK;
      used.add(bestCol);
    }
  }
}

/** A price headed alone ("Prix", "Price"), not a unit price ("Prix unitaire"). */
const PRICE_ALONE = /^(?:prix|price)$/;

/**
 * A count the detection did not map ("Quantités", "Nb articles", "Colis"): beside it a price is a
 * unit price (not the nights of a stay: Booking's `Prix` is the stay's, beside its `Durée (nuits)`).
 */
const COUNT_HINT =
  /^(?:qte|qty|quantites?|quantity|quantities|nb|nbre|nombre|colis|pieces?|volumes?|units?|unites?|articles?)\b/;
/** A header about a count's kind or name, not the count ("Unit type", "Article name"). */
const NOT_COUNT = /\b(?:type|prix|price|code|ref|id|name|nom|description)\b/;

/**
 * A price headed alone is the line's amount when no other amount column is found: without any
 * quantity beside it (Booking.com's reservations: `Prix` "350 EUR", `Price` "1,035.60 EUR"), nothing
 * multiplies it; beside a unit price and a quantity (Mirakl's orders: `Quantité | Prix unitaire |
 * Prix | Frais de port`), it is their product, the unit price being elsewhere. Unless the user chose
 * the amount or the unit price.
 */
function priceWithoutQuantity(
  norm: readonly string[],
  mapping: Mapping,
  confidence: Partial<Record<FieldId, number>>,
  none: ReadonlySet<FieldId>,
  overrides: MappingOverrides,
): void {
  const other = mapping.amount ?? mapping.net_amount ?? mapping.debit ?? mapping.credit;
  if (other !== undefined || none.has("amount") || overrides.unit_price != null) return;
  const unit = mapping.unit_price;
  const counted = norm.some((h, i) => i !== unit && COUNT_HINT.test(h) && !NOT_COUNT.test(h));
  const alone =
    unit !== undefined && mapping.quantity === undefined && !counted && PRICE_ALONE.test(norm[unit] ?? "");
  const mapped = new Set(Object.values(mapping));
  const price = alone
    ? unit
    : norm.findIndex(
        (h, i) =>
          PRICE_ALONE.test(h) && !mapped.has(i) && unit !== undefined && mapping.quantity !== undefined,
      );
  if (price === undefined || price < 0) return;
  if (alone) {
    delete mapping.unit_price;
    delete confidence.unit_price;
  }
  mapping.amount = price;
  confidence.amount = CONFIDENCE_FALLBACK;
}

/** A payout's money column ("Montant versé", "Payout amount"): never the sales amount beside another. */
const PAYOUT_AMOUNT = /\b(?:montant|amount)\b/;

/**
 * A payout column is read only when no other column gives the amount: a hand sheet's "Montant
 * versé" alone is what the customers paid; beside a price, an order value or a gross, it is the
 * money paid out after a platform's commission (scoreHeader never reads it so).
 */
function payoutAlone(
  norm: readonly string[],
  mapping: Mapping,
  confidence: Partial<Record<FieldId, number>>,
  used: Set<number>,
  none: ReadonlySet<FieldId>,
): void {
  if (chooseLayout(mapping, {}) !== null || none.has("amount")) return;
  const col = norm.findIndex(
    (h, i) => !used.has(i) && PAID_OUT.test(h) && PAYOUT_AMOUNT.test(h) && !blocks(h),
  );
  if (col < 0) return;
  mapping.amount = col;
  confidence.amount = CONFIDENCE_FALLBACK;
  used.add(col);
}

/** Maps a "Brut" column as the amount when a fee column is beside it and no amount is found. */
function grossBesideFee(
  norm: readonly string[],
  mapping: Mapping,
  confidence: Partial<Record<FieldId, number>>,
  used: Set<number>,
): void {
  const col = norm.findIndex((h) => GROSS_BESIDE_FEE.includes(h));
  if (col < 0 || used.has(col) || !norm.some((h) => FEE_WORDS.some((w) => containsPhrase(h, w)))) return;
  mapping.amount = col;
  confidence.amount = CONFIDENCE_FALLBACK;
  used.add(col);
}

/**
 * A net column without per-line deductions to add back is the amount (SPEC 2.2: headers saying net
 * are net). A gross column beside it (before discount, or TTC) is then not read: the engine says so.
 * The gross left, and the tax column that makes it the net plus its tax (Xero's "Net | Tax | Gross").
 */
function netOverGross(
  norm: readonly string[],
  mapping: Mapping,
  confidence: Partial<Record<FieldId, number>>,
  overrides: MappingOverrides,
): { grossUnused?: number; taxBeside?: number } {
  // Money paid out after the processor's fees (SumUp's "Montant net versé", a "Net payout"): no net sale.
  if (mapping.net_amount !== undefined && PAID_OUT.test(norm[mapping.net_amount] ?? "")) {
    delete mapping.net_amount;
    delete confidence.net_amount;
  }
  const perLine =
    mapping.discount_amount ?? mapping.rebate_amount ?? mapping.return_amount ?? mapping.invoice_discount;
  // A fee or cash-discount column (PayPal, Stripe, Shopify: Gross − Fee = Net; "Escompte") says the gap
  // is a charge: the gross is the sale.
  const fee = norm.some((h) => FEE_WORDS.some((w) => containsPhrase(h, w)));
  // A gross that is the net plus a tax column beside both: the net is the amount even beside a discount
  // column (the net is after it); the engine checks each row (table-checks.ts grossIsNetPlusTax).
  const taxBeside = grossWithTax(norm, mapping, overrides);
  const netRead = perLine === undefined || taxBeside !== undefined;
  if (mapping.net_amount === undefined || !netRead || fee || overrides.amount != null) return {};
  const grossUnused = mapping.amount;
  mapping.amount = mapping.net_amount;
  confidence.amount = confidence.net_amount;
  delete mapping.net_amount;
  delete confidence.net_amount;
  return { grossUnused, taxBeside };
}

/** MYOB AccountRight's sales: its Total beside its Inc-Tax Total (and GST Amount) is before tax. */
const MYOB_TOTALS = ["Total", "Inc-Tax Total"].map(normalizeText);

/**
 * MYOB AccountRight's item and service sales (`Price | Inc-Tax Price | Discount | Total | Inc-Tax Total
 * | … | GST Amount`): a Total beside its Inc-Tax Total is the line ex-GST, the amount (never a tax
 * column read by containing "Amount": Non-GST, GST, LCT, Freight Amount, Amount Paid).
 */
function totalBesideIncTax(
  norm: readonly string[],
  mapping: Mapping,
  confidence: Partial<Record<FieldId, number>>,
  overrides: MappingOverrides,
): void {
  const [total, incTax] = MYOB_TOTALS.map((h) => norm.indexOf(h));
  if (total < 0 || incTax < 0 || overrides.amount != null || confidence.amount === 1) return;
  assign(mapping, confidence, "amount", total);
}

/** FreshBooks' line before its invoice's discount and taxes. */
const LINE_SUBTOTAL = normalizeText("Line Subtotal");

/**
 * FreshBooks' invoice details (`Rate | Quantity | Discount Percentage | Line Subtotal | Tax 1 Amount |
 * Line Total`): beside a discount column and a unit price, the Line Subtotal (Rate × Quantity) is the
 * amount, the data proving it gross and the discount taken off (columns.ts); its Line Total is after
 * the discount and with the taxes. Without a discount column (WooCommerce's items: Line Total after the
 * coupon), the Line Total stays.
 */
function subtotalBesideRate(
  norm: readonly string[],
  mapping: Mapping,
  confidence: Partial<Record<FieldId, number>>,
  overrides: MappingOverrides,
): void {
  const col = norm.indexOf(LINE_SUBTOTAL);
  const priced = mapping.unit_price !== undefined && mapping.quantity !== undefined;
  if (col < 0 || !priced || mapping.discount_amount === undefined || overrides.amount != null) return;
  if (mapping.net_amount !== undefined) return;
  assign(mapping, confidence, "amount", col);
}

/** A line's tax amount alone, maybe with its currency ("Tax", "Tax (EUR)", "VAT"): not a rate nor a code. */
const TAX_ONLY = /^(tax|vat|tva|gst)( [a-z]{3})?$/;

/**
 * Xero's Receivable Invoice Detail ("Net (EUR) | Tax (EUR) | Gross (EUR)"): a gross headed so beside a
 * net and a tax column is the net plus its tax, not the line before its discount. The tax column, or
 * undefined when the headers are not so.
 */
function grossWithTax(
  norm: readonly string[],
  mapping: Mapping,
  overrides: MappingOverrides,
): number | undefined {
  const gross = mapping.amount;
  if (gross === undefined || mapping.net_amount === undefined || overrides.amount != null) return undefined;
  if (!containsPhrase(norm[gross] ?? "", "gross")) return undefined;
  const tax = norm.findIndex((h) => TAX_ONLY.test(h));
  return tax < 0 ? undefined : tax;
}

/** Xero's invoice export: its own header words, run together ("AccountCode", "LineAmount", "TaxType"). */
const XERO_ACCOUNT_CODE = normalizeText("AccountCode");
const XERO_INVOICE_HEADERS: readonly string[] = ["LineAmount", "TaxType", "UnitAmount"].map(normalizeText);

/**
 * Xero's Invoices export (`…UnitAmount | Discount | LineAmount | AccountCode | TaxType…`): its
 * AccountCode is Xero's chart (200 Sales, 260 Other Revenue, 270 Interest Income: rules/nominal-codes.ts),
 * never the French one (200 would be an intangible asset). Mapped as the account, read in that chart.
 */
function xeroAccountCode(
  norm: readonly string[],
  mapping: Mapping,
  confidence: Partial<Record<FieldId, number>>,
  overrides: MappingOverrides,
): boolean {
  if (mapping.account !== undefined || "account" in overrides) return false;
  const col = norm.indexOf(XERO_ACCOUNT_CODE);
  if (col < 0 || !XERO_INVOICE_HEADERS.every((h) => norm.includes(h))) return false;
  assign(mapping, confidence, "account", col);
  return true;
}

/** MYOB AccountRight's sales export headers: its customer's "Co./Last Name" and its tax-inclusive amounts. */
const MYOB_CUSTOMER = normalizeText("Co./Last Name");
const MYOB_INC_TAX: readonly string[] = ["Inc-Tax Amount", "Inc-Tax Total"].map(normalizeText);

/**
 * MYOB AccountRight's sales export ("Co./Last Name | … | Account # | Amount | Inc-Tax Amount"): its
 * account column is MYOB's chart (4-1100 income, 8-1000 other income: rules/nominal-codes.ts), never
 * the French one (4 third parties). True when so; the data must still write MYOB's `x-xxxx` numbers
 * (table-checks.ts accountChartOf).
 */
function myobAccount(norm: readonly string[], mapping: Mapping): boolean {
  // A user's own account column too (the add-in's confirmed mapping): the data still decides its chart.
  if (mapping.account === undefined) return false;
  return norm.includes(MYOB_CUSTOMER) && norm.some((h) => MYOB_INC_TAX.includes(h));
}

/** Sage 50 UK's headers: "Account" (A/C) is the customer's reference beside the nominal code ("Nominal", "N/C"). */
const SAGE_CUSTOMER: readonly string[] = ["Account", "A/C"].map(normalizeText);
const NOMINAL: readonly string[] = ["Nominal", "N/C", "Nominal code", "Nominal A/C"].map(normalizeText);

/**
 * Sage 50 UK's audit trail and transactions ("Type | Account | Nominal | Details"): the account named
 * "Account" holds customers (CUST1, ACME01), the ledger code is the nominal one, of Sage 50 UK's
 * chart (4000 its sales, 4200 sales of assets: rules/nominal-codes.ts): the customer, and the
 * nominal code read as the account in that chart. True when so.
 */
function customerBesideNominal(
  norm: readonly string[],
  mapping: Mapping,
  confidence: Partial<Record<FieldId, number>>,
  overrides: MappingOverrides,
): boolean {
  const acc = mapping.account;
  const nominal = norm.findIndex((h) => NOMINAL.includes(h));
  if (acc === undefined || nominal < 0) return false;
  // The nominal code named as the account (the add-in's confirmed mapping) beside "Account": its chart still.
  if ("account" in overrides) return acc === nominal && norm.some((h) => SAGE_CUSTOMER.includes(h));
  if ("client" in overrides || !SAGE_CUSTOMER.includes(norm[acc])) return false;
  delete mapping.account;
  delete confidence.account;
  if (mapping.client === undefined) {
    mapping.client = acc;
    confidence.client = CONFIDENCE_FALLBACK;
  }
  assign(mapping, confidence, "account", nominal);
  return true;
}

/**
 * A TTC amount may be read: a VAT column beside it proves it, and no other amount column gives the
 * amount. Beside quantity × unit price (a till's `Quantité | Prix unitaire | Remise | Total | TVA`) the
 * total is read: the data proves it gross or after the discount (columns.ts) and TTC or not (vat-column.ts).
 */
function ttcReadable(mapping: Mapping): boolean {
  const other = mapping.net_amount ?? mapping.debit ?? mapping.credit;
  return mapping.vat_amount !== undefined && other === undefined;
}

/**
 * How a line's amount is read. An override of amount (without debit/credit overrides) means the user
 * wants that column even when debit/credit columns exist. Null when no amount source exists.
 */
function chooseLayout(mapping: Mapping, overrides: MappingOverrides): AmountLayout | null {
  const has = (f: FieldId): boolean => mapping[f] !== undefined;
  const chosen = (f: FieldId): boolean => overrides[f] !== undefined && overrides[f] !== NO_COLUMN;
  const amountChosen = (chosen("amount") || chosen("net_amount")) && !chosen("debit") && !chosen("credit");
  if (has("amount") && has("direction")) return "amount_direction";
  if (has("debit") && has("credit") && !amountChosen) return "debit_credit";
  if (has("net_amount")) return "net";
  if (has("amount")) return "amount";
  if (has("quantity") && has("unit_price")) return "quantity_price";
  return null;
}

/** Validates a field name coming from user input (CLI --map, stored mapping). */
function checkField(key: string): FieldId {
  if ((FIELD_IDS as readonly string[]).includes(key)) return key as FieldId;
  const list = FIELD_IDS.join(", ");
  throw new MappingError(
    "unknown_field",
    `champ inconnu « ${key} » ; champs possibles : ${list}`,
    `unknown field "${key}"; possible fields: ${list}`,
    { field: key },
  );
}

/** Column index of an override: an index, or a header text (exact, then case/accent-insensitive). */
function resolveOverride(
  field: FieldId,
  value: string | number,
  headers: readonly string[],
  norm: readonly string[],
): number {
  if (typeof value === "number") {
    if (Number.isInteger(value) && value >= 0 && value < headers.length) return value;
  } else {
    const text = value.trim();
    const exact = headers.findIndex((h) => String(h ?? "").trim() === text);
    if (exact >= 0) return exact;
    const n = normalizeText(text);
    const loose = n === "" ? -1 : norm.indexOf(n);
    if (loose >= 0) return loose;
  }
  const found = headers.map((h) => String(h ?? "").trim()).filter((h) => h !== "");
  const fr = found.length > 0 ? found.map((h) => `« ${h} »`).join(", ") : "(aucune)";
  const en = found.length > 0 ? found.map((h) => `"${h}"`).join(", ") : "(none)";
  const what =
    typeof value === "number"
      ? { fr: `la colonne n° ${value}`, en: `column #${value}` }
      : { fr: `la colonne « ${value} »`, en: `column "${value}"` };
  throw new MappingError(
    "unknown_header",
    `${what.fr} (champ ${field}) n'existe pas ; colonnes trouvées : ${fr}`,
    `${what.en} (field ${field}) does not exist; columns found: ${en}`,
    { field, value, headers: found },
  );
}

const FEC_NORMALIZED = {
  common: FEC_COLUMNS.filter((c) => c !== "Debit" && c !== "Credit").map(normalizeText),
  debitCredit: ["debit", "credit"],
  amountDirection: FEC_AMOUNT_DIRECTION_COLUMNS.map(normalizeText),
  all: [...FEC_COLUMNS, ...FEC_BNC_COLUMNS, ...FEC_AMOUNT_DIRECTION_COLUMNS].map(normalizeText),
};

/** True when every FEC column is there: the 18 of BIC/IS, or the Montant/Sens variant (BNC extras allowed). */
export function isFecHeader(headers: readonly string[]): boolean {
  const set = new Set(headers.map((h) => normalizeText(String(h ?? ""))));
  if (!FEC_NORMALIZED.common.every((c) => set.has(c))) return false;
  return (
    FEC_NORMALIZED.debitCredit.every((c) => set.has(c)) ||
    FEC_NORMALIZED.amountDirection.every((c) => set.has(c))
  );
}

/**
 * Looser test used to choose the FEC reader for a `.txt` file: at least 8 FEC column names, so a FEC
 * with a misspelt or missing column is still read (and diagnosed) as a FEC.
 */
export function looksLikeFec(headers: readonly string[]): boolean {
  const set = new Set(headers.map((h) => normalizeText(String(h ?? ""))));
  return FEC_NORMALIZED.all.filter((c) => set.has(c)).length >= 8;
}
