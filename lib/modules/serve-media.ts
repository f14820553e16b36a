// A module's file as the content origin answers it: the type recorded at upload (sniffed from the bytes), range
// requests (206 Partial Content with Content-Range, Accept-Ranges on every answer) so that seeking and slow
// connections work, CORS for the platform origin named in the token (captions tracks are fetched
// cross-origin), and a download name for resources.
import { readStoredRange, storedSize } from "@/lib/content-store";
import { forTenant } from "@/lib/db";
import { statusResponse } from "@/lib/http/status-response";
import type { MediaClaims } from "./media-token";
import { parseRange } from "./byte-range";
import { FILE } from "./stored-files";

const CAPTIONS = /^captions\/([A-Za-z-]{2,5})\.vtt$/;

export async function serveMedia(claims: MediaClaims, file: string, range: string | null): Promise<Response> {
  const content = await forTenant({ tenantId: claims.tenantId, audience: claims.audience }, (tx) =>
    tx.moduleContent.findFirst({
      where: { moduleId: claims.moduleId, storageKey: claims.key },
      select: { contentType: true, fileName: true, captions: true },
    }),
  );
  const captions = CAPTIONS.exec(file);
  if (!content || (file !== FILE && !(captions && content.captions.includes(captions[1])))) return statusResponse(404);
  const size = await storedSize(claims.key, file);
  if (size === null) return statusResponse(404);
  const type = captions ? "text/vtt; charset=utf-8" : (content.contentType ?? "application/octet-stream");
  const headers: Record<string, string> = {
    "Content-Type": type,
    "Accept-Ranges": "bytes",
    "Cache-Control": "private, max-age=600",
    "X-Content-Type-Options": "nosniff",
    "Access-Control-Allow-Origin": claims.origin,
    "Access-Control-Expose-Headers": "Accept-Ranges, Content-Range, Content-Length",
    Vary: "Origin",
    "Cross-Origin-Resource-Policy": "cross-origin",
    "Content-Security-Policy": "default-src 'none'; sandbox",
    "Referrer-Policy": "no-referrer",
  };
  if (!captions && !type.startsWith("video/"))
    headers["Content-Disposition"] = `inline; filename*=UTF-8''${encodeURIComponent(content.fileName ?? "resource")}`;
  const answer = parseRange(range, size);
  if (answer.kind === "unsatisfiable")
    return new Response(null, { status: 416, headers: { ...headers, "Content-Range": `bytes */${size}` } });
  const [start, end] = answer.kind === "part" ? [answer.start, answer.end] : [0, size - 1];
  const bytes = size === 0 ? new Uint8Array() : await readStoredRange(claims.key, file, start, end);
  if (!bytes) return statusResponse(404);
  if (answer.kind === "whole") return new Response(Buffer.from(bytes), { status: 200, headers });
  return new Response(Buffer.from(bytes), {
    status: 206,
    headers: { ...headers, "Content-Range": `bytes ${start}-${start + bytes.length - 1}/${size}` },
  });
}
