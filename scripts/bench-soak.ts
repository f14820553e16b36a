// `npm run bench:soak`: what learners do at once, for 10 minutes (BENCH_SECONDS), at a stated rate (BENCH_RATE
// actions a second, 5): the catalogue, the dashboard, course pages, enrolments, SCORM commits, quiz submissions
// and certificate downloads, mixed, for BENCH_LEARNERS (200) learners of Kenya, against two production servers
// (scripts/serve.mjs, SERVER_PROCESSES each, 1 by default, as two machines) on one PostgreSQL through PgBouncer in
// transaction pooling mode, with the content store shared; requests alternate between the servers as a
// round-robin load balancer sends them. After a warm-up (BENCH_WARMUP_SECONDS, 60, not measured) it prints
// throughput, p50/p95/p99 and errors per kind, each server's memory (RSS) at start, after the warm-up and at the
// end, the seed's size and the load average; then the floor: a bare Node http server answering the same requests
// with precomputed bytes of the same size (one answer of each kind, taken from the servers), at the same rate for
// BENCH_FLOOR_SECONDS (60), and each kind's ratio to it. Goal: no error, memory under 10 % growth after warm-up.
// BENCH_SKIP_BUILD=1 measures the build already in .next.
import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import http from "node:http";
import { availableParallelism, loadavg } from "node:os";
import path from "node:path";
import { encode } from "next-auth/jwt";
import pg from "pg";
import { issueLaunchToken } from "../lib/scorm/launch-token";
import { root, startProductionServer, type ProductionServer } from "./lib/bench-server";
import { httpAnswer } from "./lib/http-answer";
import { startPgBouncer, type PgBouncer } from "./lib/pgbouncer";
import {
  BENCH_APP_PASSWORD,
  benchDatabase,
  percentile,
  scormCommitPayload,
  seedScormLearners,
  seedSize,
} from "./lib/scorm-bench";
import { applicationUrl } from "./prepare-database";

const PORT = Number(process.env.BENCH_PORT ?? 3340);
const PORTS = [PORT, PORT + 1];
const FLOOR_PORT = PORT + 2;
const PG_PORT = Number(process.env.BENCH_PG_PORT ?? 5470);
const HOST = `localhost:${PORT}`;
const SPACE = `ke.${HOST}`;
const CONTENT = `content.${HOST}`;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 600);
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 60);
const FLOOR_SECONDS = Number(process.env.BENCH_FLOOR_SECONDS ?? Math.min(60, SECONDS));
const RATE = Number(process.env.BENCH_RATE ?? 5);
const LEARNERS = Number(process.env.BENCH_LEARNERS ?? 200);
const PROCESSES = process.env.SERVER_PROCESSES ?? "1";
const POOL = Number(process.env.BENCH_PGBOUNCER_POOL ?? 10);
const SECRET = "soak-benchmark-secret-0123456789abcdef";
const SESSION_COOKIE = "clikc.session"; // lib/auth/session-token.ts
const METRICS_TOKEN = "soak-metrics-token";

/** The mix: how many of every 16 actions are of each kind (a quiz is a start and a submission). */
const MIX = { catalogue: 3, dashboard: 3, "course page": 3, enrolment: 1, "SCORM commit": 4, quiz: 1, certificate: 1 };
type Action = keyof typeof MIX;
const KINDS = [
  "catalogue",
  "dashboard",
  "course page",
  "enrolment",
  "SCORM commit",
  "quiz start",
  "quiz submission",
  "certificate",
] as const;
type Kind = (typeof KINDS)[number];

interface Learner {
  userId: string;
  cookie: string;
  launchToken: string;
  sessionId: string;
  sequence: number;
  certificateId: string;
  enrolments: number;
}

interface World {
  learners: Learner[];
  courses: string[];
  openCourses: string[];
  quizModule: string;
  questions: string[];
}

interface Answer {
  status: number;
  location: string | undefined;
  contentType: string | undefined;
  body: Buffer;
}

