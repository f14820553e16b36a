// A throw-away PostgreSQL database: DATABASE_URL's server when set, otherwise a temporary embedded cluster.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "../../lib/db/embedded-postgres.mjs";
import { freePort } from "./free-port.mjs";

/** Runs `work(url)` against an empty database that is dropped afterwards. */
export async function withScratchDatabase(work) {
  const name = `scratch_${process.pid}_${Date.now()}`;
  if (process.env.DATABASE_URL) {
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = `/${name}`;
    try {
      return await work(url.toString());
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    }
  }
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "clikc-scratch-"));
  const cluster = await startEmbeddedPostgres({
    dataDir: path.join(dataDir, "pg"),
    port: await freePort(),
    password: "scratch",
    persistent: false,
    fsync: false,
  });
  try {
    await cluster.createDatabase(name);
    return await work(cluster.url(name));
  } finally {
    await cluster.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}
