// `npm run db:restore`: a backup archive into a new, empty database and an empty content store (a local folder
// or an S3-compatible bucket or prefix, whichever CONTENT_STORE names, through its own interface). The schema
// is rebuilt by the backup's own migrations, the rows copied back in one transaction with triggers off (as the
// owner, bypassing row-level security), the sequences set, and every table's count and checksum and every
// file's SHA-256 compared with the manifest before anything is kept (ADR 0040).
import { createReadStream } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { applyMigrations, readMigrationsList } from "../../../lib/db/migrate.mjs";
import { installJobQueue } from "../../../lib/jobs/queue";
import { unpackArchive } from "./archive";
import { checkBackedUpFiles, restoreStoredFiles, safeArchivePath, storedNames } from "./content-files";
import { CONTENT_DIR, MANIFEST_FILE, parseManifest, TABLES_DIR, type BackupManifest } from "./manifest";
import { listTables, quoteName, tableFigures, tableName, setStableTextFormats } from "./table-figures";

export interface RestoreOptions {
  archive: string;
  /** An owner connection (a superuser) to the database to restore into; created when missing, refused when not empty. */
  ownerUrl: string;
  /**
   * The clikc_app role's password, for a server where the platform never ran; the role belongs to the whole
   * server, so on one where it runs leave it out and the servers keep theirs.
   */
  appPassword?: string;
}

/** Restores into the database and the configured content store, which must hold no file. */
export async function restoreBackup({ archive, ownerUrl, appPassword }: RestoreOptions): Promise<BackupManifest> {
  const staging = await mkdtemp(path.join(os.tmpdir(), "clikc-restore-"));
  try {
    await unpackArchive(archive, staging);
    const manifest = parseManifest(await readFile(path.join(staging, MANIFEST_FILE), "utf8"));
    await refuseNewerMigrations(manifest);
    await checkBackedUpFiles(manifest.files, path.join(staging, CONTENT_DIR));
    if ((await storedNames()).length) {
      throw new Error("The content store to restore into is not empty: restore into a new folder, bucket or prefix.");
    }
    await createDatabaseIfMissing(ownerUrl);
    await refuseNonEmptyDatabase(ownerUrl);
    await applyMigrations(ownerUrl, { only: manifest.migrations });
    await installJobQueue(ownerUrl);
    if (appPassword !== undefined) {
      await withClient(ownerUrl, (client) =>
        client.query(`ALTER ROLE clikc_app WITH LOGIN PASSWORD '${appPassword.replaceAll("'", "''")}'`),
      );
    }
    await copyRowsIn(ownerUrl, manifest, path.join(staging, TABLES_DIR));
    await restoreStoredFiles(manifest.files, path.join(staging, CONTENT_DIR));
    return manifest;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/** A backup made on migrations this version does not have is restored by the version that made it. */
async function refuseNewerMigrations(manifest: BackupManifest): Promise<void> {
  const known = new Set((await readMigrationsList()).migrationDirectories.map((m: { path: string }) => m.path));
  const unknown = manifest.migrations.filter((name) => !known.has(name));
  if (unknown.length) {
    throw new Error(
      `The backup was made by a newer version of the platform (migrations ${unknown.join(", ")}): restore it with that version.`,
    );
  }
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function createDatabaseIfMissing(ownerUrl: string): Promise<void> {
  const url = new URL(ownerUrl);
  const database = decodeURIComponent(url.pathname.slice(1));
  url.pathname = "/postgres";
  await withClient(url.toString(), async (client) => {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (!found.rowCount) await client.query(`CREATE DATABASE ${quoteName(database)}`);
  });
}

async function refuseNonEmptyDatabase(ownerUrl: string): Promise<void> {
  await withClient(ownerUrl, async (client) => {
    const { rows } = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace
       WHERE s.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast') AND c.relkind IN ('r', 'p')`,
    );
    if (rows[0].n) throw new Error("The database to restore into is not empty: restore into a new database.");
  });
}

async function copyRowsIn(ownerUrl: string, manifest: BackupManifest, folder: string): Promise<void> {
  await withClient(ownerUrl, async (client) => {
    await client.query("BEGIN");
    try {
      // Triggers and foreign-key checks off for the copy (the rows were consistent in the snapshot); needs a superuser.
      await client.query("SET LOCAL session_replication_role = replica");
      await client.query("SET LOCAL row_security = off");
      await setStableTextFormats(client);
      const tables = await listTables(client);
      const backedUp = manifest.tables.map((t) => t.name);
      if (tables.join() !== [...backedUp].sort().join()) {
        throw new Error("The backup's tables are not those of its migrations: the archive is damaged.");
      }
      // What the migrations inserted (reference rows) is replaced by the backup's rows.
      if (tables.length) await client.query(`TRUNCATE ${tables.map(tableName).join(", ")}`);
      for (const table of manifest.tables) {
        const file = safeArchivePath(`${table.name}.copy`);
        if (!file) throw new Error(`Refused table name in the backup: ${table.name}`);
        await pipeline(
          createReadStream(path.join(folder, file)),
          client.query(
            copyFrom(`COPY ${tableName(table.name)} (${table.columns.map(quoteName).join(", ")}) FROM STDIN`),
          ),
        );
      }
      for (const sequence of manifest.sequences) {
        await client.query("SELECT setval($1::regclass, $2::bigint, $3)", [
          tableName(sequence.name),
          sequence.lastValue,
          sequence.isCalled,
        ]);
      }
      for (const table of manifest.tables) {
        const figures = await tableFigures(client, table.name, table.columns);
        if (figures.rows !== table.rows || figures.checksum !== table.checksum) {
          throw new Error(
            `Table ${table.name} restored as ${figures.rows} rows (checksum ${figures.checksum}), ` +
              `the backup holds ${table.rows} (checksum ${table.checksum}).`,
          );
        }
      }
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    }
  });
}