interface Measure {
  times: number[];
  errors: number;
  bytes: number;
  statuses: Map<string, number>;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function send(
  port: number,
  kind: Kind,
  method: string,
  host: string,
  pathname: string,
  headers: Record<string, string>,
  body?: string,
): Promise<Answer> {
  return httpAnswer(
    {
      port,
      method,
      path: pathname,
      agent,
      timeout: 30_000,
      headers: {
        host,
        "x-bench-kind": kind, // read by the floor only
        ...(body !== undefined ? { "content-length": String(Buffer.byteLength(body)) } : {}),
        ...headers,
      },
    },
    body,
  ).then((answer) => ({
    status: answer.status,
    location: answer.headers.location,
    contentType: answer.headers["content-type"],
    body: answer.body,
  }));
}

/** Runs the actions against `ports` in turn (a round-robin balancer), recording each request by kind. */
class Driver {
  readonly measures = new Map<Kind, Measure>(
    KINDS.map((k) => [k, { times: [], errors: 0, bytes: 0, statuses: new Map() }]),
  );
  /** One answer of each kind as the servers gave it: the floor's answers. */
  readonly samples = new Map<Kind, Answer>();
  private turn = 0;

  constructor(
    private readonly ports: number[],
    private readonly world: World,
  ) {}

  private async request(
    kind: Kind,
    expected: number,
    method: string,
    host: string,
    pathname: string,
    learner: Learner | null,
    body?: { text: string; type: string },
  ): Promise<Answer | null> {
    const port = this.ports[this.turn++ % this.ports.length];
    const headers: Record<string, string> = {};
    if (learner) headers.cookie = `${SESSION_COOKIE}=${learner.cookie}`;
    if (body) headers["content-type"] = body.type;
    if (method === "POST" && host !== CONTENT) headers.origin = `http://${host}`;
    const measure = this.measures.get(kind)!;
    const sent = performance.now();
    const answer = await send(port, kind, method, host, pathname, headers, body?.text).catch((error: Error) => error);
    measure.times.push(performance.now() - sent);
    const status = answer instanceof Error ? answer.message : String(answer.status);
    measure.statuses.set(status, (measure.statuses.get(status) ?? 0) + 1);
    if (answer instanceof Error || answer.status !== expected) {
      measure.errors++;
      return null;
    }
    measure.bytes += answer.body.length;
    if (!this.samples.has(kind)) this.samples.set(kind, answer);
    return answer;
  }

  async act(action: Action, learner: Learner): Promise<void> {
    const { courses, openCourses, quizModule, questions } = this.world;
    const any = <T>(list: T[]) => list[Math.floor(Math.random() * list.length)];
    const form = { text: "", type: "application/x-www-form-urlencoded" };
    switch (action) {
      case "catalogue":
        await this.request("catalogue", 200, "GET", SPACE, "/find-learning?q=customs", learner);
        return;
      case "dashboard":
        await this.request("dashboard", 200, "GET", SPACE, "/dashboard", learner);
        return;
      case "course page":
        await this.request("course page", 200, "GET", SPACE, `/courses/${any(courses)}`, learner);
        return;
      case "enrolment": {
        // Each learner enrols in the open courses one after the other; once in all of them, enrolling again
        // answers the same.
        const course = openCourses[learner.enrolments++ % openCourses.length];
        await this.request("enrolment", 303, "POST", SPACE, `/api/courses/${course}/enrol`, learner, form);
        return;
      }
      case "SCORM commit": {
        const body = JSON.stringify(scormCommitPayload(++learner.sequence, learner.sessionId, learner.sequence * 10));
        await this.request("SCORM commit", 200, "POST", CONTENT, `/commit/${learner.launchToken}`, null, {
          text: body,
          type: "text/plain;charset=UTF-8",
        });
        return;
      }
      case "quiz": {
        const started = await this.request(
          "quiz start",
          303,
          "POST",
          SPACE,
          `/api/quiz/${quizModule}/start`,
          learner,
          form,
        );
        if (!started) return;
        const attempt = started.location?.match(/\/learn\/quiz\/attempt\/([0-9a-f-]{36})/)?.[1] ?? randomUUID();
        const answers = new URLSearchParams(questions.map((q, i) => [`q.${q}`, i % 2 ? "true" : "false"]));
        await this.request("quiz submission", 303, "POST", SPACE, `/api/quiz/attempts/${attempt}/submit`, learner, {
          text: answers.toString(),
          type: form.type,
        });
        return;
      }
      case "certificate":
        await this.request("certificate", 200, "GET", SPACE, `/api/certificates/${learner.certificateId}/pdf`, learner);
        return;
    }
  }

