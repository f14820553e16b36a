// The daily digest of discussion replies (User.discussionDigest): once a day (the first run of each UTC day), each
// account that chose it gets one e-mail listing the replies posted since its last digest (or since it chose the
// digest: lib/accounts/save-preferences.ts) in the threads it follows, by thread (at most DIGEST_THREADS threads of DIGEST_REPLIES replies, then "and N more"), and nothing
// when there is nothing. Each account is claimed by a compare-and-set on discussionDigestSentAt in the transaction
// that writes its e-mail, so two runs at once, on one server or several, send one digest per account and day.
import { homeSiteUrl } from "@/lib/accounts/account-links";
import { asPlatform, type PlatformTx } from "@/lib/db";
import { chooseLocale, formatMessage, messagesOf } from "@/lib/i18n/catalogues";
import {
  afterCommit,
  prepareEmail,
  readEmailSetting,
  storeEmail,
  type EmailRequest,
  type EmailSetting,
  type PreparedEmail,
} from "@/lib/notifications/queue-email";
import { RECIPIENT_SELECT } from "@/lib/workshops/notify";
import { threadHref } from "./notify";
import { spaceTitle, type CourseNames } from "./space-title";
import { postExcerpt } from "./post-excerpt";

export const DIGEST_THREADS = 10;
export const DIGEST_REPLIES = 3;
const DIGEST_EXCERPT_CHARS = 160;
/** The accounts one run looks at; the next run (a quarter of an hour later) takes the rest. */
const DIGEST_BATCH = 200;
/** The replies a digest reads for its counts; beyond them, it still says "more". */
const DIGEST_READ_LIMIT = 500;
const DAY_MS = 86_400_000;

const DIGEST_USER_SELECT = { ...RECIPIENT_SELECT, discussionDigestSentAt: true } as const;

type DigestUser = Awaited<ReturnType<typeof dueAccounts>>[number];
type DigestPost = Awaited<ReturnType<typeof newReplies>>[number];

const startOfDay = (now: Date) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));

function dueAccounts(tx: PlatformTx, now: Date) {
  return tx.user.findMany({
    where: {
      discussionDigest: true,
      status: "ACTIVE",
      NOT: { emailOptOuts: { has: "discussionReplies" } },
      OR: [{ discussionDigestSentAt: null }, { discussionDigestSentAt: { lt: startOfDay(now) } }],
    },
    select: DIGEST_USER_SELECT,
    orderBy: { id: "asc" },
    take: DIGEST_BATCH,
  });
}

/**
 * The replies in the threads the account follows since its last digest, or since it chose the digest (the last day
 * when that moment is unknown: chosen before it was kept).
 */
function newReplies(tx: PlatformTx, user: { id: string; discussionDigestSentAt: Date | null }, now: Date) {
  const since = user.discussionDigestSentAt ?? new Date(now.getTime() - DAY_MS);
  return tx.discussionPost.findMany({
    where: {
      createdAt: { gt: since, lte: now },
      deletedAt: null,
      removedAt: null,
      OR: [{ authorId: null }, { authorId: { not: user.id } }],
      thread: { removedAt: null, subscriptions: { some: { userId: user.id } } },
    },
    select: {
      id: true,
      threadId: true,
      courseId: true,
      authorName: true,
      body: true,
      createdAt: true,
      thread: { select: { title: true } },
    },
    orderBy: { createdAt: "asc" },
    take: DIGEST_READ_LIMIT,
  });
}

/** The list of the digest in the reader's language: a paragraph per thread, its last replies, its link. */
function digestList(user: DigestUser, posts: DigestPost[], courses: Map<string, CourseNames>): string {
  const locale = chooseLocale(user.locale);
  const texts = messagesOf(locale, "Email").discussionDigest;
  const byThread = new Map<string, DigestPost[]>();
  for (const post of posts) byThread.set(post.threadId, [...(byThread.get(post.threadId) ?? []), post]);
  // The threads with the latest replies first.
  const threads = [...byThread.values()].sort((a, b) => b.at(-1)!.createdAt.getTime() - a.at(-1)!.createdAt.getTime());
  const blocks = threads.slice(0, DIGEST_THREADS).map((replies) => {
    const [first] = replies;
    const course = courses.get(first.courseId);
    const lines = [
      formatMessage(locale, texts.thread, {
        title: first.thread.title,
        course: spaceTitle(first.courseId, course, locale),
        count: String(replies.length),
      }),
      ...replies.slice(-DIGEST_REPLIES).map((reply) =>
        formatMessage(locale, texts.reply, {
          author: reply.authorName,
          excerpt: postExcerpt(reply.body, DIGEST_EXCERPT_CHARS),
        }),
      ),
      ...(replies.length > DIGEST_REPLIES
        ? [formatMessage(locale, texts.more, { count: String(replies.length - DIGEST_REPLIES) })]
        : []),
      homeSiteUrl(user.tenant, threadHref(first.courseId, first.threadId, replies.at(-1)!.id)),
    ];
    return lines.join("\n");
  });
  if (threads.length > DIGEST_THREADS) {
    blocks.push(formatMessage(locale, texts.moreThreads, { count: String(threads.length - DIGEST_THREADS) }));
  }
  return blocks.join("\n\n");
}

interface Digest {
  user: DigestUser;
  /** Null when the account has no new reply: its claim moves on, nothing is sent. */
  request: EmailRequest | null;
  setting: EmailSetting | null;
}

/** Sends the digests due at `now`; returns how many were sent. Safe to run from several processes at once. */
export async function sendDiscussionDigests(now = new Date()): Promise<number> {
  const digests = await asPlatform("discussion digests: read the replies", async (tx) => {
    const due: Digest[] = [];
    for (const user of await dueAccounts(tx, now)) {
      const posts = await newReplies(tx, user, now);
      if (!posts.length) {
        due.push({ user, request: null, setting: null });
        continue;
      }
      const courses = new Map(
        (
          await tx.course.findMany({
            where: { id: { in: [...new Set(posts.map((p) => p.courseId))] } },
            select: { id: true, code: true, translations: { select: { locale: true, title: true } } },
          })
        ).map((c) => [c.id, c]),
      );
      const request: EmailRequest = {
        tenantId: user.tenantId,
        to: user.email,
        locale: user.locale,
        template: "discussionDigest",
        values: { firstName: user.firstName, replies: digestList(user, posts, courses) },
        optOuts: user.emailOptOuts,
      };
      due.push({ user, request, setting: await readEmailSetting(tx, request) });
    }
    return due;
  });
  // Drawn with no transaction open; a digest another run claims first is drawn for nothing, never sent twice.
  const drawn: Array<{ user: DigestUser; message: PreparedEmail | null }> = await Promise.all(
    digests.map(async ({ user, request, setting }) => ({
      user,
      message: request && setting ? await prepareEmail(request, setting) : null,
    })),
  );
  const steps = await asPlatform("discussion digests: claim and send", async (tx) => {
    const delivery: Array<() => Promise<void>> = [];
    for (const { user, message } of drawn) {
      const claimed = await tx.user.updateMany({
        where: { id: user.id, discussionDigestSentAt: user.discussionDigestSentAt },
        data: { discussionDigestSentAt: now },
      });
      if (claimed.count && message) delivery.push(await storeEmail(tx, message));
    }
    return delivery;
  });
  await afterCommit(steps);
  return steps.length;
}
