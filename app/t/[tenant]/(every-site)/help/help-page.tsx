import { getLocale, getTranslations } from "next-intl/server";
import { RichText } from "@/components/rich-text";
import { PageTitle } from "@/components/ui/page-title";
import { Panel } from "@/components/ui/panel";
import { TextLink } from "@/components/ui/text-link";
import { loadPage } from "@/lib/http/load-page";
import type { HelpPageKind } from "@/lib/help/schemas";
import { viewHelpPage } from "@/lib/help/view-help-page";

/** The FAQ or the help page of the site: what its authors wrote, or, until they do, where to turn. */
export async function HelpPage({ kind }: { kind: HelpPageKind }) {
  const [{ site }, locale, t] = await Promise.all([loadPage(), getLocale(), getTranslations("Help")]);
  const page = await viewHelpPage(site, kind, locale);
  const title = kind === "FAQ" ? t("faqTitle") : t("helpTitle");
  return (
    <article className="mx-auto max-w-3xl space-y-4">
      <PageTitle>{title}</PageTitle>
      {page ? (
        <div lang={page.locale} dir="auto" data-testid="help-body">
          <RichText source={page.body} />
        </div>
      ) : (
        <Panel as="p" roomy className="text-slate-700" data-testid="help-body">
          {kind === "FAQ" ? t("faqEmpty") : t("helpEmpty")}
        </Panel>
      )}
      {site.kind !== "academy" ? (
        <p>
          <TextLink href="/coordinators">{t("coordinatorsLink")}</TextLink>
        </p>
      ) : null}
    </article>
  );
}
