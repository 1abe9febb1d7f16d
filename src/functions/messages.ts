/**
 * What the custom functions say to users, in French and English: one table of message templates;
 * what the engine also says (a line it cannot read) comes from the message catalogue (src/i18n).
 * `{name}` placeholders are filled by `say`. Row, column and value are always named.
 */
import type { I18nText, Lang } from "../core/types";
import { templates } from "../i18n";

/** Message templates of the custom functions, by id. */
export const MESSAGES = {
  // A line of the table the engine could not use: the catalogue's texts of the engine's diagnostics
  // (src/core/diagnostics.ts), without the tail saying the line is left out.
  amount_unreadable: templates("amount_unreadable"),
  amount_empty: templates("amount_empty"),
  amount_error_cell: templates("amount_error_cell"),
  direction_unreadable: templates("direction_unreadable"),
  date_unreadable: templates("date_unreadable"),
  date_empty: templates("date_empty"),
  date_error_cell: templates("date_error_cell"),
  more_rows: {
    fr: "{message} (et {count} autre(s) ligne(s) en erreur)",
    en: "{message} (and {count} more row(s) in error)",
  },

  missing_column: {
    fr: "colonne obligatoire absente : {columns} ; en-têtes trouvés : {headers}",
    en: "required column missing: {columns}; headers found: {headers}",
  },

  // Arguments.
  not_a_table: {
    fr: "l'argument {arg} doit être une plage avec sa ligne d'en-têtes (ex. A1:H5000)",
    en: "the {arg} argument must be a range with its header row (e.g. A1:H5000)",
  },
  arg_error: {
    fr: "l'argument {arg} contient l'erreur {value}",
    en: "the {arg} argument holds the error {value}",
  },
  unknown_field: {
    fr: "champ inconnu « {field} » : ni un en-tête du tableau ({headers}) ni un champ ({fields})",
    en: 'unknown field "{field}": neither a header of the table ({headers}) nor a field ({fields})',
  },
  field_not_in_table: {
    fr: "le champ « {field} » n'a pas de colonne dans ce tableau ; en-têtes trouvés : {headers}",
    en: 'the field "{field}" has no column in this table; headers found: {headers}',
  },
  field_required: {
    fr: 'préciser le champ : un en-tête du tableau (ex. "Commercial") ou un champ (ex. "segment")',
    en: 'name the field: a header of the table (e.g. "Salesperson") or a field (e.g. "segment")',
  },
  value_without_field: {
    fr: 'une valeur « {value} » est donnée sans champ : préciser le champ (ex. "segment")',
    en: 'a value "{value}" is given without a field: name the field (e.g. "segment")',
  },
  field_without_value: {
    fr: "le champ « {field} » est donné sans valeur : préciser la valeur cherchée",
    en: 'the field "{field}" is given without a value: give the value to look for',
  },
  bad_variation_kind: {
    fr: "type de variation inconnu « {value} » : MOM (vs M-1) ou YOY (vs N-12)",
    en: 'unknown variation type "{value}": MOM (vs M-1) or YOY (vs N-12)',
  },
  bad_count: {
    fr: "le nombre de valeurs doit être un entier positif, pas « {value} »",
    en: 'the number of values must be a positive whole number, not "{value}"',
  },
  bad_threshold: {
    fr: "seuil de baisse illisible « {value} » (ex. 15 %, 0,15 ou -0,15)",
    en: 'unreadable fall threshold "{value}" (e.g. 15%, 0.15 or -0.15)',
  },
  bad_months: {
    fr: "le nombre de mois doit être un entier positif, pas « {value} »",
    en: 'the number of months must be a positive whole number, not "{value}"',
  },
  bad_text: {
    fr: "l'argument {arg} doit être un texte, pas « {value} »",
    en: 'the {arg} argument must be text, not "{value}"',
  },
  net_unreadable: {
    fr: "montant illisible « {value} » (argument {arg}, valeur n° {index})",
    en: 'unreadable amount "{value}" (argument {arg}, value #{index})',
  },
  internal: {
    fr: "erreur interne : {message}",
    en: "internal error: {message}",
  },

  // Answers that are not errors.
  no_rows: {
    fr: "aucune ligne comptée dans le CA OP{where}",
    en: "no line counted in CA OP{where}",
  },
  no_alerts: { fr: "Aucune alerte", en: "No alerts" },
  not_available: { fr: "n/d", en: "n/a" },
  alert_text: {
    fr: "{months} mois de baisse > {threshold} % ({variations})",
    en: "{months} months down > {threshold}% ({variations})",
  },
  not_revenue: {
    fr: "compte {account} hors classe 7 : pas du chiffre d'affaires, ignoré",
    en: "account {account} outside class 7: not revenue, ignored",
  },
  empty_line: {
    fr: "ligne vide : ni compte, ni libellé, ni nature à classer",
    en: "empty line: no account, label or type to classify",
  },
  blank_value: { fr: "(non renseigné)", en: "(blank)" },
  none: { fr: "(aucun)", en: "(none)" },
} as const satisfies Record<string, I18nText>;

export type MessageId = keyof typeof MESSAGES;

/** Names of the arguments, as messages quote them. */
export const ARG_NAMES = {
  table: { fr: "tableau", en: "table" },
  period: { fr: "période", en: "period" },
  field: { fr: "champ", en: "field" },
  value: { fr: "valeur", en: "value" },
  kind: { fr: "type", en: "type" },
  n: { fr: "n", en: "n" },
  threshold: { fr: "seuil", en: "threshold" },
  months: { fr: "mois", en: "months" },
  account: { fr: "compte", en: "account" },
  label: { fr: "libellé", en: "label" },
  sales: { fr: "ventes", en: "sales" },
  discounts: { fr: "remises", en: "discounts" },
  rebates: { fr: "rabais", en: "rebates" },
  returns: { fr: "retours", en: "returns" },
} as const satisfies Record<string, I18nText>;

export type ArgName = keyof typeof ARG_NAMES;

/** A template argument: the same text in both languages, or one text per language. */
export type MessageArg = string | number | I18nText;
export type MessageArgs = Readonly<Record<string, MessageArg>>;

/** Fills one template with its arguments in one language. */
export function fill(template: string, args: MessageArgs, lang: Lang): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => {
    const a = args[k];
    if (a === undefined) return m;
    return typeof a === "object" ? a[lang] : String(a);
  });
}

/** A message in both languages. */
export function message(id: MessageId, args: MessageArgs = {}): I18nText {
  const t = MESSAGES[id];
  return { fr: fill(t.fr, args, "fr"), en: fill(t.en, args, "en") };
}

/** A message in one language. */
export function say(lang: Lang, id: MessageId, args: MessageArgs = {}): string {
  return fill(MESSAGES[id][lang], args, lang);
}
