import { formPost } from "@/lib/http/route-handler";
import { recertify } from "@/lib/learning/recertify";

// "Recertify" on the course's Certificate tab (a plain form): a new cycle starts; back to the course.
// Too early (another tab, a stale page): the tab shows the certificate's dates again.
const course = (id: string) => `/courses/${id}?tab=course`;

export const POST = formPost<{ id: string }>(
  { onRefusal: (_refusal, { params }) => course(params.id) },
  async ({ ctx, viewer, params }) => {
    await recertify(ctx, viewer.id, params.id);
    return course(params.id);
  },
);
