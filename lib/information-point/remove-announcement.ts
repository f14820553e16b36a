// WCO staff remove an announcement (confirmed on the page) with every translation, audited.
import { recordAudit } from "@/lib/console/audit-log";
import { forTenant } from "@/lib/db";
import { NotFound } from "@/lib/errors";
import type { Entry } from "@/lib/http/entry";
import { UUID } from "@/lib/ids";
import { publisherOf } from "./publisher";

export async function removeAnnouncement(entry: Entry, announcementId: string): Promise<void> {
  const publisher = publisherOf(entry);
  if (!UUID.test(announcementId)) throw new NotFound();
  await forTenant(publisher.ctx, async (tx) => {
    const item = await tx.infoPointAnnouncement.findFirst({
      where: { id: announcementId, tenantId: publisher.tenantId },
      select: { originalLocale: true, texts: { select: { locale: true, title: true } } },
    });
    if (!item) throw new NotFound();
    await tx.infoPointAnnouncement.delete({ where: { id: announcementId } });
    await recordAudit(tx, publisher.viewer, {
      tenantId: publisher.tenantId,
      action: "infoPoint.announcement.remove",
      targetType: "InfoPointAnnouncement",
      targetId: announcementId,
      before: { titles: item.texts },
    });
  });
}
