// Integration tests run against a real PostgreSQL: an embedded cluster started once for the run, a template
// database migrated and seeded once, and one fresh copy of it per test file (tests/helpers/test-database.ts).
import { spawnSync } from "node:child_process";
import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "../../lib/db/embedded-postgres.mjs";
import { freePort } from "../../scripts/lib/free-port.mjs";

export const TEMPLATE_DATABASE = "clikc_template";
export const CONTENT_TEMPLATE_DATABASE = "clikc_template_content";
export const TEST_APP_PASSWORD = "integration-tests";

export default async function globalSetup() {
  if (globalThis.__clikcTestCluster) return; // the integration and servers projects of one run share it
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "clikc-tests-"));
  const cluster = await startEmbeddedPostgres({
    dataDir: path.join(dataDir, "pg"),
    port: await freePort(),
    password: "tests",
    persistent: false,
    fsync: false,
  });
  await cluster.createDatabase(TEMPLATE_DATABASE);
  // The seed stores the demo content (videos, PDFs, SCORM packages) where the tests read it.
  process.env.CONTENT_STORE_DIR = path.join(dataDir, "content");
  // Two templates: the demo data with empty modules, which tests fill as they need, and a copy of it with the
  // demo content the seed generates (setUpTestDatabase({ demoContent: true })).
  const prepare = (database, env) =>
    spawnSync(process.execPath, ["--import", "tsx", "scripts/prepare-database.ts", "--seed"], {
      env: { ...process.env, ...env, DATABASE_URL: cluster.url(database), APP_DB_PASSWORD: TEST_APP_PASSWORD },
      encoding: "utf8",
    });
  const fail = async (prepared) => {
    await cluster.stop();
    throw new Error(`Preparing the test database failed:\n${prepared.stdout}\n${prepared.stderr}`);
  };
  const prepared = prepare(TEMPLATE_DATABASE, { SEED_DEMO_CONTENT: "0" });
  if (prepared.status !== 0) await fail(prepared);
  const server = new pg.Client({ connectionString: cluster.url("postgres") });
  await server.connect();
  await server.query(`CREATE DATABASE "${CONTENT_TEMPLATE_DATABASE}" TEMPLATE "${TEMPLATE_DATABASE}"`);
  await server.end();
  const withContent = prepare(CONTENT_TEMPLATE_DATABASE, {});
  if (withContent.status !== 0) await fail(withContent);
  globalThis.__clikcTestCluster = cluster;
  // Read by the test workers, which start after this.
  process.env.TEST_PG_SERVER_URL = cluster.url("postgres");
  process.env.TEST_PG_TEMPLATE = TEMPLATE_DATABASE;
  process.env.TEST_PG_CONTENT_TEMPLATE = CONTENT_TEMPLATE_DATABASE;
  process.env.TEST_APP_PASSWORD = TEST_APP_PASSWORD;
  process.env.AUTH_SECRET ??= "integration-tests-secret-that-is-long-enough";
}
