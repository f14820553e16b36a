// The news on a site's home page.
import { forTenant } from "@/lib/db";
import type { Site } from "@/lib/tenancy/site";
import { SELECT, type NewsView } from "./news-view";

/** The latest news of the site in the reader's language (English when there is none in it). */
export async function latestNews(site: Site, locale: string, take = 3): Promise<NewsView[]> {
  return forTenant({ tenantId: site.tenant.id, audience: "PUBLIC" }, async (tx) => {
    const inLocale = await tx.newsItem.findMany({
      where: { locale },
      orderBy: { publishedAt: "desc" },
      take,
      select: SELECT,
    });
    return inLocale.length || locale === "en"
      ? inLocale
      : tx.newsItem.findMany({ where: { locale: "en" }, orderBy: { publishedAt: "desc" }, take, select: SELECT });
  });
}
