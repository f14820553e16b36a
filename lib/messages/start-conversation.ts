// A first message to someone the viewer may write to (ADR 0047); a conversation that exists already goes on.
import { forTenant } from "@/lib/db";
import { postBody } from "@/lib/discussions/format-post";
import { Invalid, NotFound } from "@/lib/errors";
import { fieldMessages } from "@/lib/field-messages";
import type { Entry } from "@/lib/http/entry";
import { findCorrespondent } from "./correspondents";
import { deliverMessage, type Delivered } from "./deliver-message";
import { messageSchema, recipientSchema } from "./schemas";

export async function startConversation(entry: Entry, recipient: unknown, input: unknown): Promise<Delivered> {
  const to = recipientSchema.safeParse(recipient);
  if (!entry.viewer || !to.success) throw new NotFound();
  const viewer = entry.viewer;
  const parsed = messageSchema.safeParse(input);
  if (!parsed.success) throw new Invalid(fieldMessages(parsed.error));
  const correspondent = await forTenant(entry.ctx, (tx) => findCorrespondent(tx, entry, to.data));
  return deliverMessage(viewer, correspondent, { source: parsed.data.body, body: postBody(parsed.data.body) });
}