  /** Starts one action every 1/RATE s for `seconds`, whatever the answers' times (an open load). */
  async drive(seconds: number, onMinute?: (minute: number) => void): Promise<number> {
    const actions = Object.entries(MIX).flatMap(([action, weight]) => Array<Action>(weight).fill(action as Action));
    const inFlight = new Set<Promise<void>>();
    const started = performance.now();
    let minute = 0;
    for (let i = 0; performance.now() - started < seconds * 1000; i++) {
      await sleep(Math.max(0, started + (i * 1000) / RATE - performance.now()));
      const learner = this.world.learners[Math.floor(Math.random() * this.world.learners.length)];
      const action = this.act(actions[i % actions.length], learner).finally(() => inFlight.delete(action));
      inFlight.add(action);
      const elapsedMinutes = Math.floor((performance.now() - started) / 60_000);
      if (elapsedMinutes > minute) onMinute?.((minute = elapsedMinutes));
    }
    await Promise.all(inFlight);
    return (performance.now() - started) / 1000;
  }
}

/** Resident memory of `pid` and of its children (the server processes of serve.mjs), in MiB; Linux only. */
function residentMiB(pid: number): { primary: number; processes: number[]; pids: number[] } {
  const rss = (p: number | string) => {
    const match = readFileSync(`/proc/${p}/status`, "utf8").match(/VmRSS:\s+(\d+) kB/);
    return match ? Number(match[1]) / 1024 : NaN;
  };
  const children: number[] = [];
  const pids: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      if (Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]) !== pid) continue;
      children.push(rss(entry));
      pids.push(Number(entry));
    } catch {
      // ended while read
    }
  }
  return { primary: rss(pid), processes: children, pids };
}

/** The V8 heap of a server's processes (used and reserved, MiB), from its metrics endpoint. */
async function heapMiB(port: number): Promise<{ used: number; total: number }> {
  const answer = await send(port, "dashboard", "GET", HOST, "/api/metrics", {
    authorization: `Bearer ${METRICS_TOKEN}`,
  }).catch(() => null);
  const text = answer?.body.toString("utf8") ?? "";
  const metric = (name: string) =>
    Number(text.match(new RegExp(`^${name}(?:\\{[^}]*\\})? (\\S+)$`, "m"))?.[1]) / 2 ** 20;
  return { used: metric("nodejs_heap_size_used_bytes"), total: metric("nodejs_heap_size_total_bytes") };
}

