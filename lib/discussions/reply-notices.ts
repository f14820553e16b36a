// What a reply tells the thread's other subscribers: an alert (unless they turned discussion replies off for the
// Alerts panel) and an e-mail in their language from their own site, with a link to the post (unless they turned
// the kind off, or chose the daily digest, which gathers it instead). A shared space's subscribers live in many
// tenants: they are told through noticeReaders, each notice in its reader's tenant.
import { homeSiteUrl } from "@/lib/accounts/account-links";
import { noticeReaders } from "@/lib/notifications/notice-readers";
import type { EmailRequest } from "@/lib/notifications/queue-email";
import { RECIPIENT_SELECT } from "@/lib/workshops/notify";
import { threadHref } from "./notify";
import { spaceTitle } from "./space-title";
import { postExcerpt } from "./post-excerpt";

/** How much of the reply the e-mail quotes. */
export const REPLY_EXCERPT_CHARS = 280;

export interface Reply {
  courseId: string;
  threadId: string;
  postId: string;
  title: string;
  authorName: string;
  /** The post's sanitised HTML. */
  body: string;
  /** The thread's subscribers but the author, each with their home tenant. */
  recipients: Array<{ userId: string; tenantId: string }>;
}

export async function noticeReply(reply: Reply): Promise<void> {
  if (!reply.recipients.length) return;
  const path = threadHref(reply.courseId, reply.threadId, reply.postId);
  const excerpt = postExcerpt(reply.body, REPLY_EXCERPT_CHARS);
  await noticeReaders("discussion reply to the thread's subscribers", async (tx) => {
    const course = await tx.course.findUnique({
      where: { id: reply.courseId },
      select: { code: true, translations: { select: { locale: true, title: true } } },
    });
    const users = await tx.user.findMany({
      where: { id: { in: reply.recipients.map((r) => r.userId) }, status: "ACTIVE", discussionDigest: false },
      select: RECIPIENT_SELECT,
    });
    const emails = new Map(
      users.map((user): [string, EmailRequest] => [
        user.id,
        {
          tenantId: user.tenantId,
          to: user.email,
          locale: user.locale,
          template: "discussionReply",
          values: {
            firstName: user.firstName,
            author: reply.authorName,
            title: reply.title,
            course: spaceTitle(reply.courseId, course, user.locale),
            excerpt,
            link: homeSiteUrl(user.tenant, path),
          },
          optOuts: user.emailOptOuts,
        },
      ]),
    );
    return reply.recipients.map((r) => ({
      alert: {
        tenantId: r.tenantId,
        userId: r.userId,
        kind: "discussionReply",
        params: { title: reply.title },
        href: path,
      },
      email: emails.get(r.userId) ?? null,
    }));
  });
}
