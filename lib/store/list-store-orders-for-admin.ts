// The store's orders for WCO staff: the latest orders with their buyers.
import type { Viewer } from "@/lib/auth/load-viewer";
import { localized } from "@/lib/i18n/localized";
import { asPlatform } from "@/lib/db";
import { academyTenantId } from "./store-context";
import { requireStoreAdmin } from "./store-admin";

export const ADMIN_ORDERS_PAGE_SIZE = 25;

export async function listStoreOrdersForAdmin(actor: Viewer, locale: string, page = 1) {
  requireStoreAdmin(actor);
  const tenantId = await academyTenantId();
  return asPlatform("store: WCO staff list the orders", async (tx) => {
    const [rows, total] = await Promise.all([
      tx.storeOrder.findMany({
        where: { tenantId },
        orderBy: { createdAt: "desc" },
        skip: (Math.max(1, page) - 1) * ADMIN_ORDERS_PAGE_SIZE,
        take: ADMIN_ORDERS_PAGE_SIZE,
        select: {
          id: true,
          number: true,
          status: true,
          currency: true,
          amountSubtotal: true,
          amountTotal: true,
          seats: true,
          createdAt: true,
          stripePaymentIntentId: true,
          product: { select: { title: true } },
          user: { select: { email: true, firstName: true, lastName: true } },
        },
      }),
      tx.storeOrder.count({ where: { tenantId } }),
    ]);
    return {
      total,
      orders: rows.map((o) => ({
        ...o,
        product: localized(o.product.title as Record<string, string>, locale),
        buyer: `${o.user.firstName} ${o.user.lastName} (${o.user.email})`,
        refundable: o.status === "PAID" && o.stripePaymentIntentId !== null,
      })),
    };
  });
}
