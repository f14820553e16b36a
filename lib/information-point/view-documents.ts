// The information point's documents, the most recently updated first, a page at a time: each with its title in the
// reader's language (or its original one), its latest version first and the earlier ones listed.
import { forTenant } from "@/lib/db";
import type { Entry } from "@/lib/http/entry";
import { LOCALES } from "@/lib/i18n/locales";
import { can } from "@/lib/permissions";
import { inLanguage } from "./in-language";
import { assertReader } from "./publisher";
import { DOCUMENTS_PER_PAGE } from "./schemas";

export async function viewDocuments(entry: Entry, locale: string, page: number) {
  assertReader(entry);
  const publisher = can("infoPoint.publish", entry);
  return forTenant(entry.ctx, async (tx) => {
    const [total, documents] = await Promise.all([
      tx.infoPointDocument.count(),
      tx.infoPointDocument.findMany({
        orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
        skip: (page - 1) * DOCUMENTS_PER_PAGE,
        take: DOCUMENTS_PER_PAGE,
        include: {
          titles: { select: { locale: true, title: true } },
          versions: {
            orderBy: { number: "desc" },
            select: { id: true, number: true, fileName: true, bytes: true, uploadedBy: true, createdAt: true },
          },
        },
      }),
    ]);
    return {
      page,
      pages: Math.max(1, Math.ceil(total / DOCUMENTS_PER_PAGE)),
      publisher,
      documents: documents.map((document) => {
        const title = inLanguage(document.titles, locale, document.originalLocale);
        const [latest, ...earlier] = document.versions;
        return {
          id: document.id,
          locale: title?.locale ?? document.originalLocale,
          title: title?.title ?? "",
          latest,
          earlier,
          titles: publisher ? document.titles : [],
          missing: publisher ? LOCALES.filter((l) => !document.titles.some((t) => t.locale === l)) : [],
        };
      }),
    };
  });
}
