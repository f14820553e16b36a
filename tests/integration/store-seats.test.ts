import { tenantContext } from "@/lib/auth/load-viewer";
import { Invalid, NotFound } from "@/lib/errors";
import { acceptSeat } from "@/lib/store/seats/accept-seat";
import { peekSeatInvitation } from "@/lib/store/seats/peek-seat-invitation";
import { assignSeat } from "@/lib/store/seats/assign-seat";
import { getSeatPool } from "@/lib/store/seats/get-seat-pool";
import { listSeatPools } from "@/lib/store/seats/list-seat-pools";
import { revokeSeat } from "@/lib/store/seats/revoke-seat";
import { startCheckout } from "@/lib/store/start-checkout";
import { startStoreCourse } from "@/lib/store/start-store-course";
import type { Site } from "@/lib/tenancy/site";
import { tenantBySlug } from "@/lib/tenancy/tenant-cache";
import { lastEmailTo, tokenIn } from "../helpers/outbox";
import { setUpTestDatabase } from "../helpers/test-database";
import { drainStoreJobs, postEvent, productId, sessionIdOf, setUpStripe, viewerOf } from "../helpers/store";

const db = setUpTestDatabase();
const stripe = setUpStripe();
const PASSWORD = "a long employee passphrase 42";

async function buySeats(seats: number, kind: "BUNDLE" | "SUBSCRIPTION" = "BUNDLE", poolId?: string) {
  const manager = await viewerOf(db.owner, "academy.manager");
  const { orderId, url } = await startCheckout(manager, {
    productId: await productId(db.owner, kind),
    currency: "usd",
    seats,
    poolId,
  });
  const before = stripe.server.events.length;
  await stripe.server.completeSession(sessionIdOf(url));
  for (const event of stripe.server.events.slice(before)) await postEvent(event);
  await drainStoreJobs();
  return { manager, order: await db.owner.storeOrder.findUniqueOrThrow({ where: { id: orderId } }) };
}

async function accept(email: string) {
  const token = tokenIn((await lastEmailTo(db.owner, email))!.text);
  return acceptSeat(token, null, {
    firstName: "Employee",
    lastName: email.split("@")[0],
    email,
    password: PASSWORD,
    locale: "en",
    acceptTerms: "on",
  });
}

