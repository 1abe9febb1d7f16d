/** Shared layout styles of the pane (Fluent tokens only, so light and dark themes both work). */
import { makeStyles, tokens } from "@fluentui/react-components";

export const usePaneStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
    outlineStyle: "none",
  },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  intro: { margin: 0, color: tokens.colorNeutralForeground2 },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "end" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  scroll: { overflowX: "auto", maxWidth: "100%" },
  table: { tableLayout: "auto", width: "100%" },
  number: { textAlign: "right", whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" },
  total: { fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground3 },
  caption: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  error: { color: tokens.colorPaletteRedForeground1 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  cards: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingHorizontalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  check: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "baseline", minHeight: "32px" },
  done: {
    color: tokens.colorPaletteGreenForeground1,
    fontWeight: tokens.fontWeightBold,
    width: "1.5em",
    textAlign: "center",
  },
  notDone: { color: tokens.colorPaletteDarkOrangeForeground1, width: "1.5em", textAlign: "center" },
  /** The step's main action, kept in view at the bottom of a narrow pane. */
  footer: {
    position: "sticky",
    bottom: 0,
    zIndex: 1,
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} 0`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  /** A file input kept out of sight (a Button opens it), still reachable by tests. */
  hiddenFile: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
  },
  cardHead: { display: "flex", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
});
