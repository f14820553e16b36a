// An author uploads a resource module's file: a PDF or a common office document (told by its bytes), within
// the size limit, stored under a new key; it replaces a previous file or link. Nothing is left stored when
// anything is refused or fails. Audited.
import type { Author } from "@/lib/authoring/author";
import { recordAudit } from "@/lib/console/audit-log";
import { removeStored, storeFiles } from "@/lib/content-store";
import { forTenant } from "@/lib/db";
import { Invalid } from "@/lib/errors";
import { authorModule } from "./author-module";
import { contentLimits } from "./content-limits";
import { RESOURCE_TYPES, detectResourceType } from "./file-types";
import { FILE, newKey, releaseKey } from "./stored-files";

/** The name a download is saved under: the uploaded name's safe characters, with the extension of the bytes. */
export function downloadName(fileName: string, extension: string): string {
  const base = fileName
    .replace(/\.[^.]*$/, "")
    .replace(/[^\p{L}\p{N} _-]+/gu, "")
    .trim()
    .slice(0, 100);
  return `${base || "resource"}.${extension}`;
}

export async function attachResourceFile(
  author: Author,
  courseId: string,
  moduleId: string,
  upload: { bytes: Uint8Array; fileName: string },
) {
  const before = await forTenant(author.ctx, (tx) => authorModule(tx, author, courseId, moduleId, "RESOURCE"));
  if (upload.bytes.length === 0) throw new Invalid({ resource: "resourceMissing" });
  if (upload.bytes.length > contentLimits().resourceBytes) throw new Invalid({ resource: "resourceTooLarge" });
  const extension = detectResourceType(upload.bytes);
  if (!extension) throw new Invalid({ resource: "resourceType" });
  const key = newKey("resource");
  try {
    await storeFiles(key, new Map([[FILE, upload.bytes]]));
    await forTenant(author.ctx, async (tx) => {
      const data = {
        storageKey: key,
        fileName: downloadName(upload.fileName, extension),
        contentType: RESOURCE_TYPES[extension],
        bytes: upload.bytes.length,
        url: null,
      };
      await tx.moduleContent.upsert({
        where: { moduleId },
        create: { moduleId, tenantId: author.ctx.tenantId, courseId, audience: "CUSTOMS_ONLY", ...data },
        update: data,
      });
      await recordAudit(tx, author.actor, {
        tenantId: author.ctx.tenantId,
        action: "course.module.resource",
        targetType: "CourseModule",
        targetId: moduleId,
        before: before.content ? { fileName: before.content.fileName, url: before.content.url } : null,
        after: { fileName: data.fileName, bytes: data.bytes, type: data.contentType },
      });
    });
  } catch (error) {
    await removeStored(key);
    throw error;
  }
  await releaseKey(author.ctx, before.content?.storageKey);
  return { extension };
}
