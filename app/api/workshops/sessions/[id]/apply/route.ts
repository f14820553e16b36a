import { learnerPost, seeOther } from "@/lib/auth/route-context";
import { Invalid, NotFound } from "@/lib/errors";
import { applyToSession } from "@/lib/workshops/apply-to-session";
import { UUID } from "@/lib/ids";

// "Apply" on a workshop's course page (a plain form): on to the application, or back to the course page,
// which shows why not (already applied, closed).
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const [context, { id }] = await Promise.all([learnerPost(request), params]);
  if (!context) return new Response("Not found", { status: 404 });
  const courseId = String((await request.formData()).get("courseId") ?? "");
  try {
    const applicationId = await applyToSession(context.scope, context.viewer, id);
    return seeOther(`/workshops/applications/${applicationId}?applied=1`);
  } catch (error) {
    if (error instanceof NotFound) return new Response("Not found", { status: 404 });
    if (error instanceof Invalid && UUID.test(courseId)) return seeOther(`/courses/${courseId}#sessions`);
    throw error;
  }
}
