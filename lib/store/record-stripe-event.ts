// A verified Stripe event is stored once by its id and its order queued for convergence; a repeated
// delivery is acknowledged and changes nothing. The event's content is never trusted beyond naming the
// order: the job re-reads the state from Stripe.
import type Stripe from "stripe";
import { asPlatform } from "@/lib/db";
import { JOB, jobQueue } from "@/lib/jobs/queue";
import { academyTenantId } from "./store-context";

/** What an event names: any of these leads to one order. */
export interface OrderReference {
  orderId?: string;
  sessionId?: string;
  paymentIntentId?: string;
  subscriptionId?: string;
}

const idOf = (value: unknown): string | undefined =>
  typeof value === "string"
    ? value
    : value && typeof value === "object" && "id" in value
      ? String((value as { id: unknown }).id)
      : undefined;

/** The order an event names; null for an event of another type, or one whose object cannot be read. */
export function referenceOf(event: Stripe.Event): OrderReference | null {
  const object = (event.data as { object?: unknown } | undefined)?.object as Record<string, unknown> | undefined;
  if (!object || typeof object !== "object" || Array.isArray(object)) return null;
  const metadata = (object.metadata && typeof object.metadata === "object" ? object.metadata : {}) as Record<
    string,
    string
  >;
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
      const details = ((object.parent as Record<string, unknown> | null)?.subscription_details ?? {}) as Record<
        string,
        unknown
      >;
      return {
        orderId: ((details.metadata ?? {}) as Record<string, string>).orderId,
        subscriptionId: idOf(details.subscription),
      };
    }
    case "customer.subscription.deleted":
    case "customer.subscription.updated":
      return { orderId: metadata.orderId, subscriptionId: idOf(object.id) };
    default:
      return null;
  }
}

// Deliveries of one event within this window queue one job (Stripe sends the same event again and again).
const ONE_JOB_PER_EVENT_SECONDS = 300;

/**
 * Stores the event and queues its order; false when the event was already processed. An event counts as
 * handled only once processed: a delivery of a stored event whose processing failed queues it again (the
 * queue itself retries a failed job too). An event that names no order, or cannot be read, is recorded as
 * processed at once.
 */
export async function recordStripeEvent(event: Stripe.Event): Promise<boolean> {
  const tenantId = await academyTenantId();
  const reference = referenceOf(event);
  const type = typeof event.type === "string" ? event.type.slice(0, 200) : "unknown";
  const stored = await asPlatform("store: record a Stripe event", async (tx) => {
    const created = await tx.storeWebhookEvent.createMany({
      data: [{ id: event.id, tenantId, type, processedAt: reference ? null : new Date() }],
      skipDuplicates: true,
    });
    const row = await tx.storeWebhookEvent.findUniqueOrThrow({
      where: { id: event.id },
      select: { processedAt: true },
    });
    return { fresh: created.count === 1, processed: row.processedAt !== null };
  });
  if (!reference) return stored.fresh;
  if (stored.processed) return false;
  // Not queued (the queue unreachable): the caller answers 500, and Stripe's retry finds the event unprocessed.
  const boss = await jobQueue();
  await boss.send(
    JOB.syncStoreOrder,
    { eventId: event.id, reference },
    { singletonKey: event.id, singletonSeconds: ONE_JOB_PER_EVENT_SECONDS },
  );
  return true;
}
