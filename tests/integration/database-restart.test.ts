// PostgreSQL restarted under load: a server process (scripts/lib/server-process.mjs with the real pools, cache
// listener and job workers) keeps answering while its database is stopped and started again. During the outage
// every request gets a 503 (JSON for the API, a page in the reader's language otherwise, never a stack trace),
// /api/ready turns 503 then 200, the process recovers by itself without exiting, and every write it acknowledged
// is still there. The cluster is this file's own, so stopping it disturbs no other test.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";

jest.setTimeout(240_000);

const PORT = 5705;
const APP_PASSWORD = "restart-test";
const state = { dir: "", ownerUrl: "", appUrl: "" };
let postgres: ChildProcess;
let server: ChildProcess;
let base = "";

/** Sends the cluster's process a command and waits for the event that answers it. */
function cluster(command: "stop" | "start" | null, event: "stopped" | "started"): Promise<string> {
  return new Promise((resolve, reject) => {
    let buffered = "";
    const onData = (chunk: Buffer) => {
      buffered += chunk;
      const line = buffered.split("\n").find((l) => l.includes(`"event":"${event}"`));
      if (!line) return;
      postgres.stdout!.off("data", onData);
      resolve(JSON.parse(line).url);
    };
    postgres.stdout!.on("data", onData);
    postgres.once("exit", (code) => reject(new Error(`PostgreSQL's process exited (${code})`)));
    if (command) postgres.stdin!.write(`${command}\n`);
  });
}

