// Recertification: once the current certificate has expired or is close to expiry, the learner takes the course
// again. The enrolment starts a new cycle (progress back to zero, completion cleared); completions and attempts of
// the earlier cycle stay as history, and the next completion issues a new certificate that replaces the old one.
// The course evaluation is feedback, not assessment: it is not asked again.
import { forTenant, type TenantContext } from "@/lib/db";
import { Invalid, NotFound } from "@/lib/errors";
import { refreshProgress } from "./refresh-progress";
import { mayRecertify } from "@/lib/certificates/certificate-status";

export async function recertify(ctx: TenantContext, learnerId: string, courseId: string): Promise<void> {
  await forTenant(ctx, async (tx) => {
    const enrolment = await tx.enrolment.findFirst({
      where: { userId: learnerId, courseId },
      select: { id: true, cycle: true, completedAt: true },
    });
    if (!enrolment) throw new NotFound();
    const current = await tx.certificate.findFirst({
      where: { userId: learnerId, courseId, cycle: enrolment.cycle },
      select: { revokedAt: true, replacedAt: true, expiresAt: true },
    });
    if (!enrolment.completedAt || !current || !mayRecertify(current))
      throw new Invalid({ certificate: "notYetRecertifiable" });
    const modules = await tx.courseModule.findMany({
      where: { courseId, kind: { not: "EVALUATION" } },
      select: { id: true },
    });
    await tx.moduleCompletion.deleteMany({ where: { userId: learnerId, moduleId: { in: modules.map((m) => m.id) } } });
    // Conditional on the cycle read above, so two clicks start one new cycle.
    const started = await tx.enrolment.updateMany({
      where: { id: enrolment.id, cycle: enrolment.cycle },
      data: {
        cycle: enrolment.cycle + 1,
        cycleStartedAt: new Date(),
        status: "IN_PROGRESS",
        progressPercent: 0,
        completedAt: null,
        grade: null,
      },
    });
    if (started.count === 1) await refreshProgress(tx, enrolment.id, learnerId, courseId);
  });
}
