import {
  NO_COLUMN,
  detectMapping,
  FEC_AMOUNT_DIRECTION_COLUMNS,
  FEC_BNC_COLUMNS,
  FEC_COLUMNS,
  FIELD_FALLBACK_SYNONYMS,
  FIELD_LABELS,
  FIELD_SYNONYMS,
  isFecHeader,
  looksLikeFec,
  MappingError,
} from "../../src/core/fields";
import { EngineError } from "../../src/core/errors";
import { normalizeText } from "../../src/core/text";
import { FIELD_IDS, type FieldId } from "../../src/core/types";

const FEC_18 = [...FEC_COLUMNS];
const FEC_BNC_22 = [...FEC_COLUMNS, ...FEC_BNC_COLUMNS];
const FEC_MONTANT_SENS = [
  ...FEC_COLUMNS.filter((c) => c !== "Debit" && c !== "Credit").slice(0, 11),
  ...FEC_AMOUNT_DIRECTION_COLUMNS,
  ...FEC_COLUMNS.slice(13),
];

/** Mapping shown as field → header text, easier to read in assertions. */
function byHeader(
  headers: readonly string[],
  mapping: Partial<Record<FieldId, number>>,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [f, c] of Object.entries(mapping)) out[f] = headers[c as number];
  return out;
}

describe("synonym tables", () => {
  it("has synonyms and FR/EN labels for every field", () => {
    for (const f of FIELD_IDS) {
      expect(FIELD_SYNONYMS[f].length).toBeGreaterThan(0);
      expect(FIELD_LABELS[f].fr).not.toBe("");
      expect(FIELD_LABELS[f].en).not.toBe("");
    }
  });

  it("never gives one normalised synonym to two fields", () => {
    const owner = new Map<string, FieldId>();
    const clashes: string[] = [];
    for (const f of FIELD_IDS) {
      for (const s of [...FIELD_SYNONYMS[f], ...(FIELD_FALLBACK_SYNONYMS[f] ?? [])]) {
        const n = normalizeText(s);
        const o = owner.get(n);
        if (o !== undefined && o !== f) clashes.push(`${s}: ${o} / ${f}`);
        owner.set(n, f);
      }
    }
    expect(clashes).toEqual([]);
  });

  it("maps every synonym header to its own field when alone with a date", () => {
    for (const f of FIELD_IDS) {
      if (f === "date") continue;
      for (const s of FIELD_SYNONYMS[f]) {
        const headers = ["Date", s];
        const m = detectMapping(headers).mapping;
        // A lone net column is read as the amount; so is a price headed alone, without a quantity.
        const lonePrice = f === "unit_price" && ["Prix", "Price"].includes(s);
        const expected = f === "net_amount" || lonePrice ? "amount" : f;
        expect([s, m[expected]]).toEqual([s, 1]);
      }
    }
  });
});

