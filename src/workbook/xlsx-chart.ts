/**
 * Charts in the .xlsx files the CLI writes. ExcelJS writes no chart (exceljs issue #141), so after it
 * has saved the file the plan's charts are added as DrawingML parts with JSZip (which ExcelJS itself
 * uses): xl/charts/chartN.xml (series referencing the dashboard's cells, so the chart follows the
 * live formulas, with the engine's values as cache for viewers that do not recalculate),
 * xl/drawings/drawingN.xml anchoring it, the relationships and the content types (ECMA-376 Part 1,
 * §21.2 DrawingML Charts, §20.5 SpreadsheetML Drawing). Unchanged parts keep their compressed bytes.
 */
import JSZip from "jszip";
import { colLetter, parseRange, qualified } from "../sheet/a1";
import { isFormula, isLink, type ChartSpec, type PlanScalar, type SheetPlan } from "../sheet/plan";

const NS = {
  c: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  a: "http://schemas.openxmlformats.org/drawingml/2006/main",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  xdr: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
  pkg: "http://schemas.openxmlformats.org/package/2006/relationships",
};
const REL = {
  chart: `${NS.r}/chart`,
  drawing: `${NS.r}/drawing`,
};
const CONTENT = {
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
};
/** Series colours: N in the dashboard's title blue, N-1 in grey. */
const SERIES_COLORS = ["1F4E78", "A5A5A5", "ED7D31", "70AD47"];

/** Text escaped for XML content and attributes. */
export function xmlEscape(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function xmlUnescape(s: string): string {
  return s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

/** The values a plan writes in a range (formula cells give the engine's value), row by row. */
export function planValues(p: SheetPlan, address: string): PlanScalar[] {
  const r = parseRange(address);
  const out: PlanScalar[] = [];
  for (let row = r.r1; row <= r.r2; row++) {
    for (let col = r.c1; col <= r.c2; col++) {
      let v: PlanScalar = null;
      for (const b of p.blocks) {
        const c = b.cells[row - b.row]?.[col - b.col];
        if (c === undefined) continue;
        v = isFormula(c) ? (c.value ?? null) : isLink(c) ? c.text : c;
      }
      out.push(v);
    }
  }
  return out;
}

function strCache(values: PlanScalar[]): string {
  const pts = values.map(
    (v, i) => `<c:pt idx="${i}"><c:v>${xmlEscape(v === null ? "" : String(v))}</c:v></c:pt>`,
  );
  return `<c:strCache><c:ptCount val="${values.length}"/>${pts.join("")}</c:strCache>`;
}

function numCache(values: PlanScalar[]): string {
  const pts = values.flatMap((v, i) =>
    typeof v === "number" ? [`<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`] : [],
  );
  return `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${pts.join("")}</c:numCache>`;
}

/** An absolute reference of a plan range on its sheet: 'Tableau de bord CA OP'!$B$5:$B$16. */
function absolute(sheet: string, address: string): string {
  const r = parseRange(address);
  const cell = (row: number, col: number): string => `$${colLetter(col)}$${row}`;
  return qualified(sheet, `${cell(r.r1, r.c1)}:${cell(r.r2, r.c2)}`);
}

/**
 * The chart part (c:chartSpace) of a plan's chart: a clustered column (or line) chart whose
 * categories and series are formulas over the sheet, hidden cells plotted (the N-1 series lives in
 * a hidden helper column), with the plan's values as caches.
 */
export function chartXml(spec: ChartSpec, sheet: string, p: SheetPlan): string {
  const cats = planValues(p, spec.categories);
  const series = spec.series.map((s, i) => {
    const fill = `<a:solidFill><a:srgbClr val="${SERIES_COLORS[i % SERIES_COLORS.length]}"/></a:solidFill>`;
    const spPr =
      spec.type === "line" ? `<c:spPr><a:ln w="28575">${fill}</a:ln></c:spPr>` : `<c:spPr>${fill}</c:spPr>`;
    return (
      `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${xmlEscape(s.name)}</c:v></c:tx>${spPr}` +
      (spec.type === "column"
        ? `<c:invertIfNegative val="0"/>`
        : `<c:marker><c:symbol val="circle"/></c:marker>`) +
      `<c:cat><c:strRef><c:f>${xmlEscape(absolute(sheet, spec.categories))}</c:f>${strCache(cats)}</c:strRef></c:cat>` +
      `<c:val><c:numRef><c:f>${xmlEscape(absolute(sheet, s.values))}</c:f>${numCache(planValues(p, s.values))}</c:numRef></c:val>` +
      (spec.type === "line" ? `<c:smooth val="0"/>` : "") +
      `</c:ser>`
    );
  });
  const axes = `<c:axId val="50010"/><c:axId val="50020"/>`;
  const plot =
    spec.type === "column"
      ? `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series.join("")}<c:gapWidth val="80"/>${axes}</c:barChart>`
      : `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series.join("")}<c:marker val="1"/>${axes}</c:lineChart>`;
  const title =
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr>` +
    `<a:r><a:rPr lang="fr-FR" sz="1200" b="1"/><a:t>${xmlEscape(spec.title)}</a:t></a:r></a:p></c:rich></c:tx>` +
    `<c:overlay val="0"/></c:title>`;
  const catAx =
    `<c:catAx><c:axId val="50010"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="1"/><c:tickLblPos val="low"/>` +
    `<c:crossAx val="50020"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`;
  const valAx =
    `<c:valAx><c:axId val="50020"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="l"/><c:majorGridlines/><c:numFmt formatCode="#,##0" sourceLinked="0"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="50010"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}"><c:roundedCorners val="0"/>` +
    `<c:chart>${title}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${plot}${catAx}${valAx}</c:plotArea>` +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="0"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `</c:chartSpace>`
  );
}

