// Removing a news item of the author's site, in every language, audited.
import type { Author } from "@/lib/authoring/author";
import { recordAudit } from "@/lib/console/audit-log";
import { forTenant } from "@/lib/db";
import { NotFound } from "@/lib/errors";
import { UUID } from "@/lib/ids";
import { SELECT, inLanguage } from "./news-view";

export async function removeNews(author: Author, newsId: string): Promise<void> {
  if (!UUID.test(newsId)) throw new NotFound();
  await forTenant(author.ctx, async (tx) => {
    const item = await tx.newsItem.findFirst({ where: { id: newsId }, select: SELECT });
    if (!item) throw new NotFound();
    await tx.newsItem.delete({ where: { id: newsId } });
    const original = inLanguage(item, item.originalLocale);
    await recordAudit(tx, author.actor, {
      tenantId: author.ctx.tenantId,
      action: "news.remove",
      targetType: "NewsItem",
      targetId: newsId,
      before: {
        locale: item.originalLocale,
        languages: item.translations.map((t) => t.locale),
        title: original.title,
        body: original.body,
      },
    });
  });
}
