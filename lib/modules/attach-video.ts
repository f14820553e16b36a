// An author uploads a video module's file: WebM or MP4 as told by its bytes, within the size limit, with a
// length read from its header. The file goes to a new key in the content store; the module's captions are
// carried over to it. Nothing is left stored when anything is refused or fails. Audited.
import type { Author } from "@/lib/authoring/author";
import { recordAudit } from "@/lib/console/audit-log";
import { readStoredFile } from "@/lib/content-store";
import { storeCheckedUpload } from "@/lib/content-store/checked-upload";
import { forTenant } from "@/lib/db";
import { Invalid } from "@/lib/errors";
import { authorModule } from "./author-module";
import { writeModuleContent } from "./write-module-content";
import { contentLimits } from "./content-limits";
import { detectVideoType } from "./file-types";
import { FILE, captionsFile, releaseKey } from "./stored-files";
import { videoDuration } from "./video-duration";

export async function attachVideo(
  author: Author,
  courseId: string,
  moduleId: string,
  upload: { bytes: Uint8Array; fileName: string },
) {
  const before = await forTenant(author.ctx, (tx) => authorModule(tx, author, courseId, moduleId, "VIDEO"));
  const previous = before.content;
  let duration = 0;
  const captions: string[] = [];
  const stored = await storeCheckedUpload({
    bytes: upload.bytes,
    kind: "video",
    rules: {
      field: "video",
      maxBytes: contentLimits().videoBytes,
      refusals: { missing: "videoMissing", tooLarge: "videoTooLarge", type: "videoType" },
      sniff: detectVideoType,
    },
    files: async (type) => {
      duration = videoDuration(upload.bytes, type) ?? 0;
      if (!duration) throw new Invalid({ video: "videoUnreadable" });
      const files = new Map([[FILE, upload.bytes]]);
      for (const locale of previous?.storageKey ? previous.captions : []) {
        const track = await readStoredFile(previous!.storageKey!, captionsFile(locale));
        if (!track) continue;
        files.set(captionsFile(locale), track);
        captions.push(locale);
      }
      return files;
    },
    record: (key, type) =>
      forTenant(author.ctx, async (tx) => {
        const data = {
          storageKey: key,
          fileName: upload.fileName.slice(0, 200),
          contentType: type,
          bytes: upload.bytes.length,
          durationSeconds: duration,
          url: null,
          captions,
        };
        await writeModuleContent(tx, author, courseId, moduleId, data);
        await recordAudit(tx, author.actor, {
          tenantId: author.ctx.tenantId,
          action: "course.module.video",
          targetType: "CourseModule",
          targetId: moduleId,
          before: previous ? { fileName: previous.fileName, bytes: previous.bytes, url: previous.url } : null,
          after: { fileName: data.fileName, bytes: data.bytes, type, seconds: Math.round(duration) },
        });
        return { type, durationSeconds: duration };
      }),
  });
  await releaseKey(author.ctx, previous?.storageKey);
  return stored;
}
