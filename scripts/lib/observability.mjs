// What an operator watches (ADR 0035): JSON log lines (pino) carrying the request's id, with no personal data,
// and Prometheus metrics (prom-client) behind a bearer token, added up over every server process of the machine.
import { AsyncLocalStorage } from "node:async_hooks";
import cluster from "node:cluster";
import { randomUUID, timingSafeEqual } from "node:crypto";
import { format } from "node:util";
import pg from "pg";
import pino from "pino";
import client from "prom-client";

export const METRICS_PATH = "/api/metrics";
const requestContext = new AsyncLocalStorage();

const EMAIL = /[\w.+-]+@[\w-]+(\.[\w-]+)+/g;
const IPV4 = /\b(\d{1,3}\.\d{1,3}\.\d{1,3})\.\d{1,3}\b/g;
const IPV6 = /\b([0-9a-f]{1,4}:[0-9a-f]{1,4}:[0-9a-f]{1,4}):[0-9a-f:]{2,}\b/gi;
const TOKEN = /\b[A-Za-z0-9_-]{32,}(\.[A-Za-z0-9_-]+)*\b/g; // launch, media and e-mail tokens, JWTs, secrets

/** Masks what identifies a person in a log message: e-mail addresses, tokens, the host part of IP addresses. */
export function scrub(text) {
  return text.replace(EMAIL, "[email]").replace(TOKEN, "[token]").replace(IPV4, "$1.x").replace(IPV6, "$1:x");
}

let processLogger;

/** The process's logger: a line per event on stdout, with the request's id when it runs for a request. */
export function createLogger() {
  processLogger ??= pino({
    base: { pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    mixin: () => {
      const request = requestContext.getStore();
      return request ? { reqId: request.id } : {};
    },
    redact: {
      paths: ["email", "name", "firstName", "lastName", "username", "password", "token", "ip", "*.email", "*.token"],
      censor: "[redacted]",
    },
    hooks: {
      logMethod(args, method) {
        method.apply(
          this,
          args.map((arg) => (typeof arg === "string" ? scrub(arg) : arg)),
        );
      },
    },
  });
  return processLogger;
}

/** Sends what the application writes to the console (Next's errors, the workers' messages) through `logger`. */
export function routeConsoleTo(logger) {
  const line =
    (level) =>
    (...args) =>
      logger[level](scrub(format(...args)));
  console.log = line("info");
  console.info = line("info");
  console.warn = line("warn");
  console.error = line("error");
}

const ID_SEGMENT = /^([0-9a-f-]{16,}|\d+|[A-Za-z0-9_-]{20,}|c[a-z0-9]{20,})$/i;

/** A request's route for a metric label: ids and tokens folded, the content origin's addresses in one. */
export function routeOf(request) {
  const pathname = (request.url ?? "/").split("?")[0];
  if (/^content\./i.test(request.headers.host ?? "")) return "content";
  if (pathname.startsWith("/_next/")) return "/_next";
  const segments = pathname.split("/").filter(Boolean).slice(0, 5);
  return "/" + segments.map((segment) => (ID_SEGMENT.test(segment) ? ":id" : segment)).join("/");
}

const statusClass = (status) => `${Math.floor(status / 100)}xx`;

/** Cache lookups counted by lib/db/cache-announcements.ts, kept on globalThis to cross Next's bundles. */
function cacheStats() {
  return (globalThis.__clikcCacheStats ??= new Map());
}

/** Registers this server process's metrics; returns the wrapper that times and logs each request. */
export function observeRequests(logger) {
  const duration = new client.Histogram({
    name: "http_request_duration_seconds",
    help: "Time to answer a request, by route, method and status class",
    labelNames: ["route", "method", "status"],
    buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  });
  const counted = new Map();
  new client.Counter({
    name: "clikc_cache_lookups_total",
    help: "Lookups in the in-memory caches, by cache and result (hit or miss)",
    labelNames: ["cache", "result"],
    collect() {
      for (const [cache, stats] of cacheStats())
        for (const result of ["hit", "miss"]) {
          const key = `${cache}:${result}`;
          const delta = stats[result] - (counted.get(key) ?? 0);
          counted.set(key, stats[result]);
          if (delta > 0) this.inc({ cache, result }, delta);
        }
    },
  });
  client.collectDefaultMetrics();
  new client.AggregatorRegistry(); // in a cluster worker, this is what answers the primary's requests for metrics

  return (request, response, next) => {
    const given = request.headers["x-request-id"];
    const id = typeof given === "string" && /^[\w.-]{8,64}$/.test(given) ? given : randomUUID();
    response.setHeader("X-Request-Id", id);
    const started = process.hrtime.bigint();
    const route = routeOf(request);
    response.once("close", () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const status = response.headersSent ? response.statusCode : 499;
      duration.observe({ route, method: request.method, status: statusClass(status) }, seconds);
      requestContext.run({ id }, () =>
        logger[status >= 500 ? "error" : "info"]({
          event: "request",
          method: request.method,
          route,
          status,
          ms: Math.round(seconds * 1000),
        }),
      );
    });
    requestContext.run({ id }, next);
  };
}

