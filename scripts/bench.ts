// `npm run bench` (after `npm run seed:scale`): drives the production server (scripts/serve.mjs, one process
// per core unless SERVER_PROCESSES says otherwise) over loopback with autocannon and prints p50/p95/p99
// latency and requests per second for catalogue search (JSON and page) and the dashboard, next to a bare
// Node http + pg handler running the same catalogue query: the floor.
// BENCH_ONLY=<text> measures only the endpoints whose name contains it; BENCH_CPU_PROFILE=<dir> writes the
// server's CPU profile there (open it in Chrome's DevTools) when the run ends.
import http from "node:http";
import { availableParallelism } from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import { catalogueCandidatesSql } from "../lib/catalogue/search-courses";
import { startProductionServer } from "./lib/bench-server";
import { openScaleDatabase, SCALE_APP_PASSWORD, SCALE_PASSWORD } from "./lib/scale-cluster";
import { applicationUrl, prepareDatabase } from "./prepare-database";

const PORT = Number(process.env.BENCH_PORT ?? 3300);
const FLOOR_PORT = PORT + 1;
const HOST = `localhost:${PORT}`;
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const LEARNER = "scale.user.4242";

interface Measure {
  name: string;
  requests: number;
  errors: number;
  non2xx: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  kib: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN;
}

async function load(name: string, url: string, headers: Record<string, string>, duration = SECONDS): Promise<Measure> {
  const times: number[] = [];
  // autocannon reports no 95th percentile, so every response time is kept and sorted here.
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url, connections: CONNECTIONS, duration, headers }, (error, done) =>
      error ? reject(error) : resolve(done),
    );
    instance.on("response", (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
  times.sort((a, b) => a - b);
  return {
    name,
    requests: result.requests.total,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    rps: result.requests.average,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    kib: result.throughput.total / Math.max(1, result.requests.total) / 1024,
  };
}

/** Signs in through Auth.js's own endpoints and returns the session cookie. */
async function signIn(): Promise<string> {
  const base = `http://127.0.0.1:${PORT}`;
  const csrf = await fetch(`${base}/api/auth/csrf`, { headers: { host: HOST } });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookies = csrf.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { host: HOST, cookie: cookies, "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, identifier: LEARNER, password: SCALE_PASSWORD }),
  });
  const session = response.headers.getSetCookie().find((c) => c.startsWith("clikc.session="));
  if (!session) throw new Error(`Sign-in failed (${response.status}).`);
  return session.split(";")[0];
}

async function startFloor(appUrl: string, scope: Parameters<typeof catalogueCandidatesSql>[0]): Promise<http.Server> {
  const pool = new pg.Pool({ connectionString: appUrl, max: 10 });
  pool.on("error", () => {}); // idle connections closed at shutdown
  const query = catalogueCandidatesSql(scope, "en", "customs");
  const server = http.createServer(async (_req, res) => {
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      await client.query("SELECT set_config('app.tenant_id', $1, true), set_config('app.audience', $2, true)", [
        scope.ctx.tenantId,
        scope.ctx.audience,
      ]);
      const { rows } = await client.query(query.text, query.values as unknown[]);
      await client.query("COMMIT");
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(rows));
    } catch (error) {
      await client.query("ROLLBACK").catch(() => {});
      res.writeHead(500).end(String(error));
    } finally {
      client.release();
    }
  });
  server.on("close", () => void pool.end());
  await new Promise<void>((resolve) => server.listen(FLOOR_PORT, "127.0.0.1", resolve));
  return server;
}

async function main() {
  const { ownerUrl, stop } = await openScaleDatabase();
  await prepareDatabase({ ownerUrl, appPassword: SCALE_APP_PASSWORD, seed: false }); // the schema of the code measured
  const appUrl = applicationUrl(ownerUrl, SCALE_APP_PASSWORD);
  const owner = new pg.Client({ connectionString: ownerUrl });
  await owner.connect();
  const size = (
    await owner.query(`SELECT (SELECT count(*) FROM "Tenant" WHERE "kind" = 'ADMINISTRATION') AS administrations, (SELECT count(*) FROM "User") AS users,
    (SELECT count(*) FROM "Course") AS courses, (SELECT count(*) FROM "Enrolment") AS enrolments, (SELECT count(*) FROM "Enrolment" WHERE "status" = 'COMPLETED') AS completions`)
  ).rows[0];
  const learner = (
    await owner.query(
      `SELECT u."tenantId", t."region", t."countryCode" FROM "User" u JOIN "Tenant" t ON t."id" = u."tenantId" WHERE u."username" = $1`,
      [LEARNER],
    )
  ).rows[0];
  await owner.end();
  if (!learner) throw new Error("No scale data: run `npm run seed:scale` first.");

  const server = await startProductionServer({
    appUrl,
    authSecret: "benchmark-secret-benchmark-secret-0123",
    host: HOST,
    port: PORT,
    nodeArgs: process.env.BENCH_CPU_PROFILE
      ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(process.env.BENCH_CPU_PROFILE)}`]
      : [],
  });
  const floor = await startFloor(appUrl, {
    ctx: { tenantId: learner.tenantId, audience: "CUSTOMS" },
    signedIn: true,
    region: learner.region,
    countryCode: learner.countryCode,
  });
  try {
    const cookie = await signIn();
    console.log(`Signed in as ${LEARNER}; measuring ${SECONDS} s per endpoint…`);
    const headers = { host: HOST, cookie };
    const base = `http://127.0.0.1:${PORT}`;
    const endpoints: Array<[string, string, Record<string, string>]> = [
      ["floor: node http + pg, same catalogue query", `http://127.0.0.1:${FLOOR_PORT}/`, {}],
      ["catalogue search, JSON (/api/catalogue?q=customs)", `${base}/api/catalogue?q=customs`, headers],
      ["catalogue search, page (/find-learning?q=customs)", `${base}/find-learning?q=customs`, headers],
      ["dashboard (/dashboard)", `${base}/dashboard`, headers],
    ];
    const results: Measure[] = [];
    for (const [name, url, sent] of endpoints) {
      if (!name.includes(process.env.BENCH_ONLY ?? "")) continue;
      await load("warm-up", url, sent, 5); // JIT, connection pools and caches warm before measuring
      results.push(await load(name, url, sent));
    }
    console.log(
      `\nSeed: ${size.administrations} administrations, ${size.users} users, ${size.courses} courses, ${size.enrolments} enrolments, ${size.completions} completed.`,
    );
    const cores = availableParallelism();
    const processes = Number(process.env.SERVER_PROCESSES) || cores;
    console.log(
      `Load: ${CONNECTIONS} connections for ${SECONDS} s each, over loopback, on ${cores} cores (${processes} server process${processes === 1 ? "" : "es"}, the database and the load generator on the same machine).\n`,
    );
    console.log(
      "| endpoint | requests | req/s | p50 ms | p95 ms | p99 ms | errors | non-2xx | KiB/response |\n|---|---|---|---|---|---|---|---|---|",
    );
    const ms = (value: number) => value.toFixed(1);
    for (const r of results)
      console.log(
        `| ${r.name} | ${r.requests} | ${r.rps.toFixed(0)} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${r.errors} | ${r.non2xx} | ${r.kib.toFixed(1)} |`,
      );
  } finally {
    await server.stop();
    await new Promise((resolve) => floor.close(resolve));
    await stop();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
