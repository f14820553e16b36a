import { isolatedBrandName } from "@/components/app-shell/brand-name";
import { getLocale, getTranslations } from "next-intl/server";
import { CourseCardList } from "@/components/catalogue/course-card-list";
import { RichText } from "@/components/rich-text";
import { visibilityScope } from "@/lib/auth/visibility-scope";
import { listVisibleCourses } from "@/lib/catalogue/list-visible-courses";
import type { Locale } from "@/lib/i18n/locales";
import { latestNews } from "@/lib/news/latest-news";
import { loadPage } from "@/lib/http/load-page";
import { PageTitle } from "@/components/ui/page-title";
import { SectionTitle } from "@/components/ui/section-title";
import { Panel } from "@/components/ui/panel";
import { TextLink } from "@/components/ui/text-link";

export default async function HomePage() {
  const context = await loadPage();
  const [t, shell, locale] = await Promise.all([getTranslations("Home"), getTranslations("Shell"), getLocale()]);
  const [featured, news] = await Promise.all([
    listVisibleCourses(visibilityScope(context), locale as Locale, { featuredOnly: true, take: 6 }),
    latestNews(context.site, locale),
  ]);
  const { site } = context;
  const siteName =
    site.kind === "tenant" ? (site.tenant.displayName ?? site.tenant.name) : isolatedBrandName(shell("platformName"));
  return (
    <div className="space-y-8">
      <section>
        <PageTitle>{t("welcome", { site: siteName })}</PageTitle>
        <p className="mt-2 max-w-3xl text-slate-700">
          {site.kind === "tenant" ? t("tenantIntro", { administration: site.tenant.name }) : t("intro")}
        </p>
      </section>
      <section aria-labelledby="featured-heading">
        <h2 id="featured-heading" className="mb-4 text-xl font-semibold">
          {t("featured")}
        </h2>
        {featured.length ? (
          <CourseCardList courses={featured} eager={0} />
        ) : (
          <p className="text-slate-700">{t("noFeatured")}</p>
        )}
        <TextLink href="/find-learning" className="mt-4 inline-block font-medium">
          {t("browseCatalogue")}
        </TextLink>
      </section>
      {news.length ? (
        <section aria-labelledby="news-heading" className="space-y-4">
          <SectionTitle id="news-heading">{t("news")}</SectionTitle>
          <ul className="grid gap-4 md:grid-cols-3">
            {news.map((item) => (
              <Panel as="li" className="space-y-2" key={item.id} lang={item.locale} data-testid="home-news">
                <h3 className="font-semibold" dir="auto">
                  {item.title}
                </h3>
                <RichText source={item.body} />
              </Panel>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
