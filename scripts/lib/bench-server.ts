// What the measuring scripts (bench, bench:scorm, lighthouse) share: a throw-away embedded PostgreSQL under
// .data/<name>, and the production server (scripts/serve.mjs) on it, built first when the build is stale, started
// with the application role, no background workers, and stopped when the measure is done.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { rm } from "node:fs/promises";
import http from "node:http";
import path from "node:path";
import { buildIsCurrent, recordBuild } from "./build-fingerprint.mjs";

export const root = path.resolve(__dirname, "../..");

export interface ThrowAwayDatabase {
  ownerUrl: string;
  stop(): Promise<void>;
}

/** An empty database on a new embedded cluster in .data/<name> (removed first), without fsync. */
export async function throwAwayDatabase(options: {
  name: string;
  port: number;
  password: string;
  database: string;
}): Promise<ThrowAwayDatabase> {
  // Imported when used: the servers' tests start servers on the test database and run where ES modules of
  // node_modules cannot be required (Jest).
  const { startEmbeddedPostgres } = await import("../../lib/db/embedded-postgres.mjs");
  const dataDir = path.join(root, ".data", options.name);
  await rm(dataDir, { recursive: true, force: true });
  const cluster = await startEmbeddedPostgres({
    dataDir: path.join(dataDir, "postgres"),
    port: options.port,
    password: options.password,
    persistent: false,
    fsync: false,
  });
  await cluster.createDatabase(options.database);
  return { ownerUrl: cluster.url(options.database), stop: () => cluster.stop() };
}

export interface ServerOptions {
  /** The application role's address (applicationUrl of prepare-database). */
  appUrl: string;
  authSecret: string;
  /** ROOT_DOMAIN: `localhost:<port>`. */
  host: string;
  port: number;
  /** Measure the build already in .next, stale or not. */
  skipBuild?: boolean;
  /** Node options of the server (a CPU profile). */
  nodeArgs?: string[];
  /** "pipe" to read the server's output (it says when every process listens). */
  stdout?: "ignore" | "pipe";
  /** More of the server's environment, over the defaults (APP_DIRECT_DATABASE_URL, SERVER_PROCESSES, workers). */
  env?: Record<string, string>;
}

/** The production server's environment. */
export function serverEnv(options: Pick<ServerOptions, "appUrl" | "authSecret" | "host" | "port" | "env">) {
  return {
    ...process.env,
    APP_DATABASE_URL: options.appUrl,
    AUTH_SECRET: options.authSecret,
    ROOT_DOMAIN: options.host,
    PORT: String(options.port),
    DISABLE_WORKERS: "1",
    NODE_ENV: "production" as const,
    ...options.env,
  };
}

/** Builds the application when the build in .next is not of the current sources. */
export function buildIfStale(env: NodeJS.ProcessEnv): void {
  if (buildIsCurrent(root)) return;
  const next = path.join(root, "node_modules", "next", "dist", "bin", "next");
  if (spawnSync(process.execPath, [next, "build"], { cwd: root, env, stdio: "inherit" }).status !== 0)
    throw new Error("The build failed.");
  recordBuild(root);
}

async function waitForHealth(port: number, host: string): Promise<void> {
  for (let i = 0; i < 240; i++) {
    const ok = await new Promise<boolean>((resolve) =>
      http
        .get({ host: "127.0.0.1", port, path: "/api/health", headers: { host } }, (r) => {
          r.resume();
          resolve(r.statusCode === 200);
        })
        .on("error", () => resolve(false)),
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("The server did not become healthy.");
}

export interface ProductionServer {
  child: ChildProcess;
  /** Resolves once every server process listens (stdout "pipe" only). */
  allListening: Promise<void>;
  /** Stops the server and waits for it to exit; nothing when it has already. */
  stop(): Promise<void>;
}

/** Builds when stale, starts the production server and waits until it answers its health check. */
export async function startProductionServer(options: ServerOptions): Promise<ProductionServer> {
  const env = serverEnv(options);
  if (!options.skipBuild) buildIfStale(env);
  console.log(`Starting the production server on port ${options.port}…`);
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), path.join(root, "scripts", "serve.mjs")], {
    cwd: root,
    env,
    stdio: ["ignore", options.stdout ?? "ignore", "inherit"],
  });
  const allListening = new Promise<void>((resolve) => {
    let seen = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      seen += chunk.toString("utf8");
      if (/Serving the production build/.test(seen)) resolve();
      if (seen.length > 10_000) seen = seen.slice(-1000);
    });
  });
  const server: ProductionServer = {
    child,
    allListening,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    },
  };
  try {
    await waitForHealth(options.port, options.host);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return server;
}
