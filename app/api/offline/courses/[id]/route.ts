import { visibilityScope } from "@/lib/auth/visibility-scope";
import { readRoute } from "@/lib/http/route-handler";
import { platformOriginOf } from "@/lib/modules/site-origin";
import { listCourseDownload } from "@/lib/offline/list-course-download";

// What "Make available offline" downloads for the course, with its size and this device's grant (ADR 0051), as JSON
// for the course page's download frame; 404 for anyone who may not open the course.
export const GET = readRoute<{ id: string }>({}, async (input) => {
  const device = new URL(input.request.url).searchParams.get("device") ?? "";
  const list = await listCourseDownload(visibilityScope(input), input.viewer.id, input.params.id, {
    id: device,
    platformOrigin: platformOriginOf(input.site),
  });
  return Response.json(list, { headers: { "Cache-Control": "no-store" } });
});
