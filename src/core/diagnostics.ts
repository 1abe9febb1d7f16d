/**
 * Diagnostics as data: one table of codes with their French and English message templates.
 * A message always names the row, the column and the value the user sees.
 */
import type { Diagnostic, Severity } from "./types";

interface DiagSpec {
  code: string;
  severity: Severity;
  fr: string;
  en: string;
}

/** Templates: {row}, {column}, {value}, {amount} and any args are replaced; {s} is the plural mark of args.count. */
export const DIAG = {
  amountUnreadable: {
    code: "amount_unreadable",
    severity: "error",
    fr: "ligne {row} : montant illisible « {value} » (colonne « {column} »), ligne ignorée",
    en: 'row {row}: unreadable amount "{value}" (column "{column}"), line ignored',
  },
  amountEmpty: {
    code: "amount_empty",
    severity: "error",
    fr: "ligne {row} : montant vide (colonne « {column} »), ligne ignorée",
    en: 'row {row}: empty amount (column "{column}"), line ignored',
  },
  amountErrorCell: {
    code: "amount_error_cell",
    severity: "error",
    fr: "ligne {row} : la cellule montant contient l'erreur {value} (colonne « {column} »), ligne ignorée",
    en: 'row {row}: the amount cell holds the error {value} (column "{column}"), line ignored',
  },
  amountAmbiguous: {
    code: "amount_ambiguous",
    severity: "warning",
    fr: "ligne {row} : montant ambigu « {value} » (colonne « {column} ») lu selon le séparateur décimal du classeur",
    en: 'row {row}: ambiguous amount "{value}" (column "{column}") read with the workbook\'s decimal separator',
  },
  directionUnreadable: {
    code: "direction_unreadable",
    severity: "error",
    fr: "ligne {row} : sens illisible « {value} » (colonne « {column} », attendu D ou C), ligne ignorée",
    en: 'row {row}: unreadable direction "{value}" (column "{column}", expected D or C), line ignored',
  },
  netMismatch: {
    code: "net_mismatch",
    severity: "warning",
    fr: "ligne {row} : montant net « {value} » (colonne « {column} ») différent de brut − remises = {expected}",
    en: 'row {row}: net amount "{value}" (column "{column}") differs from gross − deductions = {expected}',
  },
  dateUnreadable: {
    code: "date_unreadable",
    severity: "error",
    fr: "ligne {row} : date illisible « {value} » (colonne « {column} »), ligne ignorée (montant {amount})",
    en: 'row {row}: unreadable date "{value}" (column "{column}"), line ignored (amount {amount})',
  },
  dateEmpty: {
    code: "date_empty",
    severity: "error",
    fr: "ligne {row} : date vide (colonne « {column} »), ligne ignorée (montant {amount})",
    en: 'row {row}: empty date (column "{column}"), line ignored (amount {amount})',
  },
  dateErrorCell: {
    code: "date_error_cell",
    severity: "error",
    fr: "ligne {row} : la cellule date contient l'erreur {value} (colonne « {column} »), ligne ignorée (montant {amount})",
    en: 'row {row}: the date cell holds the error {value} (column "{column}"), line ignored (amount {amount})',
  },
  dateOrderLocale: {
    code: "date_order_locale",
    severity: "info",
    fr: "colonne « {column} » : les données ne permettent pas de savoir si les dates sont jj/mm ou mm/jj ; lues en {value} (réglage régional)",
    en: 'column "{column}": the data cannot tell whether dates are dd/mm or mm/dd; read as {orderEn} (locale setting)',
  },
  classErrorCell: {
    code: "class_error_cell",
    severity: "warning",
    fr: "ligne {row} : la cellule de la colonne « {column} » contient l'erreur {value} ; lue comme vide pour classer la ligne",
    en: 'row {row}: the cell in column "{column}" holds the error {value}; read as empty to classify the line',
  },
  opFlagUnknown: {
    code: "op_flag_unknown",
    severity: "warning",
    fr: "ligne {row} : valeur OP « {value} » (colonne « {column} ») ni oui ni non ; la ligne est classée par les règles suivantes",
    en: 'row {row}: OP value "{value}" (column "{column}") is neither yes nor no; the line is classified by the next rules',
  },
  duplicateHeader: {
    code: "duplicate_header",
    severity: "warning",
    fr: "en-tête « {column} » en double : la colonne n° {used} est utilisée, la colonne n° {value} est ignorée",
    en: 'header "{column}" appears twice: column {used} is used, column {value} is ignored',
  },
  notRevenue: {
    code: "not_revenue",
    severity: "info",
    fr: "{count} ligne{s} hors classe 7 (clients, TVA, banque, charges…) : pas du chiffre d'affaires, ignorée{s} (montant {amount})",
    en: "{count} line{s} outside class 7 (customers, VAT, bank, expenses…): not revenue, ignored (amount {amount})",
  },
  blankRows: {
    code: "blank_rows",
    severity: "info",
    fr: "{count} ligne{s} vide{s} ignorée{s}",
    en: "{count} blank row{s} ignored",
  },
} as const satisfies Record<string, DiagSpec>;

/** Builds a diagnostic from a template and the row, column, value (and amount) it is about. */
export function diag(
  spec: DiagSpec,
  at: { row: number; column: string; value: string; amount?: string; args?: Record<string, string | number> },
): Diagnostic {
  const fill = (t: string): string =>
    t.replace(/\{(\w+)\}/g, (_m, k: string) => {
      if (k === "row") return String(at.row);
      if (k === "column") return at.column;
      if (k === "value") return at.value;
      if (k === "amount") return at.amount ?? "";
      if (k === "s") return Number(at.args?.count ?? 0) > 1 ? "s" : "";
      const a = at.args?.[k];
      return a === undefined ? `{${k}}` : String(a);
    });
  const d: Diagnostic = {
    row: at.row,
    column: at.column,
    value: at.value,
    message: fill(spec.fr),
    messageEn: fill(spec.en),
    code: spec.code,
    severity: spec.severity,
  };
  if (at.amount !== undefined) d.amount = at.amount;
  return d;
}
