// The buyer's orders, newest first, paged.
import type { Viewer } from "@/lib/auth/load-viewer";
import { forTenant } from "@/lib/db";
import { storeContext } from "./store-context";
import { orderBuyer, orderSelect, orderView } from "./my-order-view";

export const ORDERS_PAGE_SIZE = 20;

export async function listMyOrders(viewer: Viewer | null, locale: string, page = 1) {
  const me = orderBuyer(viewer);
  return forTenant(await storeContext(), async (tx) => {
    const [rows, total] = await Promise.all([
      tx.storeOrder.findMany({
        where: { userId: me.id },
        orderBy: { createdAt: "desc" },
        skip: (Math.max(1, page) - 1) * ORDERS_PAGE_SIZE,
        take: ORDERS_PAGE_SIZE,
        select: orderSelect,
      }),
      tx.storeOrder.count({ where: { userId: me.id } }),
    ]);
    return { total, orders: rows.map((row) => orderView(row, locale)) };
  });
}
