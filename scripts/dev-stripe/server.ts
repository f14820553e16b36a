// A local Stripe-compatible HTTP server for the demo and the tests: the subset of the Stripe API the store
// uses (Checkout Sessions, promotion codes, subscriptions, refunds), a hosted checkout page with a Pay
// button, and webhook events signed with the Stripe SDK's own test helper, posted to the platform. It is
// third-party HTTP only: the platform talks to it through the real SDK, exactly as to Stripe.
import { randomBytes } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import Stripe from "stripe";
import { parseFormBody } from "./form-body";

export interface DevStripeOptions {
  port?: number;
  /** Where events are posted; none: they are only recorded (tests post them themselves). */
  webhookUrl?: string | null;
  webhookSecret: string;
  /** Promotion codes to create at start, for example [{ code: "ACADEMY10", percentOff: 10 }]. */
  promotionCodes?: Array<{ code: string; percentOff: number }>;
}

type Json = Record<string, unknown>;
interface LineItem {
  quantity: number;
  price_data: {
    currency: string;
    unit_amount: number;
    product_data: { name: string };
    recurring?: { interval: string; interval_count: number };
  };
}
interface SessionRecord extends Json {
  id: string;
  mode: "payment" | "subscription";
  status: "open" | "complete" | "expired";
  payment_status: "unpaid" | "paid";
  expires_at: number;
  amount_subtotal: number;
  amount_total: number;
  currency: string;
  metadata: Record<string, string>;
  success_url: string;
  cancel_url: string | null;
  payment_intent: string | null;
  subscription: string | null;
  allow_promotion_codes: boolean;
  total_details: { amount_discount: number; amount_shipping: number; amount_tax: number };
}

export interface DevStripe {
  url: string;
  /** Every event the server emitted, in order. */
  events: Stripe.Event[];
  completeSession(sessionId: string, options?: { promotionCode?: string }): Promise<SessionRecord>;
  /** Moves an open session's `expires_at` to the past, as if the buyer had left it (the server expires it later). */
  abandonSession(sessionId: string): void;
  /** Expires every open session past its `expires_at`, with its event, as Stripe does on its own. */
  expireOverdueSessions(): Promise<void>;
  refund(paymentIntentId: string): Promise<void>;
  failSubscriptionPayment(subscriptionId: string): Promise<void>;
  cancelSubscription(subscriptionId: string): Promise<void>;
  close(): Promise<void>;
}

const signer = new Stripe("sk_test_local_signer");
const now = () => Math.floor(Date.now() / 1000);
const newId = (prefix: string) => `${prefix}_test_${randomBytes(12).toString("hex")}`;

function addMonths(seconds: number, months: number): number {
  const date = new Date(seconds * 1000);
  date.setUTCMonth(date.getUTCMonth() + months);
  return Math.floor(date.getTime() / 1000);
}

function stripeError(res: http.ServerResponse, status: number, message: string) {
  res.writeHead(status, { "Content-Type": "application/json" });
  res.end(JSON.stringify({ error: { type: "invalid_request_error", message } }));
}

