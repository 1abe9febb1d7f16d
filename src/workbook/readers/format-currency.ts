/**
 * The currency a workbook cell's number format shows (`[$$-409]#,##0.00`, `#,##0.00 €`,
 * `"£"#,##0`): in an .xlsx the currency of an amount is often only there, never in the value.
 * Read so that amounts in two currencies are an error (SPEC 2.2), never summed as one.
 */

/** Currency symbols and words of number formats → ISO code. */
const SYMBOLS: Readonly<Record<string, string>> = {
  "€": "EUR",
  EUR: "EUR",
  $: "USD",
  US$: "USD",
  USD: "USD",
  "£": "GBP",
  GBP: "GBP",
  "¥": "JPY",
  JPY: "JPY",
  CHF: "CHF",
  "FR.": "CHF",
  CAD: "CAD",
  CA$: "CAD",
  AUD: "AUD",
  A$: "AUD",
};

/** `[$sym-lcid]` locale-tagged currencies whose `$` is not the US dollar. */
const DOLLAR_LOCALES: Readonly<Record<string, string>> = {
  C09: "AUD",
  "1009": "CAD",
  "1409": "NZD",
  "2C0A": "ARS",
  "80A": "MXN",
  "416": "BRL",
};

const memo = new Map<string, string | null>();

/** The ISO code of the currency a number format shows, or null (none, or a format of a date or a rate). */
export function currencyOfFormat(fmt: string | undefined): string | null {
  if (fmt === undefined || fmt === "" || fmt === "General") return null;
  let code = memo.get(fmt);
  if (code === undefined) {
    code = read(fmt);
    if (memo.size < 1_000) memo.set(fmt, code);
  }
  return code;
}

function read(fmt: string): string | null {
  // Only the positive section speaks (the others repeat it).
  const first = fmt.split(";")[0];
  const tagged = /\[\$([^\]-]*)(?:-([0-9A-Fa-f]+))?\]/.exec(first);
  if (tagged !== null && tagged[1] !== "") {
    const sym = tagged[1].toUpperCase();
    if (sym === "$" && tagged[2] !== undefined) return DOLLAR_LOCALES[tagged[2].toUpperCase()] ?? "USD";
    return SYMBOLS[sym] ?? (/^[A-Z]{3}$/.test(sym) ? sym : null);
  }
  // Quoted literals ("€", "USD") and bare symbols, outside [colour] and [conditions].
  const plain = first.replace(/\[[^\]]*\]/g, "");
  for (const m of plain.matchAll(/"([^"]*)"/g)) {
    const sym = m[1].trim().toUpperCase();
    if (SYMBOLS[sym] !== undefined) return SYMBOLS[sym];
  }
  const bare = /(?<!\\)[€$£¥]|\\([€$£¥])/.exec(plain.replace(/"[^"]*"/g, ""));
  return bare === null ? null : SYMBOLS[bare[1] ?? bare[0]];
}
