import { learnerPost, seeOther } from "@/lib/auth/route-context";
import { recertify } from "@/lib/learning/recertify";
import { Invalid, NotFound } from "@/lib/errors";

// "Recertify" on the course's Certificate tab (a plain form): a new cycle starts; back to the course.
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const [context, { id }] = await Promise.all([learnerPost(request), params]);
  if (!context) return new Response("Not found", { status: 404 });
  try {
    await recertify(context.scope.ctx, context.viewer.id, id);
  } catch (error) {
    if (error instanceof NotFound) return new Response("Not found", { status: 404 });
    // Too early (another tab, a stale page): the tab shows the certificate's dates again.
    if (!(error instanceof Invalid)) throw error;
  }
  return seeOther(`/courses/${id}?tab=course`);
}
