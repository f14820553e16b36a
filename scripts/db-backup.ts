// `npm run db:backup [-- <archive.tar.gz>]`: backs up the platform's database (DATABASE_URL, an owner
// connection; by default the embedded one of `npm start`, which must be running) and its content store (the
// local folder CONTENT_STORE_DIR, or with CONTENT_STORE=s3 the bucket of the S3_* settings) into one archive, by
// default .data/backups/clikc-<time>.tar.gz (ADR 0040).
import path from "node:path";
import { ownerUrlFromEnvironment } from "./lib/backup/owner-url";
import { createBackup } from "./lib/backup/create-backup";

async function main() {
  const stamp = new Date().toISOString().replaceAll(/[:.]/g, "-");
  const dataDir = process.env.CLIKC_DATA_DIR ?? ".data";
  const archive = path.resolve(process.argv[2] ?? path.join(dataDir, "backups", `clikc-${stamp}.tar.gz`));
  const started = Date.now();
  const manifest = await createBackup({ ownerUrl: await ownerUrlFromEnvironment(), archive });
  const rows = manifest.tables.reduce((sum, t) => sum + t.rows, 0);
  const bytes = manifest.files.reduce((sum, f) => sum + f.bytes, 0);
  console.log(
    `Backed up ${manifest.tables.length} tables (${rows} rows), ${manifest.files.length} files ` +
      `(${(bytes / 1e6).toFixed(1)} MB, ${storeName()}) and ${manifest.migrations.length} migrations in ` +
      `${((Date.now() - started) / 1000).toFixed(1)} s: ${archive}`,
  );
}

const storeName = () =>
  process.env.CONTENT_STORE === "s3"
    ? `bucket ${process.env.S3_BUCKET}${process.env.S3_PREFIX ? `, prefix ${process.env.S3_PREFIX}` : ""}`
    : "local store";

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
