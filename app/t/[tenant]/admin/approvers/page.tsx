import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { listApprovers } from "@/lib/accounts/list-approvers";
import { requireSignedIn } from "@/lib/auth/request-context";
import { ApproverForm } from "./approver-form";

// The WCO console's list of approving National Coordinators; WCO admins only, on the root site.
export default async function ApproversPage() {
  const { site, viewer } = await requireSignedIn("/admin/approvers");
  if (site.kind !== "root" || !viewer.roles.includes("WCO_ADMIN")) notFound();
  const [t, administrations] = await Promise.all([getTranslations("Approvers"), listApprovers(viewer)]);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      <ApproverForm administrations={administrations.map((a) => ({ countryCode: a.countryCode ?? "", name: a.name }))} />
      <table className="w-full border-collapse bg-white text-start">
        <caption className="sr-only">{t("title")}</caption>
        <thead>
          <tr className="border-b border-slate-300 text-start">
            <th scope="col" className="p-2 text-start">{t("administration")}</th>
            <th scope="col" className="p-2 text-start">{t("approver")}</th>
          </tr>
        </thead>
        <tbody>
          {administrations.map((a) => (
            <tr key={a.countryCode} className="border-b border-slate-100">
              <td className="p-2">{a.name}</td>
              <td className="p-2">{a.approver ? `${a.approver.firstName} ${a.approver.lastName} (${a.approver.username})` : t("secretariat")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
