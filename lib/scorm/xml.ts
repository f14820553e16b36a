// A small, safe XML reader for manifests: fast-xml-parser with entity processing off, and any document type
// declaration refused, so no DTD is read and no entity (billion laughs, external files) can ever expand.
import { XMLParser, XMLValidator } from "fast-xml-parser";

export type XmlElement = {
  /** The qualified name as written, prefix included. */
  name: string;
  attributes: Map<string, string>;
  children: XmlElement[];
  /** The element's own text and CDATA, entity references of XML itself decoded. */
  text: string;
};

type OrderedNode = Record<string, unknown>;

const ATTRIBUTES = ":@";
const TEXT = "#text";
const CDATA = "#cdata";

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  processEntities: false,
  htmlEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  cdataPropName: CDATA,
});

const PREDEFINED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** Decodes the five predefined entities and character references in one pass; anything else stays as written. */
export function decodeXmlReferences(value: string): string {
  return value.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (reference: string, body: string) => {
    if (body.startsWith("#")) {
      const code = body[1] === "x" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : reference;
    }
    return PREDEFINED[body] ?? reference;
  });
}

function textOf(nodes: unknown): string {
  if (!Array.isArray(nodes)) return "";
  return nodes.map((node: OrderedNode) => (typeof node[TEXT] === "string" ? node[TEXT] : "")).join("");
}

function elementName(node: OrderedNode): string | undefined {
  return Object.keys(node).find(
    (key) => key !== ATTRIBUTES && key !== TEXT && key !== CDATA && Array.isArray(node[key]),
  );
}

function toElement(node: OrderedNode, name: string): XmlElement {
  const attributes = new Map<string, string>();
  for (const [key, value] of Object.entries((node[ATTRIBUTES] ?? {}) as Record<string, unknown>)) {
    if (typeof value === "string") attributes.set(key, decodeXmlReferences(value));
  }
  const element: XmlElement = { name, attributes, children: [], text: "" };
  for (const child of node[name] as OrderedNode[]) {
    if (typeof child[TEXT] === "string") element.text += decodeXmlReferences(child[TEXT]);
    else if (CDATA in child) element.text += textOf(child[CDATA]);
    else {
      const childName = elementName(child);
      if (childName !== undefined) element.children.push(toElement(child, childName));
    }
  }
  return element;
}

/** The document's single root element, or null when the text is not well-formed or declares a DTD. */
// XInclude pulls other documents (local files, URLs) into this one, as external entities do: refused too,
// whatever prefix it is given and however its namespace is spelled with character references.
const XINCLUDE_NAMESPACE = /www\.w3\.org\/20\d\d\/XInclude/i;

function usesXInclude(text: string): boolean {
  return XINCLUDE_NAMESPACE.test(text) || XINCLUDE_NAMESPACE.test(decodeXmlReferences(text));
}

export function parseXml(text: string): XmlElement | null {
  if (/<!DOCTYPE/i.test(text) || usesXInclude(text) || XMLValidator.validate(text) !== true) return null;
  let nodes: OrderedNode[];
  try {
    nodes = parser.parse(text) as OrderedNode[];
  } catch {
    return null; // nesting too deep, or a name such as __proto__ that the parser refuses
  }
  const roots = nodes.flatMap((node) => {
    const name = elementName(node);
    return name === undefined ? [] : [toElement(node, name)];
  });
  return roots.length === 1 ? roots[0] : null;
}

/** The text of an XML file: its byte order mark decides, then its declared encoding (old manifests use Latin-1), then UTF-8. */
export function decodeXmlBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 200));
  const declared = /^(?:\uFEFF|\u00EF\u00BB\u00BF)?<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(
    head,
  )?.[1];
  try {
    return new TextDecoder(declared ?? "utf-8").decode(bytes); // strips a UTF-8 byte order mark
  } catch {
    return new TextDecoder("utf-8").decode(bytes); // an encoding this runtime does not know
  }
}
