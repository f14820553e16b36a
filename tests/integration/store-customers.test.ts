// What the Academy's customers notice: a course they own is never sold to them again, an abandoned checkout ends
// (Stripe's expiry, its event, the sweep, or the buyer's own cancellation) and never awaits payment for ever, a
// manager's receipt says how to assign the seats, and an employee who accepts a seat lands on its course.
import { Invalid, NotFound } from "@/lib/errors";
import { cancelMyCheckout } from "@/lib/store/cancel-my-checkout";
import { getStoreProduct } from "@/lib/store/get-store-product";
import { listStoreProducts } from "@/lib/store/list-store-products";
import { acceptSeat } from "@/lib/store/seats/accept-seat";
import { assignSeat } from "@/lib/store/seats/assign-seat";
import { seatHolder } from "@/lib/store/seats/seat-holder";
import { startCheckout } from "@/lib/store/start-checkout";
import { sweepAbandonedCheckouts } from "@/lib/store/sweep-abandoned-checkouts";
import { lastEmailTo, tokenIn } from "../helpers/outbox";
import { setUpTestDatabase } from "../helpers/test-database";
import { drainStoreJobs, postEvent, productId, sessionIdOf, setUpStripe, viewerOf } from "../helpers/store";

const db = setUpTestDatabase();
const stripe = setUpStripe();

async function courseId(code: string) {
  return (await db.owner.course.findFirstOrThrow({ where: { code, isCore: true } })).id;
}

async function checkout(username: string, kind: "COURSE" | "BUNDLE" | "SUBSCRIPTION", seats?: number) {
  const viewer = await viewerOf(db.owner, username);
  const product = await productId(db.owner, kind);
  const started = await startCheckout(viewer, { productId: product, currency: "usd", ...(seats ? { seats } : {}) });
  return { viewer, product, ...started, sessionId: sessionIdOf(started.url) };
}

async function pay(sessionId: string) {
  const before = stripe.server.events.length;
  await stripe.server.completeSession(sessionId);
  for (const event of stripe.server.events.slice(before)) expect((await postEvent(event)).status).toBe(200);
  await drainStoreJobs();
}

const orderOf = (id: string) => db.owner.storeOrder.findUniqueOrThrow({ where: { id } });

/** Moves an order's start back in time, as if the buyer had left it that long ago. */
async function age(orderId: string, minutes: number) {
  const order = await orderOf(orderId);
  await db.owner.storeOrder.update({
    where: { id: orderId },
    data: { createdAt: new Date(order.createdAt.getTime() - minutes * 60_000) },
  });
}

describe("a course the buyer already owns", () => {
  it("says 'already yours' instead of selling it again, and refuses a second purchase for oneself", async () => {
    const { viewer, product, sessionId } = await checkout("academy.buyer", "COURSE");
    const hs = await courseId("HS-101");
    // Before paying: nothing is owned, the product can be bought.
    expect((await getStoreProduct("en", product, viewer.id)).owned).toEqual({ courseIds: [], complete: false });
    await pay(sessionId);

    expect((await getStoreProduct("en", product, viewer.id)).owned).toEqual({ courseIds: [hs], complete: true });
    await expect(startCheckout(viewer, { productId: product, currency: "usd" })).rejects.toEqual(
      new Invalid({ form: "alreadyOwned" }),
    );
    // A visitor and another customer still see it for sale.
    expect((await getStoreProduct("en", product, null)).owned.complete).toBe(false);
    const other = await viewerOf(db.owner, "academy.manager");
    expect((await getStoreProduct("en", product, other.id)).owned.complete).toBe(false);

    // The subscription and the catalogue say which of their courses the buyer has: HS-101, one of four.
    const subscription = await getStoreProduct("en", await productId(db.owner, "SUBSCRIPTION"), viewer.id);
    expect(subscription.owned).toEqual({ courseIds: [hs], complete: false });
    expect(subscription.courses.length).toBeGreaterThan(1);
    const { products } = await listStoreProducts("en", 1, viewer.id);
    expect(products.map((p) => [p.kind, p.owned.courseIds.length, p.owned.complete])).toEqual([
      ["COURSE", 1, true],
      ["BUNDLE", 0, false],
      ["SUBSCRIPTION", 1, false],
    ]);
    // Seats for employees can still be bought by a company manager who owns the course themselves.
    await expect(
      startCheckout(await viewerOf(db.owner, "academy.manager"), { productId: product, currency: "usd", seats: 2 }),
    ).resolves.toMatchObject({ orderId: expect.any(String) });
  });
});

