// Publishing a news item on the author's site, audited.
import type { Author } from "@/lib/authoring/author";
import { recordAudit } from "@/lib/console/audit-log";
import { forTenant } from "@/lib/db";
import { Invalid } from "@/lib/errors";
import { fieldMessages } from "@/lib/field-messages";
import { newsSchema } from "./schemas";

export async function publishNews(author: Author, input: unknown): Promise<void> {
  const parsed = newsSchema.safeParse(input);
  if (!parsed.success) throw new Invalid(fieldMessages(parsed.error));
  await forTenant(author.ctx, async (tx) => {
    const item = await tx.newsItem.create({ data: { ...parsed.data, tenantId: author.ctx.tenantId } });
    await recordAudit(tx, author.actor, {
      tenantId: author.ctx.tenantId,
      action: "news.publish",
      targetType: "NewsItem",
      targetId: item.id,
      after: parsed.data,
    });
  });
}
