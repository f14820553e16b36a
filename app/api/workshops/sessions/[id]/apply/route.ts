import { visibilityScope } from "@/lib/auth/visibility-scope";
import { NotFound } from "@/lib/errors";
import { formPost } from "@/lib/http/route-handler";
import { UUID } from "@/lib/ids";
import { applyToSession } from "@/lib/workshops/apply-to-session";

// "Apply" on a workshop's course page (a plain form): on to the application, or back to the course page,
// which shows why not (already applied, closed).
export const POST = formPost<{ id: string }>(
  {
    onRefusal: async (_refusal, input) => {
      const courseId = String((await input.form()).get("courseId") ?? "");
      if (!UUID.test(courseId)) throw new NotFound();
      return `/courses/${courseId}#sessions`;
    },
  },
  async (input) => {
    return `/workshops/applications/${await applyToSession(visibilityScope(input), input.viewer, input.params.id)}?applied=1`;
  },
);
