/**
 * The wording of classification reasons, FR and EN (« compte 706 → vente », "label contains
 * "remise" → discount"). Compilation (compile.ts) decides; this file only says it.
 */
import { inSentence, KIND_LABELS, SCOPE_LABELS } from "../labels";
import type { AccountRule } from "../rules";
import type { I18nText, Kind, Scope } from "../types";

/** Phrases reasons are built from, FR and EN. */
const WORDS = {
  account: { fr: "compte", en: "account" },
  labelHas: { fr: "libellé contient", en: "label contains" },
  nature: { fr: "nature", en: "type" },
  opColumn: { fr: "colonne OP =", en: "OP column =" },
  toCheck: { fr: "à contrôler", en: "to check" },
  unclassified: { fr: "non classé → à vérifier", en: "unclassified → to review" },
  headingUnclassified: {
    fr: "titre de rubrique, aucune règle ne le classe → à vérifier",
    en: "report heading, no rule classifies it → to review",
  },
  creditNote: { fr: "pièce d'avoir → retour", en: "credit-note document → return" },
} as const;

/** Reason of the kind a credit-note document gives (document-type column, SPEC 2.1). */
export const CREDIT_NOTE_REASON: I18nText = WORDS.creditNote;

/** Whether a line's kind was given by its credit-note document (its reason ends so), not by a word. */
export function kindFromCreditNote(reason: I18nText): boolean {
  return reason.en.endsWith(CREDIT_NOTE_REASON.en);
}

/** Reason of a line no step classified. */
export const UNCLASSIFIED_REASON: I18nText = WORDS.unclassified;

/** "cession d'actif", "remise", "OP": what a decision leads to, inside a reason. */
export function target(scope: Scope, kind?: Kind): I18nText {
  const label = scope === "op" && kind !== undefined ? KIND_LABELS[kind] : SCOPE_LABELS[scope];
  return { fr: inSentence(label.fr), en: inSentence(label.en) };
}

/** `fr`/`en` joined by a function of both (keeps reason builders one line each). */
function both(f: (lang: "fr" | "en") => string): I18nText {
  return { fr: f("fr"), en: f("en") };
}

/** A quoted value: « x » in French, "x" in English. */
function quote(lang: "fr" | "en", s: string): string {
  return lang === "fr" ? `« ${s} »` : `"${s}"`;
}

/** « libellé contient « remise » → remise ». */
export function keywordReason(display: string, to: I18nText): I18nText {
  return both((l) => `${WORDS.labelHas[l]} ${quote(l, display)} → ${to[l]}`);
}

/** « compte 706 → OP », with « , à contrôler (…) » for review rules and the meaning for to-review ones. */
export function accountScopeReason(rule: AccountRule): I18nText {
  const to = target(rule.scope, rule.scope === "op" ? undefined : rule.kind);
  const detail =
    rule.review === true
      ? both((l) => `, ${WORDS.toCheck[l]} (${inSentence(rule.meaning[l])})`)
      : rule.scope === "to_review"
        ? both((l) => ` (${inSentence(rule.meaning[l])})`)
        : { fr: "", en: "" };
  return both((l) => `${WORDS.account[l]} ${rule.prefix} → ${to[l]}${detail[l]}`);
}

/** « compte 709 → rabais ». */
export function accountKindReason(prefix: string, kind: Kind): I18nText {
  return both((l) => `${WORDS.account[l]} ${prefix} → ${target("op", kind)[l]}`);
}

/** « compte 74, libellé contient « CIR » → crédit d'impôt » (a label override or a 709 label kind). */
export function accountLabelReason(prefix: string, display: string, to: I18nText): I18nText {
  return both((l) => `${WORDS.account[l]} ${prefix}, ${WORDS.labelHas[l]} ${quote(l, display)} → ${to[l]}`);
}

/** « colonne OP = « Oui » → OP ». */
export function flagReason(shown: I18nText, to: I18nText): I18nText {
  return both((l) => `${WORDS.opColumn[l]} ${quote(l, shown[l])} → ${to[l]}`);
}

/** « nature « Avoir » → retour ». */
export function natureReason(shown: string, to: I18nText): I18nText {
  return both((l) => `${WORDS.nature[l]} ${quote(l, shown)} → ${to[l]}`);
}

/** « compte « Interest Earned » → produit financier » (an account written as a name). */
export function accountNameReason(shown: string, to: I18nText): I18nText {
  return both((l) => `${WORDS.account[l]} ${quote(l, shown)} → ${to[l]}`);
}

/** « compte « Design income » (titre de rubrique, aucune règle ne le classe → à vérifier) »: a heading's account no rule decides. */
export function headingAccountReason(shown: string): I18nText {
  return both((l) => `${WORDS.account[l]} ${quote(l, shown)} : ${WORDS.headingUnclassified[l]}`);
}

/** The scope's reason followed by the kind's: « … ; libellé contient « remise » → remise ». */
export function joinedReason(scope: I18nText, kind: I18nText): I18nText {
  return both((l) => `${scope[l]} ; ${kind[l]}`);
}
