/**
 * Labels that name a month alone ("Janvier", "févr. 2025", "March 2025", "sept.-25"): a hand-kept
 * sheet's month subtotals write them in the label, client or date column (dated-totals.ts).
 */

/** A month alone, with or without its year: "Janvier", "févr. 2025", "March 2025", "sept.-25". */
const MONTH_LABEL =
  /^\s*(?:janv(?:ier)?|f[ée]vr?(?:ier)?|mars|avr(?:il)?|mai|juin|juil(?:let)?|ao[uû]t|sept(?:embre)?|oct(?:obre)?|nov(?:embre)?|d[ée]c(?:embre)?|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:tember)?|october|november|december)\.?(?:[\s\-/']*(?:\d{4}|\d{2}))?\s*$/i;

/** Whether a text may name a month alone: short, starting with a month's initial (one test per line). */
function mayBeMonth(v: string): boolean {
  if (v.length > 20) return false;
  let i = 0;
  while (v.charCodeAt(i) === 32) i++;
  const a = v.charCodeAt(i) | 0x20;
  // j f m a s o n d
  return (
    a === 0x6a ||
    a === 0x66 ||
    a === 0x6d ||
    a === 0x61 ||
    a === 0x73 ||
    a === 0x6f ||
    a === 0x6e ||
    a === 0x64
  );
}

/** Whether a label names a month alone (MONTH_LABEL). */
export function isMonthLabel(v: string): boolean {
  return mayBeMonth(v) && MONTH_LABEL.test(v);
}

/** A month in digits with its four-digit year, either first: "01/2025", "1-2025", "01.2025", "2025-01", "2025/01". */
const NUMERIC_MONTH =
  /^\s*(?:(?:0?[1-9]|1[0-2])\s*[/.-]\s*(?:19|20)\d{2}|(?:19|20)\d{2}\s*[/.-]\s*(?:0?[1-9]|1[0-2]))\s*$/;

/** Whether a text is a month in digits with its year ("01/2025", "2025-01"): a balance by month's column header. */
export function isNumericMonth(v: string): boolean {
  return v.length <= 12 && NUMERIC_MONTH.test(v);
}
