import { getCourse } from "@/lib/catalogue/get-course";
import { forTenant } from "@/lib/db";
import { Invalid, NotFound } from "@/lib/errors";
import { tenantContext } from "@/lib/auth/load-viewer";
import { listStoreOrdersForAdmin } from "@/lib/store/list-store-orders-for-admin";
import { refundStoreOrder } from "@/lib/store/refund-store-order";
import { createStoreProduct } from "@/lib/store/create-store-product";
import { cancelMySubscription } from "@/lib/store/cancel-my-subscription";
import { startCheckout } from "@/lib/store/start-checkout";
import type { Site } from "@/lib/tenancy/site";
import { tenantBySlug } from "@/lib/tenancy/tenant-cache";
import { JOB, jobQueue } from "@/lib/jobs/queue";
import { setUpTestDatabase } from "../helpers/test-database";
import { drainStoreJobs, postEvent, productId, sessionIdOf, setUpStripe, viewerOf } from "../helpers/store";

const db = setUpTestDatabase();
const stripe = setUpStripe();

async function academyScope(username: string) {
  const viewer = await viewerOf(db.owner, username);
  const site: Site = { kind: "academy", tenant: (await tenantBySlug("academy"))! };
  return { viewer, scope: { ctx: tenantContext(site, viewer), signedIn: true, region: null, countryCode: null } };
}

async function courseId(code: string) {
  return (await db.owner.course.findFirstOrThrow({ where: { code, isCore: true } })).id;
}