/** The drawing part anchoring charts (rIds "rId1"…) at their plan anchors (two-cell anchors, 0-based). */
export function drawingXml(specs: readonly ChartSpec[]): string {
  const anchors = specs.map((spec, i) => {
    const tl = parseRange(spec.anchor.cell);
    const pos = (col: number, row: number): string =>
      `<xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;
    return (
      `<xdr:twoCellAnchor editAs="oneCell"><xdr:from>${pos(tl.c1 - 1, tl.r1 - 1)}</xdr:from>` +
      `<xdr:to>${pos(tl.c1 - 1 + spec.anchor.cols, tl.r1 - 1 + spec.anchor.rows)}</xdr:to>` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${xmlEscape(spec.title)}"/>` +
      `<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
      `<a:graphic><a:graphicData uri="${NS.c}"><c:chart xmlns:c="${NS.c}" xmlns:r="${NS.r}" r:id="rId${i + 1}"/>` +
      `</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
    );
  });
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}">${anchors.join("")}</xdr:wsDr>`
  );
}

function relsXml(rels: readonly { id: string; type: string; target: string }[]): string {
  const items = rels.map(
    (r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${xmlEscape(r.target)}"/>`,
  );
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.pkg}">${items.join("")}</Relationships>`;
}

/** Attributes of an XML start tag as a map (values unescaped). */
function attributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(/([\w:]+)="([^"]*)"/g)) out.set(m[1], xmlUnescape(m[2]));
  return out;
}

