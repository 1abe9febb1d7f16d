/** What a label's keywords say, with an adaptive cache (labels can be unique per row). */
import { BoundedCache } from "../cache";
import { SERVICE_NOUN_BODIES, SERVICE_NOUNS } from "../rules";
import { wordsOf, type PhraseHit, type PhraseIndex } from "../text";
import { NO_LABEL, type Hit, type KeywordHit, type LabelMatch, type OverrideHit } from "./decisions";

const LABEL_CACHE_SIZE = 50_000;
/** Label cache sampling: misses per sample, lookups without cache after a poor sample. */
const LABEL_SAMPLE = 4_096;
const LABEL_BYPASS = 65_536;

/** What a label's keywords say (no cache); keywords inside an exception phrase of their rule do not count. */
export function scanLabel(labelIndex: PhraseIndex<Hit>, raw: string): LabelMatch {
  const words = wordsOf(raw);
  const found = withoutExceptions(labelIndex.findAll(words));
  const hits = aboutService(words) ? found.filter((h) => !excludedReason(h.value)) : found;
  if (hits.length === 0) return NO_LABEL;
  const first = hits[0].value;
  if (hits.length === 1 && first.type === "keyword" && first.alone !== null) return first.alone;
  let scope: KeywordHit | null = null;
  let kind: KeywordHit | null = null;
  let deduction: KeywordHit | null = null;
  const overrides: OverrideHit[] = [];
  for (const { value: h } of hits) {
    if (h.type === "exception") continue;
    if (h.type === "override") {
      overrides.push(h);
      continue;
    }
    if (h.scope !== null && (scope === null || h.order < scope.order)) scope = h;
    if (h.kind !== null && (kind === null || h.order < kind.order)) kind = h;
    if (h.kind !== null && h.kind.kind !== "sale" && (deduction === null || h.order < deduction.order)) {
      deduction = h;
    }
  }
  return { scope, kind, deduction, overrides };
}

const SERVICES: ReadonlySet<string> = new Set(SERVICE_NOUNS);
const BODIES: ReadonlySet<string> = new Set(SERVICE_NOUN_BODIES);

/** Whether a label starts with a service sold about what follows (SERVICE_NOUNS), not a public body's name. */
function aboutService(words: readonly string[]): boolean {
  return words.length > 1 && SERVICES.has(words[0]) && !BODIES.has(`${words[0]} ${words[1]}`);
}

/** Whether a hit is a keyword of an excluded reason (its scope not operational, no deduction kind). */
function excludedReason(h: Hit): boolean {
  return h.type === "keyword" && h.scope !== null && h.scope.scope !== "op" && h.kind === null;
}

/**
 * The hits that count: a rule's keyword lying inside one of that rule's exception phrases ("retour"
 * in "retour d'expérience") is dropped, and so are the exception hits themselves.
 */
function withoutExceptions(hits: PhraseHit<Hit>[]): PhraseHit<Hit>[] {
  const spans: { order: number; start: number; end: number }[] = [];
  for (const h of hits) {
    if (h.value.type === "exception") spans.push({ order: h.value.order, start: h.start, end: h.end });
  }
  if (spans.length === 0) return hits;
  return hits.filter(
    ({ value, start, end }) =>
      value.type === "override" ||
      (value.type === "keyword" &&
        !spans.some((s) => s.order === value.order && s.start <= start && end <= s.end)),
  );
}

/**
 * Label matches memoised adaptively: labels unique per row (invoice numbers) would only churn the
 * cache, so when fewer than half of a sample of lookups hit, it is bypassed for a while, then sampled again.
 */
export class LabelMatcher {
  private readonly cache = new BoundedCache<string, LabelMatch>(LABEL_CACHE_SIZE);
  private hits = 0;
  private misses = 0;
  private bypass = 0;

  constructor(private readonly labelIndex: PhraseIndex<Hit>) {}

  /** What the label says; NO_LABEL for no label. */
  match(raw: string | undefined): LabelMatch {
    if (raw === undefined || raw === "") return NO_LABEL;
    if (this.bypass > 0) {
      this.bypass--;
      return scanLabel(this.labelIndex, raw);
    }
    let match = this.cache.get(raw);
    if (match !== undefined) {
      this.hits++;
      return match;
    }
    match = scanLabel(this.labelIndex, raw);
    this.cache.set(raw, match);
    if (++this.misses >= LABEL_SAMPLE) {
      if (this.hits < this.misses) this.bypass = LABEL_BYPASS;
      this.hits = 0;
      this.misses = 0;
    }
    return match;
  }
}
