import { CourseImageView } from "@/components/catalogue/course-image";
import { Circle, CircleCheck, MessagesSquare } from "lucide-react";
import { Link } from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { OpenInPopup } from "@/components/learning/open-in-popup";
import { DeviceProgress } from "@/components/learning/device-progress";
import { OfflineCourse } from "@/components/offline/offline-course";
import { publicProtocol, rootDomain, siteOrigin } from "@/lib/tenancy/host";
import { RichText } from "@/components/rich-text";
import { visibilityScope } from "@/lib/auth/visibility-scope";
import { guestScope } from "@/lib/guest/guest-scope";
import { GuestNotice } from "@/components/learning/guest-notice";
import { formatDuration } from "@/lib/i18n/format-duration";
import { LOCALE_NAMES, isLocale, type Locale } from "@/lib/i18n/locales";
import { viewCoursePage } from "@/lib/learning/view-course-page";
import { CertificateTab } from "./certificate-tab";
import { KeptAnswersSender } from "./kept-answers-sender";
import { CompletionRuleText, OpenContent } from "./module-actions";
import { VisitBeacon } from "./visit-beacon";
import { WorkshopSessions } from "./workshop-sessions";
import { loadPage, orNotFound } from "@/lib/http/load-page";
import { ButtonLink } from "@/components/ui/button-link";
import { Button } from "@/components/ui/button";
import { PageTitle } from "@/components/ui/page-title";
import { Notice } from "@/components/ui/notice";
import { SectionTitle } from "@/components/ui/section-title";
import { TextLink } from "@/components/ui/text-link";

const TABS = ["introduction", "course", "evaluation", "certificate"] as const;

