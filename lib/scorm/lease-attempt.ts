// The lease of a launch: a launch token only opens the package's files and runtime while its attempt's lease
// runs. Launching sets it, the open player renews it every few minutes (and every commit does), and it is
// refused as soon as the account is suspended or the enrolment has ended. A launch address copied elsewhere
// stops working minutes after the learner's window closes.
import { forTenant, type TenantTx } from "@/lib/db";
import type { LaunchClaims } from "./launch-token";

export const LEASE_SECONDS = 10 * 60;
/** How long a file request may rely on an earlier check of the lease (files are fetched in bursts). */
const CHECK_CACHE_MS = 30_000;
const checked = new Map<string, number>();

export const leaseEnd = (now = Date.now()) => new Date(now + LEASE_SECONDS * 1000);

/** The attempt the claims name, when it is still the learner's: active account, enrolment in place. */
export async function liveAttempt(tx: TenantTx, claims: LaunchClaims) {
  const attempt = await tx.scormAttempt.findFirst({
    where: { id: claims.attemptId, userId: claims.userId },
    include: { sco: { include: { package: true } } },
  });
  if (!attempt || attempt.sco.package.storageKey !== claims.key) return null;
  const [learner, enrolment] = await Promise.all([
    tx.user.findFirst({
      where: { id: claims.userId, status: "ACTIVE" },
      select: { id: true, firstName: true, lastName: true },
    }),
    tx.enrolment.findFirst({
      where: { userId: claims.userId, courseId: attempt.sco.package.courseId },
      select: { id: true },
    }),
  ]);
  return learner && enrolment ? { attempt, learner } : null;
}

/** Extends the lease of a live attempt whose lease still runs; false when it may no longer be used. */
export async function renewLease(claims: LaunchClaims, now = Date.now()): Promise<boolean> {
  return forTenant({ tenantId: claims.tenantId, audience: claims.audience }, async (tx) => {
    const live = await liveAttempt(tx, claims);
    if (!live || !live.attempt.leaseUntil || live.attempt.leaseUntil.getTime() <= now) return false;
    await tx.scormAttempt.update({ where: { id: claims.attemptId }, data: { leaseUntil: leaseEnd(now) } });
    return true;
  });
}

/** Whether the token's holder may read the package's files now. */
export async function mayReadFiles(claims: LaunchClaims, token: string, now = Date.now()): Promise<boolean> {
  const until = checked.get(token);
  if (until !== undefined && until > now) return true;
  const ok = await forTenant({ tenantId: claims.tenantId, audience: claims.audience }, async (tx) => {
    const live = await liveAttempt(tx, claims);
    return !!live && !!live.attempt.leaseUntil && live.attempt.leaseUntil.getTime() > now;
  });
  if (checked.size > 10_000) checked.clear();
  if (ok) checked.set(token, now + CHECK_CACHE_MS);
  else checked.delete(token);
  return ok;
}
