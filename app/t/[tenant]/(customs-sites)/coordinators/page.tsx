import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/tables/data-table";
import { PageTitle } from "@/components/ui/page-title";
import { listCoordinators } from "@/lib/accounts/list-coordinators";
import { loadPage } from "@/lib/http/load-page";

// Public: who approves registrations in each administration (the User Guide's "the list is available here").
export default async function CoordinatorsPage() {
  const [{ site }, t] = await Promise.all([loadPage(), getTranslations("Coordinators")]);
  const rows = await listCoordinators(site);
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <PageTitle>{t("title")}</PageTitle>
      <p className="text-slate-700">{t("intro")}</p>
      <DataTable caption={t("title")} columns={[{ label: t("administration") }, { label: t("coordinator") }]}>
        {rows.map((row) => (
          <tr key={row.administration} className="border-b border-slate-100" data-testid="coordinator-row">
            <td className="p-2">{row.administration}</td>
            <td className="p-2" dir="auto">
              {row.coordinator ?? t("secretariat")}
            </td>
          </tr>
        ))}
      </DataTable>
    </div>
  );
}