/** True when the request bears METRICS_TOKEN; without the variable the endpoint does not exist. */
function authorised(request) {
  const token = process.env.METRICS_TOKEN;
  const given = request.headers.authorization ?? "";
  if (!token || !given.startsWith("Bearer ")) return false;
  const a = Buffer.from(given.slice(7));
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Answers the metrics endpoint in a server process, asking the primary for every process's metrics. */
export function answerMetrics(request, response) {
  if ((request.url ?? "").split("?")[0] !== METRICS_PATH) return false;
  if (!authorised(request)) {
    response.writeHead(404, { "Content-Type": "text/plain" });
    response.end("Not found");
    return true;
  }
  const id = randomUUID();
  const reply = (message) => {
    if (message?.type !== "metrics-reply" || message.id !== id) return;
    process.off("message", reply);
    response.writeHead(200, { "Content-Type": client.register.contentType, "Cache-Control": "no-store" });
    response.end(message.text);
  };
  process.on("message", reply);
  process.send?.({ type: "metrics-request", id });
  return true;
}

/**
 * In the primary: answers the server processes' metrics requests with all their metrics added up, and the
 * platform's own, read once from PostgreSQL: the job queue's depth and age, the application's connections.
 */
export function serveClusterMetrics(databaseUrl) {
  const aggregator = new client.AggregatorRegistry();
  const platform = new client.Registry();
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 1, connectionTimeoutMillis: 2_000 });
  pool.on("error", () => {});
  const depth = new client.Gauge({
    name: "clikc_job_queue_depth",
    help: "Jobs waiting to run, by queue",
    labelNames: ["queue"],
    registers: [platform],
  });
  const age = new client.Gauge({
    name: "clikc_job_queue_oldest_seconds",
    help: "Age of the oldest job that could run and has not started, by queue",
    labelNames: ["queue"],
    registers: [platform],
  });
  const connections = new client.Gauge({
    name: "clikc_db_connections",
    help: "The application role's connections to PostgreSQL, by state (active, idle, idle in transaction)",
    labelNames: ["state"],
    registers: [platform],
  });
  const maxConnections = new client.Gauge({
    name: "clikc_db_max_connections",
    help: "PostgreSQL's max_connections",
    registers: [platform],
  });
  const up = new client.Gauge({
    name: "clikc_db_up",
    help: "1 when the metrics could read PostgreSQL",
    registers: [platform],
  });
  const readPlatform = async () => {
    depth.reset();
    age.reset();
    connections.reset();
    try {
      const queues = await pool.query(
        `SELECT q.name, count(j.id) AS depth,
                coalesce(extract(epoch FROM now() - min(j.created_on) FILTER (WHERE j.start_after <= now())), 0) AS age
           FROM pgboss.queue q LEFT JOIN pgboss.job j ON j.name = q.name AND j.state IN ('created', 'retry')
          GROUP BY q.name`,
      );
      for (const row of queues.rows) {
        depth.set({ queue: row.name }, Number(row.depth));
        age.set({ queue: row.name }, Number(row.age));
      }
      const states = await pool.query(
        `SELECT coalesce(state, 'unknown') AS state, count(*) AS n FROM pg_stat_activity
          WHERE usename = current_user AND datname = current_database() GROUP BY 1`,
      );
      for (const row of states.rows) connections.set({ state: row.state }, Number(row.n));
      maxConnections.set(Number((await pool.query("SHOW max_connections")).rows[0].max_connections));
      up.set(1);
    } catch {
      up.set(0);
    }
  };
  cluster.on("message", (worker, message) => {
    if (message?.type !== "metrics-request") return;
    void (async () => {
      await readPlatform();
      const [processes, own] = await Promise.all([aggregator.clusterMetrics().catch(() => ""), platform.metrics()]);
      worker.send({ type: "metrics-reply", id: message.id, text: `${processes}\n${own}` });
    })();
  });
  return () => pool.end();
}