describe("detectMapping: OP flag headers and field ids", () => {
  it.each([
    "OP flag",
    "OP Flag",
    "Indicateur OP",
    "OP (O/N)",
    "OP O/N",
    "Tag OP",
    "op_flag",
    "Flag",
    "Flag OP",
    // The values the column holds written after its name.
    "Op (1/0)",
    "OP (oui/non)",
    "Indicateur OP [Y/N]",
    "Flag OP (x)",
  ])("maps %j to op_flag", (h) => {
    const r = detectMapping(["Date", "Montant", h]);
    expect(r.mapping.op_flag).toBe(2);
    expect(r.confidence.op_flag).toBe(1);
  });

  it("takes each field id itself as a synonym (_ read as a space)", () => {
    const ids = FIELD_IDS.filter((f) => f !== "date" && f !== "direction");
    for (const f of ids) {
      for (const h of [f, f.replace(/_/g, " ")]) {
        const m = detectMapping(["Date", h]).mapping;
        const expected = f === "net_amount" ? "amount" : f;
        expect([h, m[expected]]).toEqual([h, 1]);
      }
    }
  });

  it("reads a refund column as returns, never as the sales amount ('Refunded Amount' contains 'amount')", () => {
    const r = detectMapping(["Created at", "Subtotal", "Discount Amount", "Refunded Amount"]);
    expect(r.mapping.return_amount).toBe(3);
    expect(r.mapping.amount).not.toBe(3);
  });

  it("keeps 'Direction' (a department in French exports) from being the D/C direction", () => {
    expect(detectMapping(["Date", "Montant", "Direction"]).mapping.direction).toBeUndefined();
    expect(detectMapping(["Date", "Montant", "Direction commerciale"]).mapping.direction).toBeUndefined();
  });

  it("takes 'Flag' only as the whole header: 'Flag TVA' is not the OP flag", () => {
    expect(detectMapping(["Date", "Montant", "Flag TVA"]).mapping.op_flag).toBeUndefined();
    expect(detectMapping(["Date", "Montant", "Flag export"]).mapping.op_flag).toBeUndefined();
  });

  it("maps the headers of exports seen in the field: Cegid, Odoo, EBP, abbreviations", () => {
    const m = (headers: string[]) => detectMapping(headers).mapping;
    // Cegid: "Général" is the account, "Auxiliaire" the customer sub-account (not mapped as the account).
    expect(m(["Journal", "Date", "Général", "Auxiliaire", "Libellé", "Débit", "Crédit"]).account).toBe(2);
    for (const h of ["Cpte", "N° Cpte", "Cpt", "Acct"]) expect(m(["Date", h, "Montant"]).account).toBe(1);
    // Odoo invoice analysis: the untaxed total, not the tax-inclusive "Total".
    expect(m(["Invoice Date", "Partner", "Untaxed Total", "Total"]).amount).toBe(2);
    for (const h of ["HT", "Mt HT", "Base HT", "Tax Excluded"]) expect(m(["Date", h]).amount).toBe(1);
    // Exact only: "Général" and "HT" inside a longer header say nothing of the account or amount.
    expect(m(["Date", "Libellé général", "Montant"]).account).toBeUndefined();
    expect(m(["Date", "Taux HT", "Montant"]).amount).toBe(2);
  });

  it("reads a BNC receipts book's 'Rubrique 2035' as the nature, never a plain 'Rubrique'", () => {
    const headers = ["Date", "Libellé", "Recettes", "Dépenses", "Rubrique 2035"];
    expect(byHeader(headers, detectMapping(headers).mapping).kind).toBe("Rubrique 2035");
    // A newspaper's ad section ("Rubrique" = Immobilier, Cessions de fonds) names no nature.
    expect(detectMapping(["Date", "Rubrique", "Montant HT"]).mapping.kind).toBeUndefined();
  });

  it("takes Shopify's and Stripe's creation date as the sales date, Shopify's financial status as the status", () => {
    for (const h of ["Created at", "Created (UTC)", "Created date"])
      expect([h, detectMapping(["Name", h, "Amount"]).mapping.date]).toEqual([h, 1]);
    expect(detectMapping(["Name", "Financial Status", "Created at", "Subtotal"]).mapping.status).toBe(1);
  });

  it("takes the tax-exclusive column under its many names, before a plain 'Montant' (often the TTC)", () => {
    for (const ht of [
      "Montant hors taxe",
      "Hors taxe",
      "Montant hors TVA",
      "Total H.T.",
      "Amount excl. VAT",
      "Untaxed",
    ])
      expect([ht, detectMapping(["Date", ht, "TVA", "Montant"]).mapping.amount]).toEqual([ht, 1]);
    expect(detectMapping(["Date", "Qté", "P.U. HT"]).mapping.unit_price).toBe(2);
  });

  it("never takes a discount's code, name or reason as its amount ('Code remise' = NOEL10)", () => {
    for (const h of [
      "Code remise",
      "Discount Code",
      "Discount Name",
      "Nom de la remise",
      "Motif remise",
      "Type de remise",
    ])
      expect([h, detectMapping(["Date", "Montant HT", h]).mapping.discount_amount]).toEqual([h, undefined]);
  });

  it("never takes a rate column ('Item Tax %') as the product or another text field", () => {
    const m = detectMapping(["Invoice Date", "Item Name", "Quantity", "Item Price", "Item Tax %"]).mapping;
    expect([m.product, m.quantity, m.unit_price]).toEqual([1, 2, 3]);
    expect(detectMapping(["Date", "Item Tax %", "Amount"]).mapping.product).toBeUndefined();
  });

  it("reads the headers of round 18's exports (FreeAgent, Toast, Zervant, Zoho, Holded, QuickBooks)", () => {
    const m = (h: string[]) => detectMapping(h).mapping;
    expect(m(["Reference", "Dated On", "Due On", "Net Value"]).date).toBe(1);
    expect(m(["Order Id", "Opened", "Amount"]).date).toBe(1);
    expect(m(["Invoice date", "Customer", "Total excl. VAT", "Status"]).amount).toBe(2);
    expect(m(["Invoice Date", "Customer Name", "Sub Total", "GST", "Total"]).amount).toBe(2);
    expect(m(["Fecha", "Cliente", "Subtotal", "IVA", "Total"])).toMatchObject({ date: 0, amount: 2 });
    expect(m(["Date", "Transaction Type", "Num", "Name", "Amount"]).id).toBe(2);
    expect(m(["DateEcriture", "CompteNum", "Libelle", "MontantDebit", "MontantCredit"])).toMatchObject({
      date: 0,
      debit: 3,
      credit: 4,
    });
    expect(m(["issued_at", "number", "customer", "amount_excl_vat"])).toMatchObject({ date: 0, amount: 3 });
    expect(m(["Date", "Client", "Hors taxes signé", "Total signé"]).amount).toBe(2);
    expect(m(["Type", "Account Ref", "Nominal A/C Ref", "Date", "Net"]).client).toBe(1);
    // eBay: the payout's date is not the sale's.
    expect(m(["Transaction creation date", "Type", "Payout date", "Net amount"]).date).toBe(0);
    // Beside a discount column a subtotal may be before or after it: no amount, the refusal names the columns.
    expect(m(["Date", "Subtotal", "Discount Amount", "Total"]).amount).toBeUndefined();
  });

  it("never takes the discount's, shipping's, a commission's or a deposit's 'Montant' as the sales amount", () => {
    const m = detectMapping([
      "Date",
      "Total TTC",
      "Montant TVA",
      "Montant de la remise",
      "Montant frais de port",
    ]).mapping;
    expect([m.amount, m.discount_amount]).toEqual([1, 3]);
    expect(
      detectMapping(["Date", "Montant TTC", "Commission TTC", "Montant net reversé"]).mapping.net_amount,
    ).toBeUndefined();
    expect(detectMapping(["Date", "Montant HT après remise"]).mapping.amount).toBe(1);
  });

  it("never takes a money or currency column as the customer or another text ('Customer Facing Amount')", () => {
    const headers = [
      "id",
      "Type",
      "Amount",
      "Created (UTC)",
      "Customer Facing Amount",
      "Customer Facing Currency",
    ];
    const m = detectMapping(headers).mapping;
    expect([m.client, m.amount]).toEqual([undefined, 2]);
    expect(detectMapping(["Date", "Montant client", "Nom du client"]).mapping.client).toBe(2);
    expect(detectMapping(["created_utc", "gross", "reporting_category"]).mapping.kind).toBe(2);
  });

  it("takes the account under the names exports give it, never a customer's, analytic or amount column", () => {
    const m = (h: string) => detectMapping(["Date", "Client", h, "Libellé", "Montant HT"]).mapping;
    const names = [
      "Compte produit",
      "Code comptable",
      "Code comptable vente",
      "Compte de vente",
      "Cpt. général",
    ];
    for (const h of [...names, "Imputation comptable", "Nominal Code", "Ledger account"])
      expect([h, m(h).account, m(h).product]).toEqual([h, 2, undefined]);
    for (const h of ["Code comptable client", "Imputation analytique", "Montant nominal", "Imputation"])
      expect([h, m(h).account]).toEqual([h, undefined]);
  });
});