async function buy(username: string, kind: "COURSE" | "BUNDLE" | "SUBSCRIPTION", promotionCode?: string) {
  const viewer = await viewerOf(db.owner, username);
  // This file buys the same products again and again; a customer who still had them could not (store-customers).
  await db.owner.storeAccess.updateMany({
    where: { userId: viewer.id, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  const { orderId, url } = await startCheckout(viewer, { productId: await productId(db.owner, kind), currency: "usd" });
  const before = stripe.server.events.length;
  await stripe.server.completeSession(sessionIdOf(url), { promotionCode });
  return { orderId, viewer, completed: stripe.server.events.slice(before) };
}

describe("the Stripe webhook", () => {
  it("refuses a bad signature and a stale timestamp with 400, storing nothing", async () => {
    const { completed } = await buy("academy.buyer", "COURSE");
    expect((await postEvent(completed[0], { secret: "whsec_wrong" })).status).toBe(400);
    expect((await postEvent(completed[0], { timestamp: Math.floor(Date.now() / 1000) - 301 })).status).toBe(400);
    const forged = { ...completed[0], id: "evt_forged" };
    const tampered = await postEvent(forged, { secret: "whsec_other" });
    expect(tampered.status).toBe(400);
    expect(await db.owner.storeWebhookEvent.count()).toBe(0);
    expect(await drainStoreJobs()).toBe(0);
  });

  it("fulfils an order once when the same event arrives three times: one access, one enrolment", async () => {
    const { orderId, viewer, completed } = await buy("academy.buyer", "COURSE", "HALF");
    for (let i = 0; i < 3; i++) expect((await postEvent(completed[0])).status).toBe(200);
    expect(await db.owner.storeWebhookEvent.count({ where: { id: completed[0].id } })).toBe(1);
    expect(await drainStoreJobs()).toBe(1);
    const order = await db.owner.storeOrder.findUniqueOrThrow({ where: { id: orderId } });
    expect(order).toMatchObject({ status: "PAID", amountSubtotal: 4900, amountDiscount: 2450, amountTotal: 2450 });
    expect(await db.owner.storeAccess.count({ where: { orderId } })).toBe(1);
    const hs = await courseId("HS-101");
    expect(await db.owner.enrolment.count({ where: { userId: viewer.id, courseId: hs } })).toBe(1);
    expect(
      (await db.owner.storeWebhookEvent.findUniqueOrThrow({ where: { id: completed[0].id } })).processedAt,
    ).not.toBeNull();
    // The buyer reaches the course at once, and nothing else.
    const { scope } = await academyScope("academy.buyer");
    expect((await getCourse(scope, "en", hs, viewer.id)).enrolment).not.toBeNull();
    await expect(getCourse(scope, "en", await courseId("VAL-101"), viewer.id)).rejects.toBeInstanceOf(NotFound);
    // The receipt went out once.
    expect(
      await db.owner.emailMessage.count({
        where: { template: "storeOrderPaid", toAddress: "academy.buyer@demo.clikc.test" },
      }),
    ).toBe(1);
  });

  it("reaches the same end state whatever the order of the events", async () => {
    const outcomes = [];
    for (const reversed of [false, true]) {
      const { orderId, viewer, completed } = await buy("academy.buyer", "BUNDLE");
      const order = await db.owner.storeOrder.findUniqueOrThrow({ where: { id: orderId } });
      const paymentIntent = (completed[0].data.object as { payment_intent: string }).payment_intent;
      const before = stripe.server.events.length;
      await stripe.server.refund(paymentIntent);
      const events = [completed[0], ...stripe.server.events.slice(before)];
      for (const event of reversed ? [...events].reverse() : events) {
        expect((await postEvent(event)).status).toBe(200);
        await drainStoreJobs();
      }
      const after = await db.owner.storeOrder.findUniqueOrThrow({ where: { id: order.id } });
      const access = await db.owner.storeAccess.findUnique({ where: { orderId } });
      outcomes.push({ status: after.status, revoked: access === null || access.revokedAt !== null, userId: viewer.id });
    }
    expect(outcomes[0]).toEqual({ status: "REFUNDED", revoked: true, userId: outcomes[0].userId });
    expect(outcomes[1]).toEqual(outcomes[0]);
    const { scope, viewer } = await academyScope("academy.buyer");
    await expect(getCourse(scope, "en", await courseId("VAL-101"), viewer.id)).rejects.toBeInstanceOf(NotFound);
  });

  it("ends a subscription's access when its payment fails or it is cancelled, in any order", async () => {
    const { orderId, completed } = await buy("academy.buyer", "SUBSCRIPTION");
    const subscription = (completed[0].data.object as { subscription: string }).subscription;
    const before = stripe.server.events.length;
    await stripe.server.failSubscriptionPayment(subscription);
    await stripe.server.cancelSubscription(subscription);
    const later = stripe.server.events.slice(before);
    for (const event of [later[1], completed[0], later[0]]) {
      expect((await postEvent(event)).status).toBe(200);
      await drainStoreJobs();
    }
    expect((await db.owner.storeOrder.findUniqueOrThrow({ where: { id: orderId } })).status).toBe("CANCELLED");
    const access = await db.owner.storeAccess.findUnique({ where: { orderId } });
    expect(access === null || access.revokedAt !== null).toBe(true);
  });

  it("lets the buyer cancel a subscription; access ends with Stripe's event", async () => {
    const { orderId, viewer, completed } = await buy("academy.buyer", "SUBSCRIPTION");
    await postEvent(completed[0]);
    await drainStoreJobs();
    await expect(cancelMySubscription(await viewerOf(db.owner, "academy.manager"), orderId)).rejects.toBeInstanceOf(
      NotFound,
    );
    const before = stripe.server.events.length;
    await cancelMySubscription(viewer, orderId);
    expect(stripe.server.events.slice(before).map((e) => e.type)).toEqual(["customer.subscription.deleted"]);
    for (const event of stripe.server.events.slice(before)) await postEvent(event);
    await drainStoreJobs();
    expect((await db.owner.storeOrder.findUniqueOrThrow({ where: { id: orderId } })).status).toBe("CANCELLED");
    expect((await db.owner.storeAccess.findUniqueOrThrow({ where: { orderId } })).revokedAt).not.toBeNull();
  });

  it("gives a paid subscription every course of the store until its period ends", async () => {
    const { orderId, completed } = await buy("academy.manager", "SUBSCRIPTION");
    await postEvent(completed[0]);
    await drainStoreJobs();
    const order = await db.owner.storeOrder.findUniqueOrThrow({ where: { id: orderId } });
    expect(order.status).toBe("PAID");
    expect(order.periodEndsAt!.getTime()).toBeGreaterThan(Date.now() + 300 * 24 * 3600_000);
    const { scope } = await academyScope("academy.manager");
    const reachable = await forTenant(scope.ctx, (tx) => tx.course.findMany({ select: { code: true } }));
    expect(reachable.map((c) => c.code).sort()).toEqual(["ECOM-101", "HS-101", "TFA-101", "VAL-101"]);
  });
});

describe("security hardening", () => {
  it("item 6: acknowledges and records an event it cannot understand, processes a failed one again on retry, and refuses future timestamps", async () => {
    // Signed, but without data.object: acknowledged, recorded as handled, never a 500.
    const hollow = {
      id: "evt_hollow",
      object: "event",
      type: "checkout.session.completed",
      created: Math.floor(Date.now() / 1000),
      data: {},
    };
    const answer = await postEvent(hollow);
    expect(answer.status).toBe(200);
    expect(
      (await db.owner.storeWebhookEvent.findUniqueOrThrow({ where: { id: "evt_hollow" } })).processedAt,
    ).not.toBeNull();
    expect((await postEvent({ ...hollow, id: "evt_no_data", data: undefined })).status).toBe(200);

    // An event whose processing failed (its job ran out of tries) is processed when Stripe sends it again.
    const { orderId, completed } = await buy("academy.manager", "COURSE");
    expect((await postEvent(completed[0])).status).toBe(200);
    const boss = await jobQueue();
    for (const job of await boss.fetch(JOB.syncStoreOrder, { batchSize: 50 }))
      await boss.fail(JOB.syncStoreOrder, job.id, new Error("Stripe was unreachable"));
    await db.owner.$executeRawUnsafe(
      `UPDATE pgboss.job SET state = 'failed', retry_count = retry_limit WHERE name = '${JOB.syncStoreOrder}'`,
    );
    expect(
      (await db.owner.storeWebhookEvent.findUniqueOrThrow({ where: { id: completed[0].id } })).processedAt,
    ).toBeNull();
    await db.owner.$executeRawUnsafe(`UPDATE pgboss.job SET singleton_on = NULL WHERE name = '${JOB.syncStoreOrder}'`);
    const retry = await postEvent(completed[0]);
    expect(await retry.json()).toEqual({ received: true, duplicate: false });
    expect(await drainStoreJobs()).toBe(1);
    expect((await db.owner.storeOrder.findUniqueOrThrow({ where: { id: orderId } })).status).toBe("PAID");
    expect(
      (await db.owner.storeWebhookEvent.findUniqueOrThrow({ where: { id: completed[0].id } })).processedAt,
    ).not.toBeNull();
    // Once processed, a further delivery is a duplicate.
    expect(await (await postEvent(completed[0])).json()).toEqual({ received: true, duplicate: true });

    // A timestamp beyond the tolerance in the future is refused like a stale one.
    const future = await postEvent({ ...hollow, id: "evt_future" }, { timestamp: Math.floor(Date.now() / 1000) + 301 });
    expect(future.status).toBe(400);
    expect(await db.owner.storeWebhookEvent.count({ where: { id: "evt_future" } })).toBe(0);
  });
});

describe("refunds from the console", () => {
  it("lets WCO staff refund a paid order through Stripe, and only them; access ends with Stripe's event", async () => {
    const { orderId, completed } = await buy("academy.buyer", "COURSE");
    await postEvent(completed[0]);
    await drainStoreJobs();
    for (const username of ["academy.buyer", "academy.manager", "ke.coordinator"]) {
      await expect(refundStoreOrder(await viewerOf(db.owner, username), orderId)).rejects.toBeInstanceOf(NotFound);
      await expect(listStoreOrdersForAdmin(await viewerOf(db.owner, username), "en")).rejects.toBeInstanceOf(NotFound);
    }
    const admin = await viewerOf(db.owner, "wco.admin");
    expect((await listStoreOrdersForAdmin(admin, "en")).orders.find((o) => o.id === orderId)).toMatchObject({
      refundable: true,
    });
    const before = stripe.server.events.length;
    await refundStoreOrder(admin, orderId);
    expect(stripe.server.events.slice(before).map((e) => e.type)).toEqual(["charge.refunded"]);
    for (const event of stripe.server.events.slice(before)) await postEvent(event);
    await drainStoreJobs();
    expect((await db.owner.storeOrder.findUniqueOrThrow({ where: { id: orderId } })).status).toBe("REFUNDED");
    expect((await db.owner.storeAccess.findUniqueOrThrow({ where: { orderId } })).revokedAt).not.toBeNull();
    expect(await db.owner.auditEvent.count({ where: { action: "store.order.refund", targetId: orderId } })).toBe(1);
    await expect(refundStoreOrder(admin, orderId)).rejects.toBeInstanceOf(NotFound);
  });
});

describe("publishing to the store", () => {
  it("refuses CUSTOMS_ONLY and members' courses, in the use case and in the database", async () => {
    const admin = await viewerOf(db.owner, "wco.admin");
    const base = {
      kind: "COURSE" as const,
      title: { en: "Secret" },
      description: {},
      prices: { usd: 1000 },
      periodMonths: null,
    };
    await expect(createStoreProduct(admin, { ...base, courseIds: [await courseId("ENF-DRUGS")] })).rejects.toEqual(
      new Invalid({ courseIds: "notPublic" }),
    );
    await expect(createStoreProduct(admin, { ...base, courseIds: [await courseId("RKC-101")] })).rejects.toBeInstanceOf(
      Invalid,
    );
    await expect(
      createStoreProduct(await viewerOf(db.owner, "academy.manager"), {
        ...base,
        courseIds: [await courseId("HS-2028")],
      }),
    ).rejects.toBeInstanceOf(NotFound);
    const product = await db.owner.storeProduct.findFirstOrThrow({ where: { kind: "COURSE" } });
    await expect(
      db.owner.storeProductCourse.create({
        data: {
          tenantId: product.tenantId,
          productId: product.id,
          courseId: await courseId("ENF-DRUGS"),
          audience: "PUBLIC",
        },
      }),
    ).rejects.toThrow(/StoreProductCourse_public_core_only/);
    // A published course's audience cannot change to a non-public one.
    await expect(
      db.owner.course.update({ where: { id: await courseId("HS-101") }, data: { audience: "CUSTOMS_ONLY" } }),
    ).rejects.toThrow(/StoreProductCourse_public_core_only/);
    expect((await db.owner.course.findUniqueOrThrow({ where: { id: await courseId("HS-101") } })).audience).toBe(
      "PUBLIC",
    );
  });

  it("publishes a PUBLIC core course, adds it to the subscriptions, and audits the change", async () => {
    const admin = await viewerOf(db.owner, "wco.admin");
    const id = await createStoreProduct(admin, {
      kind: "COURSE",
      title: { en: "HS 2028" },
      description: {},
      prices: { eur: 3000 },
      periodMonths: null,
      courseIds: [await courseId("HS-2028")],
    });
    const subscription = await productId(db.owner, "SUBSCRIPTION");
    expect(
      await db.owner.storeProductCourse.count({
        where: { productId: subscription, courseId: await courseId("HS-2028") },
      }),
    ).toBe(1);
    expect(await db.owner.auditEvent.count({ where: { action: "store.product.create", targetId: id } })).toBe(1);
  });
});
