// Queues an e-mail: the message row, with its text and HTML parts in the site's layout, is written in the caller's
// transaction (the outbox), and a delivery job is sent once the transaction has committed (sweepEmailOutbox()
// re-sends any job lost in between).
import type { PlatformTx, TenantTx } from "@/lib/db";
import { JOB, jobQueue } from "@/lib/jobs/queue";
import { readEmailBrand } from "./email-brand";
import { emailKindOf } from "./email-kinds";
import { renderEmailParts, type EmailTemplate } from "./render-email";
import { unsubscribeToken, unsubscribeUrl } from "./unsubscribe-token";

export interface EmailAttachment {
  filename: string;
  contentType: string;
  /** The file's bytes, base64. */
  content: string;
}

export interface EmailRequest {
  tenantId: string;
  to: string;
  locale: string | null | undefined;
  template: EmailTemplate;
  values: Record<string, string>;
  /** The recipient's account's opt-outs (User.emailOptOuts); read from the account when not given. */
  optOuts?: readonly string[];
  attachments?: EmailAttachment[];
}

/** Writes the message; call the returned function after the transaction commits to start delivery. */
export async function queueEmail(tx: PlatformTx | TenantTx, request: EmailRequest): Promise<() => Promise<void>> {
  // Both transaction kinds have the same delegates; the tenant scope applies to TenantTx.
  const db = tx as PlatformTx;
  const kind = emailKindOf(request.template);
  if (kind) {
    const optOuts =
      request.optOuts ??
      (await db.user.findUnique({ where: { email: request.to.toLowerCase() }, select: { emailOptOuts: true } }))
        ?.emailOptOuts ??
      [];
    if (optOuts.includes(kind)) return async () => {};
  }
  const brand = await readEmailBrand(tx, request.tenantId);
  const unsubscribe = kind
    ? unsubscribeUrl(brand.siteUrl, unsubscribeToken({ tenantId: request.tenantId, address: request.to, kind }))
    : null;
  const rendered = await renderEmailParts(request.template, request.locale, request.values, {
    brand,
    kind,
    unsubscribeUrl: unsubscribe,
  });
  const message = await db.emailMessage.create({
    data: {
      tenantId: request.tenantId,
      toAddress: request.to,
      locale: rendered.locale,
      template: request.template,
      subject: rendered.subject,
      text: rendered.text,
      html: rendered.html,
      kind,
      unsubscribeUrl: unsubscribe,
      ...(request.attachments?.length ? { attachments: request.attachments as unknown as object[] } : {}),
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
