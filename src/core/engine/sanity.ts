/**
 * Sign sanity (SPEC 2.2): a negative CA OP for the file or for a month, or sale lines mostly
 * negative (or debits), is most likely an export whose sign convention is the reverse of the one
 * read. The figure is never flipped silently: one `sign_convention` warning names the likely
 * convention and how to change it. Called once per result: by `compute`, and by `computeChunks`
 * on the merged result (the chunks' own warnings are dropped there).
 */
import { diag, DIAG } from "../diagnostics";
import { toDecimalString } from "../money";
import type { Diagnostic } from "../types";
import type { EngineResult } from "./result";

/** What looks wrong, in French and English, or null when the signs look right. */
function symptoms(r: EngineResult): { fr: string; en: string; value: string } | null {
  const fr: string[] = [];
  const en: string[] = [];
  const caop = r.totals.caop;
  if (caop.isNegative() && !caop.isZero()) {
    fr.push(`CA OP négatif (${toDecimalString(caop)})`);
    en.push(`negative CA OP (${toDecimalString(caop)})`);
  }
  const months = r.months.filter((m) => m.totals.caop.isNegative() && !m.totals.caop.isZero());
  if (months.length > 0) {
    const list = months
      .slice(0, 3)
      .map((m) => m.period)
      .join(", ");
    const more = months.length > 3 ? ` (+${months.length - 3})` : "";
    fr.push(`CA OP négatif en ${list}${more}`);
    en.push(`negative CA OP in ${list}${more}`);
  }
  const s = r.saleSigns;
  if (s && s.negative > s.positive) {
    const total = s.negative + s.positive;
    const debit = r.mappingInfo.layout === "debit_credit" || r.mappingInfo.layout === "amount_direction";
    fr.push(`${s.negative} ligne(s) de vente sur ${total} ${debit ? "au débit" : "négatives"}`);
    en.push(`${s.negative} of ${total} sale line(s) ${debit ? "are debits" : "are negative"}`);
  }
  if (fr.length === 0) return null;
  return { fr: fr.join(" ; "), en: en.join("; "), value: toDecimalString(caop) };
}

/** The sign_convention warning of a result, or null when its signs look right. */
export function signSanity(r: EngineResult): Diagnostic | null {
  const found = symptoms(r);
  if (found === null) return null;
  const map = r.mapping;
  const header = (c: number | undefined): string => (c === undefined ? "" : (r.table.headers[c] ?? ""));
  const args = { what: found.fr, whatEn: found.en };
  if (r.mappingInfo.layout === "debit_credit") {
    const debit = header(map.debit);
    const credit = header(map.credit);
    return diag(DIAG.signConventionDebitCredit, {
      row: 0,
      column: `${debit} / ${credit}`,
      value: found.value,
      args: { ...args, debit, credit },
    });
  }
  return diag(DIAG.signConvention, {
    row: 0,
    column: header(map.amount ?? map.net_amount),
    value: found.value,
    args,
  });
}

/** The result with its one sign_convention warning (any earlier one, e.g. from chunks, replaced). */
export function withSignSanity(r: EngineResult): EngineResult {
  const code = DIAG.signConvention.code;
  const kept = r.diagnostics.some((d) => d.code === code)
    ? r.diagnostics.filter((d) => d.code !== code)
    : null;
  const diagnostics = kept ?? r.diagnostics;
  const w = signSanity(r);
  if (w !== null) diagnostics.push(w);
  return diagnostics === r.diagnostics ? r : { ...r, diagnostics };
}
