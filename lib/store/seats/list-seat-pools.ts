// The manager's seat pools with their accounting: bought, assigned, free.
import type { Viewer } from "@/lib/auth/load-viewer";
import { localized } from "@/lib/i18n/localized";
import { forTenant } from "@/lib/db";
import { storeContext } from "../store-context";
import { activeSeat, usableSeats } from "../seat-pool";
import { requireCompanyManager } from "./manager";

export interface SeatPoolSummary {
  id: string;
  productId: string;
  productTitle: string;
  bought: number;
  assigned: number;
  free: number;
  expiresAt: Date | null;
  pendingOrders: number;
}

export async function listSeatPools(viewer: Viewer | null, locale: string): Promise<SeatPoolSummary[]> {
  const manager = requireCompanyManager(viewer);
  return forTenant(await storeContext(), async (tx) => {
    const pools = await tx.storeSeatPool.findMany({
      where: { managerId: manager.id },
      orderBy: { createdAt: "desc" },
      include: {
        product: { select: { title: true } },
        _count: { select: { seats: { where: activeSeat }, orders: { where: { status: "PENDING" } } } },
      },
    });
    return pools
      .map((pool) => {
        const bought = usableSeats(pool);
        const assigned = pool._count.seats;
        return {
          id: pool.id,
          productId: pool.productId,
          productTitle: localized(pool.product.title as Record<string, string>, locale),
          bought,
          assigned,
          free: Math.max(0, bought - assigned),
          expiresAt: pool.expiresAt,
          pendingOrders: pool._count.orders,
        };
      })
      .filter((pool) => pool.bought > 0 || pool.assigned > 0 || pool.pendingOrders > 0);
  });
}
