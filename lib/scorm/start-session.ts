// The start of a runtime session on the content origin, from the launch token alone: the attempt it names,
// still the learner's (active account, enrolment in place) with its lease running, and the CMI the session
// starts from.
import { forTenant } from "@/lib/db";
import { NotFound } from "@/lib/errors";
import { attemptFinished } from "@/lib/records/sco-status";
import { launchCmi } from "./launch-data";
import type { LaunchClaims } from "./launch-token";
import { leaseEnd, liveAttempt } from "./lease-attempt";
import type { ScoRuntimeParameters } from "./sco-runtime-parameters";

export interface Session {
  version: "1.2" | "2004";
  cmi: Record<string, unknown>;
  commitSeq: number;
  /** The session whose commit is stored last: the device's own record of it is no loss (ADR 0049). */
  lastSessionId: string | null;
  /** A review (mode "review", credit "no-credit"): the runtime's commits are not recorded. */
  review: boolean;
  /** The SCO's launch address, relative to the package root. */
  href: string;
}

export async function startSession(claims: LaunchClaims, now = Date.now()): Promise<Session> {
  return forTenant({ tenantId: claims.tenantId, audience: claims.audience }, async (tx) => {
    const live = await liveAttempt(tx, claims);
    if (!live || !live.attempt.leaseUntil || live.attempt.leaseUntil.getTime() <= now) throw new NotFound();
    const { attempt, learner } = live;
    await tx.scormAttempt.update({ where: { id: attempt.id }, data: { leaseUntil: leaseEnd(now) } });
    const version = attempt.sco.package.version as "1.2" | "2004";
    // An attempt that is over is only ever reviewed, whatever token opened it (commit-attempt.ts ignores it).
    const review =
      claims.review === true ||
      attemptFinished(version, attempt.completionStatus, attempt.successStatus, attempt.exitMode);
    return {
      review,
      version,
      cmi: launchCmi(version, attempt.cmi, attempt.sco.runtime as Partial<ScoRuntimeParameters>, {
        learner,
        firstLaunch: attempt.commitSeq === 0,
        exitMode: attempt.exitMode,
        totalSeconds: attempt.totalSeconds,
        review,
      }),
      commitSeq: attempt.commitSeq,
      lastSessionId: attempt.sessionId,
      href: attempt.sco.href,
    };
  });
}
