// A message in a conversation the viewer has: either party writes, unless the other blocked them.
import { forTenant } from "@/lib/db";
import { postBody } from "@/lib/discussions/format-post";
import { Invalid, NotFound } from "@/lib/errors";
import { fieldMessages } from "@/lib/field-messages";
import type { Entry } from "@/lib/http/entry";
import { deliverMessage, type Delivered } from "./deliver-message";
import { mailboxCtx, ownConversation } from "./mailbox";
import { messageSchema } from "./schemas";

export async function sendMessage(entry: Entry, conversationId: string, input: unknown): Promise<Delivered> {
  const viewer = entry.viewer;
  if (!viewer) throw new NotFound();
  const conversation = await forTenant(mailboxCtx(viewer), (tx) => ownConversation(tx, viewer, conversationId));
  const parsed = messageSchema.safeParse(input);
  if (!parsed.success) throw new Invalid(fieldMessages(parsed.error));
  const recipient = {
    id: conversation.otherId,
    tenantId: conversation.otherTenantId,
    name: conversation.otherName,
    place: conversation.otherPlace,
    course: conversation.courseId ? { id: conversation.courseId, title: conversation.courseTitle ?? "" } : null,
  };
  return deliverMessage(viewer, recipient, { source: parsed.data.body, body: postBody(parsed.data.body) });
}
