/**
 * The lines "à vérifier" with one-click decisions (count in CA OP, or exclude for a reason), and the
 * manual decisions already taken, each of which can be withdrawn.
 */
import { Button, Menu, MenuItem, MenuList, MenuPopover, MenuTrigger } from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState, type RefObject } from "react";
import { scopeLabel, sourceLabel } from "../../core/labels";
import type { Lang, ManualDecision } from "../../core/types";
import { EXCLUDED_REASONS } from "../../core/types";
import { useI18n } from "../i18n";
import { formatCount, formatMoney } from "../logic/format";
import { decidedLines, linesToReview, reviewLine, type ReviewLine } from "../logic/review";
import type { Session } from "../logic/session";
import { usePaneStyles } from "./styles";
import { useSessionState } from "./useSession";

const PAGE = 25;

/** The reason in words; a manual decision reads "Décision manuelle → Cession d'actif". */
function reasonText(l: ReviewLine, lang: Lang): string {
  const c = l.classification;
  return c.source === "manual"
    ? `${sourceLabel("manual", lang)} → ${scopeLabel(c.scope, lang)}`
    : c.reason[lang];
}

/** The lines of a list as cards (a narrow pane has no room for a wide table): row, date, account, amount, label, reason, actions. */
function LineCards(props: {
  lines: ReviewLine[];
  currency: string;
  actions: (l: ReviewLine) => JSX.Element;
  testid: string;
  labelledBy: string;
  listRef: RefObject<HTMLUListElement>;
}): JSX.Element {
  const { t, lang } = useI18n();
  const s = usePaneStyles();
  return (
    <ul className={s.cards} aria-labelledby={props.labelledBy} ref={props.listRef}>
      {props.lines.map((l) => (
        <li key={l.index} className={s.card} tabIndex={-1} data-testid={`${props.testid}-${l.row}`}>
          <div className={s.cardHead}>
            <span>
              <strong>
                {t.tagging.row} {l.row}
              </strong>
              {[l.date, l.account].filter((x) => x !== "").map((x) => ` · ${x}`)}
            </span>
            <span className={s.number}>{formatMoney(l.amount, lang, props.currency)}</span>
          </div>
          <div>{l.label}</div>
          <div className={s.muted}>{reasonText(l, lang)}</div>
          {props.actions(l)}
        </li>
      ))}
    </ul>
  );
}

/** Where focus goes after a decision: the card now at `pos` in a list (the next one), and what to say. */
interface FocusRequest {
  list: "review" | "decided";
  pos: number;
  text: string;
}

/** Focus and announcement after a decision; the lists call `after` once the decision is applied. */
interface DecisionFocus {
  reviewRef: RefObject<HTMLUListElement>;
  decidedRef: RefObject<HTMLUListElement>;
  headingRef: RefObject<HTMLHeadingElement>;
  after: (request: FocusRequest) => void;
}

/**
 * The lines to review and the decisions taken, with focus kept where the user works: after
 * "Compter en OP", "Exclure" or "Annuler la décision" the next card gets focus (the list's heading
 * when none is left), and a live region says what happened.
 */
export function ReviewLists({ session }: { session: Session }): JSX.Element {
  const s = usePaneStyles();
  const reviewRef = useRef<HTMLUListElement>(null);
  const decidedRef = useRef<HTMLUListElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [request, setRequest] = useState<(FocusRequest & { n: number }) | null>(null);
  useEffect(() => {
    if (!request) return;
    const cards = (ref: RefObject<HTMLUListElement>): HTMLElement[] =>
      Array.from(ref.current?.children ?? []) as HTMLElement[];
    const own = cards(request.list === "review" ? reviewRef : decidedRef);
    const target = own[request.pos] ?? own[own.length - 1] ?? cards(reviewRef)[0] ?? headingRef.current;
    target?.focus();
  }, [request]);
  const focus: DecisionFocus = {
    reviewRef,
    decidedRef,
    headingRef,
    after: (r) => setRequest((old) => ({ ...r, n: (old?.n ?? 0) + 1 })),
  };
  return (
    <>
      <ReviewList session={session} focus={focus} />
      <DecidedList session={session} focus={focus} />
      <p className={s.caption} role="status" aria-live="polite" data-testid="review-announce">
        {request?.text ?? ""}
      </p>
    </>
  );
}

