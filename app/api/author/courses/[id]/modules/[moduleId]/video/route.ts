import { authorOn } from "@/lib/authoring/author";
import { formPost } from "@/lib/http/route-handler";
import { attachVideo } from "@/lib/modules/attach-video";
import { backToOutline } from "@/lib/modules/author-return";
import { contentLimits } from "@/lib/modules/content-limits";
import { saveVideoSettings } from "@/lib/modules/save-video-settings";

// A video module's file (multipart), or its link to an external video, and its share to watch.
export const POST = formPost<{ id: string; moduleId: string }>(
  { can: "authoring.author", onRefusal: ({ key }, { params }) => backToOutline(params.id, key) },
  async (input) => {
    const { id: courseId, moduleId } = input.params;
    if (Number(input.request.headers.get("content-length") ?? 0) > contentLimits().videoBytes + 64 * 1024)
      return backToOutline(courseId, "videoTooLarge");
    const form = await input.form();
    const author = authorOn(input.site, input.viewer);
    const file = form.get("video");
    const url = String(form.get("url") ?? "").trim();
    const settings = { watchPercent: form.get("watchPercent") ?? 80 };
    if (file instanceof File && file.size > 0) {
      await saveVideoSettings(author, courseId, moduleId, settings);
      await attachVideo(author, courseId, moduleId, {
        bytes: new Uint8Array(await file.arrayBuffer()),
        fileName: file.name,
      });
    } else await saveVideoSettings(author, courseId, moduleId, { ...settings, url });
    return backToOutline(courseId);
  },
);
