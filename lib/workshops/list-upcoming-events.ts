// "Upcoming events" on the dashboard: the sessions the viewer is selected for that have not ended yet.
import { forTenant, type TenantTx } from "@/lib/db";
import type { Candidate } from "./candidate";

export async function listUpcomingEvents(candidate: Candidate, locale: string, now = new Date()) {
  return forTenant(candidate.ctx, (tx) => readUpcomingEvents(tx, candidate, locale, now));
}

/** listUpcomingEvents() within a transaction of the caller in the candidate's context. */
export async function readUpcomingEvents(tx: TenantTx, candidate: Candidate, locale: string, now = new Date()) {
  const rows = await tx.workshopApplication.findMany({
    where: { userId: candidate.id, status: "SELECTED", session: { endsAt: { gt: now } } },
    orderBy: { session: { startsAt: "asc" } },
    take: 20,
    select: {
      id: true,
      session: { select: { startsAt: true, endsAt: true, timeZone: true, place: true, onlineUrl: true } },
      course: {
        select: {
          id: true,
          code: true,
          translations: { where: { locale: { in: [locale, "en"] } }, select: { locale: true, title: true } },
        },
      },
    },
  });
  return rows.map((row) => ({
    applicationId: row.id,
    courseId: row.course.id,
    title:
      row.course.translations.find((t) => t.locale === locale)?.title ??
      row.course.translations[0]?.title ??
      row.course.code,
    ...row.session,
  }));
}
