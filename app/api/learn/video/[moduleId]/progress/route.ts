import { visibilityScope } from "@/lib/auth/visibility-scope";
import { formPost } from "@/lib/http/route-handler";
import { reportVideoProgress } from "@/lib/modules/report-video-progress";

// The video player's progress report (JSON, same origin): the segments played since the last one and the
// position. Answers what the server now counts as watched.
export const POST = formPost<{ moduleId: string }>({}, async (input) => {
  const body: unknown = await input.request.json().catch(() => null);
  const answer = await reportVideoProgress(visibilityScope(input), input.viewer.id, input.params.moduleId, body);
  return Response.json(answer, { headers: { "Cache-Control": "no-store" } });
});
