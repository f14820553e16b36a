import { tenantContext } from "@/lib/auth/load-viewer";
import { getCourse } from "@/lib/catalogue/get-course";
import { visibilityScope } from "@/lib/auth/visibility-scope";
import { listVisibleCourses } from "@/lib/catalogue/list-visible-courses";
import { forTenant } from "@/lib/db";
import { NotFound } from "@/lib/errors";
import { quizOverview } from "@/lib/quiz/quiz-overview";
import { listMyOrders } from "@/lib/store/list-my-orders";
import { getMyOrder } from "@/lib/store/get-my-order";
import { cancelMySubscription } from "@/lib/store/cancel-my-subscription";
import { listMyStoreCourses } from "@/lib/store/my-store-courses";
import { listSeatPools } from "@/lib/store/seats/list-seat-pools";
import { startCheckout } from "@/lib/store/start-checkout";
import { startStoreCourse } from "@/lib/store/start-store-course";
import type { Site } from "@/lib/tenancy/site";
import { tenantBySlug } from "@/lib/tenancy/tenant-cache";
import { setUpTestDatabase } from "../helpers/test-database";
import { drainStoreJobs, postEvent, productId, sessionIdOf, setUpStripe, viewerOf } from "../helpers/store";

const db = setUpTestDatabase();
const stripe = setUpStripe();

async function academySite(): Promise<Site> {
  return { kind: "academy", tenant: (await tenantBySlug("academy"))! };
}

async function courseId(code: string) {
  return (await db.owner.course.findFirstOrThrow({ where: { code, isCore: true } })).id;
}

describe("the store's isolation", () => {
  let orderId = "";
  beforeAll(async () => {
    const buyer = await viewerOf(db.owner, "academy.buyer");
    const checkout = await startCheckout(buyer, { productId: await productId(db.owner, "COURSE"), currency: "eur" });
    orderId = checkout.orderId;
    const before = stripe.server.events.length;
    await stripe.server.completeSession(sessionIdOf(checkout.url));
    for (const event of stripe.server.events.slice(before)) await postEvent(event);
    await drainStoreJobs();
  });

  it("keeps orders, access and seats out of every Customs tenant's reach", async () => {
    for (const username of ["ke.learner", "ke.coordinator", "in.learner", "wco.admin"]) {
      const viewer = await viewerOf(db.owner, username);
      await expect(
        startCheckout(viewer, { productId: await productId(db.owner, "COURSE"), currency: "usd" }),
      ).rejects.toBeInstanceOf(NotFound);
      await expect(listMyOrders(viewer, "en")).rejects.toBeInstanceOf(NotFound);
      await expect(getMyOrder(viewer, orderId, "en")).rejects.toBeInstanceOf(NotFound);
      await expect(cancelMySubscription(viewer, orderId)).rejects.toBeInstanceOf(NotFound);
      await expect(listSeatPools(viewer, "en")).rejects.toBeInstanceOf(NotFound);
      // Row-level security and the application filter: a Customs tenant's context sees no store row.
      const counts = await forTenant({ tenantId: viewer.homeTenantId, audience: "CUSTOMS" }, async (tx) => [
        await tx.storeOrder.count(),
        await tx.storeAccess.count(),
        await tx.storeSeatPool.count(),
        await tx.storeProduct.count(),
        await tx.storeWebhookEvent.count(),
      ]);
      expect(counts).toEqual([0, 0, 0, 0, 0]);
    }
    expect(await db.owner.storeOrder.count()).toBeGreaterThan(0);
  });

  it("leaves Customs officers' catalogue as it was", async () => {
    const kenyan = await viewerOf(db.owner, "ke.learner");
    const site: Site = { kind: "root", tenant: (await tenantBySlug("wco"))! };
    const scope = visibilityScope({ site, viewer: kenyan, ctx: tenantContext(site, kenyan) });
    const codes = (await listVisibleCourses(scope, "en")).map((c) => c.code);
    expect(codes).toEqual(expect.arrayContaining(["HS-101", "VAL-101", "ENF-DRUGS"]));
  });

  it("lets an Academy learner reach only what they bought; everything else is 404", async () => {
    const site = await academySite();
    const buyer = await viewerOf(db.owner, "academy.buyer");
    const ctx = tenantContext(site, buyer);
    expect((await listMyStoreCourses(ctx, buyer.id, "en")).courses.map((c) => c.code)).toEqual(["HS-101"]);
    const scope = visibilityScope({ site, viewer: buyer, ctx });
    expect((await listVisibleCourses(scope, "en")).map((c) => c.code)).toEqual(["HS-101"]);
    for (const code of ["VAL-101", "ENF-DRUGS", "RKC-101"]) {
      await expect(getCourse(scope, "en", await courseId(code), buyer.id)).rejects.toBeInstanceOf(NotFound);
      await expect(startStoreCourse(ctx, buyer.id, await courseId(code))).rejects.toBeInstanceOf(NotFound);
    }
    // Another Academy customer, and an anonymous visitor, reach nothing and see no one's order.
    const manager = await viewerOf(db.owner, "academy.manager");
    const managerCtx = tenantContext(site, manager);
    expect((await listMyStoreCourses(managerCtx, manager.id, "en")).courses).toEqual([]);
    await expect(getMyOrder(manager, orderId, "en")).rejects.toBeInstanceOf(NotFound);
    await expect(
      getCourse(
        visibilityScope({ site, viewer: null, ctx: tenantContext(site, null) }),
        "en",
        await courseId("HS-101"),
        null,
      ),
    ).rejects.toBeInstanceOf(NotFound);
  });

  it("closes the learning pages of a course once its access is revoked (refund)", async () => {
    const site = await academySite();
    const buyer = await viewerOf(db.owner, "academy.buyer");
    const scope = visibilityScope({ site, viewer: buyer, ctx: tenantContext(site, buyer) });
    const quiz = await db.owner.courseModule.findFirstOrThrow({
      where: { courseId: await courseId("HS-101"), kind: "QUIZ" },
    });
    await expect(quizOverview(scope, buyer.id, quiz.id, "en")).resolves.toMatchObject({ courseId: quiz.courseId });
    const order = await db.owner.storeOrder.findUniqueOrThrow({ where: { id: orderId } });
    const before = stripe.server.events.length;
    await stripe.server.refund(order.stripePaymentIntentId!);
    for (const event of stripe.server.events.slice(before)) await postEvent(event);
    await drainStoreJobs();
    expect((await db.owner.storeOrder.findUniqueOrThrow({ where: { id: orderId } })).status).toBe("REFUNDED");
    await expect(quizOverview(scope, buyer.id, quiz.id, "en")).rejects.toBeInstanceOf(NotFound);
    await expect(getCourse(scope, "en", quiz.courseId, buyer.id)).rejects.toBeInstanceOf(NotFound);
    // The enrolment (and its progress) is kept, out of reach, for a later purchase.
    expect(await db.owner.enrolment.count({ where: { userId: buyer.id, courseId: quiz.courseId } })).toBe(1);
  });
});
