/**
 * Step 2: the column of each field, auto-detected by the core, one drop-down per field, a preview of
 * the first rows as the engine reads them, and every problem inline (missing column, broken stored
 * choice, unreadable cells).
 */
import {
  Button,
  MessageBar,
  MessageBarBody,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import { useState } from "react";
import { lineClassification, lineContribution, type EngineResult } from "../../core/engine";
import { readingText } from "../../i18n/reading";
import { FIELD_LABELS } from "../../core/fields";
import { periodLabel } from "../../core/periods";
import type { Diagnostic, FieldId, RawTable } from "../../core/types";
import { useI18n } from "../i18n";
import { formatCount, formatMoney } from "../logic/format";
import {
  MAIN_FIELDS,
  MORE_FIELDS,
  previewRows,
  UNMAP,
  type FieldRow,
  type MappingView,
} from "../logic/mapping";
import type { Session } from "../logic/session";
import { StepHeading } from "./Heading";
import { MappingNotes, useUnusable } from "./MappingNotes";
import { usePaneStyles } from "./styles";
import { TitledTable } from "./TitledTable";
import { useSessionState } from "./useSession";

const AUTO = "__auto__";
const NONE = "__none__";
const REQUIRED: ReadonlySet<FieldId> = new Set(["date", "amount"]);
const SHOWN_DIAGNOSTICS = 5;

/** One field of the mapping table: its label, the drop-down of the table's columns and its status. */
function MappingRow(props: {
  session: Session;
  field: FieldId;
  row: FieldRow;
  headers: readonly string[];
}): JSX.Element {
  const { session, field: f, row: r, headers } = props;
  const { t, lang } = useI18n();
  const s = usePaneStyles();
  const status = (row: FieldRow): { text: string; error: boolean } => {
    if (row.missing) return { text: `${t.mapping.notFound} — ${t.mapping.required}`, error: true };
    if (row.none) return { text: t.mapping.chosenNone, error: false };
    if (row.column === undefined) return { text: t.mapping.notFound, error: false };
    if (row.chosen) return { text: t.mapping.chosen, error: false };
    return { text: t.mapping.detected(Math.round((row.confidence ?? 0) * 100)), error: false };
  };
  const state = status(r);
  const label = `${r.label[lang]}${REQUIRED.has(f) ? " *" : ""}`;
  return (
    <TableRow>
      <TableCell>
        <label htmlFor={`map-${f}`}>{label}</label>
      </TableCell>
      <TableCell>
        <Select
          id={`map-${f}`}
          size="small"
          value={r.none ? NONE : r.column === undefined ? AUTO : String(r.column)}
          onChange={(_e, d) =>
            session.setField(
              f,
              d.value === AUTO ? null : d.value === NONE ? UNMAP : (headers[Number(d.value)] ?? null),
            )
          }
          aria-describedby={`map-${f}-status`}
          data-testid={`map-${f}`}
        >
          <option value={AUTO}>{t.mapping.auto}</option>
          <option value={NONE}>{t.mapping.none}</option>
          {headers.map((h, i) => (
            <option key={i} value={String(i)}>
              {h || `(${i + 1})`}
            </option>
          ))}
        </Select>
        <div id={`map-${f}-status`} className={state.error ? s.error : s.caption}>
          {state.text}
        </div>
      </TableCell>
    </TableRow>
  );
}

/** The first rows as the engine reads them, with each line's month and CA OP contribution once computed. */
function MappingPreview(props: {
  table: RawTable;
  view: MappingView;
  result: EngineResult | null;
}): JSX.Element {
  const { result } = props;
  const { t, lang } = useI18n();
  const s = usePaneStyles();
  const preview = previewRows(props.table, props.view, 5);
  return (
    <TitledTable
      title={t.mapping.preview}
      testId="preview"
      head={
        <>
          <TableHeaderCell>{t.mapping.previewRow}</TableHeaderCell>
          {preview.fields.map((f) => (
            <TableHeaderCell key={f}>{FIELD_LABELS[f][lang]}</TableHeaderCell>
          ))}
          {result && <TableHeaderCell>{t.mapping.readMonth}</TableHeaderCell>}
          {result && <TableHeaderCell>{t.mapping.readAmount}</TableHeaderCell>}
        </>
      }
    >
      {preview.rows.map((row, i) => {
        const period = result?.lines.period[i] ?? -1;
        return (
          <TableRow key={row.row}>
            <TableCell>{row.row}</TableCell>
            {row.cells.map((c, j) => (
              <TableCell key={j}>{c}</TableCell>
            ))}
            {result && <TableCell>{period > 0 ? periodLabel(period) : "—"}</TableCell>}
            {result && (
              <TableCell className={s.number}>
                {lineClassification(result, i)
                  ? formatMoney(lineContribution(result, i), lang, result.currency)
                  : "—"}
              </TableCell>
            )}
          </TableRow>
        );
      })}
    </TitledTable>
  );
}

/** How many cells the engine could not read, and the first few of them. */
function MappingDiagnostics({ diagnostics }: { diagnostics: readonly Diagnostic[] }): JSX.Element {
  const { t, lang } = useI18n();
  const s = usePaneStyles();
  return (
    <MessageBar intent="warning" data-testid="diagnostics">
      <MessageBarBody>
        {t.mapping.diagnostics(formatCount(diagnostics.length, lang), diagnostics.length)}
        <ul className={s.list}>
          {diagnostics.slice(0, SHOWN_DIAGNOSTICS).map((d, i) => (
            <li key={i}>{lang === "fr" ? d.message : d.messageEn}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}

/** Step 2 of the pane: the column of each field, the preview and the problems, then confirmation. */
export function MappingStep({ session }: { session: Session }): JSX.Element {
  const st = useSessionState(session);
  const { t, lang } = useI18n();
  const s = usePaneStyles();
  const [more, setMore] = useState(false);
  const unusable = useUnusable(session);
  const view = st.mapping;
  const table = st.located?.table;
  if (!view || !table) return <p>{t.loading}</p>;
  const byField = new Map(view.rows.map((r) => [r.field, r]));
  const fields = more ? [...MAIN_FIELDS, ...MORE_FIELDS] : MAIN_FIELDS;
  const result = st.result;
  const diagnostics: Diagnostic[] = result ? result.diagnostics.filter((d) => d.severity !== "info") : [];
  return (
    <section className={s.section} aria-labelledby="step-mapping">
      <StepHeading id="step-mapping">{t.mapping.title}</StepHeading>
      <p className={s.intro}>{t.mapping.intro}</p>
      {view.problem && (
        <MessageBar intent="warning">
          <MessageBarBody>{view.problem[lang]}</MessageBarBody>
        </MessageBar>
      )}
      {view.detection.missing.map((f) => (
        <MessageBar intent="error" key={f} data-testid={`missing-${f}`}>
          <MessageBarBody>
            {f === "amount" ? t.mapping.missingAmount : t.mapping.missing(FIELD_LABELS[f][lang])}
          </MessageBarBody>
        </MessageBar>
      ))}
      {st.computeError && view.detection.missing.length === 0 && (
        <MessageBar intent="error" data-testid="compute-error">
          <MessageBarBody>{st.computeError[lang]}</MessageBarBody>
        </MessageBar>
      )}
      <div className={s.scroll}>
        <Table className={s.table} size="small" aria-label={t.mapping.title} data-testid="mapping-table">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t.mapping.field}</TableHeaderCell>
              <TableHeaderCell>{t.mapping.column}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {fields.map((f) => (
              <MappingRow
                key={f}
                session={session}
                field={f}
                row={byField.get(f) as FieldRow}
                headers={table.headers}
              />
            ))}
          </TableBody>
        </Table>
      </div>
      <div className={s.actions}>
        <Button appearance="subtle" onClick={() => setMore(!more)} aria-expanded={more}>
          {more ? t.mapping.less : t.mapping.more}
        </Button>
      </div>
      <MappingPreview table={table} view={view} result={result} />
      {result?.reading && (
        <p className={s.intro} data-testid="mapping-reading">
          {readingText(result.reading, lang)}
        </p>
      )}
      {diagnostics.length > 0 && <MappingDiagnostics diagnostics={diagnostics} />}
      <MappingNotes session={session} />
      <div className={s.footer}>
        <Button
          appearance="primary"
          disabled={!result || unusable !== null || st.busy !== null}
          onClick={() => void session.confirmMapping()}
          data-testid="mapping-confirm"
        >
          {t.mapping.confirm}
        </Button>
      </div>
    </section>
  );
}
