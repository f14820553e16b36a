// An external video (YouTube, Vimeo) plays in the service's privacy-enhanced player, which tells the platform
// nothing: the learner's "I have watched it" completes the module. Only for a module that is such a link.
import type { VisibilityScope } from "@/lib/auth/visibility-scope";
import { forTenant } from "@/lib/db";
import { NotFound } from "@/lib/errors";
import { learnerModule } from "./learner-module";
import { recordCompletion } from "./record-completion";

export async function confirmExternalVideo(scope: VisibilityScope, learnerId: string, moduleId: string) {
  await forTenant(scope.ctx, async (tx) => {
    const target = await learnerModule(tx, scope, learnerId, moduleId, "VIDEO");
    if (!target.content?.url || target.content.storageKey) throw new NotFound();
    await recordCompletion(tx, scope.ctx, learnerId, target);
    return target.courseId;
  });
}
