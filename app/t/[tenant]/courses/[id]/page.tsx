import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { OpenInPopup } from "@/components/learning/open-in-popup";
import { RichText } from "@/components/rich-text";
import { requestContext } from "@/lib/auth/request-context";
import { getCourse } from "@/lib/catalogue/get-course";
import { visibilityScope } from "@/lib/catalogue/list-visible-courses";
import { NotFound } from "@/lib/errors";
import { formatDuration } from "@/lib/i18n/format-duration";
import { LOCALE_NAMES, isLocale, type Locale } from "@/lib/i18n/locales";
import { recordVisit } from "@/lib/learning/record-visit";
import { enrolmentRequestStatus } from "@/lib/learning/request-enrolment";
import { CertificateTab } from "./certificate-tab";
import { WorkshopSessions } from "./workshop-sessions";

const TABS = ["introduction", "course", "evaluation", "certificate"] as const;

export default async function CoursePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ tab?: string }> }) {
  const [{ id }, { tab }, context, locale] = await Promise.all([params, searchParams, requestContext(), getLocale()]);
  const course = await getCourse(visibilityScope(context), locale as Locale, id, context.viewer?.id ?? null).catch((error) => {
    if (error instanceof NotFound) notFound();
    throw error;
  });
  const [t, types] = await Promise.all([getTranslations("Course"), getTranslations("CourseType")]);
  if (course.enrolment && context.viewer) await recordVisit(context.ctx, context.viewer.id, course.id);
  // Officers may ask to join a course closed to self-enrolment; their coordinator decides.
  // A workshop closed to self-enrolment is joined by applying to one of its sessions, below.
  const joinedBySessions = course.type === "WORKSHOP" && !course.selfEnrolment;
  const mayRequest = !course.enrolment && !course.selfEnrolment && !joinedBySessions && context.viewer !== null && context.ctx.audience === "CUSTOMS";
  const request = mayRequest ? await enrolmentRequestStatus(visibilityScope(context), context.viewer!.id, course.id) : null;
  const active = (TABS as readonly string[]).includes(tab ?? "") ? (tab as (typeof TABS)[number]) : "introduction";
  const evaluation = course.modules.filter((m) => m.kind === "EVALUATION");
  const learning = course.modules.filter((m) => m.kind !== "EVALUATION");
  const moduleList = (modules: typeof course.modules) => (
    <ol className="space-y-2">
      {modules.map((m) => (
        <li key={m.id} className="flex flex-wrap items-center gap-3 rounded border border-slate-200 bg-white p-3" data-testid="module">
          <span aria-hidden="true" className={m.completed ? "text-green-700" : "text-slate-300"}>{m.completed ? "✔" : "○"}</span>
          <span className="flex-1">{m.title}</span>
          <span className="text-sm text-slate-600">{m.completed ? t("completed") : t(`kind.${m.kind}`)}</span>
          {m.playable && course.enrolment ? <OpenInPopup href={`/learn/scorm/${m.id}`} label={t("openModule", { title: m.title })} blockedMessage={t("popupBlocked")}>{t("open")}</OpenInPopup> : null}
          {course.enrolment && (m.kind === "QUIZ" || m.kind === "EVALUATION") ? (
            <Link href={`/learn/${m.kind === "QUIZ" ? "quiz" : "evaluation"}/${m.id}`} className="rounded bg-brand px-3 py-1 text-sm font-medium text-white hover:bg-brand-strong">
              {t(m.kind === "QUIZ" ? "takeQuiz" : "giveFeedback")}<span className="sr-only"> – {m.title}</span>
            </Link>
          ) : null}
          {m.scorm.length ? (
            <ul className="w-full ps-8 text-sm text-slate-600" data-testid="sco-results">
              {m.scorm.map((r, i) => {
                const known = r.successStatus === "passed" || r.successStatus === "failed" ? r.successStatus : r.completionStatus === "completed" || r.completionStatus === "incomplete" ? r.completionStatus : "started";
                const values = { title: r.title, status: t(`scoStatus.${known}`), minutes: Math.round(r.totalSeconds / 60) };
                return <li key={i}>{r.scorePercent === null ? t("scoResult", values) : t("scoResultScored", { ...values, score: r.scorePercent })}</li>;
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
          <h2 id={`section-${section.id}`} className="text-lg font-semibold">{section.title}</h2>
          {moduleList(section.modules)}
        </section>
      ))}
    </div>
  );
  return (
    <article className="space-y-6">
      <header className="space-y-2">
        <p className="text-sm font-medium uppercase tracking-wide text-slate-600">{types(course.type)}</p>
        <h1 className="text-3xl font-bold">{course.title}</h1>
        <p className="text-lg text-slate-700">{course.summary}</p>
        <p className="flex flex-wrap gap-x-4 text-sm text-slate-700">
          <span>{t("duration", { duration: formatDuration(course.durationMinutes, locale) })}</span>
          <span>{t("languages", { languages: course.languages.map((l) => (isLocale(l) ? LOCALE_NAMES[l] : l)).join(", ") })}</span>
          {course.hasCertificate ? <span>{t("certificate")}</span> : null}
        </p>
      </header>

      {course.enrolment ? (
        <p role="status" className="rounded bg-green-50 p-3 text-green-900">{t("enrolled", { progress: course.enrolment.progressPercent })}</p>
      ) : joinedBySessions ? null : (
        <div className="rounded-lg border border-amber-300 bg-amber-50 p-4">
          <p className="font-medium">{t("notEnrolled")}</p>
          {!context.viewer ? (
            <Link href={`/sign-in?returnTo=${encodeURIComponent(`/courses/${course.id}`)}`} className="mt-2 inline-block font-medium text-brand underline">{t("signInToEnrol")}</Link>
          ) : course.selfEnrolment ? (
            <form action={`/api/courses/${course.id}/enrol`} method="post" className="mt-2">
              <button type="submit" className="rounded bg-brand px-4 py-2 font-medium text-white hover:bg-brand-strong">{t("enrolNow")}</button>
            </form>
          ) : (
            <div className="mt-2 space-y-2">
              <p className="text-slate-700">{t("closed")}</p>
              {request?.status === "PENDING" ? <p role="status" className="font-medium">{t("requestPending")}</p> : null}
              {request?.status === "DENIED" ? <p role="status" className="font-medium">{request.reason ? t("requestDeniedWithReason", { reason: request.reason }) : t("requestDenied")}</p> : null}
              {mayRequest && request?.status !== "PENDING" ? (
                <form action={`/api/courses/${course.id}/request-enrolment`} method="post">
                  <button type="submit" className="rounded border border-brand px-4 py-2 font-medium text-brand">{t("requestEnrolment")}</button>
                </form>
              ) : null}
            </div>
          )}
        </div>
      )}

      {course.type === "WORKSHOP" ? <WorkshopSessions courseId={course.id} context={context} locale={locale} /> : null}

      <nav aria-label={t("tabs")} className="border-b border-slate-300">
        <ul className="flex flex-wrap gap-1">
          {TABS.map((name) => (
            <li key={name}>
              <Link href={`?tab=${name}`} aria-current={active === name ? "page" : undefined} className="inline-block rounded-t px-4 py-2 aria-[current=page]:border aria-[current=page]:border-b-white aria-[current=page]:border-slate-300 aria-[current=page]:bg-white aria-[current=page]:font-semibold">
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
                <h2 className="text-xl font-semibold">{t("objectives")}</h2>
                <ul className="list-disc space-y-1 ps-6">{course.objectives.map((o) => <li key={o}>{o}</li>)}</ul>
              </>
            ) : null}
          </div>
        ) : null}
        {active === "course" ? (course.enrolment ? (learning.length ? sectionList(learning) : <p>{t("noModules")}</p>) : <p>{t("enrolFirst")}</p>) : null}
        {active === "evaluation" ? (course.enrolment ? (evaluation.length ? moduleList(evaluation) : <p>{t("noEvaluation")}</p>) : <p>{t("enrolFirst")}</p>) : null}
        {active === "certificate" ? <CertificateTab ctx={context.ctx} learnerId={context.viewer?.id ?? null} courseId={course.id} hasCertificate={course.hasCertificate} /> : null}
      </section>
    </article>
  );
}
