import { authorOn } from "@/lib/authoring/author";
import { formPost } from "@/lib/http/route-handler";
import { backToOutline } from "@/lib/modules/author-return";
import { savePage } from "@/lib/modules/save-page";

// A page module's text in one language.
export const POST = formPost<{ id: string; moduleId: string }>(
  { can: "authoring.author", onRefusal: ({ key }, { params }) => backToOutline(params.id, key) },
  async (input) => {
    const { id: courseId, moduleId } = input.params;
    const form = await input.form();
    await savePage(authorOn(input.site, input.viewer), courseId, moduleId, {
      locale: form.get("locale"),
      text: String(form.get("text") ?? ""),
    });
    return `/author/courses/${courseId}?locale=${encodeURIComponent(String(form.get("locale")))}&saved=content#outline`;
  },
);
