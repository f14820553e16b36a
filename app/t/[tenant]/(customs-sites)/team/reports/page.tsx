import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { TeamNav } from "../team-nav";
import { loadPage } from "@/lib/http/load-page";

const REPORTS = [
  { href: "/team/reports/users", key: "usersReport" },
  { href: "/team/reports/courses", key: "courseReport" },
] as const;

// The Report Manager: the coordinator's reports, each with what it shows.
export default async function ReportManagerPage() {
  await loadPage({ signIn: "/team/reports", can: "team.manage" });
  const t = await getTranslations("Team");
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("reportManager")}</h1>
      <TeamNav current="reports" />
      <ul className="grid gap-4 sm:grid-cols-2">
        {REPORTS.map((report) => (
          <li key={report.key} className="rounded-lg border border-slate-200 bg-white p-6" data-testid="report">
            <h2 className="text-xl font-semibold"><Link href={report.href} className="text-brand underline">{t(`${report.key}.title`)}</Link></h2>
            <p className="mt-2 text-slate-700">{t(`${report.key}.description`)}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
