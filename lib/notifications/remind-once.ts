// The skeleton of a "remind once" run (a certificate about to expire, required learning about to fall due):
// the rows whose date falls in the window, each claimed row by row so that a run elsewhere at the same moment
// cannot send it twice, then an e-mail in the recipient's language (unless they turned its kind off) and an
// alert with the same name, both linking to a page on the recipient's home site. Returns how many were sent. The
// e-mails are drawn between reading the rows and claiming them, so the claiming transaction never waits on them.
import { homeSiteUrl, type HomeSite } from "@/lib/accounts/account-links";
import { asPlatform, type PlatformTx } from "@/lib/db";
import { createAlert } from "./create-alert";
import {
  afterCommit,
  prepareEmail,
  readEmailSetting,
  storeEmail,
  type EmailRequest,
  type EmailSetting,
} from "./queue-email";
import type { EmailTemplate } from "./render-email";

/** The window a run looks at: dates after `now` and at most `days` later. */
export interface ReminderWindow {
  gt: Date;
  lte: Date;
}

/** What one claimed row tells its recipient. */
export interface Reminder {
  tenantId: string;
  userId: string;
  user: { email: string; firstName: string; locale: string | null; emailOptOuts: string[]; tenant: HomeSite };
  course: string;
  /** The date the reminder is about, written in the recipient's language. */
  date: Date;
  path: string;
}

export interface RemindOnce<Row> {
  /** The e-mail template and the alert kind, one name for both. */
  kind: EmailTemplate;
  reason: string;
  days: number;
  /** The rows due in the window that were not reminded yet (at most a batch). */
  due: (tx: PlatformTx, window: ReminderWindow) => Promise<Row[]>;
  /** Marks the row reminded at `now` if nobody did yet; false when another run claimed it first. */
  claim: (tx: PlatformTx, row: Row, now: Date) => Promise<boolean>;
  reminder: (row: Row) => Reminder;
}

/** The reminder's e-mail, in the recipient's language, linking to a page on their home site. */
function emailOf(kind: EmailTemplate, reminder: Reminder): EmailRequest {
  const { user, course, path } = reminder;
  const date = new Intl.DateTimeFormat(user.locale ?? "en", { dateStyle: "long", timeZone: "UTC" }).format(
    reminder.date,
  );
  return {
    tenantId: reminder.tenantId,
    to: user.email,
    locale: user.locale,
    template: kind,
    values: { firstName: user.firstName, course, date, link: homeSiteUrl(user.tenant, path) },
    optOuts: user.emailOptOuts,
  };
}

export async function remindOnce<Row>(job: RemindOnce<Row>, now: Date): Promise<number> {
  const window = { gt: now, lte: new Date(now.getTime() + job.days * 86_400_000) };
  // What is due and what each e-mail needs, read first; the e-mails are drawn with no transaction open, and a row
  // another run claims first was drawn for nothing.
  const due = await asPlatform(`${job.reason}: read what is due`, async (tx) => {
    const read: Array<{ row: Row; reminder: Reminder; request: EmailRequest; setting: EmailSetting | null }> = [];
    for (const row of await job.due(tx, window)) {
      const reminder = job.reminder(row);
      const request = emailOf(job.kind, reminder);
      read.push({ row, reminder, request, setting: await readEmailSetting(tx, request) });
    }
    return read;
  });
  const drawn = await Promise.all(
    due.map(async ({ row, reminder, request, setting }) => ({
      row,
      reminder,
      request,
      message: setting ? await prepareEmail(request, setting) : null,
    })),
  );
  const steps: Array<() => Promise<void>> = [];
  const sent = await asPlatform(job.reason, async (tx) => {
    let count = 0;
    for (const { row, reminder, request, message } of drawn) {
      if (!(await job.claim(tx, row, now))) continue;
      if (message) steps.push(await storeEmail(tx, message));
      const { tenantId, userId, course, path } = reminder;
      const params = { course, date: request.values.date };
      await createAlert(tx, { tenantId, userId, kind: job.kind, params, href: path });
      count++;
    }
    return count;
  });
  await afterCommit(steps);
  return sent;
}
