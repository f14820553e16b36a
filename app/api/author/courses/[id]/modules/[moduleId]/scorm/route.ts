import { currentViewer } from "@/lib/auth/viewer";
import { authorOn } from "@/lib/authoring/author";
import { Invalid, NotFound } from "@/lib/errors";
import { attachScormPackage } from "@/lib/scorm/attach-package";
import { packageLimits } from "@/lib/scorm/package-limits";
import { isSameOrigin } from "@/lib/tenancy/same-origin";
import { currentSite } from "@/lib/tenancy/site";

// Upload of a module's SCORM package (a plain multipart form in the outline); answers with the course's
// editing page again, with ?error=<message key> when the package is refused.
export async function POST(request: Request, { params }: { params: Promise<{ id: string; moduleId: string }> }) {
  if (!isSameOrigin(request)) return new Response("Forbidden", { status: 403 });
  const [{ id: courseId, moduleId }, site, viewer] = await Promise.all([params, currentSite(), currentViewer()]);
  const back = (error?: string) =>
    new Response(null, { status: 303, headers: { Location: `/author/courses/${courseId}${error ? `?error=${error}` : "?saved=package"}#outline`, "Cache-Control": "no-store" } });
  let author;
  try {
    if (!site) throw new NotFound();
    author = authorOn(site, viewer);
  } catch {
    return new Response("Not found", { status: 404 });
  }
  // Refused before reading the body when the browser announces more than the limit.
  const announced = Number(request.headers.get("content-length") ?? 0);
  if (announced > packageLimits().maxArchiveBytes + 64 * 1024) return back("packageTooLarge");
  const file = (await request.formData()).get("package");
  if (!(file instanceof File) || file.size === 0) return back("packageMissing");
  try {
    await attachScormPackage(author, courseId, moduleId, new Uint8Array(await file.arrayBuffer()));
  } catch (error) {
    if (error instanceof NotFound) return new Response("Not found", { status: 404 });
    if (error instanceof Invalid) return back(Object.values(error.fields)[0]);
    throw error;
  }
  return back();
}
