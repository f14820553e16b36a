// `npm run bench:scorm`: SCORM runtime commits under load. 500 simulated learners (BENCH_LEARNERS), each with
// an attempt at a SCORM 2004 SCO, commit a realistic payload (4 KB of suspend_data, 20 interactions) every
// 10 s (BENCH_INTERVAL) for 2 minutes (BENCH_SECONDS), to the content origin's commit endpoint of the
// production server (scripts/serve.mjs) on its own throw-away embedded database with the demo data. Prints
// commits per second, p50/p95/p99 latency and errors, then the same for the floor: a bare Node http server
// answering precomputed bytes of the server's response size to the same load on the same machine. Also the
// seed's size, the CPU each side used per commit (server, PostgreSQL, load generator; Linux) and the load
// average, as other work on the machine shows there. Goal: no error and p95 under 100 ms.
// BENCH_CPU_PROFILE=<dir> writes the server processes' CPU profiles there; BENCH_SKIP_BUILD=1 measures the
// build already in .next.
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import http from "node:http";
import { availableParallelism, loadavg } from "node:os";
import path from "node:path";
import pg from "pg";
import { issueLaunchToken } from "../lib/scorm/launch-token";
import { root, startProductionServer, type ProductionServer } from "./lib/bench-server";
import { httpAnswer } from "./lib/http-answer";
import { descendantsCpuMs } from "./lib/process-cpu";
import {
  BENCH_APP_PASSWORD,
  benchDatabase,
  percentile,
  scormCommitPayload,
  seedScormLearners,
  seedSize,
} from "./lib/scorm-bench";
import { applicationUrl } from "./prepare-database";

const PORT = Number(process.env.BENCH_PORT ?? 3320);
const PG_PORT = Number(process.env.BENCH_PG_PORT ?? 5460);
const FLOOR_PORT = PORT + 1;
const HOST = `localhost:${PORT}`;
const LEARNERS = Number(process.env.BENCH_LEARNERS ?? 500);
const INTERVAL_MS = Number(process.env.BENCH_INTERVAL ?? 10) * 1000;
const DURATION_MS = Number(process.env.BENCH_SECONDS ?? 120) * 1000;
const SECRET = "scorm-benchmark-secret-0123456789abcdef";

const agent = new http.Agent({ keepAlive: true, maxSockets: 128 });
function post(port: number, pathname: string, body: string): Promise<{ status: number; body: string }> {
  return httpAnswer(
    {
      port,
      path: pathname,
      method: "POST",
      agent,
      headers: {
        host: `content.${HOST}`,
        "content-type": "text/plain;charset=UTF-8",
        "content-length": Buffer.byteLength(body),
      },
    },
    body,
  ).then((answer) => ({ status: answer.status, body: answer.body.toString("utf8") }));
}

interface Measure {
  commits: number;
  seconds: number;
  times: number[];
  errors: number;
  statuses: Map<number, number>;
  /** CPU milliseconds per commit: the server's processes, PostgreSQL's, the load generator's; null off Linux. */
  cpu: { server: number; postgres: number; generator: number } | null;
}

/** The load: every learner commits every INTERVAL_MS for DURATION_MS, starting spread over the first interval. */
async function drive(port: number, tokens: string[], serverPid: number | null): Promise<Measure> {
  const times: number[] = [];
  let errors = 0;
  const statuses = new Map<number, number>();
  const cpu = () => {
    const all = descendantsCpuMs(process.pid);
    const others = descendantsCpuMs(process.pid, serverPid ? [serverPid] : []);
    const own = process.cpuUsage();
    return all === null || others === null ? null : { all, others, own: (own.user + own.system) / 1000 };
  };
  const before = cpu();
  const started = Date.now();
  await Promise.all(
    tokens.map(async (token, i) => {
      const sessionId = randomUUID();
      // Learners start spread over the first interval, as they would in a class.
      await new Promise((r) => setTimeout(r, (i / LEARNERS) * INTERVAL_MS));
      for (let sequence = 2; Date.now() - started < DURATION_MS; sequence++) {
        const due = Date.now() + INTERVAL_MS;
        const body = JSON.stringify(scormCommitPayload(sequence, sessionId, Math.floor((Date.now() - started) / 1000)));
        const sent = performance.now();
        const status = await post(port, `/commit/${token}`, body).then(
          (r) => r.status,
          () => 0,
        );
        times.push(performance.now() - sent);
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        if (status !== 200) errors++;
        await new Promise((r) => setTimeout(r, Math.max(0, due - Date.now())));
      }
    }),
  );
  const seconds = (Date.now() - started) / 1000;
  const after = cpu();
  times.sort((a, b) => a - b);
  const per = (ms: number) => ms / Math.max(1, times.length);
  return {
    commits: times.length,
    seconds,
    times,
    errors,
    statuses,
    cpu:
      before && after
        ? {
            server: per(after.all - after.others - (before.all - before.others)),
            postgres: per(after.others - before.others),
            generator: per(after.own - before.own),
          }
        : null,
  };
}

function row(name: string, m: Measure): string {
  const ms = (value: number | undefined) => (value === undefined ? "–" : value.toFixed(1));
  const cpu = m.cpu ? `${ms(m.cpu.server)} / ${ms(m.cpu.postgres)} / ${ms(m.cpu.generator)}` : "–";
  return `| ${name} | ${m.commits} | ${(m.commits / m.seconds).toFixed(1)} | ${ms(percentile(m.times, 50))} | ${ms(percentile(m.times, 95))} | ${ms(percentile(m.times, 99))} | ${ms(m.times[m.times.length - 1])} | ${m.errors} | ${cpu} |`;
}