describe("detectMapping: a liberal profession's fees are its revenue (round 28c I12)", () => {
  it.each([
    [["Date", "N° note", "Client", "Mission", "Honoraires HT"], 4],
    [["Date", "Client", "Honoraires"], 2],
    [["Date", "Client", "Montant honoraires HT"], 2],
    [["Date", "Libellé", "Recettes encaissées", "Dépenses"], 2],
    // Honoraires TTC as Montant TTC: beside a VAT column, read less its VAT.
    [["Date", "Client", "Honoraires TTC", "TVA"], 2],
    [["Date", "Client", "Honoraires TTC", "Taux TVA"], 2],
  ])("reads the amount of %j in column %i", (headers, col) => {
    expect(detectMapping(headers).mapping.amount).toBe(col);
  });

  it("takes no fee that is not the whole header, no TTC fee without its VAT, and a processor's Fees never", () => {
    expect(detectMapping(["Date", "Client", "Honoraires rétrocédés"]).mapping.amount).toBeUndefined();
    expect(detectMapping(["Date", "Client", "Honoraires TTC"]).mapping.amount).toBeUndefined();
    expect(detectMapping(["Date", "Amount", "Fees", "Net"]).mapping.amount).toBe(1);
    // A processor's fees beside the sale (review, wave 21): the sale is the amount, never the fees.
    for (const sale of ["Sale amount", "Total amount", "Montant total", "Total", "Order total"])
      expect(detectMapping(["Date", "Transaction ID", sale, "Fees", "Payout"]).mapping.amount).not.toBe(3);
    expect(
      detectMapping(["Date", "Patient", "Total honoraires", "Part AMO", "Part AMC"]).mapping.amount,
    ).toBe(2);
  });
});

describe("detectMapping: follow-up sheets and other countries' amounts", () => {
  it.each([
    [["Mois", "Famille", "CA N-1", "CA N"], 3],
    [["Mois", "Budget HT", "Réalisé HT", "Écart"], 2],
    [["Date", "No facture", "Client", "Montant avant taxes", "TPS (5 %)", "TVQ (9,975 %)", "Total"], 3],
    [["InvoiceNumber", "InvoiceDate", "Description", "Quantity", "UnitAmount", "LineAmount"], 5],
  ])("reads the amount of %j in column %i", (headers, col) => {
    expect(detectMapping(headers).mapping.amount).toBe(col);
  });

  it("reads Shopify's Sales over time report: its Day is the date, Gross sales the amount, Net sales its net", () => {
    const h = [
      "Day",
      "Orders",
      "Gross sales",
      "Discounts",
      "Returns",
      "Net sales",
      "Shipping",
      "Taxes",
      "Total sales",
    ];
    const m = detectMapping(h).mapping;
    expect([m.date, m.amount, m.net_amount]).toEqual([0, 2, 5]);
  });

  it("reads Square's transactions: Gross Sales the amount, Net Sales its net, not Net Total (after fees)", () => {
    const m = detectMapping([
      "Date",
      "Time",
      "Gross Sales",
      "Discounts",
      "Net Sales",
      "Gift Card Sales",
      "Tax",
      "Tip",
      "Partial Refunds",
      "Total Collected",
      "Fees",
      "Net Total",
    ]).mapping;
    expect([m.amount, m.net_amount, m.discount_amount]).toEqual([2, 4, 3]);
  });

  it("reads Shopify's line item name as the label, its SKU as the product", () => {
    const m = detectMapping([
      "Name",
      "Created at",
      "Lineitem quantity",
      "Lineitem name",
      "Lineitem price",
      "Lineitem sku",
    ]).mapping;
    expect([m.label, m.product]).toEqual([3, 5]);
  });

  it("never reads last year's or the budget's column as the amount by containing a word", () => {
    for (const h of ["Montant N-1", "Montant budget", "Objectif CA HT", "Target revenue"])
      expect([h, detectMapping(["Date", h]).missing]).toEqual([h, ["amount"]]);
  });
});

