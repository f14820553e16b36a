// A learner opens a resource module: the module is complete (opening or downloading it is its rule), and she
// is sent to the file on the content origin (a token for her) or to the linked page. A guest (no learner) of a
// course open to guests is sent there too, and nothing is recorded (ADR 0042).
import type { VisibilityScope } from "@/lib/auth/visibility-scope";
import { forTenant } from "@/lib/db";
import { NotFound } from "@/lib/errors";
import { requireGuest } from "@/lib/guest/guest-scope";
import { guestModule } from "./guest-module";
import { learnerModule } from "./learner-module";
import { mediaAddress } from "./media-address";
import { recordCompletion } from "./record-completion";
import { FILE } from "./stored-files";

export async function openResource(
  scope: VisibilityScope,
  learnerId: string | null,
  moduleId: string,
  platformOrigin: string,
): Promise<string> {
  return forTenant(scope.ctx, async (tx) => {
    const learner = learnerId ? await learnerModule(tx, scope, learnerId, moduleId, "RESOURCE") : null;
    const target = learner ?? (await guestModule(tx, requireGuest(scope), moduleId, "RESOURCE"));
    const content = target.content;
    if (!content || (!content.storageKey && !content.url)) throw new NotFound();
    if (learnerId && learner) await recordCompletion(tx, scope.ctx, learnerId, learner);
    return content.storageKey
      ? mediaAddress(scope.ctx, learnerId, { key: content.storageKey, moduleId, platformOrigin }, FILE)
      : content.url!;
  });
}
