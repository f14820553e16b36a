// `npm run db:migrate`: applies pending migrations to DATABASE_URL (an owner connection).
import { applyMigrations } from "../lib/db/migrate.mjs";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("Set DATABASE_URL to the database to migrate (npm start migrates the embedded database itself).");
  process.exit(2);
}
applyMigrations(url).then(
  (applied) => console.log(applied.length ? `Applied: ${applied.join(", ")}` : "Nothing to apply."),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
