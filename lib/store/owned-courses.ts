// What a buyer already has: the courses they may reach now through any of their access rows (their own
// purchases and company seats), so the store never sells them a course twice and says which courses of a
// bundle or subscription they already have.
import type { TenantTx } from "@/lib/db";
import { activeStoreAccess } from "@/lib/db/tenant-scope";

type Tx = Pick<TenantTx, "storeProductCourse">;

/** The ids of the courses `buyerId` may reach now; empty for a visitor. */
export async function ownedCourseIds(tx: Tx, buyerId: string | null): Promise<Set<string>> {
  if (!buyerId) return new Set();
  const rows = await tx.storeProductCourse.findMany({
    where: { product: { access: { some: activeStoreAccess(buyerId) } } },
    select: { courseId: true },
    distinct: ["courseId"],
  });
  return new Set(rows.map((row) => row.courseId));
}

/** Which of a product's courses the buyer has; `complete` when they have all of them (nothing left to buy). */
export interface Ownership {
  courseIds: string[];
  complete: boolean;
}

export function ownershipOf(courses: Array<{ id: string }>, owned: Set<string>): Ownership {
  const courseIds = courses.filter((course) => owned.has(course.id)).map((course) => course.id);
  return { courseIds, complete: courses.length > 0 && courseIds.length === courses.length };
}
