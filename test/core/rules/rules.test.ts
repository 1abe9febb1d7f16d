import { DEFAULT_RULES, validateRules, type AccountRule, type RuleSet } from "../../../src/core/rules";
import { normalizeText } from "../../../src/core/text";
import { KINDS, SCOPES } from "../../../src/core/types";

/** A deep copy a test may break freely. */
function copy(): RuleSet {
  return JSON.parse(JSON.stringify(DEFAULT_RULES)) as RuleSet;
}

function account(prefix: string): AccountRule | undefined {
  return DEFAULT_RULES.accounts.find((r) => r.prefix === prefix);
}

describe("DEFAULT_RULES", () => {
  it("passes its own validation", () => {
    expect(validateRules(DEFAULT_RULES)).toEqual([]);
  });

  it("has unique ids across accounts, keywords and nature values", () => {
    const ids = [
      ...DEFAULT_RULES.accounts.map((r) => r.id),
      ...DEFAULT_RULES.keywords.map((r) => r.id),
      ...DEFAULT_RULES.kindValues.map((r) => r.id),
    ];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("has unique account prefixes", () => {
    const prefixes = DEFAULT_RULES.accounts.map((r) => r.prefix);
    expect(new Set(prefixes).size).toBe(prefixes.length);
  });

  it("only uses known scopes and kinds", () => {
    const all = [...DEFAULT_RULES.accounts, ...DEFAULT_RULES.keywords, ...DEFAULT_RULES.kindValues];
    for (const r of all) {
      if (r.scope !== undefined) expect(SCOPES).toContain(r.scope);
      if (r.kind !== undefined) expect(KINDS).toContain(r.kind);
    }
  });

  // SPEC 2.1 item 4, row by row: prefix, scope, chart.
  it.each<[string, string, AccountRule["plan"]]>([
    ["701", "op", "both"],
    ["702", "op", "both"],
    ["703", "op", "both"],
    ["704", "op", "both"],
    ["705", "op", "both"],
    ["706", "op", "both"],
    ["707", "op", "both"],
    ["708", "op", "both"],
    ["7085", "op", "both"],
    ["709", "op", "both"],
    ["71", "non_core", "both"],
    ["72", "non_core", "both"],
    ["74", "subsidy", "both"],
    ["747", "subsidy", "pcg2025"],
    ["75", "non_core", "both"],
    ["751", "to_review", "both"],
    ["757", "asset_disposal", "pcg2025"],
    ["7587", "subsidy", "pcg2025"],
    ["76", "financial", "both"],
    ["767", "financial", "both"],
    ["77", "exceptional", "both"],
    ["775", "asset_disposal", "pre2025"],
    ["777", "subsidy", "pre2025"],
    ["78", "non_core", "both"],
    ["79", "non_core", "pre2025"],
    ["791", "non_core", "pre2025"],
    ["796", "non_core", "pre2025"],
    ["797", "non_core", "pre2025"],
    ["695", "tax_credit", "both"],
    ["699", "tax_credit", "both"],
  ])("account %s → %s (%s)", (prefix, scope, plan) => {
    const rule = account(prefix);
    expect(rule?.scope).toBe(scope);
    expect(rule?.plan).toBe(plan);
    expect(rule?.meaning.fr).not.toBe("");
    expect(rule?.meaning.en).not.toBe("");
  });

  it("marks 708 and 7085 for review and reads 709's kind from the label", () => {
    expect(account("708")?.review).toBe(true);
    expect(account("7085")?.review).toBe(true);
    expect(account("709")).toMatchObject({ kindFromLabel: true, kind: "discount" });
  });

  it("gives 74 and 75 a tax-credit label override and 708 a re-billing one", () => {
    for (const prefix of ["74", "75"]) {
      const cir = account(prefix)?.labelOverrides?.find((o) => o.scope === "tax_credit");
      expect(cir?.keywords.map(normalizeText)).toEqual(
        expect.arrayContaining(["cir", "cii", "credit d impot"]),
      );
    }
    const rebill = account("708")?.labelOverrides?.[0];
    expect(rebill?.scope).toBe("to_review");
    expect(rebill?.keywords.map(normalizeText)).toContain("refacturation");
  });

  it("declares 695 and 699 as the revenue-like tax-credit accounts", () => {
    expect(DEFAULT_RULES.taxCreditAccounts).toEqual(["695", "699"]);
  });

  it("lists the OP flag spellings of SPEC 2.1 and leaves empty cells out of both lists", () => {
    const yes = DEFAULT_RULES.opFlag.yes.map(normalizeText);
    const no = DEFAULT_RULES.opFlag.no.map(normalizeText);
    expect(yes).toEqual(expect.arrayContaining(["op", "oui", "1", "vrai", "true", "x", "yes"]));
    expect(no).toEqual(expect.arrayContaining(["non", "0", "faux", "false", "no"]));
    expect([...DEFAULT_RULES.opFlag.yes, ...DEFAULT_RULES.opFlag.no].map((w) => w.trim())).not.toContain("");
  });

  it("lists the marks of the X / empty convention, read as yes (SPEC 2.1 step 2)", () => {
    expect(DEFAULT_RULES.opFlag.marks).toEqual(["x", "✓", "✔", "☑", "*"]);
  });

  it("survives a JSON round trip (it is stored in the workbook)", () => {
    expect(copy()).toEqual(DEFAULT_RULES);
    expect(validateRules(copy())).toEqual([]);
  });
});

describe("validateRules", () => {
  it("reports every problem of a broken rule set, in French and English", () => {
    const rules = copy();
    rules.accounts.push(
      { ...rules.accounts[0] }, // duplicate id and prefix
      { id: "bad-prefix", prefix: "70A", scope: "op", plan: "both", meaning: { fr: "x", en: "x" } },
      {
        id: "bad-scope",
        prefix: "7999",
        scope: "nope" as never,
        plan: "both",
        meaning: { fr: "x", en: "x" },
      },
      {
        id: "bad-kind",
        prefix: "7998",
        scope: "op",
        kind: "gift" as never,
        plan: "both",
        meaning: { fr: "x", en: "x" },
      },
      { id: "bank", prefix: "512", scope: "op", plan: "both", meaning: { fr: "x", en: "x" } },
      { id: "bad-plan", prefix: "7997", scope: "op", plan: "2030" as never, meaning: { fr: "", en: "x" } },
    );
    rules.keywords.push(
      { id: "empty-words", scope: "subsidy", keywords: [], meaning: { fr: "x", en: "x" } },
      { id: "decides-nothing", keywords: ["truc"], meaning: { fr: "x", en: "x" } },
      { id: "punctuation", scope: "financial", keywords: ["--"], meaning: { fr: "x", en: "x" } },
    );
    rules.opFlag.no.push("Oui");
    const problems = validateRules(rules);
    const en = problems.map((p) => p.en).join("\n");
    expect(en).toContain("Id pcg-701 used 2 times");
    expect(en).toContain("prefix 701 is already defined");
    expect(en).toContain('invalid account prefix "70A"');
    expect(en).toContain('invalid scope "nope"');
    expect(en).toContain('invalid kind "gift"');
    expect(en).toContain("account 512 is outside class 7");
    expect(en).toContain('invalid chart "2030"');
    expect(en).toContain("Rule bad-plan: FR/EN meaning missing");
    expect(en).toContain("Rule empty-words: empty keywords list");
    expect(en).toContain("Rule decides-nothing: neither scope nor kind");
    expect(en).toContain('Rule punctuation: empty keyword or one without letters or digits ("--")');
    expect(en).toContain('OP column: "Oui" is in both yes and no');
    expect(problems).toHaveLength(12);
    for (const p of problems) {
      expect(p.fr.length).toBeGreaterThan(10);
      expect(p.en.length).toBeGreaterThan(10);
      expect(p.fr).not.toBe(p.en);
    }
  });

  it("accepts the same prefix in two different charts but not in overlapping ones", () => {
    const rules = copy();
    rules.accounts.push({
      id: "x-775",
      prefix: "775",
      scope: "non_core",
      plan: "pcg2025",
      meaning: { fr: "x", en: "x" },
    });
    expect(validateRules(rules)).toEqual([]);
    rules.accounts.push({
      id: "y-775",
      prefix: "775",
      scope: "non_core",
      plan: "both",
      meaning: { fr: "x", en: "x" },
    });
    expect(validateRules(rules).map((p) => p.en)).toEqual([
      "Rule y-775: prefix 775 is already defined for the same chart.",
    ]);
  });

  it("flags duplicated label override ids within an account rule", () => {
    const rules = copy();
    const r74 = rules.accounts.find((r) => r.prefix === "74")!;
    r74.labelOverrides = [...(r74.labelOverrides ?? []), { ...r74.labelOverrides![0] }];
    expect(validateRules(rules).map((p) => p.en)).toEqual([
      "Rule pcg-74:cir: label override id missing or duplicated.",
    ]);
  });

  it("checks the OP marks: a list, no empty mark, none also a no word; a rule set without marks is valid", () => {
    const rules = copy();
    rules.opFlag.marks = ["x", " ", "non"];
    expect(validateRules(rules).map((p) => p.en)).toEqual([
      'OP column: "non" is in both yes and no.',
      "OP column: empty value in the yes/no lists (an empty cell leaves the decision to the next step).",
    ]);
    rules.opFlag.marks = "x" as never;
    expect(validateRules(rules).map((p) => p.en)).toEqual(["OP column: the marks (X…) are not a list."]);
    delete rules.opFlag.marks;
    expect(validateRules(rules)).toEqual([]);
  });

  it("does not throw on hand-written JSON with missing lists", () => {
    const broken = JSON.parse('{"version":"","accounts":[{"id":"a"}]}') as RuleSet;
    const en = validateRules(broken).map((p) => p.en);
    expect(en).toEqual(
      expect.arrayContaining([
        "Rule set version is missing.",
        'Rule a: invalid account prefix "undefined" (digits expected).',
        "Tax-credit account list is missing.",
        '"keywords" list is missing.',
        '"type values" list is missing.',
        "OP column: yes/no lists missing.",
      ]),
    );
    expect(validateRules(null as unknown as RuleSet)).toEqual([
      { fr: "Le jeu de règles n'est pas un objet.", en: "The rule set is not an object." },
    ]);
  });
});
