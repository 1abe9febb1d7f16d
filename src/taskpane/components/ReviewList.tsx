/**
 * The lines "à vérifier" with one-click decisions (count in CA OP, or exclude for a reason), and the
 * manual decisions already taken, each of which can be withdrawn.
 */
import { Button, Menu, MenuItem, MenuList, MenuPopover, MenuTrigger } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { scopeLabel, sourceLabel } from "../../core/labels";
import type { Lang } from "../../core/types";
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
}): JSX.Element {
  const { t, lang } = useI18n();
  const s = usePaneStyles();
  return (
    <ul className={s.cards} aria-labelledby={props.labelledBy}>
      {props.lines.map((l) => (
        <li key={l.index} className={s.card} data-testid={`${props.testid}-${l.row}`}>
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

/** Lines to review, a page at a time, each with "Compter en OP" and an "Exclure…" menu. */
export function ReviewList({ session }: { session: Session }): JSX.Element | null {
  const st = useSessionState(session);
  const { t, lang } = useI18n();
  const s = usePaneStyles();
  const [shown, setShown] = useState(PAGE);
  const result = st.result;
  const all = useMemo(() => (result ? linesToReview(result) : []), [result]);
  if (!result) return null;
  const lines = all.slice(0, shown).map((i) => reviewLine(result, i));
  const busy = st.busy !== null;
  return (
    <section className={s.section} aria-labelledby="review-title" data-testid="review">
      <h3 id="review-title" className={s.subheading}>
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
            actions={(l) => (
              <div className={s.actions}>
                <Button
                  size="small"
                  disabled={busy}
                  onClick={() => void session.decide(l.index, { scope: "op" })}
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
                    <MenuList>
                      {EXCLUDED_REASONS.map((r) => (
                        <MenuItem
                          key={r}
                          onClick={() => void session.decide(l.index, { scope: r })}
                          data-testid={`exclude-${r}`}
                        >
                          {t.tagging.excludeAs(scopeLabel(r, lang))}
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
export function DecidedList({ session }: { session: Session }): JSX.Element | null {
  const st = useSessionState(session);
  const { t, lang } = useI18n();
  const s = usePaneStyles();
  const result = st.result;
  const idx = useMemo(() => (result ? decidedLines(result) : []), [result]);
  if (!result) return null;
  if (idx.length === 0) return null;
  const lines = idx.slice(0, 200).map((i) => reviewLine(result, i));
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
        actions={(l) => (
          <div className={s.actions}>
            <Button
              size="small"
              disabled={st.busy !== null}
              onClick={() => void session.undecide(l.index)}
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
