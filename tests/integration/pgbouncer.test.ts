import { asPlatform, forTenant, listenForCacheChanges, registerCache, type TenantContext } from "@/lib/db";
import { rawClient } from "@/lib/db/client";
import { startPgBouncer, type PgBouncer } from "../../scripts/lib/pgbouncer";
import { setUpTestDatabase } from "../helpers/test-database";

// The application through PgBouncer in transaction pooling mode (ADR 0035): many client connections share a few
// server connections, each transaction on whichever is free. The tenant's settings are the transaction's own
// (set_config(…, true)), so none may reach another tenant's request on the same server connection.
const db = setUpTestDatabase();
const SERVER_CONNECTIONS = 5;
let bouncer: PgBouncer;

beforeAll(async () => {
  bouncer = await startPgBouncer({
    serverUrl: process.env.TEST_PG_SERVER_URL!,
    database: db.name,
    user: "clikc_app",
    password: process.env.TEST_APP_PASSWORD!,
    poolSize: SERVER_CONNECTIONS,
  });
  process.env.APP_DATABASE_URL = bouncer.url; // the application's pool; more clients than server connections
  process.env.APP_DIRECT_DATABASE_URL = db.appUrl; // LISTEN and the job queue
  process.env.DB_POOL_SIZE = "25";
  // Waiting in PgBouncer's queue is part of starting a transaction; this machine's shared cores make it slow.
  process.env.DB_TRANSACTION_MAX_WAIT_MS = "15000";
});

afterAll(async () => {
  await rawClient().$disconnect();
  await bouncer?.stop();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function serverConnections(): Promise<number> {
  const rows = await db.owner.$queryRawUnsafe<Array<{ n: bigint }>>(
    `SELECT count(*) AS n FROM pg_stat_activity WHERE datname = '${db.name}' AND usename = 'clikc_app'`,
  );
  return Number(rows[0].n);
}

describe("the application through PgBouncer in transaction pooling mode", () => {
  it("keeps 200 interleaved requests of different tenants apart on 5 server connections", async () => {
    const tenants = await db.owner.$queryRawUnsafe<Array<{ id: string; slug: string; users: bigint }>>(
      `SELECT t.id, t.slug, count(u.id) AS users FROM "Tenant" t JOIN "User" u ON u."tenantId" = t.id
       GROUP BY t.id, t.slug HAVING count(u.id) > 0 ORDER BY count(u.id) DESC LIMIT 5`,
    );
    expect(tenants.length).toBeGreaterThanOrEqual(3);

    // PgBouncer opens its server connections one at a time as clients first need them: open them all, and the
    // pool's client connections, before counting (plain statements: no transaction to wait to start).
    await Promise.all(
      Array.from({ length: SERVER_CONNECTIONS * 2 }, () => rawClient().$executeRaw`SELECT pg_sleep(0.05)`),
    );

    let busiest = 0;
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        busiest = Math.max(busiest, await serverConnections().catch(() => 0));
        await sleep(20);
      }
    })();

    const seen: string[] = [];
    const request = async (i: number) => {
      const tenant = tenants[i % tenants.length];
      if (i % 10 === 9) {
        // A statement outside any transaction, on whichever server connection is free: it inherits no tenant.
        const [row] = await rawClient().$queryRaw<Array<{ tenant: string | null }>>`
          SELECT nullif(current_setting('app.tenant_id', true), '') AS tenant`;
        if (row.tenant !== null) seen.push(`bare statement saw tenant ${row.tenant}`);
        return;
      }
      if (i % 10 === 4) {
        const count = await asPlatform("test: platform reads between tenant requests", (tx) => tx.user.count());
        if (count < tenants.reduce((sum, t) => sum + Number(t.users), 0)) seen.push("platform read was limited");
        return;
      }
      const ctx: TenantContext = { tenantId: tenant.id, audience: "CUSTOMS" };
      await forTenant(ctx, async (tx) => {
        const [before] = await tx.$queryRaw<
          Array<{ tenant: string }>
        >`SELECT current_setting('app.tenant_id') AS tenant`;
        await tx.$executeRaw`SELECT pg_sleep(${(i % 5) / 500})`; // holds the server connection: others queue
        // Row-level security alone (a raw query has no application filter) and the Prisma query both.
        const raw = await tx.$queryRaw<Array<{ tenantId: string }>>`SELECT DISTINCT "tenantId" FROM "User"`;
        const users = await tx.user.findMany({ select: { tenantId: true } });
        const [after] = await tx.$queryRaw<
          Array<{ tenant: string }>
        >`SELECT current_setting('app.tenant_id') AS tenant`;
        if (before.tenant !== tenant.id || after.tenant !== tenant.id)
          seen.push(`request for ${tenant.slug} had settings of ${before.tenant}/${after.tenant}`);
        if (raw.some((r) => r.tenantId !== tenant.id)) seen.push(`request for ${tenant.slug} saw other tenants' rows`);
        if (users.length !== Number(tenant.users) || users.some((u) => u.tenantId !== tenant.id))
          seen.push(`request for ${tenant.slug} read ${users.length} users, not ${tenant.users}`);
      });
    };
    // 10 requests in flight at a time, as from 10 browsers, on 25 client connections and 5 server connections.
    let next = 0;
    const browser = async () => {
      while (next < 200) await request(next++);
    };
    await Promise.all(Array.from({ length: 10 }, browser)).finally(() => (sampling = false));
    await sampler;

    expect(seen).toEqual([]);
    expect(busiest).toBeGreaterThan(0);
    expect(busiest).toBeLessThanOrEqual(SERVER_CONNECTIONS);
  });

  it("hears cache announcements on the direct connection, which the pooler could not hold", async () => {
    const forgotten: string[] = [];
    registerCache("pgbouncer-test", (key) => forgotten.push(key));
    const stop = await listenForCacheChanges();
    try {
      await db.owner.$executeRawUnsafe(`SELECT pg_notify('clikc_cache', '["pgbouncer-test","k1"]')`);
      for (let i = 0; i < 50 && !forgotten.includes("k1"); i++) await sleep(20);
      expect(forgotten).toContain("k1");
    } finally {
      await stop();
    }
  });
});