/** Lines to review, a page at a time, each with "Compter en OP" and an "Exclure…" menu. */
export function ReviewList({
  session,
  focus,
}: {
  session: Session;
  focus: DecisionFocus;
}): JSX.Element | null {
  const st = useSessionState(session);
  const { t, lang } = useI18n();
  const s = usePaneStyles();
  const [shown, setShown] = useState(PAGE);
  const result = st.result;
  const all = useMemo(() => (result ? linesToReview(result) : []), [result]);
  if (!result) return null;
  const lines = all.slice(0, shown).map((i) => reviewLine(result, i));
  const busy = st.busy !== null;
  const decide = async (l: ReviewLine, pos: number, d: ManualDecision): Promise<void> => {
    await session.decide(l.index, d);
    const what =
      d.scope === "op" ? t.tagging.announceCountedOp : t.tagging.announceExcluded(scopeLabel(d.scope, lang));
    const left = session.getState().result;
    const n = left ? linesToReview(left).length : 0;
    focus.after({
      list: "review",
      pos,
      text: t.tagging.announceDecided(l.row, what, n, formatCount(n, lang)),
    });
  };
  return (
    <section className={s.section} aria-labelledby="review-title" data-testid="review">
      <h3 id="review-title" className={s.subheading} tabIndex={-1} ref={focus.headingRef}>
        {t.tagging.reviewTitle(formatCount(all.length, lang))}
      </h3>
      {all.length === 0 ? (
        <p className={s.muted}>{t.tagging.reviewEmpty}</p>
      ) : (
        <>
          <p className={s.intro}>{t.tagging.reviewIntro}</p>
          <LineCards
            labelledBy="review-title"
            lines={lines}
            currency={result.currency}
            testid="review-row"
            listRef={focus.reviewRef}
            actions={(l) => (
              <div className={s.actions}>
                <Button
                  size="small"
                  disabled={busy}
                  onClick={() => void decide(l, lines.indexOf(l), { scope: "op" })}
                  aria-label={`${t.tagging.countOp} — ${t.tagging.decisionFor(l.row)}`}
                  data-testid={`decide-op-${l.row}`}
                >
                  {t.tagging.countOp}
                </Button>
                <Menu>
                  <MenuTrigger disableButtonEnhancement>
                    <Button
                      size="small"
                      disabled={busy}
                      aria-label={`${t.tagging.exclude} — ${t.tagging.decisionFor(l.row)}`}
                      data-testid={`decide-exclude-${l.row}`}
                    >
                      {t.tagging.exclude}
                    </Button>
                  </MenuTrigger>
                  <MenuPopover>
                    <MenuList aria-label={t.tagging.exclude}>
                      {EXCLUDED_REASONS.map((r) => (
                        <MenuItem
                          key={r}
                          onClick={() => void decide(l, lines.indexOf(l), { scope: r })}
                          data-testid={`exclude-${r}`}
                        >
                          {scopeLabel(r, lang)}
                        </MenuItem>
                      ))}
                    </MenuList>
                  </MenuPopover>
                </Menu>
              </div>
            )}
          />
          {all.length > shown && (
            <div className={s.actions}>
              <Button appearance="subtle" onClick={() => setShown(shown + PAGE)}>
                {t.tagging.showMore(formatCount(Math.min(PAGE, all.length - shown), lang))}
              </Button>
            </div>
          )}
        </>
      )}
    </section>
  );
}

/** Lines decided by hand, each with "Annuler la décision". */
export function DecidedList({
  session,
  focus,
}: {
  session: Session;
  focus: DecisionFocus;
}): JSX.Element | null {
  const st = useSessionState(session);
  const { t, lang } = useI18n();
  const s = usePaneStyles();
  const result = st.result;
  const idx = useMemo(() => (result ? decidedLines(result) : []), [result]);
  if (!result) return null;
  if (idx.length === 0) return null;
  const lines = idx.slice(0, 200).map((i) => reviewLine(result, i));
  const undo = async (l: ReviewLine, pos: number): Promise<void> => {
    await session.undecide(l.index);
    focus.after({ list: "decided", pos, text: t.tagging.announceUndone(l.row) });
  };
  return (
    <section className={s.section} aria-labelledby="decided-title" data-testid="decided">
      <h3 id="decided-title" className={s.subheading}>
        {t.tagging.decisionsTitle(formatCount(idx.length, lang))}
      </h3>
      <LineCards
        labelledBy="decided-title"
        lines={lines}
        currency={result.currency}
        testid="decided-row"
        listRef={focus.decidedRef}
        actions={(l) => (
          <div className={s.actions}>
            <Button
              size="small"
              disabled={st.busy !== null}
              onClick={() => void undo(l, lines.indexOf(l))}
              aria-label={`${t.tagging.undo} — ${t.tagging.decisionFor(l.row)}`}
              data-testid={`undo-${l.row}`}
            >
              {t.tagging.undo}
            </Button>
          </div>
        )}
      />
    </section>
  );
}
