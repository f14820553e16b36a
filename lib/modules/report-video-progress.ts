// The video player's report (every few seconds while playing, and when the page is left): the segments played
// since the previous report and the position. The server believes each segment only as far as the time since
// the previous report allows (watched-segments.ts), keeps the union of what was watched, and completes the
// module when it reaches the author's share. A learner who is not enrolled gets NotFound and nothing changes.
import type { VisibilityScope } from "@/lib/auth/visibility-scope";
import { parse } from "@/lib/authoring/parse-input";
import { forTenant } from "@/lib/db";
import { NotFound } from "@/lib/errors";
import { learnerModule } from "./learner-module";
import { recordCompletion } from "./record-completion";
import { videoProgressSchema } from "./schemas";
import { type Segment, believableSegments, mergeSegments, reachesThreshold, watchedSeconds } from "./watched-segments";

export async function reportVideoProgress(
  scope: VisibilityScope,
  learnerId: string,
  moduleId: string,
  input: unknown,
  now = new Date(),
): Promise<{ watchedPercent: number; completed: boolean }> {
  const report = parse(videoProgressSchema, input);
  return forTenant(scope.ctx, async (tx) => {
    const target = await learnerModule(tx, scope, learnerId, moduleId, "VIDEO");
    const duration = target.content?.durationSeconds;
    if (!target.content?.storageKey || !duration) throw new NotFound();
    const previous = await tx.videoProgress.findFirst({ where: { userId: learnerId, moduleId } });
    // The first report of a learner may claim no more than the slack: she has just pressed play.
    const elapsed = previous ? (now.getTime() - previous.reportedAt.getTime()) / 1000 : 0;
    const believed = believableSegments(report.segments as Segment[], duration, elapsed);
    const segments = mergeSegments([...((previous?.segments as Segment[] | undefined) ?? []), ...believed]);
    const watched = watchedSeconds(segments);
    const data = {
      segments,
      watchedSeconds: watched,
      positionSeconds: Math.min(report.position, duration),
      reportedAt: now,
    };
    if (previous) await tx.videoProgress.update({ where: { id: previous.id }, data });
    else
      await tx.videoProgress.create({ data: { tenantId: scope.ctx.tenantId, userId: learnerId, moduleId, ...data } });
    const completed = reachesThreshold(watched, duration, target.content.watchPercent);
    if (completed) await recordCompletion(tx, scope.ctx, learnerId, target);
    const done = completed || !!(await tx.moduleCompletion.findFirst({ where: { userId: learnerId, moduleId } }));
    return { watchedPercent: Math.min(100, Math.floor((watched * 100) / duration)), completed: done };
  });
}