/** The learners (SCORM attempts in SAFE-101, enrolled in a quiz's course, a certificate each) and the courses. */
async function arrange(ownerUrl: string): Promise<World> {
  const scorm = await seedScormLearners(ownerUrl, LEARNERS);
  const db = new pg.Client({ connectionString: ownerUrl });
  await db.connect();
  try {
    const [quiz] = (
      await db.query(
        `SELECT m.id, m."courseId", c."tenantId", c.code FROM "CourseModule" m JOIN "QuizSettings" q ON q."moduleId" = m.id
         JOIN "Course" c ON c.id = m."courseId" JOIN "Tenant" t ON t.id = c."tenantId"
         WHERE c.status = 'PUBLISHED' AND q."maxAttempts" IS NULL AND q."timeLimitMinutes" IS NULL AND t.slug = 'wco'
         ORDER BY c.code LIMIT 1`,
      )
    ).rows;
    if (!quiz) throw new Error("The demo data has no quiz of unlimited attempts.");
    const users = scorm.attempts.map((a) => a.userId);
    await db.query(
      `INSERT INTO "Enrolment" (id, "tenantId", "userId", "courseId") SELECT gen_random_uuid(), $1, u, $2 FROM unnest($3::uuid[]) AS u
       ON CONFLICT DO NOTHING`,
      [scorm.tenantId, quiz.courseId, users],
    );
    const questions = (
      await db.query(`SELECT "questionId" FROM "QuizSlot" WHERE "moduleId" = $1 AND "questionId" IS NOT NULL`, [
        quiz.id,
      ])
    ).rows.map((r) => r.questionId as string);
    const certificates = (
      await db.query(
        `INSERT INTO "Certificate" (id, "tenantId", "userId", "courseId", code, cycle, locale, "holderName", "courseTitle", "signatoryName")
         SELECT gen_random_uuid(), $1, u, $2, 'SOAK-' || n, 1, 'en', 'Bench Learner ' || n, $3, 'Secretary General'
         FROM unnest($4::uuid[]) WITH ORDINALITY AS x(u, n) RETURNING id, "userId"`,
        [scorm.tenantId, quiz.courseId, `Course ${quiz.code}`, users],
      )
    ).rows as Array<{ id: string; userId: string }>;
    const certificateOf = new Map(certificates.map((c) => [c.userId, c.id]));
    const courses = (
      await db.query(
        `SELECT c.id, c."selfEnrolment" FROM "Course" c JOIN "Tenant" t ON t.id = c."tenantId"
         WHERE c.status = 'PUBLISHED' AND t.slug IN ('wco', 'ke') ORDER BY c.code`,
      )
    ).rows as Array<{ id: string; selfEnrolment: boolean }>;
    const learners = await Promise.all(
      scorm.attempts.map(async (a) => ({
        userId: a.userId,
        // The session cookie Auth.js would set at sign-in (a token of the user's id and session version 0).
        cookie: await encode({
          token: { sub: a.userId, sv: 0 },
          secret: SECRET,
          salt: SESSION_COOKIE,
          maxAge: 12 * 3600,
        }),
        launchToken: issueLaunchToken({
          key: `scorm/${scorm.packageId}`,
          origin: `http://${SPACE}`,
          attemptId: a.id,
          userId: a.userId,
          tenantId: scorm.tenantId,
          audience: "CUSTOMS",
        }),
        sessionId: randomUUID(),
        sequence: 1,
        certificateId: certificateOf.get(a.userId)!,
        enrolments: 0,
      })),
    );
    return {
      learners,
      courses: courses.map((c) => c.id),
      openCourses: courses.filter((c) => c.selfEnrolment).map((c) => c.id),
      quizModule: quiz.id,
      questions,
    };
  } finally {
    await db.end();
  }
}

/** Keeps the courses whose page a learner may see (the others would be 404 for everyone). */
async function visibleCourses(world: World): Promise<void> {
  const visible = new Set<string>();
  for (const id of world.courses) {
    // A first render on a busy machine may pass the render deadline (its process is replaced): ask again.
    for (let attempt = 0; attempt < 3; attempt++) {
      const answer = await send(PORT, "course page", "GET", SPACE, `/courses/${id}`, {
        cookie: `${SESSION_COOKIE}=${world.learners[0].cookie}`,
      }).catch(() => null);
      if (answer && answer.status < 500) {
        if (answer.status === 200) visible.add(id);
        break;
      }
    }
  }
  world.courses = world.courses.filter((id) => visible.has(id));
  world.openCourses = world.openCourses.filter((id) => visible.has(id));
  if (!world.courses.length || !world.openCourses.length) throw new Error("No course page answered the learners.");
}

async function stopChild(child: ChildProcess | null) {
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
}

