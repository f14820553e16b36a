// `npm run db:backup [-- <archive.tar.gz>]`: backs up the platform's database (DATABASE_URL, an owner
// connection; by default the embedded one of `npm start`, which must be running) and the local content store
// (CONTENT_STORE_DIR) into one archive, by default .data/backups/clikc-<time>.tar.gz (ADR 0040).
import path from "node:path";
import { storeRoot } from "../lib/content-store/local-store";
import { ownerUrlFromEnvironment } from "./lib/backup/owner-url";
import { createBackup } from "./lib/backup/create-backup";

async function main() {
  if (process.env.CONTENT_STORE === "s3") {
    throw new Error("db:backup copies the local content store; back up the S3 bucket with the provider's tools.");
  }
  const stamp = new Date().toISOString().replaceAll(/[:.]/g, "-");
  const dataDir = process.env.CLIKC_DATA_DIR ?? ".data";
  const archive = path.resolve(process.argv[2] ?? path.join(dataDir, "backups", `clikc-${stamp}.tar.gz`));
  const started = Date.now();
  const manifest = await createBackup({ ownerUrl: await ownerUrlFromEnvironment(), contentDir: storeRoot(), archive });
  const rows = manifest.tables.reduce((sum, t) => sum + t.rows, 0);
  console.log(
    `Backed up ${manifest.tables.length} tables (${rows} rows), ${manifest.files.length} files and ` +
      `${manifest.migrations.length} migrations in ${((Date.now() - started) / 1000).toFixed(1)} s: ${archive}`,
  );
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
