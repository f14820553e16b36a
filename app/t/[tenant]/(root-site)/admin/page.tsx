import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { loadPage } from "@/lib/http/load-page";
import { PageTitle } from "@/components/ui/page-title";

// The WCO console's home: WCO admins on the root site only.
export default async function ConsolePage() {
  await loadPage({ signIn: "/admin", can: "console.administer" });
  const t = await getTranslations("Console");
  const sections = [
    { href: "/admin/administrations", label: t("administrations") },
    { href: "/admin/users", label: t("users") },
    { href: "/admin/approvers", label: t("approvers") },
    { href: "/admin/workshops", label: t("workshops") },
    { href: "/admin/settings", label: t("settings") },
    { href: "/admin/store", label: t("store") },
    { href: "/team/reported-messages", label: t("reportedMessages") },
    { href: "/admin/audit", label: t("audit") },
    { href: "/information-point", label: t("informationPoint") },
  ];
  return (
    <div className="space-y-6">
      <PageTitle>{t("title")}</PageTitle>
      <p className="text-slate-700">{t("intro")}</p>
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {sections.map((section) => (
          <li key={section.href}>
            <Link
              href={section.href}
              className="block rounded-lg border border-slate-200 bg-white p-4 font-medium text-brand hover:border-brand"
            >
              {section.label}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
