// Inflates the checked entries while counting what really comes out: the central directory's sizes are
// only claims, so the same limits hold again on the bytes produced, and inflation stops as soon as one trips.
import { Inflate } from "fflate";
import { Invalid } from "@/lib/errors";
import { exceedsRatio } from "./check-entries";
import type { PackageLimits } from "./package-limits";
import { refuse } from "./refuse";
import type { ZipEntry } from "./zip-directory";

const STORED = 0;
const DEFLATED = 8;
// Deflate expands at most about 1032:1, so one step of input inflates to 16.5 MiB at most before the counts are checked.
const INPUT_STEP = 16 * 1024;

type Budget = { remaining: number };

function inflateEntry(zip: Uint8Array, entry: ZipEntry, limits: PackageLimits, budget: Budget): Uint8Array {
  const input = zip.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  if (entry.encrypted || (entry.method !== STORED && entry.method !== DEFLATED)) refuse("packageNotZip");
  if (entry.method === STORED) {
    if (entry.compressedSize !== entry.uncompressedSize) refuse("packageNotZip");
    budget.remaining -= input.byteLength;
    if (budget.remaining < 0) refuse("packageTooLargeUncompressed");
    return input.slice();
  }

  const kept: Uint8Array[] = [];
  let produced = 0;
  let finished = false;
  const inflater = new Inflate((chunk, final) => {
    produced += chunk.byteLength;
    budget.remaining -= chunk.byteLength;
    if (budget.remaining < 0) refuse("packageTooLargeUncompressed");
    if (exceedsRatio(produced, entry.compressedSize, limits.maxRatio)) refuse("packageCompressionBomb");
    // Beyond the declared size the bytes are only counted, so memory stays within the checked claims.
    if (produced <= entry.uncompressedSize) kept.push(chunk);
    finished = final;
  });
  try {
    let at = 0;
    do {
      inflater.push(input.subarray(at, at + INPUT_STEP), at + INPUT_STEP >= input.byteLength);
      at += INPUT_STEP;
    } while (at < input.byteLength);
  } catch (error) {
    if (error instanceof Invalid) throw error;
    refuse("packageNotZip"); // fflate's own error: the deflate stream is corrupt
  }
  if (!finished || produced !== entry.uncompressedSize) refuse("packageNotZip");
  return concat(kept, produced);
}

function concat(chunks: Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

/** The files of the archive by path; folders are left out. */
export async function inflateEntries(
  zip: Uint8Array,
  entries: ZipEntry[],
  limits: PackageLimits,
): Promise<Map<string, Uint8Array>> {
  const files = new Map<string, Uint8Array>();
  const budget = { remaining: limits.maxUncompressedBytes };
  for (const entry of entries) {
    if (entry.isFolder) continue;
    files.set(entry.name, inflateEntry(zip, entry, limits, budget));
    // Let other requests run between entries: a large package takes seconds to inflate.
    await new Promise((resolve) => setImmediate(resolve));
  }
  return files;
}