/** The learners' launch tokens. */
async function seedLearners(ownerUrl: string): Promise<string[]> {
  const { attempts, packageId, tenantId } = await seedScormLearners(ownerUrl, LEARNERS);
  return attempts.map((a) =>
    issueLaunchToken({
      key: `scorm/${packageId}`,
      origin: `http://ke.${HOST}`,
      attemptId: a.id,
      userId: a.userId,
      tenantId,
      audience: "CUSTOMS",
    }),
  );
}

async function main() {
  const database = await benchDatabase("bench-scorm", PG_PORT);
  const { ownerUrl } = database;
  let server: ProductionServer | null = null;
  let floor: ReturnType<typeof spawn> | null = null;
  const stop = async (child: ReturnType<typeof spawn> | null) => {
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    await exited;
  };
  try {
    process.env.AUTH_SECRET = SECRET;
    const tokens = await seedLearners(ownerUrl);
    const seed = await seedSize(ownerUrl);
    // Every server process listens before the first connection: the load generator keeps its connections
    // open, and connections accepted while one process is still starting would all stay with the other.
    server = await startProductionServer({
      appUrl: applicationUrl(ownerUrl, BENCH_APP_PASSWORD),
      authSecret: SECRET,
      host: HOST,
      port: PORT,
      skipBuild: process.env.BENCH_SKIP_BUILD === "1",
      nodeArgs: process.env.BENCH_CPU_PROFILE
        ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(process.env.BENCH_CPU_PROFILE)}`]
        : [],
      stdout: "pipe",
    });
    await server.allListening;
    // Warm-up: one commit per learner, not measured (JIT, connection pools); its answer is the floor's.
    const warm = await Promise.all(
      tokens.map((token, i) => post(PORT, `/commit/${token}`, JSON.stringify(scormCommitPayload(1, `warm-${i}`, 1)))),
    );
    const answer = warm.find((r) => r.status === 200)?.body ?? "{}";
    const loadBefore = loadavg();
    console.log(`${LEARNERS} learners commit every ${INTERVAL_MS / 1000} s for ${DURATION_MS / 1000} s…`);
    const measured = await drive(PORT, tokens, server.child.pid ?? null);
    const loadAfter = loadavg();
    await server.stop();
    server = null;
    const stored = await storedCommits(ownerUrl);

    console.log(`The floor (a bare Node http server answering the same ${answer.length} bytes), same load…`);
    floor = spawn(process.execPath, [path.join(root, "scripts", "lib", "bench-floor.mjs")], {
      env: { ...process.env, FLOOR_PORT: String(FLOOR_PORT), FLOOR_BODY: answer },
      stdio: ["ignore", "ignore", "inherit", "ipc"],
    });
    await new Promise((resolve, reject) => floor!.once("message", resolve).once("exit", reject));
    const floorMeasure = await drive(FLOOR_PORT, tokens, floor.pid ?? null);

    const cores = availableParallelism();
    const processes = Number(process.env.SERVER_PROCESSES) || cores;
    const load = (l: number[]) => l.map((v) => v.toFixed(2)).join(" ");
    console.log(
      `\nSeed: ${seed.administrations} administrations, ${seed.users} users, ${seed.courses} courses, ${seed.enrolments} enrolments, ${seed.scormAttempts} SCORM attempts.`,
    );
    console.log(
      `Load: ${LEARNERS} learners, one commit each every ${INTERVAL_MS / 1000} s (${(JSON.stringify(scormCommitPayload(2, randomUUID(), 100)).length / 1024).toFixed(1)} KiB: 4 KiB of suspend data, 20 interactions) for ${DURATION_MS / 1000} s, on ${cores} cores (${processes} server process${processes === 1 ? "" : "es"}, PostgreSQL and the load generator on the same machine). Load average before / after the server's run: ${load(loadBefore)} / ${load(loadAfter)}.\n`,
    );
    console.log(
      "| target | commits | commits/s | p50 ms | p95 ms | p99 ms | max ms | errors | CPU ms per commit: server / PostgreSQL / load generator |\n|---|---|---|---|---|---|---|---|---|",
    );
    console.log(row("floor: bare Node http, precomputed answer", floorMeasure));
    console.log(row("commit endpoint (`/commit/<token>`)", measured));
    const ratio = (a: number, b: number) => (b > 0 ? (a / b).toFixed(1) : "–");
    console.log(
      `\nServer against floor: p50 ${ratio(percentile(measured.times, 50), percentile(floorMeasure.times, 50))}×, p95 ${ratio(percentile(measured.times, 95), percentile(floorMeasure.times, 95))}×, p99 ${ratio(percentile(measured.times, 99), percentile(floorMeasure.times, 99))}×.`,
    );
    console.log(
      `Statuses: ${[...measured.statuses].map(([s, n]) => `${s}: ${n}`).join(", ")}. Stored: ${stored.attempts} attempts at sequence ${stored.lowest}–${stored.highest}, suspend data ${stored.suspendBytes} bytes each.`,
    );
    const goal = measured.errors === 0 && percentile(measured.times, 95) < 100;
    console.log(`Goal (no error, p95 under 100 ms): ${goal ? "met" : "NOT met"}.`);
  } finally {
    await server?.stop();
    await stop(floor);
    agent.destroy();
    await database.stop();
  }
}

/** What the server stored: every learner's attempt with its newest commit. */
async function storedCommits(ownerUrl: string) {
  const db = new pg.Client({ connectionString: ownerUrl });
  await db.connect();
  try {
    return (
      await db.query(
        `SELECT count(*)::int AS attempts, min("commitSeq")::int AS lowest, max("commitSeq")::int AS highest, min(length("suspendData"))::int AS "suspendBytes" FROM "ScormAttempt"`,
      )
    ).rows[0];
  } finally {
    await db.end();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
