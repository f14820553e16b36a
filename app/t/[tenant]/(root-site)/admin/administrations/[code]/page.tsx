import { getTranslations } from "next-intl/server";
import { getAdministration } from "@/lib/console/get-administration";
import { rootDomain } from "@/lib/tenancy/host";
import { LogoForm } from "./logo-form";
import { SpaceForm } from "./space-form";
import { TenantAdminForms } from "./tenant-admin-forms";
import { saveSpaceAction, setTenantAdminAction, uploadLogoAction } from "./actions";
import { loadPage, orNotFound } from "@/lib/http/load-page";
import { PageTitle } from "@/components/ui/page-title";
import { SectionTitle } from "@/components/ui/section-title";
import { Panel } from "@/components/ui/panel";
import { TextLink } from "@/components/ui/text-link";

// One administration in the WCO console: its space, branding, approver and tenant admins.
export default async function AdministrationPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const { viewer } = await loadPage({ signIn: `/admin/administrations/${code}`, can: "console.administer" });
  const administration = await orNotFound(getAdministration(viewer, code));
  const t = await getTranslations("Console");
  const approver = administration.approver;
  return (
    <div className="space-y-6">
      <p>
        <TextLink href="/admin/administrations">{t("administrations")}</TextLink>
      </p>
      <PageTitle>
        {administration.name} <span className="text-lg font-normal text-slate-600">{administration.countryCode}</span>
      </PageTitle>
      <div className="grid gap-6 lg:grid-cols-2">
        <SpaceForm save={saveSpaceAction.bind(null, code)} rootDomain={rootDomain()} settings={administration} />
        <div className="space-y-6">
          <Panel className="space-y-3" aria-labelledby="branding-title">
            <SectionTitle id="branding-title">{t("logo")}</SectionTitle>
            {administration.hasLogo ? (
              // eslint-disable-next-line @next/next/no-img-element -- a small logo from the console's own route
              <img
                src={`/api/console/logo/${code}?v=${administration.logo?.updatedAt.getTime()}`}
                alt={t("currentLogo")}
                className="h-12 w-auto"
              />
            ) : null}
            <LogoForm save={uploadLogoAction.bind(null, code)} />
          </Panel>
          <Panel className="space-y-3" aria-labelledby="approver-title">
            <SectionTitle id="approver-title">{t("approver")}</SectionTitle>
            <p>{approver ? `${approver.firstName} ${approver.lastName} (${approver.username})` : t("secretariat")}</p>
            <TextLink href="/admin/approvers">{t("changeApprover")}</TextLink>
          </Panel>
          <Panel className="space-y-3" aria-labelledby="admins-title">
            <SectionTitle id="admins-title">{t("tenantAdmins")}</SectionTitle>
            <p className="text-sm text-slate-600">{t("tenantAdminsIntro")}</p>
            <TenantAdminForms save={setTenantAdminAction.bind(null, code)} admins={administration.tenantAdmins} />
          </Panel>
        </div>
      </div>
    </div>
  );
}
