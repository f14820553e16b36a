// A throw-away database on the test server for testing one migration on data written the old way: migrated up to
// the migration before it, then the migration itself applied, both from prisma/migrations' own files.
import { randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";

const MIGRATIONS = path.resolve(__dirname, "../../prisma/migrations");

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

/** Creates the test file's database before its tests and drops it after; returns how to work in it. */
export function setUpMigrationDatabase(): <T>(work: (client: pg.Client) => Promise<T>) => Promise<T> {
  const name = `migration_${randomUUID().replaceAll("-", "")}`;
  beforeAll(async () => {
    await onServer(null, (client) => client.query(`CREATE DATABASE "${name}"`));
  });
  afterAll(async () => {
    await onServer(null, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  });
  return (work) => onServer(name, work);
}

/** The migrations' folder names, in the order they apply. */
export async function migrationFolders(): Promise<string[]> {
  return (await readdir(MIGRATIONS, { withFileTypes: true }))
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

export async function applyMigration(client: pg.Client, migration: string): Promise<void> {
  await client.query(await readFile(path.join(MIGRATIONS, migration, "migration.sql"), "utf8"));
}

/** Applies every migration before `migration`, in order. */
export async function migrateUpTo(client: pg.Client, migration: string): Promise<void> {
  const folders = await migrationFolders();
  for (const folder of folders.slice(0, folders.indexOf(migration))) await applyMigration(client, folder);
}
