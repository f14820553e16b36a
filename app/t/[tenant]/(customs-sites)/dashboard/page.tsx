import { CourseImageView } from "@/components/catalogue/course-image";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { AlertTriangle, CalendarClock } from "lucide-react";
import { TasksPanel } from "@/components/tasks/tasks-panel";
import type { Locale } from "@/lib/i18n/locales";
import { loadPage } from "@/lib/http/load-page";
import { PageTitle } from "@/components/ui/page-title";
import { SectionTitle } from "@/components/ui/section-title";
import { TextLink } from "@/components/ui/text-link";
import { TextAnchor } from "@/components/ui/text-anchor";
import { Panel } from "@/components/ui/panel";
import { viewDashboard } from "@/lib/learning/view-dashboard";
import { formatSessionDates } from "@/lib/i18n/zoned-time";
import { ReportManagerPanel } from "./report-manager-panel";
import { KeptCourses } from "@/components/offline/kept-courses";
import { publicProtocol, rootDomain, siteOrigin } from "@/lib/tenancy/host";

export default async function DashboardPage() {
  const { site, viewer, ctx } = await loadPage({ signIn: "/dashboard" });
  const [t, workshops, locale, format] = await Promise.all([
    getTranslations("Dashboard"),
    getTranslations("Workshops"),
    getLocale(),
    getFormatter(),
  ]);
  const { courses, upcoming } = await viewDashboard(ctx, viewer, locale as Locale);
  const current = courses.filter((c) => c.status === "IN_PROGRESS");
  // Required learning still to complete, the nearest due date first (none last).
  const required = current
    .filter((c) => c.required)
    .sort((a, b) => (a.dueAt?.getTime() ?? Infinity) - (b.dueAt?.getTime() ?? Infinity));
  const visited = courses.filter((c) => c.lastVisitedAt).slice(0, 5);
  return (
    <div className="space-y-6">
      <PageTitle>{t("title")}</PageTitle>
      <TasksPanel site={site} viewer={viewer} />
      <ReportManagerPanel site={site} viewer={viewer} />
      {required.length > 0 ? (
        <Panel roomy aria-labelledby="required-heading">
          <SectionTitle id="required-heading">{t("requiredLearning")}</SectionTitle>
          <p className="mt-1 text-sm text-slate-700">{t("requiredIntro")}</p>
          <ul className="mt-3 space-y-3">
            {required.map((c) => (
              <li key={c.courseId} data-testid="required-course">
                <TextLink href={`/courses/${c.courseId}?tab=course`} className="font-medium">
                  {c.title}
                </TextLink>
                <p
                  className={`mt-1 flex flex-wrap items-center gap-1 text-sm ${c.overdue ? "text-red-800" : "text-slate-700"}`}
                >
                  {c.overdue ? (
                    <AlertTriangle aria-hidden="true" className="size-4" />
                  ) : (
                    <CalendarClock aria-hidden="true" className="size-4" />
                  )}
                  {c.dueAt
                    ? t(c.overdue ? "overdueSince" : "dueOn", {
                        date: format.dateTime(c.dueAt, { dateStyle: "long", timeZone: "UTC" }),
                      })
                    : t("noDueDate")}
                  {" · "}
                  {t("progress", { progress: c.progressPercent })}
                </p>
              </li>
            ))}
          </ul>
        </Panel>
      ) : null}
      <Panel roomy aria-labelledby="current-heading">
        <SectionTitle id="current-heading">{t("currentCourses")}</SectionTitle>
        {current.length === 0 ? (
          <>
            <p className="mt-2 text-slate-700">{t("noCurrentCourses")}</p>
            <TextLink href="/find-learning" className="mt-3 inline-block font-medium">
              {t("findLearning")}
            </TextLink>
          </>
        ) : (
          <ul className="mt-3 space-y-3">
            {current.map((c) => (
              <li key={c.courseId} data-testid="current-course" className="flex items-start gap-3">
                {c.image ? (
                  <CourseImageView image={c.image} sizes="8rem" decorative width="w-24 sm:w-32" className="shrink-0" />
                ) : null}
                <div className="min-w-0">
                  <TextLink href={`/courses/${c.courseId}?tab=course`} className="font-medium">
                    {c.title}
                  </TextLink>
                  <div className="mt-1 flex flex-wrap items-center gap-2 text-sm text-slate-700">
                    <progress max={100} value={c.progressPercent} aria-label={t("progressOf", { title: c.title })} />
                    <span>{t("progress", { progress: c.progressPercent })}</span>
                  </div>
                </div>
              </li>
            ))}
          </ul>
        )}
      </Panel>
      <KeptCourses contentOrigin={siteOrigin({ kind: "content" }, publicProtocol(), rootDomain())} />
      <div className="grid gap-6 md:grid-cols-2">
        <Panel roomy aria-labelledby="visited-heading">
          <SectionTitle id="visited-heading">{t("latestVisited")}</SectionTitle>
          {visited.length === 0 ? (
            <p className="mt-2 text-slate-700">{t("noVisited")}</p>
          ) : (
            <ul className="mt-3 list-disc space-y-1 ps-6">
              {visited.map((c) => (
                <li key={c.courseId}>
                  <TextLink href={`/courses/${c.courseId}`}>{c.title}</TextLink>
                </li>
              ))}
            </ul>
          )}
        </Panel>
        <Panel roomy aria-labelledby="events-heading">
          <SectionTitle id="events-heading">{t("upcomingEvents")}</SectionTitle>
          {upcoming.length === 0 ? (
            <p className="mt-2 text-slate-700">{t("noEvents")}</p>
          ) : (
            <ul className="mt-3 space-y-3">
              {upcoming.map((e) => (
                <li key={e.applicationId} data-testid="upcoming-event">
                  <TextLink href={`/workshops/applications/${e.applicationId}`} className="font-medium">
                    {e.title}
                  </TextLink>
                  <p className="text-sm text-slate-700">{formatSessionDates(e, locale)}</p>
                  <p className="text-sm text-slate-700">
                    {[e.place, e.onlineUrl ? workshops("online") : null].filter(Boolean).join(" · ")}
                    {e.onlineUrl ? (
                      <>
                        {" "}
                        ·{" "}
                        <TextAnchor href={e.onlineUrl} className="break-all" rel="noopener noreferrer">
                          {e.onlineUrl}
                        </TextAnchor>
                      </>
                    ) : null}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </Panel>
      </div>
    </div>
  );
}
