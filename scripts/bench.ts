// `npm run bench` (after `npm run seed:scale`): drives the production server (scripts/serve.mjs, one process
// per core unless SERVER_PROCESSES says otherwise) over loopback with autocannon, signed in as a learner of an
// administration, on the four pages learners open most (the catalogue, the dashboard, a course page and the
// record of learning), the terms page (the shell around a static text: what every page pays before its own
// content) and the catalogue's JSON search. Each page is measured next to its floor: a bare Node
// `http` server answering the bytes the application sent for that page (compressed as sent, same headers of
// content), precomputed, so the ratio shows what the application costs over writing the same bytes.
// Prints requests, req/s, p50/p95/p99, errors, KiB per response and the ratios, with the seed's size and the
// machine's load average before and after.
// BENCH_ONLY=<text>[,<text>…] measures only the endpoints whose name contains one of them; BENCH_CPU_PROFILE=<dir> writes the
// server's CPU profile there (open it in Chrome's DevTools) when the run ends; BENCH_SKIP_BUILD=1 measures the
// build in .next as it is; BENCH_EXPLAIN=1 prints the plans of the learner's statements first (EXPLAIN ANALYZE,
// BUFFERS); BENCH_DUMP=<dir> writes each page's HTML there and says how much of it is component payload;
// SCALE_USERS=<n> measures the smaller seed of `SCALE_USERS=<n> npm run seed:scale` (in a minute).
// Ports: BENCH_PORT (server), BENCH_FLOOR_PORT (floor, BENCH_PORT + 1), SCALE_PG_PORT (the scale database).
import { spawn, type ChildProcess } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import http from "node:http";
import { availableParallelism, loadavg } from "node:os";
import path from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import autocannon from "autocannon";
import pg from "pg";
import { myCourseRowsSql } from "../lib/learning/list-my-courses";
import { root, startProductionServer } from "./lib/bench-server";
import { openScaleDatabase, SCALE_APP_PASSWORD, SCALE_PASSWORD } from "./lib/scale-cluster";
import { applicationUrl, prepareDatabase } from "./prepare-database";

const PORT = Number(process.env.BENCH_PORT ?? 3300);
const FLOOR_PORT = Number(process.env.BENCH_FLOOR_PORT ?? PORT + 1);
const HOST = `localhost:${PORT}`;
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
/** What a browser sends: the pages are measured as a browser receives them, compressed. */
const BROWSER = { "accept-encoding": "gzip, deflate, br", accept: "text/html,application/json" };

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
    let told = false;
    instance.on("reqError", (error) => {
      if (!told) console.error(`${name}: ${error.message}`); // the first only: the cause, not a flood
      told = true;
    });
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
    // Bytes on the wire (headers included, compressed as sent) per response.
    kib: result.throughput.total / Math.max(1, result.requests.total) / 1024,
  };
}

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** One request, its body as sent (not decompressed). */
function fetchRaw(url: string, headers: Record<string, string>): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
        );
      })
      .on("error", reject);
  });
}

/** Signs in through Auth.js's own endpoints and returns the session cookie. */
async function signIn(learner: string): Promise<string> {
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
    body: new URLSearchParams({ csrfToken, identifier: learner, password: SCALE_PASSWORD }),
  });
  const session = response.headers.getSetCookie().find((c) => c.startsWith("clikc.session="));
  if (!session) throw new Error(`Sign-in failed (${response.status}).`);
  return session.split(";")[0];
}

/**
 * The floor: scripts/lib/bench-floor.mjs in its own process, answering each page's bytes as the application sent
 * them (compressed, with their content type and encoding), the page chosen by the X-Bench-Kind header.
 */
async function startFloor(answers: RawResponse[]): Promise<ChildProcess> {
  const answersFile = path.join(root, ".data", "bench-floor-answers.json");
  const header = (a: RawResponse, name: string) => String(a.headers[name] ?? "");
  const kinds = answers.map((a, i) => [
    String(i),
    {
      status: a.status,
      contentType: header(a, "content-type"),
      contentEncoding: header(a, "content-encoding") || undefined,
      body: a.body.toString("base64"),
    },
  ]);
  await mkdir(path.dirname(answersFile), { recursive: true });
  await writeFile(answersFile, JSON.stringify(Object.fromEntries(kinds)));
  const floor = spawn(process.execPath, [path.join(root, "scripts", "lib", "bench-floor.mjs")], {
    env: { ...process.env, FLOOR_PORT: String(FLOOR_PORT), FLOOR_ANSWERS_FILE: answersFile },
    stdio: ["ignore", "ignore", "inherit", "ipc"],
  });
  await new Promise((resolve, reject) => floor.once("message", resolve).once("exit", reject));
  return floor;
}

