// Alerts and e-mails to many readers at once, in the three steps of a use case that sends many messages
// (docs/conventions.md): the readers and each e-mail's setting are read in one transaction, the e-mails are drawn
// with no transaction open, then every alert and e-mail is written in another and sent once it commits. The
// readers may live in many tenants, so both transactions are named platform ones, each notice in its reader's
// tenant.
import { asPlatform, type PlatformTx } from "@/lib/db";
import { createAlert, type AlertRequest } from "./create-alert";
import { afterCommit, prepareEmail, readEmailSetting, storeEmail, type EmailRequest } from "./queue-email";

/** What one reader is told: an alert (unless turned off, createAlert decides) and maybe an e-mail. */
export interface ReaderNotice {
  alert: AlertRequest;
  email: EmailRequest | null;
}

export async function noticeReaders(reason: string, read: (tx: PlatformTx) => Promise<ReaderNotice[]>): Promise<void> {
  const settled = await asPlatform(`${reason}: read the readers`, async (tx) => {
    const notices = await read(tx);
    const emails = [];
    for (const { email } of notices) {
      const setting = email ? await readEmailSetting(tx, email) : null;
      if (email && setting) emails.push({ request: email, setting });
    }
    return { alerts: notices.map((notice) => notice.alert), emails };
  });
  const prepared = await Promise.all(settled.emails.map(({ request, setting }) => prepareEmail(request, setting)));
  const steps = await asPlatform(`${reason}: write the alerts and e-mails`, async (tx) => {
    for (const alert of settled.alerts) await createAlert(tx, alert);
    const delivery: Array<() => Promise<void>> = [];
    for (const message of prepared) delivery.push(await storeEmail(tx, message));
    return delivery;
  });
  await afterCommit(steps);
}
