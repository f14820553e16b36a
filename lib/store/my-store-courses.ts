// An Academy learner's courses: those they may reach now (bought or assigned, neither expired nor revoked),
// with their progress. The request's context already limits courses to those (lib/db/tenant-scope.ts).
import { forTenant, type TenantContext } from "@/lib/db";
import { NotFound } from "@/lib/errors";
import { storeCourse, type StoreCourse } from "./store-product-view";

export const MY_COURSES_PAGE_SIZE = 20;

export interface MyStoreCourse extends StoreCourse {
  progressPercent: number | null;
  completed: boolean;
}

export async function listMyStoreCourses(
  ctx: TenantContext,
  learnerId: string,
  locale: string,
  page = 1,
): Promise<{ courses: MyStoreCourse[]; total: number }> {
  if (ctx.storeLearnerId !== learnerId) throw new NotFound();
  return forTenant(ctx, async (tx) => {
    const [rows, total] = await Promise.all([
      tx.course.findMany({
        orderBy: { code: "asc" },
        skip: (Math.max(1, page) - 1) * MY_COURSES_PAGE_SIZE,
        take: MY_COURSES_PAGE_SIZE,
        select: {
          id: true,
          code: true,
          durationMinutes: true,
          translations: {
            where: { locale: { in: [locale, "en"] } },
            select: { locale: true, title: true, summary: true },
          },
          enrolments: { where: { userId: learnerId }, select: { progressPercent: true, status: true } },
        },
      }),
      tx.course.count(),
    ]);
    return {
      total,
      courses: rows.map((row) => ({
        ...storeCourse(row, locale),
        progressPercent: row.enrolments[0]?.progressPercent ?? null,
        completed: row.enrolments[0]?.status === "COMPLETED",
      })),
    };
  });
}
