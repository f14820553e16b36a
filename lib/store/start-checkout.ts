// Starts a purchase: the order is written first (PENDING), then a Stripe Checkout Session that names it in
// its metadata (and in its payment's or subscription's), so every later event leads back to the order.
// Nothing is granted here: only the signed webhook does that (sync-order.ts).
import { holds } from "@/lib/permissions";
import type Stripe from "stripe";
import { fieldMessages } from "@/lib/field-messages";
import type { Viewer } from "@/lib/auth/load-viewer";
import { forTenant } from "@/lib/db";
import { Conflict, Invalid, NotFound } from "@/lib/errors";
import { localized } from "@/lib/i18n/localized";
import { publicProtocol, siteOrigin } from "@/lib/tenancy/host";
import { checkoutExpiresAt } from "./checkout-expiry";
import { ownedCourseIds, ownershipOf } from "./owned-courses";
import { storeContext } from "./store-context";
import { parsePrices } from "./prices";
import { checkoutSchema, type CheckoutInput } from "./schemas";
import { stripeClient } from "./stripe";

export async function startCheckout(buyer: Viewer, input: CheckoutInput): Promise<{ orderId: string; url: string }> {
  if (buyer.homeTenantKind !== "ACADEMY") throw new NotFound();
  const stripe = stripeClient();
  if (!stripe) throw new Conflict("Payments are not configured.");
  const parsed = checkoutSchema.safeParse(input);
  if (!parsed.success) throw new Invalid(fieldMessages(parsed.error));
  const { productId, currency, seats, poolId } = parsed.data;
  if ((seats !== undefined || poolId) && !holds("store.manageCompany", buyer)) throw new NotFound();
  const ctx = await storeContext();

  const order = await forTenant(ctx, async (tx) => {
    const product = await tx.storeProduct.findFirst({
      where: { id: productId, active: true },
      select: {
        id: true,
        kind: true,
        title: true,
        prices: true,
        periodMonths: true,
        courses: { select: { courseId: true } },
      },
    });
    if (!product) throw new NotFound();
    // Never sold twice: a buyer who already has every course of the product is sent to it instead.
    const courses = product.courses.map((link) => ({ id: link.courseId }));
    if (seats === undefined && !poolId && ownershipOf(courses, await ownedCourseIds(tx, buyer.id)).complete)
      throw new Invalid({ form: "alreadyOwned" });
    const unit = parsePrices(product.prices)[currency];
    if (!unit) throw new Invalid({ currency: "currencyRequired" });
    let seatPoolId: string | null = null;
    if (poolId) {
      const pool = await tx.storeSeatPool.findFirst({
        where: { id: poolId, managerId: buyer.id, productId },
        select: { id: true },
      });
      if (!pool) throw new NotFound();
      seatPoolId = pool.id;
    } else if (seats !== undefined) {
      seatPoolId = (
        await tx.storeSeatPool.create({
          data: { tenantId: ctx.tenantId, managerId: buyer.id, productId },
          select: { id: true },
        })
      ).id;
    }
    const quantity = seatPoolId ? (seats ?? 1) : 1;
    const created = await tx.storeOrder.create({
      data: {
        tenantId: ctx.tenantId,
        userId: buyer.id,
        productId,
        seats: seatPoolId ? quantity : null,
        seatPoolId,
        currency,
        amountSubtotal: unit * quantity,
      },
      select: { id: true },
    });
    return { id: created.id, product, unit, quantity };
  });

  const origin = siteOrigin({ kind: "academy" }, publicProtocol());
  const metadata = { orderId: order.id };
  const subscription = order.product.kind === "SUBSCRIPTION";
  const params: Stripe.Checkout.SessionCreateParams = {
    mode: subscription ? "subscription" : "payment",
    line_items: [
      {
        quantity: order.quantity,
        price_data: {
          currency,
          unit_amount: order.unit,
          product_data: { name: localized(order.product.title as Record<string, string>, buyer.locale ?? "en") },
          ...(subscription
            ? { recurring: { interval: "month" as const, interval_count: order.product.periodMonths ?? 1 } }
            : {}),
        },
      },
    ],
    metadata,
    client_reference_id: order.id,
    ...(subscription ? { subscription_data: { metadata } } : { payment_intent_data: { metadata } }),
    allow_promotion_codes: true,
    // An abandoned checkout ends: Stripe expires the session and tells the webhook (checkout-expiry.ts).
    expires_at: Math.ceil(checkoutExpiresAt(new Date()).getTime() / 1000),
    success_url: `${origin}/checkout/success?order=${order.id}`,
    // Leaving Stripe's page leads to the order, where the buyer can cancel it or see it expire.
    cancel_url: `${origin}/orders/${order.id}`,
  };
  const session = await stripe.checkout.sessions.create(params, { idempotencyKey: `checkout-${order.id}` });
  await forTenant(ctx, (tx) =>
    tx.storeOrder.update({ where: { id: order.id }, data: { stripeSessionId: session.id } }),
  );
  if (!session.url) throw new Error("Stripe returned no checkout address.");
  return { orderId: order.id, url: session.url };
}
