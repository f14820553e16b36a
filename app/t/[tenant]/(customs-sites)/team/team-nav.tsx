import { getTranslations } from "next-intl/server";
import { SectionNav } from "@/components/ui/section-nav";

const LINKS = [
  { href: "/team", key: "users" },
  { href: "/team/applications", key: "applications" },
  { href: "/team/enrol", key: "enrol" },
  { href: "/team/reports", key: "reports" },
  { href: "/team/reported-messages", key: "reportedMessages" },
  { href: "/team/audit", key: "audit" },
  { href: "/information-point", key: "informationPoint" },
] as const;

/** The coordinator console's sections, the current one marked; the information point is one of them (ADR 0048). */
export async function TeamNav({ current }: { current: (typeof LINKS)[number]["key"] }) {
  const t = await getTranslations("Team");
  const links = LINKS.map((link) => ({ ...link, label: t(`section.${link.key}`) }));
  return <SectionNav label={t("sections")} links={links} current={current} />;
}
