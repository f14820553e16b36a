import { getTranslations } from "next-intl/server";
import { ExportMenu } from "@/components/reports/export-menu";
import { TeamNav } from "../team-nav";
import { PageTitle } from "@/components/ui/page-title";
import { TextLink } from "@/components/ui/text-link";

/** A report's title with its export menu, the team sections and the way back to the Report Manager. */
export async function ReportHeader({
  title,
  exportHref,
  query,
}: {
  title: string;
  exportHref: string;
  query: URLSearchParams;
}) {
  const t = await getTranslations("Team");
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-4">
        <PageTitle>{title}</PageTitle>
        <ExportMenu href={exportHref} params={query} />
      </div>
      <TeamNav current="reports" />
      <p>
        <TextLink href="/team/reports">{t("backToReports")}</TextLink>
      </p>
    </>
  );
}
