// A participant subscribes to a thread's replies, or stops.
import { forTenant } from "@/lib/db";
import type { Entry } from "@/lib/http/entry";
import { findThread } from "./read-thread";
import { readSpace, spaceRow } from "./space";

export async function setSubscription(entry: Entry, courseId: string, threadId: string, subscribed: boolean) {
  await forTenant(entry.ctx, async (tx) => {
    const space = await readSpace(tx, entry, courseId);
    await findThread(tx, space, threadId);
    const key = { tenantId: space.tenantId, threadId, userId: space.viewer.id };
    if (!subscribed) await tx.discussionSubscription.deleteMany({ where: key });
    else
      await tx.discussionSubscription.upsert({
        where: { tenantId_threadId_userId: key },
        create: { ...spaceRow(space), threadId, userId: space.viewer.id, userTenantId: space.viewer.homeTenantId },
        update: {},
      });
  });
}