async function main() {
  process.env.AUTH_SECRET = SECRET; // the launch tokens' signature
  process.env.CONTENT_STORE_DIR = path.join(root, ".data", "bench-soak", "content"); // the seed's and both servers'
  const database = await benchDatabase("bench-soak", PG_PORT, { demoContent: true });
  let bouncer: PgBouncer | null = null;
  const servers: ProductionServer[] = [];
  let floor: ChildProcess | null = null;
  try {
    const world = await arrange(database.ownerUrl);
    bouncer = await startPgBouncer({
      serverUrl: database.ownerUrl,
      database: "clikc_bench",
      user: "clikc_app",
      password: BENCH_APP_PASSWORD,
      poolSize: POOL,
    });
    const direct = applicationUrl(database.ownerUrl, BENCH_APP_PASSWORD);
    for (const [i, port] of PORTS.entries()) {
      const server = await startProductionServer({
        appUrl: bouncer.url,
        authSecret: SECRET,
        host: HOST,
        port,
        skipBuild: i > 0 || process.env.BENCH_SKIP_BUILD === "1",
        stdout: "pipe",
        env: {
          APP_DIRECT_DATABASE_URL: direct,
          SERVER_PROCESSES: PROCESSES,
          DISABLE_WORKERS: "0", // as in production: each server runs its share of the background work
          DB_TRANSACTION_MAX_WAIT_MS: "10000",
          METRICS_TOKEN,
        },
      });
      await server.allListening;
      server.child.stdout?.resume(); // its JSON log lines, read and dropped
      servers.push(server);
    }
    await visibleCourses(world);
    const memory = () =>
      Promise.all(servers.map(async (s, i) => ({ ...residentMiB(s.child.pid!), heap: await heapMiB(PORTS[i]) })));
    const atStart = await memory();
    // Each server loads a route's code at its first request: one action of each kind, one at a time, first.
    for (const port of PORTS)
      for (const action of Object.keys(MIX) as Action[]) await new Driver([port], world).act(action, world.learners[0]);
    const driver = new Driver(PORTS, world);
    console.log(`Warming up for ${WARMUP_SECONDS} s at ${RATE} actions/s…`);
    await driver.drive(WARMUP_SECONDS);
    const afterWarmUp = await memory();
    const loadBefore = loadavg();

    const measured = new Driver(PORTS, world);
    console.log(`Measuring for ${SECONDS} s at ${RATE} actions/s, over both servers in turn…`);
    const seconds = await measured.drive(SECONDS, (minute) => {
      void memory().then((all) => {
        const now = all.map(
          (m, i) =>
            `server ${i + 1} RSS ${m.processes.map((p) => p.toFixed(0)).join("+")} MiB, heap ${m.heap.used.toFixed(0)} of ${m.heap.total.toFixed(0)} MiB`,
        );
        const errors = [...measured.measures.values()].reduce((sum, m) => sum + m.errors, 0);
        console.log(`  ${minute} min: ${now.join("; ")}; ${errors} errors so far`);
      });
    });
    const atEnd = await memory();
    const loadAfter = loadavg();
    const seed = await seedSize(database.ownerUrl);
    for (const server of servers) await server.stop();
    servers.length = 0;

    console.log(`The floor: a bare Node http server answering each kind's bytes, ${FLOOR_SECONDS} s at the same rate…`);
    const answers = Object.fromEntries(
      [...measured.samples].map(([kind, a]) => [
        kind,
        { status: a.status, contentType: a.contentType ?? "text/plain", body: a.body.toString("base64") },
      ]),
    );
    const answersFile = path.join(root, ".data", "bench-soak", "floor-answers.json");
    await writeFile(answersFile, JSON.stringify(answers)); // a certificate is too large for the environment
    floor = spawn(process.execPath, [path.join(root, "scripts", "lib", "bench-floor.mjs")], {
      env: { ...process.env, FLOOR_PORT: String(FLOOR_PORT), FLOOR_ANSWERS_FILE: answersFile },
      stdio: ["ignore", "ignore", "inherit", "ipc"],
    });
    await new Promise((resolve, reject) => floor!.once("message", resolve).once("exit", reject));
    const floorDriver = new Driver([FLOOR_PORT], world);
    await floorDriver.drive(FLOOR_SECONDS);

    report({ seed, seconds, measured, floorDriver, atStart, afterWarmUp, atEnd, loadBefore, loadAfter });
  } finally {
    for (const server of servers) await server.stop();
    await stopChild(floor);
    agent.destroy();
    await bouncer?.stop();
    await database.stop();
  }
}

type Memory = ReturnType<typeof residentMiB> & { heap: { used: number; total: number } };

