// Validates an uploaded SCORM package (1.2 or 2004) and reads it: every safety rule on the archive first,
// then the manifest, then the files it references. Throws Invalid({ package: code }) on the first problem.
import { checkEntries } from "./check-entries";
import { inflateEntries } from "./inflate-entries";
import { type ManifestResource, type ManifestSco, readManifest, type ScormVersion } from "./manifest";
import { resolveHref, withParameters } from "./package-href";
import { type PackageLimits, packageLimits } from "./package-limits";
import { refuse } from "./refuse";
import type { ScoRuntimeParameters } from "./sco-runtime-parameters";
import type { SequencingActivity } from "./sequencing/types";
import { decodeXmlBytes } from "./xml";
import { readZipDirectory, type ZipEntry } from "./zip-directory";

export type { PackageLimits } from "./package-limits";
export type { PackageErrorCode } from "./refuse";

export type ScormSco = {
  /** The item's identifier in the manifest, unique in the package. */
  identifier: string;
  title: string;
  /** Launch URL relative to the package root: percent-encoded path, then query and fragment (item parameters included). */
  href: string;
  /** Position in the default organization, from 0. */
  order: number;
  /** What the manifest says about running it: pass mark, launch data, time limit, delivery controls. */
  runtime: ScoRuntimeParameters;
};

export type ScormPackage = {
  version: ScormVersion;
  title: string;
  defaultOrganization: string;
  scos: ScormSco[];
  /** SCORM 2004: the activity tree with its sequencing (sequencing/read-sequencing.ts); null for 1.2. */
  sequencing: SequencingActivity | null;
  /** Every file by its archive path ("folder/file.html"); folders are not listed. */
  files: Map<string, Uint8Array>;
};

const MANIFEST = "imsmanifest.xml";

function requirePresent(bases: string[], href: string, files: Map<string, Uint8Array>): void {
  const target = resolveHref(bases, href);
  if (target !== null && !files.has(target.path)) refuse("packageMissingFile");
}

function checkReferencedFiles(resources: ManifestResource[], files: Map<string, Uint8Array>): void {
  for (const resource of resources) {
    if (resource.href !== null) requirePresent(resource.bases, resource.href, files);
    for (const file of resource.files) requirePresent(resource.bases, file, files);
  }
}

function launchUrl(sco: ManifestSco, files: Map<string, Uint8Array>): string {
  if (sco.resource.href === null) return refuse("packageBadManifest");
  const target = resolveHref(sco.resource.bases, sco.resource.href);
  // A SCO hosted elsewhere cannot be served from the content origin, so it counts as missing.
  if (target === null || !files.has(target.path)) return refuse("packageMissingFile");
  return withParameters(target.url, sco.parameters);
}

/** The one zip an outer archive without a manifest wraps (some authoring tools export that way), if any. */
function wrappedZip(entries: ZipEntry[]): ZipEntry | null {
  const files = entries.filter((entry) => !entry.name.endsWith("/") && !entry.name.startsWith("__MACOSX/"));
  return files.length === 1 && files[0].name.toLowerCase().endsWith(".zip") ? files[0] : null;
}

export async function readScormPackage(
  zip: Uint8Array,
  limits?: Partial<PackageLimits>,
  nested = false,
): Promise<ScormPackage> {
  const bounds = packageLimits(limits);
  if (zip.byteLength > bounds.maxArchiveBytes) refuse("packageTooLarge");
  const entries = readZipDirectory(zip, bounds.maxEntries);
  // One level only: an outer archive without a manifest may wrap one zip, read with the same limits.
  const inner = !nested && !entries.some((entry) => entry.name === MANIFEST) ? wrappedZip(entries) : null;
  checkEntries(entries, bounds, inner?.name);
  if (!entries.some((entry) => entry.name === MANIFEST)) {
    if (!inner) refuse("packageNoManifest");
    const inflated = await inflateEntries(zip, [inner], bounds);
    return readScormPackage(inflated.get(inner.name)!, limits, true);
  }

  const files = await inflateEntries(zip, entries, bounds);
  const manifest = readManifest(decodeXmlBytes(files.get(MANIFEST) ?? new Uint8Array()));
  checkReferencedFiles(manifest.resources, files);
  if (manifest.scos.length === 0) refuse("packageNoSco");
  return {
    version: manifest.version,
    title: manifest.title,
    defaultOrganization: manifest.defaultOrganization,
    scos: manifest.scos.map((sco, order) => ({
      identifier: sco.identifier,
      title: sco.title,
      href: launchUrl(sco, files),
      order,
      runtime: sco.runtime,
    })),
    sequencing: manifest.sequencing,
    files,
  };
}
