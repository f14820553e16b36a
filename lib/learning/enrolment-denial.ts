// A coordinator's denial of an enrolment request is final until the course's next session (the guide, §7):
// the first session of the course that starts after the denial; a course without sessions (every course but a
// workshop) counts one session as DENIAL_STANDS_DAYS from the denial (ADR 0031).
import type { PlatformTx, TenantTx } from "@/lib/db";

export const DENIAL_STANDS_DAYS = 90;
const DAY_MS = 24 * 60 * 60_000;

/** From when the officer may ask again after a denial decided at `decidedAt`. */
export async function askAgainFrom(tx: PlatformTx | TenantTx, courseId: string, decidedAt: Date): Promise<Date> {
  const next = await (tx as PlatformTx).workshopSession.findFirst({
    where: { courseId, startsAt: { gt: decidedAt } },
    orderBy: { startsAt: "asc" },
    select: { startsAt: true },
  });
  return next?.startsAt ?? new Date(decidedAt.getTime() + DENIAL_STANDS_DAYS * DAY_MS);
}
