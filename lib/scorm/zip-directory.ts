// Reads a ZIP archive's central directory (PKWARE APPNOTE 4.3) without inflating anything, so every limit
// on names, counts and sizes is checked before any work is done. ZIP64 sizes and offsets are understood.
import { strFromU8 } from "fflate";
import { refuse } from "./refuse";

export type ZipEntry = {
  name: string;
  isFolder: boolean;
  /** 0 = stored, 8 = deflated; anything else is refused when inflating. */
  method: number;
  encrypted: boolean;
  compressedSize: number;
  uncompressedSize: number;
  /** File type and permissions of a Unix archiver (st_mode), from the high half of the external attributes. */
  unixMode: number;
  /** Where the entry's compressed bytes start in the archive. */
  dataOffset: number;
};

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const ZIP64_EXTRA = 0x0001;
const UTF8_NAME_FLAG = 0x0800;
const MAX_COMMENT = 0xffff;

class Reader {
  private readonly view: DataView;
  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  u16(at: number): number {
    this.need(at, 2);
    return this.view.getUint16(at, true);
  }
  u32(at: number): number {
    this.need(at, 4);
    return this.view.getUint32(at, true);
  }
  /** Above 2^53 precision is lost, which only matters for sizes far beyond any limit. */
  u64(at: number): number {
    return this.u32(at) + this.u32(at + 4) * 0x1_0000_0000;
  }
  need(at: number, length: number): void {
    if (at < 0 || at + length > this.bytes.byteLength) refuse("packageNotZip");
  }
}

function findEndOfCentralDirectory(reader: Reader): number {
  const length = reader.bytes.byteLength;
  const lowest = Math.max(0, length - 22 - MAX_COMMENT);
  for (let at = length - 22; at >= lowest; at--) {
    // A comment may contain the signature; the real record's comment runs exactly to the end.
    if (reader.u32(at) === EOCD && at + 22 + reader.u16(at + 20) === length) return at;
  }
  return refuse("packageNotZip");
}

type Directory = { entries: number; offset: number; size: number; end: number };

function readDirectoryLocation(reader: Reader): Directory {
  const eocd = findEndOfCentralDirectory(reader);
  if (reader.u16(eocd + 4) !== 0 || reader.u16(eocd + 6) !== 0) refuse("packageNotZip"); // split archives
  const entries = reader.u16(eocd + 10);
  const size = reader.u32(eocd + 12);
  const offset = reader.u32(eocd + 16);
  if (entries !== 0xffff && size !== 0xffffffff && offset !== 0xffffffff) return { entries, offset, size, end: eocd };

  const locator = eocd - 20;
  if (locator < 0 || reader.u32(locator) !== ZIP64_LOCATOR) refuse("packageNotZip");
  const record = reader.u64(locator + 8);
  if (record >= locator || reader.u32(record) !== ZIP64_EOCD) refuse("packageNotZip");
  if (reader.u32(record + 16) !== 0 || reader.u32(record + 20) !== 0) refuse("packageNotZip");
  return {
    entries: reader.u64(record + 32),
    size: reader.u64(record + 40),
    offset: reader.u64(record + 48),
    end: record,
  };
}

function decodeName(bytes: Uint8Array, utf8: boolean): string {
  if (utf8) return strFromU8(bytes);
  try {
    // Many archivers write UTF-8 without setting the flag; the rest wrote a legacy code page.
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return strFromU8(bytes, true);
  }
}

type Sizes = { compressedSize: number; uncompressedSize: number; localOffset: number };

/** Replaces the 32-bit fields saturated at 0xFFFFFFFF with their ZIP64 extra field values, in APPNOTE order. */
function applyZip64(reader: Reader, sizes: Sizes, extraStart: number, extraEnd: number): Sizes {
  const result = { ...sizes };
  for (let at = extraStart; at + 4 <= extraEnd;) {
    const end = at + 4 + reader.u16(at + 2);
    if (reader.u16(at) === ZIP64_EXTRA) {
      let field = at + 4;
      for (const key of ["uncompressedSize", "compressedSize", "localOffset"] as const) {
        if (sizes[key] !== 0xffffffff) continue;
        if (field + 8 > Math.min(end, extraEnd)) refuse("packageNotZip");
        result[key] = reader.u64(field);
        field += 8;
      }
    }
    at = end;
  }
  return result;
}

function dataOffsetOf(reader: Reader, localOffset: number): number {
  if (reader.u32(localOffset) !== LOCAL_HEADER) refuse("packageNotZip");
  return localOffset + 30 + reader.u16(localOffset + 26) + reader.u16(localOffset + 28);
}

/** The archive's entries in central directory order. Refuses what is not a readable single-disk ZIP. */
export function readZipDirectory(zip: Uint8Array, maxEntries: number): ZipEntry[] {
  const reader = new Reader(zip);
  const directory = readDirectoryLocation(reader);
  if (directory.entries > maxEntries) refuse("packageTooManyEntries");
  if (directory.offset + directory.size > directory.end) refuse("packageNotZip");

  const entries: ZipEntry[] = [];
  const spans: Array<[number, number]> = [];
  let at = directory.offset;
  for (let index = 0; index < directory.entries; index++) {
    if (at + 46 > directory.offset + directory.size || reader.u32(at) !== CENTRAL_HEADER) refuse("packageNotZip");
    const flags = reader.u16(at + 8);
    const nameLength = reader.u16(at + 28);
    const extraLength = reader.u16(at + 30);
    const next = at + 46 + nameLength + extraLength + reader.u16(at + 32);
    if (next > directory.offset + directory.size) refuse("packageNotZip");
    const name = decodeName(zip.subarray(at + 46, at + 46 + nameLength), (flags & UTF8_NAME_FLAG) !== 0);
    const sizes = applyZip64(
      reader,
      { compressedSize: reader.u32(at + 20), uncompressedSize: reader.u32(at + 24), localOffset: reader.u32(at + 42) },
      at + 46 + nameLength,
      at + 46 + nameLength + extraLength,
    );
    const dataOffset = dataOffsetOf(reader, sizes.localOffset);
    if (dataOffset + sizes.compressedSize > directory.offset) refuse("packageNotZip");
    spans.push([sizes.localOffset, dataOffset + sizes.compressedSize]);
    entries.push({
      name,
      isFolder: name.endsWith("/"),
      method: reader.u16(at + 10),
      encrypted: (flags & 1) !== 0,
      compressedSize: sizes.compressedSize,
      uncompressedSize: sizes.uncompressedSize,
      unixMode: reader.u32(at + 38) >>> 16,
      dataOffset,
    });
    at = next;
  }
  refuseOverlaps(spans);
  return entries;
}

/** Entries sharing compressed bytes are how the largest zip bombs multiply one small stream many times. */
function refuseOverlaps(spans: Array<[number, number]>): void {
  spans.sort((a, b) => a[0] - b[0]);
  for (let index = 1; index < spans.length; index++) {
    if (spans[index][0] < spans[index - 1][1]) refuse("packageCompressionBomb");
  }
}
