// An author adds (or replaces) a video's captions in one language: a WebVTT file, checked, stored beside the
// video. A malformed file is refused and nothing of it is stored. Audited.
import type { Author } from "@/lib/authoring/author";
import { parse } from "@/lib/authoring/parse-input";
import { recordAudit } from "@/lib/console/audit-log";
import { storeOrRefuse } from "@/lib/content-store/checked-upload";
import { forTenant } from "@/lib/db";
import { Invalid } from "@/lib/errors";
import { authorModule } from "./author-module";
import { contentLimits } from "./content-limits";
import { captionLocaleSchema } from "./schemas";
import { captionsFile } from "./stored-files";
import { checkWebVtt } from "./webvtt";

export async function attachCaptions(
  author: Author,
  courseId: string,
  moduleId: string,
  input: { locale: unknown; bytes: Uint8Array },
) {
  const { locale } = parse(captionLocaleSchema, { locale: input.locale });
  const courseModule = await forTenant(author.ctx, (tx) => authorModule(tx, author, courseId, moduleId, "VIDEO"));
  const key = courseModule.content?.storageKey;
  if (!key) throw new Invalid({ captions: "captionsNeedVideo" });
  if (input.bytes.length === 0) throw new Invalid({ captions: "captionsMissing" });
  if (input.bytes.length > contentLimits().captionBytes) throw new Invalid({ captions: "captionsTooLarge" });
  const cues = checkWebVtt(input.bytes);
  if (!cues) throw new Invalid({ captions: "captionsMalformed" });
  // The video's own key: a failure leaves the video and its other captions in place.
  await storeOrRefuse(key, new Map([[captionsFile(locale), input.bytes]]), "captions", { keepKey: true });
  await forTenant(author.ctx, async (tx) => {
    const captions = [...new Set([...(courseModule.content?.captions ?? []), locale])].sort();
    await tx.moduleContent.update({ where: { moduleId }, data: { captions } });
    await recordAudit(tx, author.actor, {
      tenantId: author.ctx.tenantId,
      action: "course.module.captions",
      targetType: "CourseModule",
      targetId: moduleId,
      after: { locale, cues },
    });
  });
  return { locale, cues };
}
