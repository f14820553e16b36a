// A stored file sent to be saved, never shown: its own name, no sniffing, and a sandbox should a browser open it.
import { Readable } from "node:stream";

export interface DownloadFile {
  body: Readable;
  bytes: number;
  contentType: string;
  fileName: string;
}

export function downloadResponse(file: DownloadFile): Response {
  return new Response(Readable.toWeb(file.body) as ReadableStream, {
    headers: {
      "Content-Type": file.contentType,
      "Content-Length": String(file.bytes),
      "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
    },
  });
}