beforeAll(async () => {
  state.dir = await mkdtemp(path.join(os.tmpdir(), "clikc-restart-"));
  postgres = spawn(process.execPath, ["--import", "tsx", "tests/helpers/restartable-postgres.ts"], {
    env: { ...process.env, DATA_DIR: state.dir, PG_PORT: String(PORT) },
    stdio: ["pipe", "pipe", "inherit"],
  });
  state.ownerUrl = await cluster(null, "started");
  const url = new URL(state.ownerUrl);
  url.username = "clikc_app";
  url.password = APP_PASSWORD;
  state.appUrl = url.toString();
  const prepared = spawnSync(process.execPath, ["--import", "tsx", "scripts/prepare-database.ts"], {
    env: { ...process.env, DATABASE_URL: state.ownerUrl, APP_DB_PASSWORD: APP_PASSWORD },
    encoding: "utf8",
  });
  if (prepared.status !== 0) throw new Error(`${prepared.stdout}\n${prepared.stderr}`);
  server = spawn(process.execPath, ["--import", "tsx", "tests/helpers/lifecycle-server.ts"], {
    env: { ...process.env, APP_DATABASE_URL: state.appUrl, APP_DIRECT_DATABASE_URL: "" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  base = await new Promise<string>((resolve, reject) => {
    let buffered = "";
    server.stdout!.on("data", (chunk) => {
      buffered += chunk;
      const match = /"event":"listening","port":(\d+)/.exec(buffered);
      if (match) resolve(`http://127.0.0.1:${match[1]}`);
    });
    server.once("exit", (code) => reject(new Error(`The server exited (${code}) before listening`)));
  });
});

afterAll(async () => {
  server?.kill("SIGKILL");
  if (postgres && postgres.exitCode === null) {
    const exited = new Promise((resolve) => postgres.once("exit", resolve));
    postgres.stdin!.write("exit\n");
    await exited;
  }
  await rm(state.dir, { recursive: true, force: true });
});

interface Answer {
  path: string;
  status: number;
  type: string;
  body: string;
  at: number;
}

async function ask(pathname: string, headers: Record<string, string> = {}): Promise<Answer> {
  const at = Date.now();
  try {
    const response = await fetch(base + pathname, { headers, signal: AbortSignal.timeout(15_000) });
    return {
      path: pathname,
      status: response.status,
      type: response.headers.get("content-type") ?? "",
      body: await response.text(),
      at,
    };
  } catch (error) {
    return { path: pathname, status: 0, type: "", body: String(error), at };
  }
}

describe("PostgreSQL restarted under load", () => {
  it("answers 503 while it is down, recovers by itself within seconds, and loses no acknowledged write", async () => {
    const answers: Answer[] = [];
    const acknowledged: string[] = [];
    let running = true;
    let n = 0;
    const load = async (worker: number) => {
      while (running) {
        const key = `write-${worker}-${n++}`;
        const write = await ask(`/write?key=${key}`);
        answers.push(write);
        if (write.status === 200) acknowledged.push(key);
        answers.push(await ask("/", { "Accept-Language": worker % 2 ? "fr-FR,fr;q=0.9" : "en" }));
        answers.push(await ask("/api/anything"));
      }
    };
    const readiness: Answer[] = [];
    const watch = async () => {
      while (running) {
        readiness.push(await ask("/api/ready"));
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    };
    expect((await ask("/api/ready")).status).toBe(200);
    const loops = [load(1), load(2), load(3), load(4), watch()];
    await new Promise((resolve) => setTimeout(resolve, 1_500));

    const stoppedAt = Date.now();
    await cluster("stop", "stopped");
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    await cluster("start", "started");
    const backAt = Date.now();
    // Recovered: the first acknowledged write after the database is back.
    let recoveredAt = 0;
    while (!recoveredAt && Date.now() - backAt < 30_000) {
      const probe = await ask(`/write?key=probe-${Date.now()}`);
      if (probe.status === 200) recoveredAt = Date.now();
      else await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    running = false;
    await Promise.all(loops);

    const recoveryMs = recoveredAt - backAt;
    console.log(
      `PostgreSQL stopped for ${backAt - stoppedAt} ms; the server served writes again ${recoveryMs} ms after it was ` +
        `back; ${answers.length} requests, ${answers.filter((a) => a.status === 503).length} answered 503.`,
    );
    expect(recoveredAt).toBeGreaterThan(0);
    expect(recoveryMs).toBeLessThan(5_000);
    expect(server.exitCode).toBeNull();

    // During the outage: 503s, never a failed render; JSON for the API, the translated page otherwise.
    const outage = answers.filter((a) => a.at > stoppedAt + 1_500 && a.at < backAt);
    expect(outage.length).toBeGreaterThan(0);
    expect(new Set(outage.map((a) => a.status))).toEqual(new Set([503]));
    for (const answer of answers) {
      expect(answer.status).not.toBe(0);
      expect(answer.body).not.toMatch(/\n\s+at /);
    }
    const pages = outage.filter((a) => a.path === "/");
    expect(pages.some((a) => a.body.includes(`<html lang="fr"`) && a.body.includes(fr.Errors.unavailableTitle))).toBe(
      true,
    );
    expect(pages.some((a) => a.body.includes(`<html lang="en"`) && a.body.includes(en.Errors.unavailableTitle))).toBe(
      true,
    );
    const api = outage.filter((a) => a.path === "/api/anything");
    expect(api.every((a) => a.type === "application/json" && JSON.parse(a.body).error === "unavailable")).toBe(true);
    // Readiness: unavailable during the outage, ready again after it.
    expect(readiness.filter((a) => a.at > stoppedAt + 1_500 && a.at < backAt).every((a) => a.status === 503)).toBe(
      true,
    );
    expect(readiness.filter((a) => a.at > recoveredAt).map((a) => a.status)).toContain(200);
    expect(readiness.at(-1)!.status).toBe(200);
    expect(answers.filter((a) => a.at > recoveredAt + 200).every((a) => a.status === 200)).toBe(true);

    // Every write acknowledged before, during or after the restart is stored.
    const client = new pg.Client({ connectionString: state.ownerUrl });
    await client.connect();
    const stored = new Set(
      (await client.query<{ key: string }>(`SELECT "key" FROM "RateLimitBucket" WHERE "key" LIKE 'write-%'`)).rows.map(
        (r) => r.key,
      ),
    );
    await client.end();
    expect(
      acknowledged.filter((a) => answers.find((x) => x.path.endsWith(`=${a}`))!.at < stoppedAt).length,
    ).toBeGreaterThan(0);
    expect(acknowledged.filter((key) => !stored.has(key))).toEqual([]);
  });
});