function report(r: {
  seed: Record<string, string>;
  seconds: number;
  measured: Driver;
  floorDriver: Driver;
  atStart: Memory[];
  afterWarmUp: Memory[];
  atEnd: Memory[];
  loadBefore: number[];
  loadAfter: number[];
}) {
  const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : "–");
  const s = r.seed;
  console.log(
    `\nSeed: ${s.administrations} administrations, ${s.users} users, ${s.courses} courses, ${s.enrolments} enrolments, ${s.scormAttempts} SCORM attempts, ${s.quizAttempts} quiz attempts, ${s.certificates} certificates (at the end).`,
  );
  const load = (l: number[]) => l.map((v) => v.toFixed(2)).join(" ");
  console.log(
    `Load: ${RATE} actions/s (${Object.entries(MIX)
      .map(([a, w]) => `${a} ${w}`)
      .join(
        ", ",
      )} in 16) by ${LEARNERS} learners for ${r.seconds.toFixed(0)} s after ${WARMUP_SECONDS} s of warm-up, alternating between 2 servers of ${PROCESSES} process${PROCESSES === "1" ? "" : "es"} each, through PgBouncer (${POOL} server connections), on ${availableParallelism()} cores shared with PostgreSQL and the load generator. Load average before / after: ${load(r.loadBefore)} / ${load(r.loadAfter)}.\n`,
  );
  console.log(
    "| kind | requests | req/s | p50 ms | p95 ms | p99 ms | max ms | errors | KiB/answer | floor p50 / p95 / p99 ms | ratio to floor p50 / p95 / p99 |",
  );
  console.log("|---|---|---|---|---|---|---|---|---|---|---|");
  let total = 0;
  let errors = 0;
  for (const kind of KINDS) {
    const m = r.measured.measures.get(kind)!;
    const f = r.floorDriver.measures.get(kind)!;
    const sorted = [...m.times].sort((a, b) => a - b);
    const floorSorted = [...f.times].sort((a, b) => a - b);
    const p = (list: number[], q: number) => percentile(list, q);
    const ratio = (q: number) => (p(sorted, q) / p(floorSorted, q)).toFixed(0);
    total += sorted.length;
    errors += m.errors;
    const statuses = m.errors > 0 ? ` (${[...m.statuses].map(([status, n]) => `${status}: ${n}`).join(", ")})` : "";
    console.log(
      `| ${kind} | ${sorted.length} | ${(sorted.length / r.seconds).toFixed(1)} | ${ms(p(sorted, 50))} | ${ms(p(sorted, 95))} | ${ms(p(sorted, 99))} | ${ms(sorted[sorted.length - 1])} | ${m.errors}${statuses} | ${(m.bytes / Math.max(1, sorted.length - m.errors) / 1024).toFixed(1)} | ${ms(p(floorSorted, 50))} / ${ms(p(floorSorted, 95))} / ${ms(p(floorSorted, 99))} | ${ratio(50)}× / ${ratio(95)}× / ${ratio(99)}× |`,
    );
  }
  console.log(`\nThroughput: ${(total / r.seconds).toFixed(1)} requests/s, ${total} requests, ${errors} errors.`);
  console.log("\n| server | process | RSS at start MiB | after warm-up MiB | at the end MiB | growth after warm-up |");
  console.log("|---|---|---|---|---|---|");
  let worst = 0;
  r.atEnd.forEach((end, i) => {
    const rows: Array<[string, number, number, number]> = [
      ["primary", r.atStart[i].primary, r.afterWarmUp[i].primary, end.primary],
      ...end.processes.map((mib, j): [string, number, number, number] => [
        `server process ${j + 1}`,
        r.atStart[i].processes[j] ?? NaN,
        r.afterWarmUp[i].processes[j] ?? NaN,
        mib,
      ]),
    ];
    // A process replaced during the run (a render past its deadline) is another process: its growth means nothing.
    const replaced = end.pids.join() !== r.afterWarmUp[i].pids.join() || end.pids.join() !== r.atStart[i].pids.join();
    for (const [name, start, warm, last] of rows) {
      const growth = (last - warm) / warm;
      if (name !== "primary") worst = replaced ? Infinity : Math.max(worst, growth);
      const shown = replaced && name !== "primary" ? "replaced during the run" : `${(growth * 100).toFixed(1)} %`;
      console.log(`| ${i + 1} | ${name} | ${start.toFixed(0)} | ${warm.toFixed(0)} | ${last.toFixed(0)} | ${shown} |`);
    }
  });
  const heap = (m: Memory) => `${m.heap.used.toFixed(0)} of ${m.heap.total.toFixed(0)}`;
  console.log("\n| server | V8 heap used of reserved MiB: at start | after warm-up | at the end |\n|---|---|---|---|");
  r.atEnd.forEach((end, i) =>
    console.log(`| ${i + 1} | ${heap(r.atStart[i])} | ${heap(r.afterWarmUp[i])} | ${heap(end)} |`),
  );
  const met = errors === 0 && worst < 0.1;
  console.log(`\nGoal (no error, memory under 10 % growth after warm-up): ${met ? "met" : "NOT met"}.`);
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
