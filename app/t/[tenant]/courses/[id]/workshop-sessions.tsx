import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { RequestContext } from "@/lib/auth/request-context";
import type { CourseSession } from "@/lib/workshops/list-course-sessions";
import { formatSessionDates } from "@/lib/i18n/zoned-time";

// The upcoming sessions of a workshop on its course page: when and where (in the session's time zone), the
// places, and Apply for officers of an administration, or their application's status.
export async function WorkshopSessions({ courseId, context, locale, sessions }: { courseId: string; context: RequestContext; locale: string; sessions: CourseSession[] }) {
  const { viewer, ctx } = context;
  const t = await getTranslations("Workshops");
  const mayApply = viewer !== null && viewer.homeTenantKind === "ADMINISTRATION" && ctx.audience === "CUSTOMS" && ctx.tenantId === viewer.homeTenantId;
  return (
    <section id="sessions" aria-labelledby="sessions-title" className="space-y-3">
      <h2 id="sessions-title" className="text-2xl font-semibold">{t("sessionsTitle")}</h2>
      {sessions.length === 0 ? <p className="rounded border border-slate-200 bg-white p-4">{t("noSessions")}</p> : (
        <ul className="space-y-3">
          {sessions.map((s) => {
            const dates = formatSessionDates(s, locale);
            return (
              <li key={s.id} className="rounded-lg border border-slate-200 bg-white p-4" data-testid="workshop-session">
                <p className="font-medium">{dates}</p>
                <p className="text-slate-700">
                  {[s.place, s.online ? t("online") : null].filter(Boolean).join(" · ")}
                  {s.onlineUrl ? <> · <a href={s.onlineUrl} className="text-brand underline" rel="noopener noreferrer">{s.onlineUrl}</a></> : null}
                </p>
                <p className="text-sm text-slate-700">
                  {t("places", { count: s.capacity })}
                  {" · "}
                  {s.open ? (s.applicationsCloseAt ? t("closesOn", { date: new Intl.DateTimeFormat(locale, { dateStyle: "long", timeStyle: "short", timeZone: s.timeZone }).format(s.applicationsCloseAt) }) : null) : t("closed")}
                </p>
                {s.application ? (
                  <p className="mt-2 flex flex-wrap items-center gap-3">
                    <span role="status" className="font-medium">{t("yourStatus", { status: t(`status.${s.application.status}`) })}</span>
                    <Link href={`/workshops/applications/${s.application.id}`} className="text-brand underline">{t("viewApplication")}</Link>
                  </p>
                ) : s.open && mayApply ? (
                  <form action={`/api/workshops/sessions/${s.id}/apply`} method="post" className="mt-2">
                    <input type="hidden" name="courseId" value={courseId} />
                    <button type="submit" className="rounded bg-brand px-4 py-2 font-medium text-white hover:bg-brand-strong" aria-label={t("applyTo", { date: dates })}>{t("apply")}</button>
                  </form>
                ) : s.open && !viewer ? (
                  <Link href={`/sign-in?returnTo=${encodeURIComponent(`/courses/${courseId}`)}`} className="mt-2 inline-block font-medium text-brand underline">{t("signInToApply")}</Link>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
