import { getLocale, getTranslations } from "next-intl/server";
import { listAdministrations } from "@/lib/tenancy/list-administrations";
import { RegistrationForm } from "./registration-form";
import { loadPage } from "@/lib/http/load-page";
import { Panel } from "@/components/ui/panel";

export default async function RegisterPage() {
  const [{ site }, t, locale] = await Promise.all([loadPage(), getTranslations("Register"), getLocale()]);
  const onSpace = site.kind === "tenant";
  return (
    <Panel as="div" roomy className="mx-auto max-w-xl shadow-sm">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mb-4 mt-1 text-slate-700">{t("intro")}</p>
      <RegistrationForm
        administrations={onSpace ? null : await listAdministrations()}
        fixedAdministration={onSpace ? site.tenant.name : null}
        defaultLocale={onSpace ? site.tenant.defaultLocale : locale}
      />
    </Panel>
  );
}
