import { downloadDocument } from "@/lib/offline/download-document";
import { platformOrigin } from "@/lib/scorm/sync-document";

// The download frame of the course page and the dashboard (ADR 0051): it keeps downloaded courses on this device.
// ?origin= names the platform page that frames it: one of the platform's sites.
export function GET(request: Request) {
  const origin = platformOrigin(new URL(request.url).searchParams.get("origin"));
  if (!origin) return new Response("Not found", { status: 404 });
  return downloadDocument(origin);
}
