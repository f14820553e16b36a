// An author sets a video module's completion rule (the share to watch), or makes it a link to an external
// video (YouTube or Vimeo, shown with the privacy-enhanced player) instead of a file. Audited.
import type { Author } from "@/lib/authoring/author";
import { parse } from "@/lib/authoring/parse-input";
import { recordAudit } from "@/lib/console/audit-log";
import { forTenant } from "@/lib/db";
import { Invalid } from "@/lib/errors";
import { authorModule } from "./author-module";
import { writeModuleContent } from "./write-module-content";
import { embedAddress } from "./external-video";
import { linkSchema, videoSettingsSchema } from "./schemas";
import { releaseKey } from "./stored-files";

export async function saveVideoSettings(author: Author, courseId: string, moduleId: string, input: unknown) {
  const { watchPercent } = parse(videoSettingsSchema, input);
  const link = (input as { url?: unknown }).url;
  const url = typeof link === "string" && link.trim() ? parse(linkSchema, { url: link }).url : null;
  if (url && !embedAddress(url)) throw new Invalid({ url: "videoLinkUnsupported" });
  const released = await forTenant(author.ctx, async (tx) => {
    const courseModule = await authorModule(tx, author, courseId, moduleId, "VIDEO");
    const previous = courseModule.content;
    const data = url
      ? {
          watchPercent,
          url,
          storageKey: null,
          fileName: null,
          contentType: null,
          bytes: null,
          durationSeconds: null,
          captions: [],
        }
      : { watchPercent };
    await writeModuleContent(tx, author, courseId, moduleId, data);
    await recordAudit(tx, author.actor, {
      tenantId: author.ctx.tenantId,
      action: "course.module.videoSettings",
      targetType: "CourseModule",
      targetId: moduleId,
      before: previous ? { watchPercent: previous.watchPercent, url: previous.url } : null,
      after: { watchPercent, url: url ?? previous?.url ?? null },
    });
    return url ? previous?.storageKey : null;
  });
  await releaseKey(author.ctx, released);
}
