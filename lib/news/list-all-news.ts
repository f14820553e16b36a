// Every news item of the author's site, newest first, for the news authoring page.
import type { Author } from "@/lib/authoring/author";
import { forTenant } from "@/lib/db";
import { SELECT, type NewsView } from "./news-view";

export async function listAllNews(author: Author): Promise<NewsView[]> {
  return forTenant(author.ctx, (tx) =>
    tx.newsItem.findMany({ orderBy: { publishedAt: "desc" }, take: 200, select: SELECT }),
  );
}
