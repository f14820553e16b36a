// The module a learner opens: readable in her tenant context (her own tenant's courses and the core), in a
// course she is enrolled in, with her account active. Anyone else gets NotFound, whatever the reason.
import type { VisibilityScope } from "@/lib/auth/visibility-scope";
import type { TenantTx } from "@/lib/db";
import { NotFound } from "@/lib/errors";
import { UUID } from "@/lib/ids";
import type { ContentKind } from "./author-module";

export async function learnerModule(
  tx: TenantTx,
  scope: VisibilityScope,
  learnerId: string,
  moduleId: string,
  kind: ContentKind,
) {
  if (!scope.signedIn || !UUID.test(moduleId)) throw new NotFound();
  const courseModule = await tx.courseModule.findFirst({
    where: { id: moduleId, kind },
    select: { id: true, title: true, courseId: true, required: true, content: true },
  });
  const enrolment = courseModule
    ? await tx.enrolment.findFirst({
        where: { userId: learnerId, courseId: courseModule.courseId },
        select: { id: true, cycleStartedAt: true },
      })
    : null;
  const learner = enrolment
    ? await tx.user.findFirst({ where: { id: learnerId, status: "ACTIVE" }, select: { id: true } })
    : null;
  if (!courseModule || !enrolment || !learner) throw new NotFound();
  return { ...courseModule, enrolment };
}
