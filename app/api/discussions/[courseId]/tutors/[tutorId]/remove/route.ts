import { removeTutor } from "@/lib/discussions/remove-tutor";
import { backTo } from "@/lib/http/back-to";
import { formPost } from "@/lib/http/route-handler";

// "Remove" on the tutors page: back to it.
export const POST = formPost<{ courseId: string; tutorId: string }>({}, async (input) => {
  const { courseId, tutorId } = input.params;
  await removeTutor(input, courseId, tutorId);
  return backTo(`/courses/${courseId}/discussion/tutors`, { done: "tutorRemoved" });
});
