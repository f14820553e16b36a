// Every news item of the author's site, newest first, for the news authoring page: each shown in the author's
// language (or its original one), with its original language and every translation it has, to edit in place.
import type { Author } from "@/lib/authoring/author";
import { forTenant } from "@/lib/db";
import { SELECT, inLanguage, type NewsView } from "./news-view";

export interface AuthoredNews extends NewsView {
  originalLocale: string;
  translations: { locale: string; title: string; body: string }[];
}

export async function listAllNews(author: Author, locale: string): Promise<AuthoredNews[]> {
  const items = await forTenant(author.ctx, (tx) =>
    tx.newsItem.findMany({ orderBy: { publishedAt: "desc" }, take: 200, select: SELECT }),
  );
  return items.map((item) => ({
    ...inLanguage(item, locale),
    originalLocale: item.originalLocale,
    translations: item.translations,
  }));
}
