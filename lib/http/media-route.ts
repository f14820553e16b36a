// The wrapper of the content origin's module files (videos, captions, resources): the media token in the
// address is the only credential (lib/modules/media-token.ts), checked with the learner's enrolment on every
// request (cached for seconds). A token that does not verify, or no longer grants access, answers 404.
import { mayReadMedia } from "@/lib/modules/media-access";
import { type MediaClaims, verifyMediaToken } from "@/lib/modules/media-token";
import { statusResponse } from "./status-response";

export interface MediaInput {
  request: Request;
  claims: MediaClaims;
  /** The file asked for, relative to the key: "file" or "captions/<locale>.vtt". */
  file: string;
}

type MediaHandler = (
  request: Request,
  route: { params: Promise<{ token: string; file: string[] }> },
) => Promise<Response>;

export function mediaRoute(handler: (input: MediaInput) => Promise<Response>): MediaHandler {
  return async (request, route) => {
    const { token, file } = await route.params;
    const claims = verifyMediaToken(token);
    if (!claims || !(await mayReadMedia(claims, token))) return statusResponse(404);
    return handler({ request, claims, file: file.map((part) => decodeURIComponent(part)).join("/") });
  };
}
