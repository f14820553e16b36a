// What `npm start`'s database setup costs on this machine, from nothing: the embedded PostgreSQL's first start,
// the migrations, the demo seed with its generated content (SCORM packages, a video with captions, PDFs, images,
// quizzes), and a second seed on the seeded database (what every later start does); then what the demo content
// occupies: the database's largest tables and the content store's folder. One run per process (the platform's
// pool keeps its first database): `npm run measure:seed`, again for a second run.
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { readdir, rm } from "node:fs/promises";
import { availableParallelism, loadavg } from "node:os";
import path from "node:path";
import { createClient } from "../lib/db/client";
import { startEmbeddedPostgres } from "../lib/db/embedded-postgres.mjs";
import { freePort } from "./lib/free-port.mjs";
import { descendantsCpuMs } from "./lib/process-cpu";
import { takeSeedTimings } from "../prisma/seed/seed-timings";
import { prepareDatabase } from "./prepare-database";

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

/**
 * CPU milliseconds used so far by this process (sharp's threads included), its ended children (ffmpeg) and its
 * descendants (the embedded PostgreSQL's backends, those of closed connections too): on a shared machine, what
 * the seed cost whatever the others' load, where the wall-clock time is not comparable from one run to the next.
 */
function cpuMs(): { own: number; ffmpeg: number; postgres: number } {
  const own = process.cpuUsage();
  const fields = readFileSync("/proc/self/stat", "utf8").split(") ")[1]!.split(" ");
  const endedChildren = ((Number(fields[13]) + Number(fields[14])) * 1000) / 100; // cutime, cstime in ticks
  return {
    own: (own.user + own.system) / 1000,
    ffmpeg: endedChildren,
    postgres: descendantsCpuMs(process.pid, [], { ended: true }) ?? 0,
  };
}
/** The CPU seconds spent since `before`: in all, then this process's, ffmpeg's and PostgreSQL's. */
function cpuSince(before: ReturnType<typeof cpuMs>): string {
  const now = cpuMs();
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const [own, ffmpeg, postgres] = [now.own - before.own, now.ffmpeg - before.ffmpeg, now.postgres - before.postgres];
  return `CPU ${s(own + ffmpeg + postgres)}: this process ${s(own)}, ffmpeg ${s(ffmpeg)}, PostgreSQL ${s(postgres)}`;
}
const kib = (bytes: number) => `${Math.round(bytes / 1024).toLocaleString("en")} KiB`;

async function once(run: number) {
  const dataDir = path.resolve(".data", `measure-seed-${run}`);
  await rm(dataDir, { recursive: true, force: true });
  process.env.CONTENT_STORE_DIR = path.join(dataDir, "content");
  const password = randomBytes(16).toString("base64url");
  const appPassword = randomBytes(16).toString("base64url");
  let started = performance.now();
  const cluster = await startEmbeddedPostgres({
    dataDir: path.join(dataDir, "postgres"),
    port: await freePort(),
    password,
  });
  try {
    await cluster.createDatabase("clikc");
    const ownerUrl = cluster.url("clikc");
    const line = [`PostgreSQL ${seconds(started)}`];
    started = performance.now();
    await prepareDatabase({ ownerUrl, appPassword, seed: false });
    line.push(`migrations ${seconds(started)}`);
    takeSeedTimings(); // the migrations' own run, already printed
    started = performance.now();
    const cpuBefore = cpuMs();
    await prepareDatabase({ ownerUrl, appPassword, seed: true });
    line.push(`seed ${seconds(started)} (${cpuSince(cpuBefore)})`);
    const firstSeed = takeSeedTimings();
    started = performance.now();
    await prepareDatabase({ ownerUrl, appPassword, seed: true });
    line.push(`second seed ${seconds(started)}`);
    const secondSeed = takeSeedTimings();
    console.log(`${line.join(", ")}; load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores`);
    // The steps of the demo seed (records: its rows; content: its generators, whose times overlap when they run
    // side by side), and prepareDatabase's own: the migrations' check, the job queue and the demo seed in all.
    console.log("first seed, time in each step:");
    for (const [step, ms] of firstSeed) console.log(`  ${step}: ${(ms / 1000).toFixed(2)} s`);
    console.log(`second seed: ${secondSeed.map(([step, ms]) => `${step} ${(ms / 1000).toFixed(2)} s`).join(", ")}`);
    const db = createClient(ownerUrl, 1);
    try {
      const tables = await db.$queryRawUnsafe<{ name: string; bytes: bigint }[]>(
        `SELECT c.relname AS name, pg_total_relation_size(c.oid) AS bytes FROM pg_class c
           JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE n.nspname = 'public' AND c.relkind = 'r' ORDER BY bytes DESC LIMIT 12`,
      );
      const [total] = await db.$queryRawUnsafe<{ bytes: bigint }[]>(
        `SELECT pg_database_size(current_database()) AS bytes`,
      );
      console.log(`database: ${kib(Number(total.bytes))} in all; largest tables:`);
      for (const t of tables) console.log(`  ${t.name}: ${kib(Number(t.bytes))}`);
    } finally {
      await db.$disconnect();
    }
    const store = process.env.CONTENT_STORE_DIR!;
    const du = (dir: string) =>
      Number(execFileSync("du", ["-s", "--apparent-size", "-B1", dir], { encoding: "utf8" }).split("\t")[0]);
    console.log(`content store: ${kib(du(store))}`);
    for (const kind of await readdir(store)) console.log(`  ${kind}: ${kib(du(path.join(store, kind)))}`);
  } finally {
    await cluster.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

once(process.pid).then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
