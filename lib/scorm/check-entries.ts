// The rules every archive entry must pass before anything is inflated, decided from the central directory.
import { type PackageLimits, RATIO_CHECK_FLOOR_BYTES } from "./package-limits";
import { refuse } from "./refuse";
import { isSafeEntryName } from "./safe-path";
import type { ZipEntry } from "./zip-directory";

const NESTED_ARCHIVE = /\.(zip|jar|7z|rar|gz|tgz|tar)$/i;
const FILE_TYPE_MASK = 0o170000;
const SYMBOLIC_LINK = 0o120000;

export function exceedsRatio(uncompressed: number, compressed: number, maxRatio: number): boolean {
  return uncompressed > RATIO_CHECK_FLOOR_BYTES && uncompressed > Math.max(compressed, 1) * maxRatio;
}

/** `wrapper`: the one inner archive an outer archive without a manifest may hold (read-package.ts). */
export function checkEntries(entries: ZipEntry[], limits: PackageLimits, wrapper?: string): void {
  const names = new Set<string>();
  let total = 0;
  for (const entry of entries) {
    // Two entries with one name extract differently from one tool to the next.
    if (!isSafeEntryName(entry.name) || names.has(entry.name)) refuse("packageUnsafePath");
    names.add(entry.name);
    if ((entry.unixMode & FILE_TYPE_MASK) === SYMBOLIC_LINK) refuse("packageSymlink");
    if (!entry.isFolder && NESTED_ARCHIVE.test(entry.name) && entry.name !== wrapper) refuse("packageNestedArchive");
    if (exceedsRatio(entry.uncompressedSize, entry.compressedSize, limits.maxRatio)) refuse("packageCompressionBomb");
    total += entry.uncompressedSize;
  }
  if (total > limits.maxUncompressedBytes) refuse("packageTooLargeUncompressed");
}
