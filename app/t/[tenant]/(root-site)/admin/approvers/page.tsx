import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/tables/data-table";
import { listApprovers } from "@/lib/accounts/list-approvers";
import { ApproverForm } from "./approver-form";
import { loadPage } from "@/lib/http/load-page";
import { PageTitle } from "@/components/ui/page-title";

// The WCO console's list of approving National Coordinators; WCO admins only, on the root site.
export default async function ApproversPage() {
  const { viewer } = await loadPage({ signIn: "/admin/approvers", can: "console.administer" });
  const [t, administrations] = await Promise.all([getTranslations("Approvers"), listApprovers(viewer)]);
  return (
    <div className="space-y-6">
      <PageTitle>{t("title")}</PageTitle>
      <p className="text-slate-700">{t("intro")}</p>
      <ApproverForm
        administrations={administrations.map((a) => ({ countryCode: a.countryCode ?? "", name: a.name }))}
      />
      <DataTable caption={t("title")} columns={[{ label: t("administration") }, { label: t("approver") }]}>
        {administrations.map((a) => (
          <tr key={a.countryCode} className="border-b border-slate-100">
            <td className="p-2">{a.name}</td>
            <td className="p-2">
              {a.approver
                ? `${a.approver.firstName} ${a.approver.lastName} (${a.approver.username})`
                : t("secretariat")}
            </td>
          </tr>
        ))}
      </DataTable>
    </div>
  );
}