function sendJson(res: http.ServerResponse, value: unknown) {
  res.writeHead(200, { "Content-Type": "application/json" });
  res.end(JSON.stringify(value));
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const money = (amount: number, currency: string) => `${(amount / 100).toFixed(2)} ${currency.toUpperCase()}`;

export async function startDevStripe(options: DevStripeOptions): Promise<DevStripe> {
  const sessions = new Map<string, SessionRecord & { line_items: LineItem[] }>();
  const paymentIntents = new Map<
    string,
    Json & { amount: number; metadata: Record<string, string>; latest_charge: string }
  >();
  const charges = new Map<
    string,
    Json & { amount: number; amount_refunded: number; refunded: boolean; payment_intent: string }
  >();
  const refunds: Array<Json & { amount: number; payment_intent: string }> = [];
  const subscriptions = new Map<string, Json & { status: string; metadata: Record<string, string> }>();
  const coupons = new Map<string, Json & { percent_off: number | null; amount_off: number | null }>();
  const promotionCodes = new Map<string, Json & { code: string; coupon: Json; active: boolean }>();
  const events: Stripe.Event[] = [];
  let baseUrl = "";

  function createPromotionCode(code: string, couponId: string) {
    const coupon = coupons.get(couponId);
    if (!coupon) throw new Error("No such coupon");
    const promotion = {
      id: newId("promo"),
      object: "promotion_code",
      code,
      active: true,
      coupon,
      promotion: { type: "coupon", coupon: coupon.id },
      created: now(),
      livemode: false,
    };
    promotionCodes.set(promotion.id, promotion);
    return promotion;
  }
  function createCoupon(percentOff: number | null, amountOff: number | null, currency: string | null) {
    const coupon = {
      id: newId("coupon"),
      object: "coupon",
      percent_off: percentOff,
      amount_off: amountOff,
      currency,
      valid: true,
      created: now(),
      livemode: false,
    };
    coupons.set(coupon.id, coupon);
    return coupon;
  }
  for (const { code, percentOff } of options.promotionCodes ?? [])
    createPromotionCode(code, createCoupon(percentOff, null, null).id as string);

  async function deliver(event: Stripe.Event) {
    if (!options.webhookUrl) return;
    const payload = JSON.stringify(event);
    for (let attempt = 0; attempt < 5; attempt += 1) {
      try {
        const header = signer.webhooks.generateTestHeaderString({ payload, secret: options.webhookSecret });
        const response = await fetch(options.webhookUrl, {
          method: "POST",
          headers: { "Content-Type": "application/json", "Stripe-Signature": header },
          body: payload,
        });
        if (response.ok) return;
      } catch {
        // The platform may still be starting: try again.
      }
      await new Promise((resolve) => setTimeout(resolve, 500 * 2 ** attempt));
    }
    console.error(`local Stripe: event ${event.id} (${event.type}) was not accepted by ${options.webhookUrl}`);
  }

  async function emit(type: string, object: Json) {
    const event = {
      id: newId("evt"),
      object: "event",
      api_version: "2026-10-28.endive",
      created: now(),
      type,
      livemode: false,
      pending_webhooks: 1,
      data: { object: structuredClone(object) },
      request: { id: null, idempotency_key: null },
    } as unknown as Stripe.Event;
    events.push(event);
    await deliver(event);
  }

  function publicSession(session: SessionRecord & { line_items: LineItem[] }): SessionRecord {
    // Line items are returned only when asked for (expand), like Stripe.
    const { line_items: _items, ...rest } = session;
    void _items;
    return rest;
  }

  async function completeSession(sessionId: string, { promotionCode }: { promotionCode?: string } = {}) {
    const session = sessions.get(sessionId);
    if (!session) throw new Error(`No such checkout session: ${sessionId}`);
    if (session.status !== "open") return publicSession(session);
    const promotion =
      promotionCode && session.allow_promotion_codes
        ? [...promotionCodes.values()].find(
            (p) => p.active && p.code.toLowerCase() === promotionCode.trim().toLowerCase(),
          )
        : undefined;
    const coupon = promotion?.coupon as { percent_off: number | null; amount_off: number | null } | undefined;
    const discount = coupon
      ? Math.min(
          session.amount_subtotal,
          coupon.percent_off
            ? Math.round((session.amount_subtotal * coupon.percent_off) / 100)
            : (coupon.amount_off ?? 0),
        )
      : 0;
    session.total_details = { amount_discount: discount, amount_shipping: 0, amount_tax: 0 };
    session.amount_total = session.amount_subtotal - discount;
    const metadata = { ...session.metadata };
    if (session.mode === "payment") {
      const pi = newId("pi");
      const ch = newId("ch");
      charges.set(ch, {
        id: ch,
        object: "charge",
        amount: session.amount_total,
        amount_refunded: 0,
        refunded: false,
        currency: session.currency,
        payment_intent: pi,
        metadata,
        status: "succeeded",
        created: now(),
      });
      paymentIntents.set(pi, {
        id: pi,
        object: "payment_intent",
        amount: session.amount_total,
        currency: session.currency,
        status: "succeeded",
        metadata,
        latest_charge: ch,
        created: now(),
      });
      session.payment_intent = pi;
    } else {
      const item = session.line_items[0];
      const recurring = item.price_data.recurring ?? { interval: "month", interval_count: 1 };
      const months = recurring.interval === "year" ? 12 * recurring.interval_count : recurring.interval_count;
      const start = now();
      const sub = newId("sub");
      subscriptions.set(sub, {
        id: sub,
        object: "subscription",
        status: "active",
        metadata,
        currency: session.currency,
        cancel_at_period_end: false,
        canceled_at: null,
        created: start,
        livemode: false,
        items: {
          object: "list",
          data: [
            {
              id: newId("si"),
              object: "subscription_item",
              quantity: item.quantity,
              current_period_start: start,
              current_period_end: addMonths(start, months),
              price: { currency: session.currency, unit_amount: item.price_data.unit_amount, recurring },
            },
          ],
        },
      });
      session.subscription = sub;
    }
    session.status = "complete";
    session.payment_status = "paid";
    await emit("checkout.session.completed", publicSession(session));
    return publicSession(session);
  }

  async function expireSession(sessionId: string) {
    const session = sessions.get(sessionId);
    if (!session) throw new Error(`No such checkout.session: '${sessionId}'`);
    if (session.status !== "open")
      throw new Error(`Only Checkout Sessions with a status in [open] can be expired; this one is ${session.status}.`);
    session.status = "expired";
    await emit("checkout.session.expired", publicSession(session));
    return publicSession(session);
  }

  async function expireOverdueSessions() {
    for (const session of sessions.values())
      if (session.status === "open" && session.expires_at <= now()) await expireSession(session.id);
  }

  async function refund(paymentIntentId: string, amount?: number) {
    const intent = paymentIntents.get(paymentIntentId);
    if (!intent) throw new Error(`No such payment_intent: ${paymentIntentId}`);
    const charge = charges.get(intent.latest_charge)!;
    const value = Math.min(amount ?? charge.amount - charge.amount_refunded, charge.amount - charge.amount_refunded);
    const record = {
      id: newId("re"),
      object: "refund",
      amount: value,
      currency: charge.currency,
      charge: charge.id,
      payment_intent: paymentIntentId,
      status: "succeeded",
      metadata: {},
      created: now(),
    };
    refunds.push(record);
    charge.amount_refunded += value;
    charge.refunded = charge.amount_refunded >= charge.amount;
    await emit("charge.refunded", charge);
    return record;
  }

  async function failSubscriptionPayment(subscriptionId: string) {
    const sub = subscriptions.get(subscriptionId);
    if (!sub) throw new Error(`No such subscription: ${subscriptionId}`);
    sub.status = "past_due";
    await emit("invoice.payment_failed", {
      id: newId("in"),
      object: "invoice",
      status: "open",
      metadata: {},
      created: now(),
      parent: {
        type: "subscription_details",
        subscription_details: { subscription: subscriptionId, metadata: sub.metadata },
      },
    });
  }

  async function cancelSubscription(subscriptionId: string) {
    const sub = subscriptions.get(subscriptionId);
    if (!sub) throw new Error(`No such subscription: ${subscriptionId}`);
    if (sub.status !== "canceled") {
      sub.status = "canceled";
      sub.canceled_at = now();
      await emit("customer.subscription.deleted", sub);
    }
    return sub;
  }

  function createSession(params: Json) {
    const items =
      (params.line_items as Array<{
        quantity?: string;
        price_data: {
          currency: string;
          unit_amount: string;
          product_data: { name: string };
          recurring?: { interval: string; interval_count?: string };
        };
      }>) ?? [];
    if (!items.length) throw new Error("line_items is required");
    const lineItems: LineItem[] = items.map((item) => ({
      quantity: Number(item.quantity ?? 1),
      price_data: {
        currency: item.price_data.currency.toLowerCase(),
        unit_amount: Number(item.price_data.unit_amount),
        product_data: { name: item.price_data.product_data.name },
        ...(item.price_data.recurring
          ? {
              recurring: {
                interval: item.price_data.recurring.interval,
                interval_count: Number(item.price_data.recurring.interval_count ?? 1),
              },
            }
          : {}),
      },
    }));
    const subtotal = lineItems.reduce((sum, item) => sum + item.quantity * item.price_data.unit_amount, 0);
    const id = newId("cs");
    const metadata = (params.metadata as Record<string, string>) ?? {};
    const expiresAt = params.expires_at ? Number(params.expires_at) : now() + 24 * 3600;
    if (!Number.isInteger(expiresAt) || expiresAt < now() + 30 * 60 - 60 || expiresAt > now() + 24 * 3600)
      throw new Error("expires_at must be between 30 minutes and 24 hours from now.");
    const session = {
      id,
      object: "checkout.session",
      mode: params.mode === "subscription" ? ("subscription" as const) : ("payment" as const),
      status: "open" as const,
      payment_status: "unpaid" as const,
      expires_at: expiresAt,
      amount_subtotal: subtotal,
      amount_total: subtotal,
      currency: lineItems[0].price_data.currency,
      metadata,
      client_reference_id: (params.client_reference_id as string) ?? null,
      customer_email: (params.customer_email as string) ?? null,
      success_url: String(params.success_url ?? ""),
      cancel_url: (params.cancel_url as string) ?? null,
      url: `${baseUrl}/pay/${id}`,
      payment_intent: null,
      subscription: null,
      allow_promotion_codes: params.allow_promotion_codes === "true",
      total_details: { amount_discount: 0, amount_shipping: 0, amount_tax: 0 },
      created: now(),
      livemode: false,
      line_items: lineItems,
    };
    sessions.set(id, session);
    return session;
  }

  function checkoutPage(session: SessionRecord & { line_items: LineItem[] }): string {
    const lines = session.line_items
      .map(
        (item) =>
          `<li>${escapeHtml(item.price_data.product_data.name)} × ${item.quantity}: ${money(item.price_data.unit_amount * item.quantity, item.price_data.currency)}</li>`,
      )
      .join("");
    const body =
      session.status !== "open"
        ? `<p role="status">This checkout session is ${session.status}.</p>`
        : `<ul>${lines}</ul><p>Total: <strong>${money(session.amount_subtotal, session.currency)}</strong></p>
        <form method="post">
          ${session.allow_promotion_codes ? `<p><label for="promotion_code">Promotion code</label> <input id="promotion_code" name="promotion_code" autocomplete="off"></p>` : ""}
          <button type="submit">Pay</button>
          ${session.cancel_url ? ` <a href="${escapeHtml(session.cancel_url)}">Cancel</a>` : ""}
        </form>`;
    return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Local test checkout</title></head>
      <body><main><h1>Local test checkout</h1><p>Test mode: no card is charged.</p>${body}</main></body></html>`;
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse, raw: string) {
    const url = new URL(req.url ?? "/", baseUrl);
    const parts = url.pathname.split("/").filter(Boolean);
    const params = req.method === "GET" ? Object.fromEntries(url.searchParams) : parseFormBody(raw);
    // Object ids (all minted here, with "_test_") become ":id" in the route.
    const route = `${req.method} /${parts.map((p) => (p.includes("_test_") ? ":id" : p)).join("/")}`;

    // The hosted checkout page.
    if (parts[0] === "pay" && parts[1]) {
      const session = sessions.get(parts[1]);
      if (!session) return stripeError(res, 404, "No such checkout session");
      if (session.status === "open" && session.expires_at <= now()) await expireSession(session.id);
      if (req.method === "POST" && session.status === "open") {
        await completeSession(session.id, { promotionCode: String(params.promotion_code ?? "") });
        res.writeHead(303, { Location: session.success_url.replace("{CHECKOUT_SESSION_ID}", session.id) });
        return res.end();
      }
      res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
      return res.end(checkoutPage(session));
    }

    switch (route) {
      case "POST /v1/checkout/sessions":
        return sendJson(res, publicSession(createSession(params)));
      case "GET /v1/checkout/sessions/:id": {
        const session = sessions.get(parts[3]);
        return session
          ? sendJson(res, publicSession(session))
          : stripeError(res, 404, `No such checkout.session: '${parts[3]}'`);
      }
      case "POST /v1/checkout/sessions/:id/expire":
        return sessions.has(parts[3])
          ? sendJson(res, await expireSession(parts[3]))
          : stripeError(res, 404, `No such checkout.session: '${parts[3]}'`);
      case "GET /v1/subscriptions/:id": {
        const sub = subscriptions.get(parts[2]);
        return sub ? sendJson(res, sub) : stripeError(res, 404, `No such subscription: '${parts[2]}'`);
      }
      case "DELETE /v1/subscriptions/:id":
        return sendJson(res, await cancelSubscription(parts[2]));
      case "GET /v1/payment_intents/:id": {
        const intent = paymentIntents.get(parts[2]);
        return intent ? sendJson(res, intent) : stripeError(res, 404, `No such payment_intent: '${parts[2]}'`);
      }
      case "POST /v1/refunds":
        return sendJson(
          res,
          await refund(String(params.payment_intent), params.amount ? Number(params.amount) : undefined),
        );
      case "GET /v1/refunds": {
        const data = refunds.filter((r) => !params.payment_intent || r.payment_intent === params.payment_intent);
        return sendJson(res, { object: "list", data, has_more: false, url: "/v1/refunds" });
      }
      case "POST /v1/coupons":
        return sendJson(
          res,
          createCoupon(
            params.percent_off ? Number(params.percent_off) : null,
            params.amount_off ? Number(params.amount_off) : null,
            (params.currency as string) ?? null,
          ),
        );
      case "POST /v1/promotion_codes": {
        const promotion = params.promotion as { coupon?: string } | undefined;
        return sendJson(res, createPromotionCode(String(params.code), String(promotion?.coupon ?? params.coupon)));
      }
      case "GET /v1/promotion_codes": {
        const data = [...promotionCodes.values()].filter((p) => !params.code || p.code === params.code);
        return sendJson(res, { object: "list", data, has_more: false, url: "/v1/promotion_codes" });
      }
      default:
        return stripeError(res, 404, `Unrecognized request URL (${req.method}: ${url.pathname}).`);
    }
  }

  const server = http.createServer((req, res) => {
    let raw = "";
    req.on("data", (chunk) => (raw += chunk));
    req.on("end", () => {
      handle(req, res, raw).catch((error: Error) => stripeError(res, 400, error.message));
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  baseUrl = `http://localhost:${(server.address() as AddressInfo).port}`;
  // Stripe expires abandoned sessions on its own, a little after their expires_at.
  const expiry = setInterval(() => void expireOverdueSessions().catch(() => undefined), 30_000);
  expiry.unref();
  return {
    url: baseUrl,
    events,
    completeSession,
    abandonSession: (id) => {
      const session = sessions.get(id);
      if (session?.status === "open") session.expires_at = now() - 1;
    },
    expireOverdueSessions,
    refund: async (id) => void (await refund(id)),
    failSubscriptionPayment,
    cancelSubscription: async (id) => void (await cancelSubscription(id)),
    close: () =>
      new Promise<void>((resolve) => {
        clearInterval(expiry);
        server.close(() => resolve());
      }),
  };
}
