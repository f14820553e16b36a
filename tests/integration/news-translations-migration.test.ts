// The news translations' migration, run on a database migrated up to the migration before it and holding news
// written the old way (one row in one language): every item keeps its text as its one translation, in the
// language it was written in, which becomes its original language; its date stays.
import { randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";

const MIGRATIONS = path.resolve(__dirname, "../../prisma/migrations");
const NEWS_MIGRATION = "20261201195306_news_translations";

async function onServer<T>(database: string | null, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const url = new URL(process.env.TEST_PG_SERVER_URL!);
  if (database) url.pathname = `/${database}`;
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const name = `migration_${randomUUID().replaceAll("-", "")}`;
const tenant = randomUUID();
const [french, english] = [randomUUID(), randomUUID()];

beforeAll(async () => {
  await onServer(null, (client) => client.query(`CREATE DATABASE "${name}"`));
});
afterAll(async () => {
  await onServer(null, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
});

describe("the news translations' migration", () => {
  it("keeps every news item as its one translation in its language, which becomes its original language", async () => {
    const folders = (await readdir(MIGRATIONS, { withFileTypes: true }))
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
    expect(folders).toContain(NEWS_MIGRATION);
    const before = folders.slice(0, folders.indexOf(NEWS_MIGRATION));
    await onServer(name, async (client) => {
      for (const folder of before)
        await client.query(await readFile(path.join(MIGRATIONS, folder, "migration.sql"), "utf8"));
      await client.query(`
        INSERT INTO "Tenant" ("id", "slug", "kind", "name", "updatedAt") VALUES ('${tenant}', 'ke', 'ADMINISTRATION', 'Kenya', now());
        INSERT INTO "NewsItem" ("id", "tenantId", "locale", "title", "body", "publishedAt") VALUES
          ('${french}', '${tenant}', 'fr', 'Nouvelles règles', 'Le **tarif** change.', '2026-03-01T08:00:00Z'),
          ('${english}', '${tenant}', 'en', 'New rules', 'The tariff changes.', '2026-04-01T08:00:00Z');`);
      await client.query(await readFile(path.join(MIGRATIONS, NEWS_MIGRATION, "migration.sql"), "utf8"));
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
