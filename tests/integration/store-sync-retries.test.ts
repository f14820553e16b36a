// Stripe unreachable: an order paid at Stripe whose sync job cannot reach it (refused connections, through a
// gateway that the test closes and opens) is retried by the job queue with a growing delay, and the order is
// paid and its course reached once Stripe answers again, by the server's own workers.
import net from "node:net";
import { startCheckout } from "@/lib/store/start-checkout";
import { startWorkers } from "@/lib/workers/start-workers";
import { freePort } from "../../scripts/lib/free-port.mjs";
import { postEvent, productId, sessionIdOf, setUpStripe, viewerOf } from "../helpers/store";
import { setUpTestDatabase } from "../helpers/test-database";
import { until } from "../helpers/until";

const db = setUpTestDatabase();
const stripe = setUpStripe();
jest.setTimeout(90_000);

/** A TCP gateway to the Stripe-compatible server that refuses connections while closed. */
const gateway = { port: 0, server: null as net.Server | null };
const openGateway = () =>
  new Promise<void>((resolve) => {
    const target = new URL(stripe.server.url);
    gateway.server = net.createServer((socket) => {
      const upstream = net.connect(Number(target.port), target.hostname);
      socket.pipe(upstream).pipe(socket);
      socket.on("error", () => upstream.destroy());
      upstream.on("error", () => socket.destroy());
    });
    gateway.server.listen(gateway.port, "127.0.0.1", resolve);
  });
const closeGateway = () => new Promise((resolve) => gateway.server!.close(resolve));

beforeAll(async () => {
  gateway.port = await freePort();
  await openGateway();
  process.env.STRIPE_API_BASE = `http://127.0.0.1:${gateway.port}`;
});
afterAll(() => gateway.server?.close());

describe("an order sync while Stripe is unreachable", () => {
  it("is retried by the queue with a growing delay and pays the order once Stripe is back", async () => {
    await db.owner.$executeRawUnsafe(`UPDATE pgboss.queue SET retry_delay = 1 WHERE name = 'store-sync-order'`);
    const viewer = await viewerOf(db.owner, "academy.buyer");
    const { orderId, url } = await startCheckout(viewer, {
      productId: await productId(db.owner, "COURSE"),
      currency: "usd",
    });
    const before = stripe.server.events.length;
    await stripe.server.completeSession(sessionIdOf(url), {});
    const [completed] = stripe.server.events.slice(before);
    const errors = jest.spyOn(console, "error").mockImplementation(() => {});
    const stopWorkers = await startWorkers();
    try {
      await closeGateway();
      expect((await postEvent(completed)).status).toBe(200);
      const job = async () =>
        (
          await db.owner.$queryRawUnsafe<Array<{ state: string; retry_count: number }>>(
            `SELECT state::text, retry_count FROM pgboss.job WHERE name = 'store-sync-order' ORDER BY created_on DESC LIMIT 1`,
          )
        )[0];
      const retriedAt: number[] = [];
      for (const n of [1, 2]) {
        await until(async () => ((await job())?.retry_count ?? 0) >= n);
        retriedAt.push(Date.now());
      }
      expect(retriedAt[1] - retriedAt[0]).toBeGreaterThanOrEqual(1_000);
      expect(await db.owner.storeOrder.findUniqueOrThrow({ where: { id: orderId } })).toMatchObject({
        status: expect.not.stringMatching(/^PAID$/),
      });

      await openGateway();
      await until(async () => (await job())?.state === "completed");
      expect(await db.owner.storeOrder.findUniqueOrThrow({ where: { id: orderId } })).toMatchObject({ status: "PAID" });
      expect(await db.owner.storeAccess.count({ where: { orderId, revokedAt: null } })).toBe(1);
      expect(
        (await db.owner.storeWebhookEvent.findUniqueOrThrow({ where: { id: completed.id } })).processedAt,
      ).not.toBeNull();
      expect((await job())!.retry_count).toBeGreaterThanOrEqual(2);
    } finally {
      stopWorkers();
      errors.mockRestore();
    }
  });
});
