// News on a site's home page: written by the site's authors (WCO admins on the root site, tenant admins on
// their administration's space), one language per item, audited.
import { z } from "zod";
import { fieldMessages } from "@/lib/field-messages";
import type { Author } from "@/lib/authoring/author";
import { recordAudit } from "@/lib/console/audit-log";
import { forTenant } from "@/lib/db";
import { Invalid, NotFound } from "@/lib/errors";
import { LOCALES } from "@/lib/i18n/locales";
import type { Site } from "@/lib/tenancy/site";

const newsSchema = z.object({
  locale: z.enum(LOCALES, "required"),
  title: z.string().trim().min(1, "required").max(200, "tooLong"),
  body: z.string().trim().min(1, "required").max(5_000, "tooLong"),
});

export interface NewsView {
  id: string;
  locale: string;
  title: string;
  body: string;
  publishedAt: Date;
}

const SELECT = { id: true, locale: true, title: true, body: true, publishedAt: true } as const;

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

export async function listAllNews(author: Author): Promise<NewsView[]> {
  return forTenant(author.ctx, (tx) =>
    tx.newsItem.findMany({ orderBy: { publishedAt: "desc" }, take: 200, select: SELECT }),
  );
}

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

export async function removeNews(author: Author, newsId: string): Promise<void> {
  if (!/^[0-9a-f-]{36}$/.test(newsId)) throw new NotFound();
  await forTenant(author.ctx, async (tx) => {
    const item = await tx.newsItem.findFirst({
      where: { id: newsId },
      select: { locale: true, title: true, body: true },
    });
    if (!item) throw new NotFound();
    await tx.newsItem.delete({ where: { id: newsId } });
    await recordAudit(tx, author.actor, {
      tenantId: author.ctx.tenantId,
      action: "news.remove",
      targetType: "NewsItem",
      targetId: newsId,
      before: item,
    });
  });
}
