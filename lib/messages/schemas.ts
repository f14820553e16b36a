// The messages area's input and limits (ADR 0047). Messages are keys of the Messages namespace's forms.
import { z } from "zod";

/** Conversations on a page of the inbox, messages on a page of a conversation. */
export const CONVERSATIONS_PER_PAGE = 20;
export const MESSAGES_PER_PAGE = 30;
/** Messages one account may send per window, on every server together. */
export const MESSAGE_LIMIT = { limit: 20, windowMs: 60_000 };
export const MAX_MESSAGE_CHARS = 5_000;

export const messageSchema = z.object({
  body: z.string("required").trim().min(1, "required").max(MAX_MESSAGE_CHARS, "tooLong"),
});

export const reportMessageSchema = z.object({
  reason: z.string("required").trim().min(1, "required").max(1_000, "tooLong"),
});

/** A reviewer's decision on a reported message, as its page posts it. */
export const reportDecisionSchema = z.enum(["remove", "dismiss"]);

/** Who a new conversation is with, and the course that brings them together (none: a coordinator's message). */
export const recipientSchema = z.object({
  to: z.uuid(),
  course: z.uuid().optional(),
});
export type RecipientInput = z.infer<typeof recipientSchema>;
