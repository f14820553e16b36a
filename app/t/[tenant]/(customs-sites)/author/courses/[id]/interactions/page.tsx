import { getLocale, getTranslations } from "next-intl/server";
import { InteractionReportView } from "@/components/reports/interaction-report-view";
import { authorOn } from "@/lib/authoring/author";
import { viewInteractionReport } from "@/lib/authoring/view-interaction-report";
import { loadPage, orNotFound } from "@/lib/http/load-page";
import { pageParam, param, type SearchParams } from "@/lib/http/search-params";
import type { Locale } from "@/lib/i18n/locales";
import { parseInteractionParams } from "@/lib/records/interaction-report";
import { reportQuery } from "../../../../team/reports/report-params";
import { PageTitle } from "@/components/ui/page-title";
import { TextLink } from "@/components/ui/text-link";

// A course's SCORM interaction report for its authors: per question of one of its SCORM modules, how learners answered.
export default async function CourseInteractionsPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: SearchParams;
}) {
  const { id } = await params;
  const { site, viewer } = await loadPage({
    signIn: `/author/courses/${id}/interactions`,
    can: "authoring.viewInteractions",
  });
  const author = authorOn(site, viewer);
  const { params: values, query } = await reportQuery(searchParams, ["module", "from", "to", "learner"]);
  const locale = (await getLocale()) as Locale;
  const [t, report] = await Promise.all([
    getTranslations("Interactions"),
    orNotFound(
      viewInteractionReport(author, id, locale, parseInteractionParams(values), { page: pageParam(values.page) }),
    ),
  ]);
  return (
    <div className="space-y-6">
      <p>
        <TextLink href={`/author/courses/${id}#outline`}>{t("backToCourse")}</TextLink>
      </p>
      <PageTitle>{t("courseTitle", { course: report.courseTitle })}</PageTitle>
      <InteractionReportView
        report={report}
        values={{
          module: param(values.module),
          from: param(values.from),
          to: param(values.to),
          learner: param(values.learner),
        }}
        query={query}
        exportHref={`/api/author/courses/${id}/interactions/export`}
      />
    </div>
  );
}
