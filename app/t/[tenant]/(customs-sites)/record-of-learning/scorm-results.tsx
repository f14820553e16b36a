import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/tables/data-table";
import { formatDuration } from "@/lib/i18n/format-duration";
import { scoStatusKey, type CourseScormResults } from "@/lib/learning/my-scorm-results";
import { SectionTitle } from "@/components/ui/section-title";

/** The learner's SCORM results: per course and module, each SCO's status, score and time spent. */
export async function ScormResults({ courses }: { courses: CourseScormResults[] }) {
  if (courses.length === 0) return null;
  const [t, format, locale] = await Promise.all([getTranslations("RecordOfLearning"), getFormatter(), getLocale()]);
  return (
    <section aria-labelledby="scorm-results" className="space-y-3 pt-4">
      <SectionTitle id="scorm-results" className="text-2xl">
        {t("scormTitle")}
      </SectionTitle>
      {courses.map((course) => (
        <div key={course.courseId} className="space-y-1">
          <h3 className="font-semibold" dir="auto">
            {course.title}
          </h3>
          <DataTable
            caption={t("scormCaption", { course: course.title })}
            columns={[
              { label: t("scormModule") },
              { label: t("scormSco") },
              { label: t("status") },
              { label: t("scormScore"), align: "end" },
              { label: t("scormTime"), align: "end" },
            ]}
          >
            {course.modules.flatMap((m) =>
              m.scos.map((sco, index) => (
                <tr key={`${m.moduleId}-${index}`} className="border-b border-slate-100" data-testid="sco-result-row">
                  <td className="p-2" dir="auto">
                    {index === 0 ? m.title : ""}
                  </td>
                  <td className="p-2" dir="auto">
                    {sco.title}
                  </td>
                  <td className="p-2">{t(`scoStatus.${scoStatusKey(sco)}`)}</td>
                  <td className="p-2 text-end">
                    {sco.scorePercent === null ? "—" : t("scoreValue", { score: format.number(sco.scorePercent) })}
                  </td>
                  <td className="p-2 text-end">{formatDuration(Math.round(sco.totalSeconds / 60), locale)}</td>
                </tr>
              )),
            )}
          </DataTable>
        </div>
      ))}
    </section>
  );
}
