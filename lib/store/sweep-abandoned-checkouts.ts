// The sweep for checkouts whose `checkout.session.expired` event never reached the webhook: every order still
// awaiting payment after its session should have expired is queued for convergence (sync-order.ts expires a
// session Stripe left open, and ends an order Stripe never opened a session for).
import { asPlatform } from "@/lib/db";
import { JOB, jobQueue } from "@/lib/jobs/queue";
import { sweepCutoff } from "./checkout-expiry";

const BATCH = 200;
// Sweeps of the server's processes within this window queue one job per order.
const ONE_JOB_PER_ORDER_SECONDS = 600;

/** Queues the overdue orders' convergence; returns how many were queued. */
export async function sweepAbandonedCheckouts(now = new Date()): Promise<number> {
  const overdue = await asPlatform("store: find checkouts overdue for expiry", (tx) =>
    tx.storeOrder.findMany({
      where: { status: "PENDING", createdAt: { lt: sweepCutoff(now) } },
      orderBy: { createdAt: "asc" },
      take: BATCH,
      select: { id: true },
    }),
  );
  if (!overdue.length) return 0;
  const boss = await jobQueue();
  for (const order of overdue)
    await boss.send(
      JOB.syncStoreOrder,
      { reference: { orderId: order.id } },
      { singletonKey: `sweep-${order.id}`, singletonSeconds: ONE_JOB_PER_ORDER_SECONDS },
    );
  return overdue.length;
}
