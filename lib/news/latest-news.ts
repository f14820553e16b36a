// The news on a site's home page.
import { forTenant } from "@/lib/db";
import type { Site } from "@/lib/tenancy/site";
import { SELECT, inLanguage, type NewsView } from "./news-view";

/** The latest news of the site, each in the reader's language, or in its original language where untranslated. */
export async function latestNews(site: Site, locale: string, take = 3): Promise<NewsView[]> {
  const items = await forTenant({ tenantId: site.tenant.id, audience: "PUBLIC" }, (tx) =>
    tx.newsItem.findMany({ orderBy: { publishedAt: "desc" }, take, select: SELECT }),
  );
  return items.map((item) => inLanguage(item, locale));
}
