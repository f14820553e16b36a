// The background workers' safety net for e-mail: a delivery job lost between commit and queue is sent again.
import { asPlatform } from "@/lib/db";
import { scheduleDelivery } from "./queue-email";

/** Re-sends delivery jobs for messages still queued a minute after they were written. */
export async function sweepEmailOutbox(olderThanMs = 60_000): Promise<number> {
  const stale = await asPlatform("e-mail outbox sweep", (tx) =>
    tx.emailMessage.findMany({
      where: { status: "QUEUED", attempts: { lt: 5 }, createdAt: { lt: new Date(Date.now() - olderThanMs) } },
      select: { id: true },
      take: 500,
    }),
  );
  for (const { id } of stale) await scheduleDelivery(id);
  return stale.length;
}
