import { learnerPost, seeOther } from "@/lib/auth/route-context";
import { Forbidden, NotFound } from "@/lib/errors";
import { enrolInCourse } from "@/lib/learning/enrol-in-course";

// "Enrol now" on a course page (a plain form, so the next page loads whole on every site); to the course's content.
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const [context, { id }] = await Promise.all([learnerPost(request), params]);
  if (!context) return new Response("Not found", { status: 404 });
  try {
    await enrolInCourse(context.scope, { id: context.viewer.id, homeTenantId: context.viewer.homeTenantId }, id);
  } catch (error) {
    if (error instanceof NotFound) return new Response("Not found", { status: 404 });
    // Closed to self-enrolment meanwhile: the course page says how to join it.
    if (error instanceof Forbidden) return seeOther(`/courses/${id}`);
    throw error;
  }
  return seeOther(`/courses/${id}?tab=course`);
}
