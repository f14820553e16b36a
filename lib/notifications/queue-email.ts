// Queues an e-mail: the message row, with its text and HTML parts in the site's layout, is written in the caller's
// transaction (the outbox), and a delivery job is sent once the transaction has committed (sweepEmailOutbox()
// re-sends any job lost in between). queueEmail does the three steps in the caller's transaction; a caller sending
// many messages reads their settings, draws them outside its transactions and writes them (readEmailSetting,
// prepareEmail, storeEmail), so no transaction stays open while React Email renders.
import type { PlatformTx, TenantTx } from "@/lib/db";
import { JOB, jobQueue } from "@/lib/jobs/queue";
import { readEmailBrand, type EmailBrand } from "./email-brand";
import { emailKindOf, type EmailKind } from "./email-kinds";
import { renderEmailParts, type EmailParts, type EmailTemplate } from "./render-email";
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

/** What a message needs from the database before it is drawn: its kind, its site's brand, its unsubscribe address. */
export interface EmailSetting {
  kind: EmailKind | null;
  brand: EmailBrand;
  unsubscribeUrl: string | null;
}

/** A message drawn in both parts, ready to be written. */
export interface PreparedEmail {
  request: EmailRequest;
  kind: EmailKind | null;
  unsubscribeUrl: string | null;
  parts: EmailParts;
}

/** Reads what the message needs, in the caller's transaction; null when the recipient turned its kind off. */
export async function readEmailSetting(tx: PlatformTx | TenantTx, request: EmailRequest): Promise<EmailSetting | null> {
  // Both transaction kinds have the same delegates; the tenant scope applies to TenantTx.
  const db = tx as PlatformTx;
  const kind = emailKindOf(request.template);
  if (kind) {
    const optOuts =
      request.optOuts ??
      (await db.user.findUnique({ where: { email: request.to.toLowerCase() }, select: { emailOptOuts: true } }))
        ?.emailOptOuts ??
      [];
    if (optOuts.includes(kind)) return null;
  }
  const brand = await readEmailBrand(tx, request.tenantId);
  const unsubscribe = kind
    ? unsubscribeUrl(brand.siteUrl, unsubscribeToken({ tenantId: request.tenantId, address: request.to, kind }))
    : null;
  return { kind, brand, unsubscribeUrl: unsubscribe };
}

/**
 * Draws both parts of the message (React Email). It reads no database, so a caller with many messages draws them
 * before or after its transaction rather than while holding it.
 */
export async function prepareEmail(request: EmailRequest, setting: EmailSetting): Promise<PreparedEmail> {
  const parts = await renderEmailParts(request.template, request.locale, request.values, setting);
  return { request, kind: setting.kind, unsubscribeUrl: setting.unsubscribeUrl, parts };
}

/** Writes a drawn message in the caller's transaction; call the returned function after it commits. */
export async function storeEmail(tx: PlatformTx | TenantTx, prepared: PreparedEmail): Promise<() => Promise<void>> {
  const { request, parts } = prepared;
  const message = await (tx as PlatformTx).emailMessage.create({
    data: {
      tenantId: request.tenantId,
      toAddress: request.to,
      locale: parts.locale,
      template: request.template,
      subject: parts.subject,
      text: parts.text,
      html: parts.html,
      kind: prepared.kind,
      unsubscribeUrl: prepared.unsubscribeUrl,
      ...(request.attachments?.length ? { attachments: request.attachments as unknown as object[] } : {}),
    },
    select: { id: true },
  });
  return () => scheduleDelivery(message.id);
}

/** Writes the message; call the returned function after the transaction commits to start delivery. */
export async function queueEmail(tx: PlatformTx | TenantTx, request: EmailRequest): Promise<() => Promise<void>> {
  const setting = await readEmailSetting(tx, request);
  if (!setting) return async () => {};
  return storeEmail(tx, await prepareEmail(request, setting));
}

export async function scheduleDelivery(messageId: string): Promise<void> {
  const boss = await jobQueue();
  await boss.send(JOB.deliverEmail, { messageId }, { singletonKey: messageId });
}

/** Runs the post-commit steps returned by queueEmail(), in order. */
export async function afterCommit(steps: Array<() => Promise<void>>): Promise<void> {
  for (const step of steps) await step();
}
