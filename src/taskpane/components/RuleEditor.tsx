/**
 * The rule editor: the account and label-keyword rules of the rule set as two editable tables.
 * Problems found by the core's validateRules are listed before anything is saved; saving stores
 * the rules in the workbook and re-tags the data.
 */
import {
  Button,
  Input,
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
import { useState, type ReactNode } from "react";
import { kindLabel, scopeLabel } from "../../core/labels";
import type { RuleProblem, RuleSet } from "../../core/rules";
import { KINDS, SCOPES, type Lang } from "../../core/types";
import { useI18n } from "../i18n";
import {
  addAccountRule,
  addKeywordRule,
  currentRules,
  editableRules,
  parseWords,
  removeAccountRule,
  removeKeywordRule,
  setKeywordExceptions,
  ruleProblems,
  updateAccountRule,
  updateKeywordRule,
} from "../logic/rules";
import type { Session } from "../logic/session";
import { usePaneStyles } from "./styles";
import { useSessionState } from "./useSession";

const NONE = "";

/** A drop-down of codes (scopes, kinds) shown by their labels; `empty` adds a first "no value" option. */
function CodeSelect<T extends string>(props: {
  codes: readonly T[];
  labelOf: (code: T, lang: Lang) => string;
  value: T | undefined;
  onChange: (v: T | undefined) => void;
  label: string;
  empty?: string;
}): JSX.Element {
  const { lang } = useI18n();
  return (
    <Select
      size="small"
      aria-label={props.label}
      value={props.value ?? NONE}
      onChange={(_e, d) => props.onChange(d.value === NONE ? undefined : (d.value as T))}
    >
      {props.empty !== undefined && <option value={NONE}>{props.empty}</option>}
      {props.codes.map((c) => (
        <option key={c} value={c}>
          {props.labelOf(c, lang)}
        </option>
      ))}
    </Select>
  );
}

/**
 * One editable rule table: its heading (which names the table), an "add" button, the header row
 * with a last "remove" column, and the rows given as children.
 */
function RuleTable(props: {
  id: string;
  title: string;
  columns: readonly string[];
  onAdd: () => void;
  addTestId: string;
  testId: string;
  children: ReactNode;
}): JSX.Element {
  const { t } = useI18n();
  const s = usePaneStyles();
  return (
    <>
      <h4 className={s.subheading} id={props.id}>
        {props.title}
      </h4>
      <div className={s.actions}>
        <Button size="small" onClick={props.onAdd} data-testid={props.addTestId}>
          {t.rules.add}
        </Button>
      </div>
      <div className={s.scroll}>
        <Table className={s.table} size="small" aria-labelledby={props.id} data-testid={props.testId}>
          <TableHeader>
            <TableRow>
              {props.columns.map((c, i) => (
                <TableHeaderCell key={i}>{c}</TableHeaderCell>
              ))}
              <TableHeaderCell>
                <span className={s.muted}>{t.rules.remove}</span>
              </TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>{props.children}</TableBody>
        </Table>
      </div>
    </>
  );
}

/** The last cell of a rule row: the "×" button that removes the rule. */
function RemoveCell(props: { label: string; onRemove: () => void }): JSX.Element {
  return (
    <TableCell>
      <Button size="small" appearance="subtle" aria-label={props.label} onClick={props.onRemove}>
        ×
      </Button>
    </TableCell>
  );
}

/** One account rule as a table row: prefix, meaning (in the pane's language), scope, kind, remove. */
function AccountRuleRow(props: {
  rules: RuleSet;
  index: number;
  edit: (next: RuleSet) => void;
}): JSX.Element {
  const { rules, index: i, edit } = props;
  const r = rules.accounts[i];
  const { t, lang } = useI18n();
  return (
    <TableRow>
      <TableCell>
        <Input
          size="small"
          value={r.prefix}
          aria-label={t.rules.prefixOf(i + 1)}
          onChange={(_e, d) => edit(updateAccountRule(rules, i, { prefix: d.value.trim() }))}
          style={{ width: "6em" }}
        />
      </TableCell>
      <TableCell>
        <Input
          size="small"
          value={r.meaning[lang]}
          aria-label={`${t.rules.meaning} ${r.prefix}`}
          onChange={(_e, d) =>
            edit(updateAccountRule(rules, i, { meaning: { ...r.meaning, [lang]: d.value } }))
          }
        />
      </TableCell>
      <TableCell>
        <CodeSelect
          codes={SCOPES}
          labelOf={scopeLabel}
          label={`${t.rules.scope} ${r.prefix}`}
          value={r.scope}
          onChange={(v) => edit(updateAccountRule(rules, i, { scope: v ?? "non_core" }))}
        />
      </TableCell>
      <TableCell>
        <CodeSelect
          codes={KINDS}
          labelOf={kindLabel}
          label={`${t.rules.kind} ${r.prefix}`}
          empty={r.kindFromLabel ? t.rules.kindAuto : "—"}
          value={r.kind}
          onChange={(v) => edit(updateAccountRule(rules, i, { kind: v }))}
        />
      </TableCell>
      <RemoveCell
        label={t.rules.removeRule(r.prefix || r.id)}
        onRemove={() => edit(removeAccountRule(rules, i))}
      />
    </TableRow>
  );
}

/**
 * One keyword rule as a table row: its words and its exceptions (the texts as typed, kept apart from
 * the parsed lists), scope, kind, remove.
 */
function KeywordRuleRow(props: {
  rules: RuleSet;
  index: number;
  edit: (next: RuleSet) => void;
  text: string | undefined;
  /** The exceptions as typed (kept apart from the parsed phrases, like the words). */
  exceptionsText: string | undefined;
  onText: (id: string, text: string) => void;
}): JSX.Element {
  const { rules, index: i, edit } = props;
  const r = rules.keywords[i];
  const { t, lang } = useI18n();
  return (
    <TableRow>
      <TableCell>
        <Input
          size="small"
          value={props.text ?? r.keywords.join(", ")}
          aria-label={`${t.rules.words} (${r.meaning[lang]})`}
          onChange={(_e, d) => {
            props.onText(r.id, d.value);
            edit(updateKeywordRule(rules, i, { keywords: parseWords(d.value) }));
          }}
        />
      </TableCell>
      <TableCell>
        <Input
          size="small"
          value={props.exceptionsText ?? (r.exceptions ?? []).join(", ")}
          aria-label={`${t.rules.exceptions} (${r.meaning[lang]})`}
          onChange={(_e, d) => {
            props.onText(`${r.id}\u0000exceptions`, d.value);
            edit(setKeywordExceptions(rules, i, d.value));
          }}
        />
      </TableCell>
      <TableCell>
        <CodeSelect
          codes={SCOPES}
          labelOf={scopeLabel}
          empty="—"
          label={`${t.rules.scope} (${r.meaning[lang]})`}
          value={r.scope}
          onChange={(v) => edit(updateKeywordRule(rules, i, { scope: v }))}
        />
      </TableCell>
      <TableCell>
        <CodeSelect
          codes={KINDS}
          labelOf={kindLabel}
          label={`${t.rules.kind} (${r.meaning[lang]})`}
          empty="—"
          value={r.kind}
          onChange={(v) => edit(updateKeywordRule(rules, i, { kind: v }))}
        />
      </TableCell>
      <RemoveCell
        label={t.rules.removeRule(r.meaning[lang])}
        onRemove={() => edit(removeKeywordRule(rules, i))}
      />
    </TableRow>
  );
}

/** The problems of the edited rule set, listed before anything can be saved. */
function RuleProblems({ problems }: { problems: readonly RuleProblem[] }): JSX.Element {
  const { t, lang } = useI18n();
  const s = usePaneStyles();
  return (
    <MessageBar intent="error" data-testid="rule-problems">
      <MessageBarBody>
        {t.rules.problems}
        <ul className={s.list}>
          {problems.map((p, i) => (
            <li key={i}>{p[lang]}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}

/** The rule editor of the tagging step: edits a draft of the rule set, saves it or goes back to the built-in rules. */
export function RuleEditor({ session }: { session: Session }): JSX.Element | null {
  const st = useSessionState(session);
  const { t } = useI18n();
  const s = usePaneStyles();
  const [draft, setDraft] = useState<RuleSet | null>(null);
  const [words, setWords] = useState<Record<string, string>>({});
  if (!st.settings) return null;
  const rules = draft ?? editableRules(currentRules(st.settings));
  const edit = (next: RuleSet): void => setDraft(next);
  const problems = draft ? ruleProblems(draft) : [];
  const busy = st.busy !== null;
  return (
    <section className={s.section} aria-labelledby="rules-title" data-testid="rules">
      <h3 id="rules-title" className={s.subheading}>
        {t.rules.title}
      </h3>
      <p className={s.intro}>
        {t.rules.intro} {t.rules.version(rules.version)}
      </p>
      <RuleTable
        id="rules-accounts"
        title={t.rules.accounts}
        columns={[t.rules.prefix, t.rules.meaning, t.rules.scope, t.rules.kind]}
        onAdd={() => edit(addAccountRule(rules))}
        addTestId="add-account"
        testId="account-rules"
      >
        {rules.accounts.map((r, i) => (
          <AccountRuleRow key={r.id} rules={rules} index={i} edit={edit} />
        ))}
      </RuleTable>
      <RuleTable
        id="rules-keywords"
        title={t.rules.keywords}
        columns={[t.rules.words, t.rules.exceptions, t.rules.scope, t.rules.kind]}
        onAdd={() => edit(addKeywordRule(rules))}
        addTestId="add-keyword"
        testId="keyword-rules"
      >
        {rules.keywords.map((r, i) => (
          <KeywordRuleRow
            key={r.id}
            rules={rules}
            index={i}
            edit={edit}
            text={words[r.id]}
            exceptionsText={words[`${r.id}\u0000exceptions`]}
            onText={(id, text) => setWords({ ...words, [id]: text })}
          />
        ))}
      </RuleTable>
      {problems.length > 0 && <RuleProblems problems={problems} />}
      <div className={s.actions}>
        <Button
          appearance="primary"
          disabled={!draft || problems.length > 0 || busy}
          onClick={() => {
            if (!draft) return;
            void session.saveRules(draft).then(() => setDraft(null));
          }}
          data-testid="rules-save"
        >
          {t.rules.save}
        </Button>
        <Button
          disabled={busy || (!draft && !st.settings.rules)}
          onClick={() => {
            setDraft(null);
            setWords({});
            void session.resetRules();
          }}
        >
          {t.rules.reset}
        </Button>
      </div>
    </section>
  );
}
