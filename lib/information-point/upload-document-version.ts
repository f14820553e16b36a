// WCO staff upload a new version of a document: the earlier ones stay listed and downloadable, the list shows the
// newest. Audited.
import { recordAudit } from "@/lib/console/audit-log";
import { forTenant } from "@/lib/db";
import { NotFound } from "@/lib/errors";
import type { Entry } from "@/lib/http/entry";
import { UUID } from "@/lib/ids";
import { storeDocumentFile } from "./document-upload";
import { publisherOf } from "./publisher";

export async function uploadDocumentVersion(
  entry: Entry,
  documentId: string,
  upload: { bytes: Uint8Array; fileName: string },
): Promise<{ number: number }> {
  const publisher = publisherOf(entry);
  if (!UUID.test(documentId)) throw new NotFound();
  const tenantId = publisher.tenantId;
  const exists = await forTenant(publisher.ctx, (tx) =>
    tx.infoPointDocument.count({ where: { id: documentId, tenantId } }),
  );
  if (!exists) throw new NotFound();
  return storeDocumentFile(upload, (file) =>
    forTenant(publisher.ctx, async (tx) => {
      const latest = await tx.infoPointDocumentVersion.aggregate({
        where: { tenantId, documentId },
        _max: { number: true },
      });
      const number = (latest._max.number ?? 0) + 1;
      const version = await tx.infoPointDocumentVersion.create({
        data: { tenantId, documentId, number, uploadedBy: publisher.name, ...file },
      });
      await tx.infoPointDocument.update({ where: { id: documentId }, data: { updatedAt: version.createdAt } });
      await recordAudit(tx, publisher.viewer, {
        tenantId,
        action: "infoPoint.document.version",
        targetType: "InfoPointDocument",
        targetId: documentId,
        after: { number, fileName: file.fileName, bytes: file.bytes, type: file.contentType },
      });
      return { number };
    }),
  );
}
