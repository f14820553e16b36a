import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/tables/data-table";
import { PageTitle } from "@/components/ui/page-title";
import { Panel } from "@/components/ui/panel";
import { TextLink } from "@/components/ui/text-link";
import { authorOn } from "@/lib/authoring/author";
import { listHelpPages } from "@/lib/help/list-help-pages";
import { HELP_PAGE_KINDS, HELP_PAGE_PATH, type HelpPageKind } from "@/lib/help/schemas";
import { loadPage } from "@/lib/http/load-page";
import { LOCALES, LOCALE_NAMES, isLocale } from "@/lib/i18n/locales";
import { saveHelpPageAction } from "./actions";
import { HelpPageForm } from "./help-page-form";

const PAGE = "/author/help-pages";

// The site's FAQ and help pages in every language, written by its authors: WCO staff for the root site (which
// every site without its own page shows), an administration's admins for its space.
export default async function HelpPagesAuthoringPage({
  searchParams,
}: {
  searchParams: Promise<{ kind?: string; locale?: string }>;
}) {
  const { site, viewer } = await loadPage({ signIn: PAGE, can: "authoring.author" });
  const [t, pages, params] = await Promise.all([
    getTranslations("Help"),
    listHelpPages(authorOn(site, viewer)),
    searchParams,
  ]);
  const kind: HelpPageKind = HELP_PAGE_KINDS.find((k) => k === params.kind) ?? "FAQ";
  const locale = isLocale(params.locale) ? params.locale : "en";
  const text = (k: HelpPageKind, l: string) => pages.find((p) => p.kind === k && p.locale === l)?.body;
  const title = (k: HelpPageKind) => (k === "FAQ" ? t("faqTitle") : t("helpTitle"));
  return (
    <div className="space-y-6">
      <p>
        <TextLink href="/author/courses">{t("backToCourses")}</TextLink>
      </p>
      <PageTitle>{t("authoringTitle")}</PageTitle>
      <p className="text-slate-700">{site.kind === "root" ? t("authoringIntroRoot") : t("authoringIntroSpace")}</p>
      <DataTable
        caption={t("authoringTitle")}
        columns={[{ label: t("language") }, ...HELP_PAGE_KINDS.map((k) => ({ label: title(k) }))]}
      >
        {LOCALES.map((l) => (
          <tr key={l} className="border-b border-slate-100">
            <td className="p-2" lang={l}>
              {LOCALE_NAMES[l]}
            </td>
            {HELP_PAGE_KINDS.map((k) => (
              <td key={k} className="p-2">
                <TextLink
                  href={`${PAGE}?kind=${k}&locale=${l}`}
                  aria-current={k === kind && l === locale ? "true" : undefined}
                >
                  {text(k, l) ? t("edit") : t("write")}
                  <span className="sr-only">
                    {" "}
                    – {title(k)}, {LOCALE_NAMES[l]}
                  </span>
                </TextLink>
              </td>
            ))}
          </tr>
        ))}
      </DataTable>
      <Panel roomy aria-labelledby="help-form-title" className="space-y-3">
        <h2 id="help-form-title" className="text-xl font-semibold">
          {title(kind)} – <span lang={locale}>{LOCALE_NAMES[locale]}</span>
        </h2>
        <p className="text-sm">
          <TextLink href={HELP_PAGE_PATH[kind]}>{t("viewPage")}</TextLink>
        </p>
        <HelpPageForm
          key={`${kind}-${locale}`}
          save={saveHelpPageAction}
          kind={kind}
          locale={locale}
          label={t("body")}
          body={text(kind, locale) ?? ""}
        />
      </Panel>
    </div>
  );
}
