// What a new announcement of the information point tells its readers: every active National Coordinator and the
// WCO's staff but its author get an alert and an e-mail in their language from their own site, with the title and
// a link to the information point (unless they turned announcements off for either). The readers live in every
// administration's tenant, so they are read and written across tenants on purpose (asPlatform), each notice in its
// reader's tenant; the e-mails are drawn between the read and the write, with no transaction open.
import { homeSiteUrl } from "@/lib/accounts/account-links";
import { asPlatform } from "@/lib/db";
import { createAlert } from "@/lib/notifications/create-alert";
import {
  afterCommit,
  prepareEmail,
  readEmailSetting,
  storeEmail,
  type EmailRequest,
  type EmailSetting,
} from "@/lib/notifications/queue-email";
import { RECIPIENT_SELECT } from "@/lib/workshops/notify";

/** The information point's page, where the announcements are. */
export const INFORMATION_POINT_PATH = "/information-point";

export interface Announcement {
  title: string;
  authorId: string;
}

export async function noticeAnnouncement(announcement: Announcement): Promise<void> {
  const readers = await asPlatform("information point announcement: read its readers", async (tx) => {
    const users = await tx.user.findMany({
      where: {
        status: "ACTIVE",
        id: { not: announcement.authorId },
        roles: { hasSome: ["NATIONAL_COORDINATOR", "WCO_ADMIN"] },
      },
      select: RECIPIENT_SELECT,
    });
    const settled: Array<{ request: EmailRequest; setting: EmailSetting }> = [];
    for (const user of users) {
      const request: EmailRequest = {
        tenantId: user.tenantId,
        to: user.email,
        locale: user.locale,
        template: "infoPointAnnouncement",
        values: {
          firstName: user.firstName,
          title: announcement.title,
          link: homeSiteUrl(user.tenant, INFORMATION_POINT_PATH),
        },
        optOuts: user.emailOptOuts,
      };
      const setting = await readEmailSetting(tx, request);
      if (setting) settled.push({ request, setting });
    }
    return { users, settled };
  });
  const prepared = await Promise.all(readers.settled.map(({ request, setting }) => prepareEmail(request, setting)));
  const steps = await asPlatform("information point announcement: alerts and e-mails to its readers", async (tx) => {
    for (const user of readers.users) {
      await createAlert(tx, {
        tenantId: user.tenantId,
        userId: user.id,
        kind: "infoPointAnnouncement",
        params: { title: announcement.title },
        href: INFORMATION_POINT_PATH,
      });
    }
    const delivery: Array<() => Promise<void>> = [];
    for (const message of prepared) delivery.push(await storeEmail(tx, message));
    return delivery;
  });
  await afterCommit(steps);
}
