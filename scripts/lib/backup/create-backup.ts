// `npm run db:backup`: the platform's database in one consistent snapshot (a REPEATABLE READ READ ONLY
// transaction, one COPY per table), its manifest, and the content store's files (local folder or S3-compatible
// bucket, whichever CONTENT_STORE names), in one archive (ADR 0040).
import { createWriteStream } from "node:fs";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import { to as copyTo } from "pg-copy-streams";
import { addFolder, writeArchive } from "./archive";
import { addStoredFiles } from "./content-files";
import { BACKUP_FORMAT, MANIFEST_FILE, TABLES_DIR, type BackupManifest, type TableEntry } from "./manifest";
import {
  listTables,
  quoteName,
  readSequences,
  tableColumns,
  tableFigures,
  tableName,
  setStableTextFormats,
} from "./table-figures";

export interface BackupOptions {
  /** An owner connection to the platform's database (a superuser, or a role that bypasses row-level security). */
  ownerUrl: string;
  /** Where the archive is written (.tar.gz). */
  archive: string;
}

/** Backs up the database and the configured content store (the one `lib/content-store` selects). */
export async function createBackup({ ownerUrl, archive }: BackupOptions): Promise<BackupManifest> {
  const staging = await mkdtemp(path.join(os.tmpdir(), "clikc-backup-"));
  try {
    const manifest = await copyDatabase(ownerUrl, staging);
    await mkdir(path.dirname(path.resolve(archive)), { recursive: true });
    await writeArchive(archive, async (writer) => {
      await addFolder(writer, staging);
      // Files are read after the snapshot: a row never names a file stored after it, and keys are never reused.
      // Each is streamed from the store into the archive, hashed on the way.
      manifest.files = await addStoredFiles(writer);
      const text = Buffer.from(JSON.stringify(manifest, null, 2));
      await writer.add(MANIFEST_FILE, text.length, Readable.from([text]));
    });
    return manifest;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

async function copyDatabase(ownerUrl: string, staging: string): Promise<BackupManifest> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    // With row security off a role that row-level security would filter gets an error, never a partial backup.
    await client.query("SET LOCAL row_security = off");
    await setStableTextFormats(client);
    const serverVersion = (await client.query<{ server_version: string }>("SHOW server_version")).rows[0]
      .server_version;
    const migrations = (
      await client.query<{ migration_name: string }>(
        `SELECT migration_name FROM _prisma_migrations
         WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
      )
    ).rows.map((r) => r.migration_name);
    await mkdir(path.join(staging, TABLES_DIR));
    const tables: TableEntry[] = [];
    for (const name of await listTables(client)) {
      const columns = await tableColumns(client, name);
      const figures = await tableFigures(client, name, columns);
      const select = `SELECT ${columns.map(quoteName).join(", ")} FROM ${tableName(name)}`;
      await pipeline(
        client.query(copyTo(`COPY (${select}) TO STDOUT`)),
        createWriteStream(path.join(staging, TABLES_DIR, `${name}.copy`)),
      );
      tables.push({ name, columns, ...figures });
    }
    const sequences = await readSequences(client);
    await client.query("COMMIT");
    return {
      format: BACKUP_FORMAT,
      createdAt: new Date().toISOString(),
      serverVersion,
      migrations,
      tables,
      sequences,
      files: [],
    };
  } finally {
    await client.end();
  }
}
