// A verified Stripe event is stored once by its id and its order queued for convergence; a repeated
// delivery is acknowledged and changes nothing. The event's content is never trusted beyond naming the
// order: the job re-reads the state from Stripe.
import type Stripe from "stripe";
import { asPlatform } from "@/lib/db";
import { JOB, jobQueue } from "@/lib/jobs/queue";
import { academyTenantId } from "./catalogue";

/** What an event names: any of these leads to one order. */
export interface OrderReference {
  orderId?: string;
  sessionId?: string;
  paymentIntentId?: string;
  subscriptionId?: string;
}

const idOf = (value: unknown): string | undefined => (typeof value === "string" ? value : value && typeof value === "object" && "id" in value ? String((value as { id: unknown }).id) : undefined);

export function referenceOf(event: Stripe.Event): OrderReference | null {
  const object = event.data.object as unknown as Record<string, unknown>;
  const metadata = (object.metadata ?? {}) as Record<string, string>;
  switch (event.type) {
    case "checkout.session.completed":
    case "checkout.session.expired":
    case "checkout.session.async_payment_succeeded":
    case "checkout.session.async_payment_failed":
      return { orderId: metadata.orderId, sessionId: idOf(object.id) };
    case "charge.refunded":
    case "charge.refund.updated":
      return { orderId: metadata.orderId, paymentIntentId: idOf(object.payment_intent) };
    case "invoice.payment_failed":
    case "invoice.paid": {
      const details = ((object.parent as Record<string, unknown> | null)?.subscription_details ?? {}) as Record<string, unknown>;
      return { orderId: ((details.metadata ?? {}) as Record<string, string>).orderId, subscriptionId: idOf(details.subscription) };
    }
    case "customer.subscription.deleted":
    case "customer.subscription.updated":
      return { orderId: metadata.orderId, subscriptionId: idOf(object.id) };
    default:
      return null;
  }
}

/** Stores the event and queues its order; false when the event was already received. */
export async function recordStripeEvent(event: Stripe.Event): Promise<boolean> {
  const tenantId = await academyTenantId();
  const stored = await asPlatform("store: record a Stripe event", (tx) =>
    tx.storeWebhookEvent.createMany({ data: [{ id: event.id, tenantId, type: event.type }], skipDuplicates: true }),
  );
  if (stored.count === 0) return false;
  const reference = referenceOf(event);
  if (!reference) return true;
  try {
    const boss = await jobQueue();
    await boss.send(JOB.syncStoreOrder, { eventId: event.id, reference });
  } catch (error) {
    // Not queued: forget the event so that Stripe's retry is processed.
    await asPlatform("store: forget an event that was not queued", (tx) => tx.storeWebhookEvent.delete({ where: { id: event.id } }));
    throw error;
  }
  return true;
}
