// The information point's announcements, newest first, a page at a time, each in the reader's language or its
// original one; WCO staff also see which languages each is not written in yet.
import { forTenant } from "@/lib/db";
import type { Entry } from "@/lib/http/entry";
import { LOCALES } from "@/lib/i18n/locales";
import { can } from "@/lib/permissions";
import { inLanguage } from "./in-language";
import { assertReader } from "./publisher";
import { ANNOUNCEMENTS_PER_PAGE } from "./schemas";

export async function viewAnnouncements(entry: Entry, locale: string, page: number) {
  assertReader(entry);
  const publisher = can("infoPoint.publish", entry);
  return forTenant(entry.ctx, async (tx) => {
    const [total, items] = await Promise.all([
      tx.infoPointAnnouncement.count(),
      tx.infoPointAnnouncement.findMany({
        orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
        skip: (page - 1) * ANNOUNCEMENTS_PER_PAGE,
        take: ANNOUNCEMENTS_PER_PAGE,
        include: { texts: { select: { locale: true, title: true, source: true, body: true } } },
      }),
    ]);
    return {
      page,
      pages: Math.max(1, Math.ceil(total / ANNOUNCEMENTS_PER_PAGE)),
      publisher,
      announcements: items.map((item) => {
        const text = inLanguage(item.texts, locale, item.originalLocale);
        return {
          id: item.id,
          publishedAt: item.publishedAt,
          authorName: item.authorName,
          originalLocale: item.originalLocale,
          locale: text?.locale ?? item.originalLocale,
          title: text?.title ?? "",
          body: text?.body ?? "",
          written: item.texts.map((t) => t.locale),
          missing: publisher ? LOCALES.filter((l) => !item.texts.some((t) => t.locale === l)) : [],
          /** Every language's title and source, for the publisher's form. */
          texts: publisher ? item.texts.map(({ locale, title, source }) => ({ locale, title, source })) : [],
        };
      }),
    };
  });
}
