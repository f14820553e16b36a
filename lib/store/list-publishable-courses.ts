// The courses WCO staff may publish to the store: PUBLIC core courses (the database refuses any other).
import type { Viewer } from "@/lib/auth/load-viewer";
import { asPlatform } from "@/lib/db";
import { requireStoreAdmin } from "./store-admin";

/** PUBLIC core published courses, the only ones that may be published to the store. */
export async function listPublishableCourses(actor: Viewer, locale: string) {
  requireStoreAdmin(actor);
  return asPlatform("store: WCO staff choose courses to publish", async (tx) => {
    const courses = await tx.course.findMany({
      where: { isCore: true, audience: "PUBLIC", status: "PUBLISHED" },
      orderBy: { code: "asc" },
      select: {
        id: true,
        code: true,
        translations: { where: { locale: { in: [locale, "en"] } }, select: { locale: true, title: true } },
      },
    });
    return courses.map((c) => ({
      id: c.id,
      code: c.code,
      title: (c.translations.find((t) => t.locale === locale) ?? c.translations[0])?.title ?? c.code,
    }));
  });
}
