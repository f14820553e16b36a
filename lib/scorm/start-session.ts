// The start of a runtime session on the content origin, from the launch token alone: the attempt it names,
// still the learner's (active account, enrolment in place), and the CMI the session starts from.
import { forTenant } from "@/lib/db";
import { NotFound } from "@/lib/errors";
import { launchCmi } from "./launch-data";
import type { LaunchClaims } from "./launch-token";
import type { ScoRuntimeParameters } from "./sco-runtime-parameters";

export interface Session {
  version: "1.2" | "2004";
  cmi: Record<string, unknown>;
  commitSeq: number;
  /** The SCO's launch address, relative to the package root. */
  href: string;
}

export async function startSession(claims: LaunchClaims): Promise<Session> {
  return forTenant({ tenantId: claims.tenantId, audience: claims.audience }, async (tx) => {
    const attempt = await tx.scormAttempt.findFirst({ where: { id: claims.attemptId, userId: claims.userId }, include: { sco: { include: { package: true } } } });
    if (!attempt || attempt.sco.package.storageKey !== claims.key) throw new NotFound();
    const [learner, enrolment] = await Promise.all([
      tx.user.findFirst({ where: { id: claims.userId, status: "ACTIVE" }, select: { id: true, firstName: true, lastName: true } }),
      tx.enrolment.findFirst({ where: { userId: claims.userId, courseId: attempt.sco.package.courseId }, select: { id: true } }),
    ]);
    if (!learner || !enrolment) throw new NotFound();
    const version = attempt.sco.package.version as "1.2" | "2004";
    return {
      version,
      cmi: launchCmi(version, attempt.cmi, attempt.sco.runtime as Partial<ScoRuntimeParameters>, { learner, firstLaunch: attempt.commitSeq === 0, exitMode: attempt.exitMode, totalSeconds: attempt.totalSeconds }),
      commitSeq: attempt.commitSeq,
      href: attempt.sco.href,
    };
  });
}
