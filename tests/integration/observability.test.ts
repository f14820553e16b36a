import { type ChildProcess, spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { JOB, jobQueue } from "@/lib/jobs/queue";
import { setUpTestDatabase } from "../helpers/test-database";

// What an operator watches (ADR 0035), from two server processes on one port as scripts/serve.mjs runs them:
// JSON log lines with the request's id and no personal data, and the metrics of both processes at one address,
// behind a bearer token.
const db = setUpTestDatabase();
const TOKEN = "metrics-token-for-the-tests";
let child: ChildProcess;
let base: string;
const lines: string[] = [];

beforeAll(async () => {
  child = spawn(process.execPath, ["--import", "tsx", "tests/helpers/lifecycle-server.ts"], {
    env: { ...process.env, APP_DATABASE_URL: db.appUrl, PROCESSES: "2", WORKERS: "0", METRICS_TOKEN: TOKEN },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let buffered = "";
  let listening = 0;
  base = await new Promise<string>((resolve, reject) => {
    child.stdout!.on("data", (chunk) => {
      buffered += chunk;
      const complete = buffered.split("\n");
      buffered = complete.pop()!;
      for (const line of complete) {
        lines.push(line);
        const event = JSON.parse(line) as { event?: string; port?: number };
        if (event.event === "listening" && ++listening === 2) resolve(`http://127.0.0.1:${event.port}`);
      }
    });
    child.once("exit", (code) => reject(new Error(`The server exited (${code}) before listening`)));
  });
}, 90_000); // two processes of their own: slow to start on a busy machine

afterAll(() => {
  child?.kill("SIGKILL");
});

/** The value of a metric's sample with these labels (in any order), or undefined. */
function sample(metrics: string, name: string, labels: Record<string, string>): number | undefined {
  for (const line of metrics.split("\n")) {
    const match = /^(\w+)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const found = Object.fromEntries([...(match[2] ?? "").matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    if (Object.entries(labels).every(([key, value]) => found[key] === value)) return Number(match[3]);
  }
  return undefined;
}

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${base}${path}`, { headers });

describe("logs and metrics of the server processes", () => {
  it("answers the metrics endpoint only for the bearer token, with every process's numbers added up", async () => {
    expect((await get("/api/metrics")).status).toBe(404);
    expect((await get("/api/metrics", { Authorization: "Bearer wrong-token-of-the-same-size!!" })).status).toBe(404);

    for (let i = 0; i < 10; i++) expect((await get(`/courses/${randomUUID()}`)).status).toBe(200);
    for (let i = 0; i < 3; i++) expect((await get("/boom")).status).toBe(500);
    for (let i = 0; i < 4; i++) expect(await (await get("/cache")).text()).toBe("v");
    await (await jobQueue()).send(JOB.deliverEmail, { messageId: randomUUID() });

    const response = await get("/api/metrics", { Authorization: `Bearer ${TOKEN}` });
    expect(response.status).toBe(200);
    const metrics = await response.text();
    const route = { route: "/courses/:id", method: "GET" };
    expect(sample(metrics, "http_request_duration_seconds_count", { ...route, status: "2xx" })).toBe(10);
    expect(sample(metrics, "http_request_duration_seconds_count", { route: "/boom", status: "5xx" })).toBe(3);
    const hits = sample(metrics, "clikc_cache_lookups_total", { cache: "lifecycle-test", result: "hit" }) ?? 0;
    const misses = sample(metrics, "clikc_cache_lookups_total", { cache: "lifecycle-test", result: "miss" }) ?? 0;
    expect(hits + misses).toBe(4);
    expect(misses).toBeGreaterThanOrEqual(1);
    expect(misses).toBeLessThanOrEqual(2); // one per process, then each remembers
    expect(sample(metrics, "clikc_job_queue_depth", { queue: JOB.deliverEmail })).toBeGreaterThanOrEqual(1);
    expect(sample(metrics, "clikc_job_queue_oldest_seconds", { queue: JOB.deliverEmail })).toBeGreaterThanOrEqual(0);
    expect(sample(metrics, "clikc_db_up", {})).toBe(1);
    expect(sample(metrics, "clikc_db_connections", { state: "idle" })).toBeGreaterThanOrEqual(1);
    expect(metrics).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/); // no course id became a label
  });

  it("writes JSON lines with the request's id on each, and masks e-mails, addresses and tokens", async () => {
    const response = await get("/note", { "X-Request-Id": "req-note-12345" });
    expect(response.headers.get("x-request-id")).toBe("req-note-12345");
    const other = await get("/");
    const otherId = other.headers.get("x-request-id");
    expect(otherId).toMatch(/^[0-9a-f-]{36}$/);
    await new Promise((resolve) => setTimeout(resolve, 300));

    const events = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    const note = events.find((event) => typeof event.msg === "string" && event.msg.startsWith("Signed in"));
    expect(note).toMatchObject({ reqId: "req-note-12345", level: "info" });
    expect(note!.msg).toBe("Signed in [email] from 203.0.113.x with token [token]");
    const requests = events.filter((event) => event.event === "request");
    expect(requests).toContainEqual(expect.objectContaining({ reqId: "req-note-12345", route: "/note", status: 200 }));
    expect(requests).toContainEqual(expect.objectContaining({ reqId: otherId, route: "/", status: 200 }));
    expect(requests.every((event) => typeof event.reqId === "string")).toBe(true);
    expect(new Set(requests.map((event) => event.pid)).size).toBe(2); // both processes served
    const all = lines.join("\n");
    for (const secret of ["jane.doe", "203.0.113.7", "a1B2a1B2a1B2"]) expect(all).not.toContain(secret);
  });
});
