// WCO staff write an announcement in one language: a translation written for the first time, or a text changed.
// Its publication date and original language stay. Audited.
import { postBody } from "@/lib/discussions/format-post";
import { recordAudit } from "@/lib/console/audit-log";
import { forTenant } from "@/lib/db";
import { Invalid, NotFound } from "@/lib/errors";
import { fieldMessages } from "@/lib/field-messages";
import type { Entry } from "@/lib/http/entry";
import { UUID } from "@/lib/ids";
import { publisherOf } from "./publisher";
import { announcementSchema } from "./schemas";

export async function editAnnouncement(entry: Entry, announcementId: string, input: unknown): Promise<void> {
  const publisher = publisherOf(entry);
  if (!UUID.test(announcementId)) throw new NotFound();
  const parsed = announcementSchema.safeParse(input);
  if (!parsed.success) throw new Invalid(fieldMessages(parsed.error));
  const { locale, title, body } = parsed.data;
  const tenantId = publisher.tenantId;
  await forTenant(publisher.ctx, async (tx) => {
    const item = await tx.infoPointAnnouncement.findFirst({
      where: { id: announcementId, tenantId },
      select: { texts: { where: { locale }, select: { title: true } } },
    });
    if (!item) throw new NotFound();
    const text = { title, source: body, body: postBody(body) };
    await tx.infoPointAnnouncementText.upsert({
      where: { tenantId_announcementId_locale: { tenantId, announcementId, locale } },
      create: { tenantId, announcementId, locale, ...text },
      update: text,
    });
    await recordAudit(tx, publisher.viewer, {
      tenantId,
      action: "infoPoint.announcement.edit",
      targetType: "InfoPointAnnouncement",
      targetId: announcementId,
      before: item.texts[0] ? { locale, title: item.texts[0].title } : { locale },
      after: { locale, title },
    });
  });
}
