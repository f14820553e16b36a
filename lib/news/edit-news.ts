// Editing a news item in place in one language: its title and text there, written for the first time (a
// translation) or changed, audited; its publication date and original language stay.
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
  const { locale, title, body } = parsed.data;
  const tenantId = author.ctx.tenantId;
  await forTenant(author.ctx, async (tx) => {
    const item = await tx.newsItem.findFirst({
      where: { id: newsId },
      select: { translations: { where: { locale }, select: { locale: true, title: true, body: true } } },
    });
    if (!item) throw new NotFound();
    await tx.newsTranslation.upsert({
      where: { tenantId_newsId_locale: { tenantId, newsId, locale } },
      create: { tenantId, newsId, locale, title, body },
      update: { title, body },
    });
    await recordAudit(tx, author.actor, {
      tenantId,
      action: "news.edit",
      targetType: "NewsItem",
      targetId: newsId,
      before: item.translations[0] ?? { locale },
      after: parsed.data,
    });
  });
}
