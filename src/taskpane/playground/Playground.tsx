/**
 * The browser playground: the same task pane as in Excel, beside the in-memory workbook's sheets
 * shown as grids. Opens the bundled sample, a large generated ledger (?sample=large&lines=N) or an
 * .xlsx the user picks; the generated dashboard appears as a sheet tab.
 */
import {
  Button,
  FluentProvider,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Switch,
  Tab,
  TabList,
  tokens,
} from "@fluentui/react-components";
import { startTransition, useEffect, useMemo, useState, type ChangeEvent } from "react";
import type { Lang } from "../../core/types";
import { colLetter } from "../../sheet/a1";
import type { MemoryWorkbook } from "../../workbook/memory";
import { Taskpane } from "../components/Taskpane";
import type { TaskpaneHost } from "../host";
import { browserFileReader } from "../files/client";
import { workerGenerator } from "../generate/client";
import { startGenerationWorker } from "../generate/spawn";
import { I18nProvider, MESSAGES } from "../i18n";
import { Session } from "../logic/session";
import { themeFor } from "../theme";
import { ObservedWorkbook } from "./observed";
import { SheetGrid, sheetWidth } from "./SheetGrid";
import { sampleWorkbook } from "./workbooks";

const useStyles = makeStyles({
  page: {
    display: "grid",
    gridTemplateRows: "auto 1fr",
    height: "100vh",
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
  bar: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  subtitle: {
    margin: 0,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    flexGrow: 1,
  },
  main: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) 380px",
    minHeight: 0,
    // As narrow as a task pane (320 px on Windows): the pane alone, as Office shows it.
    "@media (max-width: 700px)": { gridTemplateColumns: "minmax(0, 1fr)" },
  },
  book: {
    "@media (max-width: 700px)": { display: "none" },
    display: "flex",
    flexDirection: "column",
    minHeight: 0,
    minWidth: 0,
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  tabs: { overflowX: "auto", flexShrink: 0 },
  pane: { overflowY: "auto", minHeight: 0, backgroundColor: tokens.colorNeutralBackground1 },
  file: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clip: "rect(0 0 0 0)" },
});

/** Props: the workbook to open first, the language and theme to start with. */
export interface PlaygroundProps {
  workbook: MemoryWorkbook;
  lang: Lang;
  dark: boolean;
}

/** What one opened workbook needs: its observed port, the pane's session and host. */
function openWorkbook(
  wb: MemoryWorkbook,
  show: (sheet: string) => void,
): { port: ObservedWorkbook; session: Session } {
  const port = new ObservedWorkbook(wb);
  const params = new URLSearchParams(window.location.search);
  const host: TaskpaneHost = {
    port,
    // ?worker=0: files read in chunks and sheets generated on the main thread (the fallback; the bench compares both).
    ...(params.get("worker") === "0"
      ? {}
      : { readFile: browserFileReader, generator: workerGenerator(startGenerationWorker) }),
    activate: async (sheet) => show(sheet),
    selection: async () => {
      const name = wb.active ?? wb.sheets.find((x) => !x.productKey)?.name;
      const sheet = name ? wb.sheet(name) : undefined;
      if (!sheet) return null;
      return {
        sheet: sheet.name,
        address: `A1:${colLetter(sheetWidth(sheet))}${Math.max(1, sheet.grid.length)}`,
      };
    },
  };
  return { port, session: new Session(host) };
}

/** Grids refresh this often at most while the pane writes (a write per slice would redraw 2,600 cells each time). */
const GRID_REFRESH_MS = 400;

/** The workbook's change counter, passed on at most every GRID_REFRESH_MS. */
function useThrottledVersion(port: ObservedWorkbook): number {
  const [version, setVersion] = useState(port.getVersion());
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const off = port.subscribe(() => {
      timer ??= setTimeout(() => {
        timer = null;
        // A transition: React renders the grid in slices, the pane keeps answering meanwhile.
        startTransition(() => setVersion(port.getVersion()));
      }, GRID_REFRESH_MS);
    });
    return () => {
      off();
      if (timer) clearTimeout(timer);
    };
  }, [port]);
  return version;
}

