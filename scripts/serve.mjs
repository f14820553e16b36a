// Serves the production build with one Next.js process per core on the same port (node:cluster): a Node
// process runs JavaScript on one core, and rendering pages and JSON is CPU work. SERVER_PROCESSES sets the
// count. A process that dies after it started is replaced; one that fails to start stops the server.
// In-memory caches stay correct across processes through lib/db/cache-announcements.ts.
import cluster from "node:cluster";
import { availableParallelism } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { guardRequest } from "./lib/request-guards.mjs";
import { createLogger, routeConsoleTo, serveClusterMetrics } from "./lib/observability.mjs";
import { serveProcess } from "./lib/server-process.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const port = Number(process.env.PORT ?? 3000);
const processes = Math.max(1, Number(process.env.SERVER_PROCESSES) || availableParallelism());
const SHUTDOWN_GRACE_MS = Number(process.env.SHUTDOWN_GRACE_MS ?? 10_000);
const SHUTDOWN_DRAIN_MS = Number(process.env.SHUTDOWN_DRAIN_MS ?? 0);

if (cluster.isPrimary) {
  // The PDF worker threads are shared out between the processes instead of each taking every core.
  const pdfWorkers = process.env.PDF_WORKERS ?? String(Math.max(1, Math.floor(availableParallelism() / processes)));
  const env = { NODE_ENV: "production", PDF_WORKERS: pdfWorkers };
  let stopping = false;
  let listening = 0;
  const fork = () => {
    const worker = cluster.fork(env);
    // A process that let a render run past its deadline is replaced: a new one first, then the old one stops.
    worker.on("message", (message) => {
      if (message?.type !== "replace-me" || worker.replaced || stopping) return;
      worker.replaced = true;
      console.error(`A server process rendered ${message.pathname} past its deadline; replacing it.`);
      fork().once("listening", () => worker.process.kill("SIGTERM"));
    });
    worker.once("listening", () => {
      worker.started = true;
      if (++listening === processes)
        console.log(
          `Serving the production build on port ${port} with ${processes} server process${processes === 1 ? "" : "es"}.`,
        );
    });
    return worker;
  };
  cluster.on("exit", (worker, code, signal) => {
    if (stopping || worker.replaced) return;
    if (!worker.started) {
      console.error(`A server process failed to start (exit ${code ?? signal}).`);
      stop(1);
      return;
    }
    console.error(`A server process stopped (exit ${code ?? signal}); starting another.`);
    fork();
  });
  const stop = (code) => {
    if (stopping) return;
    stopping = true;
    const workers = Object.values(cluster.workers ?? {});
    let left = workers.length;
    if (!left) process.exit(code);
    for (const worker of workers) {
      worker.once("exit", () => --left === 0 && process.exit(code));
      worker.process.kill("SIGTERM");
    }
    setTimeout(() => process.exit(code), SHUTDOWN_DRAIN_MS + SHUTDOWN_GRACE_MS + 6_000).unref();
  };
  process.on("SIGTERM", () => stop(0));
  process.on("SIGINT", () => stop(0));
  // A larger young generation: requests allocate short-lived objects, and fewer scavenges served about 10 %
  // more catalogue searches per second (docs/performance.md), for up to 128 MB more memory per process.
  const stopMetrics = serveClusterMetrics(process.env.APP_DIRECT_DATABASE_URL || process.env.APP_DATABASE_URL);
  process.once("exit", () => void stopMetrics());
  cluster.setupPrimary({ execArgv: ["--max-semi-space-size=64", ...process.execArgv] });
  for (let i = 0; i < processes; i++) fork();
} else {
  routeConsoleTo(createLogger()); // from the start: Next's and the application's messages become JSON lines
  const { default: next } = await import("next");
  const app = next({ dev: false, dir: root, port });
  await app.prepare();
  const handle = app.getRequestHandler();
  let replacing = false;
  const onDeadline = (pathname) => {
    if (replacing) return;
    replacing = true;
    process.send?.({ type: "replace-me", pathname });
  };
  // The readiness check's own connection: it answers even when the application's pool is exhausted.
  const readiness = new pg.Pool({
    connectionString: process.env.APP_DATABASE_URL,
    max: 1,
    connectionTimeoutMillis: 2_000,
  });
  readiness.on("error", () => {});
  serveProcess({
    port,
    handle: (request, response) => {
      if (guardRequest(request, response, { onDeadline })) handle(request, response);
    },
    checkDatabase: () => readiness.query("SELECT 1").then(() => true),
    stop: async () => {
      await globalThis.__clikcStopServerProcess?.(); // job workers, cache listener, the application's pool
      await readiness.end();
    },
    graceMs: SHUTDOWN_GRACE_MS,
  });
  process.on("SIGINT", () => {}); // the primary decides: Ctrl-C reaches every process of the group
}
