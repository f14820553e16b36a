import { getTranslations } from "next-intl/server";
import type { CourseDetails } from "@/lib/catalogue/list-course-details";
import type { CourseCard } from "@/lib/catalogue/list-visible-courses";
import { Button } from "@/components/ui/button";
import { ButtonLink } from "@/components/ui/button-link";

/**
 * A course's details as the catalogue's panel shows them (the User Guide's "details section"): whether the viewer
 * is enrolled, the description, type, languages, duration and modules, and the way in: "Go to course" (the
 * course page, where the viewer may also be told how to join), "Enrol now" where the viewer may enrol at once.
 */
export async function CourseDetailsPanel({
  course,
  details,
  signedIn,
  type,
  duration,
  languages,
}: {
  course: CourseCard;
  details: CourseDetails;
  signedIn: boolean;
  type: string;
  duration: string;
  languages: string;
}) {
  const [t, kinds] = await Promise.all([getTranslations("Catalogue"), getTranslations("Course.kind")]);
  return (
    <div className="space-y-4">
      <p
        className={`rounded p-2 text-sm font-medium ${details.enrolled ? "bg-green-50 text-green-900" : "bg-amber-50 text-amber-950"}`}
      >
        {details.enrolled ? t("detailsEnrolled") : t("detailsNotEnrolled")}
      </p>
      <p className="whitespace-pre-line text-slate-800">{details.description || course.summary}</p>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="font-medium text-slate-600">{t("type")}</dt>
        <dd>{type}</dd>
        <dt className="font-medium text-slate-600">{t("languages")}</dt>
        <dd>{languages}</dd>
        <dt className="font-medium text-slate-600">{t("duration")}</dt>
        <dd>{duration}</dd>
      </dl>
      <section>
        <h3 className="text-sm font-medium text-slate-600">{t("modules", { count: details.modules.length })}</h3>
        {details.modules.length ? (
          <ol className="mt-1 list-decimal space-y-0.5 ps-5 text-sm">
            {details.modules.map((m) => (
              <li key={m.id}>
                {m.title} <span className="text-slate-600">({kinds(m.kind)})</span>
              </li>
            ))}
          </ol>
        ) : null}
      </section>
      <div className="flex flex-wrap gap-2">
        <ButtonLink href={details.enrolled ? `/courses/${course.id}?tab=course` : `/courses/${course.id}`}>
          {details.enrolled ? t("openCourse") : t("goToCourse")}
        </ButtonLink>
        {signedIn && !details.enrolled && details.selfEnrolment && course.type !== "WORKSHOP" ? (
          <form action={`/api/courses/${course.id}/enrol`} method="post">
            <Button variant="secondary">{t("enrolNow")}</Button>
          </form>
        ) : null}
      </div>
    </div>
  );
}