describe("detectMapping: exports of round 16 (Chorus Pro, Airbnb, Zoho, FreshBooks, Belgian tills)", () => {
  it.each([
    // Chorus Pro: the invoice's date, not the day it reached the platform (a month later).
    [["N° facture", "Date de dépôt", "Date de la facture", "Montant HT"], "date", 2],
    [["Date de réception", "Date d'émission", "Montant HT"], "date", 1],
    [["Jour", "Taux TVA", "Montant HTVA"], "date", 0],
    [["Jour", "Taux TVA", "Montant HTVA"], "amount", 2],
    [["Date", "Base HTVA", "TVA", "Total TVAC"], "amount", 1],
    // Airbnb: "Amount" is after the host's service fee; the stay is its gross earnings.
    [["Date", "Type", "Amount", "Paid out", "Service fee", "Cleaning fee", "Gross earnings"], "amount", 6],
    // Zoho: "Discount" beside "Discount Amount" is the rate; the line's amount is its item total.
    [
      ["Invoice Date", "Quantity", "Item Price", "Discount", "Discount Amount", "Item Total", "SubTotal"],
      "discount_amount",
      4,
    ],
    [
      ["Invoice Date", "Quantity", "Item Price", "Discount", "Discount Amount", "Item Total", "SubTotal"],
      "amount",
      5,
    ],
    [["Date", "Remise", "Montant remise", "Montant HT"], "discount_amount", 2],
    [["Date Issued", "Rate", "Quantity", "Line Subtotal", "Line Total"], "amount", 4],
    // Beside FreshBooks' Discount Percentage, its Line Subtotal (Rate × Quantity) is the amount: its Line
    // Total is after the discount and with the taxes (round 25a).
    [["Date Issued", "Rate", "Quantity", "Discount Percentage", "Line Subtotal", "Line Total"], "amount", 4],
    // A remark column is the label only when nothing else describes the line.
    [["Date", "Client", "Prestation", "Montant HT", "Commentaire"], "label", 2],
    [["Date", "Client", "Montant HT", "Commentaire"], "label", 3],
    // Exact only: a title's "Mis à jour le …" is no date, "Montant prestation HT" no label.
    [["Date", "Montant prestation HT"], "amount", 1],
    // WooCommerce: the order's taxes beside its total with them.
    [["Order Number", "Order Date", "Order Total Tax Amount", "Order Total Amount"], "vat_amount", 2],
  ] as const)("%j: %s in column %i", (headers, field, col) => {
    expect(detectMapping([...headers]).mapping[field]).toBe(col);
  });

  it('reads Jour as a date only when it is the whole header (a title\'s "Mis à jour le …" is none)', () => {
    expect(detectMapping(["Mis à jour le 04/04/2025 par Claire", "Montant HT"]).mapping.date).toBeUndefined();
  });
});

describe("detectMapping: a tip is never the sale", () => {
  it("reads SumUp's Total Amount, never its Tip Amount, and a Pourboire column is no amount", () => {
    const sumup = ["Transaction ID", "Date", "Status", "Description", "Tip Amount", "Total Amount", "Fee"];
    expect(detectMapping(sumup).mapping.amount).toBe(5);
    expect(detectMapping(["Date", "Libellé", "Pourboire", "Montant HT"]).mapping.amount).toBe(3);
    expect(detectMapping(["Date", "Libellé", "Montant pourboire"]).missing).toContain("amount");
    // A header saying it leaves the tips out is the amount.
    expect(detectMapping(["Date", "Total HT (hors pourboires)", "Pourboire"]).mapping.amount).toBe(1);
  });
});

describe("detectMapping: FEC", () => {
  it("maps the 18 BIC/IS columns with debit/credit", () => {
    const r = detectMapping(FEC_18);
    expect(byHeader(FEC_18, r.mapping)).toEqual({
      date: "EcritureDate",
      account: "CompteNum",
      label: "EcritureLib",
      client: "CompAuxLib",
      id: "EcritureNum",
      debit: "Debit",
      credit: "Credit",
    });
    expect(r.layout).toBe("debit_credit");
    expect(r.isFec).toBe(true);
    expect(r.missing).toEqual([]);
    expect(r.unmapped).toEqual([
      "JournalCode",
      "JournalLib",
      "CompteLib",
      "CompAuxNum",
      "PieceRef",
      "PieceDate",
      "EcritureLet",
      "DateLet",
      "ValidDate",
      "Montantdevise",
      "Idevise",
    ]);
    expect(Object.values(r.confidence).every((c) => c === 1)).toBe(true);
  });

  it("never maps Idevise as the line currency (it is Montantdevise's currency; Debit/Credit are in the bookkeeping one)", () => {
    expect(detectMapping(FEC_18).mapping.currency).toBeUndefined();
    expect(detectMapping(FEC_MONTANT_SENS).mapping.currency).toBeUndefined();
    expect(detectMapping(FEC_BNC_22).mapping.currency).toBeUndefined();
    expect(detectMapping(["Date", "Montant", "Idevise"]).mapping.currency).toBeUndefined();
    // Only an explicit override maps it.
    expect(detectMapping(FEC_18, { currency: "Idevise" }).mapping.currency).toBe(FEC_18.indexOf("Idevise"));
  });

  it("maps the 22-column BNC variant and leaves its extra columns unmapped", () => {
    const r = detectMapping(FEC_BNC_22);
    expect(r.isFec).toBe(true);
    expect(r.layout).toBe("debit_credit");
    expect(r.mapping.date).toBe(3);
    expect(r.unmapped).toEqual(expect.arrayContaining(["DateRglt", "ModeRglt", "NatOp", "IdClient"]));
  });

  it("maps the Montant + Sens variant to amount + direction", () => {
    const r = detectMapping(FEC_MONTANT_SENS);
    expect(FEC_MONTANT_SENS).toHaveLength(18);
    expect(r.isFec).toBe(true);
    expect(r.layout).toBe("amount_direction");
    expect(FEC_MONTANT_SENS[r.mapping.amount as number]).toBe("Montant");
    expect(FEC_MONTANT_SENS[r.mapping.direction as number]).toBe("Sens");
    expect(r.mapping.debit).toBeUndefined();
  });

  it("is case-insensitive on FEC names (some exporters write ECRITUREDATE)", () => {
    const upper = FEC_18.map((h) => h.toUpperCase());
    const r = detectMapping(upper);
    expect(r.isFec).toBe(true);
    expect(r.mapping.date).toBe(3);
  });

  it("uses CompteLib as label only when no EcritureLib exists", () => {
    const noLib = FEC_18.filter((h) => h !== "EcritureLib");
    const r = detectMapping(noLib);
    expect(noLib[r.mapping.label as number]).toBe("CompteLib");
    expect(r.confidence.label).toBeLessThan(1);
    expect(r.isFec).toBe(false);
    expect(detectMapping(FEC_18).mapping.label).toBe(10);
  });

  it("tells a FEC header apart (strict and loose tests)", () => {
    expect(isFecHeader(FEC_18)).toBe(true);
    expect(isFecHeader(FEC_18.slice(0, 17))).toBe(false);
    expect(looksLikeFec(FEC_18.slice(0, 12))).toBe(true);
    expect(looksLikeFec(["Date", "Compte", "Libellé", "Montant"])).toBe(false);
  });
});

