import { getTranslations } from "next-intl/server";
import { viewPreferences } from "@/lib/accounts/view-preferences";
import { loadPage, orNotFound } from "@/lib/http/load-page";
import { kindsOfferedOn } from "@/lib/notifications/email-kinds";
import { PageTitle } from "@/components/ui/page-title";
import { Panel } from "@/components/ui/panel";
import { PreferencesForm } from "./preferences-form";

// "User account" in the User Guide: the preferred language and the notification preferences, on one page, on
// every site (the Academy offers the kinds its learners receive).
export default async function PreferencesPage() {
  const { site, viewer, ctx } = await loadPage({ signIn: "/preferences" });
  const [t, preferences] = await Promise.all([
    getTranslations("Preferences"),
    orNotFound(viewPreferences({ ...ctx, tenantId: viewer.homeTenantId }, viewer.id, kindsOfferedOn(site))),
  ]);
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <PageTitle>{t("title")}</PageTitle>
      <Panel roomy>
        <PreferencesForm
          locale={preferences.locale ?? "en"}
          emails={preferences.emails}
          alerts={preferences.alerts}
          discussionDigest={preferences.discussionDigest}
          academy={site.kind === "academy"}
        />
      </Panel>
    </div>
  );
}
