// The type of an uploaded video or resource as told by its own bytes, never by its name or the browser's
// claim: WebM (an EBML header naming the "webm" doctype) and MP4 (an ISO base media "ftyp" box) for videos;
// PDF, the Office Open XML and OpenDocument formats (zip archives that say what they are inside) and the
// legacy Office formats (compound files) for resources.
export type VideoType = "video/webm" | "video/mp4";

export const RESOURCE_TYPES = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  odt: "application/vnd.oasis.opendocument.text",
  ods: "application/vnd.oasis.opendocument.spreadsheet",
  odp: "application/vnd.oasis.opendocument.presentation",
  doc: "application/msword",
  xls: "application/vnd.ms-excel",
  ppt: "application/vnd.ms-powerpoint",
} as const;

export type ResourceExtension = keyof typeof RESOURCE_TYPES;

/** The file pickers' `accept` for resources (modules, the information point's documents, posts' files). */
export const RESOURCE_ACCEPT = Object.keys(RESOURCE_TYPES)
  .map((extension) => `.${extension}`)
  .join(",");

const startsWith = (bytes: Uint8Array, signature: number[], at = 0) => signature.every((b, i) => bytes[at + i] === b);
const ascii = (bytes: Uint8Array, from: number, to: number) =>
  String.fromCharCode(...bytes.subarray(from, Math.min(to, bytes.length)));

export function detectVideoType(bytes: Uint8Array): VideoType | null {
  // EBML magic, then the DocType element (0x4282) within the header's first bytes.
  if (startsWith(bytes, [0x1a, 0x45, 0xdf, 0xa3])) {
    const header = ascii(bytes, 4, 64);
    return header.includes("\u0042\u0082") && header.includes("webm") ? "video/webm" : null;
  }
  if (ascii(bytes, 4, 8) === "ftyp") {
    const brands = ascii(bytes, 8, 8 + 24);
    return /isom|iso2|iso4|iso5|iso6|mp41|mp42|avc1|dash|M4V /.test(brands) ? "video/mp4" : null;
  }
  return null;
}

/** The resource's extension by its bytes, or null for anything else (an executable renamed .pdf, a plain zip). */
export function detectResourceType(bytes: Uint8Array): ResourceExtension | null {
  if (ascii(bytes, 0, 5) === "%PDF-") return "pdf";
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return legacyOffice(bytes);
  if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return null;
  // OpenDocument: a stored "mimetype" entry first, whose content is the type.
  if (ascii(bytes, 30, 38) === "mimetype") {
    const type = ascii(bytes, 38, 38 + 80);
    if (type.startsWith(RESOURCE_TYPES.odt)) return "odt";
    if (type.startsWith(RESOURCE_TYPES.ods)) return "ods";
    if (type.startsWith(RESOURCE_TYPES.odp)) return "odp";
    return null;
  }
  const entries = zipNames(bytes);
  if (!entries.includes("[Content_Types].xml")) return null;
  if (entries.some((name) => name.startsWith("word/"))) return "docx";
  if (entries.some((name) => name.startsWith("xl/"))) return "xlsx";
  if (entries.some((name) => name.startsWith("ppt/"))) return "pptx";
  return null;
}

/** Entry names from a zip's central directory (read without inflating anything). */
function zipNames(bytes: Uint8Array): string[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--)
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  if (end < 0) return [];
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const names: string[] = [];
  for (let n = 0; n < count && at + 46 <= bytes.length && view.getUint32(at, true) === 0x02014b50; n++) {
    const nameLength = view.getUint16(at + 28, true);
    const extra = view.getUint16(at + 30, true);
    const comment = view.getUint16(at + 32, true);
    names.push(ascii(bytes, at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extra + comment;
  }
  return names;
}

/** Word, Excel or PowerPoint 97-2003: the compound file names its main stream in UTF-16. */
function legacyOffice(bytes: Uint8Array): ResourceExtension | null {
  const text = Buffer.from(bytes.subarray(0, Math.min(bytes.length, 1 << 20)))
    .toString("latin1")
    .replace(/\0/g, "");
  if (text.includes("WordDocument")) return "doc";
  if (text.includes("Workbook") || text.includes("Book")) return "xls";
  if (text.includes("PowerPoint Document")) return "ppt";
  return null;
}
