// The download frame on the content origin (lib/offline/download-frame.js, ADR 0051): no token and no cookie; the
// platform page gives it a course's download list with its device grant, and it keeps the files in this origin's
// storage, where the device's worker (device-worker.js) serves them. Only the platform origin that asks may frame it.
import { frameDocument } from "@/lib/scorm/frame-document";

export function downloadDocument(origin: string): Response {
  return frameDocument(origin, {
    head: "<title>Offline</title>",
    settings: { id: "offline-download", value: { parentOrigin: origin } },
    scripts: ["/assets/offline-download.js"],
    policy: "default-src 'none'; connect-src 'self'; worker-src 'self'; frame-src 'self'; form-action 'none'",
  });
}
