/**
 * Step 3: tag the lines (the product's columns beside the data), the summary by status with amounts,
 * the lines to review with one-click decisions, the manual decisions taken, and the rule editor.
 */
import { Button, Switch, TableCell, TableHeaderCell, TableRow } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { toDecimalString } from "../../core/money";
import { useI18n } from "../i18n";
import { formatCount, formatMoney } from "../logic/format";
import type { Session } from "../logic/session";
import { statusSummary } from "../logic/tagging";
import { StepHeading } from "./Heading";
import { ReviewLists } from "./ReviewList";
import { RuleEditor } from "./RuleEditor";
import { usePaneStyles } from "./styles";
import { TitledTable } from "./TitledTable";
import { useSessionState } from "./useSession";

export function TaggingStep({ session }: { session: Session }): JSX.Element {
  const st = useSessionState(session);
  const { t, lang } = useI18n();
  const s = usePaneStyles();
  const [rules, setRules] = useState(false);
  const result = st.result;
  const summary = useMemo(() => (result ? statusSummary(result) : []), [result]);
  if (!result || !st.settings) return <p>{st.computeError?.[lang] ?? t.loading}</p>;
  const rows = summary;
  const money = (d: Parameters<typeof formatMoney>[0]): string => formatMoney(d, lang, result.currency);
  return (
    <section className={s.section} aria-labelledby="step-tagging">
      <StepHeading id="step-tagging">{t.tagging.title}</StepHeading>
      <p className={s.intro}>{t.tagging.intro}</p>
      <Switch
        checked={st.settings.strict}
        onChange={(_e, d) => void session.setStrict(d.checked)}
        label={t.tagging.strict}
        disabled={st.busy !== null}
      />
      <Switch
        checked={st.settings.signs === "debit_positive"}
        onChange={(_e, d) => void session.setDebitPositive(d.checked)}
        label={t.tagging.debitPositive}
        disabled={st.busy !== null}
      />
      <div className={s.actions}>
        <Button
          appearance="primary"
          onClick={() => void session.tag()}
          disabled={st.busy !== null}
          data-testid="tag"
        >
          {st.tagged ? t.tagging.rerun : t.tagging.run}
        </Button>
      </div>
      <p>
        {t.tagging.caopTotal}{" "}
        <strong data-testid="caop-total" data-value={toDecimalString(result.totals.caop)}>
          {money(result.totals.caop)}
        </strong>
      </p>
      <TitledTable
        title={t.tagging.summary}
        testId="summary"
        head={
          <>
            <TableHeaderCell>{t.tagging.status}</TableHeaderCell>
            <TableHeaderCell className={s.number}>{t.tagging.lines}</TableHeaderCell>
            <TableHeaderCell className={s.number}>{t.tagging.amount}</TableHeaderCell>
          </>
        }
      >
        {rows.map((r) => (
          <TableRow
            key={r.key}
            className={r.role === "total" ? s.total : undefined}
            data-testid={`status-${r.key}`}
          >
            <TableCell>
              {r.role === "minus" ? "− " : ""}
              {r.label[lang]}
            </TableCell>
            <TableCell className={s.number}>{r.count === null ? "" : formatCount(r.count, lang)}</TableCell>
            <TableCell className={s.number}>
              {r.amount === null || (r.key === "ignored" && r.amount.isZero()) ? "" : money(r.amount)}
            </TableCell>
          </TableRow>
        ))}
      </TitledTable>
      <ReviewLists session={session} />
      <div className={s.actions}>
        <Button
          appearance="subtle"
          aria-expanded={rules}
          onClick={() => setRules(!rules)}
          data-testid="rules-toggle"
        >
          {rules ? t.rules.hide : t.rules.show}
        </Button>
      </div>
      {rules && <RuleEditor session={session} />}
      <div className={s.footer}>
        <Button onClick={() => session.go("dashboard")} data-testid="tagging-next">
          {t.next}
        </Button>
      </div>
    </section>
  );
}
