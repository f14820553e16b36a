import { visibilityScope } from "@/lib/auth/visibility-scope";
import { formPost } from "@/lib/http/route-handler";
import { enrolInCourse } from "@/lib/learning/enrol-in-course";

// "Enrol now" on a course page (a plain form, so the next page loads whole on every site); to the course's content.
// Closed to self-enrolment meanwhile (Forbidden): the course page says how to join it.
export const POST = formPost<{ id: string }>(
  { onRefusal: (_refusal, { params }) => `/courses/${params.id}` },
  async (input) => {
    await enrolInCourse(
      visibilityScope(input),
      { id: input.viewer.id, homeTenantId: input.viewer.homeTenantId },
      input.params.id,
    );
    return `/courses/${input.params.id}?tab=course`;
  },
);