describe("company seats", () => {
  it("never assigns more seats than were bought, even when assigned concurrently", async () => {
    const { manager, order } = await buySeats(5);
    expect(order.status).toBe("PAID");
    const poolId = order.seatPoolId!;
    const results = await Promise.allSettled(
      Array.from({ length: 9 }, (_, i) => assignSeat(manager, poolId, `worker${i}@company.example`)),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(5);
    for (const refused of results.filter((r): r is PromiseRejectedResult => r.status === "rejected"))
      expect(refused.reason).toEqual(new Invalid({ email: "noFreeSeat" }));
    expect(await db.owner.storeSeat.count({ where: { poolId, revokedAt: null, releasedAt: null } })).toBe(5);
    expect((await listSeatPools(manager, "en")).find((p) => p.id === poolId)).toMatchObject({
      bought: 5,
      assigned: 5,
      free: 0,
    });
  });

  it("invites by e-mail, creates the employee's account on acceptance, revokes an unstarted seat and reassigns it", async () => {
    const { manager, order } = await buySeats(2);
    const poolId = order.seatPoolId!;
    await assignSeat(manager, poolId, "ana@company.example");
    await expect(assignSeat(manager, poolId, "ANA@company.example")).rejects.toEqual(
      new Invalid({ email: "alreadyAssigned" }),
    );
    const mail = (await lastEmailTo(db.owner, "ana@company.example"))!;
    expect(mail.template).toBe("storeSeatInvitation");
    expect(await peekSeatInvitation(tokenIn(mail.text), "en")).toMatchObject({
      email: "ana@company.example",
      accountExists: false,
    });
    const ana = await accept("ana@company.example");
    expect(
      (await db.owner.user.findUniqueOrThrow({ where: { id: ana.userId }, include: { tenant: true } })).tenant.slug,
    ).toBe("academy");
    await expect(accept("ana@company.example")).rejects.toBeInstanceOf(NotFound); // the link works once

    await assignSeat(manager, poolId, "ben@company.example");
    const pool = await getSeatPool(manager, poolId, "en");
    expect(pool).toMatchObject({ bought: 2, assigned: 2, free: 0 });
    const benSeat = pool.seats.find((s) => s.email === "ben@company.example")!;
    expect(benSeat.state).toBe("INVITED");
    await revokeSeat(manager, benSeat.id);
    expect(
      await peekSeatInvitation(tokenIn((await lastEmailTo(db.owner, "ben@company.example"))!.text), "en"),
    ).toBeNull();
    await assignSeat(manager, poolId, "carla@company.example");
    expect(await getSeatPool(manager, poolId, "en")).toMatchObject({ assigned: 2, free: 0 });

    // Ana starts a course of the bundle: her seat can no longer be revoked, and the manager sees her progress.
    const anaViewer = await viewerOf(db.owner, "ana@company.example");
    const site: Site = { kind: "academy", tenant: (await tenantBySlug("academy"))! };
    const course = await db.owner.course.findFirstOrThrow({ where: { code: "VAL-101", isCore: true } });
    await startStoreCourse(tenantContext(site, anaViewer), anaViewer.id, course.id);
    const anaSeat = (await getSeatPool(manager, poolId, "en")).seats.find((s) => s.email === "ana@company.example")!;
    expect(anaSeat).toMatchObject({ state: "STARTED", progress: { [course.id]: 0 } });
    await expect(revokeSeat(manager, anaSeat.id)).rejects.toEqual(new Invalid({ seat: "seatStarted" }));
    // A course outside the bundle stays out of reach.
    const outside = await db.owner.course.findFirstOrThrow({ where: { code: "HS-101", isCore: true } });
    await expect(startStoreCourse(tenantContext(site, anaViewer), anaViewer.id, outside.id)).rejects.toBeInstanceOf(
      NotFound,
    );

    // Buying more seats adds them to the same pool.
    await buySeats(3, "BUNDLE", poolId);
    expect(await getSeatPool(manager, poolId, "en")).toMatchObject({ bought: 5, assigned: 2, free: 3 });
  });

  it("releases the seats of a subscription that ends, with the employees' access", async () => {
    const { manager, order } = await buySeats(2, "SUBSCRIPTION");
    const poolId = order.seatPoolId!;
    await assignSeat(manager, poolId, "dan@company.example");
    const dan = await accept("dan@company.example");
    const access = await db.owner.storeAccess.findFirstOrThrow({ where: { userId: dan.userId } });
    expect(access.expiresAt).toEqual(order.periodEndsAt);
    const before = stripe.server.events.length;
    await stripe.server.cancelSubscription(order.stripeSubscriptionId!);
    for (const event of stripe.server.events.slice(before)) await postEvent(event);
    await drainStoreJobs();
    expect(await getSeatPool(manager, poolId, "en")).toMatchObject({ bought: 0, assigned: 0, free: 0 });
    expect((await db.owner.storeAccess.findUniqueOrThrow({ where: { id: access.id } })).revokedAt).not.toBeNull();
  });

  it("shows a pool to its manager only", async () => {
    const pool = await db.owner.storeSeatPool.findFirstOrThrow();
    const academy = await db.owner.tenant.findUniqueOrThrow({ where: { slug: "academy" } });
    await db.owner.user.create({
      data: {
        tenantId: academy.id,
        username: "other.manager",
        email: "other.manager@company.example",
        passwordHash: "x",
        firstName: "O",
        lastName: "M",
        roles: ["LEARNER", "COMPANY_MANAGER"],
      },
    });
    for (const username of ["other.manager", "academy.buyer", "ke.coordinator", "wco.admin"]) {
      const viewer = await viewerOf(db.owner, username);
      await expect(getSeatPool(viewer, pool.id, "en")).rejects.toBeInstanceOf(NotFound);
      await expect(assignSeat(viewer, pool.id, "intruder@example.com")).rejects.toBeInstanceOf(NotFound);
      const seat = await db.owner.storeSeat.findFirstOrThrow({
        where: { poolId: pool.id, revokedAt: null, acceptedAt: null },
      });
      await expect(revokeSeat(viewer, seat.id)).rejects.toBeInstanceOf(NotFound);
    }
    expect(await db.owner.storeSeat.count({ where: { email: "intruder@example.com" } })).toBe(0);
    await expect(
      startCheckout(await viewerOf(db.owner, "academy.buyer"), {
        productId: pool.productId,
        currency: "usd",
        seats: 3,
      }),
    ).rejects.toBeInstanceOf(NotFound);
  });
});