describe("detectMapping: French ERP exports", () => {
  it("maps a Sage-like sales export", () => {
    const h = [
      "Date pièce",
      "N° pièce",
      "Compte",
      "Libellé",
      "Client",
      "Vendeur",
      "Famille",
      "Montant HT",
      "Devise",
    ];
    const r = detectMapping(h);
    expect(byHeader(h, r.mapping)).toEqual({
      date: "Date pièce",
      id: "N° pièce",
      account: "Compte",
      label: "Libellé",
      client: "Client",
      salesperson: "Vendeur",
      segment: "Famille",
      amount: "Montant HT",
      currency: "Devise",
    });
    expect(r.layout).toBe("amount");
    expect(r.unmapped).toEqual([]);
    expect(r.isFec).toBe(false);
  });

  it("ignores case, accents and punctuation", () => {
    const h = ["DATE DE FACTURE", "libelle", "  Numero de compte ", "MONTANT (€)", "Qte"];
    const r = detectMapping(h);
    expect(r.mapping).toEqual({ date: 0, label: 1, account: 2, amount: 3, quantity: 4 });
  });

  it("maps Montant brut | Remise | Montant net: gross in amount, net in net_amount", () => {
    const h = ["Date facture", "Désignation", "Montant brut", "Remise", "Rabais", "Retour", "Montant net"];
    const r = detectMapping(h);
    expect(byHeader(h, r.mapping)).toEqual({
      date: "Date facture",
      label: "Désignation",
      amount: "Montant brut",
      discount_amount: "Remise",
      rebate_amount: "Rabais",
      return_amount: "Retour",
      net_amount: "Montant net",
    });
    expect(r.layout).toBe("net");
  });

  it("maps a lone net column to amount", () => {
    const r = detectMapping(["Date", "Montant net"]);
    expect(r.mapping).toEqual({ date: 0, amount: 1 });
    expect(r.layout).toBe("amount");
  });

  it("keeps a net column with per-line deductions as net_amount (the engine adds them back)", () => {
    const r = detectMapping(["Date", "Net HT", "Remise"]);
    expect(r.mapping).toEqual({ date: 0, net_amount: 1, discount_amount: 2 });
    expect(r.layout).toBe("net");
    expect(r.missing).toEqual([]);
  });

  it("treats a column named Remise as discount amounts, and a Nature column as the line type", () => {
    const r = detectMapping(["Date", "Nature", "Montant", "Remise"]);
    expect(r.mapping).toEqual({ date: 0, kind: 1, amount: 2, discount_amount: 3 });
  });

  it("never takes a percentage, VAT or tax-inclusive column as money", () => {
    const h = ["Date", "Marge %", "Taux de TVA", "Montant TTC", "Montant devise"];
    const r = detectMapping(h);
    expect(r.mapping).toEqual({ date: 0, vat_rate: 2, amount: 3 });
    expect(r.missing).toEqual([]);
    expect(r.unmapped).toEqual(["Marge %", "Montant devise"]);
    // Without the rate, the TTC amount is no amount (CA OP is tax-exclusive): refused, named.
    const alone = detectMapping(["Date", "Marge %", "Montant TTC", "Montant devise"]);
    expect([alone.mapping, alone.missing]).toEqual([{ date: 0 }, ["amount"]]);
    expect(detectMapping(["Date", "Montant TTC", "TVA %"]).mapping).toEqual({
      date: 0,
      vat_rate: 2,
      amount: 1,
    });
  });

  it("never takes a payment method's header as the nature ('Type de paiement', 'Type de règlement')", () => {
    for (const h of ["Type de paiement", "Type de règlement", "Payment type", "Payout type"])
      expect([h, detectMapping(["Date", "Montant", h]).mapping.kind]).toEqual([h, undefined]);
    expect(detectMapping(["Date", "Montant", "Type"]).mapping.kind).toBe(2);
  });

  it("reads PayPal's French download: Brut is the amount beside its Frais and Net", () => {
    const r = detectMapping(["Date", "Type", "Brut", "Frais", "Net"]);
    expect([r.mapping.amount, r.mapping.net_amount]).toEqual([2, 4]);
    const newer = detectMapping(["Date", "Type", "Avant commission", "Commission", "Net"]);
    expect([newer.mapping.amount, newer.mapping.net_amount]).toEqual([2, 4]);
    // "Sales | Discounts": the discounts are a column of their own, never dropped.
    expect(detectMapping(["Month", "Sales", "Discounts"]).mapping.discount_amount).toBe(2);
    // "Brut" only as a whole header: a gross salary is no sale.
    expect(detectMapping(["Date", "Salaire brut", "Montant"]).mapping.amount).toBe(2);
  });

  it("reads a hand-kept list's invoices and credit notes in two columns (Factures HT | Avoirs HT)", () => {
    const r = detectMapping(["Date", "Client", "Factures HT", "Avoirs HT"]);
    expect(r.mapping).toEqual({ date: 0, client: 1, amount: 2, return_amount: 3 });
  });

  it("takes a tax-inclusive amount only beside its VAT column and no other amount (a till's receipts)", () => {
    // "Montant TVA" is the VAT beside an amount (it proves whether the amount includes it), never the amount.
    const till = detectMapping(["Date", "Taux de TVA", "Montant TTC", "Montant TVA"]);
    expect(till.mapping).toEqual({ date: 0, amount: 2, vat_amount: 3, vat_rate: 1 });
    const withHt = detectMapping(["Date", "Montant HT", "Montant TTC", "Montant TVA"]);
    expect(withHt.mapping).toEqual({ date: 0, amount: 1, vat_amount: 3 });
    const ledger = detectMapping(["Date", "Débit", "Crédit", "Montant TTC", "Montant TVA"]);
    expect([ledger.mapping.amount, ledger.layout]).toEqual([undefined, "debit_credit"]);
  });

  it.each([["Taux de remise"], ["Remise %"], ["% remise"], ["Discount rate"], ["Discount %"], ["Tx remise"]])(
    "maps the rate column %s as the discount (the engine reads its rates as rates, SPEC 2.2)",
    (rate) => {
      const r = detectMapping(["Date", "Compte", "Montant HT", rate]);
      expect(r.mapping).toEqual({ date: 0, account: 1, amount: 2, discount_amount: 3 });
    },
  );

  it("maps debit/credit ledgers", () => {
    const h = ["Date écriture", "Compte général", "Libellé écriture", "Débit", "Crédit"];
    const r = detectMapping(h);
    expect(r.mapping).toEqual({ date: 0, account: 1, label: 2, debit: 3, credit: 4 });
    expect(r.layout).toBe("debit_credit");
  });

  it("maps quantity × unit price when there is no amount", () => {
    const h = ["Mois", "Article", "Quantité", "Prix unitaire HT", "Type de ligne", "Flag OP"];
    const r = detectMapping(h);
    expect(r.mapping).toEqual({ date: 0, product: 1, quantity: 2, unit_price: 3, kind: 4, op_flag: 5 });
    expect(r.layout).toBe("quantity_price");
  });

  it("prefers an amount column over quantity × price", () => {
    const r = detectMapping(["Date", "Qté", "PU", "Montant HT"]);
    expect(r.layout).toBe("amount");
    expect(r.mapping.amount).toBe(3);
  });

  it("matches headers that contain a synonym, with lower confidence", () => {
    const h = ["Date de livraison", "Montant HT des prestations", "Libellé article client"];
    const r = detectMapping(h);
    expect(r.mapping.date).toBe(0);
    expect(r.mapping.amount).toBe(1);
    expect(r.confidence.date).toBeGreaterThan(0.5);
    expect(r.confidence.date).toBeLessThan(1);
    expect(r.confidence.amount).toBeLessThan(1);
  });

  it("prefers an exact synonym over a contains match for the same field", () => {
    const h = ["Date de livraison", "Date facture", "Montant"];
    const r = detectMapping(h);
    expect(r.mapping.date).toBe(1);
    expect(r.confidence.date).toBe(1);
    expect(r.unmapped).toEqual(["Date de livraison"]);
  });

  it("uses each column once and lets the longest synonym speak for an ambiguous header", () => {
    const h = ["Date", "Montant", "Type client", "Nature"];
    const r = detectMapping(h);
    expect(r.mapping.kind).toBe(3);
    expect(r.mapping.client).toBe(2);
    const cols = Object.values(r.mapping);
    expect(new Set(cols).size).toBe(cols.length);
  });

  it("does not read 'ID client' as a line id (two-letter synonyms match only exactly)", () => {
    const r = detectMapping(["Date", "Montant", "Nom client", "ID client"]);
    expect(r.mapping.id).toBeUndefined();
    expect(r.mapping.client).toBe(2);
    expect(r.unmapped).toEqual(["ID client"]);
  });
});

