// An author uploads a resource module's file: a PDF or a common office document (told by its bytes), within
// the size limit, stored under a new key; it replaces a previous file or link. Nothing is left stored when
// anything is refused or fails. Audited.
import type { Author } from "@/lib/authoring/author";
import { recordAudit } from "@/lib/console/audit-log";
import { storeCheckedUpload } from "@/lib/content-store/checked-upload";
import { forTenant } from "@/lib/db";
import { authorModule } from "./author-module";
import { writeModuleContent } from "./write-module-content";
import { RESOURCE_TYPES } from "./file-types";
import { downloadName, resourceUploadRules } from "./resource-upload";
import { FILE, releaseKey } from "./stored-files";

export async function attachResourceFile(
  author: Author,
  courseId: string,
  moduleId: string,
  upload: { bytes: Uint8Array; fileName: string },
) {
  const before = await forTenant(author.ctx, (tx) => authorModule(tx, author, courseId, moduleId, "RESOURCE"));
  const stored = await storeCheckedUpload({
    bytes: upload.bytes,
    kind: "resource",
    rules: resourceUploadRules("resource"),
    files: () => new Map([[FILE, upload.bytes]]),
    record: (key, extension) =>
      forTenant(author.ctx, async (tx) => {
        const data = {
          storageKey: key,
          fileName: downloadName(upload.fileName, extension),
          contentType: RESOURCE_TYPES[extension],
          bytes: upload.bytes.length,
          url: null,
        };
        await writeModuleContent(tx, author, courseId, moduleId, data);
        await recordAudit(tx, author.actor, {
          tenantId: author.ctx.tenantId,
          action: "course.module.resource",
          targetType: "CourseModule",
          targetId: moduleId,
          before: before.content ? { fileName: before.content.fileName, url: before.content.url } : null,
          after: { fileName: data.fileName, bytes: data.bytes, type: data.contentType },
        });
        return { extension };
      }),
  });
  await releaseKey(author.ctx, before.content?.storageKey);
  return stored;
}
