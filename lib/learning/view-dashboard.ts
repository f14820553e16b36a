// What the dashboard shows of the learner's learning: their courses (current and latest visited) and, for
// officers of an administration, the workshop sessions they are selected for. One transaction when the
// sessions' context (the officer's home administration) is the request's, as on their own site.
import type { Viewer } from "@/lib/auth/load-viewer";
import { forTenant, type TenantContext } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";
import type { Candidate } from "@/lib/workshops/candidate";
import { listUpcomingEvents, readUpcomingEvents } from "@/lib/workshops/list-upcoming-events";
import { readMyCourses } from "./list-my-courses";

export async function viewDashboard(
  ctx: TenantContext,
  viewer: Pick<Viewer, "id" | "homeTenantId" | "homeTenantKind">,
  locale: Locale,
) {
  // Workshop bookings belong to officers of an administration, kept in its tenant.
  const candidate: Candidate | null =
    viewer.homeTenantKind === "ADMINISTRATION"
      ? { id: viewer.id, ctx: { tenantId: viewer.homeTenantId, audience: "CUSTOMS" } }
      : null;
  const sameContext =
    candidate !== null &&
    ctx.tenantId === candidate.ctx.tenantId &&
    ctx.audience === candidate.ctx.audience &&
    ctx.storeLearnerId === undefined;
  const [{ courses, upcoming }, elsewhere] = await Promise.all([
    forTenant(ctx, async (tx) => ({
      courses: await readMyCourses(tx, viewer.id, locale),
      upcoming: sameContext ? await readUpcomingEvents(tx, candidate, locale) : [],
    })),
    candidate && !sameContext ? listUpcomingEvents(candidate, locale) : [],
  ]);
  return { courses, upcoming: sameContext ? upcoming : elsewhere };
}
