// WCO staff write a document's title in one language (a translation, or a change). Audited.
import { recordAudit } from "@/lib/console/audit-log";
import { forTenant } from "@/lib/db";
import { Invalid, NotFound } from "@/lib/errors";
import { fieldMessages } from "@/lib/field-messages";
import type { Entry } from "@/lib/http/entry";
import { UUID } from "@/lib/ids";
import { publisherOf } from "./publisher";
import { documentTitleSchema } from "./schemas";

export async function setDocumentTitle(entry: Entry, documentId: string, input: unknown): Promise<void> {
  const publisher = publisherOf(entry);
  if (!UUID.test(documentId)) throw new NotFound();
  const parsed = documentTitleSchema.safeParse(input);
  if (!parsed.success) throw new Invalid(fieldMessages(parsed.error));
  const { locale, title } = parsed.data;
  const tenantId = publisher.tenantId;
  await forTenant(publisher.ctx, async (tx) => {
    const document = await tx.infoPointDocument.findFirst({
      where: { id: documentId, tenantId },
      select: { titles: { where: { locale }, select: { title: true } } },
    });
    if (!document) throw new NotFound();
    await tx.infoPointDocumentTitle.upsert({
      where: { tenantId_documentId_locale: { tenantId, documentId, locale } },
      create: { tenantId, documentId, locale, title },
      update: { title },
    });
    await recordAudit(tx, publisher.viewer, {
      tenantId,
      action: "infoPoint.document.title",
      targetType: "InfoPointDocument",
      targetId: documentId,
      before: document.titles[0] ? { locale, title: document.titles[0].title } : { locale },
      after: { locale, title },
    });
  });
}
