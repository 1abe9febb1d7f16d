/**
 * Names users read for kinds, scopes, excluded reasons and decision sources, in French and English.
 * Tables only: the task pane, the dashboard, the CLI and the classifier's reasons all read them.
 */
import type { DecisionSource, I18nText, Kind, Lang, Scope } from "./types";

/** Kind of a line (sale or a deduction of the CA OP formula). */
export const KIND_LABELS: Readonly<Record<Kind, I18nText>> = {
  sale: { fr: "Vente", en: "Sale" },
  discount: { fr: "Remise", en: "Discount" },
  rebate: { fr: "Rabais / ristourne", en: "Rebate" },
  return: { fr: "Retour / annulation", en: "Return / cancellation" },
};

/** Scope of a line: in CA OP, excluded for a reason (SPEC 2 table), or counted but to be checked. */
export const SCOPE_LABELS: Readonly<Record<Scope, I18nText>> = {
  op: { fr: "OP", en: "OP" },
  asset_disposal: { fr: "Cession d'actif", en: "Asset disposal" },
  subsidy: { fr: "Subvention / indemnité", en: "Subsidy / indemnity" },
  financial: { fr: "Produit financier", en: "Financial income" },
  exceptional: { fr: "Exceptionnel", en: "Exceptional" },
  tax_credit: { fr: "Crédit d'impôt", en: "Tax credit" },
  non_core: { fr: "Hors cœur de métier", en: "Non-core" },
  to_review: { fr: "À vérifier", en: "To review" },
};

/** Which step of the SPEC 2.1 precedence decided a line. */
export const SOURCE_LABELS: Readonly<Record<DecisionSource, I18nText>> = {
  manual: { fr: "Décision manuelle", en: "Manual decision" },
  op_flag: { fr: "Colonne OP", en: "OP column" },
  kind_column: { fr: "Colonne nature", en: "Type column" },
  account: { fr: "Compte", en: "Account" },
  label: { fr: "Libellé", en: "Label" },
  default: { fr: "Par défaut", en: "Default" },
};

/** Chart of accounts a rule belongs to (pre-2025 PCG, 2025 reform ANC 2022-06, or both). */
export const PLAN_LABELS: Readonly<Record<"both" | "pre2025" | "pcg2025", I18nText>> = {
  both: { fr: "PCG (avant et depuis 2025)", en: "French GAAP chart (before and since 2025)" },
  pre2025: { fr: "PCG avant 2025", en: "French GAAP chart before 2025" },
  pcg2025: { fr: "PCG 2025 (règlement ANC 2022-06)", en: "2025 French GAAP chart (ANC regulation 2022-06)" },
};

/** Name of a scope in one language ("Cession d'actif", "To review"). */
export function scopeLabel(scope: Scope, lang: Lang): string {
  return SCOPE_LABELS[scope][lang];
}

/** Name of a kind in one language ("Remise", "Rebate"). */
export function kindLabel(kind: Kind, lang: Lang): string {
  return KIND_LABELS[kind][lang];
}

/** Name of a decision source in one language ("Compte", "Label"). */
export function sourceLabel(source: DecisionSource, lang: Lang): string {
  return SOURCE_LABELS[source][lang];
}

/**
 * A label as it reads inside a sentence: first letter lower-cased unless the word is an acronym.
 * @example inSentence("Cession d'actif") //=> "cession d'actif"; inSentence("OP") //=> "OP"
 */
export function inSentence(label: string): string {
  if (label.length > 1 && label[1] === label[1].toUpperCase() && label[1] !== label[1].toLowerCase()) {
    return label;
  }
  return label.charAt(0).toLowerCase() + label.slice(1);
}
