import { authorOn } from "@/lib/authoring/author";
import { formPost } from "@/lib/http/route-handler";
import { attachScormPackage } from "@/lib/scorm/attach-package";
import { packageLimits } from "@/lib/scorm/package-limits";

// Upload of a module's SCORM package (a plain multipart form in the outline); answers with the course's
// editing page again, with ?error=<message key> when the package is refused.
const back = (courseId: string, error?: string) =>
  `/author/courses/${courseId}${error ? `?error=${error}` : "?saved=package"}#outline`;

export const POST = formPost<{ id: string; moduleId: string }>(
  { can: "authoring.author", onRefusal: ({ key }, { params }) => back(params.id, key) },
  async (input) => {
    const { id: courseId, moduleId } = input.params;
    // Refused before reading the body when the browser announces more than the limit.
    const announced = Number(input.request.headers.get("content-length") ?? 0);
    if (announced > packageLimits().maxArchiveBytes + 64 * 1024) return back(courseId, "packageTooLarge");
    const file = (await input.form()).get("package");
    if (!(file instanceof File) || file.size === 0) return back(courseId, "packageMissing");
    await attachScormPackage(
      authorOn(input.site, input.viewer),
      courseId,
      moduleId,
      new Uint8Array(await file.arrayBuffer()),
    );
    return back(courseId);
  },
);
