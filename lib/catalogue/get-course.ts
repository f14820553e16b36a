// One course as the viewer may see it, with its modules and the viewer's enrolment; 404 when not visible.
import { forTenant, type TenantTx } from "@/lib/db";
import { NotFound } from "@/lib/errors";
import type { VisibilityScope } from "@/lib/auth/visibility-scope";
import { localized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/locales";
import { courseImage } from "./course-image";
import { visibilityWhere } from "./visibility-where";
import { UUID } from "@/lib/ids";
import { type GradedModules, gradedScos } from "@/lib/records/scorm-results";
import { completionRule } from "@/lib/modules/completion-rule";

export async function getCourse(scope: VisibilityScope, locale: Locale, courseId: string, viewerId: string | null) {
  if (!UUID.test(courseId)) throw new NotFound();
  return forTenant(scope.ctx, (tx) => readCourse(tx, scope, locale, courseId, viewerId));
}

/** getCourse() within a transaction of the caller (a page that reads more in the same one). */
export async function readCourse(
  tx: TenantTx,
  scope: VisibilityScope,
  locale: Locale,
  courseId: string,
  viewerId: string | null,
) {
  if (!UUID.test(courseId)) throw new NotFound();
  const course = await tx.course.findFirst({
    where: { id: courseId, ...visibilityWhere(scope) },
    include: {
      translations: { where: { locale: { in: [locale, "en"] } } },
      modules: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          kind: true,
          title: true,
          required: true,
          position: true,
          section: { select: { id: true, title: true } },
          scormPackages: { where: { replacedAt: null }, select: { id: true } },
          content: { select: { watchPercent: true, url: true, storageKey: true, body: true } },
          quizSettings: { select: { passPercent: true } },
        },
      },
    },
  });
  if (!course) throw new NotFound();
  const text =
    course.translations.find((t) => t.locale === locale) ?? course.translations.find((t) => t.locale === "en");
  const enrolment = viewerId ? await tx.enrolment.findFirst({ where: { userId: viewerId, courseId } }) : null;
  const completed = viewerId
    ? new Set(
        (
          await tx.moduleCompletion.findMany({
            where: { userId: viewerId, moduleId: { in: course.modules.map((m) => m.id) } },
            select: { moduleId: true },
          })
        ).map((c) => c.moduleId),
      )
    : new Set<string>();
  const scorm =
    viewerId && enrolment
      ? await gradedScos(
          tx,
          viewerId,
          course.modules.filter((m) => m.kind === "SCORM").map((m) => m.id),
          enrolment.cycleStartedAt,
        )
      : (new Map() as GradedModules);
  return {
    id: course.id,
    code: course.code,
    type: course.type,
    languages: course.languages,
    durationMinutes: course.durationMinutes,
    hasCertificate: course.hasCertificate,
    selfEnrolment: course.selfEnrolment,
    /** Its author opened it to guests, and it is for everyone (ADR 0042). */
    openToGuests: course.guestAccess && course.audience === "PUBLIC",
    title: text?.title ?? course.code,
    image: courseImage(course, locale, text?.title ?? course.code),
    summary: text?.summary ?? "",
    description: text?.description ?? "",
    objectives: text?.objectives ?? [],
    modules: course.modules.map((m) => ({
      id: m.id,
      kind: m.kind,
      required: m.required,
      title: localized(m.title as Record<string, string>, locale),
      completed: completed.has(m.id),
      section: { id: m.section.id, title: localized(m.section.title as Record<string, string>, locale) },
      playable: m.scormPackages.length > 0,
      /** The viewer's results per SCO of a SCORM module, by its grading method: status, score, time. */
      scorm: (scorm.get(m.id)?.scos ?? []).map((r) => ({
        title: r.title,
        completionStatus: r.completionStatus,
        successStatus: r.successStatus,
        scorePercent: r.scorePercent,
        totalSeconds: r.totalSeconds,
      })),
      /** The viewer's attempts (the most of any SCO) against the module's settings; null before any. */
      attempts: scorm.has(m.id)
        ? {
            number: Math.max(...scorm.get(m.id)!.scos.map((r) => r.attempts)),
            limit: scorm.get(m.id)!.settings.maxAttempts,
            grading: scorm.get(m.id)!.settings.grading,
          }
        : null,
      /** What completes it, as the learner is told. */
      rule: completionRule(m),
      /** A video, resource or page module with something in it to open. */
      hasContent: !!m.content && (!!m.content.storageKey || !!m.content.url || m.kind === "PAGE"),
    })),
    enrolment: enrolment
      ? { progressPercent: enrolment.progressPercent, status: enrolment.status, enrolledAt: enrolment.enrolledAt }
      : null,
  };
}
