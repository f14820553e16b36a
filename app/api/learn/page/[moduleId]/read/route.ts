import { visibilityScope } from "@/lib/auth/visibility-scope";
import { formPost } from "@/lib/http/route-handler";
import { recordPageRead } from "@/lib/modules/record-page-read";

// The page module's beacon, sent once the page is shown: reading it completes it.
export const POST = formPost<{ moduleId: string }>({}, async (input) => {
  await recordPageRead(visibilityScope(input), input.viewer.id, input.params.moduleId);
  return new Response(null, { status: 204 });
});
