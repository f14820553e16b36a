// The wrapper of the content origin's module files (videos, captions, resources): the media token in the
// address is the only credential (lib/modules/media-token.ts), checked with the learner's enrolment on every
// request (cached for seconds). A token that does not verify, or no longer grants access, answers 404.
import { mayReadMedia } from "@/lib/modules/media-access";
import { type MediaClaims, verifyMediaToken } from "@/lib/modules/media-token";
import { signedFileRoute, type SignedFileInput } from "./signed-file-route";

/** `file` is relative to the key: "file" or "captions/<locale>.vtt". */
export type MediaInput = SignedFileInput<MediaClaims>;

export const mediaRoute = signedFileRoute(verifyMediaToken, mayReadMedia);
