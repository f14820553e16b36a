// The reported messages' decisions migration, run on a database migrated up to the migration before it and holding
// the alerts of reports made before it: each leads to the reviewers' page and is closed by the report's decision.
import { randomUUID } from "node:crypto";
import { applyMigration, migrateUpTo, migrationFolders, setUpMigrationDatabase } from "../helpers/migration-database";

const MIGRATION = "20261203181005_message_report_decisions";

const inDatabase = setUpMigrationDatabase();
const tenant = randomUUID();
const [reviewer, report, other, matching, unrelated] = [
  randomUUID(),
  randomUUID(),
  randomUUID(),
  randomUUID(),
  randomUUID(),
];

describe("the reported messages' decisions migration", () => {
  it("gives an earlier report's alerts the report's action and the page's address, and no other alert", async () => {
    expect(await migrationFolders()).toContain(MIGRATION);
    await inDatabase(async (client) => {
      await migrateUpTo(client, MIGRATION);
      const params = (message: string) => JSON.stringify({ reporter: "Amina Wanjiru", author: "Brian Kamau", message });
      await client.query(
        `INSERT INTO "Tenant" ("id", "slug", "kind", "name", "updatedAt") VALUES ($1, 'ke', 'ADMINISTRATION', 'Kenya', now())`,
        [tenant],
      );
      await client.query(
        `INSERT INTO "User" ("id", "tenantId", "username", "email", "passwordHash", "firstName", "lastName", "updatedAt")
         VALUES ($1, $2, 'ke.coordinator', 'nc@example.test', 'x', 'David', 'Otieno', now())`,
        [reviewer, tenant],
      );
      await client.query(
        `INSERT INTO "MessageReport" ("id", "tenantId", "messageKey", "reporterId", "reporterName", "authorId", "authorName", "body", "reason")
         VALUES ($1, $2, gen_random_uuid(), $3, 'Amina Wanjiru', gen_random_uuid(), 'Brian Kamau', 'Rude words', 'Offensive')`,
        [report, tenant, other],
      );
      await client.query(
        `INSERT INTO "Alert" ("id", "tenantId", "userId", "kind", "params") VALUES
         ($1, $3, $4, 'messageReport', $5::jsonb), ($2, $3, $4, 'messageReport', $6::jsonb)`,
        [matching, unrelated, tenant, reviewer, params("Rude words"), params("Something else")],
      );
      await applyMigration(client, MIGRATION);
      const alerts = await client.query(`SELECT "id", "actionKey", "href" FROM "Alert" ORDER BY "id" = $1 DESC`, [
        matching,
      ]);
      expect(alerts.rows).toEqual([
        { id: matching, actionKey: `MessageReport:${report}`, href: "/team/reported-messages" },
        { id: unrelated, actionKey: null, href: null },
      ]);
    });
  });
});
