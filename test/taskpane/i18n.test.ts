import { en } from "../../src/i18n/pane/en";
import { fr } from "../../src/i18n/pane/fr";
import { langOf } from "../../src/taskpane/i18n";

/** Every leaf of a translation table with its path. */
function leaves(o: object, path = ""): [string, unknown][] {
  return Object.entries(o).flatMap(([k, v]) =>
    typeof v === "object" && v !== null
      ? leaves(v, `${path}${k}.`)
      : [[`${path}${k}`, v] as [string, unknown]],
  );
}

describe("translation tables", () => {
  it("have the same keys in French and English, none empty", () => {
    const f = leaves(fr);
    const e = new Map(leaves(en));
    expect([...e.keys()].sort()).toEqual(f.map(([k]) => k).sort());
    for (const [k, v] of f) {
      const other = e.get(k);
      expect(typeof other).toBe(typeof v);
      if (typeof v === "string") expect(v.trim()).not.toBe("");
      if (typeof other === "string") expect(other.trim()).not.toBe("");
    }
  });

  it("translate, not copy, the visible sentences", () => {
    expect(en.mapping.confirm).not.toBe(fr.mapping.confirm);
    expect(en.tagging.reviewTitle("3")).toBe("Lines to review (3)");
    expect(fr.tagging.reviewTitle("3")).toBe("Lignes à vérifier (3)");
  });

  it("picks French unless the locale is English", () => {
    expect(langOf("en-US")).toBe("en");
    expect(langOf("fr-FR")).toBe("fr");
    expect(langOf("de-DE")).toBe("fr");
    expect(langOf(undefined)).toBe("fr");
  });
});
