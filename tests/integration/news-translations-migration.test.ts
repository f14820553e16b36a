// The news translations' migration, run on a database migrated up to the migration before it and holding news
// written the old way (one row in one language): every item keeps its text as its one translation, in the
// language it was written in, which becomes its original language; its date stays.
import { randomUUID } from "node:crypto";
import { applyMigration, migrateUpTo, migrationFolders, setUpMigrationDatabase } from "../helpers/migration-database";

const NEWS_MIGRATION = "20261201195306_news_translations";

const inDatabase = setUpMigrationDatabase();
const tenant = randomUUID();
const [french, english] = [randomUUID(), randomUUID()];

describe("the news translations' migration", () => {
  it("keeps every news item as its one translation in its language, which becomes its original language", async () => {
    expect(await migrationFolders()).toContain(NEWS_MIGRATION);
    await inDatabase(async (client) => {
      await migrateUpTo(client, NEWS_MIGRATION);
      await client.query(`
        INSERT INTO "Tenant" ("id", "slug", "kind", "name", "updatedAt") VALUES ('${tenant}', 'ke', 'ADMINISTRATION', 'Kenya', now());
        INSERT INTO "NewsItem" ("id", "tenantId", "locale", "title", "body", "publishedAt") VALUES
          ('${french}', '${tenant}', 'fr', 'Nouvelles règles', 'Le **tarif** change.', '2026-03-01T08:00:00Z'),
          ('${english}', '${tenant}', 'en', 'New rules', 'The tariff changes.', '2026-04-01T08:00:00Z');`);
      await applyMigration(client, NEWS_MIGRATION);
      const items = await client.query(
        `SELECT "id", "originalLocale", "publishedAt" FROM "NewsItem" ORDER BY "publishedAt"`,
      );
      expect(items.rows).toEqual([
        { id: french, originalLocale: "fr", publishedAt: new Date("2026-03-01T08:00:00Z") },
        { id: english, originalLocale: "en", publishedAt: new Date("2026-04-01T08:00:00Z") },
      ]);
      const texts = await client.query(
        `SELECT "tenantId", "newsId", "locale", "title", "body" FROM "NewsTranslation" ORDER BY "locale"`,
      );
      expect(texts.rows).toEqual([
        { tenantId: tenant, newsId: english, locale: "en", title: "New rules", body: "The tariff changes." },
        { tenantId: tenant, newsId: french, locale: "fr", title: "Nouvelles règles", body: "Le **tarif** change." },
      ]);
      const security = await client.query(
        `SELECT relrowsecurity, relforcerowsecurity FROM pg_class WHERE relname = 'NewsTranslation'`,
      );
      expect(security.rows).toEqual([{ relrowsecurity: true, relforcerowsecurity: true }]);
    });
  });
});
