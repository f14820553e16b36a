// Alerts of a discussion for people of other administrations: a shared space's subscribers and tutors live in
// many tenants, so their alerts are written across tenants on purpose (asPlatform), each in its reader's tenant.
import { asPlatform } from "@/lib/db";
import { createAlert } from "@/lib/notifications/create-alert";
import { threadPath } from "./paths";

interface Recipient {
  userId: string;
  tenantId: string;
}

export async function alertEach(
  reason: string,
  recipients: Recipient[],
  alert: { kind: string; params: Record<string, string>; href: string },
): Promise<void> {
  if (!recipients.length) return;
  await asPlatform(reason, async (db) => {
    for (const r of recipients) await createAlert(db, { tenantId: r.tenantId, userId: r.userId, ...alert });
  });
}

export function threadHref(courseId: string, threadId: string, postId?: string): string {
  return `${threadPath(courseId, threadId)}${postId ? `#post-${postId}` : ""}`;
}
