// The scale database: its own embedded cluster in .data/scale (or SCALE_DATABASE_URL), kept between runs.
// SCALE_USERS=<n> seeds and measures a smaller database (10 enrolments a user, as the full one) in
// .data/scale-<n>, so a quick development run never replaces the full seed.
import path from "node:path";
import { startEmbeddedPostgres } from "../../lib/db/embedded-postgres.mjs";

export const SCALE_APP_PASSWORD = "scale-benchmark";
/** The password of every generated user (a benchmark database, never a real one). */
export const SCALE_PASSWORD = "scale-user-password";
const FULL_USERS = 100_000;
const users = Number(process.env.SCALE_USERS) || FULL_USERS;
export const SCALE = { users, courses: 1_000, enrolmentsPerUser: 10, completedShare: 4 } as const;

export async function openScaleDatabase(): Promise<{ ownerUrl: string; stop: () => Promise<void> }> {
  if (process.env.SCALE_DATABASE_URL) return { ownerUrl: process.env.SCALE_DATABASE_URL, stop: async () => {} };
  const cluster = await startEmbeddedPostgres({
    dataDir: path.resolve(__dirname, "../../.data", users === FULL_USERS ? "scale" : `scale-${users}`, "postgres"),
    port: Number(process.env.SCALE_PG_PORT ?? 5435),
    password: "scale",
  });
  await cluster.createDatabase("clikc_scale");
  return { ownerUrl: cluster.url("clikc_scale"), stop: () => cluster.stop() };
}
