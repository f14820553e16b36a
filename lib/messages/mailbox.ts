// A person's mailbox: their copies of conversations, in their home tenant whichever site they read them on
// (ADR 0047), like their alerts.
import type { TenantContext, TenantTx } from "@/lib/db";
import { NotFound } from "@/lib/errors";
import { UUID } from "@/lib/ids";

export interface MailboxOwner {
  id: string;
  homeTenantId: string;
}

export const mailboxCtx = (owner: MailboxOwner): TenantContext => ({
  tenantId: owner.homeTenantId,
  audience: "PUBLIC",
});

/** The owner's copy of a conversation, in the caller's mailbox transaction; NotFound when it is not theirs. */
export async function ownConversation(tx: TenantTx, owner: MailboxOwner, conversationId: string) {
  if (!UUID.test(conversationId)) throw new NotFound();
  const conversation = await tx.conversation.findFirst({ where: { id: conversationId, ownerId: owner.id } });
  if (!conversation) throw new NotFound();
  return conversation;
}

export function conversationHref(conversationId: string): string {
  return `/messages/${conversationId}`;
}
