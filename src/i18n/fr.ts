/** The French catalogue (the product's default language): every key of `Messages`. */
import { fr as pane } from "./pane/fr";
import type { Messages } from "./types";

export const fr = {
  lang: "fr",
  text: {
    amount_unreadable: "ligne {row} : montant illisible « {value} » (colonne « {column} »)",
    amount_empty: "ligne {row} : montant vide (colonne « {column} »)",
    amount_error_cell: "ligne {row} : la cellule montant contient l'erreur {value} (colonne « {column} »)",
    amount_ambiguous:
      "ligne {row} : montant ambigu « {value} » (colonne « {column} ») lu selon le séparateur décimal du classeur",
    direction_unreadable: "ligne {row} : sens illisible « {value} » (colonne « {column} », attendu D ou C)",
    net_mismatch:
      "ligne {row} : montant net « {value} » (colonne « {column} ») différent de brut − remises = {expected}",
    date_unreadable: "ligne {row} : date illisible « {value} » (colonne « {column} »)",
    date_empty: "ligne {row} : date vide (colonne « {column} »)",
    date_error_cell: "ligne {row} : la cellule date contient l'erreur {value} (colonne « {column} »)",
    date_order_locale:
      "colonne « {column} » : les données ne permettent pas de savoir si les dates sont jj/mm ou mm/jj ; lues en {value} (réglage régional) ; si le fichier vient d'un logiciel réglé autrement, les mois sont faux : --dates dmy|mdy en décide",
    class_error_cell:
      "ligne {row} : la cellule de la colonne « {column} » contient l'erreur {value} ; lue comme vide pour classer la ligne",
    op_flag_unknown:
      "ligne {row} : valeur OP « {value} » (colonne « {column} ») ni oui ni non ; la ligne est classée par les règles suivantes",
    order_lines_invoiced:
      "export de lignes de commande (quantité facturée « {quantity} ») : seule la part facturée est une vente, lue dans la colonne « {column} » (montant facturé HT)",
    order_lines_quantity:
      "export de lignes de commande : seule la part facturée est une vente, lue comme quantité facturée « {column} » × prix « {price} »",
    order_lines_order_value: " ; la colonne « {value} » (valeur commandée) n'est pas lue",
    subtotal_beside_total:
      "la colonne « {column} » à côté de la colonne de remise « {discount} » peut être avant ou après la remise : la vente est lue dans « {total} », le total de la facture après sa remise, moins sa TVA ; la remise est dans le chiffre, pas déduite une seconde fois",
    gross_with_tax:
      "colonne « {column} » non lue : c'est le net « {net} » plus la taxe « {tax} » sur chaque ligne (ligne {row} : {value} = {net_value} + {tax_value}), TTC, pas un brut avant remise ; le CA OP est lu dans « {net} », après la remise de la ligne",
    account_chart_myob:
      "colonne « {column} » (ligne {row} : « {value} ») lue dans le plan de comptes de MYOB (numéros x-xxxx), pas le PCG : 4-xxxx (Income) comptés, les autres classes (8-xxxx Other Income, 1- à 3-, 5-, 6-, 9-) ne sont pas du chiffre d'affaires",
    account_chart_xero:
      "colonne « {column} » (ligne {row} : « {value} ») lue dans le plan de comptes par défaut de Xero, pas le PCG : 200 Sales comptée, 260 Other Revenue exclue (hors cœur de métier), 270 Interest Income exclue (financier) ; les autres codes 2xx décidés par leur libellé, les codes hors 2xx ne sont pas du chiffre d'affaires",
    dollar_of_currency_column:
      "le « $ » des montants (ligne {row}, colonne « {money_column} » : « {money_value} ») lu comme {value}, la devise que la colonne « {column} » nomme sur chaque ligne, pas comme des dollars américains",
    payer_parts_total:
      "CA OP lu dans « {column} », le total de chaque ligne quel que soit le payeur : les parts {parts} en font la somme sur chaque ligne (ligne {row} : {value}) ; elles ne sont pas comptées en plus",
    payer_parts_differ:
      "CA OP lu dans « {column} », le total de chaque ligne quel que soit le payeur, mais les parts ne font pas ce total ligne {row} ({parts} ≠ {value}) : vérifiez cette ligne",
    gross_unused:
      'colonne « {column} » non lue : le CA OP est lu dans la colonne nette « {net} » ; elles diffèrent (ligne {row} : {value} / {net_value}) sans colonne de remise qui dise pourquoi (remise, ou TVA si « {column} » est TTC) ; si « {column} » est le montant à retenir : --map "amount={column}"',
    date_implausible:
      "{count} ligne(s) datée(s) de {period} (ex. ligne {row}, colonne « {column} » : « {value} ») : une année hors de 1980–2099, faute de frappe ou date mal lue ; comptée(s) dans ce mois, vérifiez la date",
    hidden_column:
      'la colonne « {column} », lue comme {field_fr}, est masquée dans la feuille : vérifiez que c\'est bien celle à lire (sinon --map "{value}=…")',
    date_not_sales:
      'la colonne de date lue, « {column} », est une date d\'échéance, de livraison ou de paiement, pas celle de la vente : les mois du CA OP la suivent ; si le fichier a la date de facture sous un autre nom : --map "date=…"',
    duplicate_header:
      "en-tête « {column} » en double : la colonne n° {used} est utilisée, la colonne n° {value} est ignorée",
    currency_blank:
      "{count} ligne(s) sans devise dans la colonne « {column} » (d'abord ligne {row}), les autres en {currency} : toutes lues en {currency} ; si une devise vide est celle de la société (l'euro), le fichier mêle deux devises : calculez-les à part",
    expense_lines:
      "{count} ligne(s) de dépense sans recette (colonne « {column} », ex. ligne {row} : « {value} ») : pas du chiffre d'affaires, non comptée(s)",
    class73_only:
      "CA OP nul : aucune ligne comptée, et {count} ligne(s) en classe 73 (ex. ligne {row}, colonne « {column} »), hors PCG, pour {value} ne sont pas comptées. Dans le plan ESSMS (M22), la classe 73 est celle des produits de la tarification : 734 (à la charge des usagers : hébergement, dépendance) est comptée, 731–733 (dotations et forfaits de l'ARS, du département, de l'État) et 735 ne le sont pas ; si ces lignes sont le prix de votre activité, marquez-les OP",
    no_revenue_line:
      'aucune ligne de produit : les {count} lignes ont un compte hors classe 7 dans la colonne « {column} » (montant {amount}), le CA OP est donc 0 ; si cette colonne est le compte du client (411…), associez-la au client : --map "client={column}" --map account=',
    credit_note_positive:
      "{count} pièce(s) d'avoir positive(s) (ex. ligne {row}, colonne « {column} » : « {value} ») dans un export où d'autres avoirs sont négatifs : comptée(s) comme écrite(s), en vente ; vérifiez leur signe",
    status_refunded_counted:
      "{count} ligne(s) au statut « {value} » (colonne « {column} », ex. ligne {row}) : ventes remboursées, comptées ; leur remboursement n'est déduit que si l'export le donne sur une ligne à part : à vérifier",
    amount_signed_like_direction:
      "colonne « {column} » : chaque crédit de la colonne « {sens} » est écrit négatif et chaque débit positif (ligne {row} : {value}), comme les écrit SAP : le signe répète le sens, les montants sont lus selon leur sens",
    order_item_rows:
      "{count} ligne(s) d'articles sous leur commande (ex. ligne {row}, commande {value}), colonne « {column} » vide : la première ligne de la commande porte ses montants (Shopify), non comptée(s) à nouveau",
    order_totals_repeated:
      "colonne « {column} » : le total de la commande est répété sur chacune de ses lignes d'articles, avec le même numéro de commande et les mêmes montants (ex. ligne {row}, commande {order} : {value}) : compté une fois par commande, {count} ligne(s) répétée(s) mise(s) à part",
    invoice_header_rows:
      "{count} ligne(s) d'en-tête de facture (colonne « {column} » = « {value} », ex. ligne {row}) portent le total de leur facture, dont les lignes suivent : mises à part, seules les lignes sont comptées",
    invoice_tender_rows:
      "{count} ligne(s) de règlement d'un ticket (colonne « {column} » = « {value} », ex. ligne {row}) : l'argent reçu pour les ventes du ticket, pas une vente, non comptée(s)",
    invoice_header_off:
      "ligne {row} : l'en-tête de la facture « {invoice} » ({column} {written}) n'est pas la somme de ses lignes ({lines}) ; {count} en-tête(s) ainsi : les lignes sont comptées, les en-têtes mis à part ; vérifiez (TVA ou port dans l'en-tête, lignes absentes de l'export ?)",
    analytic_lines:
      "{count} ligne(s) analytique(s) (colonne « {column} » = « {value} », ex. ligne {row}) ventilent la ligne générale de leur écriture par section : non comptées à nouveau",
    currency_of_foreign_amounts:
      'la colonne « {column} » est la devise de « {foreign} » (la devise de chaque opération) ; « {read} », le montant lu, est en devise de la société : {column} n\'est pas lue comme sa devise (--map currency="{column}" la lit ainsi)',
    converted_amounts:
      "colonne « {column} » lue : les montants convertis dans la devise du compte (colonne « {currency} »), tels que la comptabilité les tient, non « {instead} » dans la devise de chaque paiement",
    date_order_title:
      "colonne « {column} » : ses dates ne disent pas jj/mm ou mm/jj ; la période du rapport au-dessus de son en-tête, « {value} », ne les contient toutes que lues en {orderFr} : lues ainsi ; --dates dmy|mdy en décide autrement",
    date_order_other_column:
      "colonne « {column} » : ses dates ne disent pas jj/mm ou mm/jj ; la colonne « {other} » du même export prouve {orderFr} (ligne {row} : {value}) : lues en {orderFr} ; --dates dmy|mdy en décide autrement",
    amount_debit_positive:
      "colonne « {column} » : les écritures du journal s'équilibrent (ex. lignes {row1} à {row2}) et leurs ventes y sont négatives : montants signés débit positif, crédit négatif, lus comme crédit − débit (de signe inversé)",
    amount_debit_positive_extract:
      "colonne « {column} » : extrait de comptes de produits sans écritures : {negative} ligne(s) sur {total} des comptes de vente 701–708 sont négatives (ex. ligne {row1} : {value1}) et leur somme est négative alors que les remises accordées en 709, des débits par nature, ont une somme positive (ex. ligne {row2} : {value2}) : montants signés débit positif, crédit négatif (liste de postes SAP), lus comme crédit − débit (de signe inversé) ; --signs as-written les lit tels qu'écrits",
    amount_debit_positive_option:
      "colonne « {column} » : montants lus signés débit positif, crédit négatif (--signs debit-positive, ou le réglage du volet) : lus comme crédit − débit (de signe inversé)",
    amount_unit_cells:
      "colonne « {column} » : des montants écrivent leur unité (ex. « {example} ») : lus × {factor}, le CA OP est donné en unités",
    amount_unit_format:
      "l'en-tête de la colonne « {column} » donne une unité (× {factor}), mais le format de ses cellules ne fait qu'afficher divisés par {factor} des montants complets : ils sont lus tels qu'écrits, en unités",
    amount_unit_shown:
      "colonne « {column} » : le format de nombre de ses cellules écrit l'unité après la valeur saisie (12,5 affiché « 12,5 k€ ») : lu × {factor}, le CA OP est donné en unités",
    amount_unit_title:
      "le titre au-dessus des en-têtes (« {value} ») donne l'unité des montants : chaque montant de la colonne « {column} » vaut {factor} unités monétaires (lu × {factor}) : le CA OP est donné en unités ; si ses cellules contiennent des montants complets, retirez l'unité du titre",
    amount_unit:
      "l'en-tête de la colonne « {column} » donne son unité : chaque montant y vaut {factor} unités monétaires (lu × {factor}) : le CA OP est donné en unités ; si ses cellules contiennent des montants complets, seulement affichés en milliers par leur format, retirez l'unité de l'en-tête",
    amount_includes_vat:
      "la colonne « {column} » comprend la TVA de la colonne « {vat} » (ligne {row} : {value}, sa TVA à un taux français) : lue hors TVA ; --map vat_amount= (aucune colonne de TVA) lit le montant tel qu'écrit",
    refund_outside_amount:
      "la colonne « {column} » est avant les remboursements de la colonne « {refund} » (ligne {row} : {value}, remboursée en entier) : chaque remboursement en est retranché, hors TVA au taux de la ligne quand le montant est lu hors TVA",
    net_beside_sides:
      "les colonnes « {sides} » portent le montant TTC, « {column} » plus « {tax} » (ligne {row} : {value}) : la vente est lue dans « {column} », signée par le côté qui porte le TTC (côté des ventes : {side})",
    vat_conflict:
      "colonne « {column} » : la colonne « {vat} » montre le montant TVA comprise ligne {row1} ({value1}) et hors TVA ligne {row} ({value}) : lu tel qu'écrit, vérifiez l'export",
    vat_unproven:
      "ligne {row}, colonne « {column} » : {value} n'est pas la TVA du montant de « {read} » à un taux français, les données ne disent pas si ce montant la comprend : lu tel qu'écrit, à vérifier (--map amount=… une colonne hors taxes)",
    vat_column_rates:
      "la colonne « {column} » contient des taux de TVA, non des montants (ligne {row} : {value}) : lue comme le taux de chaque ligne",
    direction_column_codes:
      "la colonne « {column} » ne contient que des codes débit / crédit ({value}) : lue comme le sens du montant (le crédit ajoute, le débit retranche) ; --map direction= (aucun sens) lit les montants comme signés",
    document_codes_sap:
      "la colonne « {column} » contient des types de facture SAP ({value}) : factures (F1, F2), notes de débit (L2), annulations d'avoir (S2) et facturation intragroupe (IV, une vente de l'entité, à éliminer seulement en consolidation) comptées ; avoirs (G2, CR), avoirs de retour (RE), avoirs intragroupe (IG) et annulations de facture (S1, IVS) sont des retours (non signés, ils sont soustraits) ; pro forma (F5, F8), listes de factures (LR, LG) et demandes d'acompte (FAZ) ne sont pas des ventes",
    document_codes_xero:
      "la colonne « {column} » contient des types de facture Xero ({value}) : factures de vente ACCREC comptées, avoirs clients ACCRECCREDIT lus comme retours (écrits positifs, ils sont soustraits), factures et avoirs fournisseurs ACCPAY / ACCPAYCREDIT sont des achats",
    document_codes_sage50uk:
      "la colonne « {column} » contient des types de transaction Sage 50 UK ({value}) : factures SI comptées, avoirs SC lus comme retours (écrits positifs, ils sont soustraits) ; règlements SR / SA pas des ventes ; journaux JC / JD, escomptes SD, remboursements SP, recettes et paiements de banque, caisse et carte (BR, BP, CR, CP, VR, VP) et ceux des achats (PI, PC, PP, PA, PD, PR) lus selon leur compte (nominal code), pas des ventes sans lui",
    document_codes_ebp:
      "la colonne « {column} » contient des codes de pièce EBP ({value}) : factures FA comptées, avoirs AV lus comme retours (non signés, ils sont soustraits) ; devis DE, commandes clients CC, bons de livraison BL et bons de retour BR ne sont pas des ventes",
    document_codes_cegid:
      "la colonne « {column} » contient des natures de pièce Cegid ({value}) : tickets FFO et factures FAC comptés, avoirs AVC lus comme retours (non signés, ils sont soustraits) ; devis DE, commandes CC et bons de livraison BLC ne sont pas des ventes ; CF, BLF, FF, AF sont des achats",
    document_codes_sagex3:
      "la colonne « {column} » contient des types de facture Sage X3 ({value}) : factures FAC et notes de débit NDB comptées, avoirs AVO lus comme retours (non signés, ils sont soustraits)",
    document_codes_oracle:
      "la colonne « {column} » contient des classes de transaction Oracle Receivables ({value}) : factures INV et notes de débit DM comptées, avoirs CM lus comme retours (non signés, ils sont soustraits) ; dépôts DEP, garanties GUAR (des engagements), rétrofacturations CB (le reste impayé d'un règlement) et effets BR ne sont pas des ventes ; règlements PMT non plus",
    class_document_types:
      "la colonne « {column} » ne contient que des types de pièce ({value}) : lue comme le type de pièce (non comme un segment) ; ses avoirs sont des retours (non signés, ils sont soustraits), ses factures et notes de débit des ventes",
    document_code_unknown:
      "{count} ligne(s) de type « {value} » (colonne « {column} », p. ex. ligne {row}) : un code qu'aucune table de ce logiciel ne connaît, parmi ses codes de pièce connus : lues comme des lignes ordinaires (comptées sauf si leur compte ou leur libellé dit autre chose) ; si ce n'est pas une vente (devis, commande), excluez-les",
    kind_document_codes:
      "la colonne « {column} » ne contient que des types de pièce ({value}) : lue comme le type de pièce, pas comme une nature ; ses avoirs sont des retours",
    debit_payments:
      "{count} ligne(s) de type « {value} » (colonne « {column} », ex. ligne {row}) débitées du compte : des paiements du titulaire (achats), ni vente ni retour, non comptée(s)",
    bank_expenses:
      "{count} ligne(s) de la catégorie « {value} » (colonne « {column} », ex. ligne {row}) dans les opérations d'un compte bancaire, une catégorie qui dépense plus qu'elle n'encaisse : des dépenses (et leurs remboursements), non comptées",
    payment_not_sale:
      "{count} ligne(s) de type « {value} » (colonne « {column} », ex. ligne {row}) : un règlement client reçu pour les factures listées à côté n'est pas une vente, non comptée(s)",
    segment_natures:
      "colonne « {column} » : ses catégories disent aussi la nature des lignes (ex. ligne {row} « {value} ») : lue aussi comme nature (type de ligne), une subvention, un apport ou des intérêts ne sont pas des ventes",
    payment_counted:
      "{count} ligne(s) de type « {value} » (colonne « {column} », ex. ligne {row}) comptée(s) comme ventes : un encaissement sans facture listée à régler pour ce client (livre de recettes, vente directe) ; si c'est le règlement d'une facture hors de la liste, ce n'est pas une vente",
    platform_log_types:
      "colonne « {column} » : journal de transactions {platform}, chaque ligne lue selon son type : {sale} ligne(s) de vente et {discount} de remise accordée comptées, {return} de remboursement ou retour déduites ; {apart} ligne(s) de frais, commissions, virements, réserves, pénalités ou taxes collectées pour d'autres écartée(s), pas des ventes (les frais sont des charges, pas des déductions) : {apartValues}",
    platform_type_unknown:
      "{count} ligne(s) de type « {value} » (colonne « {column} », ex. ligne {row}) : un type que la table des types {platform} ne connaît pas, lue(s) comme des lignes ordinaires (comptées telles qu'écrites) ; si ce sont des frais, un virement ou une taxe, excluez-les",
    platform_return_amount:
      "{count} ligne(s) de type « {value} » (colonne « {column} », ex. ligne {row}) : un remboursement accordé, « {amountColumn} » vide, son montant écrit dans « {from} » ({written}) : lu là, en moins des ventes",
    document_not_sale:
      "{count} ligne(s) de type « {value} » (colonne « {column} », ex. ligne {row}) : un devis, une commande, un bon de livraison, un achat ou un mouvement de banque n'est pas une vente (la facture l'est), non comptée(s)",
    dates_swapped:
      "colonne « {column} » : {count} date(s) du classeur ont le jour et le mois inversés (un fichier jour/mois ouvert dans un tableur réglé mois/jour) ; ses dates restées en texte le prouvent (ex. ligne {textRow} « {text} ») : relues jour/mois (ex. ligne {example}, le {written} est lu le {read}) ; vérifiez les mois",
    amount_ttc:
      "colonne « {column} » : les montants lus sont TTC, sans colonne de TVA pour l'ôter ; le CA OP se compte hors taxes : indiquez la colonne HT (--map amount=…) ou la colonne du montant de TVA",
    invoice_discount_rate:
      "colonne « {column} » : remise de pied de facture en taux (ex. ligne {row} « {value} ») : chaque ligne de la facture est lue moins ce taux, net de la ligne = montant × (1 − taux) arrondi au centime ; le pied de la facture, arrondi une fois sur son total, peut différer d'un centime",
    discount_cascade:
      "colonne « {column} » : remises en cascade (ex. ligne {row} « {value} » : la seconde s'applique après la première) lues comme une seule remise de 1 − le produit des (1 − taux), ici {rate} %",
    discount_per_unit:
      "colonne « {column} » : remises par unité (ex. ligne {row} « {value} », format Sage « U ») lues en montant par unité vendue : remise de la ligne = montant × quantité",
    discount_unreadable_net:
      "ligne {row}, colonne « {column} » : remise illisible « {value} » ; la ligne est comptée à son montant net lu (colonne « {net} »), sa remise n'est pas détaillée",
    amount_rounded_per_line:
      "colonne « {column} » : sans colonne de montant, chaque ligne est lue quantité × prix unitaire (moins sa remise) arrondi au centime, comme la facture l'écrit (arrondi au plus proche, la moitié loin de zéro ; ex. ligne {row} : {exact} → {value})",
    amount_ttc_rate:
      "colonne « {column} » : montants TTC, lus hors TVA au taux de la colonne « {rate} » (HT = TTC / (1 + taux), arrondi au centime par ligne)",
    shipping_once_per_invoice:
      "colonne « {column} » : les frais de port facturés sur toute la facture (ex. ligne {row} : {value}), écrits sur chacune de ses lignes, sont ajoutés aux lignes de « {lines} » une fois par facture, sur sa première ligne ({count} répétition(s) non ajoutée(s) de nouveau) : les ports facturés sont du chiffre d'affaires (compte PCG 7085)",
    order_shipping_once:
      "colonne « {column} » : les frais de port de la commande, répétés sur chacune de ses lignes (ex. ligne {row} : {value}), sont une vente (compte 7085) comptée une fois par commande ({count} commande(s)), avec les lignes de « {lines} »",
    amount_plus_cleaning:
      "colonne « {column} » : un loyer sans les frais de ménage facturés au voyageur, lu avec ceux de la colonne « {shipping} » (des frais de ménage facturés font partie du chiffre d'affaires de la location)",
    items_plus_shipping:
      "colonne « {column} » : le montant des articles seuls (quantité × prix unitaire, sans le port), lu avec les frais de port facturés au client de la colonne « {shipping} » (des ports facturés sont du chiffre d'affaires, compte 7085)",
    amount_plus_shipping:
      "colonne « {column} » : des ventes sans les frais de port facturés aux clients, lues avec ceux de la colonne « {shipping} » (des ports facturés sont du chiffre d'affaires, compte 7085)",
    amount_plus_gift_wrap:
      "colonne « {column} » : l'emballage cadeau facturé aux acheteurs, colonne « {wrap} », est lu avec les ventes comme les frais de port (chiffre d'affaires)",
    amount_less_collected:
      "colonne « {gross} » : un montant brut qui comprend ce que la plateforme perçoit pour d'autres, colonne « {collected} » (taxe de séjour pour la commune, taxe perçue par la place de marché), lu sans lui (pas du chiffre d'affaires)",
    amount_less_gift_cards:
      "colonne « {gross} » : le total d'un ticket qui comprend les cartes cadeaux vendues, colonne « {collected} » (ex. ligne {row} : {value}), lu sans elles (une carte cadeau vendue est un dû jusqu'à son utilisation, pas du chiffre d'affaires)",
    amount_less_tips:
      "colonne « {column} » : un total qui comprend les pourboires de la colonne « {tips} », lu sans eux (un pourboire reversé au personnel n'est pas du chiffre d'affaires)",
    vat_rate_unreadable:
      "ligne {row}, colonne « {column} » : taux de TVA illisible « {value} » ; la ligne, TTC, n'est pas comptée (montant ignoré)",
    deposit_invoice_restated:
      "{count} ligne(s) de type « {value} » (colonne « {column} », ex. ligne {row}) : factures d'acompte reprises par leur facture finale, dont le libellé cite leur numéro (le prix total, l'acompte déduit du net à payer) : non comptées une seconde fois",
    deposit_invoice_counted:
      "{count} ligne(s) de type « {value} » (colonne « {column} », ex. ligne {row}) : factures d'acompte comptées comme ventes ; si la facture finale reprend le prix total (l'acompte déduit du net à payer), elles sont comptées deux fois : retirez-les ou marquez-les hors OP",
    invoice_total_lines:
      "colonne « {column} » : le total de la facture est répété sur chacune de ses lignes ({count} facture(s), ex. « {invoice} » ligne {row} : {value}, redonné par quantité × prix unitaire de ses lignes) : le CA est lu en quantité × prix unitaire",
    invoice_total_repeated:
      "colonne « {column} » : le même montant sur chaque ligne de {count} facture(s) (ex. « {invoice} » ligne {row} : {value}) ; si c'est le total de la facture répété, il est compté une fois par ligne : vérifiez, ou indiquez une colonne de montant par ligne (--map amount=…)",
    invoice_discount_once:
      "colonne « {column} » : une remise sur toute la facture, répétée sur ses lignes (ex. ligne {row} : {value}) : comptée une fois par facture, sur sa première ligne ({count} ligne(s) qui la répètent non comptées à nouveau)",
    invoice_discount_differs:
      "ligne {row}, colonne « {column} » : la facture « {id} » porte une seconde remise globale, {value}, après {first} : les deux sont comptées ; vérifiez l'export",
    invoice_discount_no_id:
      "ligne {row}, colonne « {column} » : {value} de nouveau sur la ligne suivante, et aucune colonne de numéro de facture ne dit si c'est la même facture : la remise est comptée sur chaque ligne qui la porte ; indiquez le numéro de facture (--map id=…) pour la compter une fois par facture",
    repeated_header:
      "ligne {row} : l'en-tête se répète, un second tableau commence (« {value} ») : cette ligne et un titre juste au-dessus ne sont pas des lignes de vente",
    credit_note_section:
      "ligne {row} : le titre « {value} » annonce des avoirs ; ses {count} ligne(s) sont lues telles qu'écrites : positives, elles comptent en ventes ; signez-les ou ajoutez une colonne Type de pièce",
    credit_note_sheet:
      "le tableau (sa feuille, son titre ou sa colonne de numéros « {value} ») annonce des avoirs ; ses {count} ligne(s) positive(s) sont lues telles qu'écrites (en ventes), puisque d'autres sont négatives ; signez-les ou ajoutez une colonne Type de pièce",
    credit_note_sheet_read:
      "le tableau (sa feuille, son titre ou sa colonne de numéros « {value} ») annonce des avoirs, et ses {count} ligne(s) sont toutes positives : lues comme des avoirs écrits sans signe, déduites",
    credit_note_section_read:
      "ligne {row} : le titre « {value} » annonce des avoirs, et ses {count} ligne(s) sont toutes positives : lues comme des avoirs écrits sans signe, déduites",
    account_pair:
      "colonnes « {column} » et « {value} » : les deux comptes de chaque ligne pour un seul montant (partie double) : chaque ligne est lue par son compte de produit, crédité (une vente) ou débité (un avoir)",
    label_column_unread:
      "la colonne « {column} » n'est lue comme aucun champ, mais ses textes disent que des lignes ne sont pas des ventes (ex. ligne {row} : « {value} »), et aucune colonne de libellé n'est lue : toutes les lignes comptent ; si elle décrit les lignes, --map label=\"{column}\" (ou choisissez-la comme libellé dans le volet)",
    label_only_decisions:
      "{count} ligne(s) sortie(s) des ventes sur leur seul libellé, sans colonne de compte (ex. ligne {row}, colonne « {column} » : « {value} ») : exclusion ou déduction décidée par un mot ; si ce mot décrit ce que vous vendez, ce sont des ventes : vérifiez-les, ou ajoutez le compte",
    closing_entries:
      "{count} ligne(s) de produits d'écritures de clôture, soldées au résultat (compte 12…) (ex. ligne {row}, colonne « {column} » : {value}) : le CA de l'exercice déplacé au bilan, pas un retour ; non comptée(s)",
    third_party_accounts:
      "{count} ligne(s) dont le compte n'est pas un numéro du plan comptable dans une colonne de comptes numérotés (ex. ligne {row}, colonne « {column} » : {value}) : des comptes de tiers (clients, fournisseurs) comme 411 / 401, pas du chiffre d'affaires ; non comptée(s)",
    account_segments:
      "colonne « {column} » : chaînes de comptes concaténées (ex. ligne {row} : {value}), lues par leur segment n° {position} sur {count}, le compte naturel ({account}) : ce segment porte des comptes du plan comptable sur toute la colonne, les autres (société, centre de coût…) non",
    section_rows:
      "{count} ligne(s) de titre sans date ni montant, une seule cellule remplie (ex. ligne {row} : « {value} ») : des intitulés de section, pas des lignes",
    not_revenue:
      "{count} ligne{s} hors classe 7 (clients, TVA, banque, charges…) : pas du chiffre d'affaires, ignorée{s} (montant {amount})",
    blank_rows: "{count} ligne{s} vide{s} ignorée{s}",
    cli_no_line_read:
      "aucune ligne lisible : les {count} ligne{s} ne peuvent être lues (d'abord ligne {row}, colonne « {column} » : « {value} ») ; voir les diagnostics",
    cli_suggest_duckdb:
      "{count} lignes : plus qu'une feuille Excel n'en contient ; pour consolider de tels volumes, essayez caop compute FICHIER… --engine duckdb",
    montant_sens_negative_debit:
      "ligne {row} : montant négatif « {value} » (colonne « {column} ») avec le sens « {sens} » : lu comme un débit de {amount}",
    montant_sens_negative_credit:
      "ligne {row} : montant négatif « {value} » (colonne « {column} ») avec le sens « {sens} » : lu comme un crédit de {amount}",
    sens_plus_minus_one:
      "colonne « {column} » : sens +1/-1 lu comme +1 = débit, -1 = crédit (article A47 A-1 du LPF, BOI-CF-IOR-60-40-20) ; si le logiciel exporte l'inverse, le CA OP sort négatif",
    debit_and_credit:
      "ligne {row} : débit et crédit tous deux remplis ({value}) ; ligne comptée à son solde crédit − débit = {amount}",
    two_digit_year:
      "colonne « {column} » : {count} date{s} à année sur deux chiffres (ex. ligne {example_row} « {value} ») lue{s} comme Excel : 00–29 → 2000–2029, 30–99 → 1930–1999",
    sign_convention_signed:
      "signes à vérifier (CA OP {caop} ; mois à CA OP négatif : {months} ; {negative} ligne{s} de vente sur {total} négative{s}) : l'export semble compter les ventes en négatif (montants débit positif, crédit négatif, comme les écrit un grand livre ou une liste de postes SAP) ; si c'est le cas, les lire inversés (--signs debit-positive, ou le réglage du volet « Montants débit positif ») ; sinon inverser le signe dans l'export ou associer des colonnes Débit et Crédit (--map debit=… credit=…)",
    sign_convention_debit_credit:
      "signes à vérifier (CA OP {caop} ; mois à CA OP négatif : {months} ; {negative} ligne{s} de vente sur {total} au débit) : les colonnes Débit et Crédit semblent inversées ; les associer dans l'autre sens (--map debit=« {credit} » credit=« {debit} »)",
    sign_convention_months:
      "signes à vérifier : mois à CA OP négatif : {months} (CA OP du fichier {caop} ; {negative} ligne{s} de vente sur {total} négative{s} ou au débit) : les signes du fichier semblent justes, vérifiez les avoirs et corrections de ces mois",
    conflict:
      "ligne {row} : conflit, {account_fr} ; {other_fr} (colonne « {column} », valeur « {value} ») : le compte {account} l'emporte",
    decimal_mark_from_dates:
      "colonne « {column} » : ses valeurs ne disent pas le séparateur décimal (ligne {row} : {value}) ; les dates de la colonne « {dates} » sont mois d'abord (ligne {dateRow} : {dateValue}), comme les écrivent les exports américains : « . » est lu comme séparateur décimal, « , » comme séparateur de milliers (--decimal , en décide autrement)",
    decimal_mark_assumed:
      "colonne « {column} » : les données ne prouvent pas le séparateur décimal (ligne {row} « {value} ») ; lu « {mark} » (option --decimal ou réglage par défaut)",
    decimal_mark_conflict:
      "colonne « {column} » : séparateur décimal contradictoire (ligne {row1} « {value1} » et ligne {row} « {value} ») ; lu « {mark} », vérifiez la colonne",
    net_amount:
      "colonne « {column} » : sans prix unitaire, les données ne prouvent pas si le montant est net ou brut ; lu comme net (après remise), la remise « {value} » n'est pas retranchée une seconde fois",
    net_amount_rate:
      "colonne « {column} » : sans prix unitaire, les données ne prouvent pas si le montant est net ou brut ; lu comme net (après remise) : les taux de « {value} » ne sont pas déduits, le montant est déjà net",
    amount_value_fields:
      "colonne « {column} » : le chiffre d'affaires brut d'un relevé à champs de valeur (CO-PA : le chiffre d'affaires puis chaque déduction dans sa colonne) ; les déductions « {value} » sont retranchées de chaque ligne, chacune selon sa nature",
    value_field_discount:
      "colonne « {column} » : une déduction de plus sur chaque ligne (ex. ligne {row} « {value} »), lue comme remise et retranchée de « {revenue} »",
    value_field_rebate:
      "colonne « {column} » : une déduction de plus sur chaque ligne (ex. ligne {row} « {value} »), lue comme rabais / ristourne et retranchée de « {revenue} »",
    value_field_return:
      "colonne « {column} » : une déduction de plus sur chaque ligne (ex. ligne {row} « {value} »), lue comme retour / avoir et retranchée de « {revenue} »",
    cash_discount_unread:
      "colonne « {column} » non lue (ex. ligne {row} « {value} ») : l'escompte pour paiement anticipé est une charge financière (665), pas une remise sur ventes ; le CA OP n'en est pas diminué",
    amount_reading_contradicted:
      "ligne {row} : le montant « {value} » (colonne « {column} ») ne vaut pas quantité × prix − remise, alors que la colonne est lue comme nette",
    amount_gross_contradicted:
      "ligne {row} : le montant « {value} » (colonne « {column} ») ne vaut pas quantité × prix, alors que la colonne est lue comme brute",
    rate_scale_assumed:
      "colonne « {column} » : l'en-tête dit pourcentage, les taux sont donc lus en points de pourcentage (« {value} » ligne {row} = {value} %) ; les données ne le prouvent pas (des valeurs toutes entre 0 et 1 pourraient être des fractions : 0,5 = 50 %), vérifiez la colonne",
    account_headings:
      "colonne « {column} » : présentation grand livre, les lignes sans compte prennent le compte de la ligne de titre au-dessus d'elles (ex. ligne {row} « {value} ») ; les lignes de titre ne sont pas des lignes",
    named_account_headings:
      "rapport à titres de compte (QuickBooks « General Ledger », « Profit and Loss Detail ») : chaque ligne prend pour compte le titre au-dessus d'elle, lu par son nom (ex. ligne {row} « {value} ») ; les titres, rubriques et lignes de total ne sont pas des lignes",
    sens_zero_one:
      "colonne « {column} » : sens écrit 0/1 (Sage, prouvé ligne {row} « 0 ») : 0 = débit, 1 = crédit",
    sens_posting_key:
      "colonne « {column} » : clés de comptabilisation SAP (ex. ligne {row} « {value} ») : 40 (compte général), 01–09 (client), 21–29, 70, 80–89 sont des débits ; 50 (compte général), 11–19 (avoir client), 31–39, 75, 90–99 des crédits : lues comme le sens du montant (le crédit ajoute, le débit retranche)",
    record_lines_filled:
      "colonnes « {column} » et « {id} » : les lignes suivantes d'une facture laissent vides sa date et son numéro (Odoo, ex. ligne {row}, facture {value}) : {count} ligne(s) prennent la date, le numéro et les champs de la première ligne de leur facture",
    entry_dates_filled:
      "colonne « {column} » : les lignes d'une écriture sans date, sans type ni numéro ou avec la même référence que sa première ligne (ex. ligne {row}) prennent la date de la première ligne de l'écriture",
    dates_once_per_day:
      "colonne « {column} » : la date est imprimée une fois par jour (chaque date diffère de la précédente, plusieurs jours portent des écritures non datées de leur propre pièce) : chaque ligne non datée prend la date au-dessus d'elle (ex. ligne {row}, {value})",
    amount_side_suffix:
      "colonne « {column} » : chaque montant est écrit avec son sens après lui (D débit, C crédit ; ex. ligne {row} : {value}) à côté d'une colonne de comptes : lu comme un montant et son sens (crédit − débit)",
    balance_by_month:
      "balance par mois : une ligne par compte, une colonne par mois ({count} colonnes, {value}) : le solde du mois de chaque compte est lu comme une ligne datée de son mois ; colonne(s) {unread} non lue(s) (elles reprennent les mois) ; le sens est lu sur les mois, chacun équilibré (comme un journal)",
    pivot_months:
      "tableau croisé dynamique collé en valeurs (« {column} » | « {field} ») : ses {count} étiquettes de lignes sont des mois ({value}…), chacune lue comme une ligne de son mois ; la ligne « {total} » est le total général, égal à la somme des mois, jamais comptée",
    pivot_compact:
      "tableau croisé dynamique compact (« {column} » | « {field} ») : chaque mois ({value}…, {count} mois) est suivi de ses comptes ({accounts} lignes), lus datés du mois au-dessus ; la ligne du mois est leur sous-total (égale à leur somme), jamais comptée, comme le total général « {total} »",
    pivot_accounts:
      "tableau croisé dynamique (valeur « {field} ») : mois en lignes ({count}, dès « {value} »), comptes en colonnes ({columns}) : une ligne par mois et par compte, lue selon son compte ; la colonne et la ligne « {total} » sont des totaux (égaux à la somme de chaque ligne), jamais comptées",
    pivot_segments:
      "tableau croisé dynamique (valeur « {field} ») : mois en lignes ({count}, dès « {value} »), segments en colonnes ({columns}) : une ligne par mois et par segment ; la colonne et la ligne « {total} » sont des totaux (égaux à la somme de chaque ligne), jamais comptées",
    pivot_tabular:
      "tableau croisé dynamique tabulaire (« {field} ») : le mois n'est écrit que sur la première ligne de chaque groupe ; {filled} ligne(s) vide(s) prennent le mois de leur groupe, prouvé par sa ligne « Total … » égale à la somme du groupe ({totals} groupes) ; ces lignes de total ne sont pas comptées",
    cumulative_situations:
      "colonne « {column} » : un cumul de situations de travaux ({sites} chantier(s), colonne {site}) ; la colonne « {value} » les numérote de la n°1 en suivant et chaque cumul est au moins le précédent : chaque situation est lue comme son cumul moins celui de la situation précédente du chantier (la n°1 moins 0)",
    summary_sheets:
      "feuille(s) {sheets} non lue(s) : leurs montants sont des formules sur d'autres feuilles (une synthèse) ; la feuille « {value} » porte les lignes",
    other_sheets_together:
      "classeur de plusieurs feuilles : seules les feuilles {value} sont lues ensemble ; les autres ({others}) ne le sont pas — --sheet NOM (ou la source dans le volet) pour en lire une autre",
    other_sheets_to_date:
      "classeur de plusieurs feuilles : seule la feuille « {value} », la plus complète des feuilles tenues en cumul, est lue ; les autres ({others}) ne le sont pas — --sheet NOM (ou la source dans le volet) pour en lire une autre",
    other_sheets:
      "classeur de plusieurs feuilles : seule la feuille « {value} » est lue (la première dont l'en-tête a une date et un montant, hors synthèses) ; les autres ({others}) ne le sont pas — --sheet NOM (ou la source dans le volet) pour en lire une autre",
    sheet_month_days:
      "la colonne « {column} » ne porte que le jour du mois (ligne {row} : {value}) : lu comme un jour de {month}, le mois dont la feuille « {sheet} » porte le nom",
    period_sheets:
      "classeur tenu une période par feuille : les feuilles {value} ont les mêmes champs lus (une colonne d'une feuille qu'aucun champ ne lit est laissée de côté ; un en-tête peut être libellé autrement) et sont lues ensemble ({count} feuilles) ; chaque message nomme sa feuille",
    credit_note_sheets:
      "factures et avoirs tenus sur des feuilles à part : les feuilles {value} ont chacune une date et un montant, TTC ou non de même, et sont lues ensemble ({count} feuilles), chacune selon son en-tête, celles d'avoirs comme des avoirs ; chaque message nomme sa feuille",
    to_date_sheets:
      "classeur tenu en cumul : la feuille « {value} » reprend toutes les lignes de {sheets} et en ajoute ; elle seule est lue (chaque ligne une fois)",
    other_period_sheets:
      "classeur de plusieurs feuilles : seules les feuilles {value} (une période par feuille, même en-tête) sont lues ; les autres ({others}) ne le sont pas — --sheet NOM (ou la source dans le volet) pour en lire une autre",
    at_sheet: "feuille « {sheet} », ",
    dashboard_period_sheets:
      "classeur tenu une période par feuille : le tableau de bord porte sur la seule feuille « {sheet} », pas sur {others} (caop compute les lit ensemble) — regroupez les lignes sur une feuille, ou --sheet NOM",
    opening_balance:
      "ligne {row} : « {value} » (colonne « {column} ») est un solde reporté d'avant la période, pas une opération : non compté",
    total_row_off:
      "ligne {row} : « {value} » (colonne « {column} ») est le total d'une période mais son montant ({written}) n'est pas la somme des lignes au-dessus ({lines}) : non compté comme une vente ; vérifiez ce total de l'export (une ligne oubliée ou en trop)",
    total_label_counted:
      "ligne {row} : « {value} » (colonne « {column} ») a le libellé d'un total mais son montant n'est pas la somme des lignes au-dessus : compté comme une ligne ; si c'est un total, supprimez la ligne",
    deal_not_won:
      "{count} affaire(s) à l'étape « {value} » (colonne « {column} », ex. ligne {row}) : seules les affaires gagnées sont des ventes ; affaires perdues ou encore en cours non comptées",
    kit_components:
      "{count} ligne(s) de composants de kit (ex. ligne {row}, colonne « {column} » : « {value} ») : leurs montants font le prix de l'article composé au-dessus d'elles, déjà compté : elles le détaillent, non comptées",
    kit_components_counted:
      "ligne {row} : les composants du kit « {value} » (colonne « {column} ») font {sum}, pas son prix {price} : rien ne dit lequel porte la vente, kit et composants comptés ; si les composants le détaillent, écartez-les",
    line_not_invoiced:
      "{count} ligne(s) de commande à l'étape « {value} » (colonne « {column} », ex. ligne {row}) : pas encore facturées (commandées, livrées ou annulées), seules les lignes facturées sont des ventes : non comptées",
    status_refunded:
      "{count} ligne(s) au statut « {value} » (colonne « {column} », ex. ligne {row}) : ventes remboursées en totalité, sans ligne de remboursement dans le tableau : la vente et son remboursement s'annulent, non comptées (un remboursement partiel serait à corriger)",
    status_replaced:
      "{count} facture(s) au statut « {value} » (colonne « {column} », ex. ligne {row}) remplacée(s) par une facture de remplacement du même client : seule la facture de remplacement est comptée",
    status_not_issued:
      "{count} ligne(s) au statut « {value} » (colonne « {column} », ex. ligne {row}) : factures annulées ou brouillons (ou devis), jamais émises, non comptées",
    status_order_counted:
      "{count} ligne(s) au statut « {value} » (colonne « {column} », ex. ligne {row}) : commandes confirmées, comptées comme des ventes à leur montant (une commande est facturée à sa livraison) ; si certaines ne sont pas encore facturées, exportez plutôt les factures",
    status_not_invoice:
      "colonne « {column} » : « {value} » (ligne {row}) n'est pas un statut de facture ; la colonne n'est pas lue comme un statut (aucune ligne écartée)",
    scenario_set_apart:
      "{count} ligne(s) du scénario « {value} » (colonne « {column} », ex. ligne {row}) : un budget, une prévision ou un objectif, pas le réel ; seul le réel est un CA OP : non comptées (elles auraient ajouté {amount})",
    scenario_unknown:
      "{count} ligne(s) du scénario « {value} » (colonne « {column} », ex. ligne {row}) : scénario inconnu, pas lu comme le réel : non comptées (elles auraient ajouté {amount}) ; si c'est le réel, filtrez le fichier sur ce scénario",
    scenario_no_actual:
      "colonne « {column} » : aucune ligne du réel (scénarios : {values}, ex. ligne {example_row}) ; un budget ou une prévision n'est pas un CA OP : rien n'est compté ; exportez le scénario réel",
    scenario_not_read:
      "colonne « {column} » : « {value} » (ligne {row}) n'est pas un scénario connu (réel, budget, prévision) ; la colonne n'est pas lue comme un scénario (toutes les lignes comptées)",
    date_year_column:
      "colonne « {column} » : des mois sans année, lus avec l'année de la colonne « {year_column} » de leur ligne (ligne {row} : « {value} » et {year} → {month})",
    date_periods:
      "colonne « {column} » : des périodes comptables, la période n lue comme le mois n de l'année (ligne {row} : « {value} » → {month}) ; juste si l'exercice est l'année civile : s'il commence un autre mois, associez une colonne de date (--map date=…)",
    status_unknown_counted:
      "{count} ligne(s) au statut « {value} » (colonne « {column} », ex. ligne {row}) : ce statut n'est pas connu (les autres de la colonne le sont, et sont lus) ; ces lignes sont comptées comme des ventes : à vérifier",
    status_unread_counted:
      "colonne « {column} » : « {value} » (ligne {row}) n'est pas un statut de facture connu ; la colonne n'est pas lue, et ses {count} ligne(s) au statut d'une facture jamais émise (ex. ligne {exampleRow} « {example} ») sont comptées : vérifiez-les, ou supprimez ces lignes",
    dated_total_rows:
      "{count} ligne(s) datée(s) lue(s) comme des totaux de l'export, leur montant étant la somme des lignes au-dessus (ex. ligne {row} « {value} », colonne « {column} ») : non comptées",
    total_rows:
      "lignes de total de l'export (ex. ligne {row} « {value} ») : des sous-totaux, pas des lignes, jamais comptées",
    account_column_empty:
      "la colonne « {column} », associée au compte, est vide sur toutes les lignes : aucune n'est classée par son compte et les lignes de clients, de TVA ou de banque d'un journal sont comptées comme des ventes ; associez la colonne qui porte les comptes (--map account=…, ou dans le volet) ou aucune (--map account=)",
    account_names_read:
      "la colonne « {value} », associée au compte, est vide sur toutes les lignes : les comptes sont lus par leur nom dans la colonne « {column} » (ventes, clients, TVA, banque) ; associez une autre colonne (--map account=…, ou dans le volet) si ce n'est pas le plan de comptes",
    account_chart_names:
      "colonne « {column} » : le compte {example} s'appelle « {name} », un nom de ventes, sur un numéro que le plan comptable français (PCG) donne aux tiers ou aux charges, et aucun compte de classe 7 ne dit ventes : c'est un autre plan de comptes, et ses comptes sont lus par leur nom dans la colonne « {names} » (ventes, clients, TVA, banque, intérêts) ; associez une autre colonne au compte (--map account=…, ou dans le volet) si c'est faux",
    account_names_column:
      "la colonne « {column} » nomme des comptes comme un plan de comptes (« {value} » à côté de « {other} ») : ses lignes sont classées par ces noms (ventes, clients, taxes sur les ventes, banque), et les lignes d'un compte qui n'est pas de vente ne sont pas comptées ; associez une autre colonne au compte (--map account=…, ou dans le volet) si elle contient autre chose",
    nominal_headings:
      "des lignes « {value} » titrent des comptes Sage 50 (rapport Nominal Activity) : les lignes en dessous prennent ce compte, lu dans le plan de Sage 50 UK (4000–4199 ventes, 4009 remises, 4200 cessions d'immobilisations, 4900 produits divers : hors CA OP), dans la colonne « {column} » ; la colonne « {client} » est le client ; les titres et leurs lignes « Totals: » et « History Balance: » ne sont pas des lignes",
    account_chart_cgnc:
      "colonne « {column} » : des lignes au compte 71… ont un libellé de vente (ex. ligne {example_row}, compte {example} « {label} ») ; dans le plan comptable français (PCG), 71 est la production stockée, hors CA OP : c'est sans doute le plan marocain (CGNC : 711 ventes de marchandises, 712 ventes de biens et services) et ces ventes ne sont pas comptées ; n'associez aucune colonne au compte (--map account=, ou « (aucune colonne) » dans le volet) pour classer les lignes par leur libellé, après avoir retiré de l'export les lignes des autres classes (clients, TVA, banque), qui seraient sinon comptées",
    account_not_pcg:
      "colonne « {column} » : des lignes lues hors classe 7 du plan comptable (PCG) ont un compte qui dit chiffre d'affaires (ex. ligne {example_row} « {example} ») : ce n'est pas le PCG et ces ventes ne sont pas comptées ; n'associez aucune colonne au compte (--map account=, ou « (aucune colonne) » dans le volet) pour classer les lignes par leur libellé",
    tail_line_ignored: ", ligne ignorée",
    tail_line_ignored_amount: ", ligne ignorée (montant {amount})",

    encoding: "fichier lu en {encoding} (ce n'est pas de l'UTF-8)",
    unterminated_quote:
      "ligne {row} : guillemet ouvert jamais refermé ; la fin du fichier a été lue comme une seule valeur",
    stray_separator_fixed:
      "ligne {row} : séparateur « {sep} » dans la valeur de « {column} » ; valeur reconstituée « {fixed} »",
    stray_decimal_comma:
      "ligne {row} : le séparateur « , » dans le montant de « {column} » est sa virgule décimale : lu {fixed} (une valeur décalée n'est jamais le montant) ; mettez les montants entre guillemets dans l'export, ou utilisez « ; » comme séparateur",
    stray_separator_unusable:
      "ligne {row} : {count} champs au lieu de {expected} (séparateur « {sep} » en trop dans un libellé ?) ; ligne inutilisable, à corriger dans le fichier",
    stray_separator_unusable_amount:
      "ligne {row} : {count} champs au lieu de {expected} (séparateur « {sep} » en trop dans un libellé ?) ; ligne inutilisable, montant {amount} compté dans les lignes ignorées ; à corriger dans le fichier",
    line_break_joined:
      "lignes {row} à {last} : un retour à la ligne dans la valeur de « {column} » coupe l'écriture ; lignes lues comme une seule, valeur « {fixed} »",
    missing_fields:
      "ligne {row} : {count} champs au lieu de {expected} ; ligne inutilisable, à corriger dans le fichier",
    formula_without_value:
      "ligne {row} : la formule de la colonne « {column} » n'a pas de valeur calculée (classeur jamais recalculé) ; cellule lue vide",
    encoding_stray_bytes:
      "fichier lu en UTF-8, mais des octets (à partir de l'octet {offset}) ne sont pas du UTF-8 : lus en Windows-1252, le codage des anciens exports Windows ; vérifiez les libellés et montants accentués de ces lignes, ou réenregistrez le fichier en UTF-8",
    encoding_mismatch:
      "fichier lu en {encoding} (la plupart de ses octets le sont), mais des octets (à partir de l'octet {offset}) ne sont pas du {encoding} : les caractères accentués de ces octets-là sont mal lus (affichés �) ; vérifiez ces libellés, ou réenregistrez le fichier en UTF-8",
    formula_total_rows:
      "{count} ligne(s) dont le montant est une somme d'autres lignes de la colonne, calculée par le classeur (ex. ligne {row}, colonne « {column} » : {value}) : des totaux, non comptés",
    hidden_rows:
      "{count} ligne(s) masquée(s) ou filtrée(s) dans la feuille (ex. ligne {row}) : lues et comptées comme les autres",
    two_row_header:
      "en-tête sur deux lignes ({first} et {last}, cellules fusionnées) : colonnes lues sur la ligne {last} : « {value} » ; les données commencent ligne {next}",
    above_header:
      "lignes {first} à {last} au-dessus des en-têtes (ligne {row}) lues comme titre, pas comme données : « {value} »",

    progress_writing: "Écriture de « {sheet} »",
    progress_tagging: "« {sheet} »",
    progress_reading: "Lecture de « {sheet} » (octets)",
    progress_importing: "Import dans « {sheet} » (lignes)",
    file_imported:
      "« {file} » : {lines} ligne{s} importée{s} dans la nouvelle feuille « {sheet} » (aucune feuille existante n'a été modifiée).",
    file_too_large:
      "« {file} » compte {lines} lignes et {columns} colonnes : plus qu'une feuille Excel n'en contient ({max_rows} lignes, {max_columns} colonnes avec les 4 colonnes de CA OP). Le CA OP ci-dessous est calculé sur tout le fichier, mais le tableau de bord a besoin des lignes dans une feuille : découpez le fichier (par exemple un exercice ou un trimestre par fichier) et ouvrez chaque partie.",

    sheet_name_clash:
      "une feuille « {base} » existe déjà et n'a pas été créée par CA OP : elle est conservée, la nouvelle feuille s'appelle « {name} »",
    no_salesperson: "aucune colonne commercial associée : pas d'onglet de détail par commercial",
    unsupported_feature:
      "{feature} non disponible dans cette version d'Excel (ExcelApi {version} requis) : ignoré",
    error: "Erreur : {message}",
    cancelled: "Opération annulée.",
    no_selection: "Aucune plage sélectionnée.",
    lines_tagged: "Lignes marquées.",
    dashboard_generated: "Tableau de bord généré : « {sheet} ».",
    qc_generated: "Contrôle qualité généré : « {sheet} ».",
  },
  dashboard: {
    headers: [
      "Période",
      "CA OP total",
      "Var. MoM",
      "Var. YoY",
      "Top 3 segments",
      "CA OP par commercial",
      "Objectif",
      "Écart",
    ],
    helperHeaders: ["Clé mois", "Clé M-1", "Clé N-1", "Lignes", "CA OP M-1", "CA OP N-1", "CA OP N-1 à date"],
    title: "Tableau de bord CA OP — exercice {fy}",
    subtitle:
      "CA OP = ventes opérationnelles − remises − rabais − retours · montants en {currency} · détail du calcul : bloc Audit",
    seeDetail: "Voir détail onglet",
    yearToDate: "Cumul à date",
    total: "Total",
    alertsTitle: "Alertes : {segment} en baisse de plus de {threshold} % sur {months} mois consécutifs",
    segmentWord: "segment",
    noSegment: "Aucune colonne segment associée : alertes non calculées.",
    noAlerts: "Aucun segment en alerte sur l'exercice.",
    alertHeaders: ["Mois", "Var. MoM", "Baisses consécutives"],
    audit: "Audit",
    generatedAt: "Généré le",
    source: "Source",
    taggedColumns: "Colonnes CA OP",
    ruleSet: "Jeu de règles",
    ruleSetVersion: "version {version}",
    strictMode: " · mode strict (lignes à vérifier exclues)",
    linesCounted: "Lignes prises en compte",
    linesIgnored: "Lignes ignorées",
    linesIgnoredCount: "{count} (voir diagnostics)",
    noLines: "aucune",
    detailSheets: "Onglets de détail",
    noSheets: "aucun",
    exclusionHeaders: ["Exclusions (toutes périodes)", "Lignes", "Montant"],
    reviewExcluded: " (exclues)",
    reviewCounted: " (comptées)",
    unreadableLines: "Lignes ignorées (illisibles)",
    chartTitle: "CA OP par mois : {year} vs {previous}",
    seriesN: "N ({year})",
    seriesN1: "N-1 ({year})",
    noteTarget:
      "Saisissez l'objectif de chaque mois : il est conservé quand le tableau de bord est régénéré.",
    noteCaop:
      "SUMIFS de la colonne « Contribution CA OP » des données pour le mois de la colonne J (masquée).",
  },
  detail: {
    title: "CA OP par {field} — exercice {year}",
    back: "← Tableau de bord",
    formulas:
      "Formules SUMIFS sur les colonnes « Contribution CA OP » et « Mois CA OP » des données ({ref}).",
    monthKey: "Clé mois",
    previousMonth: "{month} (M-1)",
    yearTotal: "Total exercice",
    criterion: "Critère (calcul)",
    frozen:
      "Valeurs figées (calculées par CA OP) : cette valeur ne peut pas être retrouvée exactement par SUMIFS (espaces autour, nombre, ou variante de casse d'une autre valeur).",
    noLines: "Aucune ligne sur l'exercice.",
    total: "Total",
    variationTitle:
      "Variation mensuelle (Var. MoM) — alerte : baisse de plus de {threshold} % sur {months} mois consécutifs",
    fields: { salesperson: "Commercial", segment: "Segment", product: "Produit", client: "Client" },
  },
  sellers: {
    title: "CA OP par commercial — les {count} premiers de l'exercice {fy}",
    titleAll: "CA OP par commercial — exercice {fy}",
    headers: ["CA OP {year}", "CA OP {previous} (mêmes mois)", "Var. YoY", "Part du CA OP", "Détail"],
    others: "Autres commerciaux ({count})",
    seeDetail: "Voir détail onglet",
    noColumn:
      "Aucune colonne Commercial associée : associez-la dans le volet (colonnes) pour voir le CA OP par commercial.",
    noLines: "Aucun commercial n'a de ligne sur l'exercice.",
    note: "CA OP {year} : SUMIFS des données sur les mois de l'exercice pour le commercial de la colonne J (masquée). {previous} : les mêmes mois de l'année précédente, pour les mois qui ont des données en {year} (comme « Cumul à date »).",
  },
  qc: {
    headers: [
      "Ligne",
      "Date",
      "Compte",
      "Libellé",
      "Montant source",
      "Contribution CA OP",
      "Statut",
      "Motif",
      "Conforme ?",
      "Commentaire",
    ],
    title: "Contrôle qualité CA OP — {quarter}",
    subtitle:
      "Échantillon aléatoire reproductible de {rate} % des lignes du trimestre (graine {seed}), au moins une ligne de chaque statut. Indiquez Oui/Non dans « Conforme ? ».",
    summary: [
      "Lignes du trimestre",
      "Lignes tirées",
      "Lignes contrôlées",
      "Non conformes",
      "Taux d'erreur",
      "Statuts représentés",
    ],
    noLines: "Aucune ligne sur ce trimestre.",
    prompt: "Ligne bien classée ? Oui / Non",
  },
  tagging: {
    notRevenue: "Hors CA",
    ignored: "Ignorée",
    toReviewExcluded: "À vérifier (exclue)",
    toReview: "À vérifier",
    excluded: "Exclu : {scope}",
    opKind: "OP – {kind}",
    notRevenueReason: "hors classe 7 : pas du chiffre d'affaires",
    note: "Colonnes gérées par CA OP (OP, Motif, Contribution CA OP, Mois CA OP) : recalculées à chaque marquage, ne pas modifier à la main.",
    columns: "colonnes {range} (OP, Motif, Contribution CA OP, Mois CA OP) de « {sheet} »",
    source: "{source} ({count} lignes)",
    summaryNotRevenue: "Hors chiffre d'affaires (hors classe 7)",
    summaryIgnored: "Ignorées (montant ou date illisible)",
    summaryCaop: "CA OP",
    summarySales: "Ventes opérationnelles",
    summaryToReviewIn: "dont à vérifier",
  },
  pane,
  reading: {
    reading: "Lecture",
    decimals: (h: string, m: string, why: string) => `${h} décimales « ${m} » (${why})`,
    proven: (row: number, column?: string) =>
      column === undefined ? `prouvé ligne ${row}` : `prouvé par ${column} ligne ${row}`,
    option: "option --decimal",
    assumed: "par défaut, non prouvé",
    date: (d: string, unused: string[]) =>
      `date = ${d}` +
      (unused.length ? ` (${unused.join(", ")} non utilisée${unused.length > 1 ? "s" : ""})` : ""),
    discount: (c: string, rate: boolean, percent: boolean) =>
      `${c} = ${rate ? (percent ? "taux en % (10 = 10 %)" : "taux (0,1 = 10 %)") : "montant"}`,
    amount: (c: string, net: boolean, by: string) =>
      `${c} = ${net ? "net" : "brut"}${by === "assumed" ? " (non prouvé)" : by === "header" ? " (en-tête)" : " (prouvé)"}`,
    unit: (c: string, factor: number) =>
      `${c} × ${factor.toLocaleString("fr-FR")} (unité de l'en-tête ou du titre)`,
    journal: (c: string) => `${c} signé débit positif (écritures équilibrées) : lu inversé`,
  },
} as const satisfies Messages;
