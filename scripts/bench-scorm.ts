// `npm run bench:scorm`: SCORM runtime commits under load. 500 simulated learners (BENCH_LEARNERS), each with
// an attempt at a SCORM 2004 SCO, commit a realistic payload (4 KB of suspend_data, 20 interactions) every
// 10 s (BENCH_INTERVAL) for 2 minutes (BENCH_SECONDS), to the content origin's commit endpoint of the
// production server (scripts/serve.mjs) on its own throw-away embedded database with the demo data. Prints
// commits per second, p50/p95/p99 latency and errors. Goal: no error and p95 under 100 ms.
import { spawn, spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { rm } from "node:fs/promises";
import http from "node:http";
import { availableParallelism } from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "../lib/db/embedded-postgres.mjs";
import { issueLaunchToken } from "../lib/scorm/launch-token";
import { buildIsCurrent, recordBuild } from "./lib/build-fingerprint.mjs";
import { applicationUrl, prepareDatabase } from "./prepare-database";

const root = path.resolve(__dirname, "..");
const PORT = Number(process.env.BENCH_PORT ?? 3320);
const PG_PORT = Number(process.env.BENCH_PG_PORT ?? 5460);
const HOST = `localhost:${PORT}`;
const LEARNERS = Number(process.env.BENCH_LEARNERS ?? 500);
const INTERVAL_MS = Number(process.env.BENCH_INTERVAL ?? 10) * 1000;
const DURATION_MS = Number(process.env.BENCH_SECONDS ?? 120) * 1000;
const APP_PASSWORD = "scorm-benchmark";
const SECRET = "scorm-benchmark-secret-0123456789abcdef";

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN;
}

/** The commit a SCORM 2004 quiz makes after `n` autocommits: 4 KB of suspend data and 20 answered questions. */
function payload(sequence: number, sessionId: string, seconds: number) {
  const interactions = Object.fromEntries(
    Array.from({ length: 20 }, (_, i) => [
      String(i),
      {
        id: `question-${i + 1}`,
        type: "choice",
        description: `Question ${i + 1} of the classification quiz`,
        weighting: "1",
        timestamp: "2026-12-01T10:00:00",
        learner_response: i % 3 ? "a" : "b",
        result: i % 3 ? "correct" : "incorrect",
        latency: "PT12S",
        correct_responses: { "0": { pattern: "a" } },
        objectives: { "0": { id: "classification" } },
      },
    ]),
  );
  return {
    commitSequence: sequence,
    final: false,
    session: { id: sessionId, measuredSeconds: seconds },
    cmi: {
      location: `page-${sequence}`,
      suspend_data: "x".repeat(4096 - 12) + String(sequence).padStart(12, "0"),
      completion_status: "incomplete",
      exit: "suspend",
      score: { raw: "13", min: "0", max: "20", scaled: "0.65" },
      interactions,
    },
  };
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 128 });
function post(pathname: string, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: "127.0.0.1",
        port: PORT,
        path: pathname,
        method: "POST",
        agent,
        headers: {
          host: `content.${HOST}`,
          "content-type": "text/plain;charset=UTF-8",
          "content-length": Buffer.byteLength(body),
        },
      },
      (response) => {
        response.resume();
        response.on("end", () => resolve(response.statusCode ?? 0));
      },
    );
    request.on("error", reject);
    request.end(body);
  });
}

