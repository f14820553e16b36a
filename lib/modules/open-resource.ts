// A learner opens a resource module: the module is complete (opening or downloading it is its rule), and she
// is sent to the file on the content origin (a token for her) or to the linked page.
import type { VisibilityScope } from "@/lib/auth/visibility-scope";
import { forTenant } from "@/lib/db";
import { NotFound } from "@/lib/errors";
import { learnerModule } from "./learner-module";
import { mediaAddress } from "./media-address";
import { recordCompletion } from "./record-completion";
import { FILE } from "./stored-files";

export async function openResource(
  scope: VisibilityScope,
  learnerId: string,
  moduleId: string,
  platformOrigin: string,
): Promise<string> {
  return forTenant(scope.ctx, async (tx) => {
    const target = await learnerModule(tx, scope, learnerId, moduleId, "RESOURCE");
    const content = target.content;
    if (!content || (!content.storageKey && !content.url)) throw new NotFound();
    await recordCompletion(tx, scope.ctx, learnerId, target);
    return content.storageKey
      ? mediaAddress(scope.ctx, learnerId, { key: content.storageKey, moduleId, platformOrigin }, FILE)
      : content.url!;
  });
}
