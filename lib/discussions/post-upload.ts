// A post with files as its upload route receives it (multipart): the files of its "file" field, read only once the
// request is known to be within the limit that the production server's body guard also knows (request-guards.mjs).
import { Invalid } from "@/lib/errors";
import type { AttachmentUpload } from "./attachments";
import { chosenFiles, POST_WITH_FILES_MAX_BYTES } from "./schemas";

export function checkPostSize(request: Request): void {
  if (Number(request.headers.get("content-length") ?? 0) > POST_WITH_FILES_MAX_BYTES)
    throw new Invalid({ file: "attachmentTooLarge" });
}

/** The chosen files' bytes and names. */
export function postUploads(form: FormData): Promise<AttachmentUpload[]> {
  return Promise.all(
    chosenFiles(form).map(async (file) => ({ bytes: new Uint8Array(await file.arrayBuffer()), fileName: file.name })),
  );
}
