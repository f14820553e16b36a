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

/**
 * Which of `values` already have a job of queue `name` waiting, retrying or running, by the job data's `field`:
 * pg-boss's singleton key does not deduplicate on a standard queue, so a sweep asks before sending again.
 */
export async function withLiveJob(name: JobName, field: string, values: readonly string[]): Promise<Set<string>> {
  if (values.length === 0) return new Set();
  const boss = await jobQueue();
  const { rows } = (await boss.getDb().executeSql(
    `SELECT DISTINCT data->>$2 AS value FROM pgboss.job
        WHERE name = $1 AND state IN ('created', 'retry', 'active') AND data->>$2 = ANY($3::text[])`,
    [name, field, values],
  )) as { rows: Array<{ value: string }> };
  return new Set(rows.map((row) => row.value));
}
