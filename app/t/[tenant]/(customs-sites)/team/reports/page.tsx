import { getTranslations } from "next-intl/server";
import { REPORT_MANAGER_REPORTS } from "@/lib/team/reports/report-manager";
import { TeamNav } from "../team-nav";
import { loadPage } from "@/lib/http/load-page";
import { PageTitle } from "@/components/ui/page-title";
import { SectionTitle } from "@/components/ui/section-title";
import { Panel } from "@/components/ui/panel";
import { TextLink } from "@/components/ui/text-link";

// The Report Manager: the coordinator's reports, each with what it shows.
export default async function ReportManagerPage() {
  await loadPage({ signIn: "/team/reports", can: "team.manage" });
  const t = await getTranslations("Team");
  return (
    <div className="space-y-6">
      <PageTitle>{t("reportManager")}</PageTitle>
      <TeamNav current="reports" />
      <ul className="grid gap-4 sm:grid-cols-2">
        {REPORT_MANAGER_REPORTS.map((report) => (
          <Panel as="li" roomy key={report.key} data-testid="report">
            <SectionTitle>
              <TextLink href={report.href}>{t(`${report.key}.title`)}</TextLink>
            </SectionTitle>
            <p className="mt-2 text-slate-700">{t(`${report.key}.description`)}</p>
          </Panel>
        ))}
      </ul>
    </div>
  );
}
