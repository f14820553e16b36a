import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireWcoAdmin } from "@/lib/auth/request-context";
import { getAdministration } from "@/lib/console/administrations";
import { NotFound } from "@/lib/errors";
import { rootDomain } from "@/lib/tenancy/host";
import { LogoForm } from "./logo-form";
import { SpaceForm } from "./space-form";
import { TenantAdminForms } from "./tenant-admin-forms";
import { saveSpaceAction, setTenantAdminAction, uploadLogoAction } from "./actions";

// One administration in the WCO console: its space, branding, approver and tenant admins.
export default async function AdministrationPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const { viewer } = await requireWcoAdmin(`/admin/administrations/${code}`);
  const administration = await getAdministration(viewer, code).catch((error) => {
    if (error instanceof NotFound) notFound();
    throw error;
  });
  const t = await getTranslations("Console");
  const approver = administration.approver;
  return (
    <div className="space-y-6">
      <p><Link href="/admin/administrations" className="text-brand underline">{t("administrations")}</Link></p>
      <h1 className="text-3xl font-bold">{administration.name} <span className="text-lg font-normal text-slate-600">{administration.countryCode}</span></h1>
      <div className="grid gap-6 lg:grid-cols-2">
        <SpaceForm save={saveSpaceAction.bind(null, code)} rootDomain={rootDomain()} settings={administration} />
        <div className="space-y-6">
          <section className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" aria-labelledby="branding-title">
            <h2 id="branding-title" className="text-xl font-semibold">{t("logo")}</h2>
            {administration.hasLogo ? (
              // eslint-disable-next-line @next/next/no-img-element -- a small logo from the console's own route
              <img src={`/api/console/logo/${code}?v=${administration.logo?.updatedAt.getTime()}`} alt={t("currentLogo")} className="h-12 w-auto" />
            ) : null}
            <LogoForm save={uploadLogoAction.bind(null, code)} />
          </section>
          <section className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" aria-labelledby="approver-title">
            <h2 id="approver-title" className="text-xl font-semibold">{t("approver")}</h2>
            <p>{approver ? `${approver.firstName} ${approver.lastName} (${approver.username})` : t("secretariat")}</p>
            <Link href="/admin/approvers" className="text-brand underline">{t("changeApprover")}</Link>
          </section>
          <section className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" aria-labelledby="admins-title">
            <h2 id="admins-title" className="text-xl font-semibold">{t("tenantAdmins")}</h2>
            <p className="text-sm text-slate-600">{t("tenantAdminsIntro")}</p>
            <TenantAdminForms save={setTenantAdminAction.bind(null, code)} admins={administration.tenantAdmins} />
          </section>
        </div>
      </div>
    </div>
  );
}