export default async function CoursePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ tab?: string }>;
}) {
  const [{ id }, { tab }, context, locale] = await Promise.all([params, searchParams, loadPage(), getLocale()]);
  const active = (TABS as readonly string[]).includes(tab ?? "") ? (tab as (typeof TABS)[number]) : "introduction";
  const view = await orNotFound(
    viewCoursePage(visibilityScope(context), context.viewer?.id ?? null, locale as Locale, id, {
      certificates: active === "certificate",
      guest: guestScope(context) !== null,
    }),
  );
  const { course, joinedBySessions, mayRequest, request } = view;
  // An enrolled learner, or a guest of a course open to guests (nothing of theirs is recorded, ADR 0042).
  const opens = course.enrolment !== null || view.guest;
  const [t, types, format, guestText, discussion] = await Promise.all([
    getTranslations("Course"),
    getTranslations("CourseType"),
    getFormatter(),
    getTranslations("Guest"),
    getTranslations("Discussion"),
  ]);
  const evaluation = course.modules.filter((m) => m.kind === "EVALUATION");
  const learning = course.modules.filter((m) => m.kind !== "EVALUATION");
  const moduleList = (modules: typeof course.modules) => (
    <ol className="space-y-2">
      {modules.map((m) => (
        <li
          key={m.id}
          className="flex flex-wrap items-center gap-3 rounded border border-slate-200 bg-white p-3"
          data-testid="module"
        >
          {m.completed ? (
            <CircleCheck size={18} aria-hidden="true" className="shrink-0 text-green-700" />
          ) : (
            <Circle size={18} aria-hidden="true" className="shrink-0 text-slate-400" />
          )}
          <span className="flex-1">{m.title}</span>
          <span className="text-sm text-slate-600">{m.completed ? t("completed") : t(`kind.${m.kind}`)}</span>
          <CompletionRuleText rule={m.rule} required={m.required} />
          {m.playable && opens ? (
            <OpenInPopup
              href={`/learn/scorm/${m.id}`}
              label={t("openModule", { title: m.title })}
              blockedMessage={t("popupBlocked")}
            >
              {t("open")}
            </OpenInPopup>
          ) : null}
          {opens && m.hasContent ? <OpenContent moduleId={m.id} kind={m.kind} title={m.title} /> : null}
          {view.guest && (m.kind === "QUIZ" || m.kind === "EVALUATION") ? (
            <ButtonLink
              href={`/sign-in?returnTo=${encodeURIComponent(`/learn/${m.kind === "QUIZ" ? "quiz" : "evaluation"}/${m.id}`)}`}
              size="sm"
              variant="secondary"
            >
              {guestText(m.kind === "QUIZ" ? "takeQuiz" : "giveFeedback")}
              <span className="sr-only"> – {m.title}</span>
            </ButtonLink>
          ) : null}
          {course.enrolment && (m.kind === "QUIZ" || m.kind === "EVALUATION") ? (
            <ButtonLink href={`/learn/${m.kind === "QUIZ" ? "quiz" : "evaluation"}/${m.id}`} size="sm">
              {t(m.kind === "QUIZ" ? "takeQuiz" : "giveFeedback")}
              <span className="sr-only"> – {m.title}</span>
            </ButtonLink>
          ) : null}
          {m.attempts ? (
            <p className="w-full ps-8 text-sm text-slate-600" data-testid="scorm-attempts">
              {t(m.attempts.limit === null ? "scormAttemptUnlimited" : "scormAttemptOf", {
                number: m.attempts.number,
                limit: m.attempts.limit ?? 0,
                grading: t(`scormGrading.${m.attempts.grading}`),
              })}
            </p>
          ) : null}
          {m.scorm.length ? (
            <ul className="w-full ps-8 text-sm text-slate-600" data-testid="sco-results">
              {m.scorm.map((r, i) => {
                const known =
                  r.successStatus === "passed" || r.successStatus === "failed"
                    ? r.successStatus
                    : r.completionStatus === "completed" || r.completionStatus === "incomplete"
                      ? r.completionStatus
                      : "started";
                const values = {
                  title: r.title,
                  status: t(`scoStatus.${known}`),
                  minutes: Math.round(r.totalSeconds / 60),
                };
                return (
                  <li key={i}>
                    {r.scorePercent === null
                      ? t("scoResult", values)
                      : t("scoResultScored", { ...values, score: r.scorePercent })}
                  </li>
                );
              })}
            </ul>
          ) : null}
        </li>
      ))}
    </ol>
  );
  // Consecutive modules of one section under the section's title, in the designer's order.
  const bySection = (modules: typeof course.modules) =>
    modules.reduce<Array<{ id: string; title: string; modules: typeof course.modules }>>((groups, m) => {
      const last = groups.at(-1);
      if (last?.id === m.section.id) last.modules.push(m);
      else groups.push({ id: m.section.id, title: m.section.title, modules: [m] });
      return groups;
    }, []);
  const sectionList = (modules: typeof course.modules) => (
    <div className="space-y-6">
      {bySection(modules).map((section) => (
        <section key={section.id} aria-labelledby={`section-${section.id}`} className="space-y-2">
          <h2 id={`section-${section.id}`} className="text-lg font-semibold">
            {section.title}
          </h2>
          {moduleList(section.modules)}
        </section>
      ))}
    </div>
  );
  return (
    <article className="space-y-6">
      {course.enrolment && context.viewer ? <VisitBeacon key={active} courseId={course.id} /> : null}
      <header className="space-y-2">
        <p className="text-sm font-medium uppercase tracking-wide text-slate-600">{types(course.type)}</p>
        <PageTitle>{course.title}</PageTitle>
        <p className="text-lg text-slate-700">{course.summary}</p>
        <p className="flex flex-wrap gap-x-4 text-sm text-slate-700">
          <span>{t("duration", { duration: formatDuration(course.durationMinutes, locale) })}</span>
          <span>
            {t("languages", { languages: course.languages.map((l) => (isLocale(l) ? LOCALE_NAMES[l] : l)).join(", ") })}
          </span>
          {course.hasCertificate ? <span>{t("certificate")}</span> : null}
        </p>
        {course.image ? (
          <CourseImageView
            image={course.image}
            sizes="(min-width: 768px) 40rem, 100vw"
            lazy={false}
            className="max-w-2xl"
          />
        ) : null}
      </header>

      {view.guest ? <GuestNotice returnTo={`/courses/${course.id}`} /> : null}
      {context.viewer ? <KeptAnswersSender viewerId={context.viewer.id} courseId={course.id} /> : null}
      {course.enrolment && context.viewer && course.modules.some((m) => m.playable) ? (
        <DeviceProgress contentOrigin={siteOrigin({ kind: "content" }, publicProtocol(), rootDomain())} />
      ) : null}
      {course.enrolment ? (
        <Notice tone="success">{t("enrolled", { progress: course.enrolment.progressPercent })}</Notice>
      ) : joinedBySessions ? null : (
        <div className="rounded-lg border border-amber-300 bg-amber-50 p-4">
          <p className="font-medium">{t("notEnrolled")}</p>
          {!context.viewer ? (
            <TextLink
              href={`/sign-in?returnTo=${encodeURIComponent(`/courses/${course.id}`)}`}
              className="mt-2 inline-block font-medium"
            >
              {t("signInToEnrol")}
            </TextLink>
          ) : context.site.kind === "academy" ? (
            // On the Academy a course page is reachable only with access (bought or a seat): starting is the buyer's.
            <form action={`/api/store/courses/${course.id}/start`} method="post" className="mt-2">
              <Button>{t("startCourse")}</Button>
            </form>
          ) : course.selfEnrolment ? (
            <form action={`/api/courses/${course.id}/enrol`} method="post" className="mt-2">
              <Button>{t("enrolNow")}</Button>
            </form>
          ) : (
            <div className="mt-2 space-y-2">
              <p className="text-slate-700">{t("closed")}</p>
              {request?.status === "PENDING" ? (
                <p role="status" className="font-medium">
                  {t("requestPending")}
                </p>
              ) : null}
              {request?.status === "DENIED" ? (
                <p role="status" className="font-medium">
                  {request.reason ? t("requestDeniedWithReason", { reason: request.reason }) : t("requestDenied")}
                  {request.denialStands && request.askAgainFrom ? (
                    <span className="block font-normal">
                      {t("requestAgainFrom", { date: format.dateTime(request.askAgainFrom, { dateStyle: "long" }) })}
                    </span>
                  ) : null}
                </p>
              ) : null}
              {mayRequest && request?.status !== "PENDING" && !request?.denialStands ? (
                <form action={`/api/courses/${course.id}/request-enrolment`} method="post">
                  <Button variant="secondary">{t("requestEnrolment")}</Button>
                </form>
              ) : null}
            </div>
          )}
        </div>
      )}

      {course.enrolment && context.viewer && course.type !== "WORKSHOP" && course.modules.length ? (
        <OfflineCourse
          contentOrigin={siteOrigin({ kind: "content" }, publicProtocol(), rootDomain())}
          course={{ id: course.id, title: course.title }}
        />
      ) : null}

      {course.type === "WORKSHOP" ? (
        <WorkshopSessions courseId={course.id} context={context} locale={locale} sessions={view.sessions} />
      ) : null}

      {context.viewer ? (
        <p>
          <ButtonLink href={`/courses/${course.id}/discussion`} variant="secondary" size="sm">
            <MessagesSquare size={16} aria-hidden="true" className="me-2 inline" />
            {discussion("open")}
          </ButtonLink>
        </p>
      ) : null}

      <nav aria-label={t("tabs")} className="border-b border-slate-300">
        <ul className="flex flex-wrap gap-1">
          {TABS.map((name) => (
            <li key={name}>
              <Link
                href={`?tab=${name}`}
                aria-current={active === name ? "page" : undefined}
                className="inline-block rounded-t px-4 py-2 aria-[current=page]:border aria-[current=page]:border-b-white aria-[current=page]:border-slate-300 aria-[current=page]:bg-white aria-[current=page]:font-semibold"
              >
                {t(`tab.${name}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <section aria-label={t(`tab.${active}`)}>
        {active === "introduction" ? (
          <div className="space-y-3">
            <RichText source={course.description} />
            {course.objectives.length ? (
              <>
                <SectionTitle>{t("objectives")}</SectionTitle>
                <ul className="list-disc space-y-1 ps-6">
                  {course.objectives.map((o) => (
                    <li key={o}>{o}</li>
                  ))}
                </ul>
              </>
            ) : null}
          </div>
        ) : null}
        {active === "course" ? (
          opens ? (
            learning.length ? (
              sectionList(learning)
            ) : (
              <p>{t("noModules")}</p>
            )
          ) : (
            <p>{t("enrolFirst")}</p>
          )
        ) : null}
        {active === "evaluation" ? (
          opens ? (
            evaluation.length ? (
              moduleList(evaluation)
            ) : (
              <p>{t("noEvaluation")}</p>
            )
          ) : (
            <p>{t("enrolFirst")}</p>
          )
        ) : null}
        {active === "certificate" ? (
          <CertificateTab
            courseId={course.id}
            hasCertificate={course.hasCertificate}
            certificates={view.certificates}
          />
        ) : null}
      </section>
    </article>
  );
}
