/** The English catalogue: every key of `Messages`, as fr.ts. */
import { en as pane } from "./pane/en";
import type { Messages } from "./types";

export const en = {
  lang: "en",
  text: {
    amount_unreadable: 'row {row}: unreadable amount "{value}" (column "{column}")',
    amount_empty: 'row {row}: empty amount (column "{column}")',
    amount_error_cell: 'row {row}: the amount cell holds the error {value} (column "{column}")',
    amount_ambiguous:
      'row {row}: ambiguous amount "{value}" (column "{column}") read with the workbook\'s decimal separator',
    direction_unreadable: 'row {row}: unreadable direction "{value}" (column "{column}", expected D or C)',
    net_mismatch:
      'row {row}: net amount "{value}" (column "{column}") differs from gross − deductions = {expected}',
    date_unreadable: 'row {row}: unreadable date "{value}" (column "{column}")',
    date_empty: 'row {row}: empty date (column "{column}")',
    date_error_cell: 'row {row}: the date cell holds the error {value} (column "{column}")',
    date_order_locale:
      'column "{column}": the data cannot tell whether dates are dd/mm or mm/dd; read as {orderEn} (locale setting); if the file comes from software set otherwise, the months are wrong: --dates dmy|mdy decides',
    class_error_cell:
      'row {row}: the cell in column "{column}" holds the error {value}; read as empty to classify the line',
    op_flag_unknown:
      'row {row}: OP value "{value}" (column "{column}") is neither yes nor no; the line is classified by the next rules',
    order_lines_invoiced:
      'order-line export (invoiced quantity "{quantity}"): only the invoiced part is a sale, read in column "{column}" (untaxed amount invoiced)',
    order_lines_quantity:
      'order-line export: only the invoiced part is a sale, read as invoiced quantity "{column}" × price "{price}"',
    order_lines_order_value: '; column "{value}" (ordered value) is not read',
    subtotal_beside_total:
      'column "{column}" beside the discount column "{discount}" may be before or after the discount: the sale is read from "{total}", the invoice\'s total after its discount, less its tax; the discount is in the figure, not taken off again',
    gross_with_tax:
      'column "{column}" not read: it is the net "{net}" plus the tax "{tax}" on every line (row {row}: {value} = {net_value} + {tax_value}), tax included, not a gross before the discount; CA OP is read from "{net}", after the line\'s discount',
    account_chart_myob:
      'column "{column}" (row {row}: "{value}") read in MYOB\'s chart of accounts (x-xxxx numbers), not the French one: 4-xxxx (Income) counted, other classes (8-xxxx Other Income, 1- to 3-, 5-, 6-, 9-) are no revenue',
    account_chart_xero:
      'column "{column}" (row {row}: "{value}") read in Xero\'s default chart, not the French one: 200 Sales counted, 260 Other Revenue excluded (not core business), 270 Interest Income excluded (financial); other 2xx codes decided by their label, codes outside 2xx are no revenue',
    dollar_of_currency_column:
      'the "$" of the amounts (row {row}, column "{money_column}": "{money_value}") read as {value}, the currency that column "{column}" names on each row, not as US dollars',
    payer_parts_total:
      'CA OP read from "{column}", the total of each line whoever pays it: the parts {parts} add up to it on every line (row {row}: {value}); they are not counted again',
    payer_parts_differ:
      'CA OP read from "{column}", the total of each line whoever pays it, but the parts do not add up to it on row {row} ({parts} ≠ {value}): check that line',
    gross_unused:
      'column "{column}" not read: CA OP is read from the net column "{net}"; they differ (row {row}: {value} / {net_value}) and no discount column says why (a discount, or VAT if "{column}" is tax-inclusive); if "{column}" is the amount to use: --map "amount={column}"',
    date_implausible:
      '{count} line(s) dated {period} (e.g. row {row}, column "{column}": "{value}"): a year outside 1980–2099, a typing error or a date read wrong; counted in that month, check the date',
    hidden_column:
      'column "{column}", read as {field_en}, is hidden in the sheet: check that it is the one to read (else --map "{value}=…")',
    date_not_sales:
      'the date column read, "{column}", is a due, delivery or payment date, not the sale\'s: the CA OP months follow it; if the file has the invoice date under another name: --map "date=…"',
    duplicate_header: 'header "{column}" appears twice: column {used} is used, column {value} is ignored',
    currency_blank:
      '{count} line(s) with no currency in column "{column}" (first row {row}), the others in {currency}: all read as {currency}; if a blank currency is the company\'s own (the euro), the file mixes two currencies: compute them apart',
    expense_lines:
      '{count} expense line(s) with no receipt (column "{column}", e.g. row {row}: "{value}"): not revenue, not counted',
    class73_only:
      'CA OP is 0: no line counted, and {count} line(s) in class 73 (e.g. row {row}, column "{column}"), not in the French chart, for {value} are not counted. In the ESSMS chart (M22), class 73 holds the pricing income: 734 (paid by the residents: accommodation, dependency care) is counted, 731–733 (dotations and flat fees of the ARS, the département, the State) and 735 are not; if these lines are the price of your service, mark them OP',
    no_revenue_line:
      'no revenue line: all {count} lines have an account outside class 7 in column "{column}" (amount {amount}), so CA OP is 0; if this column is the customer\'s account (411…), map it as the client: --map "client={column}" --map account=',
    credit_note_positive:
      '{count} positive credit note(s) (e.g. row {row}, column "{column}": "{value}") in an export where other credit notes are negative: counted as written, as sales; check their sign',
    status_refunded_counted:
      '{count} row(s) with status "{value}" (column "{column}", e.g. row {row}): refunded sales, counted; their refund is taken back only if the export lists it as a line of its own: check',
    amount_signed_like_direction:
      'column "{column}": every credit of column "{sens}" is written negative and every debit positive (row {row}: {value}), as SAP writes them: the sign repeats the direction, the amounts are read by their direction',
    order_item_rows:
      '{count} row(s) of line items under their order (e.g. row {row}, order {value}), column "{column}" blank: the order\'s first row holds its money (Shopify), not counted again',
    order_totals_repeated:
      'column "{column}": the order\'s total is repeated on each of its item rows, with the same order number and the same amounts (e.g. row {row}, order {order}: {value}): counted once per order, {count} repeated row(s) set apart',
    invoice_header_rows:
      '{count} invoice header row(s) (column "{column}" = "{value}", e.g. row {row}) hold their invoice\'s total, its lines below: set apart, only the lines are counted',
    invoice_tender_rows:
      '{count} receipt tender row(s) (column "{column}" = "{value}", e.g. row {row}): the money received for the receipt\'s sales, no sale, not counted',
    invoice_header_off:
      'row {row}: the header of invoice "{invoice}" ({column} {written}) is not the sum of its lines ({lines}); {count} header(s) so: the lines are counted, the headers set apart; check (tax or shipping in the header, lines missing from the export?)',
    analytic_lines:
      '{count} analytic line(s) (column "{column}" = "{value}", e.g. row {row}) split their entry\'s general line by section: not counted again',
    currency_of_foreign_amounts:
      'column "{column}" is the currency of "{foreign}" (each transaction\'s own currency); "{read}", the amount read, is in the company currency: {column} is not read as its currency (--map currency="{column}" reads it so)',
    converted_amounts:
      'column "{column}" is read: the amounts converted into the account\'s currency (column "{currency}"), as the books hold them, not "{instead}" in each payment\'s own currency',
    date_order_title:
      'column "{column}": its dates cannot tell dd/mm from mm/dd; the report\'s period above its header, "{value}", holds them all only read as {orderEn}: read so; --dates dmy|mdy decides otherwise',
    date_order_other_column:
      'column "{column}": its dates cannot tell dd/mm from mm/dd; column "{other}" of the same export proves {orderEn} (row {row}: {value}): read as {orderEn}; --dates dmy|mdy decides otherwise',
    amount_debit_positive:
      'column "{column}": the journal\'s entries balance (e.g. rows {row1} to {row2}) and their sales are negative there: amounts signed debit positive, credit negative, read as credit − debit (sign reversed)',
    amount_debit_positive_extract:
      'column "{column}": an extract of revenue accounts without entries: {negative} of {total} lines on sales accounts 701–708 are negative (e.g. row {row1}: {value1}) and add up negative while the discounts granted on 709, debits by nature, add up positive (e.g. row {row2}: {value2}): amounts signed debit positive, credit negative (an SAP line-item list), read as credit − debit (sign reversed); --signs as-written reads them as written',
    amount_debit_positive_option:
      'column "{column}": amounts read as signed debit positive, credit negative (--signs debit-positive, or the pane\'s setting): read as credit − debit (sign reversed)',
    amount_unit_cells:
      'column "{column}": amounts write their unit (e.g. "{example}"): read × {factor}, CA OP is given in units',
    amount_unit_format:
      'the header of column "{column}" gives a unit (× {factor}), but its cells\' number format only displays full amounts divided by {factor}: they are read as written, in units',
    amount_unit_shown:
      'column "{column}": its cells\' number format writes the unit after the typed value (12.5 shown "12.5 k€"): read × {factor}, CA OP is given in units',
    amount_unit_title:
      'the title above the header ("{value}") gives the amounts\' unit: each amount of column "{column}" is worth {factor} currency units (read × {factor}): CA OP is given in units; if its cells hold full amounts, take the unit out of the title',
    amount_unit:
      'the header of column "{column}" gives its unit: each amount there is worth {factor} currency units (read × {factor}): CA OP is given in units; if its cells hold full amounts, only displayed in thousands by their format, take the unit out of the header',
    amount_includes_vat:
      'column "{column}" includes the VAT of column "{vat}" (row {row}: {value}, its VAT at a French rate): read less its VAT, tax-exclusive; --map vat_amount= (no VAT column) reads the amount as written',
    refund_outside_amount:
      'column "{column}" is before the refunds of column "{refund}" (row {row}: {value}, refunded whole): each refund is taken off it, before tax at the line\'s rate when the amount is read less its VAT',
    net_beside_sides:
      'columns "{sides}" hold the gross, "{column}" plus "{tax}" (row {row}: {value}): the sale is read in "{column}", signed by the side holding the gross (the sales\' side: {side})',
    vat_conflict:
      'column "{column}": column "{vat}" shows the amount including its VAT on row {row1} ({value1}) and excluding it on row {row} ({value}): read as written, check the export',
    vat_unproven:
      'row {row}, column "{column}": {value} is no French VAT rate of the amount in "{read}", so the data cannot tell whether that amount includes its VAT: read as written, check (--map amount=… a tax-exclusive column)',
    vat_column_rates:
      'column "{column}" holds VAT rates, not VAT amounts (row {row}: {value}): read as the rate of each line',
    direction_column_codes:
      'column "{column}" holds only debit / credit codes ({value}): read as the direction of the amount (credit adds, debit subtracts); --map direction= (no direction) reads the amounts as signed',
    document_codes_sap:
      'column "{column}" holds SAP billing types ({value}): invoices (F1, F2), debit memos (L2), cancelled credit memos (S2) and intercompany billing (IV, a sale of the entity, eliminated only in a consolidation) count; credit memos (G2, CR), returns (RE), intercompany credit memos (IG) and invoice cancellations (S1, IVS) are returns (written unsigned, they subtract); pro formas (F5, F8), invoice lists (LR, LG) and down-payment requests (FAZ) are no sales',
    document_codes_xero:
      'column "{column}" holds Xero invoice types ({value}): ACCREC sales invoices count, ACCRECCREDIT sales credit notes are returns (written positive, they subtract), ACCPAY bills and ACCPAYCREDIT supplier credits are purchases',
    document_codes_sage50uk:
      'column "{column}" holds Sage 50 UK transaction types ({value}): SI sales invoices count, SC sales credit notes are returns (written positive, they subtract); SR / SA receipts are no sales; JC / JD journals, SD discounts, SP refunds, bank, cash and card receipts and payments (BR, BP, CR, CP, VR, VP) and the purchase ledger\'s (PI, PC, PP, PA, PD, PR) are read by their nominal code (no sales without one)',
    document_codes_ebp:
      'column "{column}" holds EBP document codes ({value}): FA invoices count, AV credit notes are returns (written unsigned, they subtract); DE quotes, CC customer orders, BL delivery notes and BR return notes are no sales',
    document_codes_cegid:
      'column "{column}" holds Cegid document natures ({value}): FFO tickets and FAC invoices count, AVC credit notes are returns (written unsigned, they subtract); DE quotes, CC orders and BLC delivery notes are no sales; CF, BLF, FF, AF are purchases',
    document_codes_sagex3:
      'column "{column}" holds Sage X3 invoice types ({value}): FAC invoices and NDB debit notes count, AVO credit notes are returns (written unsigned, they subtract)',
    document_codes_oracle:
      'column "{column}" holds Oracle Receivables transaction classes ({value}): INV invoices and DM debit memos count, CM credit memos are returns (written unsigned, they subtract); DEP deposits, GUAR guarantees (commitments), CB chargebacks (the unpaid rest of a receipt) and BR bills receivable are no sales, nor are PMT receipts',
    class_document_types:
      'column "{column}" holds only document types ({value}): read as the document type (not as a segment); its credit notes are returns (written unsigned, they subtract), its invoices and debit notes sales',
    document_code_unknown:
      '{count} row(s) of type "{value}" (column "{column}", e.g. row {row}): a code no table of this software knows, among its known document codes: read as ordinary lines (counted unless their account or label says otherwise); if it is no sale (a quote, an order), exclude it',
    kind_document_codes:
      'column "{column}" holds only document types ({value}): read as the document type, not as a nature; its credit notes are returns',
    debit_payments:
      '{count} row(s) of type "{value}" (column "{column}", e.g. row {row}) debited from the account: the holder\'s own payments (purchases), no sale nor return, not counted',
    bank_expenses:
      '{count} line(s) of category "{value}" (column "{column}", e.g. row {row}) in a bank account\'s transactions, a category that pays out more than it takes in: the firm\'s expenses (and their refunds), not counted',
    payment_not_sale:
      '{count} row(s) of type "{value}" (column "{column}", e.g. row {row}): a customer payment received for the invoices listed beside it is no sale, not counted',
    segment_natures:
      'column "{column}": its categories also say the lines\' nature (e.g. row {row} "{value}"): read as the line type too, a subsidy, a contribution or interest is no sale',
    payment_counted:
      '{count} row(s) of type "{value}" (column "{column}", e.g. row {row}) counted as sales: money received with no listed invoice left to pay for that customer (a receipts book, a direct sale); if it pays an invoice not in the list, it is no sale',
    platform_log_types:
      'column "{column}": {platform} transaction log, each row read by its type: {sale} sale row(s) and {discount} discount row(s) granted counted, {return} refund or return row(s) deducted; {apart} row(s) of fees, commissions, transfers, reserves, penalties or taxes collected for others set apart, no sales (fees are expenses, not deductions): {apartValues}',
    platform_type_unknown:
      '{count} row(s) of type "{value}" (column "{column}", e.g. row {row}): a type the {platform} type table does not know, read as ordinary lines (counted as written); if they are fees, a transfer or a tax, exclude them',
    platform_return_amount:
      '{count} row(s) of type "{value}" (column "{column}", e.g. row {row}): a refund granted, "{amountColumn}" blank, its amount written in "{from}" ({written}): read there, taken off the sales',
    document_not_sale:
      '{count} row(s) of type "{value}" (column "{column}", e.g. row {row}): a quote, an order, a delivery note, a purchase or a bank movement is no sale (the invoice is), not counted',
    dates_swapped:
      'column "{column}": {count} date(s) of the workbook have day and month swapped (a day/month file opened in a spreadsheet set to month/day); its dates left as text prove it (e.g. row {textRow} "{text}"): read back day/month (e.g. row {example}, {written} is read {read}); check the months',
    amount_ttc:
      'column "{column}": the amounts read include taxes, with no VAT column to take them off; CA OP is tax-exclusive: give the tax-exclusive column (--map amount=…) or the VAT amount column',
    invoice_discount_rate:
      'column "{column}": invoice footer discount as a rate (e.g. row {row} "{value}"): each line of the invoice is read less that rate, the line\'s net = amount × (1 − rate) rounded to the cent; the invoice footer, rounded once on its total, may differ by a cent',
    discount_cascade:
      'column "{column}": cascaded discounts (e.g. row {row} "{value}": the second applies after the first) read as one discount of 1 − the product of (1 − rate), here {rate} %',
    discount_per_unit:
      'column "{column}": per-unit discounts (e.g. row {row} "{value}", Sage\'s "U" format) read as an amount per unit sold: the line\'s discount = amount × quantity',
    discount_unreadable_net:
      'row {row}, column "{column}": unreadable discount "{value}"; the line counts at the net amount read (column "{net}"), its discount is not broken down',
    amount_rounded_per_line:
      'column "{column}": with no amount column, each line is read as quantity × unit price (less its discount) rounded to the cent, as the invoice writes it (half away from zero; e.g. row {row}: {exact} → {value})',
    amount_ttc_rate:
      'column "{column}": amounts include VAT, read less it at the rate of column "{rate}" (HT = TTC / (1 + rate), rounded to the cent per line)',
    shipping_once_per_invoice:
      'column "{column}": the shipping charged on the whole invoice (e.g. row {row}: {value}), written on each of its lines, is added to the lines of "{lines}" once per invoice, on its first line ({count} repetition(s) not added again): shipping billed is revenue (PCG account 7085)',
    order_shipping_once:
      'column "{column}": the order\'s shipping, repeated on each of its rows (e.g. row {row}: {value}), is revenue (account 7085) counted once per order ({count} order(s)), with the lines of "{lines}"',
    amount_plus_cleaning:
      'column "{column}": a rent without the cleaning fee charged to the traveller, read with that of column "{shipping}" (a cleaning fee billed is revenue of the rental)',
    items_plus_shipping:
      'column "{column}": the items\' amount alone (quantity × unit price, without the shipping), read with the shipping charged to the customer in column "{shipping}" (shipping billed is revenue, PCG account 7085)',
    amount_plus_shipping:
      'column "{column}": sales without the shipping charged to customers, read with that of column "{shipping}" (shipping billed is revenue, PCG account 7085)',
    amount_plus_gift_wrap:
      'column "{column}": the gift wrap billed to buyers, column "{wrap}", is read with the sales like the shipping (revenue)',
    amount_less_collected:
      'column "{gross}": a gross that includes what the platform collects for others, column "{collected}" (a city tax for the commune, a tax the marketplace collects), read without it (not revenue)',
    amount_less_gift_cards:
      'column "{gross}": a receipt\'s total that includes the gift cards sold, column "{collected}" (e.g. row {row}: {value}), read without them (a gift card sold is money held until it is used, not revenue)',
    amount_less_tips:
      'column "{column}": a total that includes the tips of column "{tips}", read without them (a tip handed to the staff is not revenue)',
    vat_rate_unreadable:
      'row {row}, column "{column}": unreadable VAT rate "{value}"; the line, tax-inclusive, is not counted (amount ignored)',
    deposit_invoice_restated:
      '{count} row(s) of type "{value}" (column "{column}", e.g. row {row}): deposit invoices restated by their final invoice, whose label names their number (the whole price, the deposit deducted from the amount due): not counted twice',
    deposit_invoice_counted:
      '{count} row(s) of type "{value}" (column "{column}", e.g. row {row}): deposit invoices counted as sales; if the final invoice repeats the whole price (the deposit taken off the amount due), they are counted twice: remove them or mark them not OP',
    invoice_total_lines:
      'column "{column}": the invoice\'s total is repeated on each of its lines ({count} invoice(s), e.g. "{invoice}" row {row}: {value}, given back by its lines\' quantity × unit price): revenue is read as quantity × unit price',
    invoice_total_repeated:
      'column "{column}": the same amount on every line of {count} invoice(s) (e.g. "{invoice}" row {row}: {value}); if it is the invoice\'s total repeated, it is counted once per line: check, or name a line amount column (--map amount=…)',
    invoice_discount_once:
      'column "{column}": a discount on the whole invoice, repeated on its lines (e.g. row {row}: {value}): counted once per invoice, on its first line ({count} line(s) repeating it not counted again)',
    invoice_discount_differs:
      'row {row}, column "{column}": invoice "{id}" shows a second invoice discount, {value}, after {first}: both are counted; check the export',
    invoice_discount_no_id:
      'row {row}, column "{column}": {value} again on the next line, and no invoice number column tells whether it is the same invoice: the discount is counted on every line that shows it; map the invoice number (--map id=…) to count it once per invoice',
    repeated_header:
      'row {row}: the header repeats, a second table starts ("{value}"): this row and a title just above it are not sales lines',
    credit_note_section:
      'row {row}: the title "{value}" announces credit notes; its {count} line(s) are read as written: positive, they count as sales; sign them or add a document type column',
    credit_note_sheet:
      'the table (its sheet, its title or its number column "{value}") announces credit notes; its {count} positive line(s) are read as written (as sales), since others are negative; sign them or add a document type column',
    credit_note_sheet_read:
      'the table (its sheet, its title or its number column "{value}") announces credit notes, and its {count} line(s) are all positive: read as credit notes written unsigned, subtracted',
    credit_note_section_read:
      'row {row}: the heading "{value}" announces credit notes, and its {count} line(s) are all positive: read as credit notes written unsigned, subtracted',
    account_pair:
      'columns "{column}" and "{value}" give each line\'s two accounts for one amount (double entry): each line is read by its revenue account, credited (a sale) or debited (a credit note)',
    label_column_unread:
      'column "{column}" is read as no field, yet its texts say some lines are no sales (e.g. row {row}: "{value}"), and no label column is read: every line counts; if it describes the lines, --map label="{column}" (or choose it as the label in the pane)',
    label_only_decisions:
      '{count} line(s) taken out of sales on their label alone, with no account column (e.g. row {row}, column "{column}": "{value}"): an exclusion or a deduction decided by a word; if that word describes what you sell, they are sales: check them, or add the account',
    closing_entries:
      '{count} income line(s) of closing entries, cleared into the result (account 12…) (e.g. row {row}, column "{column}": {value}): the year\'s sales moved to the balance sheet, not a return; not counted',
    third_party_accounts:
      '{count} line(s) whose account is no chart-of-accounts number in a column of numbered accounts (e.g. row {row}, column "{column}": {value}): third parties\' accounts (customers, suppliers) like 411 / 401, not revenue; not counted',
    account_segments:
      'column "{column}": concatenated account strings (e.g. row {row}: {value}), read by their segment no. {position} of {count}, the natural account ({account}): that segment holds chart-of-accounts accounts across the column, the others (company, cost centre…) do not',
    section_rows:
      '{count} title row(s) with no date and no amount, one cell filled (e.g. row {row}: "{value}"): section headings, not lines',
    not_revenue:
      "{count} line{s} outside class 7 (customers, VAT, bank, expenses…): not revenue, ignored (amount {amount})",
    blank_rows: "{count} blank row{s} ignored",
    cli_no_line_read:
      'no readable line: none of the {count} line{s} can be read (first at row {row}, column "{column}": "{value}"); see the diagnostics',
    cli_suggest_duckdb:
      "{count} lines: more than an Excel worksheet holds; for such volumes try caop compute FILE… --engine duckdb",
    montant_sens_negative_debit:
      'row {row}: negative amount "{value}" (column "{column}") with direction "{sens}": read as a debit of {amount}',
    montant_sens_negative_credit:
      'row {row}: negative amount "{value}" (column "{column}") with direction "{sens}": read as a credit of {amount}',
    sens_plus_minus_one:
      'column "{column}": direction +1/-1 read as +1 = debit, -1 = credit (article A47 A-1 LPF, BOI-CF-IOR-60-40-20); if the software exports the reverse, CA OP comes out negative',
    debit_and_credit:
      "row {row}: debit and credit both filled ({value}); line counted at its net credit − debit = {amount}",
    two_digit_year:
      'column "{column}": {count} date{s} with a two-digit year (e.g. row {example_row} "{value}") read as Excel does: 00–29 → 2000–2029, 30–99 → 1930–1999',
    sign_convention_signed:
      "signs to check (CA OP {caop}; months with a negative CA OP: {months}; {negative} of {total} sale line{s} negative): the export seems to count sales as negative (amounts debit positive, credit negative, as a ledger or an SAP line-item list writes them); if so, read them reversed (--signs debit-positive, or the pane's setting “Amounts debit positive”); otherwise swap the sign in the export or map Debit and Credit columns (--map debit=… credit=…)",
    sign_convention_debit_credit:
      'signs to check (CA OP {caop}; months with a negative CA OP: {months}; {negative} of {total} sale line{s} are debits): the Debit and Credit columns look swapped; map them the other way round (--map debit="{credit}" credit="{debit}")',
    sign_convention_months:
      "signs to check: months with a negative CA OP: {months} (the file's CA OP {caop}; {negative} of {total} sale line{s} negative or debits): the file's signs look right, check these months' credit notes and corrections",
    conflict:
      'row {row}: conflict, {account_en}; {other_en} (column "{column}", value "{value}"): account {account} wins',
    decimal_mark_from_dates:
      'column "{column}": its values cannot tell the decimal mark (row {row}: {value}); the dates of column "{dates}" are month first (row {dateRow}: {dateValue}), as American exports write them: "." is read as the decimal mark, "," as thousands (--decimal , decides otherwise)',
    decimal_mark_assumed:
      'column "{column}": the data does not prove the decimal mark (row {row} "{value}"); read "{mark}" (--decimal option or default setting)',
    decimal_mark_conflict:
      'column "{column}": contradictory decimal marks (row {row1} "{value1}" and row {row} "{value}"); read "{mark}", check the column',
    net_amount:
      'column "{column}": without a unit price the data cannot prove whether the amount is net or gross; read as net (after discount), the discount "{value}" is not deducted a second time',
    net_amount_rate:
      'column "{column}": without a unit price the data cannot prove whether the amount is net or gross; read as net (after discount): the rates in "{value}" are not deducted, the amount is already net',
    amount_value_fields:
      'column "{column}": the gross revenue of a value-field report (CO-PA: the revenue, then each deduction in its own column); the deductions "{value}" are taken off each line, each by its kind',
    value_field_discount:
      'column "{column}": one more deduction on each line (e.g. row {row} "{value}"), read as a discount and taken off "{revenue}"',
    value_field_rebate:
      'column "{column}": one more deduction on each line (e.g. row {row} "{value}"), read as a rebate and taken off "{revenue}"',
    value_field_return:
      'column "{column}": one more deduction on each line (e.g. row {row} "{value}"), read as a return / credit note and taken off "{revenue}"',
    cash_discount_unread:
      'column "{column}" not read (e.g. row {row} "{value}"): a cash discount for early payment is a financial charge (665), not a sales deduction; CA OP is not reduced by it',
    amount_reading_contradicted:
      'row {row}: the amount "{value}" (column "{column}") is not quantity × price − discount, yet the column is read as net',
    amount_gross_contradicted:
      'row {row}: the amount "{value}" (column "{column}") is not quantity × price, yet the column is read as gross',
    rate_scale_assumed:
      'column "{column}": the header says percent, so the rates are read as percent points ("{value}" row {row} = {value} %); the data cannot prove it (all values within 0–1 could be fractions: 0.5 = 50 %), check the column',
    account_headings:
      'column "{column}": general-ledger layout, lines without an account take the account of the heading row above them (e.g. row {row} "{value}"); heading rows are not lines',
    named_account_headings:
      'report with account headings (QuickBooks "General Ledger", "Profit and Loss Detail"): each line takes the heading above it as its account, read by its name (e.g. row {row} "{value}"); headings, sections and total rows are not lines',
    sens_zero_one:
      'column "{column}": direction written 0/1 (Sage, proven row {row} "0"): 0 = debit, 1 = credit',
    sens_posting_key:
      'column "{column}": SAP posting keys (e.g. row {row} "{value}"): 40 (G/L), 01–09 (customer), 21–29, 70, 80–89 are debits; 50 (G/L), 11–19 (customer credit memo), 31–39, 75, 90–99 are credits: read as the direction of the amount (credit adds, debit subtracts)',
    record_lines_filled:
      'columns "{column}" and "{id}": an invoice\'s further lines leave its date and number blank (Odoo, e.g. row {row}, invoice {value}): {count} line(s) take the date, number and fields of their invoice\'s first line',
    entry_dates_filled:
      'column "{column}": the lines of an entry with no date and no type or number, or the same reference as its first line (e.g. row {row}), take the date of the entry\'s first line',
    dates_once_per_day:
      'column "{column}": the date is printed once per day (every dated row\'s date differs from the one above, several days hold undated entries of their own): each undated line takes the date above it (e.g. row {row}, {value})',
    amount_side_suffix:
      'column "{column}": every amount is written with its side after it (D debit, C credit; e.g. row {row}: {value}) beside an account column: read as an amount and its direction (credit − debit)',
    balance_by_month:
      "a balance by month: one row per account, one column per month ({count} columns, {value}): each month's balance of an account is read as one line dated by its month; column(s) {unread} not read (they repeat the months); the sign is read from the months, each of which balances (as for a journal)",
    pivot_months:
      'pivot table pasted as values ("{column}" | "{field}"): its {count} row labels are months ({value}…), each read as one line of its month; the row "{total}" is the grand total, equal to the sum of the months, never counted',
    pivot_compact:
      'compact pivot table ("{column}" | "{field}"): each month ({value}…, {count} months) is followed by its accounts ({accounts} rows), read dated by the month above; the month\'s row is their subtotal (equal to their sum), never counted, like the grand total "{total}"',
    pivot_accounts:
      'pivot table (value "{field}"): months in rows ({count}, from "{value}"), accounts in columns ({columns}): one line per month and account, read by its account; the "{total}" column and row are totals (equal to each row\'s sum), never counted',
    pivot_segments:
      'pivot table (value "{field}"): months in rows ({count}, from "{value}"), segments in columns ({columns}): one line per month and segment; the "{total}" column and row are totals (equal to each row\'s sum), never counted',
    pivot_tabular:
      'tabular pivot table ("{field}"): the month is written on each group\'s first row only; {filled} blank row(s) take their group\'s month, proven by its "Total …" row equal to the group\'s sum ({totals} groups); those total rows are not counted',
    cumulative_situations:
      'column "{column}": a running total of progress invoices ({sites} site(s), column {site}); the column "{value}" numbers them from n°1 in sequence and every running total is at least the previous one: each situation is read as its running total less the site\'s previous situation\'s (n°1 less 0)',
    summary_sheets:
      'sheet(s) {sheets} not read: their amounts are formulas over other sheets (a summary); the sheet "{value}" holds the lines',
    other_sheets_together:
      "workbook of several sheets: only the sheets {value} are read together; the others ({others}) are not — --sheet NAME (or the source in the pane) to read another",
    other_sheets_to_date:
      'workbook of several sheets: only the sheet "{value}", the most complete of the sheets kept year to date, is read; the others ({others}) are not — --sheet NAME (or the source in the pane) to read another',
    other_sheets:
      'workbook of several sheets: only the sheet "{value}" is read (the first whose header has a date and an amount, summaries aside); the others ({others}) are not — --sheet NAME (or the source in the pane) to read another',
    sheet_month_days:
      'column "{column}" holds the day of the month alone (row {row}: {value}): read as days of {month}, the month the sheet "{sheet}" is named after',
    period_sheets:
      "workbook kept one period a sheet: the sheets {value} have the same fields read (a column of one sheet no field reads is left aside; a header may be worded otherwise) and are read together ({count} sheets); each message names its sheet",
    credit_note_sheets:
      "invoices and credit notes kept on sheets of their own: the sheets {value} each have a date and an amount, tax included or not alike, and are read together ({count} sheets), each by its own header, the credit notes' as credit notes; each message names its sheet",
    to_date_sheets:
      'workbook kept year to date: the sheet "{value}" holds every line of {sheets} and more; it alone is read (each line once)',
    other_period_sheets:
      "workbook of several sheets: only the sheets {value} (one period a sheet, same header) are read; the others ({others}) are not — --sheet NAME (or the source in the pane) to read another",
    at_sheet: 'sheet "{sheet}", ',
    dashboard_period_sheets:
      'workbook kept one period a sheet: the dashboard covers the sheet "{sheet}" only, not {others} (caop compute reads them together) — put the lines on one sheet, or --sheet NAME',
    opening_balance:
      'row {row}: "{value}" (column "{column}") is a balance carried from before the period, not a transaction: not counted',
    total_row_off:
      'row {row}: "{value}" (column "{column}") is a period\'s total but its amount ({written}) is not the sum of the lines above it ({lines}): not counted as a sale; check this total of the export (a line missed or one too many)',
    total_label_counted:
      'row {row}: "{value}" (column "{column}") is labelled like a total but its amount is not the sum of the lines above it: counted as a line; if it is a total, delete the row',
    deal_not_won:
      '{count} deal(s) at stage "{value}" (column "{column}", e.g. row {row}): only won deals are sales; lost deals and deals still in the pipeline are not counted',
    kit_components:
      '{count} kit component line(s) (e.g. row {row}, column "{column}": "{value}"): their amounts make up the price of the kit line above them, already counted: they detail it, not counted',
    kit_components_counted:
      'row {row}: the components of kit "{value}" (column "{column}") add up to {sum}, not its price {price}: nothing tells which carries the sale, kit and components counted; if the components detail it, set them apart',
    line_not_invoiced:
      '{count} order line(s) at stage "{value}" (column "{column}", e.g. row {row}): not invoiced (ordered, delivered or cancelled); only invoiced lines are sales: not counted',
    status_refunded:
      '{count} row(s) with status "{value}" (column "{column}", e.g. row {row}): sales refunded in full, with no refund line in the table: the sale and its refund cancel out, not counted (a partial refund would need correcting)',
    status_replaced:
      '{count} invoice(s) with status "{value}" (column "{column}", e.g. row {row}) replaced by a replacement invoice of the same customer: only the replacement invoice is counted',
    status_not_issued:
      '{count} row(s) with status "{value}" (column "{column}", e.g. row {row}): cancelled or draft invoices (or quotations), never issued, not counted',
    status_order_counted:
      '{count} row(s) with status "{value}" (column "{column}", e.g. row {row}): confirmed sale orders, counted as sales at their value (an order is invoiced once delivered); if some are not invoiced yet, export the invoices instead',
    status_not_invoice:
      'column "{column}": "{value}" (row {row}) is not an invoice status; the column is not read as one (no row set apart)',
    scenario_set_apart:
      '{count} row(s) of scenario "{value}" (column "{column}", e.g. row {row}): a budget, forecast or target, not actuals; only actuals are a CA OP: not counted (they would have added {amount})',
    scenario_unknown:
      '{count} row(s) of scenario "{value}" (column "{column}", e.g. row {row}): unknown scenario, not read as actuals: not counted (they would have added {amount}); if it is the actuals, filter the file on that scenario',
    scenario_no_actual:
      'column "{column}": no actual rows (scenarios: {values}, e.g. row {example_row}); a budget or forecast is no CA OP: nothing is counted; export the actual scenario',
    scenario_not_read:
      'column "{column}": "{value}" (row {row}) is no known scenario (actual, budget, forecast); the column is not read as a scenario (every row counted)',
    date_year_column:
      'column "{column}": months without a year, read with the year in column "{year_column}" of their row (row {row}: "{value}" and {year} → {month})',
    date_periods:
      'column "{column}": accounting periods, period n read as month n of the year (row {row}: "{value}" → {month}); right when the fiscal year is the calendar year: if it starts another month, map a date column (--map date=…)',
    status_unknown_counted:
      '{count} row(s) with status "{value}" (column "{column}", e.g. row {row}): this status is not known (the column\'s others are, and are read); those rows are counted as sales: check them',
    status_unread_counted:
      'column "{column}": "{value}" (row {row}) is no known invoice status; the column is not read, and its {count} row(s) whose status says the invoice was never issued (e.g. row {exampleRow} "{example}") are counted: check them, or delete those rows',
    dated_total_rows:
      '{count} dated row(s) read as the export\'s totals, their amount being the sum of the lines above them (e.g. row {row} "{value}", column "{column}"): not counted',
    total_rows: 'total rows of the export (e.g. row {row} "{value}"): subtotals, not lines, never counted',
    account_column_empty:
      'column "{column}", mapped to the account, is empty on every line: none is classified by its account and a journal\'s customer, VAT or bank lines count as sales; map the column that holds the accounts (--map account=…, or in the pane) or none (--map account=)',
    account_names_read:
      'column "{value}", mapped to the account, is empty on every line: the accounts are read by their names in column "{column}" (sales, receivables, VAT, bank); map another column (--map account=…, or in the pane) if it is not the chart of accounts',
    account_chart_names:
      'column "{column}": account {example} is named "{name}", a sales name, on a number the French chart of accounts (PCG) gives to third parties or expenses, and no class 7 account says sales: this is another chart of accounts, and its accounts are read by their names in column "{names}" (sales, receivables, VAT, bank, interest); map another account column (--map account=…, or in the pane) if this is wrong',
    account_names_column:
      'column "{column}" names accounts as a chart of accounts does ("{value}" beside "{other}"): its lines are classified by those names (sales, receivables, sales tax, bank), and lines on an account that is not sales are not counted; map another account column (--map account=…, or in the pane) if it holds something else',
    nominal_headings:
      'rows "{value}" head Sage 50 nominal codes (Nominal Activity report): the lines below each take its code, read in Sage 50 UK\'s chart (4000–4199 sales, 4009 discounts, 4200 sales of assets, 4900 miscellaneous income: not CA OP), in column "{column}"; column "{client}" is the customer; the headings and their "Totals:" and "History Balance:" rows are not lines',
    account_chart_cgnc:
      'column "{column}": lines on account 71… have a sales label (e.g. row {example_row}, account {example} "{label}"); in the French chart of accounts (PCG), 71 is stored production, outside CA OP: this is likely the Moroccan chart (CGNC: 711 sales of goods, 712 sales of goods and services produced) and those sales are not counted; map no account column (--map account=, or "(no column)" in the pane) to classify the lines by their labels, once the lines of other classes (customers, VAT, bank), which would then count, are taken out of the export',
    account_not_pcg:
      'column "{column}": lines read as outside class 7 of the French chart of accounts (PCG) have an account that says revenue (e.g. row {example_row} "{example}"): this is not the PCG and those sales are not counted; map no account column (--map account=, or "(no column)" in the pane) to classify the lines by their labels',
    tail_line_ignored: ", line ignored",
    tail_line_ignored_amount: ", line ignored (amount {amount})",

    encoding: "file read as {encoding} (it is not UTF-8)",
    unterminated_quote: "row {row}: a quote is never closed; the rest of the file was read as one value",
    stray_separator_fixed:
      'row {row}: separator "{sep}" inside the value of "{column}"; value rebuilt as "{fixed}"',
    stray_decimal_comma:
      'row {row}: the separator "," inside the amount of "{column}" is its decimal comma: read as {fixed} (a shifted value is never the amount); quote the amounts in the export, or use ";" as separator',
    stray_separator_unusable:
      'row {row}: {count} fields instead of {expected} (stray "{sep}" inside a label?); line unusable, fix it in the file',
    stray_separator_unusable_amount:
      'row {row}: {count} fields instead of {expected} (stray "{sep}" inside a label?); line unusable, amount {amount} counted in the ignored lines; fix it in the file',
    line_break_joined:
      'rows {row} to {last}: a line break inside the value of "{column}" cuts the entry; rows read as one, value "{fixed}"',
    missing_fields: "row {row}: {count} fields instead of {expected}; line unusable, fix it in the file",
    formula_without_value:
      'row {row}: the formula in column "{column}" has no computed value (workbook never recalculated); cell read as empty',
    encoding_stray_bytes:
      "file read as UTF-8, but some bytes (from byte {offset}) are not UTF-8: read as Windows-1252, the encoding of older Windows exports; check the accented labels and amounts of those lines, or save the file as UTF-8",
    encoding_mismatch:
      "file read as {encoding} (most of its bytes are), but some bytes (from byte {offset}) are not {encoding}: the accented characters of those bytes are misread (shown �); check those labels, or save the file as UTF-8",
    formula_total_rows:
      '{count} row(s) whose amount is a sum of other rows of the column, computed by the workbook (e.g. row {row}, column "{column}": {value}): totals, not counted',
    hidden_rows:
      "{count} row(s) hidden or filtered out in the sheet (e.g. row {row}): read and counted like the others",
    two_row_header:
      'header on two rows ({first} and {last}, merged cells): columns read from row {last}: "{value}"; data starts on row {next}',
    above_header: 'rows {first} to {last} above the headers (row {row}) read as a title, not data: "{value}"',

    progress_writing: 'Writing "{sheet}"',
    progress_tagging: '"{sheet}"',
    progress_reading: 'Reading "{sheet}" (bytes)',
    progress_importing: 'Importing into "{sheet}" (rows)',
    file_imported:
      '"{file}": {lines} row{s} imported into the new sheet "{sheet}" (no existing sheet was changed).',
    file_too_large:
      '"{file}" has {lines} rows and {columns} columns: more than an Excel sheet holds ({max_rows} rows, {max_columns} columns with the 4 CA OP columns). The CA OP below is computed on the whole file, but the dashboard needs the lines in a sheet: split the file (one fiscal year or one quarter per file, for example) and open each part.',

    sheet_name_clash:
      'a sheet "{base}" already exists and was not created by CA OP: it is kept, the new sheet is named "{name}"',
    no_salesperson: "no salesperson column mapped: no salesperson detail sheet",
    unsupported_feature:
      "{feature} not available in this Excel version (ExcelApi {version} required): skipped",
    error: "Error: {message}",
    cancelled: "Operation cancelled.",
    no_selection: "No range selected.",
    lines_tagged: "Lines tagged.",
    dashboard_generated: 'Dashboard generated: "{sheet}".',
    qc_generated: 'Quality check generated: "{sheet}".',
  },
  dashboard: {
    headers: [
      "Period",
      "CA OP total",
      "MoM change",
      "YoY change",
      "Top 3 segments",
      "CA OP by salesperson",
      "Target",
      "Gap",
    ],
    helperHeaders: [
      "Month key",
      "M-1 key",
      "N-1 key",
      "Lines",
      "CA OP M-1",
      "CA OP N-1",
      "CA OP N-1 to date",
    ],
    title: "CA OP dashboard — fiscal year {fy}",
    subtitle:
      "CA OP = operating sales − discounts − rebates − returns · amounts in {currency} · how it is computed: Audit block",
    seeDetail: "See detail sheet",
    yearToDate: "Year to date",
    total: "Total",
    alertsTitle: "Alerts: {segment} down more than {threshold}% over {months} consecutive months",
    segmentWord: "segment",
    noSegment: "No segment column mapped: alerts not computed.",
    noAlerts: "No segment in alert this fiscal year.",
    alertHeaders: ["Month", "MoM change", "Consecutive falls"],
    audit: "Audit",
    generatedAt: "Generated on",
    source: "Source",
    taggedColumns: "CA OP columns",
    ruleSet: "Rule set",
    ruleSetVersion: "version {version}",
    strictMode: " · strict mode (lines to review excluded)",
    linesCounted: "Lines counted",
    linesIgnored: "Lines ignored",
    linesIgnoredCount: "{count} (see diagnostics)",
    noLines: "none",
    detailSheets: "Detail sheets",
    noSheets: "none",
    exclusionHeaders: ["Exclusions (all periods)", "Lines", "Amount"],
    reviewExcluded: " (excluded)",
    reviewCounted: " (counted)",
    unreadableLines: "Lines ignored (unreadable)",
    chartTitle: "CA OP by month: {year} vs {previous}",
    seriesN: "N ({year})",
    seriesN1: "N-1 ({year})",
    noteTarget: "Type each month's target: it is kept when the dashboard is regenerated.",
    noteCaop: 'SUMIFS of the data\'s "Contribution CA OP" column for the month in column J (hidden).',
  },
  detail: {
    title: "CA OP by {field} — fiscal year {year}",
    back: "← Dashboard",
    formulas: 'SUMIFS formulas over the data\'s "Contribution CA OP" and "Mois CA OP" columns ({ref}).',
    monthKey: "Month key",
    previousMonth: "{month} (M-1)",
    yearTotal: "Fiscal year total",
    criterion: "Criterion (calculation)",
    frozen:
      "Frozen values (computed by CA OP): SUMIFS cannot find this value exactly (surrounding spaces, a number, or a case variant of another value).",
    noLines: "No line in the fiscal year.",
    total: "Total",
    variationTitle:
      "Monthly change (MoM) — alert: down more than {threshold}% over {months} consecutive months",
    fields: { salesperson: "Salesperson", segment: "Segment", product: "Product", client: "Customer" },
  },
  sellers: {
    title: "CA OP by salesperson — top {count} of fiscal year {fy}",
    titleAll: "CA OP by salesperson — fiscal year {fy}",
    headers: ["CA OP {year}", "CA OP {previous} (same months)", "YoY change", "Share of CA OP", "Detail"],
    others: "Other salespeople ({count})",
    seeDetail: "See detail tab",
    noColumn: "No Salesperson column mapped: map it in the pane (columns) to see CA OP by salesperson.",
    noLines: "No salesperson has lines in the fiscal year.",
    note: 'CA OP {year}: SUMIFS of the data over the fiscal year\'s months for the salesperson in column J (hidden). {previous}: the same months of the year before, for the months that have data in {year} (like "Year to date").',
  },
  qc: {
    headers: [
      "Row",
      "Date",
      "Account",
      "Label",
      "Source amount",
      "Contribution CA OP",
      "Status",
      "Reason",
      "Compliant?",
      "Comment",
    ],
    title: "CA OP quality control — {quarter}",
    subtitle:
      "Reproducible random sample of {rate}% of the quarter's lines (seed {seed}), at least one line of each status. Enter Oui (yes) or Non (no) in “Compliant?”.",
    summary: [
      "Lines in the quarter",
      "Lines drawn",
      "Lines checked",
      "Not compliant",
      "Error rate",
      "Statuses drawn",
    ],
    noLines: "No line in this quarter.",
    prompt: "Line correctly classified? Oui (yes) / Non (no)",
  },
  tagging: {
    notRevenue: "Not revenue",
    ignored: "Ignored",
    toReviewExcluded: "To review (excluded)",
    toReview: "To review",
    excluded: "Excluded: {scope}",
    opKind: "OP – {kind}",
    notRevenueReason: "outside class 7: not revenue",
    note: "Columns managed by CA OP (OP, Motif, Contribution CA OP, Mois CA OP): recomputed at every tagging, do not edit by hand.",
    columns: 'columns {range} (OP, Motif, Contribution CA OP, Mois CA OP) of "{sheet}"',
    source: "{source} ({count} lines)",
    summaryNotRevenue: "Not revenue (outside class 7)",
    summaryIgnored: "Ignored (unreadable amount or date)",
    summaryCaop: "CA OP",
    summarySales: "Operating sales",
    summaryToReviewIn: "of which to review",
  },
  pane,
  reading: {
    reading: "Reading",
    decimals: (h: string, m: string, why: string) => `${h} decimals "${m}" (${why})`,
    proven: (row: number, column?: string) =>
      column === undefined ? `proven row ${row}` : `proven by ${column} row ${row}`,
    option: "--decimal option",
    assumed: "default, not proven",
    date: (d: string, unused: string[]) =>
      `date = ${d}` + (unused.length ? ` (${unused.join(", ")} not used)` : ""),
    discount: (c: string, rate: boolean, percent: boolean) =>
      `${c} = ${rate ? (percent ? "rate in % (10 = 10 %)" : "rate (0.1 = 10 %)") : "amount"}`,
    amount: (c: string, net: boolean, by: string) =>
      `${c} = ${net ? "net" : "gross"}${by === "assumed" ? " (not proven)" : by === "header" ? " (header)" : " (proven)"}`,
    unit: (c: string, factor: number) =>
      `${c} × ${factor.toLocaleString("en-US")} (unit of the header or title)`,
    journal: (c: string) => `${c} signed debit positive (balanced entries): read negated`,
  },
} as const satisfies Messages;
