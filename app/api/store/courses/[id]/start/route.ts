// "Start course" on the Academy (a plain form post): the enrolment, then the course's modules.
import { formPost } from "@/lib/http/route-handler";
import { startStoreCourse } from "@/lib/store/start-store-course";

export const POST = formPost<{ id: string }>({ sites: ["academy"] }, async ({ ctx, viewer, params }) => {
  await startStoreCourse(ctx, viewer.id, params.id);
  return `/courses/${params.id}?tab=course`;
});
