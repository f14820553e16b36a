// One seat pool of the manager: its accounting, its seats and the employees' progress in its courses.
import type { Viewer } from "@/lib/auth/load-viewer";
import { localized } from "@/lib/i18n/localized";
import { forTenant } from "@/lib/db";
import { NotFound } from "@/lib/errors";
import { storeContext } from "../store-context";
import { storeCourse } from "../store-product-view";
import { activeSeat, usableSeats } from "../seat-pool";
import { requireCompanyManager } from "./manager";
import { UUID } from "@/lib/ids";

export const SEATS_PAGE_SIZE = 25;

export type SeatState = "INVITED" | "ACCEPTED" | "STARTED";

export async function getSeatPool(viewer: Viewer | null, poolId: string, locale: string, page = 1) {
  const manager = requireCompanyManager(viewer);
  if (!UUID.test(poolId)) throw new NotFound();
  return forTenant(await storeContext(), async (tx) => {
    const pool = await tx.storeSeatPool.findFirst({
      where: { id: poolId, managerId: manager.id },
      include: {
        product: {
          select: {
            id: true,
            title: true,
            prices: true,
            courses: {
              orderBy: { position: "asc" },
              select: {
                course: {
                  select: {
                    id: true,
                    code: true,
                    durationMinutes: true,
                    translations: {
                      where: { locale: { in: [locale, "en"] } },
                      select: { locale: true, title: true, summary: true },
                    },
                  },
                },
              },
            },
          },
        },
      },
    });
    if (!pool) throw new NotFound();
    const [assigned, seats] = await Promise.all([
      tx.storeSeat.count({ where: { poolId, ...activeSeat } }),
      tx.storeSeat.findMany({
        where: { poolId, ...activeSeat },
        orderBy: { invitedAt: "asc" },
        skip: (Math.max(1, page) - 1) * SEATS_PAGE_SIZE,
        take: SEATS_PAGE_SIZE,
        select: {
          id: true,
          email: true,
          invitedAt: true,
          acceptedAt: true,
          user: { select: { id: true, firstName: true, lastName: true } },
        },
      }),
    ]);
    const courses = pool.product.courses.map((c) => storeCourse(c.course, locale));
    const userIds = seats.flatMap((s) => (s.user ? [s.user.id] : []));
    const enrolments = userIds.length
      ? await tx.enrolment.findMany({
          where: { userId: { in: userIds }, courseId: { in: courses.map((c) => c.id) } },
          select: { userId: true, courseId: true, progressPercent: true, status: true, enrolledAt: true },
        })
      : [];
    const bought = usableSeats(pool);
    return {
      id: pool.id,
      productId: pool.product.id,
      productTitle: localized(pool.product.title as Record<string, string>, locale),
      bought,
      assigned,
      free: Math.max(0, bought - assigned),
      expiresAt: pool.expiresAt,
      courses,
      seats: seats.map((seat) => {
        const mine =
          seat.user && seat.acceptedAt
            ? enrolments.filter((e) => e.userId === seat.user!.id && e.enrolledAt >= seat.acceptedAt!)
            : [];
        const progress = Object.fromEntries(
          courses.map((c) => [c.id, mine.find((e) => e.courseId === c.id)?.progressPercent ?? null]),
        );
        const state: SeatState = !seat.acceptedAt ? "INVITED" : mine.length ? "STARTED" : "ACCEPTED";
        return {
          id: seat.id,
          email: seat.email,
          name: seat.user ? `${seat.user.firstName} ${seat.user.lastName}` : null,
          invitedAt: seat.invitedAt,
          state,
          progress,
        };
      }),
    };
  });
}
