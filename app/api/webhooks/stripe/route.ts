// Stripe's webhook: the raw body's signature and timestamp (300 s) are checked with the SDK, the event is
// stored once and its order queued; the answer comes at once, the work happens in the job.
import type Stripe from "stripe";
import { recordStripeEvent } from "@/lib/store/record-stripe-event";
import { stripeClient, webhookSecret } from "@/lib/store/stripe";

export const dynamic = "force-dynamic";

const TOLERANCE_SECONDS = 300;

function signedAt(header: string | null): number {
  const t = (header ?? "").split(",").find((part) => part.trim().startsWith("t="));
  return t ? Number(t.trim().slice(2)) || 0 : 0;
}

export async function POST(request: Request): Promise<Response> {
  const stripe = stripeClient();
  const secret = webhookSecret();
  if (!stripe || !secret) return new Response(null, { status: 404 });
  const payload = await request.text();
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(
      payload,
      request.headers.get("stripe-signature") ?? "",
      secret,
      TOLERANCE_SECONDS,
    );
  } catch {
    return Response.json({ error: "invalid signature" }, { status: 400 });
  }
  // The SDK refuses old timestamps only: one beyond the tolerance in the future is refused as well.
  if (signedAt(request.headers.get("stripe-signature")) > Date.now() / 1000 + TOLERANCE_SECONDS)
    return Response.json({ error: "invalid timestamp" }, { status: 400 });
  if (typeof event.id !== "string" || event.id === "") return Response.json({ received: true, duplicate: false });
  const fresh = await recordStripeEvent(event);
  return Response.json({ received: true, duplicate: !fresh });
}
