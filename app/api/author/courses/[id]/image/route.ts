import { authorOn } from "@/lib/authoring/author";
import { MAX_COURSE_IMAGE_BYTES } from "@/lib/authoring/course-input";
import { saveCourseImage } from "@/lib/authoring/save-course-image";
import { formPost } from "@/lib/http/route-handler";

const backToImage = (courseId: string, locale: unknown, outcome: string) =>
  `/author/courses/${courseId}?${outcome}&locale=${encodeURIComponent(String(locale ?? ""))}#image`;

/** A refusal goes back with what the author typed (the description, the decorative box), so nothing is lost. */
const typed = (form: FormData | null) =>
  new URLSearchParams({
    alt: String(form?.get("alt") ?? "").slice(0, 250),
    decorative: form?.get("decorative") === "on" ? "on" : "",
  }).toString();

// A course's image (multipart) and its alternative text in the page's language; back to the form either way.
export const POST = formPost<{ id: string }>(
  {
    can: "authoring.author",
    onRefusal: async ({ key }, input) => {
      const form = await input.form().catch(() => null);
      return backToImage(input.params.id, form?.get("locale"), `error=${key}&${typed(form)}`);
    },
  },
  async (input) => {
    const courseId = input.params.id;
    if (Number(input.request.headers.get("content-length") ?? 0) > MAX_COURSE_IMAGE_BYTES + 64 * 1024)
      return backToImage(courseId, "", "error=imageTooLarge");
    const form = await input.form();
    const file = form.get("image");
    await saveCourseImage(authorOn(input.site, input.viewer), courseId, {
      locale: form.get("locale"),
      alt: String(form.get("alt") ?? ""),
      decorative: form.get("decorative") === "on",
      bytes: file instanceof File && file.size > 0 ? new Uint8Array(await file.arrayBuffer()) : null,
    });
    return backToImage(courseId, form.get("locale"), "saved=image");
  },
);
