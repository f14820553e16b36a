import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageTitle } from "@/components/ui/page-title";

const LINKS = [
  { href: "/information-point", key: "announcements" },
  { href: "/information-point/discussion", key: "discussion" },
  { href: "/information-point/documents", key: "documents" },
] as const;

/** The information point's title, what it is for, and its three sections, the current one marked. */
export async function InfoPointHeader({ current }: { current: (typeof LINKS)[number]["key"] }) {
  const t = await getTranslations("InfoPoint");
  return (
    <header className="space-y-3">
      <PageTitle>{t("title")}</PageTitle>
      <p className="text-slate-700">{t("intro")}</p>
      <nav aria-label={t("sections")}>
        <ul className="flex flex-wrap gap-2">
          {LINKS.map((link) => (
            <li key={link.key}>
              <Link
                href={link.href}
                aria-current={link.key === current ? "page" : undefined}
                className="inline-flex min-h-11 items-center rounded border border-slate-300 px-3 aria-[current=page]:bg-brand aria-[current=page]:text-white"
              >
                {t(`section.${link.key}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
