/**
 * The task pane: header (title, language), the steps as tabs, the progress of a long operation with
 * its Cancel button, the last notice, and the current step. State lives in the Session.
 */
import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  ProgressBar,
  Field,
  Select,
  Tab,
  TabList,
  tokens,
} from "@fluentui/react-components";
import { useEffect } from "react";
import type { Lang } from "../../core/types";
import { useI18n } from "../i18n";
import { format } from "../../i18n";
import { formatCount } from "../logic/format";
import { STEPS, type Session, type Step } from "../logic/session";
import { ChecklistStep } from "./ChecklistStep";
import { DashboardStep } from "./DashboardStep";
import { MappingStep } from "./MappingStep";
import { SourceStep } from "./SourceStep";
import { TaggingStep } from "./TaggingStep";
import { useSessionState } from "./useSession";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minHeight: "100%",
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  header: {
    display: "flex",
    justifyContent: "space-between",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase600, fontWeight: tokens.fontWeightSemibold },
  subtitle: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  lang: { minWidth: "6.5rem" },
  tabs: { flexWrap: "wrap" },
});

/** Props: the session (built on a host) and the UI language with its setter. */
export interface TaskpaneProps {
  session: Session;
  lang: Lang;
  onLangChange: (lang: Lang) => void;
}

/** Which steps can be opened: source always; the rest once a table is read and its mapping usable. */
function enabledSteps(hasTable: boolean, canCompute: boolean): Record<Step, boolean> {
  return { source: true, mapping: hasTable, tagging: canCompute, dashboard: canCompute, checklist: hasTable };
}

/** The whole task pane. */
export function Taskpane({ session, lang, onLangChange }: TaskpaneProps): JSX.Element {
  const st = useSessionState(session);
  const { t } = useI18n();
  const s = useStyles();
  useEffect(() => {
    void session.init();
  }, [session]);
  const enabled = enabledSteps(st.located !== null, st.result !== null);
  const busy = st.busy;
  const progress = busy?.progress;
  return (
    <main className={s.root} aria-busy={busy !== null}>
      <header className={s.header}>
        <div>
          <h1 className={s.title}>{t.appTitle}</h1>
          <p className={s.subtitle}>{t.appSubtitle}</p>
        </div>
        <Field label={t.language} className={s.lang} size="small">
          <Select
            size="small"
            value={lang}
            onChange={(_e, d) => onLangChange(d.value === "en" ? "en" : "fr")}
            data-testid="lang"
          >
            <option value="fr">Français</option>
            <option value="en">English</option>
          </Select>
        </Field>
      </header>
      <nav aria-label={t.stepsLabel}>
        <TabList
          className={s.tabs}
          selectedValue={st.step}
          onTabSelect={(_e, d) => session.go(d.value as Step)}
          size="small"
        >
          {STEPS.map((step) => (
            <Tab key={step} value={step} disabled={!enabled[step]} data-testid={`tab-${step}`}>
              {t.steps[step]}
            </Tab>
          ))}
        </TabList>
      </nav>
      <div aria-live="polite">
        {busy && (
          <Field
            validationMessage={
              progress
                ? t.progress(
                    formatCount(progress.done, lang),
                    formatCount(progress.total, lang),
                    format(lang, progress.code, progress.args),
                  )
                : busy.task === "load"
                  ? t.loading
                  : t.working
            }
            validationState="none"
          >
            <ProgressBar
              aria-label={t.working}
              value={progress && progress.total > 0 ? progress.done / progress.total : undefined}
              data-testid="progress"
            />
          </Field>
        )}
        {busy?.cancel && (
          <Button onClick={() => session.cancel()} data-testid="cancel">
            {t.cancel}
          </Button>
        )}
        {st.notice && (
          <MessageBar intent={st.notice.level} data-testid="notice">
            <MessageBarBody>{st.notice.text[lang]}</MessageBarBody>
            <MessageBarActions>
              <Button size="small" appearance="transparent" onClick={() => session.dismiss()}>
                {t.close}
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}
      </div>
      {st.step === "source" && <SourceStep session={session} />}
      {st.step === "mapping" && <MappingStep session={session} />}
      {st.step === "tagging" && <TaggingStep session={session} />}
      {st.step === "dashboard" && <DashboardStep session={session} />}
      {st.step === "checklist" && <ChecklistStep session={session} />}
    </main>
  );
}