describe("detectMapping: English headers", () => {
  it("maps an English sales export", () => {
    const h = [
      "Invoice date",
      "Invoice number",
      "Customer",
      "Sales rep",
      "Business unit",
      "SKU",
      "Net sales",
      "Currency",
    ];
    const r = detectMapping(h);
    expect(byHeader(h, r.mapping)).toEqual({
      date: "Invoice date",
      id: "Invoice number",
      client: "Customer",
      salesperson: "Sales rep",
      segment: "Business unit",
      product: "SKU",
      amount: "Net sales",
      currency: "Currency",
    });
  });

  it("maps gross + discount + net amount, and GL account / memo / entity", () => {
    const h = [
      "Posting date",
      "GL account",
      "Memo",
      "Company",
      "Gross amount",
      "Discount",
      "Rebate",
      "Returns",
      "Net amount",
    ];
    const r = detectMapping(h);
    expect(r.mapping).toEqual({
      date: 0,
      account: 1,
      label: 2,
      entity: 3,
      amount: 4,
      discount_amount: 5,
      rebate_amount: 6,
      return_amount: 7,
      net_amount: 8,
    });
    expect(r.layout).toBe("net");
  });

  it("Oracle's journal lines: the accounted amount (the ledger's currency) and the entry's date, not the entered amount nor the period", () => {
    const fusion = [
      "Ledger",
      "Accounting Period",
      "Accounting Date",
      "Account",
      "Line Description",
      "Entered Currency",
      "Entered Amount",
      "Accounted Amount",
    ];
    expect(byHeader(fusion, detectMapping(fusion).mapping)).toMatchObject({
      date: "Accounting Date",
      amount: "Accounted Amount",
      account: "Account",
    });
    const ebs = [
      "Ledger",
      "Period",
      "Effective Date",
      "Account",
      "Entered Dr",
      "Entered Cr",
      "Accounted Dr",
      "Accounted Cr",
    ];
    expect(byHeader(ebs, detectMapping(ebs).mapping)).toMatchObject({
      date: "Effective Date",
      debit: "Accounted Dr",
      credit: "Accounted Cr",
    });
  });

  it("Infor M3's general ledger: the account is its first accounting dimension, the second is analytic", () => {
    const h = [
      "Company",
      "Accounting date",
      "Accounting dimension 1",
      "Accounting dimension 2",
      "Recorded amount",
      "Voucher text",
    ];
    const r = detectMapping(h);
    expect(byHeader(h, r.mapping)).toMatchObject({
      account: "Accounting dimension 1",
      amount: "Recorded amount",
      date: "Accounting date",
    });
  });

  it("Dynamics 365's sales invoice journal: the invoice account is the customer, the sales order an id, the amount in the company's currency", () => {
    const h = [
      "Invoice",
      "Date",
      "Invoice account",
      "Name",
      "Sales order",
      "Currency",
      "Sales tax amount",
      "Invoice amount",
      "Invoice amount in accounting currency",
    ];
    const r = detectMapping(h);
    const m = byHeader(h, r.mapping);
    expect(m).toMatchObject({
      client: "Invoice account",
      id: "Invoice",
      vat_amount: "Sales tax amount",
      amount: "Invoice amount in accounting currency",
    });
    expect(m.account).toBeUndefined();
    expect(Object.values(m)).not.toContain("Sales order");
  });
});

