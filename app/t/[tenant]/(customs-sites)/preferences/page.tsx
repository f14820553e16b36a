import { getTranslations } from "next-intl/server";
import { viewPreferences } from "@/lib/accounts/view-preferences";
import { loadPage, orNotFound } from "@/lib/http/load-page";
import { PageTitle } from "@/components/ui/page-title";
import { Panel } from "@/components/ui/panel";
import { PreferencesForm } from "./preferences-form";

// "User account" in the User Guide: the preferred language and the notification preferences, on one page.
export default async function PreferencesPage() {
  const { viewer, ctx } = await loadPage({ signIn: "/preferences" });
  const [t, preferences] = await Promise.all([
    getTranslations("Preferences"),
    orNotFound(viewPreferences({ ...ctx, tenantId: viewer.homeTenantId }, viewer.id)),
  ]);
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <PageTitle>{t("title")}</PageTitle>
      <Panel roomy>
        <PreferencesForm locale={preferences.locale ?? "en"} emails={preferences.emails} />
      </Panel>
    </div>
  );
}
