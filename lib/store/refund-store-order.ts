// WCO staff refund a store order. The refund is asked of Stripe; access ends when Stripe's event has been
// processed (sync-order.ts), like a refund made in Stripe.
import type { Viewer } from "@/lib/auth/load-viewer";
import { recordAudit } from "@/lib/console/audit-log";
import { asPlatform } from "@/lib/db";
import { Conflict, NotFound } from "@/lib/errors";
import { academyTenantId } from "./store-context";
import { requireStoreAdmin } from "./store-admin";
import { stripeClient } from "./stripe";
import { UUID } from "@/lib/ids";

/** Refunds a paid one-time order in full at Stripe, audited. */
export async function refundStoreOrder(actor: Viewer, orderId: string): Promise<void> {
  requireStoreAdmin(actor);
  if (!UUID.test(orderId)) throw new NotFound();
  const stripe = stripeClient();
  if (!stripe) throw new Conflict("Payments are not configured.");
  const tenantId = await academyTenantId();
  const order = await asPlatform("store: WCO staff read an order to refund", (tx) =>
    tx.storeOrder.findFirst({
      where: { id: orderId, tenantId },
      select: { id: true, status: true, stripePaymentIntentId: true, amountTotal: true },
    }),
  );
  if (!order || order.status !== "PAID" || !order.stripePaymentIntentId) throw new NotFound();
  await stripe.refunds.create(
    { payment_intent: order.stripePaymentIntentId },
    { idempotencyKey: `refund-${order.id}` },
  );
  await asPlatform("store: audit a refund", (tx) =>
    recordAudit(tx, actor, {
      tenantId,
      action: "store.order.refund",
      targetType: "StoreOrder",
      targetId: order.id,
      before: { status: order.status, amountTotal: order.amountTotal },
    }),
  );
}
