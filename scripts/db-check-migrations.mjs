#!/usr/bin/env node
// Fails when prisma/schema.prisma has changes that no migration carries (run by `npm test`).
import { withScratchDatabase } from "./lib/scratch-database.mjs";
import { diffMigratedToCurrentSchema } from "../lib/db/migrate.mjs";

const sql = await withScratchDatabase((url) => diffMigratedToCurrentSchema(url));
if (sql.trim()) {
  console.error(
    "prisma/schema.prisma differs from what the migrations create. Run `npm run db:new-migration -- <name>`.\nPending SQL:\n" +
      sql,
  );
  process.exit(1);
}
console.log("Migrations match prisma/schema.prisma.");
