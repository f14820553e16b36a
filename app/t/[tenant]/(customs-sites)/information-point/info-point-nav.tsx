import { getTranslations } from "next-intl/server";
import { PageTitle } from "@/components/ui/page-title";
import { SectionNav } from "@/components/ui/section-nav";

const LINKS = [
  { href: "/information-point", key: "announcements" },
  { href: "/information-point/discussion", key: "discussion" },
  { href: "/information-point/documents", key: "documents" },
] as const;

/** The information point's title, what it is for, and its three sections, the current one marked. */
export async function InfoPointHeader({ current }: { current: (typeof LINKS)[number]["key"] }) {
  const t = await getTranslations("InfoPoint");
  const links = LINKS.map((link) => ({ ...link, label: t(`section.${link.key}`) }));
  return (
    <header className="space-y-3">
      <PageTitle>{t("title")}</PageTitle>
      <p className="text-slate-700">{t("intro")}</p>
      <SectionNav label={t("sections")} links={links} current={current} />
    </header>
  );
}
