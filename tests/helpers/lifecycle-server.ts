// A server process as scripts/serve.mjs makes one, with a plain handler in place of Next.js: the readiness check
// and the drain of scripts/lib/server-lifecycle.mjs, the real cache listener, job workers and pools of
// lib/workers/server-process.ts on the database of APP_DATABASE_URL. `/slow` answers after SLOW_MS, reading the
// database first and last, as a request in flight does. Prints `{"event":"listening","port":…}` once it serves.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { databaseIsReachable } from "@/lib/db";
import { startServerProcess } from "@/lib/workers/server-process";
import { serverLifecycle } from "../../scripts/lib/server-lifecycle.mjs";

const SLOW_MS = Number(process.env.SLOW_MS ?? 1_500);

async function main() {
  const stop = await startServerProcess({ workers: true });
  const lifecycle = serverLifecycle({
    checkDatabase: databaseIsReachable,
    stop,
    log: (event) => console.log(JSON.stringify(event)),
  });
  const server = http.createServer((request, response) => {
    if (lifecycle.handle(request, response)) return;
    if (request.url !== "/slow") return void response.end("ok");
    void databaseIsReachable().then((before) =>
      setTimeout(async () => response.end(before && (await databaseIsReachable()) ? "done" : "no database"), SLOW_MS),
    );
  });
  server.listen(0, "127.0.0.1", () =>
    console.log(JSON.stringify({ event: "listening", port: (server.address() as AddressInfo).port })),
  );
  lifecycle.closeOnSignal(server);
}

void main();
