/** SPEC 2.1 step 1: a manual decision overrides the rules (its kind defaults to the rules' kind). */
import { BoundedCache } from "../cache";
import type { Classification, Kind, Scope } from "../types";

/** Shared frozen classifications per scope|kind (few: scopes × kinds). */
const manualCache = new BoundedCache<string, Classification>(1_000);

/** The classification of a manual decision, shared per scope and kind. */
export function manualClassification(
  d: { scope: Scope; kind?: Kind; note?: string },
  auto: Classification | null,
): Classification {
  const kind = d.kind ?? auto?.kind ?? "sale";
  const cached = manualCache.get(`${d.scope}|${kind}`);
  if (cached) return cached;
  const c: Classification = Object.freeze({
    kind,
    scope: d.scope,
    source: "manual",
    ruleId: "manual",
    reason: { fr: `décision manuelle → ${d.scope}`, en: `manual decision → ${d.scope}` },
  });
  manualCache.set(`${d.scope}|${kind}`, c);
  return c;
}
