/**
 * Step 4: the dashboard's choices (fiscal year, first month, segment field, alert threshold and
 * months), stored in the workbook, and generation with progress and cancel through the dashboard
 * module. Shows the year's CA OP and the segments in alert once generated.
 */
import { Button, Field, MessageBar, MessageBarBody, Select, SpinButton } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { EngineResult } from "../../core/engine";
import { FIELD_LABELS } from "../../core/fields";
import { monthName } from "../../core/periods";
import type { CaopSettings } from "../../core/settings";
import type { FieldId } from "../../core/types";
import { alertsBySegment, defaultYear } from "../../dashboard/model";
import { useI18n } from "../i18n";
import { formatMoney, formatPercent, monthOnly } from "../logic/format";
import { fiscalYears } from "../logic/periods";
import type { Session, SessionState } from "../logic/session";
import { StepHeading } from "./Heading";
import { usePaneStyles } from "./styles";
import { useSessionState } from "./useSession";

/** Fields that can play the segment (the dashboard's Top 3 and alerts). */
const SEGMENT_FIELDS: readonly FieldId[] = ["segment", "product", "client", "salesperson", "entity"];
const MONTHS = Array.from({ length: 12 }, (_x, i) => i + 1);
const AUTO = "";

/** A percentage typed by the user ("-15", "−15 %", "-15,5") as a ratio, null when unreadable. */
export function readPercent(text: string): number | null {
  const s = text
    .replace(/[\s%\u00a0\u202f]/g, "")
    .replace("\u2212", "-")
    .replace(",", ".");
  if (!/^[-+]?\d+(\.\d+)?$/.test(s)) return null;
  return Number(s) / 100;
}

/** The threshold as typed, in percent with one decimal, e.g. -0.155 → "-15.5". */
function percentText(ratio: number): string {
  return String(Math.round(ratio * 1000) / 10);
}

/** The alert threshold's text box: what the user types, reset whenever the stored threshold changes. */
function useThresholdText(stored: number | undefined): [string, (text: string) => void] {
  const [text, setText] = useState(stored !== undefined ? percentText(stored) : "-15");
  useEffect(() => {
    if (stored !== undefined) setText(percentText(stored));
  }, [stored]);
  return [text, setText];
}

interface OptionsProps {
  session: Session;
  settings: CaopSettings;
  result: EngineResult;
}

