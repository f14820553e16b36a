import { authorOn } from "@/lib/authoring/author";
import { removeCourseImage } from "@/lib/authoring/remove-course-image";
import { formPost } from "@/lib/http/route-handler";

// Removing a course's image (confirmed in the page); back to the image form.
export const POST = formPost<{ id: string }>({ can: "authoring.author" }, async ({ site, viewer, params }) => {
  await removeCourseImage(authorOn(site, viewer), params.id);
  return `/author/courses/${params.id}?saved=imageRemoved#image`;
});
