/**
 * Offline structural checks of an add-in manifest (the official validator is a web service): well
 * formed, element order of the schema for the parts used, every resid defined in the right list and
 * used, ids unique and short, strings within Office's limits with every French override, and every
 * URL under one base. Used by test/manifest.test.ts (manifest.xml) and `npm run validate`
 * (dist/manifest.xml, scripts/validate-manifest.ts). Element order: https://learn.microsoft.com/office/dev/add-ins/develop/manifest-element-ordering
 */
import { find, localName, parseXml, walk, type XmlElement } from "./xml";

/** French locales with overrides: DisplayName/Description use "fr-FR", resources "fr-fr" (as Office's samples). */
export const FRENCH_LOCALES = ["fr-FR", "fr-CA", "fr-BE", "fr-CH", "fr-LU"] as const;

/** Child order of the schema for the elements this manifest uses (Office docs: manifest element ordering). */
export const ORDER: Record<string, string[]> = {
  OfficeApp: [
    "Id",
    "AlternateId",
    "Version",
    "ProviderName",
    "DefaultLocale",
    "DisplayName",
    "Description",
    "IconUrl",
    "HighResolutionIconUrl",
    "SupportUrl",
    "AppDomains",
    "Hosts",
    "Requirements",
    "DefaultSettings",
    "Permissions",
    "Dictionary",
    "VersionOverrides",
    "ExtendedOverrides",
  ],
  VersionOverrides: [
    "Description",
    "Requirements",
    "Hosts",
    "Resources",
    "WebApplicationInfo",
    "EquivalentAddins",
  ],
  Host: ["Runtimes", "AllFormFactors", "DesktopFormFactor"],
  ExtensionPoint: ["Script", "Page", "Metadata", "Namespace", "OfficeTab", "CustomTab", "OfficeMenu"],
  DesktopFormFactor: ["GetStarted", "FunctionFile", "ExtensionPoint"],
  GetStarted: ["Title", "Description", "LearnMoreUrl"],
  Group: ["Label", "Icon", "Control"],
  Control: ["Label", "Supertip", "Icon", "Action", "Enabled", "Items"],
  Supertip: ["Title", "Description"],
  Action: ["TaskpaneId", "SourceLocation", "Title", "FunctionName"],
  Resources: ["Images", "Urls", "ShortStrings", "LongStrings"],
};

/** Which resource list a resid points into, by the element that references it. */
export function resourceKind(el: XmlElement, parent: XmlElement | null): string | null {
  const n = localName(el.name);
  const p = parent ? localName(parent.name) : "";
  if (n === "Image") return "Images";
  if (n === "SourceLocation" || n === "FunctionFile" || n === "Runtime" || n === "LearnMoreUrl")
    return "Urls";
  if (n === "Label" || n === "Title") return "ShortStrings";
  if (n === "Description" && (p === "Supertip" || p === "GetStarted")) return "LongStrings";
  if (n === "Namespace") return "ShortStrings";
  return null;
}

/** Resource id → its element, per resource list. */
export function definitions(resources: XmlElement, kind: string): Map<string, XmlElement> {
  const list = find(resources, kind);
  return new Map((list?.children ?? []).map((e) => [e.attributes.id, e]));
}

/** Children out of the schema's order, or unknown where the schema lists the allowed ones. */
export function orderProblems(root: XmlElement): string[] {
  const problems: string[] = [];
  walk(root, (el) => {
    const order = ORDER[localName(el.name)];
    if (!order) return;
    let last = -1;
    for (const c of el.children) {
      const k = order.indexOf(localName(c.name));
      if (k < 0) problems.push(`line ${c.line}: <${c.name}> is not a child of <${el.name}> here`);
      else if (k < last) problems.push(`line ${c.line}: <${c.name}> comes too late in <${el.name}>`);
      else last = k;
    }
  });
  return problems;
}

/** Every problem found in a manifest's text; URLs must all start with `base` (dev or production). */
export function checkManifest(text: string, base: string): string[] {
  let doc: XmlElement;
  try {
    doc = parseXml(text);
  } catch (e) {
    return [`not well-formed XML: ${e instanceof Error ? e.message : String(e)}`];
  }
  const problems = orderProblems(doc);
  const vo = find(doc, "VersionOverrides");
  const resources = vo ? find(vo, "Resources") : undefined;
  if (!vo || !resources) return [...problems, "no VersionOverrides/Resources"];
  const used = new Set<string>();
  walk(vo, (el, parent) => {
    const resid = el.attributes.resid;
    if (resid === undefined) return;
    used.add(resid);
    const kind = resourceKind(el, parent);
    if (kind === null || !definitions(resources, kind).has(resid))
      problems.push(`line ${el.line}: <${el.name} resid="${resid}"> is not defined in ${kind}`);
  });
  const ids = ["Images", "Urls", "ShortStrings", "LongStrings"].flatMap((k) => [
    ...definitions(resources, k).keys(),
  ]);
  for (const id of ids) {
    if (!used.has(id)) problems.push(`resource ${id} is never used`);
    if (id.length > 32) problems.push(`resource id ${id} is longer than 32 characters`);
  }
  if (new Set(ids).size !== ids.length) problems.push("resource ids are not unique");
  const lower = FRENCH_LOCALES.map((l) => l.toLowerCase());
  for (const [kind, max] of [
    ["ShortStrings", 125],
    ["LongStrings", 250],
  ] as const) {
    for (const s of definitions(resources, kind).values()) {
      const values = [s.attributes.DefaultValue, ...s.children.map((o) => o.attributes.Value)];
      if (values.some((v) => (v ?? "").length > max)) problems.push(`${s.attributes.id}: longer than ${max}`);
      const locales = s.children.map((o) => o.attributes.Locale);
      if (locales.join() !== lower.join())
        problems.push(`${s.attributes.id}: French overrides ${locales.join()}`);
    }
  }
  for (const name of ["DisplayName", "Description"]) {
    const locales = find(doc, name)?.children.map((o) => o.attributes.Locale) ?? [];
    if (locales.join() !== FRENCH_LOCALES.join())
      problems.push(`${name}: French overrides ${locales.join()}`);
  }
  walk(doc, (el) => {
    for (const v of [el.attributes.DefaultValue, el.attributes.Value])
      if (v?.startsWith("http") && !v.startsWith(base))
        problems.push(`line ${el.line}: ${v} is not under ${base}`);
  });
  return problems;
}
