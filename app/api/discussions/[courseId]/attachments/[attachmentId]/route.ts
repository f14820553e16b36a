import { Readable } from "node:stream";
import { openAttachment } from "@/lib/discussions/open-attachment";
import { readRoute } from "@/lib/http/route-handler";

// A discussion post's file, for readers of its thread only (404 for anyone else), always downloaded, never shown.
export const GET = readRoute<{ courseId: string; attachmentId: string }>({}, async (input) => {
  const file = await openAttachment(input, input.params.courseId, input.params.attachmentId);
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
});
