"use server";

import { formAction } from "@/lib/http/form-action";
import type { FormState } from "@/lib/http/form-state";
import { typedValues } from "@/lib/http/form-state";
import { conversationHref } from "@/lib/messages/mailbox";
import { reportMessage } from "@/lib/messages/report-message";
import { sendMessage } from "@/lib/messages/send-message";
import { startConversation } from "@/lib/messages/start-conversation";
import type { Delivered } from "@/lib/messages/deliver-message";
import type { RecipientInput } from "@/lib/messages/schemas";

const goTo = (redirectTo: string): FormState => ({ values: {}, errors: {}, redirectTo });
const newMessagePage = ({ to, course }: RecipientInput) =>
  `/messages/new?${new URLSearchParams({ to, ...(course ? { course } : {}) })}`;

/** A message sent: its conversation's last page, where it is. */
const newest = (sent: Delivered) => `${conversationHref(sent.conversationId)}?page=last#message-${sent.messageId}`;

export const startConversationAction = formAction(
  { signIn: (recipient: RecipientInput) => newMessagePage(recipient) },
  async (entry, form, recipient: RecipientInput) => {
    const sent = await startConversation(entry, recipient, typedValues(form));
    return goTo(newest(sent));
  },
);

export const sendMessageAction = formAction(
  { signIn: (id: string) => conversationHref(id) },
  async (entry, form, id: string) => {
    return goTo(newest(await sendMessage(entry, id, typedValues(form))));
  },
);

export const reportMessageAction = formAction<[string, string]>(
  { signIn: (id: string) => conversationHref(id), revalidate: (_form, id: string) => conversationHref(id) },
  async (entry, form, _id: string, messageId: string) => {
    await reportMessage(entry, messageId, typedValues(form));
  },
);
