import { visibilityScope } from "@/lib/auth/visibility-scope";
import { formPost } from "@/lib/http/route-handler";
import { requestEnrolment } from "@/lib/learning/request-enrolment";

// "Request enrolment" on a course closed to self-enrolment (a plain form); back to the course page, whatever
// the answer (a request already made reads the same).
export const POST = formPost<{ id: string }>(
  { onRefusal: (_refusal, { params }) => `/courses/${params.id}` },
  async (input) => {
    await requestEnrolment(visibilityScope(input), input.viewer.id, input.params.id);
    return `/courses/${input.params.id}`;
  },
);
