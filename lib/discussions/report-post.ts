// A participant reports a post to the course's tutors (the information point's: to WCO staff): the report is kept (once per reader and post) and every
// tutor of the space, whatever their administration, gets an alert leading to the post.
import { forTenant } from "@/lib/db";
import { Invalid } from "@/lib/errors";
import { fieldMessages } from "@/lib/field-messages";
import type { Entry } from "@/lib/http/entry";
import { informationPointModerators, INFORMATION_POINT_SPACE } from "./information-point-space";
import { alertEach, threadHref } from "./notify";
import { findPost } from "./read-thread";
import { reportSchema } from "./schemas";
import { readSpace, spaceRow } from "./space";

export async function reportPost(entry: Entry, courseId: string, postId: string, input: unknown) {
  const parsed = reportSchema.safeParse(input);
  if (!parsed.success) throw new Invalid(fieldMessages(parsed.error));
  const { tutors, threadId, title, reported } = await forTenant(entry.ctx, async (tx) => {
    const space = await readSpace(tx, entry, courseId);
    const post = await findPost(tx, space, postId);
    const key = { tenantId: space.tenantId, postId: post.id, reporterId: space.viewer.id };
    const already = await tx.discussionReport.count({ where: key });
    if (!already)
      await tx.discussionReport.create({ data: { ...spaceRow(space), ...key, reason: parsed.data.reason } });
    const tutors = already
      ? []
      : await tx.courseTutor.findMany({
          where: { tenantId: space.tenantId, courseId, userId: { not: space.viewer.id } },
          select: { userId: true, userTenantId: true },
        });
    return { tutors, threadId: post.threadId, title: post.thread.title, reported: !already };
  });
  // The information point has no tutors: its reports go to WCO staff (ADR 0048).
  if (courseId === INFORMATION_POINT_SPACE && reported)
    tutors.push(...(await informationPointModerators()).filter((m) => m.userId !== entry.viewer?.id));
  await alertEach(
    "discussion report alerts to the course's tutors",
    tutors.map((t) => ({ userId: t.userId, tenantId: t.userTenantId })),
    { kind: "discussionReport", params: { title }, href: threadHref(courseId, threadId, postId) },
  );
  return { threadId };
}
