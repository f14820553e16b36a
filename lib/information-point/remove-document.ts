// WCO staff remove a document (confirmed on the page) with every title and version, audited; its files are removed
// from the content store once that is committed.
import { recordAudit } from "@/lib/console/audit-log";
import { removeStored } from "@/lib/content-store";
import { forTenant } from "@/lib/db";
import { NotFound } from "@/lib/errors";
import type { Entry } from "@/lib/http/entry";
import { UUID } from "@/lib/ids";
import { publisherOf } from "./publisher";

export async function removeDocument(entry: Entry, documentId: string): Promise<void> {
  const publisher = publisherOf(entry);
  if (!UUID.test(documentId)) throw new NotFound();
  const keys = await forTenant(publisher.ctx, async (tx) => {
    const document = await tx.infoPointDocument.findFirst({
      where: { id: documentId, tenantId: publisher.tenantId },
      select: {
        titles: { select: { locale: true, title: true } },
        versions: { select: { storageKey: true } },
      },
    });
    if (!document) throw new NotFound();
    await tx.infoPointDocument.delete({ where: { id: documentId } });
    await recordAudit(tx, publisher.viewer, {
      tenantId: publisher.tenantId,
      action: "infoPoint.document.remove",
      targetType: "InfoPointDocument",
      targetId: documentId,
      before: { titles: document.titles, versions: document.versions.length },
    });
    return document.versions.map((version) => version.storageKey);
  });
  // After the commit, so that a failed removal keeps its files; a file left behind is only unreachable.
  for (const key of keys)
    await removeStored(key).catch((failure) => console.error(`content store: removing ${key} failed:`, failure));
}
