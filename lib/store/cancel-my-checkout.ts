// The buyer abandons a checkout that awaits payment: its Stripe session is expired (so it can no longer be
// paid) and the order converged at once; Stripe's `checkout.session.expired` event then changes nothing.
import type { Viewer } from "@/lib/auth/load-viewer";
import { Conflict, NotFound } from "@/lib/errors";
import { forTenant, type StoreOrderStatus } from "@/lib/db";
import { getMyOrder } from "./get-my-order";
import { storeContext } from "./store-context";
import { stripeClient } from "./stripe";
import { syncStoreOrder } from "./sync-order";

/** The order's status afterwards: CANCELLED, or PAID when the payment went through first. */
export async function cancelMyCheckout(viewer: Viewer | null, orderId: string): Promise<StoreOrderStatus | null> {
  const order = await getMyOrder(viewer, orderId, "en");
  if (order.status !== "PENDING") throw new NotFound();
  const stripe = stripeClient();
  if (!stripe) throw new Conflict("Payments are not configured.");
  if (!order.stripeSessionId) {
    // Stripe never opened a session for it: nothing can be paid, the order simply ends.
    await forTenant(await storeContext(), (tx) =>
      tx.storeOrder.updateMany({
        where: { id: order.id, status: "PENDING", stripeSessionId: null },
        data: { status: "CANCELLED", endedAt: new Date() },
      }),
    );
    return "CANCELLED";
  }
  // Refused when the session is no longer open (paid or expired meanwhile): the convergence tells which.
  await stripe.checkout.sessions.expire(order.stripeSessionId).catch(() => null);
  return syncStoreOrder({ orderId: order.id });
}
