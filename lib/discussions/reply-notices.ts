// What a reply tells the thread's other subscribers: an alert (unless they turned discussion replies off for the
// Alerts panel) and an e-mail in their language from their own site, with a link to the post (unless they turned
// the kind off, or chose the daily digest, which gathers it instead). A shared space's subscribers live in many
// tenants, so they are read and written across tenants on purpose (asPlatform), each notice in its reader's tenant;
// the e-mails are drawn between the read and the write, with no transaction open.
import { homeSiteUrl } from "@/lib/accounts/account-links";
import { asPlatform } from "@/lib/db";
import { createAlert } from "@/lib/notifications/create-alert";
import {
  afterCommit,
  prepareEmail,
  readEmailSetting,
  storeEmail,
  type EmailRequest,
  type EmailSetting,
} from "@/lib/notifications/queue-email";
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
  const toSend = await asPlatform("discussion reply e-mails: read the subscribers", async (tx) => {
    const course = await tx.course.findUnique({
      where: { id: reply.courseId },
      select: { code: true, translations: { select: { locale: true, title: true } } },
    });
    const users = await tx.user.findMany({
      where: { id: { in: reply.recipients.map((r) => r.userId) }, status: "ACTIVE", discussionDigest: false },
      select: RECIPIENT_SELECT,
    });
    const settled: Array<{ request: EmailRequest; setting: EmailSetting }> = [];
    for (const user of users) {
      const request: EmailRequest = {
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
      };
      const setting = await readEmailSetting(tx, request);
      if (setting) settled.push({ request, setting });
    }
    return settled;
  });
  const prepared = await Promise.all(toSend.map(({ request, setting }) => prepareEmail(request, setting)));
  const steps = await asPlatform("discussion reply alerts and e-mails to the thread's subscribers", async (tx) => {
    for (const r of reply.recipients) {
      await createAlert(tx, {
        tenantId: r.tenantId,
        userId: r.userId,
        kind: "discussionReply",
        params: { title: reply.title },
        href: path,
      });
    }
    const delivery: Array<() => Promise<void>> = [];
    for (const message of prepared) delivery.push(await storeEmail(tx, message));
    return delivery;
  });
  await afterCommit(steps);
}
