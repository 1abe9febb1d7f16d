import { detectMapping } from "../src/core/fields";
it("x", () => {
  for (const h of [
    ["Reference", "Contact", "Dated On", "Due On", "Status", "Net Value", "Sales Tax Value", "Total Value"],
    ["Invoice Date", "Invoice Number", "Customer Name", "Sub Total", "GST", "Total"],
    ["Invoice number", "Invoice date", "Due date", "Customer", "Total excl. VAT", "Status"],
    ["Date", "N° facture", "Client", "Total TTC", "Montant réglé", "Reste à payer"],
    ["Date", "Commande", "Total TTC", "Montant TVA", "Montant de la remise", "Montant frais de port"],
    ["Date", "Commande", "Montant TTC", "Commission TTC", "Montant net reversé"],
    ["Date", "Type", "Details", "Net Amount", "Tax Amount", "Gross Amount"],
    ["Fecha", "Num", "Cliente", "Subtotal", "IVA", "Total"],
    ["Date", "Name", "Subtotal", "Tip", "Total"],
  ])
    console.log(JSON.stringify(h), JSON.stringify(detectMapping(h).mapping));
});
