import { visibilityScope } from "@/lib/auth/visibility-scope";
import { formPost } from "@/lib/http/route-handler";
import { seeOther } from "@/lib/http/see-other";
import { openResource } from "@/lib/modules/open-resource";
import { platformOriginOf } from "@/lib/modules/site-origin";

// Opening a resource module: completes it and leads to the file on the content origin, or to the linked page.
export const POST = formPost<{ moduleId: string }>({}, async (input) =>
  seeOther(
    await openResource(visibilityScope(input), input.viewer.id, input.params.moduleId, platformOriginOf(input.site)),
  ),
);
