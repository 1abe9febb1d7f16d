/** Step 1: which sheet (or range, or the selection) holds the sales table, and its row count. */
import { Button, Field, Input, Select } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { useI18n } from "../i18n";
import { toDecimalString } from "../../core/money";
import { formatCount, formatMoney } from "../logic/format";
import type { Session } from "../logic/session";
import { dataSheets } from "../logic/source";
import { StepHeading } from "./Heading";
import { usePaneStyles } from "./styles";
import { useSessionState } from "./useSession";

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
