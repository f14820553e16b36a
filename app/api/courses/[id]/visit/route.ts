import { visibilityScope } from "@/lib/auth/visibility-scope";
import { formPost } from "@/lib/http/route-handler";
import { recordVisit } from "@/lib/learning/record-visit";

// The course page's beacon, sent once the page is shown: remembers the visit for "latest visited" on the dashboard.
export const POST = formPost<{ id: string }>({}, async (input) => {
  await recordVisit(visibilityScope(input), input.viewer.id, input.params.id);
  return new Response(null, { status: 204 });
});
