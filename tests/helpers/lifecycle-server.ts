// A server process as scripts/serve.mjs makes one (scripts/lib/server-process.mjs), with a plain handler in
// place of Next.js, the real cache listener, job workers and pools of lib/workers/server-process.ts, on the
// database of APP_DATABASE_URL. Its log lines are JSON; `{"event":"listening","port":…}` once it serves.
//   /slow   answers after SLOW_MS, reading the database first and last, as a request in flight does
//   /note   logs what the application might write about a person (the log must mask it), answers 200
//   /cache  reads a shared cache (a miss, then hits)
//   /boom   answers 500
//   /write?key=…  stores a row (a rate-limit bucket named key) and answers 200 once it is committed, 500 if not
// With PROCESSES=n it is a node:cluster primary of n such processes on one port, which answers their metrics
// requests as serve.mjs's primary does.
import cluster from "node:cluster";
import { databaseIsReachable, sharedCache } from "@/lib/db";
import { rawClient } from "@/lib/db/client";
import { startServerProcess } from "@/lib/workers/server-process";
import { serveClusterMetrics } from "../../scripts/lib/observability.mjs";
import { serveProcess } from "../../scripts/lib/server-process.mjs";

const SLOW_MS = Number(process.env.SLOW_MS ?? 1_500);
const cache = sharedCache<string>("lifecycle-test", { ttlMs: 60_000, maxEntries: 10 });

async function main() {
  const stop = await startServerProcess({ workers: process.env.WORKERS !== "0" });
  serveProcess({
    port: 0,
    host: "127.0.0.1",
    checkDatabase: databaseIsReachable,
    stop,
    handle: (request, response) => {
      const path = request.url?.split("?")[0];
      if (path === "/slow")
        return void databaseIsReachable().then((before) =>
          setTimeout(
            async () => response.end(before && (await databaseIsReachable()) ? "done" : "no database"),
            SLOW_MS,
          ),
        );
      if (path === "/note") {
        console.info(`Signed in jane.doe@example.org from 203.0.113.7 with token ${"a1B2".repeat(12)}`);
        return void response.end("noted");
      }
      if (path === "/cache") return void cache.get("k", async () => "v").then((value) => response.end(value));
      if (path === "/write") {
        const key = new URL(request.url!, "http://x").searchParams.get("key") ?? "";
        return void rawClient()
          .$executeRaw`INSERT INTO "RateLimitBucket" ("key", "count", "resetAt") VALUES (${key}, 1, now())`.then(
          () => response.end("stored"),
          () => {
            response.statusCode = 500;
            response.end("failed");
          },
        );
      }
      if (path === "/boom") {
        response.statusCode = 500;
        return void response.end("failed");
      }
      response.end("ok");
    },
  });
}

if (cluster.isPrimary && process.env.PROCESSES) {
  serveClusterMetrics(process.env.APP_DIRECT_DATABASE_URL || process.env.APP_DATABASE_URL!);
  for (let i = 0; i < Number(process.env.PROCESSES); i++) cluster.fork();
} else void main();
