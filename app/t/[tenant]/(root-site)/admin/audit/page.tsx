import { getTranslations } from "next-intl/server";
import { AuditLogTable } from "@/components/audit/audit-log-table";
import { listAuditEvents } from "@/lib/console/list-audit-events";
import { loadPage } from "@/lib/http/load-page";
import { PageTitle } from "@/components/ui/page-title";

// Every administrative action, newest first: who, when, what, and the values before and after.
export default async function AuditLogPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const { viewer } = await loadPage({ signIn: "/admin/audit", can: "console.administer" });
  const params = await searchParams;
  const [t, result] = await Promise.all([
    getTranslations("Console"),
    listAuditEvents(viewer, { page: Number.parseInt(String(params.page ?? "1"), 10) || 1 }),
  ]);
  return (
    <div className="space-y-6">
      <PageTitle>{t("audit")}</PageTitle>
      <AuditLogTable result={result} caption={t("audit")} showAdministration />
    </div>
  );
}