async function readSeed(ownerUrl: string) {
  const owner = new pg.Client({ connectionString: ownerUrl });
  await owner.connect();
  try {
    const size = (
      await owner.query(`SELECT (SELECT count(*) FROM "Tenant" WHERE "kind" = 'ADMINISTRATION') AS administrations, (SELECT count(*) FROM "User") AS users,
      (SELECT count(*) FROM "Course") AS courses, (SELECT count(*) FROM "Enrolment") AS enrolments, (SELECT count(*) FROM "Enrolment" WHERE "status" = 'COMPLETED') AS completions`)
    ).rows[0];
    // scale.user.4242 at the full seed, scale.user.42 in a small one.
    const learner = (
      await owner.query(
        `SELECT u."username", u."id", u."tenantId", (SELECT e."courseId" FROM "Enrolment" e WHERE e."tenantId" = u."tenantId" AND e."userId" = u."id" ORDER BY e."courseId" LIMIT 1) AS "courseId"
         FROM "User" u WHERE u."username" IN ('scale.user.4242', 'scale.user.42') ORDER BY length(u."username") DESC LIMIT 1`,
      )
    ).rows[0] as { username: string; id: string; tenantId: string; courseId: string | null } | undefined;
    if (!learner?.courseId) throw new Error("No scale data: run `npm run seed:scale` first.");
    return { size, learner: { ...learner, courseId: learner.courseId } };
  } finally {
    await owner.end();
  }
}

const load3 = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(" / ");

/**
 * BENCH_DUMP=<dir>: each page's HTML as the browser reads it (decompressed), and how it divides between the markup
 * and the component payload React inlines for hydration (the `self.__next_f.push` scripts).
 */
async function dumpPages(dir: string, chosen: Array<[string, string]>, answers: RawResponse[]): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const [i, [name]] of chosen.entries()) {
    const { body, headers } = answers[i];
    const encoding = headers["content-encoding"];
    const html = (
      encoding === "gzip" ? gunzipSync(body) : encoding === "br" ? brotliDecompressSync(body) : body
    ).toString("utf8");
    const file = path.join(dir, `${i}-${name.replace(/[^a-z]+/gi, "-").replace(/-+$/, "")}.html`);
    await writeFile(file, html);
    const flight = [...html.matchAll(/<script[^>]*>self\.__next_f\.push\((.*?)\)<\/script>/gs)].reduce(
      (sum, m) => sum + m[1].length,
      0,
    );
    const elements = (html.match(/<[a-z][^>]*>/g) ?? []).length;
    console.log(
      `${name}: ${(body.length / 1024).toFixed(1)} KiB as sent (${encoding ?? "identity"}), ${(html.length / 1024).toFixed(1)} KiB of HTML, of which ${(flight / 1024).toFixed(1)} KiB of component payload; ${elements} elements; ${file}`,
    );
  }
}