/** The playground page. */
export function Playground(props: PlaygroundProps): JSX.Element {
  const s = useStyles();
  const [lang, setLang] = useState<Lang>(props.lang);
  const [dark, setDark] = useState(props.dark);
  const [{ workbook, id }, setOpened] = useState({ workbook: props.workbook, id: 0 });
  const setWorkbook = (wb: MemoryWorkbook): void => setOpened({ workbook: wb, id: id + 1 });
  const [active, setActive] = useState<string | undefined>(undefined);
  const [fileNote, setFileNote] = useState<string | null>(null);
  const opened = useMemo(
    () => openWorkbook(workbook, (name) => startTransition(() => setActive(name))),
    [workbook],
  );
  const version = useThrottledVersion(opened.port);
  const t = MESSAGES[lang];
  const sheets = workbook.sheets;
  const current = sheets.find((x) => x.name === active) ?? sheets[0];
  workbook.active = current?.name;
  (window as unknown as { __caop?: unknown }).__caop = { workbook, session: opened.session };

  const pick = async (e: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const file = e.target.files?.[0];
    if (!file) return;
    setFileNote(t.playground.loadingFile(file.name));
    try {
      const { isTextTable, workbookFromText } = await import("./textfile");
      const wb = isTextTable(file.name)
        ? await workbookFromText(file.name, new Uint8Array(await file.arrayBuffer()))
        : await (await import("./xlsx")).workbookFromXlsx(await file.arrayBuffer());
      setActive(undefined);
      setWorkbook(wb);
      setFileNote(null);
    } catch (err) {
      setFileNote(t.playground.fileError(err instanceof Error ? err.message : String(err)));
    }
    e.target.value = "";
  };
  // The sheets are written in the pane's language, as in Excel (App.tsx does the same).
  useEffect(() => opened.session.setLang(lang), [opened.session, lang]);
  const changeLang = (l: Lang): void => {
    setLang(l);
    document.documentElement.lang = l;
  };

  return (
    <FluentProvider theme={themeFor(dark)} lang={lang === "fr" ? "fr-FR" : "en-GB"}>
      <I18nProvider lang={lang}>
        <div className={s.page}>
          <header className={s.bar}>
            <h1 className={s.title}>{t.playground.title}</h1>
            <p className={s.subtitle}>{t.playground.subtitle}</p>
            <input
              id="xlsx-file"
              type="file"
              tabIndex={-1}
              aria-hidden="true"
              aria-label={t.playground.open}
              accept=".xlsx,.xlsm,.csv,.tsv,.txt"
              className={s.file}
              onChange={(e) => void pick(e)}
              data-testid="xlsx-file"
            />
            <Button onClick={() => document.getElementById("xlsx-file")?.click()} data-testid="open-xlsx">
              {t.playground.open}
            </Button>
            <Button
              onClick={() => {
                setActive(undefined);
                setWorkbook(sampleWorkbook());
              }}
            >
              {t.playground.sample}
            </Button>
            <Switch checked={dark} onChange={(_e, d) => setDark(d.checked)} label={t.playground.dark} />
          </header>
          <div className={s.main}>
            <section className={s.book} aria-label={t.playground.sheets}>
              {fileNote && (
                <MessageBar>
                  <MessageBarBody>{fileNote}</MessageBarBody>
                </MessageBar>
              )}
              <div className={s.tabs}>
                <TabList
                  selectedValue={current?.name}
                  onTabSelect={(_e, d) => setActive(String(d.value))}
                  size="small"
                  aria-label={t.playground.sheets}
                >
                  {sheets.map((x) => (
                    <Tab key={x.name} value={x.name} data-testid={`sheet-${x.name}`}>
                      {x.name}
                    </Tab>
                  ))}
                </TabList>
              </div>
              {current && <SheetGrid key={current.name} sheet={current} version={version} />}
            </section>
            <aside className={s.pane} aria-label={t.playground.pane}>
              <Taskpane key={id} session={opened.session} lang={lang} onLangChange={changeLang} />
            </aside>
          </div>
        </div>
      </I18nProvider>
    </FluentProvider>
  );
}
