// Queues an e-mail: the message row is written in the caller's transaction (the outbox), and a delivery job
// is sent once the transaction has committed (sweepEmailOutbox() re-sends any job lost in between).
import type { PlatformTx, TenantTx } from "@/lib/db";
import { JOB, jobQueue } from "@/lib/jobs/queue";
import { isTurnedOff } from "./email-kinds";
import { renderEmail, type EmailTemplate } from "./render-email";

export interface EmailRequest {
  tenantId: string;
  to: string;
  locale: string | null | undefined;
  template: EmailTemplate;
  values: Record<string, string>;
  /** The recipient's account's opt-outs (User.emailOptOuts); an e-mail of a kind turned off is not written. */
  optOuts?: readonly string[];
}

/** Writes the message; call the returned function after the transaction commits to start delivery. */
export async function queueEmail(tx: PlatformTx | TenantTx, request: EmailRequest): Promise<() => Promise<void>> {
  if (isTurnedOff(request.template, request.optOuts)) return async () => {};
  const rendered = renderEmail(request.template, request.locale, request.values);
  // Both transaction kinds have the same emailMessage delegate; the tenant scope applies to TenantTx.
  const message = await (tx as PlatformTx).emailMessage.create({
    data: {
      tenantId: request.tenantId,
      toAddress: request.to,
      locale: rendered.locale,
      template: request.template,
      subject: rendered.subject,
      text: rendered.text,
    },
    select: { id: true },
  });
  return () => scheduleDelivery(message.id);
}

export async function scheduleDelivery(messageId: string): Promise<void> {
  const boss = await jobQueue();
  await boss.send(JOB.deliverEmail, { messageId }, { singletonKey: messageId });
}

/** Runs the post-commit steps returned by queueEmail(), in order. */
export async function afterCommit(steps: Array<() => Promise<void>>): Promise<void> {
  for (const step of steps) await step();
}
