// A post's files (ADR 0046): at most three of 10 MB each, of the kinds a resource module accepts, told by their
// bytes and kept as the information point's documents are; each stored file is removed again when recording fails.
import type { TenantTx } from "@/lib/db";
import { Invalid } from "@/lib/errors";
import { type DocumentFile, storeDocumentFile } from "@/lib/information-point/document-upload";
import { attachmentsRefusal } from "./schemas";

export interface AttachmentUpload {
  bytes: Uint8Array;
  fileName: string;
}

export function withAttachments<R>(
  uploads: AttachmentUpload[],
  record: (files: DocumentFile[]) => Promise<R>,
): Promise<R> {
  const files = uploads.filter((u) => u.bytes.length > 0);
  const refusal = attachmentsRefusal(files.map((u) => u.bytes.length));
  if (refusal) throw new Invalid({ file: refusal });
  // Nested, so that a failure anywhere removes every file stored before it.
  const store = (rest: AttachmentUpload[], stored: DocumentFile[]): Promise<R> =>
    rest.length === 0
      ? record(stored)
      : storeDocumentFile(rest[0], (file) => store(rest.slice(1), [...stored, file]), "discussion");
  return store(files, []);
}

export async function attachFiles(
  tx: TenantTx,
  row: { tenantId: string; courseId: string; shared: boolean },
  postId: string,
  files: DocumentFile[],
) {
  if (files.length > 0)
    await tx.discussionAttachment.createMany({ data: files.map((f) => ({ ...row, postId, ...f })) });
}
