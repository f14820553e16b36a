import { asPlatform } from "@/lib/db";
import type { OrderReference } from "./record-stripe-event";
import { syncStoreOrder } from "./sync-order";

/** The job: converge the order, then mark the event processed. */
export async function runStoreSyncJob(data: { eventId?: string; reference: OrderReference }): Promise<void> {
  await syncStoreOrder(data.reference);
  if (data.eventId) {
    await asPlatform("store: mark a Stripe event processed", (tx) =>
      tx.storeWebhookEvent.updateMany({ where: { id: data.eventId }, data: { processedAt: new Date() } }),
    );
  }
}
