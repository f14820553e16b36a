// Bounds on what an uploaded SCORM package may cost the server to open.

export type PackageLimits = {
  /** Size of the uploaded archive itself. */
  maxArchiveBytes: number;
  /** Entries in the archive's central directory, folders included. */
  maxEntries: number;
  /** Sum of every entry's uncompressed size, as declared and as actually inflated. */
  maxUncompressedBytes: number;
  /** Uncompressed / compressed size of one entry. */
  maxRatio: number;
};

export const DEFAULT_PACKAGE_LIMITS: PackageLimits = {
  // Configurable per deployment: SCORM_MAX_PACKAGE_MB (200 by default).
  maxArchiveBytes: Number(process.env.SCORM_MAX_PACKAGE_MB ?? 200) * 1024 * 1024,
  maxEntries: 5_000,
  maxUncompressedBytes: 1024 * 1024 * 1024,
  maxRatio: 200,
};

/**
 * Entries smaller than this are not held to maxRatio: a small, very repetitive file (a blank 4 KiB page,
 * an empty JSON array padded with spaces) easily compresses more than 200:1 and costs nothing to inflate.
 */
export const RATIO_CHECK_FLOOR_BYTES = 1024 * 1024;

export function packageLimits(overrides: Partial<PackageLimits> = {}): PackageLimits {
  const limits = { ...DEFAULT_PACKAGE_LIMITS };
  for (const key of Object.keys(limits) as (keyof PackageLimits)[]) {
    const value = overrides[key];
    if (value !== undefined) limits[key] = value;
  }
  return limits;
}
