// A post's file, for whoever may read its thread; anyone else, or a file of a removed or deleted post or thread:
// NotFound.
import { openStored } from "@/lib/content-store";
import { forTenant } from "@/lib/db";
import { NotFound } from "@/lib/errors";
import type { Entry } from "@/lib/http/entry";
import { UUID } from "@/lib/ids";
import { FILE } from "@/lib/modules/stored-files";
import { readSpace } from "./space";

export async function openAttachment(entry: Entry, courseId: string, attachmentId: string) {
  if (!UUID.test(attachmentId)) throw new NotFound();
  const file = await forTenant(entry.ctx, async (tx) => {
    const space = await readSpace(tx, entry, courseId);
    return tx.discussionAttachment.findFirst({
      where: {
        id: attachmentId,
        tenantId: space.tenantId,
        courseId: space.courseId,
        post: { removedAt: null, deletedAt: null, thread: { removedAt: null } },
      },
      select: { storageKey: true, fileName: true, contentType: true },
    });
  });
  if (!file) throw new NotFound();
  const stored = await openStored(file.storageKey, FILE);
  if (!stored) throw new NotFound();
  return { ...stored, fileName: file.fileName, contentType: file.contentType };
}
