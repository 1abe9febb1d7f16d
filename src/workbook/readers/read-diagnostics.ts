/**
 * Diagnostics of the file readers as data: code, severity and French/English templates
 * ({row}, {column}, {value} and named args are filled by core `diag`).
 */
import { cellText } from "../../core/cells";
import { diag } from "../../core/diagnostics";
import type { CellValue, Diagnostic, Severity } from "../../core/types";

export const READ_DIAG = {
  encoding: {
    code: "encoding",
    severity: "info",
    fr: "fichier lu en {encoding} (ce n'est pas de l'UTF-8)",
    en: "file read as {encoding} (it is not UTF-8)",
  },
  unterminatedQuote: {
    code: "unterminated_quote",
    severity: "warning",
    fr: "ligne {row} : guillemet ouvert jamais refermé ; la fin du fichier a été lue comme une seule valeur",
    en: "row {row}: a quote is never closed; the rest of the file was read as one value",
  },
  straySeparatorFixed: {
    code: "stray_separator",
    severity: "warning",
    fr: "ligne {row} : séparateur « {sep} » dans la valeur de « {column} » ; valeur reconstituée « {fixed} »",
    en: 'row {row}: separator "{sep}" inside the value of "{column}"; value rebuilt as "{fixed}"',
  },
  straySeparatorUnusable: {
    code: "stray_separator",
    severity: "error",
    fr: "ligne {row} : {count} champs au lieu de {expected} (séparateur « {sep} » en trop dans un libellé ?) ; ligne inutilisable, à corriger dans le fichier",
    en: 'row {row}: {count} fields instead of {expected} (stray "{sep}" inside a label?); line unusable, fix it in the file',
  },
  straySeparatorUnusableAmount: {
    code: "stray_separator",
    severity: "error",
    fr: "ligne {row} : {count} champs au lieu de {expected} (séparateur « {sep} » en trop dans un libellé ?) ; ligne inutilisable, montant {amount} compté dans les lignes ignorées ; à corriger dans le fichier",
    en: 'row {row}: {count} fields instead of {expected} (stray "{sep}" inside a label?); line unusable, amount {amount} counted in the ignored lines; fix it in the file',
  },
  missingFields: {
    code: "missing_fields",
    severity: "error",
    fr: "ligne {row} : {count} champs au lieu de {expected} ; ligne inutilisable, à corriger dans le fichier",
    en: "row {row}: {count} fields instead of {expected}; line unusable, fix it in the file",
  },
  formulaWithoutValue: {
    code: "formula_without_value",
    severity: "warning",
    fr: "ligne {row} : la formule de la colonne « {column} » n'a pas de valeur calculée (classeur jamais recalculé) ; cellule lue vide",
    en: 'row {row}: the formula in column "{column}" has no computed value (workbook never recalculated); cell read as empty',
  },
  encodingMismatch: {
    code: "encoding_mismatch",
    severity: "warning",
    fr: "fichier lu en {encoding} d'après son début, mais des octets plus loin (octet {offset}) ne sont pas du {encoding} : des caractères accentués peuvent y être mal lus ; réenregistrer le fichier en UTF-8",
    en: "file read as {encoding} from its beginning, but bytes further on (byte {offset}) are not {encoding}: accented characters there may be misread; save the file as UTF-8",
  },
  aboveHeader: {
    code: "above_header",
    severity: "info",
    fr: "lignes {first} à {last} au-dessus des en-têtes (ligne {row}) lues comme titre, pas comme données : « {value} »",
    en: 'rows {first} to {last} above the headers (row {row}) read as a title, not data: "{value}"',
  },
} as const satisfies Record<string, { code: string; severity: Severity; fr: string; en: string }>;

/** The info diagnostic for title/notes rows found above the header row (their text, shortened). */
export function aboveHeader(
  rows: readonly (readonly CellValue[])[],
  first: number,
  headerRow: number,
): Diagnostic {
  const text = rows
    .map((r) =>
      r
        .map((c) => cellText(c).trim())
        .filter((t) => t !== "")
        .join(" "),
    )
    .filter((t) => t !== "")
    .join(" / ");
  return diag(READ_DIAG.aboveHeader, {
    row: headerRow,
    column: "",
    value: text.length > 120 ? `${text.slice(0, 117)}...` : text,
    args: { first, last: headerRow - 1 },
  });
}
