import { getLocale, getTranslations } from "next-intl/server";
import { InteractionReportView } from "@/components/reports/interaction-report-view";
import { loadPage, orNotFound } from "@/lib/http/load-page";
import { pageParam, param, type SearchParams } from "@/lib/http/search-params";
import { parseInteractionParams } from "@/lib/records/interaction-report";
import { teamInteractionReport } from "@/lib/team/reports/interaction-report";
import { managerOn } from "@/lib/team/manager-on";
import { CountryFilter } from "../../country-filter";
import { TeamNav } from "../../team-nav";
import { reportQuery } from "../report-params";
import { PageTitle } from "@/components/ui/page-title";
import { TextLink } from "@/components/ui/text-link";

// The team's SCORM interaction report: per question of a SCORM module, how the users the viewer manages answered.
export default async function InteractionReportPage({ searchParams }: { searchParams: SearchParams }) {
  const { site, viewer } = await loadPage({ signIn: "/team/reports/interactions", can: "team.viewInteractions" });
  const manager = managerOn(site, viewer, await getLocale());
  const { params, query } = await reportQuery(searchParams, ["module", "from", "to", "learner", "country"]);
  const [t, team, report] = await Promise.all([
    getTranslations("Interactions"),
    getTranslations("Team"),
    orNotFound(teamInteractionReport(manager, parseInteractionParams(params), { page: pageParam(params.page) })),
  ]);
  return (
    <div className="space-y-6">
      <PageTitle>{t("title")}</PageTitle>
      <TeamNav current="reports" />
      <p>
        <TextLink href="/team/reports">{team("backToReports")}</TextLink>
      </p>
      <InteractionReportView
        report={report}
        values={{
          module: param(params.module),
          from: param(params.from),
          to: param(params.to),
          learner: param(params.learner),
        }}
        query={query}
        exportHref="/api/team/reports/interactions/export"
        extraFilters={
          report.platform ? <CountryFilter value={param(params.country).toUpperCase()} className="mt-1 w-full" /> : null
        }
      />
    </div>
  );
}
