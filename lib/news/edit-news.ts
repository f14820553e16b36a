// Editing a news item in place (its language, title and text), audited; its publication date stays.
import type { Author } from "@/lib/authoring/author";
import { recordAudit } from "@/lib/console/audit-log";
import { forTenant } from "@/lib/db";
import { Invalid, NotFound } from "@/lib/errors";
import { fieldMessages } from "@/lib/field-messages";
import { UUID } from "@/lib/ids";
import { newsSchema } from "./schemas";

export async function editNews(author: Author, newsId: string, input: unknown): Promise<void> {
  if (!UUID.test(newsId)) throw new NotFound();
  const parsed = newsSchema.safeParse(input);
  if (!parsed.success) throw new Invalid(fieldMessages(parsed.error));
  await forTenant(author.ctx, async (tx) => {
    const before = await tx.newsItem.findFirst({
      where: { id: newsId },
      select: { locale: true, title: true, body: true },
    });
    if (!before) throw new NotFound();
    await tx.newsItem.update({ where: { id: newsId }, data: parsed.data });
    await recordAudit(tx, author.actor, {
      tenantId: author.ctx.tenantId,
      action: "news.edit",
      targetType: "NewsItem",
      targetId: newsId,
      before,
      after: parsed.data,
    });
  });
}
