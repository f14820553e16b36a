import { type ChildProcess, spawn } from "node:child_process";
import { setUpTestDatabase } from "../helpers/test-database";

// The readiness check and the drain on SIGTERM of a server process (scripts/lib/server-lifecycle.mjs, ADR 0035),
// in a process of its own so that the signal, the refused connections and the exit are real.
const db = setUpTestDatabase();

interface Started {
  child: ChildProcess;
  base: string;
  events: Array<Record<string, unknown>>;
  exit: Promise<number | null>;
}

function startServer(env: Record<string, string>): Promise<Started> {
  const child = spawn(process.execPath, ["--import", "tsx", "tests/helpers/lifecycle-server.ts"], {
    env: { ...process.env, APP_DATABASE_URL: db.appUrl, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const events: Array<Record<string, unknown>> = [];
  let stderr = "";
  child.stderr!.on("data", (chunk) => (stderr += chunk));
  const exit = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    let buffered = "";
    child.stdout!.on("data", (chunk) => {
      buffered += chunk;
      const lines = buffered.split("\n");
      buffered = lines.pop()!;
      for (const line of lines) {
        if (!line.startsWith("{")) continue;
        const event = JSON.parse(line) as Record<string, unknown>;
        events.push(event);
        if (event.event === "listening") resolve({ child, base: `http://127.0.0.1:${event.port}`, events, exit });
      }
    });
    void exit.then((code) => reject(new Error(`The server exited (${code}) before listening:\n${stderr}`)));
  });
}

const get = (url: string) => fetch(url, { headers: { Connection: "close" } });

describe("a server process's readiness and graceful shutdown", () => {
  it("is ready while it serves and its database answers, and not while the database refuses it", async () => {
    const server = await startServer({});
    try {
      const ready = await get(`${server.base}/api/ready`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toEqual({ status: "ready" });

      await db.owner.$executeRawUnsafe(`REVOKE CONNECT ON DATABASE "${db.name}" FROM PUBLIC`);
      await db.owner.$executeRawUnsafe(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${db.name}' AND usename = 'clikc_app'`,
      );
      try {
        const down = await get(`${server.base}/api/ready`);
        expect(down.status).toBe(503);
        expect(await down.json()).toEqual({ status: "unavailable", db: "unreachable" });
      } finally {
        await db.owner.$executeRawUnsafe(`GRANT CONNECT ON DATABASE "${db.name}" TO PUBLIC`);
      }
      expect((await get(`${server.base}/api/ready`)).status).toBe(200);
    } finally {
      server.child.kill("SIGKILL");
    }
  }, 90_000); // a process of its own, started with its workers: slow on a busy machine

  it("on SIGTERM turns unready at once, finishes the request in flight, refuses new connections and exits 0", async () => {
    const server = await startServer({ SHUTDOWN_DRAIN_MS: "500", SHUTDOWN_GRACE_MS: "10000", SLOW_MS: "2000" });
    const countConnections = async () =>
      Number(
        (
          await db.owner.$queryRawUnsafe<Array<{ n: bigint }>>(
            `SELECT count(*) AS n FROM pg_stat_activity WHERE datname = '${db.name}' AND usename = 'clikc_app'`,
          )
        )[0].n,
      );
    expect((await get(`${server.base}/api/ready`)).status).toBe(200);
    expect(await countConnections()).toBeGreaterThan(0); // the pool, the cache listener, the job queue

    const inFlight = get(`${server.base}/slow`);
    await new Promise((resolve) => setTimeout(resolve, 300)); // the request has reached the server
    const signalled = Date.now();
    server.child.kill("SIGTERM");
    await new Promise((resolve) => setTimeout(resolve, 100));

    const draining = await get(`${server.base}/api/ready`);
    expect(draining.status).toBe(503);
    expect(await draining.json()).toEqual({ status: "draining" });

    await new Promise((resolve) => setTimeout(resolve, 600)); // past the drain period: no longer accepting
    await expect(get(`${server.base}/api/ready`)).rejects.toThrow();

    const slow = await inFlight;
    expect(slow.status).toBe(200);
    expect(await slow.text()).toBe("done"); // its database reads worked while the process drained

    expect(await server.exit).toBe(0);
    expect(Date.now() - signalled).toBeLessThan(8_000);
    expect(server.events).toContainEqual(expect.objectContaining({ event: "stopped", forced: false }));
    // It stopped its job workers, cache listener and pools before exiting (not cut off by the grace period).
    expect(await countConnections()).toBe(0);
  }, 90_000);
});
