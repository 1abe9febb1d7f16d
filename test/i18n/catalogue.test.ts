/**
 * The message catalogue: every key in both languages (tsc enforces it too: fr.ts and en.ts each
 * `satisfies Messages`), the same named arguments in both, and the engine's diagnostics, the
 * custom functions and the task pane reading the same entries.
 */
import { diag, DIAG } from "../../src/core/diagnostics";
import { CATALOGUES, fill, format, templates, type TextCode } from "../../src/i18n";
import { MESSAGES } from "../../src/functions/messages";
import { MESSAGES as PANE } from "../../src/taskpane/i18n";

/** Every leaf of a table with its path (functions and strings; arrays by index). */
function leaves(o: object, path = ""): [string, unknown][] {
  return Object.entries(o).flatMap(([k, v]) =>
    typeof v === "object" && v !== null
      ? leaves(v as object, `${path}${k}.`)
      : [[`${path}${k}`, v] as [string, unknown]],
  );
}

/** The named arguments of a template, sorted. */
function argsOf(template: string): string[] {
  return [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
}

describe("message catalogue", () => {
  it("has every key in French and English, none empty", () => {
    const fr = leaves(CATALOGUES.fr);
    const en = new Map(leaves(CATALOGUES.en));
    expect([...en.keys()].sort()).toEqual(fr.map(([k]) => k).sort());
    for (const [k, v] of fr) {
      const other = en.get(k);
      expect(typeof other).toBe(typeof v);
      if (typeof v === "string") expect(v.trim()).not.toBe("");
      if (typeof other === "string") expect(other.trim()).not.toBe("");
    }
  });

  it("gives each template the same named arguments in both languages", () => {
    // date_order_locale and date_order_other_column name the order in each language's own words
    // ({value} or {orderFr} / {orderEn}); conflict
    // quotes the two classification reasons in each language ({account_fr} / {account_en}…);
    // hidden_column names the field in each language ({field_fr} / {field_en}).
    const differ = new Set<TextCode>([
      "date_order_locale",
      "date_order_other_column",
      "date_order_title",
      "conflict",
      "hidden_column",
    ]);
    for (const code of Object.keys(CATALOGUES.fr.text) as TextCode[]) {
      if (differ.has(code)) continue;
      expect([code, argsOf(CATALOGUES.en.text[code])]).toEqual([code, argsOf(CATALOGUES.fr.text[code])]);
    }
    const fr = new Map(leaves(CATALOGUES.fr));
    for (const [k, v] of leaves(CATALOGUES.en)) {
      if (typeof v !== "string" || differ.has(k.replace(/^text\./, "") as TextCode)) continue;
      expect([k, argsOf(v)]).toEqual([k, argsOf(String(fr.get(k)))]);
    }
  });

  it("translates, not copies, the sheets' labels", () => {
    expect(CATALOGUES.en.dashboard.headers).not.toEqual(CATALOGUES.fr.dashboard.headers);
    expect(CATALOGUES.en.qc.summary).not.toEqual(CATALOGUES.fr.qc.summary);
    expect(CATALOGUES.en.dashboard.audit).toBe("Audit");
  });

  it("fills named arguments and the plural mark", () => {
    expect(fill("{count} ligne{s} vide{s}", { count: 2 })).toBe("2 lignes vides");
    expect(fill("{count} ligne{s} vide{s}", { count: 1 })).toBe("1 ligne vide");
    expect(fill("{missing} stays", {})).toBe("{missing} stays");
    expect(format("en", "progress_writing", { sheet: "Tableau de bord CA OP" })).toBe(
      'Writing "Tableau de bord CA OP"',
    );
    expect(format("fr", "progress_writing", { sheet: "X" })).toBe("Écriture de « X »");
  });
});

describe("one text per message", () => {
  it("the engine's diagnostic is the catalogue's text plus what happened to the line", () => {
    const d = diag(DIAG.dateUnreadable, { row: 7, column: "Date", value: "32/13", amount: "12.50" });
    expect(d.message).toBe(
      "ligne 7 : date illisible « 32/13 » (colonne « Date »), ligne ignorée (montant 12.50)",
    );
    expect(d.messageEn).toBe('row 7: unreadable date "32/13" (column "Date"), line ignored (amount 12.50)');
    const n = diag(DIAG.notRevenue, { row: 0, column: "", value: "", amount: "5", args: { count: 3 } });
    expect(n.message).toBe(
      "3 lignes hors classe 7 (clients, TVA, banque, charges…) : pas du chiffre d'affaires, ignorées (montant 5)",
    );
    expect(n.args).toEqual({ count: 3 });
  });

  it("the custom functions say the same text without the tail", () => {
    for (const code of ["amount_unreadable", "date_empty", "direction_unreadable"] as const) {
      expect(MESSAGES[code]).toEqual(templates(code));
      expect(MESSAGES[code].fr).not.toContain("ignorée");
    }
  });

  it("the task pane reads the catalogue's pane texts", () => {
    expect(PANE.fr).toBe(CATALOGUES.fr.pane);
    expect(PANE.en).toBe(CATALOGUES.en.pane);
  });
});
