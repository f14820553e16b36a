// The store's orders for WCO staff: the latest orders with their buyers, and refunds. A refund is asked of
// Stripe; access ends when Stripe's event has been processed (sync-order.ts), like a refund made in Stripe.
import type { Viewer } from "@/lib/auth/load-viewer";
import { localized } from "@/lib/i18n/localized";
import { recordAudit } from "@/lib/console/audit-log";
import { asPlatform } from "@/lib/db";
import { Conflict, NotFound } from "@/lib/errors";
import { academyTenantId } from "./catalogue";
import { requireStoreAdmin } from "./store-admin";
import { stripeClient } from "./stripe";
import { UUID } from "@/lib/ids";

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
          id: true, number: true, status: true, currency: true, amountSubtotal: true, amountTotal: true, seats: true, createdAt: true, stripePaymentIntentId: true,
          product: { select: { title: true } }, user: { select: { email: true, firstName: true, lastName: true } },
        },
      }),
      tx.storeOrder.count({ where: { tenantId } }),
    ]);
    return { total, orders: rows.map((o) => ({ ...o, product: localized(o.product.title as Record<string, string>, locale), buyer: `${o.user.firstName} ${o.user.lastName} (${o.user.email})`, refundable: o.status === "PAID" && o.stripePaymentIntentId !== null })) };
  });
}

/** Refunds a paid one-time order in full at Stripe, audited. */
export async function refundStoreOrder(actor: Viewer, orderId: string): Promise<void> {
  requireStoreAdmin(actor);
  if (!UUID.test(orderId)) throw new NotFound();
  const stripe = stripeClient();
  if (!stripe) throw new Conflict("Payments are not configured.");
  const tenantId = await academyTenantId();
  const order = await asPlatform("store: WCO staff read an order to refund", (tx) =>
    tx.storeOrder.findFirst({ where: { id: orderId, tenantId }, select: { id: true, status: true, stripePaymentIntentId: true, amountTotal: true } }),
  );
  if (!order || order.status !== "PAID" || !order.stripePaymentIntentId) throw new NotFound();
  await stripe.refunds.create({ payment_intent: order.stripePaymentIntentId }, { idempotencyKey: `refund-${order.id}` });
  await asPlatform("store: audit a refund", (tx) =>
    recordAudit(tx, actor, { tenantId, action: "store.order.refund", targetType: "StoreOrder", targetId: order.id, before: { status: order.status, amountTotal: order.amountTotal } }),
  );
}
