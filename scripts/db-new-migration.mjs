#!/usr/bin/env node
// Creates the next migration folder from the difference between the existing migrations and
// prisma/schema.prisma: `npm run db:new-migration -- <name>`. Row-level security for a new tenant-scoped
// table is not generated: add its policies by hand below the generated SQL (see the init migration).
import { copyFile, mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { withScratchDatabase } from "./lib/scratch-database.mjs";
import { MIGRATED_SCHEMA_PATH, MIGRATIONS_DIR, SCHEMA_PATH, diffMigratedToCurrentSchema } from "../lib/db/migrate.mjs";

const name = (process.argv[2] ?? "")
  .toLowerCase()
  .replace(/[^a-z0-9]+/g, "_")
  .replace(/^_|_$/g, "");
if (!name) {
  console.error("Usage: npm run db:new-migration -- <name>");
  process.exit(2);
}
const sql = await withScratchDatabase((url) => diffMigratedToCurrentSchema(url));
if (!sql.trim()) {
  console.log("schema.prisma and the migrations agree: no migration needed.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const folder = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
await mkdir(folder, { recursive: true });
await writeFile(path.join(folder, "migration.sql"), sql);
await writeFile(path.join(MIGRATIONS_DIR, "migration_lock.toml"), 'provider = "postgresql"\n');
await copyFile(SCHEMA_PATH, MIGRATED_SCHEMA_PATH);
console.log(
  `Created ${path.relative(process.cwd(), folder)}/migration.sql. Review it, and add row-level security for new tenant-scoped tables: SELECT rls_tenant_isolation('"Table"');`,
);
