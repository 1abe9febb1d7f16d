/**
 * A small strict XML parser for the manifest tests: elements with attributes and text, comments,
 * the XML declaration; throws on anything malformed (unclosed or crossed tags, bad attributes,
 * unknown entities, text outside the root). Order of children is kept.
 */

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
  /** 1-based line of the start tag, for messages. */
  line: number;
}

const NAME = /^[A-Za-z_][\w.:-]*/;
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decode(s: string, line: number): string {
  return s.replace(/&([^;\s]*);?/g, (m, ref: string) => {
    if (!m.endsWith(";")) throw new Error(`line ${line}: bare "&"`);
    if (ref in ENTITIES) return ENTITIES[ref];
    const num = /^#(x[0-9a-fA-F]+|[0-9]+)$/.exec(ref);
    if (num) return String.fromCodePoint(ref[1] === "x" ? parseInt(ref.slice(2), 16) : Number(ref.slice(1)));
    throw new Error(`line ${line}: unknown entity &${ref};`);
  });
}

/** Parses a whole document and returns its root element. */
export function parseXml(xml: string): XmlElement {
  let i = 0;
  const lineAt = (pos: number): number => xml.slice(0, pos).split("\n").length;
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;

  if (xml.charCodeAt(0) === 0xfeff) i = 1;
  if (xml.startsWith("<?xml", i)) {
    const end = xml.indexOf("?>", i);
    if (end < 0) throw new Error("unterminated XML declaration");
    i = end + 2;
  }
  while (i < xml.length) {
    if (xml.startsWith("<!--", i)) {
      const end = xml.indexOf("-->", i + 4);
      if (end < 0) throw new Error(`line ${lineAt(i)}: unterminated comment`);
      if (xml.slice(i + 4, end).includes("--")) throw new Error(`line ${lineAt(i)}: "--" inside a comment`);
      i = end + 3;
      continue;
    }
    if (xml.startsWith("</", i)) {
      const end = xml.indexOf(">", i);
      const name = xml.slice(i + 2, end).trim();
      const open = stack.pop();
      if (!open || open.name !== name)
        throw new Error(`line ${lineAt(i)}: </${name}> closes <${open?.name ?? "nothing"}>`);
      i = end + 1;
      continue;
    }
    if (xml[i] === "<") {
      if (xml.startsWith("<!", i) || xml.startsWith("<?", i))
        throw new Error(`line ${lineAt(i)}: unexpected markup`);
      const line = lineAt(i);
      i++;
      const m = NAME.exec(xml.slice(i));
      if (!m) throw new Error(`line ${line}: bad tag name`);
      const el: XmlElement = { name: m[0], attributes: {}, children: [], text: "", line };
      i += m[0].length;
      for (;;) {
        const ws = /^\s*/.exec(xml.slice(i))?.[0] ?? "";
        i += ws.length;
        if (xml.startsWith("/>", i) || xml[i] === ">") break;
        if (ws === "") throw new Error(`line ${line}: missing space between attributes in <${el.name}>`);
        const a = /^([A-Za-z_][\w.:-]*)\s*=\s*("([^"<]*)"|'([^'<]*)')/.exec(xml.slice(i));
        if (!a) throw new Error(`line ${line}: bad attribute in <${el.name}>`);
        if (a[1] in el.attributes)
          throw new Error(`line ${line}: duplicate attribute ${a[1]} in <${el.name}>`);
        el.attributes[a[1]] = decode(a[3] ?? a[4] ?? "", line);
        i += a[0].length;
      }
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(el);
      else if (root) throw new Error(`line ${line}: second root element <${el.name}>`);
      else root = el;
      if (xml.startsWith("/>", i)) i += 2;
      else {
        i += 1;
        stack.push(el);
      }
      continue;
    }
    const next = xml.indexOf("<", i);
    const text = xml.slice(i, next < 0 ? xml.length : next);
    const top = stack[stack.length - 1];
    if (top) top.text += decode(text, lineAt(i));
    else if (text.trim() !== "") throw new Error(`line ${lineAt(i)}: text outside the root element`);
    i = next < 0 ? xml.length : next;
  }
  if (stack.length > 0) throw new Error(`<${stack[stack.length - 1].name}> is never closed`);
  if (!root) throw new Error("no root element");
  return root;
}

/** Every element of a tree, depth first, with its parent. */
export function walk(
  el: XmlElement,
  visit: (el: XmlElement, parent: XmlElement | null) => void,
  parent: XmlElement | null = null,
): void {
  visit(el, parent);
  for (const c of el.children) walk(c, visit, el);
}

/** Local name without its prefix ("bt:Image" → "Image"). */
export function localName(name: string): string {
  const k = name.indexOf(":");
  return k < 0 ? name : name.slice(k + 1);
}

/** First descendant with a local name, following a path ("VersionOverrides/Hosts/Host"). */
export function find(el: XmlElement, path: string): XmlElement | undefined {
  let cur: XmlElement | undefined = el;
  for (const part of path.split("/")) cur = cur?.children.find((c) => localName(c.name) === part);
  return cur;
}

/** All descendants with a local name. */
export function findAll(el: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  walk(el, (e) => {
    if (localName(e.name) === name) out.push(e);
  });
  return out;
}
