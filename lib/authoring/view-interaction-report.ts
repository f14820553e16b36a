// A course's SCORM interaction report for its authors: per question of one of its SCORM modules, how learners
// answered. A core course's authors (WCO admins) see the learners of every tenant, whose attempts live in their
// home tenants (a named platform read); an administration's authors see their own learners, the only ones
// its own courses have.
import { asPlatform, forTenant, Prisma, type PlatformTx } from "@/lib/db";
import { NotFound } from "@/lib/errors";
import { UUID } from "@/lib/ids";
import type { Locale } from "@/lib/i18n/locales";
import {
  readInteractionReport,
  scormModuleChoices,
  type InteractionReport,
  type InteractionReportParams,
} from "@/lib/records/interaction-report";
import type { Author } from "./author";

export async function viewInteractionReport(
  author: Author,
  courseId: string,
  locale: Locale,
  params: InteractionReportParams,
  window: { page: number } | { limit: number },
): Promise<InteractionReport & { courseTitle: string }> {
  if (!UUID.test(courseId)) throw new NotFound();
  const work = async (tx: PlatformTx) => {
    // The author's own course only, checked explicitly since a platform read sees every tenant's.
    const course = await tx.course.findFirst({
      where: { id: courseId, tenantId: author.ctx.tenantId },
      select: { code: true, translations: { select: { locale: true, title: true } } },
    });
    if (!course) throw new NotFound();
    const title =
      course.translations.find((t) => t.locale === locale) ?? course.translations.find((t) => t.locale === "en");
    const modules = await scormModuleChoices(tx, Prisma.sql`m."courseId" = ${courseId}::uuid`, locale);
    const learners = author.core ? Prisma.sql`TRUE` : Prisma.sql`a."tenantId" = ${author.ctx.tenantId}::uuid`;
    const report = await readInteractionReport(tx, { modules, params, learners, platform: author.core, window });
    return { ...report, courseTitle: title?.title ?? course.code };
  };
  return author.core
    ? asPlatform("SCORM interaction report of a core course for its author", work)
    : forTenant(author.ctx, (tx) => work(tx as unknown as PlatformTx));
}
