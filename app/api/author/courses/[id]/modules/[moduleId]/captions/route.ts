import { authorOn } from "@/lib/authoring/author";
import { formPost } from "@/lib/http/route-handler";
import { uploadedBytes } from "@/lib/http/uploaded-bytes";
import { attachCaptions } from "@/lib/modules/attach-captions";
import { backToOutline } from "@/lib/modules/author-return";

// A video module's captions in one language (a WebVTT file, multipart).
export const POST = formPost<{ id: string; moduleId: string }>(
  { can: "authoring.author", onRefusal: ({ key }, { params }) => backToOutline(params.id, key) },
  async (input) => {
    const { id: courseId, moduleId } = input.params;
    const form = await input.form();
    await attachCaptions(authorOn(input.site, input.viewer), courseId, moduleId, {
      locale: form.get("locale"),
      bytes: await uploadedBytes(form.get("captions")),
    });
    return backToOutline(courseId);
  },
);