describe("an abandoned checkout", () => {
  it("asks Stripe to expire the session after 30 minutes", async () => {
    const { sessionId } = await checkout("academy.buyer", "BUNDLE");
    const response = await fetch(`${stripe.server.url}/v1/checkout/sessions/${sessionId}`, {
      headers: { Authorization: "Bearer sk_test_integration" },
    });
    const session = (await response.json()) as { expires_at: number; created: number };
    expect(session.expires_at - session.created).toBeGreaterThanOrEqual(30 * 60);
    expect(session.expires_at - session.created).toBeLessThan(31 * 60);
  });

  it("is cancelled by Stripe's checkout.session.expired event, once, however often it is delivered", async () => {
    const { orderId, sessionId } = await checkout("academy.buyer", "BUNDLE");
    expect((await orderOf(orderId)).status).toBe("PENDING");
    stripe.server.abandonSession(sessionId);
    const before = stripe.server.events.length;
    await stripe.server.expireOverdueSessions();
    const [expired] = stripe.server.events.slice(before);
    expect(expired.type).toBe("checkout.session.expired");
    // Unsigned or forged, it is refused and changes nothing.
    expect((await postEvent(expired, { secret: "whsec_wrong" })).status).toBe(400);
    expect(await drainStoreJobs()).toBe(0);
    expect((await orderOf(orderId)).status).toBe("PENDING");
    for (let i = 0; i < 3; i++) expect((await postEvent(expired)).status).toBe(200);
    expect(await drainStoreJobs()).toBe(1);
    const order = await orderOf(orderId);
    expect(order).toMatchObject({ status: "CANCELLED", paidAt: null });
    expect(order.endedAt).not.toBeNull();
    expect(await db.owner.storeAccess.count({ where: { orderId } })).toBe(0);
    // The hosted page no longer takes a payment.
    const page = await fetch(`${stripe.server.url}/pay/${sessionId}`, { method: "POST", redirect: "manual" });
    expect(await page.text()).toContain("This checkout session is expired");
  });

  it("is swept when the event never arrived: the overdue session is expired at Stripe and the order ends", async () => {
    const { orderId, sessionId } = await checkout("academy.buyer", "BUNDLE");
    const recent = await checkout("academy.buyer", "SUBSCRIPTION");
    // Not yet overdue: the sweep leaves it alone.
    expect(await sweepAbandonedCheckouts()).toBe(0);
    stripe.server.abandonSession(sessionId);
    await age(orderId, 41);
    expect(await sweepAbandonedCheckouts()).toBe(1);
    // Two processes sweeping at once queue one job per order.
    await sweepAbandonedCheckouts();
    expect(await drainStoreJobs()).toBe(1);
    expect((await orderOf(orderId)).status).toBe("CANCELLED");
    expect((await orderOf(recent.orderId)).status).toBe("PENDING");
    const session = await fetch(`${stripe.server.url}/v1/checkout/sessions/${sessionId}`, {
      headers: { Authorization: "Bearer sk_test_integration" },
    });
    expect(((await session.json()) as { status: string }).status).toBe("expired");
    // Swept again, nothing more happens.
    expect(await sweepAbandonedCheckouts()).toBe(0);
  });

  it("ends an order Stripe never opened a session for, once its checkout would have expired", async () => {
    const { orderId } = await checkout("academy.buyer", "BUNDLE");
    await db.owner.storeOrder.update({ where: { id: orderId }, data: { stripeSessionId: null } });
    await age(orderId, 45);
    expect(await sweepAbandonedCheckouts()).toBe(1);
    await drainStoreJobs();
    expect((await orderOf(orderId)).status).toBe("CANCELLED");
  });

  it("can be cancelled by the buyer at once; Stripe's later event changes nothing", async () => {
    const { viewer, orderId, sessionId } = await checkout("academy.buyer", "BUNDLE");
    const before = stripe.server.events.length;
    expect(await cancelMyCheckout(viewer, orderId)).toBe("CANCELLED");
    expect((await orderOf(orderId)).status).toBe("CANCELLED");
    const events = stripe.server.events.slice(before);
    expect(events.map((e) => e.type)).toEqual(["checkout.session.expired"]);
    expect((await postEvent(events[0])).status).toBe(200);
    await drainStoreJobs();
    expect((await orderOf(orderId)).status).toBe("CANCELLED");
    // It cannot be paid any more, nor cancelled twice.
    await stripe.server.completeSession(sessionId);
    expect(stripe.server.events.length).toBe(before + 1);
    await expect(cancelMyCheckout(viewer, orderId)).rejects.toBeInstanceOf(NotFound);
  });

  it("tells the buyer who cancels after paying that the order is paid", async () => {
    const { viewer, orderId, sessionId } = await checkout("academy.buyer", "BUNDLE");
    await stripe.server.completeSession(sessionId);
    // The completed event is still on its way: the order awaits payment here.
    expect((await orderOf(orderId)).status).toBe("PENDING");
    expect(await cancelMyCheckout(viewer, orderId)).toBe("PAID");
    expect((await orderOf(orderId)).status).toBe("PAID");
  });

  it("cannot be cancelled by anyone but its buyer: another tenant's user, a learner, a visitor, another customer", async () => {
    // The buyer owns every course of the pass by now (the course and the bundle paid above): they are set aside.
    const buyer = await viewerOf(db.owner, "academy.buyer");
    await db.owner.storeAccess.updateMany({
      where: { userId: buyer.id, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    const { orderId } = await checkout("academy.buyer", "SUBSCRIPTION");
    for (const username of ["ke.coordinator", "ke.learner", "wco.admin", "academy.manager"])
      await expect(cancelMyCheckout(await viewerOf(db.owner, username), orderId)).rejects.toBeInstanceOf(NotFound);
    await expect(cancelMyCheckout(null, orderId)).rejects.toBeInstanceOf(NotFound);
    expect((await orderOf(orderId)).status).toBe("PENDING");
    const session = (await orderOf(orderId)).stripeSessionId!;
    const response = await fetch(`${stripe.server.url}/v1/checkout/sessions/${session}`, {
      headers: { Authorization: "Bearer sk_test_integration" },
    });
    expect(((await response.json()) as { status: string }).status).toBe("open");
  });
});

describe("a company manager's seats", () => {
  it("are confirmed by an e-mail that says how to assign them; the employee who accepts lands on the course", async () => {
    const { viewer: manager, orderId, sessionId } = await checkout("academy.manager", "COURSE", 3);
    await pay(sessionId);
    const receipt = await lastEmailTo(db.owner, "academy.manager@demo.clikc.test");
    const order = await orderOf(orderId);
    expect(receipt).toMatchObject({ template: "storeSeatsPaid" });
    expect(receipt!.text).toContain("3 seats");
    expect(receipt!.text).toContain(`/company/${order.seatPoolId}`);
    expect(receipt!.text).not.toMatch(/start learning now|National Coordinator/);

    await assignSeat(manager, order.seatPoolId!, "new.employee@example.com");
    const token = tokenIn((await lastEmailTo(db.owner, "new.employee@example.com"))!.text);
    const holder = await acceptSeat(token, null, {
      firstName: "New",
      lastName: "Employee",
      email: "new.employee@example.com",
      password: "a long employee passphrase 42",
      locale: "en",
      acceptTerms: "on",
    });
    const hs = await courseId("HS-101");
    expect(holder.landing).toBe(`/courses/${hs}?tab=course`);
    expect(await seatHolder(token)).toEqual({ userId: holder.userId, landing: `/courses/${hs}?tab=course` });
  });

  it("of a bundle lead the employee to their courses", async () => {
    const { viewer: manager, orderId, sessionId } = await checkout("academy.manager", "BUNDLE", 1);
    await pay(sessionId);
    const order = await orderOf(orderId);
    await assignSeat(manager, order.seatPoolId!, "bundle.employee@example.com");
    const token = tokenIn((await lastEmailTo(db.owner, "bundle.employee@example.com"))!.text);
    const holder = await acceptSeat(token, null, {
      firstName: "Bundle",
      lastName: "Employee",
      email: "bundle.employee@example.com",
      password: "a long employee passphrase 42",
      locale: "en",
      acceptTerms: "on",
    });
    expect(holder.landing).toBe("/dashboard");
  });
});
