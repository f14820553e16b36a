import { Readable } from "node:stream";
import { readRoute } from "@/lib/http/route-handler";
import { openDocumentVersion } from "@/lib/information-point/open-document-version";

// A version of an information point document, for National Coordinators and WCO staff only (404 for anyone else),
// streamed from the content store under its safe name.
export const GET = readRoute<{ versionId: string }>({ can: "infoPoint.read" }, async (input) => {
  const file = await openDocumentVersion(input, input.params.versionId);
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
