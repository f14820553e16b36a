import { learnerPost, seeOther } from "@/lib/auth/route-context";
import { Invalid, NotFound } from "@/lib/errors";
import { requestEnrolment } from "@/lib/learning/request-enrolment";

// "Request enrolment" on a course closed to self-enrolment (a plain form); back to the course page.
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const [context, { id }] = await Promise.all([learnerPost(request), params]);
  if (!context) return new Response("Not found", { status: 404 });
  try {
    await requestEnrolment(context.scope, context.viewer.id, id);
  } catch (error) {
    if (error instanceof NotFound) return new Response("Not found", { status: 404 });
    if (!(error instanceof Invalid)) throw error;
  }
  return seeOther(`/courses/${id}`);
}
