import Link from "next/link";
import { getTranslations } from "next-intl/server";

const LINKS = [
  { href: "/team", key: "users" },
  { href: "/team/applications", key: "applications" },
  { href: "/team/enrol", key: "enrol" },
  { href: "/team/reports", key: "reports" },
  { href: "/team/audit", key: "audit" },
  { href: "/information-point", key: "informationPoint" },
] as const;

/** The coordinator console's sections, the current one marked. */
export async function TeamNav({ current }: { current: (typeof LINKS)[number]["key"] }) {
  const t = await getTranslations("Team");
  return (
    <nav aria-label={t("sections")}>
      <ul className="flex flex-wrap gap-2">
        {LINKS.map((link) => (
          <li key={link.key}>
            <Link
              href={link.href}
              aria-current={link.key === current ? "page" : undefined}
              className="inline-block rounded border border-slate-300 px-3 py-1.5 aria-[current=page]:bg-brand aria-[current=page]:text-white"
            >
              {t(`section.${link.key}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
