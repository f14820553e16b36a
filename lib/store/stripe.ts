// The Stripe client, from configuration: STRIPE_SECRET_KEY, and STRIPE_API_BASE when the platform talks to a
// Stripe-compatible server of its own (the local one for the demo and the tests). Without a key the store
// says that payments are not configured.
import Stripe from "stripe";

const cache = globalThis as unknown as { __clikcStripe?: { key: string; base: string; client: Stripe } };

export function paymentsConfigured(): boolean {
  return Boolean(process.env.STRIPE_SECRET_KEY && process.env.STRIPE_WEBHOOK_SECRET);
}

export function stripeClient(): Stripe | null {
  const key = process.env.STRIPE_SECRET_KEY;
  if (!key || !process.env.STRIPE_WEBHOOK_SECRET) return null;
  const base = process.env.STRIPE_API_BASE ?? "";
  if (cache.__clikcStripe?.key !== key || cache.__clikcStripe.base !== base) {
    const url = base ? new URL(base) : null;
    const client = new Stripe(key, {
      maxNetworkRetries: 2,
      ...(url
        ? {
            host: url.hostname,
            port: Number(url.port || (url.protocol === "https:" ? 443 : 80)),
            protocol: url.protocol === "https:" ? "https" : "http",
          }
        : {}),
    });
    cache.__clikcStripe = { key, base, client };
  }
  return cache.__clikcStripe.client;
}

/** The signing secret of the webhook endpoint. */
export function webhookSecret(): string | null {
  return process.env.STRIPE_WEBHOOK_SECRET ?? null;
}