/** The fiscal year, its first month and the segment field, each saved as soon as chosen. */
function PeriodOptions({ session, settings, result }: OptionsProps): JSX.Element {
  const { t, lang } = useI18n();
  const years = fiscalYears(result, settings.fiscalYearStartMonth);
  const segmentFields = SEGMENT_FIELDS.filter((f) => result.mapping[f] !== undefined);
  return (
    <>
      <Field label={t.dashboard.year}>
        <Select
          value={settings.year === undefined ? AUTO : String(settings.year)}
          onChange={(_e, v) =>
            void session.setDashboardOptions({ year: v.value === AUTO ? undefined : Number(v.value) })
          }
          data-testid="dash-year"
        >
          <option value={AUTO}>{t.dashboard.yearAuto}</option>
          {years.map((y) => (
            <option key={y} value={String(y)}>
              {settings.fiscalYearStartMonth === 1 ? y : `${y}–${y + 1}`}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.dashboard.startMonth}>
        <Select
          value={String(settings.fiscalYearStartMonth)}
          onChange={(_e, v) =>
            void session.setDashboardOptions({ fiscalYearStartMonth: Number(v.value), year: undefined })
          }
          data-testid="dash-start-month"
        >
          {MONTHS.map((m) => (
            <option key={m} value={String(m)}>
              {monthOnly(m, lang)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.dashboard.segmentField}>
        <Select
          value={settings.segmentField}
          onChange={(_e, v) => void session.setDashboardOptions({ segmentField: v.value })}
          data-testid="dash-segment"
        >
          {segmentFields.length === 0 && <option value={settings.segmentField}>—</option>}
          {segmentFields.map((f) => (
            <option key={f} value={f}>
              {FIELD_LABELS[f][lang]} ({result.table.headers[result.mapping[f] as number]})
            </option>
          ))}
        </Select>
      </Field>
    </>
  );
}

/** The alert threshold (saved when the box loses focus, if readable) and the months in a row. */
function AlertOptions(props: {
  session: Session;
  settings: CaopSettings;
  threshold: string;
  setThreshold: (text: string) => void;
  thresholdValue: number | null;
}): JSX.Element {
  const { session, settings, thresholdValue } = props;
  const { t } = useI18n();
  const s = usePaneStyles();
  return (
    <div className={s.row}>
      <Field
        label={t.dashboard.threshold}
        hint={t.dashboard.thresholdHint}
        validationState={thresholdValue === null ? "error" : "none"}
      >
        <SpinButton
          value={thresholdValue === null ? null : Math.round(thresholdValue * 1000) / 10}
          displayValue={props.threshold}
          min={-100}
          max={100}
          step={1}
          onChange={(_e, d) => {
            // Typed text comes as displayValue (on blur or Enter), the arrows give a value.
            const text = typeof d.value === "number" ? String(d.value) : (d.displayValue ?? "");
            props.setThreshold(text);
            const v = readPercent(text);
            if (v !== null && v !== settings.alerts.threshold) {
              void session.setDashboardOptions({ alerts: { ...settings.alerts, threshold: v } });
            }
          }}
          data-testid="dash-threshold"
        />
      </Field>
      <Field label={t.dashboard.months}>
        <Select
          value={String(settings.alerts.months)}
          onChange={(_e, v) =>
            void session.setDashboardOptions({ alerts: { ...settings.alerts, months: Number(v.value) } })
          }
        >
          {[1, 2, 3, 4, 5, 6].map((n) => (
            <option key={n} value={String(n)}>
              {n}
            </option>
          ))}
        </Select>
      </Field>
    </div>
  );
}

/** The generated dashboard: its sheet, the year's CA OP, the segments in alert and the plan's messages. */
function DashboardResult(
  props: OptionsProps & { dashboard: NonNullable<SessionState["dashboard"]> },
): JSX.Element {
  const { session, settings, result, dashboard: d } = props;
  const { t, lang } = useI18n();
  const s = usePaneStyles();
  const year = d.model.year ?? settings.year ?? defaultYear(result, settings.fiscalYearStartMonth);
  return (
    <div className={s.section} data-testid="dashboard-result">
      <p>{t.dashboard.done(d.sheet)}</p>
      <p>
        {t.dashboard.yearCaop(settings.fiscalYearStartMonth === 1 ? String(year) : `${year}–${year + 1}`)}{" "}
        <strong data-testid="year-caop">{formatMoney(d.model.total.caop, lang, d.result.currency)}</strong>
      </p>
      <h3 className={s.subheading}>{t.dashboard.alerts}</h3>
      {d.model.alerts.length === 0 ? (
        <p className={s.muted}>{t.dashboard.noAlert}</p>
      ) : (
        <ul className={s.list} data-testid="alerts">
          {alertsBySegment(d.model.alerts).map((g) => (
            <li key={g.key}>
              {g.key} —{" "}
              {g.latest.streak
                .map((m) => `${monthName(m.month, lang)} ${formatPercent(m.variation.toNumber(), lang)}`)
                .join(", ")}
            </li>
          ))}
        </ul>
      )}
      {d.messages.map((m, i) => (
        <MessageBar key={i} intent={m.level === "warning" ? "warning" : "info"}>
          <MessageBarBody>{m[lang]}</MessageBarBody>
        </MessageBar>
      ))}
      {session.host.activate && (
        <div className={s.actions}>
          <Button onClick={() => void session.host.activate?.(d.sheet)}>{t.dashboard.show}</Button>
        </div>
      )}
    </div>
  );
}

/** Step 4 of the pane: the dashboard's options, generation, and what was generated. */
export function DashboardStep({ session }: { session: Session }): JSX.Element {
  const st = useSessionState(session);
  const { t } = useI18n();
  const s = usePaneStyles();
  const settings = st.settings;
  const [threshold, setThreshold] = useThresholdText(settings?.alerts.threshold);
  const result = st.result;
  if (!settings || !result) return <p>{t.loading}</p>;
  const busy = st.busy !== null;
  const thresholdValue = readPercent(threshold);
  const d = st.dashboard;
  return (
    <section className={s.section} aria-labelledby="step-dashboard">
      <StepHeading id="step-dashboard">{t.dashboard.title}</StepHeading>
      <p className={s.intro}>{t.dashboard.intro}</p>
      {!st.mappingConfirmed && (
        <MessageBar intent="warning">
          <MessageBarBody>{t.dashboard.needMapping}</MessageBarBody>
        </MessageBar>
      )}
      <PeriodOptions session={session} settings={settings} result={result} />
      <AlertOptions
        session={session}
        settings={settings}
        threshold={threshold}
        setThreshold={setThreshold}
        thresholdValue={thresholdValue}
      />
      <div className={s.actions}>
        <Button
          appearance="primary"
          disabled={busy || !st.mappingConfirmed || thresholdValue === null}
          onClick={() => {
            const p =
              thresholdValue !== null && thresholdValue !== settings.alerts.threshold
                ? session.setDashboardOptions({ alerts: { ...settings.alerts, threshold: thresholdValue } })
                : Promise.resolve();
            void p.then(() => session.generate());
          }}
          data-testid="generate"
        >
          {d ? t.dashboard.regenerate : t.dashboard.generate}
        </Button>
      </div>
      {d && <DashboardResult session={session} settings={settings} result={result} dashboard={d} />}
      <div className={s.footer}>
        <Button onClick={() => session.go("checklist")} data-testid="dashboard-next">
          {t.next}
        </Button>
      </div>
    </section>
  );
}
