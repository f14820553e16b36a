// `npm run db:restore -- <archive.tar.gz>`: restores a backup into a new database (DATABASE_URL, a superuser
// connection naming a database that is missing or empty) and an empty content store (the folder CONTENT_STORE_DIR,
// or with CONTENT_STORE=s3 the bucket and prefix of the S3_* settings), checking every table and file against the
// backup's manifest. APP_DB_PASSWORD sets the clikc_app role's password on a server where the platform never ran.
// With --check it restores into a scratch database and a scratch store (a temporary folder, or a scratch prefix of
// the bucket), reports, and removes both: the way to check a backup (ADR 0040).
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { emptyContentStore } from "./lib/backup/content-files";
import { ownerUrlFromEnvironment } from "./lib/backup/owner-url";
import { restoreBackup } from "./lib/backup/restore-backup";

async function dropDatabase(ownerUrl: string) {
  const url = new URL(ownerUrl);
  const database = decodeURIComponent(url.pathname.slice(1));
  url.pathname = "/postgres";
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`).finally(() => client.end());
}

/** Points the content store at a new, empty place: a temporary folder, or a scratch prefix of the bucket. */
async function moveToScratchStore(scratch: string): Promise<string | null> {
  if (process.env.CONTENT_STORE === "s3") {
    // Not "<kind>/<uuid>": the live store's listing never counts these objects as its own.
    process.env.S3_PREFIX = [process.env.S3_PREFIX?.replace(/^\/+|\/+$/g, ""), scratch].filter(Boolean).join("/");
    return null;
  }
  const folder = await mkdtemp(path.join(os.tmpdir(), "clikc-check-content-"));
  process.env.CONTENT_STORE_DIR = folder;
  return folder;
}

async function main() {
  const archive = process.argv.slice(2).find((arg) => !arg.startsWith("--"));
  const check = process.argv.includes("--check");
  if (!archive) throw new Error("Usage: npm run db:restore -- <archive.tar.gz> [--check]");
  const started = Date.now();
  let ownerUrl = await ownerUrlFromEnvironment();
  let scratchFolder: string | null = null;
  if (check) {
    const scratch = `clikc_check_${randomBytes(6).toString("hex")}`;
    const url = new URL(ownerUrl);
    url.pathname = `/${scratch}`;
    ownerUrl = url.toString();
    scratchFolder = await moveToScratchStore(scratch.replaceAll("_", "-"));
  } else if (process.env.CONTENT_STORE !== "s3" && !process.env.CONTENT_STORE_DIR) {
    throw new Error("Set CONTENT_STORE_DIR to the new, empty folder of the content store.");
  }
  try {
    const manifest = await restoreBackup({
      archive: path.resolve(archive),
      ownerUrl,
      appPassword: check ? undefined : process.env.APP_DB_PASSWORD,
    });
    const rows = manifest.tables.reduce((sum, t) => sum + t.rows, 0);
    console.log(
      `${check ? "Checked" : "Restored"} the backup of ${manifest.createdAt} (PostgreSQL ${manifest.serverVersion}): ` +
        `${manifest.tables.length} tables (${rows} rows) and ${manifest.files.length} files equal to its manifest, ` +
        `in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
    );
  } finally {
    if (check) {
      await dropDatabase(ownerUrl);
      await emptyContentStore();
      if (scratchFolder) await rm(scratchFolder, { recursive: true, force: true });
    }
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
