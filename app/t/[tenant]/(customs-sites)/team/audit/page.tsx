import { getLocale, getTranslations } from "next-intl/server";
import { AuditLogTable } from "@/components/audit/audit-log-table";
import { listTeamAudit } from "@/lib/team/list-team-audit";
import { TeamNav } from "../team-nav";
import { loadPage } from "@/lib/http/load-page";
import { pageParam, type SearchParams } from "@/lib/http/search-params";
import { managerOn } from "@/lib/team/manager-on";
import { PageTitle } from "@/components/ui/page-title";

// The administration's audit log, newest first: who changed what, with the values before and after.
export default async function TeamAuditPage({ searchParams }: { searchParams: SearchParams }) {
  const { site, viewer } = await loadPage({ signIn: "/team/audit", can: "team.manage" });
  const manager = managerOn(site, viewer, await getLocale());
  const params = await searchParams;
  const [t, result] = await Promise.all([getTranslations("Team"), listTeamAudit(manager, pageParam(params.page))]);
  return (
    <div className="space-y-6">
      <PageTitle>{t("auditTitle")}</PageTitle>
      <TeamNav current="audit" />
      <AuditLogTable result={result} caption={t("auditTitle")} showAdministration={result.platform} />
    </div>
  );
}
