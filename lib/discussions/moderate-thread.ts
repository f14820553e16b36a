// A tutor or an author pins, locks or removes a thread (and undoes a pin or a lock), audited in their tenant.
import { recordAudit } from "@/lib/console/audit-log";
import { forTenant } from "@/lib/db";
import { Invalid, NotFound } from "@/lib/errors";
import type { Entry } from "@/lib/http/entry";
import { findThread } from "./read-thread";
import { THREAD_MODERATIONS, type ThreadModeration } from "./schemas";
import { moderates, readSpace } from "./space";

const CHANGE: Record<Exclude<ThreadModeration, "remove">, Record<string, boolean>> = {
  pin: { pinned: true },
  unpin: { pinned: false },
  lock: { locked: true },
  unlock: { locked: false },
};

export async function moderateThread(entry: Entry, courseId: string, threadId: string, action: string) {
  if (!(THREAD_MODERATIONS as readonly string[]).includes(action)) throw new Invalid({ action: "required" });
  const moderation = action as ThreadModeration;
  await forTenant(entry.ctx, async (tx) => {
    const space = await readSpace(tx, entry, courseId);
    if (!moderates(space)) throw new NotFound();
    const thread = await findThread(tx, space, threadId);
    const data = moderation === "remove" ? { removedAt: new Date() } : CHANGE[moderation];
    await tx.discussionThread.update({ where: { id: thread.id }, data });
    await recordAudit(tx, space.viewer, {
      tenantId: entry.ctx.tenantId,
      action: `discussion.${moderation}`,
      targetType: "DiscussionThread",
      targetId: thread.id,
      before: { title: thread.title, pinned: thread.pinned, locked: thread.locked },
      after: data,
    });
  });
}
