// What a new announcement of the information point tells its readers: every active National Coordinator and the
// WCO's staff but its author get an alert and an e-mail in their language from their own site, with the title and
// a link to the information point (unless they turned announcements off for either).
import { homeSiteUrl } from "@/lib/accounts/account-links";
import { noticeReaders } from "@/lib/notifications/notice-readers";
import { RECIPIENT_SELECT } from "@/lib/workshops/notify";

/** The information point's page, where the announcements are. */
export const INFORMATION_POINT_PATH = "/information-point";

export interface Announcement {
  title: string;
  authorId: string;
}

export async function noticeAnnouncement(announcement: Announcement): Promise<void> {
  await noticeReaders("information point announcement", async (tx) => {
    const readers = await tx.user.findMany({
      where: {
        status: "ACTIVE",
        id: { not: announcement.authorId },
        roles: { hasSome: ["NATIONAL_COORDINATOR", "WCO_ADMIN"] },
      },
      select: RECIPIENT_SELECT,
    });
    return readers.map((user) => ({
      alert: {
        tenantId: user.tenantId,
        userId: user.id,
        kind: "infoPointAnnouncement",
        params: { title: announcement.title },
        href: INFORMATION_POINT_PATH,
      },
      email: {
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
      },
    }));
  });
}
