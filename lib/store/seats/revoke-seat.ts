// Revokes a seat the employee has not started (no enrolment in the product's courses since accepting it),
// freeing it for another employee; the employee's access ends with it.
import type { Viewer } from "@/lib/auth/load-viewer";
import { forTenant } from "@/lib/db";
import { Invalid, NotFound } from "@/lib/errors";
import { storeContext } from "../store-context";
import { activeSeat, lockSeatPool } from "../seat-pool";
import { requireCompanyManager } from "./manager";
import { UUID } from "@/lib/ids";

export async function revokeSeat(viewer: Viewer | null, seatId: string): Promise<{ poolId: string }> {
  const manager = requireCompanyManager(viewer);
  if (!UUID.test(seatId)) throw new NotFound();
  return forTenant(await storeContext(), async (tx) => {
    const seat = await tx.storeSeat.findFirst({
      where: { id: seatId, ...activeSeat, pool: { managerId: manager.id } },
      select: { id: true, poolId: true },
    });
    if (!seat) throw new NotFound();
    await lockSeatPool(tx, seat.poolId);
    const current = await tx.storeSeat.findFirst({
      where: { id: seatId, ...activeSeat },
      select: {
        userId: true,
        acceptedAt: true,
        pool: { select: { product: { select: { courses: { select: { courseId: true } } } } } },
      },
    });
    if (!current) throw new NotFound();
    if (current.userId && current.acceptedAt) {
      const started = await tx.enrolment.count({
        where: {
          userId: current.userId,
          courseId: { in: current.pool.product.courses.map((c) => c.courseId) },
          enrolledAt: { gte: current.acceptedAt },
        },
      });
      if (started) throw new Invalid({ seat: "seatStarted" });
    }
    const now = new Date();
    await tx.storeSeat.update({ where: { id: seatId }, data: { revokedAt: now } });
    await tx.storeAccess.updateMany({ where: { seatId, revokedAt: null }, data: { revokedAt: now } });
    return { poolId: seat.poolId };
  });
}