/** BENCH_EXPLAIN=1: the plan of the learner's per-page statements, as the application role in their tenant. */
async function explainLearnerReads(appUrl: string, learner: { id: string; tenantId: string }): Promise<void> {
  const client = new pg.Client({ connectionString: appUrl });
  await client.connect();
  try {
    const statements = [["my courses (dashboard, record of learning)", myCourseRowsSql(learner.id, "en")]] as const;
    for (const [name, statement] of statements) {
      await client.query("BEGIN");
      await client.query("SELECT set_config('app.tenant_id', $1, true), set_config('app.audience', 'CUSTOMS', true)", [
        learner.tenantId,
      ]);
      await client.query(statement.text, statement.values as unknown[]); // warm, as in the steady state
      const plan = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${statement.text}`, statement.values as unknown[]);
      await client.query("COMMIT");
      console.log(`\nEXPLAIN (ANALYZE, BUFFERS) ${name}:\n${plan.rows.map((r) => r["QUERY PLAN"]).join("\n")}`);
    }
  } finally {
    await client.end();
  }
}

async function main() {
  const { ownerUrl, stop } = await openScaleDatabase();
  await prepareDatabase({ ownerUrl, appPassword: SCALE_APP_PASSWORD, seed: false }); // the schema of the code measured
  const appUrl = applicationUrl(ownerUrl, SCALE_APP_PASSWORD);
  const { size, learner } = await readSeed(ownerUrl);
  if (process.env.BENCH_EXPLAIN === "1") await explainLearnerReads(appUrl, learner);

  const server = await startProductionServer({
    appUrl,
    authSecret: "benchmark-secret-benchmark-secret-0123",
    host: HOST,
    port: PORT,
    skipBuild: process.env.BENCH_SKIP_BUILD === "1",
    nodeArgs: process.env.BENCH_CPU_PROFILE
      ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(process.env.BENCH_CPU_PROFILE)}`]
      : [],
  });
  let floor: ChildProcess | null = null;
  // Ctrl-C or a stop ends the run through the same clean-up: no server, floor or database left behind.
  const interrupted = new Promise<never>((_, reject) => {
    for (const signal of ["SIGINT", "SIGTERM"] as const)
      process.once(signal, () => reject(new Error(`Stopped by ${signal}.`)));
  });
  try {
    const run = async () => {
      const cookie = await signIn(learner.username);
      const headers = { ...BROWSER, host: HOST, cookie };
      const base = `http://127.0.0.1:${PORT}`;
      const endpoints: Array<[string, string]> = [
        ["catalogue page (/find-learning?q=customs)", "/find-learning?q=customs"],
        ["dashboard (/dashboard)", "/dashboard"],
        ["course page (/courses/<id>)", `/courses/${learner.courseId}`],
        ["record of learning (/record-of-learning)", "/record-of-learning"],
        // The shell with a page of static text: what every page pays before its own content.
        ["shell only (/terms)", "/terms"],
        ["catalogue search, JSON (/api/catalogue?q=customs)", "/api/catalogue?q=customs"],
      ];
      const only = (process.env.BENCH_ONLY ?? "").split(",");
      const chosen = endpoints.filter(([name]) => only.some((text) => name.includes(text)));
      // One after another, twice each: the first answer of a cold process is no steady-state page.
      const answers: RawResponse[] = [];
      for (const [, address] of chosen) {
        // A cold process on a loaded machine may render past the deadline (503, and the process is replaced).
        let answer = await fetchRaw(`${base}${address}`, headers);
        for (let attempt = 0; attempt < 5 && (attempt === 0 || answer.status === 503); attempt++)
          answer = await fetchRaw(`${base}${address}`, headers);
        if (answer.status !== 200) throw new Error(`${address} answered ${answer.status}: not what a learner sees.`);
        answers.push(answer);
      }
      if (process.env.BENCH_DUMP) await dumpPages(process.env.BENCH_DUMP, chosen, answers);
      floor = await startFloor(answers);
      console.log(`Signed in as ${learner.username}; measuring ${SECONDS} s per endpoint, each next to its floor…`);
      const before = load3();
      const rows: Array<{ page: Measure; floor: Measure }> = [];
      for (const [i, [name, address]] of chosen.entries()) {
        await load("warm-up", `${base}${address}`, headers, 5); // JIT, connection pools and caches warm before measuring
        const page = await load(name, `${base}${address}`, headers);
        const bare = await load(`floor of ${name}`, `http://127.0.0.1:${FLOOR_PORT}/`, {
          ...BROWSER,
          "x-bench-kind": String(i),
        });
        rows.push({ page, floor: bare });
      }
      const cores = availableParallelism();
      const processes = Number(process.env.SERVER_PROCESSES) || cores;
      console.log(
        `\nSeed: ${size.administrations} administrations, ${size.users} users, ${size.courses} courses, ${size.enrolments} enrolments, ${size.completions} completed.`,
      );
      console.log(
        `Load: ${CONNECTIONS} connections for ${SECONDS} s each, over loopback, on ${cores} cores (${processes} server process${processes === 1 ? "" : "es"}, the database and the load generator on the same machine).`,
      );
      console.log(`Load average (1 / 5 / 15 min): ${before} before, ${load3()} after.\n`);
      console.log(
        "| endpoint | requests | req/s | p50 ms | p95 ms | p99 ms | errors | non-2xx | KiB/response | floor req/s | floor p95 ms | req/s: floor ÷ page | p95: page ÷ floor |\n|---|---|---|---|---|---|---|---|---|---|---|---|---|",
      );
      const ms = (value: number) => value.toFixed(1);
      for (const { page: r, floor: f } of rows)
        console.log(
          `| ${r.name} | ${r.requests} | ${r.rps.toFixed(0)} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${r.errors} | ${r.non2xx} | ${r.kib.toFixed(1)} | ${f.rps.toFixed(0)} | ${ms(f.p95)} | ${(f.rps / Math.max(1, r.rps)).toFixed(1)} | ${(r.p95 / Math.max(0.1, f.p95)).toFixed(1)} |`,
        );
      const floorErrors = rows.reduce((sum, { floor: f }) => sum + f.errors + f.non2xx, 0);
      if (floorErrors)
        console.log(`\nThe floors had ${floorErrors} errors: the load generator or the machine is saturated.`);
    };
    await Promise.race([run(), interrupted]);
  } finally {
    await server.stop();
    // Assigned inside run(): the compiler cannot see it, hence the annotation.
    const started = floor as ChildProcess | null;
    if (started && started.exitCode === null) {
      const exited = new Promise((resolve) => started.once("exit", resolve));
      started.kill("SIGTERM");
      await exited;
    }
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
