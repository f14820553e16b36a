// Converges an order to Stripe's state, whatever event woke it and in whatever order events arrive: the
// Checkout Session (and its subscription or refunds) is re-read from Stripe under a lock on the order, and
// the order, the buyer's access or the company's seat pool are set from what Stripe says. Running it again
// changes nothing.
import type Stripe from "stripe";
import { localized } from "@/lib/i18n/localized";
import { asPlatform, type PlatformTx, type StoreOrderStatus } from "@/lib/db";
import { afterCommit, queueEmail } from "@/lib/notifications/queue-email";
import { publicProtocol, siteOrigin } from "@/lib/tenancy/host";
import type { OrderReference } from "./record-stripe-event";
import { checkoutExpiresAt } from "./checkout-expiry";
import { recomputeSeatPool } from "./seat-pool";
import { stripeClient } from "./stripe";

const idOf = (value: string | { id: string } | null | undefined): string | null =>
  value ? (typeof value === "string" ? value : value.id) : null;

interface StripeState {
  status: StoreOrderStatus;
  amountTotal: number | null;
  amountDiscount: number;
  paymentIntentId: string | null;
  subscriptionId: string | null;
  periodEndsAt: Date | null;
}

/** Expires a session still open after its `expires_at` (Stripe's own expiry is late, or its event was lost). */
async function expireIfOverdue(stripe: Stripe, session: Stripe.Checkout.Session): Promise<Stripe.Checkout.Session> {
  if (session.status !== "open" || !session.expires_at || session.expires_at * 1000 > Date.now()) return session;
  // Refused when the session was completed or expired in the meantime: read it again.
  return stripe.checkout.sessions.expire(session.id).catch(() => stripe.checkout.sessions.retrieve(session.id));
}

async function readStripeState(stripe: Stripe, sessionId: string): Promise<StripeState> {
  const session = await expireIfOverdue(stripe, await stripe.checkout.sessions.retrieve(sessionId));
  const state: StripeState = {
    status: session.status === "expired" ? "CANCELLED" : "PENDING",
    amountTotal: session.amount_total ?? null,
    amountDiscount: session.total_details?.amount_discount ?? 0,
    paymentIntentId: idOf(session.payment_intent),
    subscriptionId: idOf(session.subscription),
    periodEndsAt: null,
  };
  const complete = session.status === "complete" && session.payment_status !== "unpaid";
  if (!complete) return state;
  if (state.subscriptionId) {
    const subscription = await stripe.subscriptions.retrieve(state.subscriptionId);
    const end = subscription.items.data[0]?.current_period_end;
    state.periodEndsAt = end ? new Date(end * 1000) : null;
    state.status = ["active", "trialing"].includes(subscription.status)
      ? "PAID"
      : ["canceled", "incomplete_expired"].includes(subscription.status)
        ? "CANCELLED"
        : "PAYMENT_FAILED";
    return state;
  }
  state.status = "PAID";
  if (state.paymentIntentId) {
    const refunds = await stripe.refunds.list({ payment_intent: state.paymentIntentId, limit: 100 });
    const refunded = refunds.data.filter((r) => r.status === "succeeded").reduce((sum, r) => sum + r.amount, 0);
    if (refunded > 0 && refunded >= (state.amountTotal ?? 0)) state.status = "REFUNDED";
  }
  return state;
}

const NEVER_OPENED: StripeState = {
  status: "CANCELLED",
  amountTotal: null,
  amountDiscount: 0,
  paymentIntentId: null,
  subscriptionId: null,
  periodEndsAt: null,
};

async function findOrderId(tx: PlatformTx, reference: OrderReference): Promise<string | null> {
  const ors = [
    reference.orderId && /^[0-9a-f-]{36}$/.test(reference.orderId) ? { id: reference.orderId } : null,
    reference.sessionId ? { stripeSessionId: reference.sessionId } : null,
    reference.subscriptionId ? { stripeSubscriptionId: reference.subscriptionId } : null,
    reference.paymentIntentId ? { stripePaymentIntentId: reference.paymentIntentId } : null,
  ].filter((c): c is NonNullable<typeof c> => c !== null);
  if (!ors.length) return null;
  return (await tx.storeOrder.findFirst({ where: { OR: ors }, select: { id: true } }))?.id ?? null;
}

