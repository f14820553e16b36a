import { offlineRoute } from "@/lib/http/offline-route";
import { serveDownloadedFile } from "@/lib/offline/serve-downloaded-file";

// A file of a course downloaded for offline use, for the device its grant names while the learner is enrolled and
// her account active (ADR 0051); the download frame keeps it on the device.
export const GET = offlineRoute(({ request, claims, file }) =>
  serveDownloadedFile(claims, file, request.headers.get("range")),
);
