import { mediaRoute } from "@/lib/http/media-route";
import { serveMedia } from "@/lib/modules/serve-media";

// A video module's video and captions, or a resource module's file, on the content origin, for the learner the
// media token names while she is enrolled; with range requests (206) for seeking.
export const GET = mediaRoute(({ request, claims, file }) => serveMedia(claims, file, request.headers.get("range")));
