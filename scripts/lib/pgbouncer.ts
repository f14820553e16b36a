// Starts Debian's PgBouncer (installed by .ci/run) in front of a test database, in transaction pooling mode
// as in production (docs/decisions/0035-production-operations.md), on a free port.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { chmod, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { freePort } from "./free-port.mjs";

export interface PgBouncer {
  /** The address of `database` through PgBouncer, as `user`. */
  url: string;
  stop(): Promise<void>;
}

function reachable(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
  });
}

export async function startPgBouncer(options: {
  serverUrl: string;
  database: string;
  user: string;
  password: string;
  poolSize: number;
}): Promise<PgBouncer> {
  const server = new URL(options.serverUrl);
  const dir = await mkdtemp(path.join(os.tmpdir(), "clikc-pgbouncer-"));
  await chmod(dir, 0o777); // PgBouncer runs as the postgres system user when the tests run as root: it logs here
  const port = await freePort();
  const ini = path.join(dir, "pgbouncer.ini");
  await writeFile(path.join(dir, "userlist.txt"), `"${options.user}" "${options.password}"\n`);
  await writeFile(
    ini,
    [
      "[databases]",
      `${options.database} = host=${server.hostname} port=${server.port} dbname=${options.database}`,
      "[pgbouncer]",
      "listen_addr = 127.0.0.1",
      `listen_port = ${port}`,
      "unix_socket_dir =",
      // md5 between the tests and PgBouncer: SCRAM's key derivation for every client login, in PgBouncer's one
      // thread, takes seconds on a busy test machine. PgBouncer logs in to PostgreSQL with SCRAM.
      "auth_type = md5",
      `auth_file = ${path.join(dir, "userlist.txt")}`,
      "pool_mode = transaction",
      `default_pool_size = ${options.poolSize}`,
      `min_pool_size = ${options.poolSize}`,
      `max_db_connections = ${options.poolSize}`,
      "max_client_conn = 500",
      "reserve_pool_size = 0",
      `verbose = ${process.env.DEBUG_PGBOUNCER ? 2 : 0}`,
      `logfile = ${path.join(dir, "pgbouncer.log")}`,
      "",
    ].join("\n"),
  );
  const asRoot = process.getuid?.() === 0;
  const binary = existsSync("/usr/sbin/pgbouncer") ? "/usr/sbin/pgbouncer" : "pgbouncer"; // Debian installs it there
  const child: ChildProcess = spawn(binary, [...(asRoot ? ["-u", "postgres"] : []), ini], { stdio: "ignore" });
  let exited = false;
  child.once("exit", () => (exited = true));
  for (let i = 0; i < 100 && !(await reachable(port)); i++) {
    if (exited) throw new Error(`pgbouncer did not start (see ${path.join(dir, "pgbouncer.log")})`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const url = `postgresql://${options.user}:${encodeURIComponent(options.password)}@127.0.0.1:${port}/${options.database}`;
  return {
    url,
    async stop() {
      if (!exited) {
        const gone = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGTERM");
        await gone;
      }
      // DEBUG_PGBOUNCER=1 shows what PgBouncer logged (logins, server connections, errors).
      if (process.env.DEBUG_PGBOUNCER) console.error(await readFile(path.join(dir, "pgbouncer.log"), "utf8"));
      await rm(dir, { recursive: true, force: true });
    },
  };
}
