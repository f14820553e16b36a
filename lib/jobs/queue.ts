// The background job queue: pg-boss on the platform's own PostgreSQL, so there is no second server.
// Its schema and queues are installed by the owner connection (installJobQueue, from prepare-database);
// the server uses it as the restricted application role.
import PgBoss from "pg-boss";
import { directDatabaseUrl } from "@/lib/db";

export const JOB = {
  deliverEmail: "deliver-email",
  syncStoreOrder: "store-sync-order",
} as const;
export type JobName = (typeof JOB)[keyof typeof JOB];

const cache = globalThis as unknown as { __clikcBoss?: Promise<PgBoss> };

function connect(connectionString: string, options: { migrate: boolean }): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString,
    migrate: options.migrate,
    schedule: false,
    supervise: options.migrate,
    max: 4,
  });
  boss.on("error", (error) => console.error("job queue:", error));
  return boss.start();
}

/** Creates or upgrades pg-boss's schema and queues, and lets the application role use them. */
export async function installJobQueue(ownerUrl: string): Promise<void> {
  const boss = await connect(ownerUrl, { migrate: true });
  try {
    for (const name of Object.values(JOB)) {
      if (!(await boss.getQueue(name)))
        await boss.createQueue(name, { name, retryLimit: 5, retryDelay: 30, retryBackoff: true });
    }
    const db = boss.getDb();
    await db.executeSql(
      `
      GRANT USAGE ON SCHEMA pgboss TO clikc_app;
      GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA pgboss TO clikc_app;
      GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA pgboss TO clikc_app;`,
      [],
    );
  } finally {
    await boss.stop({ graceful: false });
  }
}

/** The server's queue connection (the application role, directly to PostgreSQL; no schema changes). */
export function jobQueue(): Promise<PgBoss> {
  cache.__clikcBoss ??= connect(directDatabaseUrl(), { migrate: false });
  return cache.__clikcBoss;
}

/**
 * Closes the server's queue connection: at once (tests), or after its workers finish the jobs they hold, for up
 * to `graceMs` (a server process that drains).
 */
export async function stopJobQueue({ graceMs }: { graceMs?: number } = {}): Promise<void> {
  const boss = cache.__clikcBoss;
  cache.__clikcBoss = undefined;
  if (boss)
    await (
      await boss
    ).stop(graceMs ? { graceful: true, wait: true, timeout: graceMs } : { graceful: false, wait: true });
}
