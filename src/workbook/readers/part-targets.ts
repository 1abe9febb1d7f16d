/**
 * Absolute relationship targets made relative before ExcelJS reads a package. OPC allows a
 * relationship to name its part from the package root (`Target="/xl/tables/table1.xml"`, as
 * openpyxl and pandas write it; Excel opens it), but ExcelJS looks tables, comments, drawings and
 * notes up by the path relative to the sheet (`../tables/table1.xml`) and fails on the absolute one
 * ("Cannot read properties of undefined (reading 'name')"). Every internal absolute target of every
 * `.rels` part is rewritten relative to its source part's folder (ECMA-376 Part 2, §9.3); a package
 * without one is given back untouched (same bytes). JSZip only: loadable in the browser too.
 */
import JSZip from "jszip";

/** One `<Relationship …/>` element, its attributes in any order, either quote. */
const RELATIONSHIP = /<Relationship\b[^>]*>/g;
const TARGET = /\bTarget\s*=\s*(["'])(\/[^"']*)\1/;
const EXTERNAL = /\bTargetMode\s*=\s*(["'])External\1/;

/**
 * The path of `target` (absolute, from the package root) relative to the folder of the part
 * `relsPath` describes (`xl/worksheets/_rels/sheet1.xml.rels` → from `xl/worksheets/`).
 */
export function relativeTarget(relsPath: string, target: string): string {
  const from = relsPath
    .replace(/(^|\/)_rels\/[^/]*$/, "$1")
    .split("/")
    .filter((s) => s !== "");
  const to = target.split("/").filter((s) => s !== "");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
}

/** A `.rels` part's XML with its internal absolute targets made relative (the same string when none is). */
export function relativeRels(relsPath: string, xml: string): string {
  return xml.replace(RELATIONSHIP, (rel) => {
    const m = TARGET.exec(rel);
    if (m === null || EXTERNAL.test(rel)) return rel;
    const [whole, quote, target] = m;
    return rel.replace(whole, `Target=${quote}${relativeTarget(relsPath, target)}${quote}`);
  });
}

/** The package's bytes with every internal absolute relationship target made relative (the same bytes when none is). */
export async function withRelativeTargets(data: Uint8Array): Promise<Uint8Array> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(data);
  } catch {
    return data; // not a zip: ExcelJS says why
  }
  let changed = false;
  for (const file of Object.values(zip.files)) {
    if (file.dir || !/(^|\/)_rels\/[^/]*\.rels$/.test(file.name)) continue;
    const xml = await file.async("string");
    const fixed = relativeRels(file.name, xml);
    if (fixed === xml) continue;
    zip.file(file.name, fixed);
    changed = true;
  }
  if (!changed) return data;
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 1 } });
}
