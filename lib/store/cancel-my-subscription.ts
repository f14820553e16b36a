// The buyer ends their subscription at the end of the period paid for (asked of Stripe).
import type { Viewer } from "@/lib/auth/load-viewer";
import { Conflict, NotFound } from "@/lib/errors";
import { stripeClient } from "./stripe";
import { getMyOrder } from "./get-my-order";

/** Cancels the buyer's subscription at Stripe; access ends when Stripe's event arrives. */
export async function cancelMySubscription(viewer: Viewer | null, orderId: string): Promise<void> {
  const order = await getMyOrder(viewer, orderId, "en");
  const stripe = stripeClient();
  if (!stripe) throw new Conflict("Payments are not configured.");
  if (order.status !== "PAID" || !order.stripeSubscriptionId) throw new NotFound();
  await stripe.subscriptions.cancel(order.stripeSubscriptionId);
}
