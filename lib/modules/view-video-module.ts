// Everything the video player page shows, read in one transaction: the module's title and completion rule, the
// video's address on the content origin (a token for this learner) with one captions track per language, or
// the external video's privacy-enhanced embed, and where the learner stopped and how much she has watched.
// Without a learner, for a guest (ADR 0042): the video of a course open to guests, from the start, nothing read.
import type { VisibilityScope } from "@/lib/auth/visibility-scope";
import { forTenant } from "@/lib/db";
import { NotFound } from "@/lib/errors";
import { localized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/locales";
import { requireGuest } from "@/lib/guest/guest-scope";
import { embedAddress } from "./external-video";
import { guestModule } from "./guest-module";
import { learnerModule } from "./learner-module";
import { mediaAddress } from "./media-address";
import { FILE, captionsFile } from "./stored-files";

export async function viewVideoModule(
  scope: VisibilityScope,
  learnerId: string | null,
  locale: Locale,
  moduleId: string,
  platformOrigin: string,
) {
  return forTenant(scope.ctx, async (tx) => {
    const target = learnerId
      ? await learnerModule(tx, scope, learnerId, moduleId, "VIDEO")
      : await guestModule(tx, requireGuest(scope), moduleId, "VIDEO");
    const content = target.content;
    if (!content || (!content.storageKey && !content.url)) throw new NotFound();
    const [progress, completion] = learnerId
      ? await Promise.all([
          tx.videoProgress.findFirst({ where: { userId: learnerId, moduleId } }),
          tx.moduleCompletion.findFirst({ where: { userId: learnerId, moduleId }, select: { completedAt: true } }),
        ])
      : [null, null];
    const file = content.storageKey ? { key: content.storageKey, moduleId, platformOrigin } : null;
    const duration = content.durationSeconds ?? 0;
    return {
      courseId: target.courseId,
      title: localized(target.title as Record<string, string>, locale),
      required: target.required,
      watchPercent: content.watchPercent,
      completed: completion !== null,
      video: file
        ? {
            src: mediaAddress(scope.ctx, learnerId, file, FILE),
            type: content.contentType ?? "video/webm",
            durationSeconds: duration,
            captions: content.captions.map((captionLocale) => ({
              locale: captionLocale,
              src: mediaAddress(scope.ctx, learnerId, file, captionsFile(captionLocale)),
            })),
          }
        : null,
      embed: content.url ? embedAddress(content.url) : null,
      positionSeconds: progress?.positionSeconds ?? 0,
      watchedPercent: duration ? Math.min(100, Math.floor(((progress?.watchedSeconds ?? 0) * 100) / duration)) : 0,
    };
  });
}
