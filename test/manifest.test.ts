/**
 * manifest.xml validated offline (the official validator is a web service): well-formed, element
 * order of the schema for the parts used, every resid defined and used, the shared runtime wired
 * on one URL, custom functions without namespace and with French metadata, URLs pointing at files
 * the build emits, and the production build's URL rewrite.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import {
  FRENCH_LOCALES,
  checkManifest,
  definitions as definitionsIn,
  orderProblems,
  resourceKind,
} from "../scripts/manifest-check";
import { find, findAll, localName, parseXml, walk, type XmlElement } from "./xml";

const ROOT = join(__dirname, "..");
const text = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const doc = parseXml(text);
const vo = find(doc, "VersionOverrides") as XmlElement;
const host = find(vo, "Hosts/Host") as XmlElement;
const resources = find(vo, "Resources") as XmlElement;

/** Resource id → its element, per resource list of manifest.xml. */
const definitions = (kind: string): Map<string, XmlElement> => definitionsIn(resources, kind);

const urlOf = (resid: string): string => definitions("Urls").get(resid)?.attributes.DefaultValue ?? "";

describe("manifest.xml is well-formed", () => {
  it("parses as XML with an OfficeApp task-pane root and the right namespaces", () => {
    expect(doc.name).toBe("OfficeApp");
    expect(doc.attributes["xsi:type"]).toBe("TaskPaneApp");
    expect(doc.attributes.xmlns).toBe("http://schemas.microsoft.com/office/appforoffice/1.1");
    expect(doc.attributes["xmlns:bt"]).toBe("http://schemas.microsoft.com/office/officeappbasictypes/1.0");
    expect(vo.attributes.xmlns).toBe("http://schemas.microsoft.com/office/taskpaneappversionoverrides");
    expect(vo.attributes["xsi:type"]).toBe("VersionOverridesV1_0");
  });

  it("the parser rejects broken XML (so the test above means something)", () => {
    expect(() => parseXml("<a><b></a></b>")).toThrow();
    expect(() => parseXml('<a x="1" x="2"/>')).toThrow();
    expect(() => parseXml("<a>&nbsp;</a>")).toThrow();
    expect(() => parseXml("<a>")).toThrow();
    expect(() => parseXml("<a/><b/>")).toThrow();
  });

  it("has a GUID id and a four-part version", () => {
    expect(find(doc, "Id")?.text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(find(doc, "Version")?.text).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  });
});

describe("element order of the schema", () => {
  it("every element's children come in the schema's order, and only known ones", () => {
    expect(orderProblems(doc)).toEqual([]);
  });

  it("a misplaced element is caught", () => {
    const bad = parseXml("<ExtensionPoint><Page/><Script/><Metadata/></ExtensionPoint>");
    expect(orderProblems(bad)).toEqual(["line 1: <Script> comes too late in <ExtensionPoint>"]);
    expect(orderProblems(parseXml("<Host><Runtimes/><Whatever/></Host>"))).toHaveLength(1);
  });
});

describe("resources", () => {
  it("every resid is defined in the right list", () => {
    const missing: string[] = [];
    walk(vo, (el, parent) => {
      const resid = el.attributes.resid;
      if (resid === undefined) return;
      const kind = resourceKind(el, parent);
      if (kind === null || !definitions(kind).has(resid))
        missing.push(`line ${el.line}: <${el.name} resid="${resid}"> (${kind})`);
    });
    expect(missing).toEqual([]);
  });

  it("every defined resource is used, ids are unique and at most 32 characters", () => {
    const used = new Set<string>();
    walk(vo, (el) => {
      if (el.attributes.resid) used.add(el.attributes.resid);
    });
    const all = ["Images", "Urls", "ShortStrings", "LongStrings"].flatMap((k) => [...definitions(k).keys()]);
    expect(all.filter((id) => !used.has(id))).toEqual([]);
    expect(new Set(all).size).toBe(all.length);
    expect(all.filter((id) => id.length > 32)).toEqual([]);
  });

  it("strings fit Office's limits and every French override is there", () => {
    for (const [kind, max] of [
      ["ShortStrings", 125],
      ["LongStrings", 250],
    ] as const) {
      for (const s of definitions(kind).values()) {
        const values = [s.attributes.DefaultValue, ...s.children.map((o) => o.attributes.Value)];
        for (const v of values) expect([s.attributes.id, v.length <= max]).toEqual([s.attributes.id, true]);
        expect([s.attributes.id, s.children.map((o) => o.attributes.Locale)]).toEqual([
          s.attributes.id,
          FRENCH_LOCALES.map((l) => l.toLowerCase()),
        ]);
      }
    }
    for (const el of [find(doc, "DisplayName"), find(doc, "Description")]) {
      expect(el?.children.map((o) => o.attributes.Locale)).toEqual([...FRENCH_LOCALES]);
    }
  });

  it('the ribbon says "Tableau de bord CA OP" in every French locale (France, Canada, Belgium, Switzerland, Luxembourg)', () => {
    const label = definitions("ShortStrings").get("Caop.DashboardButton.Label");
    for (const locale of ["fr-fr", "fr-ca", "fr-be", "fr-ch", "fr-lu"])
      expect([locale, label?.children.find((o) => o.attributes.Locale === locale)?.attributes.Value]).toEqual(
        [locale, "Tableau de bord CA OP"],
      );
    expect(
      find(doc, "DisplayName")?.children.find((o) => o.attributes.Locale === "fr-BE")?.attributes.Value,
    ).toBe("CA OP pour Excel");
  });

  it("the shared checks of npm run validate pass on manifest.xml and catch a broken one", () => {
    expect(checkManifest(text, "https://localhost:3000/")).toEqual([]);
    expect(
      checkManifest(text.split('Locale="fr-lu"').join('Locale="fr-xx"'), "https://localhost:3000/").length,
    ).toBeGreaterThan(0);
    expect(checkManifest(text, "https://caop.contoso.com/")).not.toEqual([]);
    expect(checkManifest("<OfficeApp>", "https://x/")[0]).toMatch(/not well-formed/);
  });
});

describe("shared runtime and custom functions", () => {
  it("one long-lived runtime on Taskpane.Url, used by the functions page, the command file and the task pane", () => {
    const runtimes = findAll(host, "Runtime");
    expect(runtimes.map((r) => [r.attributes.resid, r.attributes.lifetime])).toEqual([
      ["Taskpane.Url", "long"],
    ]);
    const cf = findAll(host, "ExtensionPoint").find(
      (e) => e.attributes["xsi:type"] === "CustomFunctions",
    ) as XmlElement;
    expect(find(cf, "Page/SourceLocation")?.attributes.resid).toBe("Taskpane.Url");
    expect(find(host, "DesktopFormFactor/FunctionFile")?.attributes.resid).toBe("Taskpane.Url");
    const actions = findAll(host, "Action");
    for (const a of actions.filter((x) => x.attributes["xsi:type"] === "ShowTaskpane")) {
      expect(find(a, "SourceLocation")?.attributes.resid).toBe("Taskpane.Url");
    }
    // A shared runtime has one task pane: no TaskpaneId on any action.
    expect(findAll(host, "TaskpaneId")).toEqual([]);
    expect(find(doc, "DefaultSettings/SourceLocation")?.attributes.DefaultValue).toBe(urlOf("Taskpane.Url"));
  });

  it("custom functions have no namespace (=CAOP is typed as is) and French metadata for French Excel", () => {
    const cf = findAll(host, "ExtensionPoint").find(
      (e) => e.attributes["xsi:type"] === "CustomFunctions",
    ) as XmlElement;
    expect(cf.children.map((c) => localName(c.name))).toEqual(["Script", "Page", "Metadata"]);
    const meta = definitions("Urls").get(
      find(cf, "Metadata/SourceLocation")?.attributes.resid ?? "",
    ) as XmlElement;
    expect(meta.attributes.DefaultValue).toBe("https://localhost:3000/functions.json");
    expect(meta.children.map((o) => [localName(o.name), o.attributes.Locale, o.attributes.Value])).toEqual(
      ["fr-fr", "fr-ca", "fr-be", "fr-ch", "fr-lu"].map((l) => [
        "Override",
        l,
        "https://localhost:3000/functions-fr.json",
      ]),
    );
    expect(urlOf(find(cf, "Script/SourceLocation")?.attributes.resid ?? "")).toBe(
      "https://localhost:3000/functions.js",
    );
  });

  it("the dashboard button runs generateDashboard; the other shows the task pane", () => {
    const controls = findAll(host, "Control");
    expect(controls.map((c) => [c.attributes.id, find(c, "Action")?.attributes["xsi:type"]])).toEqual([
      ["Caop.DashboardButton", "ExecuteFunction"],
      ["Caop.TaskpaneButton", "ShowTaskpane"],
    ]);
    expect(find(controls[0], "Action/FunctionName")?.text).toBe("generateDashboard");
  });

  it("requirement sets are real ones: SharedRuntime 1.1 and CustomFunctionsRuntime 1.1 (newer ones are checked at run time)", () => {
    const sets = findAll(find(doc, "Requirements") as XmlElement, "Set").map((s) => [
      s.attributes.Name,
      s.attributes.MinVersion,
    ]);
    expect(sets).toEqual([
      ["SharedRuntime", "1.1"],
      ["CustomFunctionsRuntime", "1.1"],
    ]);
    const source = readFileSync(join(ROOT, "src/functions/context.ts"), "utf8");
    expect(source).toContain('hostSupports("CustomFunctionsRuntime", "1.4")');
  });
});

describe("URLs", () => {
  const urls: string[] = [];
  walk(doc, (el) => {
    for (const v of [el.attributes.DefaultValue, el.attributes.Value])
      if (v?.startsWith("http")) urls.push(v);
  });
  const assets = new Set(readdirSync(join(ROOT, "assets")));

  it("all point at the dev server, each at a file the build emits", () => {
    const emitted = new Set(["taskpane.html", "functions.js", "functions.json", "functions-fr.json"]);
    expect(urls.length).toBeGreaterThan(10);
    for (const u of urls) {
      expect(u.startsWith("https://localhost:3000/")).toBe(true);
      const file = u.slice("https://localhost:3000/".length);
      const ok =
        emitted.has(file) || (file.startsWith("assets/") && assets.has(file.slice("assets/".length)));
      expect([u, ok]).toEqual([u, true]);
    }
  });

  it("icons are PNGs of the size the manifest says", () => {
    for (const img of findAll(vo, "Image").filter((i) => i.attributes.size)) {
      const file =
        definitions("Images")
          .get(img.attributes.resid)
          ?.attributes.DefaultValue.replace("https://localhost:3000/", "") ?? "";
      const png = readFileSync(join(ROOT, file));
      expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
      expect([file, png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([
        file,
        Number(img.attributes.size),
        Number(img.attributes.size),
      ]);
    }
  });

  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const makeConfig = require("../webpack.config.js") as ((
    env: object,
    o: object,
  ) => Promise<{ plugins: object[] }>) & { productionUrl: (env: object) => string };
  const PROD = "https://caop.contoso.com/addin/";

  const transformOf = async (
    mode: string,
    env: object = { prodUrl: PROD },
  ): Promise<((c: Buffer) => string | Buffer) | undefined> => {
    const config = await makeConfig(env, { mode });
    const copy = config.plugins.find((p) => p.constructor.name === "CopyPlugin") as {
      patterns: { from: string; transform?: (c: Buffer) => string | Buffer }[];
    };
    return copy.patterns.find((p) => p.from === "manifest*.xml")?.transform;
  };

  it("the production build rewrites every dev URL to the production URL; development keeps them", async () => {
    const prodTransform = await transformOf("production");
    if (!prodTransform) throw new Error("no manifest transform in webpack.config.js");
    const prod = String(prodTransform(Buffer.from(text)));
    expect(prod).not.toContain("localhost");
    expect(prod.split(PROD).length - 1).toBe(text.split("https://localhost:3000/").length - 1);
    // The built manifest passes the same offline checks as npm run validate.
    expect(checkManifest(prod, PROD)).toEqual([]);
    const devTransform = await transformOf("development", {});
    expect(String(devTransform?.(Buffer.from(text)))).toBe(text);
  });

  it("a production build without a usable production URL fails with a clear message", async () => {
    const saved = process.env.ADDIN_PROD_URL;
    delete process.env.ADDIN_PROD_URL;
    try {
      await expect(makeConfig({}, { mode: "production" })).rejects.toThrow(/ADDIN_PROD_URL/);
      expect(() => makeConfig.productionUrl({ prodUrl: "http://caop.contoso.com/" })).toThrow(/https/);
      expect(() => makeConfig.productionUrl({ prodUrl: "https://caop-excel.example.org/" })).toThrow(
        /real production host/,
      );
      expect(makeConfig.productionUrl({ prodUrl: "https://caop.contoso.com/addin" })).toBe(PROD);
      // A partial production build (tests) without a URL copies no manifest rather than a wrong one.
      expect(await transformOf("production", { only: "functions" })).toBeUndefined();
    } finally {
      if (saved !== undefined) process.env.ADDIN_PROD_URL = saved;
    }
  });
});
