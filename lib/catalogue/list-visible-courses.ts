// The published courses a viewer may see on a site: the site tenant's own courses and the WCO core
// courses for the viewer's audience, region and country. Guests see only courses open to guests.
import { forTenant, type CourseType, type TenantContext, type WcoRegion } from "@/lib/db";
import type { Viewer } from "@/lib/auth/load-viewer";
import type { Locale } from "@/lib/i18n/locales";
import type { Site } from "@/lib/tenancy/site";

export interface VisibilityScope {
  ctx: TenantContext;
  signedIn: boolean;
  /** The viewer's administration's region and country, when the viewer has one. */
  region: WcoRegion | null;
  countryCode: string | null;
}

export interface CourseCard {
  id: string;
  code: string;
  type: CourseType;
  title: string;
  summary: string;
  languages: string[];
  durationMinutes: number;
  featured: boolean;
  hasCertificate: boolean;
}

/** Prisma conditions for visibility beyond tenant and audience (which the data layer applies). */
export function visibilityWhere(scope: VisibilityScope) {
  return {
    status: "PUBLISHED" as const,
    ...(scope.signedIn ? {} : { guestAccess: true }),
    AND: [
      { OR: [{ regions: { isEmpty: true } }, ...(scope.region ? [{ regions: { has: scope.region } }] : [])] },
      { OR: [{ countries: { isEmpty: true } }, ...(scope.countryCode ? [{ countries: { has: scope.countryCode } }] : [])] },
    ],
  };
}

export async function listVisibleCourses(scope: VisibilityScope, locale: Locale, options: { featuredOnly?: boolean; take?: number } = {}): Promise<CourseCard[]> {
  const courses = await forTenant(scope.ctx, (db) =>
    db.course.findMany({
      where: { ...visibilityWhere(scope), ...(options.featuredOnly ? { featured: true } : {}) },
      orderBy: [{ featured: "desc" }, { code: "asc" }],
      take: options.take ?? 50,
      select: {
        id: true, code: true, type: true, languages: true, durationMinutes: true, featured: true, hasCertificate: true,
        translations: { where: { locale: { in: [locale, "en"] } }, select: { locale: true, title: true, summary: true } },
      },
    }),
  );
  return courses.map(({ translations, ...course }) => {
    const text = translations.find((tr) => tr.locale === locale) ?? translations.find((tr) => tr.locale === "en") ?? { title: course.code, summary: "" };
    return { ...course, title: text.title, summary: text.summary };
  });
}

/** The visibility scope of a request: region and country come from the viewer's administration or the site's. */
export function visibilityScope({ site, viewer, ctx }: { site: Site; viewer: Viewer | null; ctx: TenantContext }): VisibilityScope {
  if (viewer) return { ctx, signedIn: true, region: viewer.homeRegion, countryCode: viewer.homeCountryCode };
  return { ctx, signedIn: false, region: site.tenant.region, countryCode: site.tenant.countryCode };
}
