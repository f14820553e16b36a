import { asPlatform } from "@/lib/db";

/** Whether the development mailbox is on: never in production, never with a real e-mail service. */
export function devMailboxEnabled(): boolean {
  return process.env.DEV_MAILBOX === "1" && !process.env.RESEND_API_KEY;
}

/** The newest messages of the outbox, for the development mailbox. */
export async function listOutbox(take = 50) {
  if (!devMailboxEnabled()) return [];
  return asPlatform("development mailbox: read the outbox", (tx) =>
    tx.emailMessage.findMany({
      orderBy: { createdAt: "desc" },
      take,
      select: { id: true, toAddress: true, subject: true, text: true, status: true, createdAt: true },
    }),
  );
}
