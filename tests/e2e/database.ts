// Reads the end-to-end server's own database (the embedded PostgreSQL the web server started), so tests can
// check what the platform stored, not only what it shows.
import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";

let pool: pg.Pool | null = null;

function connection(): pg.Pool {
  if (!pool) {
    const secrets = JSON.parse(readFileSync(path.resolve(__dirname, "../../.data/e2e/secrets.json"), "utf8")) as {
      postgresPassword: string;
    };
    const port = Number(process.env.E2E_PG_PORT ?? 5434);
    pool = new pg.Pool({
      connectionString: `postgresql://postgres:${encodeURIComponent(secrets.postgresPassword)}@127.0.0.1:${port}/clikc`,
      max: 2,
    });
  }
  return pool;
}

export async function query<T extends pg.QueryResultRow>(sql: string, values: unknown[] = []): Promise<T[]> {
  return (await connection().query<T>(sql, values)).rows;
}

export async function closeDatabase(): Promise<void> {
  await pool?.end();
  pool = null;
}