/** The zip path of each worksheet by sheet name, from xl/workbook.xml and its relationships. */
async function sheetPaths(zip: JSZip): Promise<Map<string, string>> {
  const wb = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  const rels = (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "";
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const a = attributes(m[0]);
    const target = a.get("Target") ?? "";
    targets.set(a.get("Id") ?? "", target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  const out = new Map<string, string>();
  for (const m of wb.matchAll(/<sheet\b[^>]*>/g)) {
    const a = attributes(m[0]);
    const path = targets.get(a.get("r:id") ?? "");
    if (path) out.set(a.get("name") ?? "", path);
  }
  return out;
}

/** The first number N for which prefix + N + ".xml" is not taken. */
function nextPart(taken: (name: string) => boolean, prefix: string): number {
  let n = 1;
  while (taken(`${prefix}${n}.xml`)) n++;
  return n;
}

/** Where `<drawing>` goes in a worksheet: before the elements CT_Worksheet puts after it. */
const AFTER_DRAWING =
  /<(legacyDrawing|legacyDrawingHF|drawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b|<\/worksheet>/;

/** The parts a sheet's charts add to a package or change in it. */
export interface SheetChartParts {
  /** The sheet's XML with its `<drawing>` element. */
  sheetXml: string;
  /** The sheet's relationships part (path and XML), the drawing's one added. */
  rels: { path: string; xml: string };
  /** New parts: charts, the drawing and its relationships. */
  parts: { path: string; xml: string }[];
  /** `<Override>` elements of the new parts for [Content_Types].xml. */
  types: string[];
}

/**
 * One sheet's charts (pure): chart parts numbered from the first names `taken` refuses, its
 * drawing, the relationships and the `<drawing>` element, given the sheet's XML and its current
 * relationships ("" when it has none). Shared by the JSZip pass and the streaming writer.
 */
export function sheetChartParts(
  sheetPath: string,
  sheetXml: string,
  oldRels: string,
  p: SheetPlan,
  taken: (name: string) => boolean,
): SheetChartParts {
  if (/<drawing\b/.test(sheetXml)) throw new Error(`la feuille ${p.name} a déjà un dessin`);
  const parts: { path: string; xml: string }[] = [];
  const isTaken = (name: string): boolean => taken(name) || parts.some((x) => x.path === name);
  const d = nextPart(isTaken, "xl/drawings/drawing");
  const types: string[] = [];
  const drawingRels: { id: string; type: string; target: string }[] = [];
  p.charts.forEach((spec, i) => {
    const n = nextPart(isTaken, "xl/charts/chart");
    parts.push({ path: `xl/charts/chart${n}.xml`, xml: chartXml(spec, p.name, p) });
    types.push(`<Override PartName="/xl/charts/chart${n}.xml" ContentType="${CONTENT.chart}"/>`);
    drawingRels.push({ id: `rId${i + 1}`, type: REL.chart, target: `../charts/chart${n}.xml` });
  });
  parts.push({ path: `xl/drawings/drawing${d}.xml`, xml: drawingXml(p.charts) });
  parts.push({ path: `xl/drawings/_rels/drawing${d}.xml.rels`, xml: relsXml(drawingRels) });
  types.push(`<Override PartName="/xl/drawings/drawing${d}.xml" ContentType="${CONTENT.drawing}"/>`);
  // The sheet's relationships: ExcelJS may have written some (notes); the drawing gets a new id.
  const slash = sheetPath.lastIndexOf("/");
  const relsPath = `${sheetPath.slice(0, slash)}/_rels/${sheetPath.slice(slash + 1)}.rels`;
  const rels = [...oldRels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => {
    const a = attributes(m[0]);
    return { id: a.get("Id") ?? "", type: a.get("Type") ?? "", target: a.get("Target") ?? "" };
  });
  let k = rels.length + 1;
  while (rels.some((r) => r.id === `rId${k}`)) k++;
  rels.push({ id: `rId${k}`, type: REL.drawing, target: `../drawings/drawing${d}.xml` });
  let xml = sheetXml;
  if (!/<worksheet\b[^>]*xmlns:r=/.test(xml))
    xml = xml.replace(/<worksheet\b/, `<worksheet xmlns:r="${NS.r}"`);
  const at = AFTER_DRAWING.exec(xml);
  const i = at ? at.index : xml.length;
  return {
    sheetXml: `${xml.slice(0, i)}<drawing r:id="rId${k}"/>${xml.slice(i)}`,
    rels: { path: relsPath, xml: relsXml(rels) },
    parts,
    types,
  };
}

/** Adds one sheet's charts to a zip: chart parts, its drawing, the relationships and the `<drawing>` element. */
async function addSheetCharts(zip: JSZip, sheetPath: string, p: SheetPlan, types: string[]): Promise<void> {
  const sheetXml = (await zip.file(sheetPath)?.async("string")) ?? "";
  const slash = sheetPath.lastIndexOf("/");
  const relsPath = `${sheetPath.slice(0, slash)}/_rels/${sheetPath.slice(slash + 1)}.rels`;
  const old = (await zip.file(relsPath)?.async("string")) ?? "";
  const out = sheetChartParts(sheetPath, sheetXml, old, p, (name) => zip.file(name) !== null);
  for (const part of out.parts) zip.file(part.path, part.xml);
  zip.file(out.rels.path, out.rels.xml);
  zip.file(sheetPath, out.sheetXml);
  types.push(...out.types);
}

/**
 * Adds the charts of the plans' sheets to the bytes of an .xlsx written by ExcelJS; returns the new
 * bytes (the same when no sheet has a chart). Sheets without charts, or absent, are left alone.
 * Pure (JSZip only): the module stays loadable in the browser playground.
 */
export async function addChartsToXlsx(bytes: Uint8Array, sheets: readonly SheetPlan[]): Promise<Uint8Array> {
  const withCharts = sheets.filter((p) => p.charts.length > 0);
  if (withCharts.length === 0) return bytes;
  const zip = await JSZip.loadAsync(bytes);
  const paths = await sheetPaths(zip);
  const types: string[] = [];
  for (const p of withCharts) {
    const sheetPath = paths.get(p.name);
    if (sheetPath) await addSheetCharts(zip, sheetPath, p, types);
  }
  if (types.length === 0) return bytes;
  const ct = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
  zip.file("[Content_Types].xml", ct.replace("</Types>", `${types.join("")}</Types>`));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
}

/**
 * Adds the charts to an .xlsx file in place (CLI). Node's file API is imported when called, with
 * webpack told to leave the import alone: XlsxHost is also bundled for the browser playground,
 * which reads workbooks but never saves files.
 */
export async function addChartsToFile(path: string, sheets: readonly SheetPlan[]): Promise<void> {
  if (!sheets.some((p) => p.charts.length > 0)) return;
  const fs: typeof import("node:fs/promises") = await import(/* webpackIgnore: true */ "node:fs/promises");
  const bytes = new Uint8Array(await fs.readFile(path));
  const out = await addChartsToXlsx(bytes, sheets);
  if (out !== bytes) await fs.writeFile(path, out);
}
