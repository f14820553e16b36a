// The background workers' safety net for e-mail: a delivery job lost between commit and queue, or one whose retries
// ran out during a long outage of the provider, is sent again; a message still unsent after three days is given up.
import { asPlatform } from "@/lib/db";
import { JOB, withLiveJob } from "@/lib/jobs/queue";
import { scheduleDelivery } from "./queue-email";

/** How long an unsent message keeps being retried; after that it is FAILED and the outbox shows why. */
export const EMAIL_GIVE_UP_AFTER_MS = 3 * 24 * 60 * 60 * 1000;

/**
 * Re-sends delivery jobs for messages still queued a minute after they were written, unless a job for the message
 * is still waiting, retrying or running.
 */
export async function sweepEmailOutbox(olderThanMs = 60_000): Promise<{ rescheduled: number; failed: number }> {
  const now = Date.now();
  const { stale, failed } = await asPlatform("e-mail outbox sweep", async (tx) => {
    const givenUp = await tx.emailMessage.updateMany({
      where: { status: "QUEUED", createdAt: { lt: new Date(now - EMAIL_GIVE_UP_AFTER_MS) } },
      data: { status: "FAILED" },
    });
    const rows = await tx.emailMessage.findMany({
      where: { status: "QUEUED", createdAt: { lt: new Date(now - olderThanMs) } },
      orderBy: { createdAt: "asc" },
      select: { id: true },
      take: 500,
    });
    return { stale: rows, failed: givenUp.count };
  });
  const live = await withLiveJob(
    JOB.deliverEmail,
    "messageId",
    stale.map(({ id }) => id),
  );
  const lost = stale.filter(({ id }) => !live.has(id));
  for (const { id } of lost) await scheduleDelivery(id);
  return { rescheduled: lost.length, failed };
}
