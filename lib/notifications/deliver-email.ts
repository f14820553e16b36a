// Delivers one queued e-mail: through Resend (its official SDK) when RESEND_API_KEY is set, otherwise into the
// outbox (the row itself, shown by the development mailbox). Delivering twice is a no-op; the message's id is the
// idempotency key, so a retry after a lost answer is not sent twice.
import { Resend } from "resend";
import { asPlatform } from "@/lib/db";
import type { EmailAttachment } from "./queue-email";

const SENDER = () => process.env.EMAIL_FROM ?? "CLiKC! <no-reply@clikc.localhost>";

/** RESEND_API_URL names the e-mails endpoint (a local stand-in in tests); the SDK wants the API's base. */
const baseUrl = () => (process.env.RESEND_API_URL ?? "https://api.resend.com/emails").replace(/\/emails\/?$/, "");

async function sendWithResend(key: string, message: SendableMessage): Promise<string> {
  const resend = new Resend(key, { baseUrl: baseUrl() });
  const attachments = (message.attachments as EmailAttachment[] | null) ?? [];
  const { data, error } = await resend.emails.send(
    {
      from: SENDER(),
      to: [message.toAddress],
      subject: message.subject,
      text: message.text,
      html: message.html,
      ...(message.unsubscribeUrl
        ? {
            headers: {
              "List-Unsubscribe": `<${message.unsubscribeUrl}>`,
              "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            },
          }
        : {}),
      ...(attachments.length
        ? {
            attachments: attachments.map((a) => ({
              filename: a.filename,
              content: a.content,
              contentType: a.contentType,
            })),
          }
        : {}),
    },
    { idempotencyKey: message.id },
  );
  if (error) {
    // The SDK answers a refused connection without a status: the provider could not be reached.
    const status = "statusCode" in error && error.statusCode ? `answered ${error.statusCode}` : "fetch failed";
    throw new Error(`Resend ${status}: ${error.name}: ${error.message}`.slice(0, 500));
  }
  return data?.id ?? "";
}

interface SendableMessage {
  id: string;
  toAddress: string;
  subject: string;
  text: string;
  html: string;
  unsubscribeUrl: string | null;
  attachments: unknown;
}

export async function deliverEmail(messageId: string): Promise<"sent" | "already-sent" | "missing"> {
  const message = await asPlatform("e-mail delivery: read the message", (tx) =>
    tx.emailMessage.findUnique({ where: { id: messageId } }),
  );
  if (!message) return "missing";
  if (message.status === "SENT") return "already-sent";
  let providerId = "outbox";
  const key = process.env.RESEND_API_KEY;
  if (key) {
    try {
      providerId = await sendWithResend(key, message);
    } catch (error) {
      await asPlatform("e-mail delivery: record the failure", (tx) =>
        tx.emailMessage.update({
          where: { id: message.id },
          data: { attempts: { increment: 1 }, lastError: String(error).slice(0, 1000) },
        }),
      );
      throw error; // the queue retries with backoff
    }
  }
  await asPlatform("e-mail delivery: record the delivery", (tx) =>
    tx.emailMessage.update({
      where: { id: message.id },
      data: { status: "SENT", sentAt: new Date(), providerId, attempts: { increment: 1 }, lastError: null },
    }),
  );
  return "sent";
}
