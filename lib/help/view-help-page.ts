// A FAQ or help page as a site shows it: the site's own in the reader's language, else in English, else the root
// site's (the WCO's) in the reader's language or English; null when none is written yet. Public text, read by
// anyone on the site, the Academy included.
import { asPlatform } from "@/lib/db";
import type { Site } from "@/lib/tenancy/site";
import type { HelpPageKind } from "./schemas";

export interface HelpPageView {
  body: string;
  /** The language the text is written in (may differ from the reader's). */
  locale: string;
  updatedAt: Date;
}

export async function viewHelpPage(site: Site, kind: HelpPageKind, locale: string): Promise<HelpPageView | null> {
  const pages = await asPlatform("help page: the site's own, or the root site's", (db) =>
    db.helpPage.findMany({
      where: {
        kind,
        locale: { in: [locale, "en"] },
        OR: [{ tenantId: site.tenant.id }, { tenant: { kind: "WCO" } }],
      },
      select: { tenantId: true, locale: true, body: true, updatedAt: true },
    }),
  );
  const rank = (page: (typeof pages)[number]) =>
    (page.tenantId === site.tenant.id ? 0 : 2) + (page.locale === locale ? 0 : 1);
  const [best] = pages.sort((a, b) => rank(a) - rank(b));
  return best ? { body: best.body, locale: best.locale, updatedAt: best.updatedAt } : null;
}
