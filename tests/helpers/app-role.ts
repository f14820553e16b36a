// Row-level security alone: queries as the application's role in one tenant's context, without the application's
// filter, in a transaction that is rolled back.
import pg from "pg";
import type { TestDatabase } from "./test-database";

export async function asAppRoleIn<T>(
  db: TestDatabase,
  ctx: { tenantId: string; audience: "CUSTOMS" | "PUBLIC" },
  work: (app: pg.Client) => Promise<T>,
): Promise<T> {
  const app = new pg.Client({ connectionString: db.appUrl });
  await app.connect();
  try {
    await app.query("BEGIN");
    await app.query("SELECT set_config('app.tenant_id', $1, true), set_config('app.audience', $2, true)", [
      ctx.tenantId,
      ctx.audience,
    ]);
    return await work(app);
  } finally {
    await app.query("ROLLBACK");
    await app.end();
  }
}
