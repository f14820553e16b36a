// WCO staff publish an announcement in the language they write it in (its original language), audited; its readers
// are told once it is stored (announcement-notices.ts).
import { postBody } from "@/lib/discussions/format-post";
import { recordAudit } from "@/lib/console/audit-log";
import { forTenant } from "@/lib/db";
import { Invalid } from "@/lib/errors";
import { fieldMessages } from "@/lib/field-messages";
import type { Entry } from "@/lib/http/entry";
import { noticeAnnouncement } from "./announcement-notices";
import { publisherOf } from "./publisher";
import { announcementSchema } from "./schemas";

export async function publishAnnouncement(entry: Entry, input: unknown): Promise<string> {
  const publisher = publisherOf(entry);
  const parsed = announcementSchema.safeParse(input);
  if (!parsed.success) throw new Invalid(fieldMessages(parsed.error));
  const { locale, title, body } = parsed.data;
  const tenantId = publisher.tenantId;
  const id = await forTenant(publisher.ctx, async (tx) => {
    const item = await tx.infoPointAnnouncement.create({
      data: {
        tenantId,
        originalLocale: locale,
        authorName: publisher.name,
        texts: { create: { tenantId, locale, title, source: body, body: postBody(body) } },
      },
    });
    await recordAudit(tx, publisher.viewer, {
      tenantId,
      action: "infoPoint.announcement.publish",
      targetType: "InfoPointAnnouncement",
      targetId: item.id,
      after: { locale, title },
    });
    return item.id;
  });
  await noticeAnnouncement({ title, authorId: publisher.viewer.id });
  return id;
}
