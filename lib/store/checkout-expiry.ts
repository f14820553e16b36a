// How long a Checkout Session stays open, and when an order still awaiting payment is swept: Stripe expires
// the session at `expires_at` and sends `checkout.session.expired`; an order whose event never arrived is
// converged by the sweep once the session should have expired, so no order awaits payment for ever.

/** Stripe's shortest lifetime of a Checkout Session (its default is 24 hours). */
export const CHECKOUT_LIFETIME_MINUTES = 30;
/** Time left to Stripe's own expiry and its event before the sweep asks. */
export const SWEEP_GRACE_MINUTES = 10;

/** When a checkout started at `startedAt` expires. */
export function checkoutExpiresAt(startedAt: Date): Date {
  return new Date(startedAt.getTime() + CHECKOUT_LIFETIME_MINUTES * 60_000);
}

/** Orders started before this moment and still awaiting payment are swept. */
export function sweepCutoff(now: Date): Date {
  return new Date(now.getTime() - (CHECKOUT_LIFETIME_MINUTES + SWEEP_GRACE_MINUTES) * 60_000);
}
