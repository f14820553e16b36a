import { getTranslations } from "next-intl/server";
import { REPORT_MANAGER_REPORTS } from "@/lib/team/reports/report-manager";
import type { Viewer } from "@/lib/auth/load-viewer";
import { can } from "@/lib/permissions";
import type { Site } from "@/lib/tenancy/site";
import { Panel } from "@/components/ui/panel";
import { SectionTitle } from "@/components/ui/section-title";
import { TextLink } from "@/components/ui/text-link";

/** The Report Manager on a coordinator's dashboard, as the guide places it; nothing for other users. */
export async function ReportManagerPanel({ site, viewer }: { site: Site; viewer: Viewer }) {
  if (!can("team.manage", { site, viewer })) return null;
  const [t, team] = await Promise.all([getTranslations("Dashboard"), getTranslations("Team")]);
  return (
    <Panel roomy aria-labelledby="report-manager-heading" data-testid="report-manager">
      <SectionTitle id="report-manager-heading">{t("reportManager")}</SectionTitle>
      <p className="mt-2 text-slate-700">{t("reportManagerIntro")}</p>
      <ul className="mt-3 list-disc space-y-1 ps-6">
        {REPORT_MANAGER_REPORTS.map((report) => (
          <li key={report.key}>
            <TextLink href={report.href}>{team(`${report.key}.title`)}</TextLink>
          </li>
        ))}
      </ul>
      <TextLink href="/team/reports" className="mt-3 inline-block font-medium">
        {t("allReports")}
      </TextLink>
    </Panel>
  );
}
