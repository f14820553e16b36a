import { visibilityScope } from "@/lib/auth/visibility-scope";
import { formPost } from "@/lib/http/route-handler";
import { confirmExternalVideo } from "@/lib/modules/confirm-external-video";

// "I have watched it" under an external video: completes the module and leads back to the video page.
export const POST = formPost<{ moduleId: string }>({}, async (input) => {
  await confirmExternalVideo(visibilityScope(input), input.viewer.id, input.params.moduleId);
  return `/learn/video/${input.params.moduleId}`;
});
