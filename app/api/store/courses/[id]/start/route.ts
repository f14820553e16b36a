// "Start course" on the Academy (a plain form post): the enrolment, then the course's modules.
import { currentViewer, tenantContext } from "@/lib/auth/viewer";
import { seeOther } from "@/lib/auth/route-context";
import { NotFound } from "@/lib/errors";
import { startStoreCourse } from "@/lib/store/start-store-course";
import { isSameOrigin } from "@/lib/tenancy/same-origin";
import { currentSite } from "@/lib/tenancy/site";

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const [{ id }, site, viewer] = await Promise.all([params, currentSite(), currentViewer()]);
  if (!isSameOrigin(request) || site?.kind !== "academy" || !viewer) return new Response(null, { status: 404 });
  try {
    await startStoreCourse(tenantContext(site, viewer), viewer.id, id);
  } catch (error) {
    if (error instanceof NotFound) return new Response(null, { status: 404 });
    throw error;
  }
  return seeOther(`/courses/${id}?tab=course`);
}
