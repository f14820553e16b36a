// Whether a media token's holder may still read the module's files: the account is active, the enrolment in
// the module's course is in place and the module still holds that file. Checked on every request but for a
// short cache (a video is fetched in many ranges), so a suspended learner or a revoked seat loses access
// within seconds. A guest's token: while the module's course is still open to guests.
import { forTenant } from "@/lib/db";
import { GUEST_COURSE } from "@/lib/guest/guest-scope";
import type { MediaClaims } from "./media-token";

const CHECK_CACHE_MS = 30_000;
const checked = new Map<string, number>();

export async function mayReadMedia(claims: MediaClaims, token: string, now = Date.now()): Promise<boolean> {
  const until = checked.get(token);
  if (until !== undefined && until > now) return true;
  const ok = await forTenant({ tenantId: claims.tenantId, audience: claims.audience }, async (tx) => {
    const content = await tx.moduleContent.findFirst({
      where: { moduleId: claims.moduleId, storageKey: claims.key },
      select: { courseId: true },
    });
    if (!content) return false;
    if (claims.guest === true)
      return (await tx.course.count({ where: { id: content.courseId, ...GUEST_COURSE } })) === 1;
    const [learner, enrolment] = await Promise.all([
      tx.user.findFirst({ where: { id: claims.userId, status: "ACTIVE" }, select: { id: true } }),
      tx.enrolment.findFirst({ where: { userId: claims.userId, courseId: content.courseId }, select: { id: true } }),
    ]);
    return !!learner && !!enrolment;
  });
  if (checked.size > 10_000) checked.clear();
  if (ok) checked.set(token, now + CHECK_CACHE_MS);
  else checked.delete(token);
  return ok;
}
