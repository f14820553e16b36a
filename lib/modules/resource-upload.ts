// What a resource file upload accepts: a PDF or a common office document told by its bytes, within the resource
// size limit, refused with the resource messages, and saved under a safe name. A resource module's file and an information point document
// (ADR 0048) are checked by the same rules.
import type { UploadRules } from "@/lib/content-store/checked-upload";
import { contentLimits } from "./content-limits";
import { detectResourceType, type ResourceExtension } from "./file-types";

export function resourceUploadRules(field: string): UploadRules<ResourceExtension> {
  return {
    field,
    maxBytes: contentLimits().resourceBytes,
    refusals: { missing: "resourceMissing", tooLarge: "resourceTooLarge", type: "resourceType" },
    sniff: detectResourceType,
  };
}

/** The name a download is saved under: the uploaded name's safe characters, with the extension of the bytes. */
export function downloadName(fileName: string, extension: string): string {
  const base = fileName
    .replace(/\.[^.]*$/, "")
    .replace(/[^\p{L}\p{N} _-]+/gu, "")
    .trim()
    .slice(0, 100);
  return `${base || "resource"}.${extension}`;
}
