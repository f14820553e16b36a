// A document's file checked and kept as a resource module's is: a PDF or a common office document told by its
// bytes, within the resource size limit, under a new content store key, removed again when recording fails.
import { storeCheckedUpload } from "@/lib/content-store/checked-upload";
import { RESOURCE_TYPES, type ResourceExtension } from "@/lib/modules/file-types";
import { downloadName, resourceUploadRules } from "@/lib/modules/resource-upload";
import { FILE } from "@/lib/modules/stored-files";

export interface DocumentFile {
  storageKey: string;
  fileName: string;
  contentType: string;
  bytes: number;
}

export function storeDocumentFile<R>(
  upload: { bytes: Uint8Array; fileName: string },
  record: (file: DocumentFile) => Promise<R>,
  kind = "infopoint",
): Promise<R> {
  return storeCheckedUpload({
    bytes: upload.bytes,
    kind,
    rules: resourceUploadRules("file"),
    files: () => new Map([[FILE, upload.bytes]]),
    record: (key, extension: ResourceExtension) =>
      record({
        storageKey: key,
        fileName: downloadName(upload.fileName, extension),
        contentType: RESOURCE_TYPES[extension],
        bytes: upload.bytes.length,
      }),
  });
}
