import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { CourseCardList } from "@/components/catalogue/course-card-list";
import { RichText } from "@/components/rich-text";
import { requestContext } from "@/lib/auth/request-context";
import { visibilityScope } from "@/lib/auth/visibility-scope";
import { listVisibleCourses } from "@/lib/catalogue/list-visible-courses";
import type { Locale } from "@/lib/i18n/locales";
import { latestNews } from "@/lib/news/site-news";

export default async function HomePage() {
  const context = await requestContext();
  const [t, shell, locale] = await Promise.all([getTranslations("Home"), getTranslations("Shell"), getLocale()]);
  const [featured, news] = await Promise.all([listVisibleCourses(visibilityScope(context), locale as Locale, { featuredOnly: true, take: 6 }), latestNews(context.site, locale)]);
  const { site } = context;
  const siteName = site.kind === "tenant" ? (site.tenant.displayName ?? site.tenant.name) : shell("platformName");
  return (
    <div className="space-y-8">
      <section>
        <h1 className="text-3xl font-bold">{t("welcome", { site: siteName })}</h1>
        <p className="mt-2 max-w-3xl text-slate-700">{site.kind === "tenant" ? t("tenantIntro", { administration: site.tenant.name }) : t("intro")}</p>
      </section>
      <section aria-labelledby="featured-heading">
        <h2 id="featured-heading" className="mb-4 text-xl font-semibold">{t("featured")}</h2>
        {featured.length ? <CourseCardList courses={featured} /> : <p className="text-slate-700">{t("noFeatured")}</p>}
        <Link href="/find-learning" className="mt-4 inline-block font-medium text-brand underline">
          {t("browseCatalogue")}
        </Link>
      </section>
      {news.length ? (
        <section aria-labelledby="news-heading" className="space-y-4">
          <h2 id="news-heading" className="text-xl font-semibold">{t("news")}</h2>
          <ul className="grid gap-4 md:grid-cols-3">
            {news.map((item) => (
              <li key={item.id} lang={item.locale} className="space-y-2 rounded-lg border border-slate-200 bg-white p-4" data-testid="home-news">
                <h3 className="font-semibold" dir="auto">{item.title}</h3>
                <RichText source={item.body} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
