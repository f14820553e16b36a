// Publishing a news item on the author's site in the language it is written in (its original language), audited.
import type { Author } from "@/lib/authoring/author";
import { recordAudit } from "@/lib/console/audit-log";
import { forTenant } from "@/lib/db";
import { Invalid } from "@/lib/errors";
import { fieldMessages } from "@/lib/field-messages";
import { newsSchema } from "./schemas";

export async function publishNews(author: Author, input: unknown): Promise<string> {
  const parsed = newsSchema.safeParse(input);
  if (!parsed.success) throw new Invalid(fieldMessages(parsed.error));
  const { locale, title, body } = parsed.data;
  const tenantId = author.ctx.tenantId;
  return forTenant(author.ctx, async (tx) => {
    const item = await tx.newsItem.create({
      data: { tenantId, originalLocale: locale, translations: { create: { tenantId, locale, title, body } } },
    });
    await recordAudit(tx, author.actor, {
      tenantId,
      action: "news.publish",
      targetType: "NewsItem",
      targetId: item.id,
      after: parsed.data,
    });
    return item.id;
  });
}