async function waitForHealth(): Promise<void> {
  for (let i = 0; i < 240; i++) {
    const ok = await new Promise<boolean>((resolve) =>
      http
        .get({ host: "127.0.0.1", port: PORT, path: "/api/health", headers: { host: HOST } }, (r) => {
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

/** 500 learners of Kenya, enrolled in a SCORM course, each with an attempt at its SCO; their launch tokens. */
async function seedLearners(ownerUrl: string): Promise<string[]> {
  const db = new pg.Client({ connectionString: ownerUrl });
  await db.connect();
  try {
    const [tenant] = (await db.query(`SELECT id FROM "Tenant" WHERE slug = 'ke'`)).rows;
    const [course] = (
      await db.query(
        `SELECT c.id, m.id AS "moduleId" FROM "Course" c JOIN "CourseModule" m ON m."courseId" = c.id AND m.kind = 'SCORM' WHERE c.code = 'SAFE-101'`,
      )
    ).rows;
    const packageId = randomUUID();
    const scoId = randomUUID();
    await db.query(
      `INSERT INTO "ScormPackage" (id, "tenantId", "courseId", "moduleId", audience, version, title, "storageKey", "fileCount", bytes) SELECT $1, "tenantId", id, $2, audience, '2004', 'Classification quiz', $3, 2, 1000 FROM "Course" WHERE id = $4`,
      [packageId, course.moduleId, `scorm/${packageId}`, course.id],
    );
    await db.query(
      `INSERT INTO "ScormSco" (id, "tenantId", "courseId", "packageId", audience, identifier, title, href, position, runtime) SELECT $1, "tenantId", "courseId", $2, audience, 'quiz', 'Classification quiz', 'quiz/index.html', 0, $3 FROM "ScormPackage" WHERE id = $2`,
      [
        scoId,
        packageId,
        JSON.stringify({
          scaledPassingScore: 0.8,
          completionSetByContent: true,
          objectiveSetByContent: true,
          objectives: ["classification"],
        }),
      ],
    );
    const users = (
      await db.query(
        `INSERT INTO "User" (id, "tenantId", username, email, "passwordHash", "firstName", "lastName", "updatedAt")
       SELECT gen_random_uuid(), $1, 'bench.learner.' || n, 'bench.learner.' || n || '@example.org', '!', 'Bench', 'Learner ' || n, now() FROM generate_series(1, $2::int) AS n RETURNING id`,
        [tenant.id, LEARNERS],
      )
    ).rows as Array<{ id: string }>;
    await db.query(
      `INSERT INTO "Enrolment" (id, "tenantId", "userId", "courseId") SELECT gen_random_uuid(), $1, u, $2 FROM unnest($3::uuid[]) AS u`,
      [tenant.id, course.id, users.map((u) => u.id)],
    );
    const attempts = (
      await db.query(
        `INSERT INTO "ScormAttempt" (id, "tenantId", "userId", "scoId", "updatedAt") SELECT gen_random_uuid(), $1, u, $2, now() FROM unnest($3::uuid[]) AS u RETURNING id, "userId"`,
        [tenant.id, scoId, users.map((u) => u.id)],
      )
    ).rows as Array<{ id: string; userId: string }>;
    return attempts.map((a) =>
      issueLaunchToken({
        key: `scorm/${packageId}`,
        origin: `http://ke.${HOST}`,
        attemptId: a.id,
        userId: a.userId,
        tenantId: tenant.id,
        audience: "CUSTOMS",
      }),
    );
  } finally {
    await db.end();
  }
}

async function main() {
  const dataDir = path.join(root, ".data", "bench-scorm");
  await rm(dataDir, { recursive: true, force: true });
  const cluster = await startEmbeddedPostgres({
    dataDir: path.join(dataDir, "postgres"),
    port: PG_PORT,
    password: "bench",
    persistent: false,
    fsync: false,
  });
  await cluster.createDatabase("clikc_bench");
  const ownerUrl = cluster.url("clikc_bench");
  let server: ReturnType<typeof spawn> | null = null;
  try {
    console.log("Preparing the database (migrations, demo data)…");
    await prepareDatabase({ ownerUrl, appPassword: APP_PASSWORD, seed: true });
    process.env.AUTH_SECRET = SECRET;
    const tokens = await seedLearners(ownerUrl);
    const env = {
      ...process.env,
      APP_DATABASE_URL: applicationUrl(ownerUrl, APP_PASSWORD),
      AUTH_SECRET: SECRET,
      ROOT_DOMAIN: HOST,
      PORT: String(PORT),
      DISABLE_WORKERS: "1",
      NODE_ENV: "production" as const,
    };
    const next = path.join(root, "node_modules", "next", "dist", "bin", "next");
    // BENCH_SKIP_BUILD=1 measures the build already in .next (just built with `npx next build`).
    if (process.env.BENCH_SKIP_BUILD !== "1" && !buildIsCurrent(root)) {
      if (spawnSync(process.execPath, [next, "build"], { cwd: root, env, stdio: "inherit" }).status !== 0)
        throw new Error("The build failed.");
      recordBuild(root);
    }
    console.log(`Starting the production server on port ${PORT}…`);
    server = spawn(process.execPath, [path.join(root, "scripts", "serve.mjs")], {
      cwd: root,
      env,
      stdio: ["ignore", "ignore", "inherit"],
    });
    await waitForHealth();
    // Warm-up: one commit per learner, not measured (JIT, connection pools).
    await Promise.all(tokens.map((token, i) => post(`/commit/${token}`, JSON.stringify(payload(1, `warm-${i}`, 1)))));

    console.log(`${LEARNERS} learners commit every ${INTERVAL_MS / 1000} s for ${DURATION_MS / 1000} s…`);
    const times: number[] = [];
    let errors = 0;
    const statuses = new Map<number, number>();
    const started = Date.now();
    await Promise.all(
      tokens.map(async (token, i) => {
        const sessionId = randomUUID();
        // Learners start spread over the first interval, as they would in a class.
        await new Promise((r) => setTimeout(r, (i / LEARNERS) * INTERVAL_MS));
        for (let sequence = 2; Date.now() - started < DURATION_MS; sequence++) {
          const due = Date.now() + INTERVAL_MS;
          const body = JSON.stringify(payload(sequence, sessionId, Math.floor((Date.now() - started) / 1000)));
          const sent = performance.now();
          const status = await post(`/commit/${token}`, body).catch(() => 0);
          times.push(performance.now() - sent);
          statuses.set(status, (statuses.get(status) ?? 0) + 1);
          if (status !== 200) errors++;
          await new Promise((r) => setTimeout(r, Math.max(0, due - Date.now())));
        }
      }),
    );
    const elapsed = (Date.now() - started) / 1000;
    times.sort((a, b) => a - b);
    const db = new pg.Client({ connectionString: ownerUrl });
    await db.connect();
    const [stored] = (
      await db.query(
        `SELECT count(*)::int AS attempts, sum("commitSeq")::int AS sequences, min(length("suspendData"))::int AS "suspendBytes" FROM "ScormAttempt"`,
      )
    ).rows;
    await db.end();
    const cores = availableParallelism();
    console.log(
      `\nLoad: ${LEARNERS} learners, one commit each every ${INTERVAL_MS / 1000} s (${Math.round(JSON.stringify(payload(2, "s", 1)).length / 1024)} KiB each), ${elapsed.toFixed(0)} s, on ${cores} cores (server, database and load generator on the same machine).`,
    );
    console.log("| commits | commits/s | p50 ms | p95 ms | p99 ms | max ms | errors |\n|---|---|---|---|---|---|---|");
    console.log(
      `| ${times.length} | ${(times.length / elapsed).toFixed(1)} | ${percentile(times, 50).toFixed(1)} | ${percentile(times, 95).toFixed(1)} | ${percentile(times, 99).toFixed(1)} | ${times[times.length - 1]?.toFixed(1)} | ${errors} |`,
    );
    console.log(
      `Statuses: ${[...statuses].map(([s, n]) => `${s}: ${n}`).join(", ")}. Stored: ${stored.attempts} attempts, suspend data ${stored.suspendBytes} bytes each.`,
    );
  } finally {
    if (server) {
      const exited = new Promise((resolve) => server!.once("exit", resolve));
      server.kill("SIGTERM");
      await exited;
    }
    agent.destroy();
    await cluster.stop();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
