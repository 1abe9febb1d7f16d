/** Step 1: which sheet (or range, or the selection) holds the sales table, and its row count. */
import { Button, Field, Input, Select } from "@fluentui/react-components";
import type { SessionState } from "../logic/session";
import Decimal from "decimal.js";
import { useEffect, useRef, useState, type ChangeEvent } from "react";
import { useI18n } from "../i18n";
import { toDecimalString } from "../../core/money";
import { formatCount, formatMoney } from "../logic/format";
import type { Session } from "../logic/session";
import { dataSheets } from "../logic/source";
import { StepHeading } from "./Heading";
import { usePaneStyles } from "./styles";
import { useSessionState } from "./useSession";

/** Formats accepted by "open a file" (the readers' extensions). */
const FILE_TYPES = ".txt,.csv,.tsv,.xlsx,.xlsm";

/** The file opened from the pane: its lines, its CA OP as the engine computed it, the sheet it went to. */
function OpenedFile({ file }: { file: NonNullable<SessionState["file"]> }): JSX.Element {
  const { t, lang } = useI18n();
  const s = usePaneStyles();
  const caop = new Decimal(file.caop);
  return (
    <div className={s.card} data-testid="source-file-card">
      <p className={s.subheading}>{t.source.fileTitle(file.name)}</p>
      <p className={s.tight}>
        {t.source.fileSummary(file.lines, formatCount(file.lines, lang), file.columns)}
      </p>
      <p className={s.tight}>
        {t.source.fileCaop}{" "}
        <strong className={s.number} data-testid="file-caop" data-value={file.caop}>
          {formatMoney(caop, lang, file.currency)}
        </strong>
        {file.toReview.count > 0 && (
          <span className={s.muted}>
            {" "}
            ({t.source.ofWhichReview(formatMoney(new Decimal(file.toReview.amount), lang, file.currency))})
          </span>
        )}
      </p>
      {file.sheet && (
        <p className={s.tight} data-testid="source-file-sheet">
          {t.source.fileSheet(file.sheet)}
        </p>
      )}
    </div>
  );
}

/** "Open a file…": a hidden file input behind a button; the session reads, computes and imports it. */
function OpenFile({ session, busy }: { session: Session; busy: boolean }): JSX.Element {
  const { t } = useI18n();
  const s = usePaneStyles();
  const input = useRef<HTMLInputElement>(null);
  const pick = (e: ChangeEvent<HTMLInputElement>): void => {
    const file = e.target.files?.[0];
    e.target.value = "";
    if (file) void session.openFile(file);
  };
  return (
    <>
      <input
        ref={input}
        type="file"
        accept={FILE_TYPES}
        tabIndex={-1}
        aria-hidden="true"
        className={s.hiddenFile}
        onChange={pick}
        data-testid="source-file"
      />
      <Button onClick={() => input.current?.click()} disabled={busy} data-testid="source-open-file">
        {t.source.openFile}
      </Button>
    </>
  );
}

export function SourceStep({ session }: { session: Session }): JSX.Element {
  const st = useSessionState(session);
  const { t, lang } = useI18n();
  const s = usePaneStyles();
  const sheets = dataSheets(st.sheets);
  const [sheet, setSheet] = useState(st.source?.sheet ?? sheets[0]?.name ?? "");
  const [address, setAddress] = useState(st.source?.address ?? "");
  useEffect(() => {
    if (st.source) {
      setSheet(st.source.sheet);
      setAddress(st.source.address ?? "");
    }
  }, [st.source]);
  const table = st.located?.table;
  const read = (): void => {
    const a = address.trim();
    void session.chooseSource(a ? { sheet, address: a } : { sheet });
  };
  return (
    <section className={s.section} aria-labelledby="step-source">
      <StepHeading id="step-source">{t.source.title}</StepHeading>
      <p className={s.intro}>{t.source.intro}</p>
      {sheets.length === 0 && st.settings && <p className={s.error}>{t.source.noSheet}</p>}
      <Field label={t.source.sheet}>
        <Select value={sheet} onChange={(_e, d) => setSheet(d.value)} data-testid="source-sheet">
          {sheets.map((x) => (
            <option key={x.name} value={x.name}>
              {x.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.source.address} hint={t.source.addressHint}>
        <Input value={address} onChange={(_e, d) => setAddress(d.value)} data-testid="source-address" />
      </Field>
      <div className={s.actions}>
        <Button onClick={read} disabled={!sheet || st.busy !== null} data-testid="source-read">
          {t.source.read}
        </Button>
        {session.host.selection && (
          <Button onClick={() => void session.useSelection()} disabled={st.busy !== null}>
            {t.source.selection}
          </Button>
        )}
      </div>
      <div className={s.actions}>
        <OpenFile session={session} busy={st.busy !== null} />
      </div>
      <p className={s.muted}>{t.source.openFileHint}</p>
      {st.file && <OpenedFile file={st.file} />}
      {table && (
        <p data-testid="source-summary">
          {t.source.summary(
            table.rows.length,
            formatCount(table.rows.length, lang),
            table.headers.length,
            table.source,
          )}
        </p>
      )}
      {st.result && (
        <p>
          {t.source.caop}{" "}
          <strong
            className={s.number}
            data-testid="source-caop"
            data-value={toDecimalString(st.result.totals.caop)}
          >
            {formatMoney(st.result.totals.caop, lang, st.result.currency)}
          </strong>
          {!st.result.strict && st.result.totals.to_review.count > 0 && (
            <span className={s.muted}>
              {" "}
              (
              {t.source.ofWhichReview(
                formatMoney(st.result.totals.to_review.amount, lang, st.result.currency),
              )}
              )
            </span>
          )}
        </p>
      )}
      <div className={s.footer}>
        <Button
          appearance="primary"
          disabled={!table || st.busy !== null}
          onClick={() => session.go("mapping")}
          data-testid="source-next"
        >
          {t.next}
        </Button>
      </div>
    </section>
  );
}
