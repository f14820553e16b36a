import { platformOrigin, syncDocument } from "@/lib/scorm/sync-document";

// The course page's sync frame (ADR 0049): what the SCORM runtime kept on this device is sent from here when the
// learner does not open the lesson again. ?origin= names the platform page that frames it: one of the platform's sites.
export function GET(request: Request) {
  const origin = platformOrigin(new URL(request.url).searchParams.get("origin"));
  if (!origin) return new Response("Not found", { status: 404 });
  return syncDocument(origin);
}