/** The order's status after convergence, or null when the reference names no order of the store. */
export async function syncStoreOrder(reference: OrderReference): Promise<StoreOrderStatus | null> {
  const stripe = stripeClient();
  if (!stripe) throw new Error("Payments are not configured.");
  const afterwards: Array<() => Promise<void>> = [];
  const status = await asPlatform("store: converge an order to Stripe's state", async (tx) => {
    const orderId = await findOrderId(tx, reference);
    if (!orderId) return null;
    // One convergence at a time per order: the later one reads Stripe after the earlier one wrote.
    await tx.$queryRaw`SELECT 1 FROM "StoreOrder" WHERE "id" = ${orderId}::uuid FOR UPDATE`;
    const order = await tx.storeOrder.findUniqueOrThrow({
      where: { id: orderId },
      include: {
        product: { select: { id: true, kind: true, title: true, courses: { select: { courseId: true } } } },
        user: { select: { email: true, firstName: true, locale: true } },
      },
    });
    const now = new Date();
    const state = order.stripeSessionId
      ? await readStripeState(stripe, order.stripeSessionId)
      : // Stripe never opened a session for it (its call failed): the order ends once its checkout would have.
        order.status === "PENDING" && checkoutExpiresAt(order.createdAt) <= now
        ? NEVER_OPENED
        : null;
    if (!state) return order.status;
    const ended = state.status === "REFUNDED" || state.status === "CANCELLED" || state.status === "PAYMENT_FAILED";
    const firstPaid = state.status === "PAID" && !order.paidAt;
    await tx.storeOrder.update({
      where: { id: order.id },
      data: {
        status: state.status,
        amountTotal: state.amountTotal,
        amountDiscount: state.amountDiscount,
        stripePaymentIntentId: state.paymentIntentId,
        stripeSubscriptionId: state.subscriptionId,
        periodEndsAt: state.periodEndsAt,
        // Set once Stripe collected a payment, even if it was refunded since.
        paidAt: order.paidAt ?? (state.status === "PAID" || state.paymentIntentId || state.subscriptionId ? now : null),
        endedAt: ended ? (order.endedAt ?? now) : null,
      },
    });
    if (order.seatPoolId) {
      await recomputeSeatPool(tx, order.seatPoolId, now);
    } else if (state.status === "PAID") {
      await tx.storeAccess.upsert({
        where: { orderId: order.id },
        create: {
          tenantId: order.tenantId,
          userId: order.userId,
          productId: order.productId,
          source: "PURCHASE",
          orderId: order.id,
          expiresAt: state.periodEndsAt,
        },
        update: { revokedAt: null, expiresAt: state.periodEndsAt },
      });
      // A course or a bundle: the buyer is enrolled at once and can start learning.
      if (order.product.kind !== "SUBSCRIPTION" && order.product.courses.length) {
        await tx.enrolment.createMany({
          data: order.product.courses.map((c) => ({
            tenantId: order.tenantId,
            userId: order.userId,
            courseId: c.courseId,
          })),
          skipDuplicates: true,
        });
      }
    } else {
      await tx.storeAccess.updateMany({ where: { orderId: order.id, revokedAt: null }, data: { revokedAt: now } });
    }
    if (firstPaid) {
      const origin = siteOrigin({ kind: "academy" }, publicProtocol());
      afterwards.push(
        await queueEmail(tx, {
          tenantId: order.tenantId,
          to: order.user.email,
          locale: order.user.locale,
          // A company manager learns how to assign the seats; a buyer for themselves, that they can start.
          template: order.seatPoolId ? "storeSeatsPaid" : "storeOrderPaid",
          values: {
            firstName: order.user.firstName,
            product: localized(order.product.title as Record<string, string>, order.user.locale ?? "en"),
            number: String(order.number),
            link: `${origin}/orders/${order.id}`,
            ...(order.seatPoolId
              ? { seats: String(order.seats ?? 1), seatsLink: `${origin}/company/${order.seatPoolId}` }
              : {}),
          },
        }),
      );
    }
    return state.status;
  });
  await afterCommit(afterwards);
  return status;
}
