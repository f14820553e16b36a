// The answer of the content origin with one file of a SCORM package: its type told by its name within the
// package, cached privately, framed only by this origin and the platform origin of the launch.
import { contentTypeOf } from "./content-types";

export function packageFileResponse(bytes: Uint8Array, relative: string, origin: string): Response {
  return new Response(Buffer.from(bytes), {
    headers: {
      "Content-Type": contentTypeOf(relative),
      "Cache-Control": "private, max-age=600",
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": `frame-ancestors 'self' ${origin}`,
      "Referrer-Policy": "no-referrer",
    },
  });
}