describe("detectMapping: overrides", () => {
  const h = ["Jour", "Valeur HT", "Zone libre", "Montant"];

  it("maps by header text, exact or case/accent-insensitive, and wins over detection", () => {
    const r = detectMapping(h, { date: "Jour", amount: "valeur ht" });
    expect(r.mapping.date).toBe(0);
    expect(r.mapping.amount).toBe(1);
    expect(r.confidence.date).toBe(1);
    expect(r.confidence.amount).toBe(1);
    expect(r.unmapped).toEqual(["Zone libre", "Montant"]);
  });

  it("maps by 0-based column index", () => {
    const r = detectMapping(h, { date: 0, label: 2 });
    expect(r.mapping).toEqual({ date: 0, label: 2, amount: 3 });
    expect(r.missing).toEqual([]);
  });

  it("takes an overridden amount even when debit/credit columns exist", () => {
    const r = detectMapping(["Date", "Débit", "Crédit", "Solde"], { amount: "Solde" });
    expect(r.layout).toBe("amount");
    expect(r.mapping.amount).toBe(3);
  });

  it("throws MappingError naming the header and listing the headers found", () => {
    let err: unknown;
    try {
      detectMapping(h, { amount: "Chiffre" });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(MappingError);
    expect(err).toBeInstanceOf(EngineError);
    const m = err as MappingError;
    expect(m.code).toBe("unknown_header");
    expect(m.fr).toBe(
      "la colonne « Chiffre » (champ amount) n'existe pas ; colonnes trouvées : « Jour », « Valeur HT », « Zone libre », « Montant »",
    );
    expect(m.en).toBe(
      'column "Chiffre" (field amount) does not exist; columns found: "Jour", "Valeur HT", "Zone libre", "Montant"',
    );
  });

  it("throws on an index outside the table and on an unknown field", () => {
    expect(() => detectMapping(h, { date: 4 })).toThrow(/colonne n° 4/);
    expect(() => detectMapping(h, { date: -1 })).toThrow(MappingError);
    const bad = { montant: "Montant" } as unknown as Record<FieldId, string>;
    expect(() => detectMapping(h, bad)).toThrow(/champ inconnu « montant »/);
  });
});

describe("detectMapping: missing fields", () => {
  it("reports a missing date", () => {
    const r = detectMapping(["Libellé", "Montant"]);
    expect(r.missing).toEqual(["date"]);
  });

  it("reports a missing amount when no amount source exists", () => {
    expect(detectMapping(["Date", "Libellé"]).missing).toEqual(["amount"]);
    expect(detectMapping(["Date", "Débit"]).missing).toEqual(["amount"]);
    expect(detectMapping(["Date", "Quantité"]).missing).toEqual(["amount"]);
    expect(detectMapping(["Date", "Sens"]).missing).toEqual(["amount"]);
  });

  it("reports both on an empty or unrelated header", () => {
    expect(detectMapping([]).missing).toEqual(["date", "amount"]);
    const r = detectMapping(["foo", "", "bar"]);
    expect(r.missing).toEqual(["date", "amount"]);
    expect(r.unmapped).toEqual(["foo", "bar"]);
  });
});

describe("detectMapping with NO_COLUMN", () => {
  it("leaves a field the user un-mapped empty, even where a header or fallback names it", () => {
    const r = detectMapping(["Date", "Libellé", "Montant", "Débit", "Crédit"], {
      label: NO_COLUMN,
      debit: NO_COLUMN,
    });
    expect(r.mapping.label).toBeUndefined();
    expect(r.mapping.debit).toBeUndefined();
    expect(r.mapping.amount).toBe(2);
    expect(r.layout).toBe("amount");
    expect(r.unmapped).toContain("Libellé");
  });
});

describe("detectMapping: a cash discount is no sales deduction", () => {
  it("maps CO-PA's Customer Discount as the discount, never its Cash Discount (escompte, a financial charge)", () => {
    const copa = ["Billing Date", "Customer", "Revenue", "Cash Discount", "Customer Discount", "Rebates"];
    const r = detectMapping(copa);
    expect([r.mapping.discount_amount, r.mapping.rebate_amount]).toEqual([4, 5]);
    expect(detectMapping(["Date", "Montant HT", "Escompte accordé"]).mapping.discount_amount).toBeUndefined();
    // A discount on the shipping is a discount.
    expect(detectMapping(["Date", "Montant HT", "Remise frais de port"]).mapping.discount_amount).toBe(2);
  });
});

describe("detectMapping: payout, record numbers and prices (round 28b)", () => {
  const named = (headers: string[]): Record<string, string> =>
    Object.fromEntries(
      Object.entries(detectMapping(headers).mapping).map(([f, c]) => [f, headers[c as number]]),
    );

  it("never reads a record or order number as money (eBay's Sales Record Number contains 'Sales')", () => {
    const m = named([
      "Sales Record Number",
      "Order Number",
      "Quantity",
      "Sold For",
      "Shipping And Handling",
      "Sale Date",
    ]);
    expect(m.amount).toBe("Sold For");
    expect(m.date).toBe("Sale Date");
  });

  it("never reads a payout as the amount (Mirakl's Montant versé, Deliveroo's Montant à verser / Payout amount)", () => {
    const mirakl = [
      "Date de création",
      "Quantité",
      "Prix unitaire",
      "Prix",
      "Frais de port",
      "Montant remboursé",
      "Montant versé",
    ];
    expect(named(mirakl).amount).toBe("Prix");
    expect(named(mirakl).unit_price).toBe("Prix unitaire");
    // A price beside a count the detection does not map is a unit price, never the line's amount (review, wave 21).
    for (const count of ["Quantités", "Nb articles", "Colis", "Pièces"])
      expect(named(["Date", "Article", "Prix", count]).amount).toBeUndefined();
    const fr = [
      "Date de commande",
      "Valeur de la commande",
      "Offres financées par le restaurant",
      "Remboursements",
      "Montant à verser",
    ];
    expect(named(fr).amount).toBe("Valeur de la commande");
    const uk = [
      "Order date",
      "Order value (incl. VAT)",
      "Restaurant-funded offers",
      "Deliveroo-funded offers",
      "Refunds",
      "Payout amount",
    ];
    expect(named(uk)).toMatchObject({
      amount: "Order value (incl. VAT)",
      discount_amount: "Restaurant-funded offers",
      return_amount: "Refunds",
    });
  });

  it("reads a payout column only when nothing else gives the amount (a hand sheet's Montant versé)", () => {
    expect(named(["Date", "Client", "Montant versé"]).amount).toBe("Montant versé");
    expect(named(["Date", "Montant HT", "Montant versé"]).amount).toBe("Montant HT");
  });

  it("reads a reservation's price without quantity, dated by its arrival, never its cancellation", () => {
    const fr = [
      "Numéro de réservation",
      "Arrivée",
      "Départ",
      "Réservé le",
      "Statut",
      "Prix",
      "Montant de la commission",
      "Date d'annulation",
    ];
    expect(named(fr)).toMatchObject({ amount: "Prix", date: "Arrivée", status: "Statut" });
    const en = [
      "Book number",
      "Check-in",
      "Check-out",
      "Booked on",
      "Status",
      "Price",
      "Commission amount",
      "Cancellation date",
    ];
    expect(named(en)).toMatchObject({ amount: "Price", date: "Check-in" });
    expect(named(["Date d'annulation", "Réservé le", "Prix"]).date).toBe("Réservé le");
    // Beside a quantity, a price is still the unit price.
    expect(named(["Date", "Quantité", "Prix"])).toMatchObject({ quantity: "Quantité", unit_price: "Prix" });
    expect(named(["Date", "Montant HT", "Prix"]).amount).toBe("Montant HT");
  });

  it("reads Uber Eats' sales given only with tax, less their VAT column, the refunds with tax", () => {
    const h = [
      "ID de la commande",
      "Date de la commande",
      "Ventes (TTC)",
      "TVA sur les ventes",
      "Remboursements (TTC)",
      "Promotions sur les articles",
      "TVA sur les promotions sur les articles",
    ];
    expect(named(h)).toMatchObject({
      amount: "Ventes (TTC)",
      vat_amount: "TVA sur les ventes",
      return_amount: "Remboursements (TTC)",
      discount_amount: "Promotions sur les articles",
    });
    // Without the promotions' VAT beside them, no such report: nothing is guessed.
    expect(
      named(["Date", "Ventes (TTC)", "TVA sur les ventes", "Promotions sur les articles"]).vat_amount,
    ).toBeUndefined();
  });

  it("dates Hiboutik's lines by completed_at, eBay FR's by the transaction, not the payout", () => {
    expect(named(["sale_id", "completed_at", "line_total"]).date).toBe("completed_at");
    const ebay = [
      "Date de création de la transaction",
      "Type",
      "Montant net",
      "Date du versement",
      "Sous-total de l'objet",
      "Frais finaux sur la valeur - variables",
      "Montant brut de la transaction",
    ];
    expect(named(ebay)).toMatchObject({
      date: "Date de création de la transaction",
      amount: "Montant brut de la transaction",
    });
  });
});
