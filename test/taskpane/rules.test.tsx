import { fireEvent, screen, within } from "@testing-library/react";
import { DEFAULT_RULES } from "../../src/core/rules";
import {
  addAccountRule,
  addKeywordRule,
  editableRules,
  parseWords,
  removeAccountRule,
  ruleProblems,
  setKeywordExceptions,
  stamped,
  updateAccountRule,
} from "../../src/taskpane/logic/rules";
import { idle, renderPane, sampleBook } from "./helpers";

/** The line count the summary shows for a status. */
function count(key: string): string | null {
  return within(screen.getByTestId(`status-${key}`)).getAllByRole("cell")[1].textContent;
}

describe("rule editor model", () => {
  it("edits a copy: the built-in rules never change", () => {
    const before = JSON.stringify(DEFAULT_RULES);
    const r = updateAccountRule(addAccountRule(editableRules(DEFAULT_RULES)), 0, {
      prefix: "7718",
      scope: "op",
    });
    expect(r.accounts[0]).toMatchObject({ prefix: "7718", scope: "op", id: "user-account-1" });
    expect(r.accounts).toHaveLength(DEFAULT_RULES.accounts.length + 1);
    expect(JSON.stringify(DEFAULT_RULES)).toBe(before);
    expect(removeAccountRule(r, 0).accounts).toHaveLength(DEFAULT_RULES.accounts.length);
  });

  it("gives each new rule a fresh id", () => {
    const r = addKeywordRule(addKeywordRule(DEFAULT_RULES));
    expect(r.keywords.slice(0, 2).map((k) => k.id)).toEqual(["user-keyword-2", "user-keyword-1"]);
  });

  it("finds the problems of an edited rule set with the core's validation", () => {
    const bad = addAccountRule(DEFAULT_RULES);
    expect(ruleProblems(bad).length).toBeGreaterThan(0);
    expect(ruleProblems(updateAccountRule(bad, 0, { prefix: "7718" }))).toEqual([]);
  });

  it("splits keywords on commas, semicolons and lines", () => {
    expect(parseWords("cession, terrain ; vente d'actif\nbrevet,, ")).toEqual([
      "cession",
      "terrain",
      "vente d'actif",
      "brevet",
    ]);
  });

  it("sets a keyword rule's exceptions from the text typed, and removes them when emptied", () => {
    const rules = editableRules(DEFAULT_RULES);
    const i = rules.keywords.findIndex((k) => k.id === "kw-return");
    const set = setKeywordExceptions(rules, i, "retour d'expérience; aller-retour");
    expect(set.keywords[i].exceptions).toEqual(["retour d'expérience", "aller-retour"]);
    expect("exceptions" in setKeywordExceptions(set, i, " ").keywords[i]).toBe(false);
    expect(DEFAULT_RULES.keywords[i].exceptions).toContain("retour d'expérience");
  });

  it("marks a user rule set in its version, once", () => {
    expect(stamped(DEFAULT_RULES)).toBe(DEFAULT_RULES);
    const v = stamped(stamped(editableRules(DEFAULT_RULES))).version;
    expect(v).toBe(`${DEFAULT_RULES.version}+user`);
  });
});

describe("rule editor", () => {
  async function openRules() {
    const wb = sampleBook();
    const r = await renderPane(wb);
    fireEvent.click(screen.getByTestId("source-next"));
    fireEvent.click(screen.getByTestId("mapping-confirm"));
    await idle(r.session);
    fireEvent.click(screen.getByTestId("rules-toggle"));
    return { wb, ...r };
  }

  it("adds an account rule, saves it in the workbook and reclassifies the lines", async () => {
    const { wb, session } = await openRules();
    expect(count("exceptional")).toBe("1");
    fireEvent.click(screen.getByTestId("add-account"));
    fireEvent.change(screen.getByLabelText("Préfixe de la règle 1"), { target: { value: "7718" } });
    expect(screen.queryByTestId("rule-problems")).toBeNull();
    fireEvent.click(screen.getByTestId("rules-save"));
    await idle(session);
    const stored = await wb.loadSettings();
    expect(stored.rules?.accounts[0]).toMatchObject({ prefix: "7718", scope: "non_core" });
    expect(stored.rules?.version).toBe(`${DEFAULT_RULES.version}+user`);
    expect(count("exceptional")).toBe("0");
    expect(count("non_core")).toBe("2");
  });

  it("edits a keyword rule's exceptions and stores them in the workbook with the rules", async () => {
    const { wb, session } = await openRules();
    const field = screen.getByLabelText(
      "Exceptions : expressions courantes à ne pas prendre pour le mot-clé (séparées par des virgules) " +
        "(Retour, avoir, annulation (déduction))",
    ) as HTMLInputElement;
    expect(field.value).toContain("retour d'expérience");
    fireEvent.change(field, { target: { value: "retour de vacances, " } });
    expect(field.value).toBe("retour de vacances, ");
    expect(screen.queryByTestId("rule-problems")).toBeNull();
    fireEvent.click(screen.getByTestId("rules-save"));
    await idle(session);
    const stored = await wb.loadSettings();
    expect(stored.rules?.keywords.find((k) => k.id === "kw-return")?.exceptions).toEqual([
      "retour de vacances",
    ]);
  });

  it("lists the problems and refuses to save a rule without prefix", async () => {
    await openRules();
    fireEvent.click(screen.getByTestId("add-account"));
    expect(within(screen.getByTestId("rule-problems")).getAllByRole("listitem").length).toBeGreaterThan(0);
    expect((screen.getByTestId("rules-save") as HTMLButtonElement).disabled).toBe(true);
  });

  it("goes back to the built-in rules", async () => {
    const { wb, session } = await openRules();
    fireEvent.click(screen.getByTestId("add-account"));
    fireEvent.change(screen.getByLabelText("Préfixe de la règle 1"), { target: { value: "7718" } });
    fireEvent.click(screen.getByTestId("rules-save"));
    await idle(session);
    fireEvent.click(screen.getByText("Rétablir les règles par défaut"));
    await idle(session);
    expect((await wb.loadSettings()).rules).toBeUndefined();
    expect(count("exceptional")).toBe("1");
  });
});
