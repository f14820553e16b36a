// WCO staff add a document to the information point: its title in one language and its first version. Audited.
import { recordAudit } from "@/lib/console/audit-log";
import { forTenant } from "@/lib/db";
import { Invalid } from "@/lib/errors";
import { fieldMessages } from "@/lib/field-messages";
import type { Entry } from "@/lib/http/entry";
import { storeDocumentFile } from "./document-upload";
import { publisherOf } from "./publisher";
import { documentTitleSchema } from "./schemas";

export async function uploadDocument(
  entry: Entry,
  input: { locale: unknown; title: unknown },
  upload: { bytes: Uint8Array; fileName: string },
): Promise<string> {
  const publisher = publisherOf(entry);
  const parsed = documentTitleSchema.safeParse(input);
  if (!parsed.success) throw new Invalid(fieldMessages(parsed.error));
  const { locale, title } = parsed.data;
  const tenantId = publisher.tenantId;
  return storeDocumentFile(upload, (file) =>
    forTenant(publisher.ctx, async (tx) => {
      const document = await tx.infoPointDocument.create({
        data: {
          tenantId,
          originalLocale: locale,
          titles: { create: { tenantId, locale, title } },
          versions: { create: { tenantId, number: 1, uploadedBy: publisher.name, ...file } },
        },
      });
      await recordAudit(tx, publisher.viewer, {
        tenantId,
        action: "infoPoint.document.upload",
        targetType: "InfoPointDocument",
        targetId: document.id,
        after: { locale, title, fileName: file.fileName, bytes: file.bytes, type: file.contentType },
      });
      return document.id;
    }),
  );
}
