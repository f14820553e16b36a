// Brings the database at DATABASE_URL (an owner connection) up to date: applies pending migrations, lets
// the application role clikc_app log in with APP_DB_PASSWORD, installs the job queue's schema, and with
// --seed adds the demo data.
import { applyMigrations } from "../lib/db/migrate.mjs";
import { createClient } from "../lib/db/client";
import { installJobQueue } from "../lib/jobs/queue";
import { seedDemo } from "../prisma/seed/seed-demo";
import { timed } from "../prisma/seed/seed-timings";

export async function prepareDatabase({
  ownerUrl,
  appPassword,
  seed,
}: {
  ownerUrl: string;
  appPassword: string;
  seed: boolean;
}): Promise<string[]> {
  const applied = await timed("migrations", () => applyMigrations(ownerUrl));
  await timed("job queue", () => installJobQueue(ownerUrl));
  const db = createClient(ownerUrl, 2);
  try {
    // The role itself is created by the first migration; only its password is configuration.
    await db.$executeRawUnsafe(`ALTER ROLE clikc_app WITH LOGIN PASSWORD '${appPassword.replaceAll("'", "''")}'`);
    // The demo content goes through the platform's own use cases (SCORM uploads), which connect as clikc_app.
    process.env.APP_DATABASE_URL ??= applicationUrl(ownerUrl, appPassword);
    if (seed) await timed("demo seed", () => seedDemo(db));
  } finally {
    await db.$disconnect();
  }
  return applied;
}

/** The application's connection string: the owner's, with the clikc_app role and its password. */
export function applicationUrl(ownerUrl: string, appPassword: string): string {
  const url = new URL(ownerUrl);
  url.username = "clikc_app";
  url.password = appPassword;
  return url.toString();
}

if (process.argv[1]?.endsWith("prepare-database.ts")) {
  const ownerUrl = process.env.DATABASE_URL;
  const appPassword = process.env.APP_DB_PASSWORD;
  if (!ownerUrl || !appPassword) {
    console.error("DATABASE_URL and APP_DB_PASSWORD must be set.");
    process.exit(2);
  }
  prepareDatabase({ ownerUrl, appPassword, seed: process.argv.includes("--seed") }).then(
    (applied) =>
      console.log(applied.length ? `Applied migrations: ${applied.join(", ")}` : "Database schema is up to date."),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
