import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { TasksPanel } from "@/components/tasks/tasks-panel";
import { requireSignedIn } from "@/lib/auth/request-context";
import type { Locale } from "@/lib/i18n/locales";
import { viewDashboard } from "@/lib/learning/view-dashboard";
import { formatSessionDates } from "@/lib/i18n/zoned-time";

export default async function DashboardPage() {
  const { viewer, ctx } = await requireSignedIn("/dashboard");
  const [t, workshops, locale] = await Promise.all([getTranslations("Dashboard"), getTranslations("Workshops"), getLocale()]);
  const { courses, upcoming } = await viewDashboard(ctx, viewer, locale as Locale);
  const current = courses.filter((c) => c.status === "IN_PROGRESS");
  const visited = courses.filter((c) => c.lastVisitedAt).slice(0, 5);
  const box = "rounded-lg border border-slate-200 bg-white p-6";
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <TasksPanel viewer={viewer} />
      <section aria-labelledby="current-heading" className={box}>
        <h2 id="current-heading" className="text-xl font-semibold">{t("currentCourses")}</h2>
        {current.length === 0 ? (
          <>
            <p className="mt-2 text-slate-700">{t("noCurrentCourses")}</p>
            <Link href="/find-learning" className="mt-3 inline-block font-medium text-brand underline">{t("findLearning")}</Link>
          </>
        ) : (
          <ul className="mt-3 space-y-3">
            {current.map((c) => (
              <li key={c.courseId} data-testid="current-course">
                <Link href={`/courses/${c.courseId}?tab=course`} className="font-medium text-brand underline">{c.title}</Link>
                <div className="mt-1 flex items-center gap-2 text-sm text-slate-700">
                  <progress max={100} value={c.progressPercent} aria-label={t("progressOf", { title: c.title })} />
                  <span>{t("progress", { progress: c.progressPercent })}</span>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
      <div className="grid gap-6 md:grid-cols-2">
        <section aria-labelledby="visited-heading" className={box}>
          <h2 id="visited-heading" className="text-xl font-semibold">{t("latestVisited")}</h2>
          {visited.length === 0 ? <p className="mt-2 text-slate-700">{t("noVisited")}</p> : (
            <ul className="mt-3 list-disc space-y-1 ps-6">
              {visited.map((c) => <li key={c.courseId}><Link href={`/courses/${c.courseId}`} className="text-brand underline">{c.title}</Link></li>)}
            </ul>
          )}
        </section>
        <section aria-labelledby="events-heading" className={box}>
          <h2 id="events-heading" className="text-xl font-semibold">{t("upcomingEvents")}</h2>
          {upcoming.length === 0 ? <p className="mt-2 text-slate-700">{t("noEvents")}</p> : (
            <ul className="mt-3 space-y-3">
              {upcoming.map((e) => (
                <li key={e.applicationId} data-testid="upcoming-event">
                  <Link href={`/workshops/applications/${e.applicationId}`} className="font-medium text-brand underline">{e.title}</Link>
                  <p className="text-sm text-slate-700">{formatSessionDates(e, locale)}</p>
                  <p className="text-sm text-slate-700">
                    {[e.place, e.onlineUrl ? workshops("online") : null].filter(Boolean).join(" · ")}
                    {e.onlineUrl ? <> · <a href={e.onlineUrl} className="break-all text-brand underline" rel="noopener noreferrer">{e.onlineUrl}</a></> : null}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </div>
  );
}
