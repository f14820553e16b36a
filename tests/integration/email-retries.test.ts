// The e-mail provider unreachable: a message's delivery job fails while Resend cannot be reached (mocked at the
// HTTP level, refused connections first), the job queue (pg-boss, through the server's own workers) retries it
// with a growing delay, and the message is sent once the provider is back, exactly once.
import http from "node:http";
import { asPlatform } from "@/lib/db";
import { afterCommit, queueEmail } from "@/lib/notifications/queue-email";
import { EMAIL_GIVE_UP_AFTER_MS, sweepEmailOutbox } from "@/lib/notifications/sweep-email-outbox";
import { startWorkers } from "@/lib/workers/start-workers";
import { freePort } from "../../scripts/lib/free-port.mjs";
import { setUpTestDatabase } from "../helpers/test-database";
import { until } from "../helpers/until";

const db = setUpTestDatabase();
jest.setTimeout(90_000);

describe("e-mail while the provider is unreachable", () => {
  afterEach(() => {
    delete process.env.RESEND_API_KEY;
    delete process.env.RESEND_API_URL;
  });

  it("is retried by the queue with a growing delay and sent once the provider is back", async () => {
    // The queue's own backoff, on a one-second base instead of thirty so the test waits seconds, not minutes.
    await db.owner.$executeRawUnsafe(`UPDATE pgboss.queue SET retry_delay = 1 WHERE name = 'deliver-email'`);
    const port = await freePort();
    process.env.RESEND_API_KEY = "re_test_key";
    process.env.RESEND_API_URL = `http://127.0.0.1:${port}/emails`;
    const received: string[] = [];
    const provider = http.createServer((req, res) => {
      received.push(String(req.headers["idempotency-key"]));
      req.resume().on("end", () => {
        res.writeHead(200, { "Content-Type": "application/json" });
        res.end('{"id":"re_back"}');
      });
    });
    const errors = jest.spyOn(console, "error").mockImplementation(() => {});
    const stopWorkers = await startWorkers();
    try {
      const wco = await db.owner.tenant.findUniqueOrThrow({ where: { slug: "wco" } });
      const step = await asPlatform("test: queue an e-mail", (tx) =>
        queueEmail(tx, {
          tenantId: wco.id,
          to: "retry@example.test",
          locale: "en",
          template: "passwordChanged",
          values: { firstName: "Ama" },
        }),
      );
      await afterCommit([step]);
      const message = await db.owner.emailMessage.findFirstOrThrow({ where: { toAddress: "retry@example.test" } });
      const attemptsAt: number[] = [];
      const attempts = async () =>
        (await db.owner.emailMessage.findUniqueOrThrow({ where: { id: message.id } })).attempts;
      for (const n of [1, 2, 3]) {
        await until(async () => (await attempts()) >= n);
        attemptsAt.push(Date.now());
      }
      // Three refused attempts, each retried later than the one before: 1-2 s, then 2-4 s (pg-boss's backoff with
      // jitter). Each attempt is seen by a 50 ms poll, so a gap can read up to one poll and a query short.
      const pollSlackMs = 100;
      expect(attemptsAt[1] - attemptsAt[0]).toBeGreaterThanOrEqual(1_000 - pollSlackMs);
      expect(attemptsAt[2] - attemptsAt[1]).toBeGreaterThanOrEqual(2_000 - pollSlackMs);
      expect(await db.owner.emailMessage.findUniqueOrThrow({ where: { id: message.id } })).toMatchObject({
        status: "QUEUED",
        lastError: expect.stringMatching(/fetch failed/),
      });

      await new Promise<void>((resolve) => provider.listen(port, "127.0.0.1", resolve));
      await until(
        async () => (await db.owner.emailMessage.findUniqueOrThrow({ where: { id: message.id } })).status === "SENT",
      );
      expect(await db.owner.emailMessage.findUniqueOrThrow({ where: { id: message.id } })).toMatchObject({
        providerId: "re_back",
        attempts: 4,
        lastError: null,
      });
      expect(received).toEqual([message.id]);
      const [job] = await db.owner.$queryRawUnsafe<Array<{ state: string; retry_count: number }>>(
        `SELECT state::text, retry_count FROM pgboss.job WHERE name = 'deliver-email' AND data->>'messageId' = $1`,
        message.id,
      );
      expect(job).toEqual({ state: "completed", retry_count: 3 });
    } finally {
      stopWorkers();
      errors.mockRestore();
      await new Promise((resolve) => provider.close(resolve));
    }
  });

  it("is sent again by the sweep once the queue's retries ran out during a long outage, and given up after three days", async () => {
    const wco = await db.owner.tenant.findUniqueOrThrow({ where: { slug: "wco" } });
    const message = (to: string, ageMs: number) =>
      db.owner.emailMessage.create({
        data: {
          tenantId: wco.id,
          toAddress: to,
          locale: "en",
          template: "passwordChanged",
          subject: "Your password was changed",
          text: "Hello",
          html: "<p>Hello</p>",
          attempts: 6,
          lastError: "fetch failed",
          createdAt: new Date(Date.now() - ageMs),
        },
      });
    const outage = await message("long-outage@example.test", 2 * 60 * 60 * 1000);
    const abandoned = await message("gone@example.test", EMAIL_GIVE_UP_AFTER_MS + 60_000);

    expect(await sweepEmailOutbox()).toMatchObject({ failed: 1 });
    const jobsFor = (id: string) =>
      db.owner.$queryRawUnsafe<Array<{ state: string }>>(
        `SELECT state::text FROM pgboss.job WHERE name = 'deliver-email' AND data->>'messageId' = $1`,
        id,
      );
    expect(await jobsFor(outage.id)).toEqual([{ state: "created" }]);
    expect(await jobsFor(abandoned.id)).toEqual([]);
    expect(await db.owner.emailMessage.findUniqueOrThrow({ where: { id: abandoned.id } })).toMatchObject({
      status: "FAILED",
      lastError: "fetch failed",
    });
    // A second sweep does not double the job still waiting.
    await sweepEmailOutbox();
    expect(await jobsFor(outage.id)).toHaveLength(1);
  });
});
