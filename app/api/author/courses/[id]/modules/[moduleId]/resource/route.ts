import { authorOn } from "@/lib/authoring/author";
import { formPost } from "@/lib/http/route-handler";
import { attachResourceFile } from "@/lib/modules/attach-resource-file";
import { backToOutline } from "@/lib/modules/author-return";
import { contentLimits } from "@/lib/modules/content-limits";
import { saveResourceLink } from "@/lib/modules/save-resource-link";

// A resource module's file (multipart) or link.
export const POST = formPost<{ id: string; moduleId: string }>(
  { can: "authoring.author", onRefusal: ({ key }, { params }) => backToOutline(params.id, key) },
  async (input) => {
    const { id: courseId, moduleId } = input.params;
    if (Number(input.request.headers.get("content-length") ?? 0) > contentLimits().resourceBytes + 64 * 1024)
      return backToOutline(courseId, "resourceTooLarge");
    const form = await input.form();
    const author = authorOn(input.site, input.viewer);
    const file = form.get("resource");
    if (file instanceof File && file.size > 0)
      await attachResourceFile(author, courseId, moduleId, {
        bytes: new Uint8Array(await file.arrayBuffer()),
        fileName: file.name,
      });
    else await saveResourceLink(author, courseId, moduleId, { url: String(form.get("url") ?? "") });
    return backToOutline(courseId);
  },
);
