// The page module's beacon, sent once the page is shown to an enrolled learner: reading it is its rule.
import type { VisibilityScope } from "@/lib/auth/visibility-scope";
import { forTenant } from "@/lib/db";
import { NotFound } from "@/lib/errors";
import { learnerModule } from "./learner-module";
import { recordCompletion } from "./record-completion";

export async function recordPageRead(scope: VisibilityScope, learnerId: string, moduleId: string): Promise<void> {
  await forTenant(scope.ctx, async (tx) => {
    const target = await learnerModule(tx, scope, learnerId, moduleId, "PAGE");
    if (!target.content) throw new NotFound();
    await recordCompletion(tx, scope.ctx, learnerId, target);
  });
}
