/**
 * Step 5: the article's monthly checklist (ticked automatically where the data proves it, by hand
 * otherwise) and the quarterly quality-control sheet.
 */
import { Badge, Button, Checkbox, Field, Select } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { useI18n } from "../i18n";
import { CHECK_IDS, checklistMonth, checklistProofs } from "../logic/checklist";
import { longMonth } from "../logic/format";
import { formatCount } from "../logic/format";
import { quarters } from "../logic/periods";
import type { Session } from "../logic/session";
import { StepHeading } from "./Heading";
import { usePaneStyles } from "./styles";
import { useSessionState } from "./useSession";

export function ChecklistStep({ session }: { session: Session }): JSX.Element {
  const st = useSessionState(session);
  const { t, lang } = useI18n();
  const s = usePaneStyles();
  const fresh = st.dashboard !== null;
  // Computed once per result, not on every progress tick of a generation (they go over every line).
  const proofs = useMemo(
    () => checklistProofs({ result: st.result, tagged: st.tagged, dashboardFresh: fresh }),
    [st.result, st.tagged, fresh],
  );
  const qs = useMemo(() => (st.result ? quarters(st.result) : []), [st.result]);
  const [quarter, setQuarter] = useState(qs[0] ?? "");
  const q = quarter || qs[0] || "";
  const month = checklistMonth(st.result);
  return (
    <section className={s.section} aria-labelledby="step-checklist">
      <StepHeading id="step-checklist">{t.checklist.title}</StepHeading>
      {month && (
        <p className={s.intro} data-testid="checklist-month">
          {t.checklist.monthOf(longMonth(month, lang))}
        </p>
      )}
      <ul className={s.cards} data-testid="checklist">
        {CHECK_IDS.map((id) => {
          const proof = proofs[id];
          return (
            <li key={id} data-testid={`check-${id}`} data-proof={String(proof)} className={s.check}>
              {proof === null ? (
                <Checkbox
                  checked={st.manualChecks[id] === true}
                  onChange={(_e, d) => session.setCheck(id, d.checked === true)}
                  label={`${t.checklist.items[id]} (${t.checklist.manual})`}
                />
              ) : (
                <>
                  <span className={proof ? s.done : s.notDone} aria-hidden="true">
                    {proof ? "✓" : "○"}
                  </span>
                  <span>
                    {t.checklist.items[id]}{" "}
                    <Badge appearance="tint" color={proof ? "success" : "warning"}>
                      {proof ? t.checklist.auto : t.checklist.notYet}
                    </Badge>
                  </span>
                </>
              )}
            </li>
          );
        })}
      </ul>
      <h3 className={s.subheading}>{t.checklist.qcTitle}</h3>
      <p className={s.intro}>{t.checklist.qcIntro}</p>
      <Field label={t.checklist.quarter}>
        <Select value={q} onChange={(_e, d) => setQuarter(d.value)} data-testid="qc-quarter">
          {qs.map((x) => (
            <option key={x} value={x}>
              {lang === "fr" ? x.replace("Q", "T") : x}
            </option>
          ))}
        </Select>
      </Field>
      <div className={s.footer}>
        <Button
          appearance="primary"
          disabled={!q || st.busy !== null || !st.mappingConfirmed}
          onClick={() => void session.generateQc(q)}
          data-testid="qc-generate"
        >
          {t.checklist.qcGenerate}
        </Button>
      </div>
      {st.qc && (
        <p data-testid="qc-result">{t.checklist.qcDone(st.qc.sheet, formatCount(st.qc.sample, lang))}</p>
      )}
    </section>
  );
}
