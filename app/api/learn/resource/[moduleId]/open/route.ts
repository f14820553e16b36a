import { visibilityScope } from "@/lib/auth/visibility-scope";
import { guestScope } from "@/lib/guest/guest-scope";
import { formPost } from "@/lib/http/route-handler";
import { seeOther } from "@/lib/http/see-other";
import { openResource } from "@/lib/modules/open-resource";
import { platformOriginOf } from "@/lib/modules/site-origin";

// Opening a resource module: completes it and leads to the file on the content origin, or to the linked page.
// A guest of a course open to guests is led there too, and nothing is recorded (ADR 0042).
export const POST = formPost<{ moduleId: string }>({ signedIn: false }, async (input) =>
  seeOther(
    await openResource(
      guestScope(input) ?? visibilityScope(input),
      input.viewer?.id ?? null,
      input.params.moduleId,
      platformOriginOf(input.site),
    ),
  ),
);
