// A company's seat pool: bought (seats of its paid, current orders), assigned (active seats) and free.
// The pool's row is the lock for every change of its seats, so concurrent assignments never oversell.
import type { PlatformTx, TenantTx } from "@/lib/db";

type Tx = PlatformTx | TenantTx;

/** Locks the pool's row for the rest of the transaction. */
export async function lockSeatPool(tx: Tx, poolId: string): Promise<boolean> {
  const rows = await (tx as PlatformTx).$queryRaw<
    Array<{ id: string }>
  >`SELECT "id"::text FROM "StoreSeatPool" WHERE "id" = ${poolId}::uuid FOR UPDATE`;
  return rows.length === 1;
}

export const activeSeat = { revokedAt: null, releasedAt: null };

/** Seats that count now: none once a subscription's paid period is over. */
export function usableSeats(pool: { seatsBought: number; expiresAt: Date | null }, at = new Date()): number {
  return pool.expiresAt && pool.expiresAt <= at ? 0 : pool.seatsBought;
}

/**
 * Recomputes the pool from its orders: seats bought, the end of a subscription's period; releases the
 * seats assigned last when the pool shrank (refund, cancelled or expired subscription), with their access.
 */
export async function recomputeSeatPool(tx: Tx, poolId: string, now = new Date()): Promise<void> {
  const db = tx as PlatformTx;
  await lockSeatPool(tx, poolId);
  const orders = await db.storeOrder.findMany({
    where: { seatPoolId: poolId, status: "PAID" },
    select: { seats: true, periodEndsAt: true },
  });
  const current = orders.filter((o) => !o.periodEndsAt || o.periodEndsAt > now);
  const seatsBought = current.reduce((sum, o) => sum + (o.seats ?? 0), 0);
  const ends = current.map((o) => o.periodEndsAt);
  const expiresAt = ends.length && ends.every((e) => e) ? new Date(Math.max(...ends.map((e) => e!.getTime()))) : null;
  await db.storeSeatPool.update({ where: { id: poolId }, data: { seatsBought, expiresAt } });
  const seats = await db.storeSeat.findMany({
    where: { poolId, ...activeSeat },
    orderBy: { invitedAt: "asc" },
    select: { id: true },
  });
  const released = seats.slice(seatsBought).map((s) => s.id);
  if (released.length) {
    await db.storeSeat.updateMany({ where: { id: { in: released } }, data: { releasedAt: now } });
    await db.storeAccess.updateMany({ where: { seatId: { in: released }, revokedAt: null }, data: { revokedAt: now } });
  }
  await db.storeAccess.updateMany({ where: { seat: { poolId }, revokedAt: null }, data: { expiresAt } });
}
