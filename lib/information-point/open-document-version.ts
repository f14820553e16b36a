// A version of a document, streamed to a National Coordinator or WCO staff from the content store; anyone else,
// or a version that is not the information point's: NotFound.
import { openStored } from "@/lib/content-store";
import { forTenant } from "@/lib/db";
import { NotFound } from "@/lib/errors";
import type { Entry } from "@/lib/http/entry";
import { UUID } from "@/lib/ids";
import { FILE } from "@/lib/modules/stored-files";
import { assertReader } from "./publisher";

export async function openDocumentVersion(entry: Entry, versionId: string) {
  assertReader(entry);
  if (!UUID.test(versionId)) throw new NotFound();
  const version = await forTenant(entry.ctx, (tx) =>
    tx.infoPointDocumentVersion.findFirst({
      where: { id: versionId },
      select: { storageKey: true, fileName: true, contentType: true },
    }),
  );
  if (!version) throw new NotFound();
  const stored = await openStored(version.storageKey, FILE);
  if (!stored) throw new NotFound();
  return { ...stored, fileName: version.fileName, contentType: version.contentType };
}
