/**
 * The one error type of the core: input the engine cannot use at all (missing required column,
 * two currencies, contradictory date order). Carries its message in French and English.
 */
export class EngineError extends Error {
  readonly code: string;
  readonly fr: string;
  readonly en: string;
  readonly details: Readonly<Record<string, unknown>>;

  constructor(code: string, fr: string, en: string, details: Record<string, unknown> = {}) {
    super(fr);
    this.name = "EngineError";
    this.code = code;
    this.fr = fr;
    this.en = en;
    this.details = details;
  }

  /** The message in the user's language. */
  text(lang: "fr" | "en"): string {
    return lang === "fr" ? this.fr : this.en;
  }
}

/** The error for data in more than one currency (SPEC 2.2): lists the currencies found, sorted. */
export function severalCurrencies(found: Iterable<string>): EngineError {
  const currencies = [...found].sort();
  const list = currencies.join(", ");
  return new EngineError(
    "several_currencies",
    `plusieurs devises dans les données (${list}) : un calcul ne porte que sur une devise ; si les montants lus sont déjà convertis en devise de la société, --map currency= (aucune colonne de devise) les lit tels quels, sinon séparez le fichier par devise`,
    `several currencies in the data (${list}): one computation covers one currency; if the amounts read are already in the company currency, --map currency= (no currency column) reads them as they are, else split the file by currency`,
    { currencies },
  );
}
