// An author uploads a video module's file: WebM or MP4 as told by its bytes, within the size limit, with a
// length read from its header. The file goes to a new key in the content store; the module's captions are
// carried over to it. Nothing is left stored when anything is refused or fails. Audited.
import type { Author } from "@/lib/authoring/author";
import { recordAudit } from "@/lib/console/audit-log";
import { readStoredFile, removeStored, storeFiles } from "@/lib/content-store";
import { forTenant } from "@/lib/db";
import { Invalid } from "@/lib/errors";
import { authorModule } from "./author-module";
import { contentLimits } from "./content-limits";
import { detectVideoType } from "./file-types";
import { FILE, captionsFile, newKey, releaseKey } from "./stored-files";
import { videoDuration } from "./video-duration";

export async function attachVideo(
  author: Author,
  courseId: string,
  moduleId: string,
  upload: { bytes: Uint8Array; fileName: string },
) {
  const before = await forTenant(author.ctx, (tx) => authorModule(tx, author, courseId, moduleId, "VIDEO"));
  if (upload.bytes.length === 0) throw new Invalid({ video: "videoMissing" });
  if (upload.bytes.length > contentLimits().videoBytes) throw new Invalid({ video: "videoTooLarge" });
  const type = detectVideoType(upload.bytes);
  if (!type) throw new Invalid({ video: "videoType" });
  const duration = videoDuration(upload.bytes, type);
  if (!duration) throw new Invalid({ video: "videoUnreadable" });
  const key = newKey("video");
  const files = new Map([[FILE, upload.bytes]]);
  const previous = before.content;
  try {
    for (const locale of previous?.storageKey ? previous.captions : []) {
      const track = await readStoredFile(previous!.storageKey!, captionsFile(locale));
      if (track) files.set(captionsFile(locale), track);
    }
    await storeFiles(key, files);
    await forTenant(author.ctx, async (tx) => {
      const data = {
        storageKey: key,
        fileName: upload.fileName.slice(0, 200),
        contentType: type,
        bytes: upload.bytes.length,
        durationSeconds: duration,
        url: null,
        captions: [...files.keys()].filter((name) => name !== FILE).map((name) => name.slice(9, -4)),
      };
      // Owner, isCore and audience are copied from the course by a trigger whatever is written here.
      await tx.moduleContent.upsert({
        where: { moduleId },
        create: { moduleId, tenantId: author.ctx.tenantId, courseId, audience: "CUSTOMS_ONLY", ...data },
        update: data,
      });
      await recordAudit(tx, author.actor, {
        tenantId: author.ctx.tenantId,
        action: "course.module.video",
        targetType: "CourseModule",
        targetId: moduleId,
        before: previous ? { fileName: previous.fileName, bytes: previous.bytes, url: previous.url } : null,
        after: { fileName: data.fileName, bytes: data.bytes, type, seconds: Math.round(duration) },
      });
    });
  } catch (error) {
    await removeStored(key);
    throw error;
  }
  await releaseKey(author.ctx, previous?.storageKey);
  return { type, durationSeconds: duration };
}
