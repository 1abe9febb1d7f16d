import { DEFAULT_RULES, type RuleSet } from "../../src/core/rules";
import { defaultSettings, engineOptions, parseSettings, settingsJson } from "../../src/core/settings";

/** A copy of the built-in rules with one account rule changed. */
function rulesWith(prefix: string): RuleSet {
  const copy = JSON.parse(JSON.stringify(DEFAULT_RULES)) as RuleSet;
  copy.version = "user.1";
  copy.accounts[0] = { ...copy.accounts[0], prefix };
  return copy;
}

describe("parseSettings", () => {
  it("keeps the pane's signs setting only as one of its two values, and hands it to the engine", () => {
    const saved = parseSettings(JSON.stringify({ ...defaultSettings(), signs: "debit_positive" }));
    expect([saved.signs, engineOptions(saved).signs]).toEqual(["debit_positive", "debit_positive"]);
    expect(parseSettings(JSON.stringify({ ...defaultSettings(), signs: "negative" })).signs).toBeUndefined();
  });

  it("keeps whether the source is a journal only as a boolean", () => {
    expect(parseSettings(JSON.stringify({ ...defaultSettings(), journal: true })).journal).toBe(true);
    expect(parseSettings(JSON.stringify({ ...defaultSettings(), journal: "yes" })).journal).toBeUndefined();
    expect("journal" in parseSettings(JSON.stringify(defaultSettings()))).toBe(false);
  });

  it("keeps a stored rule set that passes validation, without diagnostics", () => {
    const rules = rulesWith("7069");
    const s = parseSettings(JSON.stringify({ ...defaultSettings(), rules, mapping: { amount: "HT" } }));
    expect(s.rules).toEqual(rules);
    expect(s.mapping).toEqual({ amount: "HT" });
    expect(s.diagnostics).toBeUndefined();
  });

  it("falls back to the built-in rules with a diagnostic naming the problem when the stored set is invalid", () => {
    const s = parseSettings(JSON.stringify({ ...defaultSettings(), rules: rulesWith("7O6"), year: 2025 }));
    expect(s.rules).toBeUndefined();
    expect(s.year).toBe(2025);
    expect(s.diagnostics).toHaveLength(1);
    expect(s.diagnostics?.[0]).toMatchObject({ row: 0, code: "rules_invalid", severity: "warning" });
    expect(s.diagnostics?.[0].message).toContain("règles par défaut utilisées");
    expect(s.diagnostics?.[0].message).toContain("« 7O6 »");
    expect(s.diagnostics?.[0].messageEn).toContain('"7O6"');
  });

  it("rejects a rule set that is not an object", () => {
    const s = parseSettings(JSON.stringify({ rules: "pcg" }));
    expect(s.rules).toBeUndefined();
    expect(s.diagnostics?.map((d) => d.code)).toEqual(["rules_invalid"]);
  });

  it("edge cases: no, broken or non-object JSON gives the defaults", () => {
    expect(parseSettings(null)).toEqual(defaultSettings());
    expect(parseSettings("{not json")).toEqual(defaultSettings());
    expect(parseSettings("null")).toEqual(defaultSettings());
  });
});

describe("settingsJson", () => {
  it("saves everything but the diagnostics, which are recomputed on reading", () => {
    const read = parseSettings(JSON.stringify({ ...defaultSettings(), rules: rulesWith("abc") }));
    const json = settingsJson({ ...read, rules: rulesWith("abc") });
    expect(JSON.parse(json)).not.toHaveProperty("diagnostics");
    expect(parseSettings(json).diagnostics).toHaveLength(1);
    const stale = JSON.stringify({ ...defaultSettings(), diagnostics: [{ code: "old" }] });
    expect(parseSettings(stale).diagnostics).toBeUndefined();
  });
});
