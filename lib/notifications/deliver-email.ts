// Delivers one queued e-mail: through Resend's HTTP API when RESEND_API_KEY is set, otherwise into the
// outbox (the row itself, shown by the development mailbox). Delivering twice is a no-op.
import { asPlatform } from "@/lib/db";

const RESEND_URL = () => process.env.RESEND_API_URL ?? "https://api.resend.com/emails";
const SENDER = () => process.env.EMAIL_FROM ?? "CLiKC! <no-reply@clikc.localhost>";

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
      const response = await fetch(RESEND_URL(), {
        method: "POST",
        headers: { Authorization: `Bearer ${key}`, "Content-Type": "application/json", "Idempotency-Key": message.id },
        body: JSON.stringify({ from: SENDER(), to: [message.toAddress], subject: message.subject, text: message.text }),
      });
      if (!response.ok) throw new Error(`Resend answered ${response.status}: ${(await response.text()).slice(0, 300)}`);
      providerId = String(((await response.json()) as { id?: string }).id ?? "");
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
